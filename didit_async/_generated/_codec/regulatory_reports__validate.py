# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'regulatory_reports__validate' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..enums import RegulatoryReportStatus
from ..models.regulatory_reports__validate import RegulatoryReportValidation
from ..models.shared__cases_regulatory_reports import RegulatoryReportValidationError
from . import Table, _M_RegulatoryReportStatus, encode_by_table, keys_of, new_object
from .shared__cases_regulatory_reports import (
    structure_RegulatoryReportValidationError,
    unstructure_RegulatoryReportValidationError,
)

_U_RegulatoryReportValidation: Table = (
    ("status", "status", lambda v: v.value if isinstance(v, RegulatoryReportStatus) else v, False),
    ("is_valid", "is_valid", None, False),
    (
        "errors",
        "errors",
        lambda v: (
            [
                unstructure_RegulatoryReportValidationError(x)
                if isinstance(x, RegulatoryReportValidationError)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_RegulatoryReportValidation(o: RegulatoryReportValidation) -> dict[str, Any]:
    """Encode :class:`RegulatoryReportValidation` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_RegulatoryReportValidation)


def structure_RegulatoryReportValidation(d: Any) -> RegulatoryReportValidation:
    """Decode a JSON object into :class:`RegulatoryReportValidation`."""
    v: Any
    o = new_object(RegulatoryReportValidation)
    vals = o.__dict__
    vals.update(d)
    if _K_RegulatoryReportValidation.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RegulatoryReportValidation
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_RegulatoryReportStatus[v]
    if "errors" in vals:
        v = vals["errors"]
        if v and v.__class__ is list:
            vals["errors"] = [
                structure_RegulatoryReportValidationError(x) if x.__class__ is dict else x
                for x in v
            ]
    return o


_K_RegulatoryReportValidation = keys_of(_U_RegulatoryReportValidation)

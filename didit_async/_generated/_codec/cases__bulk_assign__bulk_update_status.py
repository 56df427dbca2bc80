# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases__bulk_assign__bulk_update_status' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.cases__bulk_assign__bulk_update_status import CaseBulkFailure, CaseBulkResult
from . import Table, encode_by_table, keys_of, new_object

_U_CaseBulkFailure: Table = (
    ("case_uuid", "case_uuid", None, False),
    ("detail", "detail", None, False),
)


def unstructure_CaseBulkFailure(o: CaseBulkFailure) -> dict[str, Any]:
    """Encode :class:`CaseBulkFailure` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseBulkFailure)


def structure_CaseBulkFailure(d: Any) -> CaseBulkFailure:
    """Decode a JSON object into :class:`CaseBulkFailure`."""
    o = new_object(CaseBulkFailure)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseBulkFailure.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseBulkFailure
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_CaseBulkResult: Table = (
    ("updated", "updated", None, False),
    (
        "failures",
        "failures",
        lambda v: (
            [unstructure_CaseBulkFailure(x) if isinstance(x, CaseBulkFailure) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_CaseBulkResult(o: CaseBulkResult) -> dict[str, Any]:
    """Encode :class:`CaseBulkResult` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseBulkResult)


def structure_CaseBulkResult(d: Any) -> CaseBulkResult:
    """Decode a JSON object into :class:`CaseBulkResult`."""
    v: Any
    o = new_object(CaseBulkResult)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseBulkResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseBulkResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "failures" in vals:
        v = vals["failures"]
        if v and v.__class__ is list:
            vals["failures"] = [
                structure_CaseBulkFailure(x) if x.__class__ is dict else x for x in v
            ]
    return o


_K_CaseBulkFailure = keys_of(_U_CaseBulkFailure)
_K_CaseBulkResult = keys_of(_U_CaseBulkResult)

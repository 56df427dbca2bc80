# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'regulatory_reports__create' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_datetime, is_uuid

from ..enums import RegulatoryReportSubmissionCode, RegulatoryReportType
from ..models.regulatory_reports__create import RegulatoryReportCreateRequest
from ..models.shared__cases_regulatory_reports import RegulatoryReportNarrative
from . import (
    Table,
    _E_RegulatoryReportSubmissionCode,
    _E_RegulatoryReportType,
    _M_RegulatoryReportSubmissionCode,
    _M_RegulatoryReportType,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)
from .shared__cases_regulatory_reports import (
    structure_RegulatoryReportNarrative,
    unstructure_RegulatoryReportNarrative,
    validate_RegulatoryReportNarrative,
)

_U_RegulatoryReportCreateRequest: Table = (
    ("case", "case", None, True),
    ("template", "template", None, True),
    (
        "report_type",
        "report_type",
        lambda v: v.value if isinstance(v, RegulatoryReportType) else v,
        False,
    ),
    ("jurisdiction", "jurisdiction", None, False),
    ("transactions", "transactions", None, True),
    ("rentity_id", "rentity_id", None, True),
    ("rentity_branch", "rentity_branch", None, True),
    (
        "submission_code",
        "submission_code",
        lambda v: v.value if isinstance(v, RegulatoryReportSubmissionCode) else v,
        False,
    ),
    ("entity_reference", "entity_reference", None, True),
    ("fiu_ref_number", "fiu_ref_number", None, True),
    ("currency_code_local", "currency_code_local", None, True),
    ("submission_date", "submission_date", None, True),
    (
        "reporting_person",
        "reporting_person",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "location",
        "location",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("reason", "reason", None, True),
    ("action", "action", None, True),
    ("activity", "activity", None, True),
    (
        "narrative",
        "narrative",
        lambda v: (
            unstructure_RegulatoryReportNarrative(v)
            if isinstance(v, RegulatoryReportNarrative)
            else v
        ),
        False,
    ),
    ("report_indicators", "report_indicators", None, False),
    ("included_fields", "included_fields", None, False),
)


def unstructure_RegulatoryReportCreateRequest(o: RegulatoryReportCreateRequest) -> dict[str, Any]:
    """Encode :class:`RegulatoryReportCreateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_RegulatoryReportCreateRequest)


def structure_RegulatoryReportCreateRequest(d: Any) -> RegulatoryReportCreateRequest:
    """Decode a JSON object into :class:`RegulatoryReportCreateRequest`."""
    v: Any
    o = new_object(RegulatoryReportCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_RegulatoryReportCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RegulatoryReportCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "report_type" in vals:
        v = vals["report_type"]
        if v.__class__ is str:
            vals["report_type"] = _M_RegulatoryReportType[v]
    if "submission_code" in vals:
        v = vals["submission_code"]
        if v.__class__ is str:
            vals["submission_code"] = _M_RegulatoryReportSubmissionCode[v]
    if "narrative" in vals:
        v = vals["narrative"]
        if v.__class__ is dict:
            vals["narrative"] = structure_RegulatoryReportNarrative(v)
    return o


def validate_RegulatoryReportCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid RegulatoryReportCreateRequest."""
    check_model(d, at, _V_RegulatoryReportCreateRequest, _K_RegulatoryReportCreateRequest)


_K_RegulatoryReportCreateRequest = keys_of(_U_RegulatoryReportCreateRequest)

_V_RegulatoryReportCreateRequest: Any = (
    "RegulatoryReportCreateRequest",
    False,
    0,
    (
        ("case", True, False, ("str", None, None, None, (is_uuid, "uuid"), ())),
        ("template", True, False, ("str", None, None, None, (is_uuid, "uuid"), ())),
        (
            "report_type",
            False,
            False,
            ("enum", _E_RegulatoryReportType, "SAR, STR, CTR, TTR, UTR, IFT, CBR, TFR"),
        ),
        ("jurisdiction", False, False, ("str", 2, 2, None, None, ())),
        (
            "transactions",
            False,
            True,
            ("list", None, None, ("str", None, None, None, (is_uuid, "uuid"), ()), False),
        ),
        ("rentity_id", False, True, ("str", None, None, None, None, ())),
        ("rentity_branch", False, True, ("str", None, None, None, None, ())),
        ("submission_code", False, False, ("enum", _E_RegulatoryReportSubmissionCode, "E, M")),
        ("entity_reference", False, True, ("str", None, None, None, None, ())),
        ("fiu_ref_number", False, True, ("str", None, None, None, None, ())),
        ("currency_code_local", False, True, ("str", 3, 3, None, None, ())),
        ("submission_date", False, True, ("str", None, None, None, (is_datetime, "date-time"), ())),
        ("reporting_person", False, False, ("obj",)),
        ("location", False, False, ("obj",)),
        ("reason", False, True, ("str", None, None, None, None, ())),
        ("action", False, True, ("str", None, None, None, None, ())),
        ("activity", False, True, ("str", None, None, None, None, ())),
        ("narrative", False, False, ("model", validate_RegulatoryReportNarrative)),
        (
            "report_indicators",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
        (
            "included_fields",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
    ),
    (),
)

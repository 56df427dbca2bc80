# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'shared__cases_regulatory_reports' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import RegulatoryReportStatus, RegulatoryReportSubmissionCode, RegulatoryReportType
from ..models.shared__cases_regulatory_reports import (
    RegulatoryReportDetail,
    RegulatoryReportNarrative,
    RegulatoryReportPage,
    RegulatoryReportValidationError,
)
from . import (
    Table,
    _M_RegulatoryReportStatus,
    _M_RegulatoryReportSubmissionCode,
    _M_RegulatoryReportType,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)

_U_RegulatoryReportNarrative: Table = (
    ("who", "who", None, False),
    ("what", "what", None, False),
    ("when", "when", None, False),
    ("where", "where", None, False),
    ("why", "why", None, False),
    ("how", "how", None, False),
)


def unstructure_RegulatoryReportNarrative(o: RegulatoryReportNarrative) -> dict[str, Any]:
    """Encode :class:`RegulatoryReportNarrative` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_RegulatoryReportNarrative)


def structure_RegulatoryReportNarrative(d: Any) -> RegulatoryReportNarrative:
    """Decode a JSON object into :class:`RegulatoryReportNarrative`."""
    o = new_object(RegulatoryReportNarrative)
    vals = o.__dict__
    vals.update(d)
    if _K_RegulatoryReportNarrative.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RegulatoryReportNarrative
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_RegulatoryReportNarrative(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid RegulatoryReportNarrative."""
    check_model(d, at, _V_RegulatoryReportNarrative, _K_RegulatoryReportNarrative)


_U_RegulatoryReportValidationError: Table = (
    ("field", "field", None, False),
    ("message", "message", None, False),
)


def unstructure_RegulatoryReportValidationError(
    o: RegulatoryReportValidationError,
) -> dict[str, Any]:
    """Encode :class:`RegulatoryReportValidationError` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_RegulatoryReportValidationError)


def structure_RegulatoryReportValidationError(d: Any) -> RegulatoryReportValidationError:
    """Decode a JSON object into :class:`RegulatoryReportValidationError`."""
    o = new_object(RegulatoryReportValidationError)
    vals = o.__dict__
    vals.update(d)
    if _K_RegulatoryReportValidationError.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RegulatoryReportValidationError
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_RegulatoryReportDetail: Table = (
    ("uuid", "uuid", None, True),
    ("case_uuid", "case_uuid", None, False),
    ("case_number", "case_number", None, False),
    (
        "report_type",
        "report_type",
        lambda v: v.value if isinstance(v, RegulatoryReportType) else v,
        False,
    ),
    ("report_type_display", "report_type_display", None, False),
    ("report_code", "report_code", None, False),
    ("report_number", "report_number", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, RegulatoryReportStatus) else v, False),
    ("status_display", "status_display", None, False),
    ("jurisdiction", "jurisdiction", None, False),
    ("rentity_id", "rentity_id", None, False),
    ("rentity_branch", "rentity_branch", None, False),
    (
        "submission_code",
        "submission_code",
        lambda v: v.value if isinstance(v, RegulatoryReportSubmissionCode) else v,
        False,
    ),
    ("entity_reference", "entity_reference", None, False),
    ("fiu_ref_number", "fiu_ref_number", None, False),
    ("currency_code_local", "currency_code_local", None, False),
    ("submission_date", "submission_date", None, False),
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
    ("reason", "reason", None, False),
    ("action", "action", None, False),
    ("activity", "activity", None, False),
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
    ("transactions", "transactions", None, False),
    (
        "validation_errors",
        "validation_errors",
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
    ("validated_at", "validated_at", None, False),
    ("finalized_at", "finalized_at", None, False),
    ("created_by_email", "created_by_email", None, False),
    ("created_by_name", "created_by_name", None, False),
    ("created_at", "created_at", None, False),
    ("updated_at", "updated_at", None, False),
)


def unstructure_RegulatoryReportDetail(o: RegulatoryReportDetail) -> dict[str, Any]:
    """Encode :class:`RegulatoryReportDetail` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_RegulatoryReportDetail)


def structure_RegulatoryReportDetail(d: Any) -> RegulatoryReportDetail:
    """Decode a JSON object into :class:`RegulatoryReportDetail`."""
    v: Any
    o = new_object(RegulatoryReportDetail)
    vals = o.__dict__
    vals.update(d)
    if _K_RegulatoryReportDetail.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RegulatoryReportDetail
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "report_type" in vals:
        v = vals["report_type"]
        if v.__class__ is str:
            vals["report_type"] = _M_RegulatoryReportType[v]
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_RegulatoryReportStatus[v]
    if "submission_code" in vals:
        v = vals["submission_code"]
        if v.__class__ is str:
            vals["submission_code"] = _M_RegulatoryReportSubmissionCode[v]
    if "narrative" in vals:
        v = vals["narrative"]
        if v.__class__ is dict:
            vals["narrative"] = structure_RegulatoryReportNarrative(v)
    if "validation_errors" in vals:
        v = vals["validation_errors"]
        if v and v.__class__ is list:
            vals["validation_errors"] = [
                structure_RegulatoryReportValidationError(x) if x.__class__ is dict else x
                for x in v
            ]
    return o


_U_RegulatoryReportPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [
                unstructure_RegulatoryReportDetail(x)
                if isinstance(x, RegulatoryReportDetail)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_RegulatoryReportPage(o: RegulatoryReportPage) -> dict[str, Any]:
    """Encode :class:`RegulatoryReportPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_RegulatoryReportPage)


def structure_RegulatoryReportPage(d: Any) -> RegulatoryReportPage:
    """Decode a JSON object into :class:`RegulatoryReportPage`."""
    v: Any
    o = new_object(RegulatoryReportPage)
    vals = o.__dict__
    vals.update(d)
    if _K_RegulatoryReportPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RegulatoryReportPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_RegulatoryReportDetail(x) if x.__class__ is dict else x for x in v
            ]
    return o


_K_RegulatoryReportNarrative = keys_of(_U_RegulatoryReportNarrative)
_K_RegulatoryReportValidationError = keys_of(_U_RegulatoryReportValidationError)
_K_RegulatoryReportDetail = keys_of(_U_RegulatoryReportDetail)
_K_RegulatoryReportPage = keys_of(_U_RegulatoryReportPage)

_V_RegulatoryReportNarrative: Any = (
    "RegulatoryReportNarrative",
    False,
    0,
    (
        ("who", False, False, ("str", None, None, None, None, ())),
        ("what", False, False, ("str", None, None, None, None, ())),
        ("when", False, False, ("str", None, None, None, None, ())),
        ("where", False, False, ("str", None, None, None, None, ())),
        ("why", False, False, ("str", None, None, None, None, ())),
        ("how", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

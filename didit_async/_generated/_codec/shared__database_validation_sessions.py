# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'shared__database_validation_sessions' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import FeatureStatus
from ..models.shared import Warning
from ..models.shared__database_validation_sessions import (
    DatabaseValidationReport,
    DatabaseValidationReportError,
    DatabaseValidationReportScreenedData,
    DatabaseValidationReportServiceResult,
)
from . import Table, _M_FeatureStatus, encode_by_table, keys_of, new_object
from .shared import structure_Warning, unstructure_Warning

_U_DatabaseValidationReportServiceResult: Table = (
    ("service_id", "service_id", None, False),
    ("service_name", "service_name", None, False),
    ("validation", "validation", None, False),
    ("outcome_code", "outcome_code", None, False),
    ("outcome_detail", "outcome_detail", None, False),
    (
        "source_data",
        "source_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_DatabaseValidationReportServiceResult(
    o: DatabaseValidationReportServiceResult,
) -> dict[str, Any]:
    """Encode :class:`DatabaseValidationReportServiceResult` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DatabaseValidationReportServiceResult)


def structure_DatabaseValidationReportServiceResult(
    d: Any,
) -> DatabaseValidationReportServiceResult:
    """Decode a JSON object into :class:`DatabaseValidationReportServiceResult`."""
    o = new_object(DatabaseValidationReportServiceResult)
    vals = o.__dict__
    vals.update(d)
    if _K_DatabaseValidationReportServiceResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DatabaseValidationReportServiceResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DatabaseValidationReportScreenedData: Table = (
    ("last_name", "last_name", None, False),
    ("first_name", "first_name", None, False),
    ("tax_number", "tax_number", None, False),
    ("personal_number", "personal_number", None, False),
    ("document_number", "document_number", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("document_type", "document_type", None, False),
    ("expiration_date", "expiration_date", None, False),
)


def unstructure_DatabaseValidationReportScreenedData(
    o: DatabaseValidationReportScreenedData,
) -> dict[str, Any]:
    """Encode :class:`DatabaseValidationReportScreenedData` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DatabaseValidationReportScreenedData)


def structure_DatabaseValidationReportScreenedData(d: Any) -> DatabaseValidationReportScreenedData:
    """Decode a JSON object into :class:`DatabaseValidationReportScreenedData`."""
    o = new_object(DatabaseValidationReportScreenedData)
    vals = o.__dict__
    vals.update(d)
    if _K_DatabaseValidationReportScreenedData.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DatabaseValidationReportScreenedData
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DatabaseValidationReportError: Table = (
    ("service_id", "service_id", None, False),
    ("code", "code", None, False),
    ("message", "message", None, False),
    ("retryable", "retryable", None, False),
)


def unstructure_DatabaseValidationReportError(o: DatabaseValidationReportError) -> dict[str, Any]:
    """Encode :class:`DatabaseValidationReportError` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DatabaseValidationReportError)


def structure_DatabaseValidationReportError(d: Any) -> DatabaseValidationReportError:
    """Decode a JSON object into :class:`DatabaseValidationReportError`."""
    o = new_object(DatabaseValidationReportError)
    vals = o.__dict__
    vals.update(d)
    if _K_DatabaseValidationReportError.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DatabaseValidationReportError
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DatabaseValidationReport: Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("issuing_state", "issuing_state", None, False),
    ("validation_type", "validation_type", None, False),
    ("match_type", "match_type", None, False),
    (
        "validations",
        "validations",
        lambda v: (
            (
                [
                    unstructure_DatabaseValidationReportServiceResult(x)
                    if isinstance(x, DatabaseValidationReportServiceResult)
                    else x
                    for x in v
                ]
                if isinstance(v, (list, tuple))
                else v
            )
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "screened_data",
        "screened_data",
        lambda v: (
            unstructure_DatabaseValidationReportScreenedData(v)
            if isinstance(v, DatabaseValidationReportScreenedData)
            else v
        ),
        False,
    ),
    (
        "errors",
        "errors",
        lambda v: (
            [
                unstructure_DatabaseValidationReportError(x)
                if isinstance(x, DatabaseValidationReportError)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("services_used", "services_used", None, False),
    ("match_score", "match_score", None, False),
)


def unstructure_DatabaseValidationReport(o: DatabaseValidationReport) -> dict[str, Any]:
    """Encode :class:`DatabaseValidationReport` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DatabaseValidationReport)


def structure_DatabaseValidationReport(d: Any) -> DatabaseValidationReport:
    """Decode a JSON object into :class:`DatabaseValidationReport`."""
    v: Any
    o = new_object(DatabaseValidationReport)
    vals = o.__dict__
    vals.update(d)
    if _K_DatabaseValidationReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DatabaseValidationReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    if "validations" in vals:
        v = vals["validations"]
        if v is not None:
            vals["validations"] = (
                (
                    [
                        structure_DatabaseValidationReportServiceResult(x)
                        if x.__class__ is dict
                        else x
                        for x in v
                    ]
                )
                if v.__class__ is list
                else (v)
            )
    if "screened_data" in vals:
        v = vals["screened_data"]
        if v.__class__ is dict:
            vals["screened_data"] = structure_DatabaseValidationReportScreenedData(v)
    if "errors" in vals:
        v = vals["errors"]
        if v and v.__class__ is list:
            vals["errors"] = [
                structure_DatabaseValidationReportError(x) if x.__class__ is dict else x for x in v
            ]
    return o


_K_DatabaseValidationReportServiceResult = keys_of(_U_DatabaseValidationReportServiceResult)
_K_DatabaseValidationReportScreenedData = keys_of(_U_DatabaseValidationReportScreenedData)
_K_DatabaseValidationReportError = keys_of(_U_DatabaseValidationReportError)
_K_DatabaseValidationReport = keys_of(_U_DatabaseValidationReport)

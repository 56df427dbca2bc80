# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'standalone' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import Environment, SessionKind, SessionStatus
from ..models.sessions__retrieve__retrieve_decision_2 import SessionDecision
from ..models.shared__cases_regulatory_reports import RegulatoryReportValidationError
from ..models.standalone import (
    DatabaseValidationReportValidation,
    DatabaseValidationReportValidationValidation,
    ErrorBody,
    RegulatoryReportFinalizeErrorBody,
    RegulatoryReportNotReadyBody,
    ReportTemplateErrorBody,
    WebhookEntityPayload,
    WebhookFieldChange,
    WebhookGenericPayload,
    WebhookSessionPayload,
)
from . import (
    Table,
    _M_Environment,
    _M_SessionKind,
    _M_SessionStatus,
    encode_by_table,
    keys_of,
    new_object,
)
from .sessions__retrieve__retrieve_decision_2 import (
    structure_SessionDecision,
    unstructure_SessionDecision,
)
from .shared__cases_regulatory_reports import (
    structure_RegulatoryReportValidationError,
    unstructure_RegulatoryReportValidationError,
)

_U_ErrorBody: Table = (
    ("detail", "detail", None, False),
    ("code", "code", None, False),
    ("error", "error", None, False),
)


def unstructure_ErrorBody(o: ErrorBody) -> dict[str, Any]:
    """Encode :class:`ErrorBody` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ErrorBody)


def structure_ErrorBody(d: Any) -> ErrorBody:
    """Decode a JSON object into :class:`ErrorBody`."""
    o = new_object(ErrorBody)
    vals = o.__dict__
    vals.update(d)
    if _K_ErrorBody.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ErrorBody
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_WebhookSessionPayload: Table = (
    ("event_id", "event_id", None, False),
    ("webhook_type", "webhook_type", None, True),
    ("timestamp", "timestamp", None, False),
    ("created_at", "created_at", None, False),
    ("application_id", "application_id", None, False),
    ("environment", "environment", lambda v: v.value if isinstance(v, Environment) else v, False),
    ("session_id", "session_id", None, True),
    ("business_session_id", "business_session_id", None, False),
    ("session_kind", "session_kind", lambda v: v.value if isinstance(v, SessionKind) else v, False),
    ("status", "status", lambda v: v.value if isinstance(v, SessionStatus) else v, False),
    ("workflow_id", "workflow_id", None, False),
    ("workflow_version", "workflow_version", None, False),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: (
            (dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v)
            if isinstance(v, Mapping)
            else v
        ),
        False,
    ),
    (
        "decision",
        "decision",
        lambda v: unstructure_SessionDecision(v) if isinstance(v, SessionDecision) else v,
        False,
    ),
    (
        "resubmit_info",
        "resubmit_info",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_WebhookSessionPayload(o: WebhookSessionPayload) -> dict[str, Any]:
    """Encode :class:`WebhookSessionPayload` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WebhookSessionPayload)


def structure_WebhookSessionPayload(d: Any) -> WebhookSessionPayload:
    """Decode a JSON object into :class:`WebhookSessionPayload`."""
    v: Any
    o = new_object(WebhookSessionPayload)
    vals = o.__dict__
    vals.update(d)
    if _K_WebhookSessionPayload.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WebhookSessionPayload
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "environment" in vals:
        v = vals["environment"]
        if v.__class__ is str:
            vals["environment"] = _M_Environment[v]
    if "session_kind" in vals:
        v = vals["session_kind"]
        if v.__class__ is str:
            vals["session_kind"] = _M_SessionKind[v]
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_SessionStatus[v]
    if "decision" in vals:
        v = vals["decision"]
        if v.__class__ is dict:
            vals["decision"] = structure_SessionDecision(v)
    return o


_U_WebhookFieldChange: Table = (
    ("previous", "previous", None, False),
    ("current", "current", None, False),
)


def unstructure_WebhookFieldChange(o: WebhookFieldChange) -> dict[str, Any]:
    """Encode :class:`WebhookFieldChange` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WebhookFieldChange)


def structure_WebhookFieldChange(d: Any) -> WebhookFieldChange:
    """Decode a JSON object into :class:`WebhookFieldChange`."""
    o = new_object(WebhookFieldChange)
    vals = o.__dict__
    vals.update(d)
    if _K_WebhookFieldChange.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WebhookFieldChange
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_WebhookEntityPayload: Table = (
    ("event_id", "event_id", None, False),
    ("webhook_type", "webhook_type", None, True),
    ("timestamp", "timestamp", None, False),
    ("application_id", "application_id", None, False),
    ("environment", "environment", lambda v: v.value if isinstance(v, Environment) else v, False),
    ("vendor_data", "vendor_data", None, False),
    ("uuid", "uuid", None, False),
    ("status", "status", None, False),
    ("previous_status", "previous_status", None, False),
    ("changed_fields", "changed_fields", None, False),
    (
        "changes",
        "changes",
        lambda v: (
            {
                k: unstructure_WebhookFieldChange(x) if isinstance(x, WebhookFieldChange) else x
                for k, x in v.items()
            }
            if isinstance(v, Mapping)
            else v
        ),
        False,
    ),
    ("event", "event", None, False),
    (
        "data",
        "data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_WebhookEntityPayload(o: WebhookEntityPayload) -> dict[str, Any]:
    """Encode :class:`WebhookEntityPayload` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WebhookEntityPayload)


def structure_WebhookEntityPayload(d: Any) -> WebhookEntityPayload:
    """Decode a JSON object into :class:`WebhookEntityPayload`."""
    v: Any
    o = new_object(WebhookEntityPayload)
    vals = o.__dict__
    vals.update(d)
    if _K_WebhookEntityPayload.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WebhookEntityPayload
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "environment" in vals:
        v = vals["environment"]
        if v.__class__ is str:
            vals["environment"] = _M_Environment[v]
    if "changes" in vals:
        v = vals["changes"]
        if v and v.__class__ is dict:
            vals["changes"] = {
                k: structure_WebhookFieldChange(x) if x.__class__ is dict else x
                for k, x in v.items()
            }
    return o


_U_WebhookGenericPayload: Table = (
    ("event_id", "event_id", None, False),
    ("webhook_type", "webhook_type", None, True),
    ("timestamp", "timestamp", None, False),
    ("application_id", "application_id", None, False),
    ("environment", "environment", lambda v: v.value if isinstance(v, Environment) else v, False),
)


def unstructure_WebhookGenericPayload(o: WebhookGenericPayload) -> dict[str, Any]:
    """Encode :class:`WebhookGenericPayload` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WebhookGenericPayload)


def structure_WebhookGenericPayload(d: Any) -> WebhookGenericPayload:
    """Decode a JSON object into :class:`WebhookGenericPayload`."""
    v: Any
    o = new_object(WebhookGenericPayload)
    vals = o.__dict__
    vals.update(d)
    if _K_WebhookGenericPayload.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WebhookGenericPayload
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "environment" in vals:
        v = vals["environment"]
        if v.__class__ is str:
            vals["environment"] = _M_Environment[v]
    return o


_U_DatabaseValidationReportValidationValidation: Table = (
    ("full_name", "full_name", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("identification_number", "identification_number", None, False),
)


def unstructure_DatabaseValidationReportValidationValidation(
    o: DatabaseValidationReportValidationValidation,
) -> dict[str, Any]:
    """Encode :class:`DatabaseValidationReportValidationValidation` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DatabaseValidationReportValidationValidation)


def structure_DatabaseValidationReportValidationValidation(
    d: Any,
) -> DatabaseValidationReportValidationValidation:
    """Decode a JSON object into :class:`DatabaseValidationReportValidationValidation`."""
    o = new_object(DatabaseValidationReportValidationValidation)
    vals = o.__dict__
    vals.update(d)
    if _K_DatabaseValidationReportValidationValidation.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DatabaseValidationReportValidationValidation
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DatabaseValidationReportValidation: Table = (
    ("service_id", "service_id", None, False),
    ("service_name", "service_name", None, False),
    (
        "validation",
        "validation",
        lambda v: (
            unstructure_DatabaseValidationReportValidationValidation(v)
            if isinstance(v, DatabaseValidationReportValidationValidation)
            else v
        ),
        False,
    ),
    ("outcome_code", "outcome_code", None, False),
    ("outcome_detail", "outcome_detail", None, False),
    (
        "source_data",
        "source_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_DatabaseValidationReportValidation(
    o: DatabaseValidationReportValidation,
) -> dict[str, Any]:
    """Encode :class:`DatabaseValidationReportValidation` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DatabaseValidationReportValidation)


def structure_DatabaseValidationReportValidation(d: Any) -> DatabaseValidationReportValidation:
    """Decode a JSON object into :class:`DatabaseValidationReportValidation`."""
    v: Any
    o = new_object(DatabaseValidationReportValidation)
    vals = o.__dict__
    vals.update(d)
    if _K_DatabaseValidationReportValidation.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DatabaseValidationReportValidation
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "validation" in vals:
        v = vals["validation"]
        if v.__class__ is dict:
            vals["validation"] = structure_DatabaseValidationReportValidationValidation(v)
    return o


_U_ReportTemplateErrorBody: Table = (
    ("detail", "detail", None, False),
    ("errors", "errors", None, False),
)


def unstructure_ReportTemplateErrorBody(o: ReportTemplateErrorBody) -> dict[str, Any]:
    """Encode :class:`ReportTemplateErrorBody` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ReportTemplateErrorBody)


def structure_ReportTemplateErrorBody(d: Any) -> ReportTemplateErrorBody:
    """Decode a JSON object into :class:`ReportTemplateErrorBody`."""
    o = new_object(ReportTemplateErrorBody)
    vals = o.__dict__
    vals.update(d)
    if _K_ReportTemplateErrorBody.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ReportTemplateErrorBody
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_RegulatoryReportFinalizeErrorBody: Table = (
    ("detail", "detail", None, False),
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


def unstructure_RegulatoryReportFinalizeErrorBody(
    o: RegulatoryReportFinalizeErrorBody,
) -> dict[str, Any]:
    """Encode :class:`RegulatoryReportFinalizeErrorBody` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_RegulatoryReportFinalizeErrorBody)


def structure_RegulatoryReportFinalizeErrorBody(d: Any) -> RegulatoryReportFinalizeErrorBody:
    """Decode a JSON object into :class:`RegulatoryReportFinalizeErrorBody`."""
    v: Any
    o = new_object(RegulatoryReportFinalizeErrorBody)
    vals = o.__dict__
    vals.update(d)
    if _K_RegulatoryReportFinalizeErrorBody.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RegulatoryReportFinalizeErrorBody
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "errors" in vals:
        v = vals["errors"]
        if v and v.__class__ is list:
            vals["errors"] = [
                structure_RegulatoryReportValidationError(x) if x.__class__ is dict else x
                for x in v
            ]
    return o


_U_RegulatoryReportNotReadyBody: Table = (
    ("detail", "detail", None, False),
    ("status", "status", None, False),
)


def unstructure_RegulatoryReportNotReadyBody(o: RegulatoryReportNotReadyBody) -> dict[str, Any]:
    """Encode :class:`RegulatoryReportNotReadyBody` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_RegulatoryReportNotReadyBody)


def structure_RegulatoryReportNotReadyBody(d: Any) -> RegulatoryReportNotReadyBody:
    """Decode a JSON object into :class:`RegulatoryReportNotReadyBody`."""
    o = new_object(RegulatoryReportNotReadyBody)
    vals = o.__dict__
    vals.update(d)
    if _K_RegulatoryReportNotReadyBody.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RegulatoryReportNotReadyBody
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_ErrorBody = keys_of(_U_ErrorBody)
_K_WebhookSessionPayload = keys_of(_U_WebhookSessionPayload)
_K_WebhookFieldChange = keys_of(_U_WebhookFieldChange)
_K_WebhookEntityPayload = keys_of(_U_WebhookEntityPayload)
_K_WebhookGenericPayload = keys_of(_U_WebhookGenericPayload)
_K_DatabaseValidationReportValidationValidation = keys_of(
    _U_DatabaseValidationReportValidationValidation
)
_K_DatabaseValidationReportValidation = keys_of(_U_DatabaseValidationReportValidation)
_K_ReportTemplateErrorBody = keys_of(_U_ReportTemplateErrorBody)
_K_RegulatoryReportFinalizeErrorBody = keys_of(_U_RegulatoryReportFinalizeErrorBody)
_K_RegulatoryReportNotReadyBody = keys_of(_U_RegulatoryReportNotReadyBody)

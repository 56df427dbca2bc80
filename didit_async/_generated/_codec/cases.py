# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import (
    CaseAssignmentMethod,
    CaseEventType,
    CaseLinkEntityType,
    CasePriority,
    CaseResolution,
    CaseSource,
    CaseStatus,
    CaseSubjectType,
)
from ..models.cases import (
    CaseAssignee,
    CaseBlueprintCreationSource,
    CaseBlueprintDetail,
    CaseBlueprintEscalationSource,
    CaseChecklistItem,
    CaseContentAmlControl,
    CaseContentChecklist,
    CaseContentChecklistItem,
    CaseContentConfig,
    CaseContentFinancial,
    CaseContentIdentity,
    CaseContentReporting,
    CaseContentVerifications,
    CaseDetail,
    CaseEvent,
    CaseLink,
    CaseNote,
    CaseNoteAttachment,
    CasePendingResolution,
    CaseSubject,
)
from . import (
    Table,
    _M_CaseAssignmentMethod,
    _M_CaseEventType,
    _M_CaseLinkEntityType,
    _M_CasePriority,
    _M_CaseResolution,
    _M_CaseSource,
    _M_CaseStatus,
    _M_CaseSubjectType,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)

_U_CaseAssignee: Table = (
    ("uuid", "uuid", None, False),
    ("full_name", "full_name", None, False),
    ("email", "email", None, False),
)


def unstructure_CaseAssignee(o: CaseAssignee) -> dict[str, Any]:
    """Encode :class:`CaseAssignee` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseAssignee)


def structure_CaseAssignee(d: Any) -> CaseAssignee:
    """Decode a JSON object into :class:`CaseAssignee`."""
    o = new_object(CaseAssignee)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseAssignee.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseAssignee
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_CaseChecklistItem: Table = (
    ("uuid", "uuid", None, True),
    ("label", "label", None, False),
    ("is_completed", "is_completed", None, False),
    ("completed_by", "completed_by", None, False),
    ("completed_at", "completed_at", None, False),
    ("order", "order", None, False),
)


def unstructure_CaseChecklistItem(o: CaseChecklistItem) -> dict[str, Any]:
    """Encode :class:`CaseChecklistItem` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseChecklistItem)


def structure_CaseChecklistItem(d: Any) -> CaseChecklistItem:
    """Decode a JSON object into :class:`CaseChecklistItem`."""
    o = new_object(CaseChecklistItem)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseChecklistItem.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseChecklistItem
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_CaseContentAmlControl: Table = (
    ("enabled", "enabled", None, False),
    ("financial", "financial", None, False),
    ("identity", "identity", None, False),
)


def unstructure_CaseContentAmlControl(o: CaseContentAmlControl) -> dict[str, Any]:
    """Encode :class:`CaseContentAmlControl` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseContentAmlControl)


def structure_CaseContentAmlControl(d: Any) -> CaseContentAmlControl:
    """Decode a JSON object into :class:`CaseContentAmlControl`."""
    o = new_object(CaseContentAmlControl)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseContentAmlControl.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseContentAmlControl
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_CaseContentAmlControl(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseContentAmlControl."""
    check_model(d, at, _V_CaseContentAmlControl, _K_CaseContentAmlControl)


_U_CaseContentChecklistItem: Table = (
    ("label", "label", None, False),
    ("order", "order", None, False),
)


def unstructure_CaseContentChecklistItem(o: CaseContentChecklistItem) -> dict[str, Any]:
    """Encode :class:`CaseContentChecklistItem` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseContentChecklistItem)


def structure_CaseContentChecklistItem(d: Any) -> CaseContentChecklistItem:
    """Decode a JSON object into :class:`CaseContentChecklistItem`."""
    o = new_object(CaseContentChecklistItem)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseContentChecklistItem.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseContentChecklistItem
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_CaseContentChecklistItem(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseContentChecklistItem."""
    check_model(d, at, _V_CaseContentChecklistItem, _K_CaseContentChecklistItem)


_U_CaseContentChecklist: Table = (
    ("enabled", "enabled", None, False),
    ("optional", "optional", None, False),
    (
        "items",
        "items",
        lambda v: (
            [
                unstructure_CaseContentChecklistItem(x)
                if isinstance(x, CaseContentChecklistItem)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_CaseContentChecklist(o: CaseContentChecklist) -> dict[str, Any]:
    """Encode :class:`CaseContentChecklist` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseContentChecklist)


def structure_CaseContentChecklist(d: Any) -> CaseContentChecklist:
    """Decode a JSON object into :class:`CaseContentChecklist`."""
    v: Any
    o = new_object(CaseContentChecklist)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseContentChecklist.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseContentChecklist
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "items" in vals:
        v = vals["items"]
        if v and v.__class__ is list:
            vals["items"] = [
                structure_CaseContentChecklistItem(x) if x.__class__ is dict else x for x in v
            ]
    return o


def validate_CaseContentChecklist(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseContentChecklist."""
    check_model(d, at, _V_CaseContentChecklist, _K_CaseContentChecklist)


_U_CaseContentIdentity: Table = (
    ("enabled", "enabled", None, False),
    ("personal_information", "personal_information", None, False),
    ("applicant_tags", "applicant_tags", None, False),
    ("contact_information", "contact_information", None, False),
    ("risk_overview", "risk_overview", None, False),
    ("poi_documents", "poi_documents", None, False),
    ("poa_documents", "poa_documents", None, False),
)


def unstructure_CaseContentIdentity(o: CaseContentIdentity) -> dict[str, Any]:
    """Encode :class:`CaseContentIdentity` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseContentIdentity)


def structure_CaseContentIdentity(d: Any) -> CaseContentIdentity:
    """Decode a JSON object into :class:`CaseContentIdentity`."""
    o = new_object(CaseContentIdentity)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseContentIdentity.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseContentIdentity
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_CaseContentIdentity(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseContentIdentity."""
    check_model(d, at, _V_CaseContentIdentity, _K_CaseContentIdentity)


_U_CaseContentVerifications: Table = (
    ("enabled", "enabled", None, False),
    ("summary", "summary", None, False),
)


def unstructure_CaseContentVerifications(o: CaseContentVerifications) -> dict[str, Any]:
    """Encode :class:`CaseContentVerifications` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseContentVerifications)


def structure_CaseContentVerifications(d: Any) -> CaseContentVerifications:
    """Decode a JSON object into :class:`CaseContentVerifications`."""
    o = new_object(CaseContentVerifications)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseContentVerifications.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseContentVerifications
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_CaseContentVerifications(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseContentVerifications."""
    check_model(d, at, _V_CaseContentVerifications, _K_CaseContentVerifications)


_U_CaseContentReporting: Table = (
    ("enabled", "enabled", None, False),
    ("fiu_reports", "fiu_reports", None, False),
)


def unstructure_CaseContentReporting(o: CaseContentReporting) -> dict[str, Any]:
    """Encode :class:`CaseContentReporting` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseContentReporting)


def structure_CaseContentReporting(d: Any) -> CaseContentReporting:
    """Decode a JSON object into :class:`CaseContentReporting`."""
    o = new_object(CaseContentReporting)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseContentReporting.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseContentReporting
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_CaseContentReporting(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseContentReporting."""
    check_model(d, at, _V_CaseContentReporting, _K_CaseContentReporting)


_U_CaseContentFinancial: Table = (
    ("enabled", "enabled", None, False),
    ("payment_methods", "payment_methods", None, False),
    ("transactions", "transactions", None, False),
)


def unstructure_CaseContentFinancial(o: CaseContentFinancial) -> dict[str, Any]:
    """Encode :class:`CaseContentFinancial` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseContentFinancial)


def structure_CaseContentFinancial(d: Any) -> CaseContentFinancial:
    """Decode a JSON object into :class:`CaseContentFinancial`."""
    o = new_object(CaseContentFinancial)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseContentFinancial.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseContentFinancial
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_CaseContentFinancial(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseContentFinancial."""
    check_model(d, at, _V_CaseContentFinancial, _K_CaseContentFinancial)


_U_CaseContentConfig: Table = (
    (
        "checklist",
        "checklist",
        lambda v: unstructure_CaseContentChecklist(v) if isinstance(v, CaseContentChecklist) else v,
        False,
    ),
    (
        "aml_control",
        "aml_control",
        lambda v: (
            unstructure_CaseContentAmlControl(v) if isinstance(v, CaseContentAmlControl) else v
        ),
        False,
    ),
    (
        "identity",
        "identity",
        lambda v: unstructure_CaseContentIdentity(v) if isinstance(v, CaseContentIdentity) else v,
        False,
    ),
    (
        "verifications",
        "verifications",
        lambda v: (
            unstructure_CaseContentVerifications(v)
            if isinstance(v, CaseContentVerifications)
            else v
        ),
        False,
    ),
    (
        "reporting",
        "reporting",
        lambda v: unstructure_CaseContentReporting(v) if isinstance(v, CaseContentReporting) else v,
        False,
    ),
    (
        "financial",
        "financial",
        lambda v: unstructure_CaseContentFinancial(v) if isinstance(v, CaseContentFinancial) else v,
        False,
    ),
)


def unstructure_CaseContentConfig(o: CaseContentConfig) -> dict[str, Any]:
    """Encode :class:`CaseContentConfig` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseContentConfig)


def structure_CaseContentConfig(d: Any) -> CaseContentConfig:
    """Decode a JSON object into :class:`CaseContentConfig`."""
    v: Any
    o = new_object(CaseContentConfig)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseContentConfig.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseContentConfig
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "checklist" in vals:
        v = vals["checklist"]
        if v.__class__ is dict:
            vals["checklist"] = structure_CaseContentChecklist(v)
    if "aml_control" in vals:
        v = vals["aml_control"]
        if v.__class__ is dict:
            vals["aml_control"] = structure_CaseContentAmlControl(v)
    if "identity" in vals:
        v = vals["identity"]
        if v.__class__ is dict:
            vals["identity"] = structure_CaseContentIdentity(v)
    if "verifications" in vals:
        v = vals["verifications"]
        if v.__class__ is dict:
            vals["verifications"] = structure_CaseContentVerifications(v)
    if "reporting" in vals:
        v = vals["reporting"]
        if v.__class__ is dict:
            vals["reporting"] = structure_CaseContentReporting(v)
    if "financial" in vals:
        v = vals["financial"]
        if v.__class__ is dict:
            vals["financial"] = structure_CaseContentFinancial(v)
    return o


def validate_CaseContentConfig(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseContentConfig."""
    check_model(d, at, _V_CaseContentConfig, _K_CaseContentConfig)


_U_CaseSubject: Table = (
    ("type", "type", lambda v: v.value if isinstance(v, CaseSubjectType) else v, False),
    ("uuid", "uuid", None, False),
    ("name", "name", None, False),
    ("external_id", "external_id", None, False),
)


def unstructure_CaseSubject(o: CaseSubject) -> dict[str, Any]:
    """Encode :class:`CaseSubject` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseSubject)


def structure_CaseSubject(d: Any) -> CaseSubject:
    """Decode a JSON object into :class:`CaseSubject`."""
    v: Any
    o = new_object(CaseSubject)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseSubject.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseSubject
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "type" in vals:
        v = vals["type"]
        if v.__class__ is str:
            vals["type"] = _M_CaseSubjectType[v]
    return o


_U_CasePendingResolution: Table = (
    ("resolution", "resolution", lambda v: v.value if isinstance(v, CaseResolution) else v, False),
    ("resolution_notes", "resolution_notes", None, False),
    ("maker_email", "maker_email", None, False),
    ("maker_name", "maker_name", None, False),
    ("maker_blueprint_id", "maker_blueprint_id", None, False),
    ("staged_at", "staged_at", None, False),
)


def unstructure_CasePendingResolution(o: CasePendingResolution) -> dict[str, Any]:
    """Encode :class:`CasePendingResolution` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CasePendingResolution)


def structure_CasePendingResolution(d: Any) -> CasePendingResolution:
    """Decode a JSON object into :class:`CasePendingResolution`."""
    v: Any
    o = new_object(CasePendingResolution)
    vals = o.__dict__
    vals.update(d)
    if _K_CasePendingResolution.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CasePendingResolution
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "resolution" in vals:
        v = vals["resolution"]
        if v.__class__ is str:
            vals["resolution"] = _M_CaseResolution[v]
    return o


_U_CaseBlueprintCreationSource: Table = (
    ("kind", "kind", None, False),
    ("id", "id", None, False),
    ("name", "name", None, False),
)


def unstructure_CaseBlueprintCreationSource(o: CaseBlueprintCreationSource) -> dict[str, Any]:
    """Encode :class:`CaseBlueprintCreationSource` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseBlueprintCreationSource)


def structure_CaseBlueprintCreationSource(d: Any) -> CaseBlueprintCreationSource:
    """Decode a JSON object into :class:`CaseBlueprintCreationSource`."""
    o = new_object(CaseBlueprintCreationSource)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseBlueprintCreationSource.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseBlueprintCreationSource
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_CaseBlueprintEscalationSource: Table = (
    ("id", "id", None, False),
    ("name", "name", None, False),
)


def unstructure_CaseBlueprintEscalationSource(o: CaseBlueprintEscalationSource) -> dict[str, Any]:
    """Encode :class:`CaseBlueprintEscalationSource` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseBlueprintEscalationSource)


def structure_CaseBlueprintEscalationSource(d: Any) -> CaseBlueprintEscalationSource:
    """Decode a JSON object into :class:`CaseBlueprintEscalationSource`."""
    o = new_object(CaseBlueprintEscalationSource)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseBlueprintEscalationSource.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseBlueprintEscalationSource
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_CaseBlueprintDetail: Table = (
    ("uuid", "uuid", None, True),
    ("name", "name", None, False),
    ("description", "description", None, False),
    (
        "assignment_method",
        "assignment_method",
        lambda v: v.value if isinstance(v, CaseAssignmentMethod) else v,
        False,
    ),
    ("assignee_pool", "assignee_pool", None, False),
    ("max_active_cases", "max_active_cases", None, False),
    ("escalation_enabled", "escalation_enabled", None, False),
    ("transfer_enabled", "transfer_enabled", None, False),
    ("require_resolution_note", "require_resolution_note", None, False),
    ("is_active", "is_active", None, False),
    ("preset_key", "preset_key", None, False),
    ("created_at", "created_at", None, False),
    ("escalation_blueprint", "escalation_blueprint", None, False),
    ("escalation_blueprint_name", "escalation_blueprint_name", None, False),
    ("four_eyes_checker_blueprint", "four_eyes_checker_blueprint", None, False),
    ("four_eyes_checker_blueprint_name", "four_eyes_checker_blueprint_name", None, False),
    (
        "content_config",
        "content_config",
        lambda v: unstructure_CaseContentConfig(v) if isinstance(v, CaseContentConfig) else v,
        False,
    ),
    (
        "creation_sources",
        "creation_sources",
        lambda v: (
            [
                unstructure_CaseBlueprintCreationSource(x)
                if isinstance(x, CaseBlueprintCreationSource)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "receives_escalation_from",
        "receives_escalation_from",
        lambda v: (
            [
                unstructure_CaseBlueprintEscalationSource(x)
                if isinstance(x, CaseBlueprintEscalationSource)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("updated_at", "updated_at", None, False),
)


def unstructure_CaseBlueprintDetail(o: CaseBlueprintDetail) -> dict[str, Any]:
    """Encode :class:`CaseBlueprintDetail` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseBlueprintDetail)


def structure_CaseBlueprintDetail(d: Any) -> CaseBlueprintDetail:
    """Decode a JSON object into :class:`CaseBlueprintDetail`."""
    v: Any
    o = new_object(CaseBlueprintDetail)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseBlueprintDetail.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseBlueprintDetail
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "assignment_method" in vals:
        v = vals["assignment_method"]
        if v.__class__ is str:
            vals["assignment_method"] = _M_CaseAssignmentMethod[v]
    if "content_config" in vals:
        v = vals["content_config"]
        if v.__class__ is dict:
            vals["content_config"] = structure_CaseContentConfig(v)
    if "creation_sources" in vals:
        v = vals["creation_sources"]
        if v and v.__class__ is list:
            vals["creation_sources"] = [
                structure_CaseBlueprintCreationSource(x) if x.__class__ is dict else x for x in v
            ]
    if "receives_escalation_from" in vals:
        v = vals["receives_escalation_from"]
        if v and v.__class__ is list:
            vals["receives_escalation_from"] = [
                structure_CaseBlueprintEscalationSource(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_CaseNoteAttachment: Table = (
    ("s3_key", "s3_key", None, False),
    ("filename", "filename", None, False),
    ("file_size", "file_size", None, False),
    ("url", "url", None, False),
)


def unstructure_CaseNoteAttachment(o: CaseNoteAttachment) -> dict[str, Any]:
    """Encode :class:`CaseNoteAttachment` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseNoteAttachment)


def structure_CaseNoteAttachment(d: Any) -> CaseNoteAttachment:
    """Decode a JSON object into :class:`CaseNoteAttachment`."""
    o = new_object(CaseNoteAttachment)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseNoteAttachment.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseNoteAttachment
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_CaseNote: Table = (
    ("uuid", "uuid", None, True),
    ("comment", "comment", None, False),
    ("actor_email", "actor_email", None, False),
    ("actor_name", "actor_name", None, False),
    ("mentioned_emails", "mentioned_emails", None, False),
    ("is_internal", "is_internal", None, False),
    (
        "attachments",
        "attachments",
        lambda v: (
            [
                unstructure_CaseNoteAttachment(x) if isinstance(x, CaseNoteAttachment) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("tags", "tags", None, False),
    ("created_at", "created_at", None, False),
)


def unstructure_CaseNote(o: CaseNote) -> dict[str, Any]:
    """Encode :class:`CaseNote` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseNote)


def structure_CaseNote(d: Any) -> CaseNote:
    """Decode a JSON object into :class:`CaseNote`."""
    v: Any
    o = new_object(CaseNote)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseNote.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseNote
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "attachments" in vals:
        v = vals["attachments"]
        if v and v.__class__ is list:
            vals["attachments"] = [
                structure_CaseNoteAttachment(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_CaseEvent: Table = (
    ("uuid", "uuid", None, True),
    ("event_type", "event_type", lambda v: v.value if isinstance(v, CaseEventType) else v, False),
    ("actor_email", "actor_email", None, False),
    ("actor_name", "actor_name", None, False),
    (
        "previous_status",
        "previous_status",
        lambda v: v.value if isinstance(v, CaseStatus) else v,
        False,
    ),
    ("new_status", "new_status", lambda v: v.value if isinstance(v, CaseStatus) else v, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_CaseEvent(o: CaseEvent) -> dict[str, Any]:
    """Encode :class:`CaseEvent` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseEvent)


def structure_CaseEvent(d: Any) -> CaseEvent:
    """Decode a JSON object into :class:`CaseEvent`."""
    v: Any
    o = new_object(CaseEvent)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseEvent.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseEvent
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "event_type" in vals:
        v = vals["event_type"]
        if v.__class__ is str:
            vals["event_type"] = _M_CaseEventType[v]
    if "previous_status" in vals:
        v = vals["previous_status"]
        if v.__class__ is str:
            vals["previous_status"] = _M_CaseStatus[v]
    if "new_status" in vals:
        v = vals["new_status"]
        if v.__class__ is str:
            vals["new_status"] = _M_CaseStatus[v]
    return o


_U_CaseLink: Table = (
    ("uuid", "uuid", None, True),
    (
        "linked_entity_type",
        "linked_entity_type",
        lambda v: v.value if isinstance(v, CaseLinkEntityType) else v,
        False,
    ),
    ("linked_entity_uuid", "linked_entity_uuid", None, False),
    (
        "linked_entity_summary",
        "linked_entity_summary",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_CaseLink(o: CaseLink) -> dict[str, Any]:
    """Encode :class:`CaseLink` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseLink)


def structure_CaseLink(d: Any) -> CaseLink:
    """Decode a JSON object into :class:`CaseLink`."""
    v: Any
    o = new_object(CaseLink)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseLink.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseLink
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "linked_entity_type" in vals:
        v = vals["linked_entity_type"]
        if v.__class__ is str:
            vals["linked_entity_type"] = _M_CaseLinkEntityType[v]
    return o


_U_CaseDetail: Table = (
    ("uuid", "uuid", None, True),
    ("case_number", "case_number", None, False),
    ("title", "title", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, CaseStatus) else v, False),
    ("resolution", "resolution", lambda v: v.value if isinstance(v, CaseResolution) else v, False),
    ("resolution_notes", "resolution_notes", None, False),
    ("priority", "priority", lambda v: v.value if isinstance(v, CasePriority) else v, False),
    ("source", "source", lambda v: v.value if isinstance(v, CaseSource) else v, False),
    ("tags", "tags", None, False),
    (
        "subject",
        "subject",
        lambda v: unstructure_CaseSubject(v) if isinstance(v, CaseSubject) else v,
        False,
    ),
    (
        "assigned_to",
        "assigned_to",
        lambda v: unstructure_CaseAssignee(v) if isinstance(v, CaseAssignee) else v,
        False,
    ),
    ("assigned_at", "assigned_at", None, False),
    ("due_at", "due_at", None, False),
    ("resolved_at", "resolved_at", None, False),
    ("resolved_by_email", "resolved_by_email", None, False),
    (
        "pending_resolution",
        "pending_resolution",
        lambda v: (
            unstructure_CasePendingResolution(v) if isinstance(v, CasePendingResolution) else v
        ),
        False,
    ),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "blueprint",
        "blueprint",
        lambda v: unstructure_CaseBlueprintDetail(v) if isinstance(v, CaseBlueprintDetail) else v,
        False,
    ),
    (
        "notes",
        "notes",
        lambda v: (
            [unstructure_CaseNote(x) if isinstance(x, CaseNote) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "events",
        "events",
        lambda v: (
            [unstructure_CaseEvent(x) if isinstance(x, CaseEvent) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "links",
        "links",
        lambda v: (
            [unstructure_CaseLink(x) if isinstance(x, CaseLink) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("links_count", "links_count", None, False),
    ("notes_count", "notes_count", None, False),
    (
        "checklist_items",
        "checklist_items",
        lambda v: (
            [unstructure_CaseChecklistItem(x) if isinstance(x, CaseChecklistItem) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("created_at", "created_at", None, False),
    ("updated_at", "updated_at", None, False),
)


def unstructure_CaseDetail(o: CaseDetail) -> dict[str, Any]:
    """Encode :class:`CaseDetail` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseDetail)


def structure_CaseDetail(d: Any) -> CaseDetail:
    """Decode a JSON object into :class:`CaseDetail`."""
    v: Any
    o = new_object(CaseDetail)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseDetail.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseDetail
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_CaseStatus[v]
    if "resolution" in vals:
        v = vals["resolution"]
        if v.__class__ is str:
            vals["resolution"] = _M_CaseResolution[v]
    if "priority" in vals:
        v = vals["priority"]
        if v.__class__ is str:
            vals["priority"] = _M_CasePriority[v]
    if "source" in vals:
        v = vals["source"]
        if v.__class__ is str:
            vals["source"] = _M_CaseSource[v]
    if "subject" in vals:
        v = vals["subject"]
        if v.__class__ is dict:
            vals["subject"] = structure_CaseSubject(v)
    if "assigned_to" in vals:
        v = vals["assigned_to"]
        if v.__class__ is dict:
            vals["assigned_to"] = structure_CaseAssignee(v)
    if "pending_resolution" in vals:
        v = vals["pending_resolution"]
        if v.__class__ is dict:
            vals["pending_resolution"] = structure_CasePendingResolution(v)
    if "blueprint" in vals:
        v = vals["blueprint"]
        if v.__class__ is dict:
            vals["blueprint"] = structure_CaseBlueprintDetail(v)
    if "notes" in vals:
        v = vals["notes"]
        if v and v.__class__ is list:
            vals["notes"] = [structure_CaseNote(x) if x.__class__ is dict else x for x in v]
    if "events" in vals:
        v = vals["events"]
        if v and v.__class__ is list:
            vals["events"] = [structure_CaseEvent(x) if x.__class__ is dict else x for x in v]
    if "links" in vals:
        v = vals["links"]
        if v and v.__class__ is list:
            vals["links"] = [structure_CaseLink(x) if x.__class__ is dict else x for x in v]
    if "checklist_items" in vals:
        v = vals["checklist_items"]
        if v and v.__class__ is list:
            vals["checklist_items"] = [
                structure_CaseChecklistItem(x) if x.__class__ is dict else x for x in v
            ]
    return o


_K_CaseAssignee = keys_of(_U_CaseAssignee)
_K_CaseChecklistItem = keys_of(_U_CaseChecklistItem)
_K_CaseContentAmlControl = keys_of(_U_CaseContentAmlControl)
_K_CaseContentChecklistItem = keys_of(_U_CaseContentChecklistItem)
_K_CaseContentChecklist = keys_of(_U_CaseContentChecklist)
_K_CaseContentIdentity = keys_of(_U_CaseContentIdentity)
_K_CaseContentVerifications = keys_of(_U_CaseContentVerifications)
_K_CaseContentReporting = keys_of(_U_CaseContentReporting)
_K_CaseContentFinancial = keys_of(_U_CaseContentFinancial)
_K_CaseContentConfig = keys_of(_U_CaseContentConfig)
_K_CaseSubject = keys_of(_U_CaseSubject)
_K_CasePendingResolution = keys_of(_U_CasePendingResolution)
_K_CaseBlueprintCreationSource = keys_of(_U_CaseBlueprintCreationSource)
_K_CaseBlueprintEscalationSource = keys_of(_U_CaseBlueprintEscalationSource)
_K_CaseBlueprintDetail = keys_of(_U_CaseBlueprintDetail)
_K_CaseNoteAttachment = keys_of(_U_CaseNoteAttachment)
_K_CaseNote = keys_of(_U_CaseNote)
_K_CaseEvent = keys_of(_U_CaseEvent)
_K_CaseLink = keys_of(_U_CaseLink)
_K_CaseDetail = keys_of(_U_CaseDetail)

_V_CaseContentAmlControl: Any = (
    "CaseContentAmlControl",
    False,
    0,
    (
        ("enabled", False, False, ("bool",)),
        ("financial", False, False, ("bool",)),
        ("identity", False, False, ("bool",)),
    ),
    (),
)

_V_CaseContentChecklistItem: Any = (
    "CaseContentChecklistItem",
    False,
    0,
    (
        ("label", False, False, ("str", None, 255, None, None, ())),
        ("order", False, False, ("int", None, None)),
    ),
    (),
)

_V_CaseContentChecklist: Any = (
    "CaseContentChecklist",
    False,
    0,
    (
        ("enabled", False, False, ("bool",)),
        ("optional", False, False, ("bool",)),
        (
            "items",
            False,
            False,
            ("list", None, None, ("model", validate_CaseContentChecklistItem), False),
        ),
    ),
    (),
)

_V_CaseContentIdentity: Any = (
    "CaseContentIdentity",
    False,
    0,
    (
        ("enabled", False, False, ("bool",)),
        ("personal_information", False, False, ("bool",)),
        ("applicant_tags", False, False, ("bool",)),
        ("contact_information", False, False, ("bool",)),
        ("risk_overview", False, False, ("bool",)),
        ("poi_documents", False, False, ("bool",)),
        ("poa_documents", False, False, ("bool",)),
    ),
    (),
)

_V_CaseContentVerifications: Any = (
    "CaseContentVerifications",
    False,
    0,
    (
        ("enabled", False, False, ("bool",)),
        ("summary", False, False, ("bool",)),
    ),
    (),
)

_V_CaseContentReporting: Any = (
    "CaseContentReporting",
    False,
    0,
    (
        ("enabled", False, False, ("bool",)),
        ("fiu_reports", False, False, ("bool",)),
    ),
    (),
)

_V_CaseContentFinancial: Any = (
    "CaseContentFinancial",
    False,
    0,
    (
        ("enabled", False, False, ("bool",)),
        ("payment_methods", False, False, ("bool",)),
        ("transactions", False, False, ("bool",)),
    ),
    (),
)

_V_CaseContentConfig: Any = (
    "CaseContentConfig",
    False,
    0,
    (
        ("checklist", False, False, ("model", validate_CaseContentChecklist)),
        ("aml_control", False, False, ("model", validate_CaseContentAmlControl)),
        ("identity", False, False, ("model", validate_CaseContentIdentity)),
        ("verifications", False, False, ("model", validate_CaseContentVerifications)),
        ("reporting", False, False, ("model", validate_CaseContentReporting)),
        ("financial", False, False, ("model", validate_CaseContentFinancial)),
    ),
    (),
)

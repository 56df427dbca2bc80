# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'cases' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

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


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseAssignee:
    """The team member a case is assigned to."""

    uuid: str | None = attrs.field(default=None)
    full_name: str | None = attrs.field(default=None)
    email: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseChecklistItem:
    """One step of a case's checklist (from its blueprint)."""

    uuid: str
    label: str | None = attrs.field(default=None)
    is_completed: bool | None = attrs.field(default=None)
    completed_by: str | None = attrs.field(default=None)
    completed_at: str | None = attrs.field(default=None)
    order: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseContentAmlControl:
    """CaseContentAmlControl"""

    enabled: bool | None = attrs.field(default=None)
    financial: bool | None = attrs.field(default=None)
    identity: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseContentChecklistItem:
    """CaseContentChecklistItem"""

    label: str | None = attrs.field(default=None)
    order: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseContentChecklist:
    """CaseContentChecklist"""

    enabled: bool | None = attrs.field(default=None)
    optional: bool | None = attrs.field(default=None)
    items: list[CaseContentChecklistItem] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseContentIdentity:
    """CaseContentIdentity"""

    enabled: bool | None = attrs.field(default=None)
    personal_information: bool | None = attrs.field(default=None)
    applicant_tags: bool | None = attrs.field(default=None)
    contact_information: bool | None = attrs.field(default=None)
    risk_overview: bool | None = attrs.field(default=None)
    poi_documents: bool | None = attrs.field(default=None)
    poa_documents: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseContentVerifications:
    """CaseContentVerifications"""

    enabled: bool | None = attrs.field(default=None)
    summary: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseContentReporting:
    """CaseContentReporting"""

    enabled: bool | None = attrs.field(default=None)
    fiu_reports: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseContentFinancial:
    """CaseContentFinancial"""

    enabled: bool | None = attrs.field(default=None)
    payment_methods: bool | None = attrs.field(default=None)
    transactions: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseContentConfig:
    """What a blueprint's cases show and check: the checklist and the sections of the case page."""

    checklist: CaseContentChecklist | None = attrs.field(default=None)
    aml_control: CaseContentAmlControl | None = attrs.field(default=None)
    identity: CaseContentIdentity | None = attrs.field(default=None)
    verifications: CaseContentVerifications | None = attrs.field(default=None)
    reporting: CaseContentReporting | None = attrs.field(default=None)
    financial: CaseContentFinancial | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseSubject:
    """The user or business a case is about."""

    type: CaseSubjectType | None = attrs.field(default=None)
    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    external_id: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CasePendingResolution:
    """A resolution staged for a four-eyes checker: who made it and when."""

    resolution: CaseResolution | None = attrs.field(default=None)
    resolution_notes: str | None = attrs.field(default=None)
    maker_email: str | None = attrs.field(default=None)
    maker_name: str | None = attrs.field(default=None)
    maker_blueprint_id: str | None = attrs.field(default=None)
    staged_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseBlueprintCreationSource:
    """CaseBlueprintCreationSource"""

    kind: str | None = attrs.field(default=None)
    id: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseBlueprintEscalationSource:
    """CaseBlueprintEscalationSource"""

    id: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseBlueprintDetail:
    """A blueprint: the team and the rules its cases follow."""

    uuid: str
    name: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    assignment_method: CaseAssignmentMethod | None = attrs.field(default=None)
    assignee_pool: list[str] | None = attrs.field(default=None)
    max_active_cases: int | None = attrs.field(default=None)
    escalation_enabled: bool | None = attrs.field(default=None)
    transfer_enabled: bool | None = attrs.field(default=None)
    require_resolution_note: bool | None = attrs.field(default=None)
    is_active: bool | None = attrs.field(default=None)
    preset_key: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    escalation_blueprint: str | None = attrs.field(default=None)
    escalation_blueprint_name: str | None = attrs.field(default=None)
    four_eyes_checker_blueprint: str | None = attrs.field(default=None)
    four_eyes_checker_blueprint_name: str | None = attrs.field(default=None)
    content_config: CaseContentConfig | None = attrs.field(default=None)
    creation_sources: list[CaseBlueprintCreationSource] | None = attrs.field(default=None)
    receives_escalation_from: list[CaseBlueprintEscalationSource] | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseNoteAttachment:
    """CaseNoteAttachment"""

    s3_key: str | None = attrs.field(default=None)
    filename: str | None = attrs.field(default=None)
    file_size: int | None = attrs.field(default=None)
    url: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseNote:
    """A comment on a case, with its attachments (each with a short-lived download URL)."""

    uuid: str
    comment: str | None = attrs.field(default=None)
    actor_email: str | None = attrs.field(default=None)
    actor_name: str | None = attrs.field(default=None)
    mentioned_emails: list[str] | None = attrs.field(default=None)
    is_internal: bool | None = attrs.field(default=None)
    attachments: list[CaseNoteAttachment] | None = attrs.field(default=None)
    tags: list[str] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseEvent:
    """One change on a case's trail."""

    uuid: str
    event_type: CaseEventType | None = attrs.field(default=None)
    actor_email: str | None = attrs.field(default=None)
    actor_name: str | None = attrs.field(default=None)
    previous_status: CaseStatus | None = attrs.field(default=None)
    new_status: CaseStatus | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseLink:
    """A session, business session or transaction attached to a case."""

    uuid: str
    linked_entity_type: CaseLinkEntityType | None = attrs.field(default=None)
    linked_entity_uuid: str | None = attrs.field(default=None)
    linked_entity_summary: dict[str, Any] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseDetail:
    """A case with everything on it: subject, assignee, blueprint, notes, events, links, checklist,
    and a resolution waiting for approval.
    """

    uuid: str
    case_number: str | None = attrs.field(default=None)
    title: str | None = attrs.field(default=None)
    status: CaseStatus | None = attrs.field(default=None)
    resolution: CaseResolution | None = attrs.field(default=None)
    resolution_notes: str | None = attrs.field(default=None)
    priority: CasePriority | None = attrs.field(default=None)
    source: CaseSource | None = attrs.field(default=None)
    tags: list[str] | None = attrs.field(default=None)
    subject: CaseSubject | None = attrs.field(default=None)
    assigned_to: CaseAssignee | None = attrs.field(default=None)
    assigned_at: str | None = attrs.field(default=None)
    due_at: str | None = attrs.field(default=None)
    resolved_at: str | None = attrs.field(default=None)
    resolved_by_email: str | None = attrs.field(default=None)
    pending_resolution: CasePendingResolution | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    blueprint: CaseBlueprintDetail | None = attrs.field(default=None)
    """The case's blueprint, or null for a case opened without one (the facts file does not mark it
    nullable; a case without a blueprint has none to show).
    """
    notes: list[CaseNote] | None = attrs.field(default=None)
    events: list[CaseEvent] | None = attrs.field(default=None)
    links: list[CaseLink] | None = attrs.field(default=None)
    links_count: int | None = attrs.field(default=None)
    notes_count: int | None = attrs.field(default=None)
    checklist_items: list[CaseChecklistItem] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


for _cls in list(globals().values()):
    if not isinstance(_cls, type) or _cls.__module__ != __name__ or not attrs.has(_cls):
        continue  # not one of this module's models
    for _field in attrs.fields(_cls):
        if _field.name != "additional_properties":
            setattr(_cls, _field.name, None)
    _cls._present = True  # type: ignore[attr-defined]

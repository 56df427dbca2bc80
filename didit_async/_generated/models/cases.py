# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'cases' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs

from didit_async._seam import UNSET, Unset

from ..enums import (
    CaseAssignmentMethod,
    CaseEntityAction,
    CaseEventType,
    CaseLinkEntityType,
    CasePriority,
    CaseResolution,
    CaseSource,
    CaseStatus,
    CaseSubjectType,
)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseAnalyticsPoint:
    """CaseAnalyticsPoint"""

    date: str | None = attrs.field(default=None)
    created: int | None = attrs.field(default=None)
    reviewed: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseAnalyticsRow:
    """CaseAnalyticsRow"""

    key: str | None = attrs.field(default=None)
    created: int | None = attrs.field(default=None)
    assigned: int | None = attrs.field(default=None)
    resolved: int | None = attrs.field(default=None)
    threat_rate: float | None = attrs.field(default=None)
    false_positive_rate: float | None = attrs.field(default=None)
    unresolved: int | None = attrs.field(default=None)
    reassignment_rate: float | None = attrs.field(default=None)
    escalation_rate: float | None = attrs.field(default=None)
    avg_assign_hours: float | None = attrs.field(default=None)
    avg_resolve_hours: float | None = attrs.field(default=None)
    avg_handling_hours: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseAnalyticsTables:
    """CaseAnalyticsTables"""

    officer: list[CaseAnalyticsRow] | None = attrs.field(default=None)
    blueprint: list[CaseAnalyticsRow] | None = attrs.field(default=None)
    source: list[CaseAnalyticsRow] | None = attrs.field(default=None)
    status: list[CaseAnalyticsRow] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseAnalyticsTotals:
    """CaseAnalyticsTotals"""

    created: int | None = attrs.field(default=None)
    assigned: int | None = attrs.field(default=None)
    resolved: int | None = attrs.field(default=None)
    threat_rate: float | None = attrs.field(default=None)
    false_positive_rate: float | None = attrs.field(default=None)
    unresolved: int | None = attrs.field(default=None)
    reassignment_rate: float | None = attrs.field(default=None)
    escalation_rate: float | None = attrs.field(default=None)
    avg_assign_hours: float | None = attrs.field(default=None)
    avg_resolve_hours: float | None = attrs.field(default=None)
    avg_handling_hours: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseAnalyticsQueue:
    """CaseAnalyticsQueue"""

    open: int | None = attrs.field(default=None)
    overdue: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseAnalytics:
    """Counts and rates over the application's cases."""

    series: list[CaseAnalyticsPoint] | None = attrs.field(default=None)
    tables: CaseAnalyticsTables | None = attrs.field(default=None)
    totals: CaseAnalyticsTotals | None = attrs.field(default=None)
    queue: CaseAnalyticsQueue | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseAssignRequest:
    """CaseAssignRequest"""

    assignee_user_id: str | None
    assignee_email: str | None | Unset = attrs.field(default=UNSET)
    assignee_name: str | None | Unset = attrs.field(default=UNSET)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


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
class CaseBulkAssignRequest:
    """CaseBulkAssignRequest"""

    case_uuids: Sequence[str]
    assignee_user_id: str | None
    assignee_email: str | None | Unset = attrs.field(default=UNSET)
    assignee_name: str | None | Unset = attrs.field(default=UNSET)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseBulkFailure:
    """CaseBulkFailure"""

    case_uuid: str | None = attrs.field(default=None)
    detail: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseBulkResult:
    """How many cases a bulk call changed, and why each of the others was refused."""

    updated: int | None = attrs.field(default=None)
    failures: list[CaseBulkFailure] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseBulkStatusRequest:
    """CaseBulkStatusRequest"""

    case_uuids: Sequence[str]
    status: CaseStatus | Literal["OPEN", "AWAITING_USER", "RESOLVED"]
    resolution: CaseResolution | Literal["FALSE_POSITIVE", "VALID_THREAT"] | None = attrs.field(
        default=None
    )
    note: str | None | Unset = attrs.field(default=UNSET)
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
class CaseSubjectReference:
    """CaseSubjectReference"""

    type: CaseSubjectType | str | None = attrs.field(default=None)
    uuid: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseCreateRequest:
    """CaseCreateRequest"""

    title: str
    blueprint: str | None | Unset = attrs.field(default=UNSET)
    priority: CasePriority | Literal["LOW", "MEDIUM", "HIGH"] | None = attrs.field(default=None)
    due_at: str | None | Unset = attrs.field(default=UNSET)
    tags: Sequence[str] | None = attrs.field(default=None)
    subject: CaseSubjectReference | Mapping[str, Any] | None = attrs.field(default=None)
    links: Sequence[Mapping[str, Any]] | None = attrs.field(default=None)
    assigned_to: str | None | Unset = attrs.field(default=UNSET)
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


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseEntityActionRequest:
    """CaseEntityActionRequest"""

    action: CaseEntityAction | Literal["set_status", "add_tags", "add_note", "add_to_blocklist"]
    status: str | None | Unset = attrs.field(default=UNSET)
    tags: Sequence[str] | None = attrs.field(default=None)
    note: str | None | Unset = attrs.field(default=UNSET)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseEntityActionResult:
    """CaseEntityActionResult"""

    entity_type: CaseSubjectType | None = attrs.field(default=None)
    entity_uuid: str | None = attrs.field(default=None)
    action: CaseEntityAction | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseEventPage:
    """A page of CaseEvent items."""

    results: list[CaseEvent]
    count: int | None = attrs.field(default=None)
    """Total matching items."""
    next: str | None = attrs.field(default=None)
    """Full URL of the next page, or null."""
    previous: str | None = attrs.field(default=None)
    """Full URL of the previous page, or null."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseBlueprintSummary:
    """CaseBlueprintSummary"""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseListItem:
    """A case as lists show it, with its application and organization."""

    uuid: str
    case_number: str | None = attrs.field(default=None)
    title: str | None = attrs.field(default=None)
    status: CaseStatus | None = attrs.field(default=None)
    resolution: CaseResolution | None = attrs.field(default=None)
    priority: CasePriority | None = attrs.field(default=None)
    source: CaseSource | None = attrs.field(default=None)
    tags: list[str] | None = attrs.field(default=None)
    subject: CaseSubject | None = attrs.field(default=None)
    assigned_to: CaseAssignee | None = attrs.field(default=None)
    assigned_at: str | None = attrs.field(default=None)
    due_at: str | None = attrs.field(default=None)
    resolved_at: str | None = attrs.field(default=None)
    created_by_email: str | None = attrs.field(default=None)
    created_by_name: str | None = attrs.field(default=None)
    blueprint: CaseBlueprintSummary | None = attrs.field(default=None)
    links_count: int | None = attrs.field(default=None)
    notes_count: int | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    application_id: str | None = attrs.field(default=None)
    application_name: str | None = attrs.field(default=None)
    organization_id: str | None = attrs.field(default=None)
    organization_name: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CasePage:
    """A page of CaseListItem items."""

    results: list[CaseListItem]
    count: int | None = attrs.field(default=None)
    """Total matching items."""
    next: str | None = attrs.field(default=None)
    """Full URL of the next page, or null."""
    previous: str | None = attrs.field(default=None)
    """Full URL of the previous page, or null."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CasePrintout:
    """CasePrintout"""

    url: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseRejectResolutionRequest:
    """CaseRejectResolutionRequest"""

    notes: str | None | Unset = attrs.field(default=UNSET)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseResolveRequest:
    """CaseResolveRequest"""

    resolution: CaseResolution | Literal["FALSE_POSITIVE", "VALID_THREAT"]
    note: str | None | Unset = attrs.field(default=UNSET)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseTransferRequest:
    """CaseTransferRequest"""

    target_blueprint: str
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseUpdateRequest:
    """CaseUpdateRequest"""

    title: str | None = attrs.field(default=None)
    priority: CasePriority | Literal["LOW", "MEDIUM", "HIGH"] | None = attrs.field(default=None)
    due_at: str | None | Unset = attrs.field(default=UNSET)
    tags: Sequence[str] | None = attrs.field(default=None)
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

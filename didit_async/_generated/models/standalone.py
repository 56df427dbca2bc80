# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'standalone' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from didit_async._seam import mask

from ..enums import Environment, SessionKind, SessionStatus
from .sessions__retrieve__retrieve_decision_2 import SessionDecision
from .shared__cases_regulatory_reports import RegulatoryReportValidationError


@attrs.define(frozen=True, kw_only=True, slots=False)
class ErrorBody:
    """The body of an error response. Didit's error bodies do not share one envelope, so read them
    defensively: usually a DRF-style `{"detail": "..."}`, often with a stable `code` next to it
    (`contract_billing_suspended`, `in_filed_report`, `application_deleted`); some endpoints
    (Digital ID wallets) put the code in `error`; validation errors may be field-keyed
    (`{"sign": "signature_document_changed"}`, `{"workflow_id": ["This field is required."]}`),
    kept in the additional properties; a 500 may carry no JSON body at all. Sources disagree on
    statuses: a bad or missing API key is 401 in the newest docs and 403 in legacy behaviour;
    insufficient credits are 402 (newest), 403 (Didit's agent skills) or 400 (one quick-start
    page). Clients should classify by status and then by `code`.
    """

    detail: str | None = attrs.field(default=None)
    """Human-readable reason (DRF style)."""
    code: str | None = attrs.field(default=None, repr=mask)
    """Stable machine-readable code, e.g. `contract_billing_suspended`, `in_filed_report`,
    `application_deleted`.
    """
    error: str | None = attrs.field(default=None)
    """Some endpoints (wallets) put the code here instead of `code`."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WebhookSessionPayload:
    """Payload of status.updated and data.updated. `decision` is present when the status is
    Approved, Declined, In Review or Abandoned.
    """

    webhook_type: str
    """status.updated or data.updated."""
    session_id: str
    event_id: str | None = attrs.field(default=None)
    """Stable across retries and destinations: deduplicate on it."""
    timestamp: int | None = attrs.field(default=None)
    """Unix seconds; must equal X-Timestamp."""
    created_at: int | str | None = attrs.field(default=None)
    application_id: str | None = attrs.field(default=None)
    environment: Environment | None = attrs.field(default=None)
    business_session_id: str | None = attrs.field(default=None)
    session_kind: SessionKind | None = attrs.field(default=None)
    status: SessionStatus | None = attrs.field(default=None)
    workflow_id: str | None = attrs.field(default=None)
    workflow_version: int | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | str | None = attrs.field(default=None)
    decision: SessionDecision | None = attrs.field(default=None)
    resubmit_info: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WebhookFieldChange:
    """WebhookFieldChange"""

    previous: Any | None = attrs.field(default=None)
    current: Any | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WebhookEntityPayload:
    """Payload of the user./business. status and data events: flat, no `data` wrapper (current
    docs). Sources disagree: an older page shows `{event, application_id, timestamp (ISO
    string), data{...}}`; those keys are tolerated.
    """

    webhook_type: str
    event_id: str | None = attrs.field(default=None)
    timestamp: int | str | None = attrs.field(default=None)
    application_id: str | None = attrs.field(default=None)
    environment: Environment | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    uuid: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    previous_status: str | None = attrs.field(default=None)
    changed_fields: list[str] | None = attrs.field(default=None)
    changes: dict[str, WebhookFieldChange] | None = attrs.field(default=None)
    event: str | None = attrs.field(default=None)
    """Older envelope: the event name."""
    data: dict[str, Any] | None = attrs.field(default=None)
    """Older envelope: the entity."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WebhookGenericPayload:
    """Envelope of the other events (activity, transaction, travel rule); their data is kept as is."""

    webhook_type: str
    event_id: str | None = attrs.field(default=None)
    timestamp: int | str | None = attrs.field(default=None)
    application_id: str | None = attrs.field(default=None)
    environment: Environment | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DatabaseValidationReportValidationValidation:
    """DatabaseValidationReportValidationValidation"""

    full_name: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    identification_number: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DatabaseValidationReportValidation:
    """DatabaseValidationReportValidation"""

    service_id: str | None = attrs.field(default=None)
    service_name: str | None = attrs.field(default=None)
    validation: DatabaseValidationReportValidationValidation | None = attrs.field(default=None)
    outcome_code: str | None = attrs.field(default=None)
    outcome_detail: str | None = attrs.field(default=None)
    source_data: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ReportTemplateErrorBody:
    """A refused report template: each reason in `errors`."""

    detail: str | None = attrs.field(default=None)
    errors: list[str] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class RegulatoryReportFinalizeErrorBody:
    """A report that cannot be finalized: `detail`, and each problem in `errors`."""

    detail: str | None = attrs.field(default=None)
    errors: list[RegulatoryReportValidationError] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class RegulatoryReportNotReadyBody:
    """The report has no file yet: `detail`, and the report's `status`."""

    detail: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
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

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'transactions__create__list__retrieve' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from didit_async._seam import mask


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRuleHit:
    """TransactionRuleHit"""

    rule: str | None = attrs.field(default=None)
    action: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionTag:
    """TransactionTag"""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    color: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionPartyDeviceNetworkContext:
    """TransactionPartyDeviceNetworkContext"""

    ip_address: str | None = attrs.field(default=None)
    ip_country_code: str | None = attrs.field(default=None)
    latitude: float | None = attrs.field(default=None)
    longitude: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionPartyDevice:
    """TransactionPartyDevice"""

    fingerprint: str | None = attrs.field(default=None)
    persistent_device_id: str | None = attrs.field(default=None)
    user_agent: str | None = attrs.field(default=None)
    browser_family: str | None = attrs.field(default=None)
    browser_version: str | None = attrs.field(default=None)
    platform: str | None = attrs.field(default=None)
    os_family: str | None = attrs.field(default=None)
    os_version: str | None = attrs.field(default=None)
    accept_language: str | None = attrs.field(default=None)
    session_id: str | None = attrs.field(default=None)
    session_age_ms: float | None = attrs.field(default=None)
    network_context: TransactionPartyDeviceNetworkContext | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionParty:
    """TransactionParty"""

    uuid: str | None = attrs.field(default=None)
    role: str | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    kind: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    full_name: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    country_code: str | None = attrs.field(default=None)
    dob: str | None = attrs.field(default=None)
    address: dict[str, Any] | None = attrs.field(default=None)
    institution_info: dict[str, Any] | None = attrs.field(default=None)
    device: TransactionPartyDevice | None = attrs.field(default=None)
    external_party_snapshot: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionPaymentMethod:
    """TransactionPaymentMethod"""

    uuid: str | None = attrs.field(default=None)
    payment_method_type: str | None = attrs.field(default=None)
    label: str | None = attrs.field(default=None)
    fingerprint: str | None = attrs.field(default=None)
    account_id: str | None = attrs.field(default=None)
    issuing_country: str | None = attrs.field(default=None)
    owner_kind: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    owner_name: str | None = attrs.field(default=None)
    institution_info: dict[str, Any] | None = attrs.field(default=None)
    details: dict[str, Any] | None = attrs.field(default=None)
    external_owner_snapshot: dict[str, Any] | None = attrs.field(default=None)
    role: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionDocumentFile:
    """TransactionDocumentFile"""

    uuid: str | None = attrs.field(default=None)
    file_url: str | None = attrs.field(default=None)
    original_filename: str | None = attrs.field(default=None)
    file_size: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionDocument:
    """TransactionDocument"""

    uuid: str | None = attrs.field(default=None)
    label: str | None = attrs.field(default=None)
    note: str | None = attrs.field(default=None)
    uploaded_by: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    files: list[TransactionDocumentFile] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionActivity:
    """TransactionActivity"""

    uuid: str | None = attrs.field(default=None)
    activity_type: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    title: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    occurred_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionAlert:
    """TransactionAlert"""

    uuid: str | None = attrs.field(default=None)
    title: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    severity: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    due_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionEvaluatedRule:
    """TransactionEvaluatedRule"""

    uuid: str | None = attrs.field(default=None)
    rule: str | None = attrs.field(default=None)
    rule_title: str | None = attrs.field(default=None)
    rule_description: str | None = attrs.field(default=None)
    rule_category: str | None = attrs.field(default=None)
    matched: bool | None = attrs.field(default=None)
    is_test: bool | None = attrs.field(default=None)
    mode: str | None = attrs.field(default=None)
    severity: str | None = attrs.field(default=None)
    score_delta: int | None = attrs.field(default=None)
    status_target: str | None = attrs.field(default=None)
    action_summary: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionProviderResult:
    """TransactionProviderResult"""

    uuid: str | None = attrs.field(default=None)
    provider: str | None = attrs.field(default=None)
    result_type: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    severity: str | None = attrs.field(default=None)
    score: int | None = attrs.field(default=None)
    summary: str | None = attrs.field(default=None)
    payload: dict[str, Any] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionTravelRule:
    """TransactionTravelRule"""

    uuid: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    protocol: str | None = attrs.field(default=None)
    required: bool | None = attrs.field(default=None)
    obligations_count: int | None = attrs.field(default=None)
    originator_data: dict[str, Any] | None = attrs.field(default=None)
    beneficiary_data: dict[str, Any] | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionNetworkSnapshot:
    """TransactionNetworkSnapshot"""

    uuid: str | None = attrs.field(default=None)
    nodes: list[dict[str, Any]] | None = attrs.field(default=None)
    edges: list[dict[str, Any]] | None = attrs.field(default=None)
    metrics: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRemediation:
    """TransactionRemediation"""

    session_id: str | None = attrs.field(default=None)
    session_token: str | None = attrs.field(default=None, repr=mask)
    url: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionActionRequired:
    """TransactionActionRequired"""

    type: str | None = attrs.field(default=None)
    url: str | None = attrs.field(default=None)
    session_id: str | None = attrs.field(default=None)
    session_token: str | None = attrs.field(default=None, repr=mask)
    status: str | None = attrs.field(default=None)
    widget_session_id: str | None = attrs.field(default=None)
    expires_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class Transaction:
    """A monitored transaction and its rule evaluation (our reading of an unpublished shape;
    unknown fields kept).
    """

    transaction_id: str
    uuid: str | None = attrs.field(default=None)
    transaction_category: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    """APPROVED, IN_REVIEW or DECLINED after evaluation (our reading; other values kept)."""
    risk_score: float | None = attrs.field(default=None)
    rule_hits: list[TransactionRuleHit] | None = attrs.field(default=None)
    transaction_details: dict[str, Any] | None = attrs.field(default=None)
    subject: dict[str, Any] | None = attrs.field(default=None)
    counterparty: dict[str, Any] | None = attrs.field(default=None)
    custom_properties: dict[str, Any] | None = attrs.field(default=None)
    transaction_at: str | None = attrs.field(default=None)
    time_zone: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    transaction_number: int | None = attrs.field(default=None)
    txn_id: str | None = attrs.field(default=None)
    transaction_type: str | None = attrs.field(default=None)
    action_type: str | None = attrs.field(default=None)
    direction: str | None = attrs.field(default=None)
    amount: str | None = attrs.field(default=None)
    currency: str | None = attrs.field(default=None)
    preferred_currency_amount: str | None = attrs.field(default=None)
    preferred_currency_code: str | None = attrs.field(default=None)
    payment_details: str | None = attrs.field(default=None)
    score: int | None = attrs.field(default=None)
    severity: str | None = attrs.field(default=None)
    subject_name: str | None = attrs.field(default=None)
    subject_vendor_data: str | None = attrs.field(default=None)
    subject_country: str | None = attrs.field(default=None)
    counterparty_name: str | None = attrs.field(default=None)
    counterparty_vendor_data: str | None = attrs.field(default=None)
    counterparty_country: str | None = attrs.field(default=None)
    tags: list[TransactionTag] | None = attrs.field(default=None)
    txn_date: str | None = attrs.field(default=None)
    decision_reason_code: str | None = attrs.field(default=None)
    decision_reason_label: str | None = attrs.field(default=None)
    assigned_to_name: str | None = attrs.field(default=None)
    environment: str | None = attrs.field(default=None)
    zone_id: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    currency_type: str | None = attrs.field(default=None)
    amount_in_default_currency: str | None = attrs.field(default=None)
    default_currency_code: str | None = attrs.field(default=None)
    payment_txn_id: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    props: dict[str, Any] | None = attrs.field(default=None)
    parties: list[TransactionParty] | None = attrs.field(default=None)
    payment_methods: list[TransactionPaymentMethod] | None = attrs.field(default=None)
    documents: list[TransactionDocument] | None = attrs.field(default=None)
    activities: list[TransactionActivity] | None = attrs.field(default=None)
    alerts: list[TransactionAlert] | None = attrs.field(default=None)
    rule_runs: list[TransactionEvaluatedRule] | None = attrs.field(default=None)
    provider_results: list[TransactionProviderResult] | None = attrs.field(default=None)
    travel_rule: TransactionTravelRule | None = attrs.field(default=None)
    network_snapshot: TransactionNetworkSnapshot | None = attrs.field(default=None)
    remediation: TransactionRemediation | None = attrs.field(default=None)
    action_required: TransactionActionRequired | None = attrs.field(default=None)
    cost_breakdown: dict[str, Any] | None = attrs.field(default=None)
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

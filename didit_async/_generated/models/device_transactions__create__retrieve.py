# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'device_transactions__create__retrieve' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from didit_async._seam import mask


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionTag:
    """DeviceTransactionTag"""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    color: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionPartyDeviceNetworkContext:
    """DeviceTransactionPartyDeviceNetworkContext"""

    ip_address: str | None = attrs.field(default=None)
    ip_country_code: str | None = attrs.field(default=None)
    latitude: float | None = attrs.field(default=None)
    longitude: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionPartyDevice:
    """DeviceTransactionPartyDevice"""

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
    network_context: DeviceTransactionPartyDeviceNetworkContext | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionParty:
    """DeviceTransactionParty"""

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
    device: DeviceTransactionPartyDevice | None = attrs.field(default=None)
    external_party_snapshot: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionPaymentMethod:
    """DeviceTransactionPaymentMethod"""

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
class DeviceTransactionDocumentFile:
    """DeviceTransactionDocumentFile"""

    uuid: str | None = attrs.field(default=None)
    file_url: str | None = attrs.field(default=None)
    original_filename: str | None = attrs.field(default=None)
    file_size: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionDocument:
    """DeviceTransactionDocument"""

    uuid: str | None = attrs.field(default=None)
    label: str | None = attrs.field(default=None)
    note: str | None = attrs.field(default=None)
    uploaded_by: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    files: list[DeviceTransactionDocumentFile] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionActivity:
    """DeviceTransactionActivity"""

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
class DeviceTransactionAlert:
    """DeviceTransactionAlert"""

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
class DeviceTransactionRuleRun:
    """DeviceTransactionRuleRun"""

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
class DeviceTransactionProviderResult:
    """DeviceTransactionProviderResult"""

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
class DeviceTransactionTravelRule:
    """DeviceTransactionTravelRule"""

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
class DeviceTransactionNetworkSnapshot:
    """DeviceTransactionNetworkSnapshot"""

    uuid: str | None = attrs.field(default=None)
    nodes: list[dict[str, Any]] | None = attrs.field(default=None)
    edges: list[dict[str, Any]] | None = attrs.field(default=None)
    metrics: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionRemediation:
    """DeviceTransactionRemediation"""

    session_id: str | None = attrs.field(default=None)
    session_token: str | None = attrs.field(default=None, repr=mask)
    url: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionActionRequired:
    """What the user must do before the transaction can go on. Didit's facts give two shapes told
    apart by `type` (`verification_session`: a session to complete at `url`; `wallet_ownership`:
    prove control of the wallet in the widget at `url`), merged into one model here as for
    TransactionRuleAction.
    """

    type: str
    url: str
    session_id: str | None = attrs.field(default=None)
    session_token: str | None = attrs.field(default=None, repr=mask)
    status: str | None = attrs.field(default=None)
    widget_session_id: str | None = attrs.field(default=None)
    expires_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransaction:
    """DeviceTransaction"""

    uuid: str | None = attrs.field(default=None)
    environment: str | None = attrs.field(default=None)
    transaction_number: int | None = attrs.field(default=None)
    txn_id: str | None = attrs.field(default=None)
    txn_date: str | None = attrs.field(default=None)
    zone_id: str | None = attrs.field(default=None)
    transaction_type: str | None = attrs.field(default=None)
    action_type: str | None = attrs.field(default=None)
    direction: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    amount: str | None = attrs.field(default=None)
    currency: str | None = attrs.field(default=None)
    currency_type: str | None = attrs.field(default=None)
    amount_in_default_currency: str | None = attrs.field(default=None)
    default_currency_code: str | None = attrs.field(default=None)
    preferred_currency_amount: str | None = attrs.field(default=None)
    preferred_currency_code: str | None = attrs.field(default=None)
    payment_details: str | None = attrs.field(default=None)
    payment_txn_id: str | None = attrs.field(default=None)
    score: int | None = attrs.field(default=None)
    severity: str | None = attrs.field(default=None)
    decision_reason_code: str | None = attrs.field(default=None)
    decision_reason_label: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    props: dict[str, Any] | None = attrs.field(default=None)
    tags: list[DeviceTransactionTag] | None = attrs.field(default=None)
    parties: list[DeviceTransactionParty] | None = attrs.field(default=None)
    payment_methods: list[DeviceTransactionPaymentMethod] | None = attrs.field(default=None)
    documents: list[DeviceTransactionDocument] | None = attrs.field(default=None)
    activities: list[DeviceTransactionActivity] | None = attrs.field(default=None)
    alerts: list[DeviceTransactionAlert] | None = attrs.field(default=None)
    rule_runs: list[DeviceTransactionRuleRun] | None = attrs.field(default=None)
    provider_results: list[DeviceTransactionProviderResult] | None = attrs.field(default=None)
    travel_rule: DeviceTransactionTravelRule | None = attrs.field(default=None)
    network_snapshot: DeviceTransactionNetworkSnapshot | None = attrs.field(default=None)
    remediation: DeviceTransactionRemediation | None = attrs.field(default=None)
    action_required: DeviceTransactionActionRequired | None = attrs.field(default=None)
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

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'transactions__create' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs

from didit_async._seam import UNSET, Unset, mask

from ..enums import TransactionCategory


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestTransactionDetails:
    """TransactionCreateRequestTransactionDetails"""

    direction: str | None = attrs.field(default=None)
    amount: float | str | None = attrs.field(default=None)
    """A number, or a decimal string (Didit's examples send `"12.50"`); Didit's published schema
    says number.
    """
    currency: str | None = attrs.field(default=None)
    currency_kind: str | None = attrs.field(default=None)
    amount_in_default_currency: float | None | Unset = attrs.field(default=UNSET)
    default_currency: str | None = attrs.field(default=None)
    payment_details: str | None | Unset = attrs.field(default=UNSET)
    payment_reference_id: str | None | Unset = attrs.field(default=UNSET)
    action_type: str | None | Unset = attrs.field(default=UNSET)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestSubjectAddress:
    """TransactionCreateRequestSubjectAddress"""

    country: str | None = attrs.field(default=None)
    town: str | None = attrs.field(default=None)
    state: str | None = attrs.field(default=None)
    street: str | None = attrs.field(default=None)
    post_code: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestSubjectInstitutionDetails:
    """TransactionCreateRequestSubjectInstitutionDetails"""

    name: str | None = attrs.field(default=None)
    code: str | None = attrs.field(default=None, repr=mask)
    address: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestSubjectDeviceContextNetworkContext:
    """TransactionCreateRequestSubjectDeviceContextNetworkContext"""

    ip_address: str | None = attrs.field(default=None)
    ip_country_code: str | None = attrs.field(default=None)
    latitude: float | None = attrs.field(default=None)
    longitude: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestSubjectDeviceContext:
    """TransactionCreateRequestSubjectDeviceContext"""

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
    network_context: TransactionCreateRequestSubjectDeviceContextNetworkContext | None = (
        attrs.field(default=None)
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestSubjectPaymentMethod:
    """TransactionCreateRequestSubjectPaymentMethod"""

    method_type: str | None = attrs.field(default=None)
    account_id: str | None = attrs.field(default=None)
    issuing_country: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestSubject:
    """TransactionCreateRequestSubject"""

    entity_type: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    full_name: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    address: TransactionCreateRequestSubjectAddress | None = attrs.field(default=None)
    institution_details: TransactionCreateRequestSubjectInstitutionDetails | None = attrs.field(
        default=None
    )
    device_context: TransactionCreateRequestSubjectDeviceContext | None = attrs.field(default=None)
    payment_method: TransactionCreateRequestSubjectPaymentMethod | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestCounterpartyDeviceContextNetworkContext:
    """TransactionCreateRequestCounterpartyDeviceContextNetworkContext"""

    ip_address: str | None = attrs.field(default=None)
    ip_country_code: str | None = attrs.field(default=None)
    latitude: float | None = attrs.field(default=None)
    longitude: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestCounterpartyDeviceContext:
    """TransactionCreateRequestCounterpartyDeviceContext"""

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
    network_context: TransactionCreateRequestCounterpartyDeviceContextNetworkContext | None = (
        attrs.field(default=None)
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestCounterpartyPaymentMethod:
    """TransactionCreateRequestCounterpartyPaymentMethod"""

    method_type: str | None = attrs.field(default=None)
    account_id: str | None = attrs.field(default=None)
    issuing_country: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestCounterparty:
    """TransactionCreateRequestCounterparty"""

    entity_type: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    full_name: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    address: dict[str, Any] | None = attrs.field(default=None)
    institution_details: dict[str, Any] | None = attrs.field(default=None)
    device_context: TransactionCreateRequestCounterpartyDeviceContext | None = attrs.field(
        default=None
    )
    payment_method: TransactionCreateRequestCounterpartyPaymentMethod | None = attrs.field(
        default=None
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestTravelRuleDetails:
    """TransactionCreateRequestTravelRuleDetails"""

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
class TransactionCreateRequestNetworkSnapshot:
    """TransactionCreateRequestNetworkSnapshot"""

    nodes: list[dict[str, Any]] | None = attrs.field(default=None)
    edges: list[dict[str, Any]] | None = attrs.field(default=None)
    metrics: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequest:
    """TransactionCreateRequest"""

    transaction_id: str
    """Your unique identifier of the transaction."""
    transaction_category: (
        TransactionCategory
        | Literal[
            "finance",
            "kyc",
            "travel_rule",
            "user_event",
            "audit_trail_event",
            "gambling_bet",
            "gambling_limit_change",
            "gambling_bonus_change",
            "travelRule",
        ]
    )
    transaction_details: TransactionCreateRequestTransactionDetails | Mapping[str, Any]
    """Category-specific payload (for finance: amount, currency, direction, ...)."""
    subject: TransactionCreateRequestSubject | Mapping[str, Any]
    """Who initiates it, usually `{"vendor_data": ...}`."""
    counterparty: TransactionCreateRequestCounterparty | Mapping[str, Any] | None = attrs.field(
        default=None
    )
    """The other party."""
    transaction_at: str | None = attrs.field(default=None)
    time_zone: str | None = attrs.field(default=None)
    custom_properties: Mapping[str, Any] | None = attrs.field(default=None)
    """Values rules read as `custom_values.<key>`."""
    travel_rule_details: TransactionCreateRequestTravelRuleDetails | Mapping[str, Any] | None = (
        attrs.field(default=None)
    )
    network_snapshot: TransactionCreateRequestNetworkSnapshot | Mapping[str, Any] | None = (
        attrs.field(default=None)
    )
    include_crypto_screening: bool | None | Unset = attrs.field(default=UNSET)
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

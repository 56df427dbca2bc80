# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'device_transactions__create' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from didit_async._seam import UNSET, Unset


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionRequestInfo:
    """DeviceTransactionRequestInfo"""

    direction: str
    amount: float
    currency: str
    currency_type: str | None = attrs.field(default=None)
    amount_in_default_currency: float | None | Unset = attrs.field(default=UNSET)
    default_currency_code: str | None = attrs.field(default=None)
    payment_details: str | None | Unset = attrs.field(default=UNSET)
    payment_txn_id: str | None | Unset = attrs.field(default=UNSET)
    type: str | None | Unset = attrs.field(default=UNSET)
    crypto_params: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionRequestSubjectPaymentMethod:
    """DeviceTransactionRequestSubjectPaymentMethod"""

    type: str | None = attrs.field(default=None)
    account_id: str | None = attrs.field(default=None)
    issuing_country: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionRequestSubject:
    """DeviceTransactionRequestSubject"""

    full_name: str
    type: str | None = attrs.field(default=None)
    external_user_id: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    dob: str | None = attrs.field(default=None)
    address: dict[str, Any] | None = attrs.field(default=None)
    institution_info: dict[str, Any] | None = attrs.field(default=None)
    device: dict[str, Any] | None = attrs.field(default=None)
    payment_method: DeviceTransactionRequestSubjectPaymentMethod | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionRequestCounterparty:
    """DeviceTransactionRequestCounterparty"""

    type: str | None = attrs.field(default=None)
    external_user_id: str | None = attrs.field(default=None)
    full_name: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    dob: str | None = attrs.field(default=None)
    address: dict[str, Any] | None = attrs.field(default=None)
    institution_info: dict[str, Any] | None = attrs.field(default=None)
    device: dict[str, Any] | None = attrs.field(default=None)
    payment_method: DeviceTransactionRequestSubjectPaymentMethod | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionRequestTravelRule:
    """DeviceTransactionRequestTravelRule"""

    status: str
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
class DeviceTransactionRequest:
    """DeviceTransactionRequest"""

    txn_id: str
    type: str
    info: DeviceTransactionRequestInfo | Mapping[str, Any]
    subject: DeviceTransactionRequestSubject | Mapping[str, Any]
    txn_date: str | None = attrs.field(default=None)
    zone_id: str | None = attrs.field(default=None)
    counterparty: DeviceTransactionRequestCounterparty | Mapping[str, Any] | None = attrs.field(
        default=None
    )
    props: Mapping[str, Any] | None = attrs.field(default=None)
    travel_rule: DeviceTransactionRequestTravelRule | Mapping[str, Any] | None = attrs.field(
        default=None
    )
    include_crypto_screening: bool | None | Unset = attrs.field(default=UNSET)
    fingerprint_v2: Mapping[str, Any] | None = attrs.field(default=None)
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

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'kyb__retrieve_shareholders__retrieve_ubo' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybShareholdersRegistryOfficer:
    """KybShareholdersRegistryOfficer"""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    designation: str | None = attrs.field(default=None)
    role: str | None = attrs.field(default=None)
    nationality: str | None = attrs.field(default=None)
    is_active: bool | None = attrs.field(default=None)
    kyc_status: str | None = attrs.field(default=None)
    kyc_session_url: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    address: str | None = attrs.field(default=None)
    appointment_date: str | None = attrs.field(default=None)
    termination_date: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    date_of_birth_year: int | None = attrs.field(default=None)
    date_of_birth_month: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybShareholdersRegistryBeneficialOwner:
    """KybShareholdersRegistryBeneficialOwner"""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    roles: list[str] | None = attrs.field(default=None)
    ownership_min_shares: str | None = attrs.field(default=None)
    ownership_max_shares: str | None = attrs.field(default=None)
    is_active: bool | None = attrs.field(default=None)
    kyc_status: str | None = attrs.field(default=None)
    kyc_session_url: str | None = attrs.field(default=None)
    effective_ownership_percent: float | None = attrs.field(default=None)
    company_name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    country_of_birth: str | None = attrs.field(default=None)
    email: str | None = attrs.field(default=None)
    nationality: str | None = attrs.field(default=None)
    designation: str | None = attrs.field(default=None)
    voting_min_shares: str | None = attrs.field(default=None)
    voting_max_shares: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    appointment_date: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybShareholdersRegistryAddress:
    """KybShareholdersRegistryAddress"""

    address: str | None = attrs.field(default=None)
    type: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybShareholdersRegistry:
    """KybShareholdersRegistry"""

    uuid: str | None = attrs.field(default=None)
    node_id: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    registry_status: str | None = attrs.field(default=None)
    data_resolved: bool | None = attrs.field(default=None)
    company_name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    country_code: str | None = attrs.field(default=None)
    region: str | None = attrs.field(default=None)
    company_type: str | None = attrs.field(default=None)
    incorporation_date: str | None = attrs.field(default=None)
    registered_address: str | None = attrs.field(default=None)
    tax_number: str | None = attrs.field(default=None)
    risk_level: str | None = attrs.field(default=None)
    verification_status: str | None = attrs.field(default=None)
    is_from_registry: bool | None = attrs.field(default=None)
    fetch_status: str | None = attrs.field(default=None)
    alternative_names: str | None = attrs.field(default=None)
    nature_of_business: str | None = attrs.field(default=None)
    registered_capital: str | None = attrs.field(default=None)
    registered_capital_amount: str | None = attrs.field(default=None)
    registered_capital_currency: str | None = attrs.field(default=None)
    website: str | None = attrs.field(default=None)
    email: str | None = attrs.field(default=None)
    phone: str | None = attrs.field(default=None)
    legal_entity_identifier: str | None = attrs.field(default=None)
    location_of_registration: str | None = attrs.field(default=None)
    vat_number: str | None = attrs.field(default=None)
    vat_validation_status: str | None = attrs.field(default=None)
    vat_validated_name: str | None = attrs.field(default=None)
    vat_validated_address: str | None = attrs.field(default=None)
    vat_checked_at: str | None = attrs.field(default=None)
    financial_summary: dict[str, Any] | None = attrs.field(default=None)
    officers: list[KybShareholdersRegistryOfficer] | None = attrs.field(default=None)
    beneficial_owners: list[KybShareholdersRegistryBeneficialOwner] | None = attrs.field(
        default=None
    )
    addresses: list[KybShareholdersRegistryAddress] | None = attrs.field(default=None)
    industries: list[dict[str, Any]] | None = attrs.field(default=None)
    accounts: dict[str, Any] | None = attrs.field(default=None)
    registry_data: dict[str, Any] | None = attrs.field(default=None)
    user_provided_data: dict[str, Any] | None = attrs.field(default=None)
    confirmed_by_user_at: str | None = attrs.field(default=None)
    last_console_edit_at: str | None = attrs.field(default=None)
    is_editable: bool | None = attrs.field(default=None)
    registry_tier_delivered: str | None = attrs.field(default=None)
    registry_ownership_status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybShareholdersResponse:
    """KybShareholdersResponse"""

    request_id: str | None = attrs.field(default=None)
    registry_tier_requested: str | None = attrs.field(default=None)
    registry_tier_delivered: str | None = attrs.field(default=None)
    kyb_registry: KybShareholdersRegistry | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
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

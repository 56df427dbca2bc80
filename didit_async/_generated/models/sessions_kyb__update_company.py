# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'sessions_kyb__update_company' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any, Literal

import attrs

from didit_async._seam import UNSET, Unset


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybCompanyUpdateRequest:
    """KybCompanyUpdateRequest"""

    company_name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    country_code: str | None = attrs.field(default=None)
    region: str | None | Unset = attrs.field(default=UNSET)
    incorporation_date: str | None = attrs.field(default=None)
    registration_date: str | None | Unset = attrs.field(default=UNSET)
    dissolution_date: str | None | Unset = attrs.field(default=UNSET)
    tax_number: str | None = attrs.field(default=None)
    legal_address: str | None = attrs.field(default=None)
    company_type: str | None = attrs.field(default=None)
    registry_status: (
        Literal[
            "active",
            "dissolved",
            "deregistered",
            "see full details",
            "authorised",
            "appointed representative",
            "unauthorised",
            "inactive",
            "no longer authorised",
            "closed",
            "struck off",
        ]
        | None
        | Unset
    ) = attrs.field(default=UNSET)
    verification_status: Literal["verified", "failed", "unknown"] | None | Unset = attrs.field(
        default=UNSET
    )
    alternative_names: str | None = attrs.field(default=None)
    nature_of_business: str | None = attrs.field(default=None)
    registered_capital: str | None = attrs.field(default=None)
    registered_capital_amount: float | None | Unset = attrs.field(default=UNSET)
    registered_capital_currency: str | None | Unset = attrs.field(default=UNSET)
    website: str | None = attrs.field(default=None)
    email: str | None = attrs.field(default=None)
    phone: str | None = attrs.field(default=None)
    legal_entity_identifier: str | None = attrs.field(default=None)
    location_of_registration: str | None = attrs.field(default=None)
    vat_number: str | None = attrs.field(default=None)
    control_scheme: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybCompanyData:
    """KybCompanyData"""

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
    officers: list[dict[str, Any]] | None = attrs.field(default=None)
    beneficial_owners: list[dict[str, Any]] | None = attrs.field(default=None)
    addresses: list[dict[str, Any]] | None = attrs.field(default=None)
    industries: list[dict[str, Any]] | None = attrs.field(default=None)
    accounts: dict[str, Any] | None = attrs.field(default=None)
    registry_data: dict[str, Any] | None = attrs.field(default=None)
    user_provided_data: dict[str, Any] | None = attrs.field(default=None)
    confirmed_by_user_at: str | None = attrs.field(default=None)
    last_console_edit_at: str | None = attrs.field(default=None)
    is_editable: bool | None = attrs.field(default=None)
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

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'kyb__retrieve_shareholders__retrieve_ubo' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.kyb__retrieve_shareholders__retrieve_ubo import (
    KybShareholdersRegistry,
    KybShareholdersRegistryAddress,
    KybShareholdersRegistryBeneficialOwner,
    KybShareholdersRegistryOfficer,
    KybShareholdersResponse,
)
from . import Table, encode_by_table, keys_of, new_object

_U_KybShareholdersRegistryOfficer: Table = (
    ("uuid", "uuid", None, False),
    ("name", "name", None, False),
    ("designation", "designation", None, False),
    ("role", "role", None, False),
    ("nationality", "nationality", None, False),
    ("is_active", "is_active", None, False),
    ("kyc_status", "kyc_status", None, False),
    ("kyc_session_url", "kyc_session_url", None, False),
    ("first_name", "first_name", None, False),
    ("last_name", "last_name", None, False),
    ("address", "address", None, False),
    ("appointment_date", "appointment_date", None, False),
    ("termination_date", "termination_date", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("date_of_birth_year", "date_of_birth_year", None, False),
    ("date_of_birth_month", "date_of_birth_month", None, False),
)


def unstructure_KybShareholdersRegistryOfficer(o: KybShareholdersRegistryOfficer) -> dict[str, Any]:
    """Encode :class:`KybShareholdersRegistryOfficer` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybShareholdersRegistryOfficer)


def structure_KybShareholdersRegistryOfficer(d: Any) -> KybShareholdersRegistryOfficer:
    """Decode a JSON object into :class:`KybShareholdersRegistryOfficer`."""
    o = new_object(KybShareholdersRegistryOfficer)
    vals = o.__dict__
    vals.update(d)
    if _K_KybShareholdersRegistryOfficer.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybShareholdersRegistryOfficer
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybShareholdersRegistryBeneficialOwner: Table = (
    ("uuid", "uuid", None, False),
    ("name", "name", None, False),
    ("first_name", "first_name", None, False),
    ("last_name", "last_name", None, False),
    ("entity_type", "entity_type", None, False),
    ("roles", "roles", None, False),
    ("ownership_min_shares", "ownership_min_shares", None, False),
    ("ownership_max_shares", "ownership_max_shares", None, False),
    ("is_active", "is_active", None, False),
    ("kyc_status", "kyc_status", None, False),
    ("kyc_session_url", "kyc_session_url", None, False),
    ("effective_ownership_percent", "effective_ownership_percent", None, False),
    ("company_name", "company_name", None, False),
    ("registration_number", "registration_number", None, False),
    ("country_of_birth", "country_of_birth", None, False),
    ("email", "email", None, False),
    ("nationality", "nationality", None, False),
    ("designation", "designation", None, False),
    ("voting_min_shares", "voting_min_shares", None, False),
    ("voting_max_shares", "voting_max_shares", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("appointment_date", "appointment_date", None, False),
)


def unstructure_KybShareholdersRegistryBeneficialOwner(
    o: KybShareholdersRegistryBeneficialOwner,
) -> dict[str, Any]:
    """Encode :class:`KybShareholdersRegistryBeneficialOwner` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybShareholdersRegistryBeneficialOwner)


def structure_KybShareholdersRegistryBeneficialOwner(
    d: Any,
) -> KybShareholdersRegistryBeneficialOwner:
    """Decode a JSON object into :class:`KybShareholdersRegistryBeneficialOwner`."""
    o = new_object(KybShareholdersRegistryBeneficialOwner)
    vals = o.__dict__
    vals.update(d)
    if _K_KybShareholdersRegistryBeneficialOwner.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybShareholdersRegistryBeneficialOwner
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybShareholdersRegistryAddress: Table = (
    ("address", "address", None, False),
    ("type", "type", None, False),
    ("description", "description", None, False),
)


def unstructure_KybShareholdersRegistryAddress(o: KybShareholdersRegistryAddress) -> dict[str, Any]:
    """Encode :class:`KybShareholdersRegistryAddress` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybShareholdersRegistryAddress)


def structure_KybShareholdersRegistryAddress(d: Any) -> KybShareholdersRegistryAddress:
    """Decode a JSON object into :class:`KybShareholdersRegistryAddress`."""
    o = new_object(KybShareholdersRegistryAddress)
    vals = o.__dict__
    vals.update(d)
    if _K_KybShareholdersRegistryAddress.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybShareholdersRegistryAddress
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybShareholdersRegistry: Table = (
    ("uuid", "uuid", None, False),
    ("node_id", "node_id", None, False),
    ("status", "status", None, False),
    ("registry_status", "registry_status", None, False),
    ("data_resolved", "data_resolved", None, False),
    ("company_name", "company_name", None, False),
    ("registration_number", "registration_number", None, False),
    ("country_code", "country_code", None, False),
    ("region", "region", None, False),
    ("company_type", "company_type", None, False),
    ("incorporation_date", "incorporation_date", None, False),
    ("registered_address", "registered_address", None, False),
    ("tax_number", "tax_number", None, False),
    ("risk_level", "risk_level", None, False),
    ("verification_status", "verification_status", None, False),
    ("is_from_registry", "is_from_registry", None, False),
    ("fetch_status", "fetch_status", None, False),
    ("alternative_names", "alternative_names", None, False),
    ("nature_of_business", "nature_of_business", None, False),
    ("registered_capital", "registered_capital", None, False),
    ("registered_capital_amount", "registered_capital_amount", None, False),
    ("registered_capital_currency", "registered_capital_currency", None, False),
    ("website", "website", None, False),
    ("email", "email", None, False),
    ("phone", "phone", None, False),
    ("legal_entity_identifier", "legal_entity_identifier", None, False),
    ("location_of_registration", "location_of_registration", None, False),
    ("vat_number", "vat_number", None, False),
    ("vat_validation_status", "vat_validation_status", None, False),
    ("vat_validated_name", "vat_validated_name", None, False),
    ("vat_validated_address", "vat_validated_address", None, False),
    ("vat_checked_at", "vat_checked_at", None, False),
    (
        "financial_summary",
        "financial_summary",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "officers",
        "officers",
        lambda v: (
            [
                unstructure_KybShareholdersRegistryOfficer(x)
                if isinstance(x, KybShareholdersRegistryOfficer)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "beneficial_owners",
        "beneficial_owners",
        lambda v: (
            [
                unstructure_KybShareholdersRegistryBeneficialOwner(x)
                if isinstance(x, KybShareholdersRegistryBeneficialOwner)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "addresses",
        "addresses",
        lambda v: (
            [
                unstructure_KybShareholdersRegistryAddress(x)
                if isinstance(x, KybShareholdersRegistryAddress)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "industries",
        "industries",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "accounts",
        "accounts",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "registry_data",
        "registry_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "user_provided_data",
        "user_provided_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("confirmed_by_user_at", "confirmed_by_user_at", None, False),
    ("last_console_edit_at", "last_console_edit_at", None, False),
    ("is_editable", "is_editable", None, False),
    ("registry_tier_delivered", "registry_tier_delivered", None, False),
    ("registry_ownership_status", "registry_ownership_status", None, False),
)


def unstructure_KybShareholdersRegistry(o: KybShareholdersRegistry) -> dict[str, Any]:
    """Encode :class:`KybShareholdersRegistry` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybShareholdersRegistry)


def structure_KybShareholdersRegistry(d: Any) -> KybShareholdersRegistry:
    """Decode a JSON object into :class:`KybShareholdersRegistry`."""
    v: Any
    o = new_object(KybShareholdersRegistry)
    vals = o.__dict__
    vals.update(d)
    if _K_KybShareholdersRegistry.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybShareholdersRegistry
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "officers" in vals:
        v = vals["officers"]
        if v and v.__class__ is list:
            vals["officers"] = [
                structure_KybShareholdersRegistryOfficer(x) if x.__class__ is dict else x for x in v
            ]
    if "beneficial_owners" in vals:
        v = vals["beneficial_owners"]
        if v and v.__class__ is list:
            vals["beneficial_owners"] = [
                structure_KybShareholdersRegistryBeneficialOwner(x) if x.__class__ is dict else x
                for x in v
            ]
    if "addresses" in vals:
        v = vals["addresses"]
        if v and v.__class__ is list:
            vals["addresses"] = [
                structure_KybShareholdersRegistryAddress(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_KybShareholdersResponse: Table = (
    ("request_id", "request_id", None, False),
    ("registry_tier_requested", "registry_tier_requested", None, False),
    ("registry_tier_delivered", "registry_tier_delivered", None, False),
    (
        "kyb_registry",
        "kyb_registry",
        lambda v: (
            unstructure_KybShareholdersRegistry(v) if isinstance(v, KybShareholdersRegistry) else v
        ),
        False,
    ),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_KybShareholdersResponse(o: KybShareholdersResponse) -> dict[str, Any]:
    """Encode :class:`KybShareholdersResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybShareholdersResponse)


def structure_KybShareholdersResponse(d: Any) -> KybShareholdersResponse:
    """Decode a JSON object into :class:`KybShareholdersResponse`."""
    v: Any
    o = new_object(KybShareholdersResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_KybShareholdersResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybShareholdersResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "kyb_registry" in vals:
        v = vals["kyb_registry"]
        if v.__class__ is dict:
            vals["kyb_registry"] = structure_KybShareholdersRegistry(v)
    return o


_K_KybShareholdersRegistryOfficer = keys_of(_U_KybShareholdersRegistryOfficer)
_K_KybShareholdersRegistryBeneficialOwner = keys_of(_U_KybShareholdersRegistryBeneficialOwner)
_K_KybShareholdersRegistryAddress = keys_of(_U_KybShareholdersRegistryAddress)
_K_KybShareholdersRegistry = keys_of(_U_KybShareholdersRegistry)
_K_KybShareholdersResponse = keys_of(_U_KybShareholdersResponse)

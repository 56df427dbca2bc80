# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'kyb__select' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.kyb__select import (
    KybCompanyRecord,
    KybCompanyRecordKybRegistry,
    KybCompanyRecordKybRegistryAddress,
    KybCompanyRecordKybRegistryBeneficialOwner,
    KybCompanyRecordKybRegistryOfficer,
    KybOfficer,
    KybSelectRequest,
)
from ..models.shared__businesses_kyb import Business
from . import Table, check_model, encode_by_table, keys_of, new_object
from .shared__businesses_kyb import structure_Business, unstructure_Business

_U_KybSelectRequest: Table = (
    ("kyb_response_id", "kyb_response_id", None, True),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
    ("save_api_request", "save_api_request", None, False),
)


def unstructure_KybSelectRequest(o: KybSelectRequest) -> dict[str, Any]:
    """Encode :class:`KybSelectRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybSelectRequest)


def structure_KybSelectRequest(d: Any) -> KybSelectRequest:
    """Decode a JSON object into :class:`KybSelectRequest`."""
    o = new_object(KybSelectRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_KybSelectRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybSelectRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_KybSelectRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid KybSelectRequest."""
    check_model(d, at, _V_KybSelectRequest, _K_KybSelectRequest)


_U_KybOfficer: Table = (
    ("name", "name", None, False),
    ("role", "role", None, False),
    ("appointed_on", "appointed_on", None, False),
)


def unstructure_KybOfficer(o: KybOfficer) -> dict[str, Any]:
    """Encode :class:`KybOfficer` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybOfficer)


def structure_KybOfficer(d: Any) -> KybOfficer:
    """Decode a JSON object into :class:`KybOfficer`."""
    o = new_object(KybOfficer)
    vals = o.__dict__
    vals.update(d)
    if _K_KybOfficer.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybOfficer
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybCompanyRecordKybRegistryOfficer: Table = (
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


def unstructure_KybCompanyRecordKybRegistryOfficer(
    o: KybCompanyRecordKybRegistryOfficer,
) -> dict[str, Any]:
    """Encode :class:`KybCompanyRecordKybRegistryOfficer` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybCompanyRecordKybRegistryOfficer)


def structure_KybCompanyRecordKybRegistryOfficer(d: Any) -> KybCompanyRecordKybRegistryOfficer:
    """Decode a JSON object into :class:`KybCompanyRecordKybRegistryOfficer`."""
    o = new_object(KybCompanyRecordKybRegistryOfficer)
    vals = o.__dict__
    vals.update(d)
    if _K_KybCompanyRecordKybRegistryOfficer.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybCompanyRecordKybRegistryOfficer
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybCompanyRecordKybRegistryBeneficialOwner: Table = (
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


def unstructure_KybCompanyRecordKybRegistryBeneficialOwner(
    o: KybCompanyRecordKybRegistryBeneficialOwner,
) -> dict[str, Any]:
    """Encode :class:`KybCompanyRecordKybRegistryBeneficialOwner` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybCompanyRecordKybRegistryBeneficialOwner)


def structure_KybCompanyRecordKybRegistryBeneficialOwner(
    d: Any,
) -> KybCompanyRecordKybRegistryBeneficialOwner:
    """Decode a JSON object into :class:`KybCompanyRecordKybRegistryBeneficialOwner`."""
    o = new_object(KybCompanyRecordKybRegistryBeneficialOwner)
    vals = o.__dict__
    vals.update(d)
    if _K_KybCompanyRecordKybRegistryBeneficialOwner.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybCompanyRecordKybRegistryBeneficialOwner
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybCompanyRecordKybRegistryAddress: Table = (
    ("address", "address", None, False),
    ("type", "type", None, False),
    ("description", "description", None, False),
)


def unstructure_KybCompanyRecordKybRegistryAddress(
    o: KybCompanyRecordKybRegistryAddress,
) -> dict[str, Any]:
    """Encode :class:`KybCompanyRecordKybRegistryAddress` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybCompanyRecordKybRegistryAddress)


def structure_KybCompanyRecordKybRegistryAddress(d: Any) -> KybCompanyRecordKybRegistryAddress:
    """Decode a JSON object into :class:`KybCompanyRecordKybRegistryAddress`."""
    o = new_object(KybCompanyRecordKybRegistryAddress)
    vals = o.__dict__
    vals.update(d)
    if _K_KybCompanyRecordKybRegistryAddress.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybCompanyRecordKybRegistryAddress
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybCompanyRecordKybRegistry: Table = (
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
                unstructure_KybCompanyRecordKybRegistryOfficer(x)
                if isinstance(x, KybCompanyRecordKybRegistryOfficer)
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
                unstructure_KybCompanyRecordKybRegistryBeneficialOwner(x)
                if isinstance(x, KybCompanyRecordKybRegistryBeneficialOwner)
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
                unstructure_KybCompanyRecordKybRegistryAddress(x)
                if isinstance(x, KybCompanyRecordKybRegistryAddress)
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


def unstructure_KybCompanyRecordKybRegistry(o: KybCompanyRecordKybRegistry) -> dict[str, Any]:
    """Encode :class:`KybCompanyRecordKybRegistry` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybCompanyRecordKybRegistry)


def structure_KybCompanyRecordKybRegistry(d: Any) -> KybCompanyRecordKybRegistry:
    """Decode a JSON object into :class:`KybCompanyRecordKybRegistry`."""
    v: Any
    o = new_object(KybCompanyRecordKybRegistry)
    vals = o.__dict__
    vals.update(d)
    if _K_KybCompanyRecordKybRegistry.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybCompanyRecordKybRegistry
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "officers" in vals:
        v = vals["officers"]
        if v and v.__class__ is list:
            vals["officers"] = [
                structure_KybCompanyRecordKybRegistryOfficer(x) if x.__class__ is dict else x
                for x in v
            ]
    if "beneficial_owners" in vals:
        v = vals["beneficial_owners"]
        if v and v.__class__ is list:
            vals["beneficial_owners"] = [
                structure_KybCompanyRecordKybRegistryBeneficialOwner(x)
                if x.__class__ is dict
                else x
                for x in v
            ]
    if "addresses" in vals:
        v = vals["addresses"]
        if v and v.__class__ is list:
            vals["addresses"] = [
                structure_KybCompanyRecordKybRegistryAddress(x) if x.__class__ is dict else x
                for x in v
            ]
    return o


_U_KybCompanyRecord: Table = (
    ("kyb_response_id", "kyb_response_id", None, False),
    ("name", "name", None, False),
    ("legal_name", "legal_name", None, False),
    ("registration_number", "registration_number", None, False),
    ("country_code", "country_code", None, False),
    ("status", "status", None, False),
    ("incorporation_date", "incorporation_date", None, False),
    ("address", "address", None, False),
    (
        "officers",
        "officers",
        lambda v: (
            [unstructure_KybOfficer(x) if isinstance(x, KybOfficer) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("vendor_data", "vendor_data", None, False),
    (
        "business",
        "business",
        lambda v: unstructure_Business(v) if isinstance(v, Business) else v,
        False,
    ),
    ("request_id", "request_id", None, False),
    ("registry_tier_requested", "registry_tier_requested", None, False),
    ("registry_tier_delivered", "registry_tier_delivered", None, False),
    (
        "kyb_registry",
        "kyb_registry",
        lambda v: (
            unstructure_KybCompanyRecordKybRegistry(v)
            if isinstance(v, KybCompanyRecordKybRegistry)
            else v
        ),
        False,
    ),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_KybCompanyRecord(o: KybCompanyRecord) -> dict[str, Any]:
    """Encode :class:`KybCompanyRecord` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybCompanyRecord)


def structure_KybCompanyRecord(d: Any) -> KybCompanyRecord:
    """Decode a JSON object into :class:`KybCompanyRecord`."""
    v: Any
    o = new_object(KybCompanyRecord)
    vals = o.__dict__
    vals.update(d)
    if _K_KybCompanyRecord.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybCompanyRecord
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "officers" in vals:
        v = vals["officers"]
        if v and v.__class__ is list:
            vals["officers"] = [structure_KybOfficer(x) if x.__class__ is dict else x for x in v]
    if "business" in vals:
        v = vals["business"]
        if v.__class__ is dict:
            vals["business"] = structure_Business(v)
    if "kyb_registry" in vals:
        v = vals["kyb_registry"]
        if v.__class__ is dict:
            vals["kyb_registry"] = structure_KybCompanyRecordKybRegistry(v)
    return o


_K_KybSelectRequest = keys_of(_U_KybSelectRequest)
_K_KybOfficer = keys_of(_U_KybOfficer)
_K_KybCompanyRecordKybRegistryOfficer = keys_of(_U_KybCompanyRecordKybRegistryOfficer)
_K_KybCompanyRecordKybRegistryBeneficialOwner = keys_of(
    _U_KybCompanyRecordKybRegistryBeneficialOwner
)
_K_KybCompanyRecordKybRegistryAddress = keys_of(_U_KybCompanyRecordKybRegistryAddress)
_K_KybCompanyRecordKybRegistry = keys_of(_U_KybCompanyRecordKybRegistry)
_K_KybCompanyRecord = keys_of(_U_KybCompanyRecord)

_V_KybSelectRequest: Any = (
    "KybSelectRequest",
    False,
    0,
    (
        ("kyb_response_id", True, False, ("str", 1, None, None, None, ())),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        ("metadata", False, True, ("obj",)),
        ("save_api_request", False, False, ("bool",)),
    ),
    (),
)

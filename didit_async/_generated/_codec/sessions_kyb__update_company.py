# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions_kyb__update_company' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_date, is_email

from ..models.sessions_kyb__update_company import KybCompanyData, KybCompanyUpdateRequest
from . import Table, _E_inline74, _E_inline153, check_model, encode_by_table, keys_of, new_object

_U_KybCompanyUpdateRequest: Table = (
    ("company_name", "company_name", None, False),
    ("registration_number", "registration_number", None, False),
    ("country_code", "country_code", None, False),
    ("region", "region", None, True),
    ("incorporation_date", "incorporation_date", None, False),
    ("registration_date", "registration_date", None, True),
    ("dissolution_date", "dissolution_date", None, True),
    ("tax_number", "tax_number", None, False),
    ("legal_address", "legal_address", None, False),
    ("company_type", "company_type", None, False),
    ("registry_status", "registry_status", None, True),
    ("verification_status", "verification_status", None, True),
    ("alternative_names", "alternative_names", None, False),
    ("nature_of_business", "nature_of_business", None, False),
    ("registered_capital", "registered_capital", None, False),
    ("registered_capital_amount", "registered_capital_amount", None, True),
    ("registered_capital_currency", "registered_capital_currency", None, True),
    ("website", "website", None, False),
    ("email", "email", None, False),
    ("phone", "phone", None, False),
    ("legal_entity_identifier", "legal_entity_identifier", None, False),
    ("location_of_registration", "location_of_registration", None, False),
    ("vat_number", "vat_number", None, False),
    ("control_scheme", "control_scheme", None, False),
)


def unstructure_KybCompanyUpdateRequest(o: KybCompanyUpdateRequest) -> dict[str, Any]:
    """Encode :class:`KybCompanyUpdateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybCompanyUpdateRequest)


def structure_KybCompanyUpdateRequest(d: Any) -> KybCompanyUpdateRequest:
    """Decode a JSON object into :class:`KybCompanyUpdateRequest`."""
    o = new_object(KybCompanyUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_KybCompanyUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybCompanyUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_KybCompanyUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid KybCompanyUpdateRequest."""
    check_model(d, at, _V_KybCompanyUpdateRequest, _K_KybCompanyUpdateRequest)


_U_KybCompanyData: Table = (
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
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "beneficial_owners",
        "beneficial_owners",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "addresses",
        "addresses",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
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
)


def unstructure_KybCompanyData(o: KybCompanyData) -> dict[str, Any]:
    """Encode :class:`KybCompanyData` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybCompanyData)


def structure_KybCompanyData(d: Any) -> KybCompanyData:
    """Decode a JSON object into :class:`KybCompanyData`."""
    o = new_object(KybCompanyData)
    vals = o.__dict__
    vals.update(d)
    if _K_KybCompanyData.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybCompanyData
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_KybCompanyUpdateRequest = keys_of(_U_KybCompanyUpdateRequest)
_K_KybCompanyData = keys_of(_U_KybCompanyData)

_V_KybCompanyUpdateRequest: Any = (
    "KybCompanyUpdateRequest",
    False,
    0,
    (
        ("company_name", False, False, ("str", None, 255, None, None, ())),
        ("registration_number", False, False, ("str", None, 100, None, None, ())),
        ("country_code", False, False, ("str", None, 2, None, None, ())),
        ("region", False, True, ("str", None, 10, None, None, ())),
        ("incorporation_date", False, False, ("str", None, None, None, (is_date, "date"), ())),
        ("registration_date", False, True, ("str", None, None, None, (is_date, "date"), ())),
        ("dissolution_date", False, True, ("str", None, None, None, (is_date, "date"), ())),
        ("tax_number", False, False, ("str", None, 100, None, None, ())),
        ("legal_address", False, False, ("str", None, None, None, None, ())),
        ("company_type", False, False, ("str", None, 100, None, None, ())),
        (
            "registry_status",
            False,
            True,
            (
                "enum",
                _E_inline74,
                "active, dissolved, deregistered, see full details, authorised, appointed representative, unauthorised, inactive, no longer authorised, closed, struck off",
            ),
        ),
        ("verification_status", False, True, ("enum", _E_inline153, "verified, failed, unknown")),
        ("alternative_names", False, False, ("str", None, None, None, None, ())),
        ("nature_of_business", False, False, ("str", None, None, None, None, ())),
        ("registered_capital", False, False, ("str", None, 100, None, None, ())),
        ("registered_capital_amount", False, True, ("num", None, None)),
        ("registered_capital_currency", False, True, ("str", None, 3, None, None, ())),
        ("website", False, False, ("str", None, 500, None, None, ())),
        ("email", False, False, ("str", None, None, None, (is_email, "email"), ())),
        ("phone", False, False, ("str", None, 50, None, None, ())),
        ("legal_entity_identifier", False, False, ("str", None, 50, None, None, ())),
        ("location_of_registration", False, False, ("str", None, 255, None, None, ())),
        ("vat_number", False, False, ("str", None, 64, None, None, ())),
        ("control_scheme", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'database_validation__validate' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_date, is_email

from ..models.database_validation__validate import (
    DatabaseValidationRequest,
    DatabaseValidationRequestAddress,
    DatabaseValidationResponse,
)
from ..models.shared__database_validation_sessions import DatabaseValidationReport
from . import (
    Table,
    _E_inline58,
    _E_inline61,
    _E_inline62,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)
from .shared__database_validation_sessions import (
    structure_DatabaseValidationReport,
    unstructure_DatabaseValidationReport,
)

_U_DatabaseValidationRequestAddress: Table = (
    ("street_1", "street_1", None, False),
    ("street_2", "street_2", None, False),
    ("city", "city", None, False),
    ("region", "region", None, False),
    ("postal_code", "postal_code", None, False),
    ("country", "country", None, False),
)


def unstructure_DatabaseValidationRequestAddress(
    o: DatabaseValidationRequestAddress,
) -> dict[str, Any]:
    """Encode :class:`DatabaseValidationRequestAddress` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DatabaseValidationRequestAddress)


def structure_DatabaseValidationRequestAddress(d: Any) -> DatabaseValidationRequestAddress:
    """Decode a JSON object into :class:`DatabaseValidationRequestAddress`."""
    o = new_object(DatabaseValidationRequestAddress)
    vals = o.__dict__
    vals.update(d)
    if _K_DatabaseValidationRequestAddress.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DatabaseValidationRequestAddress
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_DatabaseValidationRequestAddress(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid DatabaseValidationRequestAddress."""
    check_model(d, at, _V_DatabaseValidationRequestAddress, _K_DatabaseValidationRequestAddress)


_U_DatabaseValidationRequest: Table = (
    ("issuing_state", "issuing_state", None, False),
    ("validation_type", "validation_type", None, False),
    ("id_number", "id_number", None, False),
    ("personal_number", "personal_number", None, False),
    ("document_number", "document_number", None, False),
    ("first_name", "first_name", None, False),
    ("last_name", "last_name", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("save_api_request", "save_api_request", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("document_type", "document_type", None, False),
    ("full_name", "full_name", None, False),
    ("middle_name", "middle_name", None, False),
    ("gender", "gender", None, False),
    ("nationality", "nationality", None, False),
    ("tax_number", "tax_number", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
    ("no_match_action", "no_match_action", None, False),
    ("partial_match_action", "partial_match_action", None, False),
    ("services", "services", None, False),
    ("consent", "consent", None, False),
    ("identification_number", "identification_number", None, False),
    ("expiration_date", "expiration_date", None, False),
    ("date_of_issue", "date_of_issue", None, False),
    (
        "address",
        "address",
        lambda v: (
            (
                unstructure_DatabaseValidationRequestAddress(v)
                if isinstance(v, DatabaseValidationRequestAddress)
                else v
            )
            if isinstance(v, DatabaseValidationRequestAddress)
            else v
        ),
        False,
    ),
    ("address_element_1", "address_element_1", None, False),
    ("address_element_2", "address_element_2", None, False),
    ("address_element_3", "address_element_3", None, False),
    ("address_element_4", "address_element_4", None, False),
    ("address_element_5", "address_element_5", None, False),
    ("postal_code", "postal_code", None, False),
    ("driver_license_number", "driver_license_number", None, False),
    ("driver_license_card_number", "driver_license_card_number", None, False),
    ("driver_license_state", "driver_license_state", None, False),
    ("driver_license_version", "driver_license_version", None, False),
    ("passport_number", "passport_number", None, False),
    ("passport_expiration_date", "passport_expiration_date", None, False),
    ("passport_file_number", "passport_file_number", None, False),
    ("passport_issue_country", "passport_issue_country", None, False),
    ("medicare_card_number", "medicare_card_number", None, False),
    ("immi_card_number", "immi_card_number", None, False),
    ("immi_card_expiry_date", "immi_card_expiry_date", None, False),
    ("citizenship_certificate_number", "citizenship_certificate_number", None, False),
    ("birth_registration_number", "birth_registration_number", None, False),
    ("birth_registration_date", "birth_registration_date", None, False),
    ("birth_registration_state", "birth_registration_state", None, False),
    ("marriage_certificate_number", "marriage_certificate_number", None, False),
    ("change_of_name_certificate_number", "change_of_name_certificate_number", None, False),
    ("first_partner_name", "first_partner_name", None, False),
    ("last_partner_name", "last_partner_name", None, False),
    ("voter_id", "voter_id", None, False),
    ("epic_card", "epic_card", None, False),
    ("pan", "pan", None, False),
    ("national_id", "national_id", None, False),
    ("cic", "cic", None, False),
    ("identificador_ciudadano", "identificador_ciudadano", None, False),
    ("ocr", "ocr", None, False),
    ("voter_number", "voter_number", None, False),
    ("emission_number", "emission_number", None, False),
    ("bvn", "bvn", None, False),
    ("bank_card_number", "bank_card_number", None, False),
    ("ssn", "ssn", None, False),
    ("phone", "phone", None, False),
    ("landline", "landline", None, False),
    ("email", "email", None, False),
    ("country_of_residence", "country_of_residence", None, False),
)


def unstructure_DatabaseValidationRequest(o: DatabaseValidationRequest) -> dict[str, Any]:
    """Encode :class:`DatabaseValidationRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DatabaseValidationRequest)


def structure_DatabaseValidationRequest(d: Any) -> DatabaseValidationRequest:
    """Decode a JSON object into :class:`DatabaseValidationRequest`."""
    v: Any
    o = new_object(DatabaseValidationRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_DatabaseValidationRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DatabaseValidationRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "address" in vals:
        v = vals["address"]
        if v is not None:
            vals["address"] = (
                (structure_DatabaseValidationRequestAddress(v)) if v.__class__ is dict else (v)
            )
    return o


def validate_DatabaseValidationRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid DatabaseValidationRequest."""
    check_model(d, at, _V_DatabaseValidationRequest, _K_DatabaseValidationRequest)


_U_DatabaseValidationResponse: Table = (
    ("request_id", "request_id", None, False),
    (
        "database_validation",
        "database_validation",
        lambda v: (
            unstructure_DatabaseValidationReport(v)
            if isinstance(v, DatabaseValidationReport)
            else v
        ),
        False,
    ),
    ("created_at", "created_at", None, False),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_DatabaseValidationResponse(o: DatabaseValidationResponse) -> dict[str, Any]:
    """Encode :class:`DatabaseValidationResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DatabaseValidationResponse)


def structure_DatabaseValidationResponse(d: Any) -> DatabaseValidationResponse:
    """Decode a JSON object into :class:`DatabaseValidationResponse`."""
    v: Any
    o = new_object(DatabaseValidationResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_DatabaseValidationResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DatabaseValidationResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "database_validation" in vals:
        v = vals["database_validation"]
        if v.__class__ is dict:
            vals["database_validation"] = structure_DatabaseValidationReport(v)
    return o


_K_DatabaseValidationRequestAddress = keys_of(_U_DatabaseValidationRequestAddress)
_K_DatabaseValidationRequest = keys_of(_U_DatabaseValidationRequest)
_K_DatabaseValidationResponse = keys_of(_U_DatabaseValidationResponse)

_V_DatabaseValidationRequestAddress: Any = (
    "DatabaseValidationRequestAddress",
    False,
    0,
    (
        ("street_1", False, False, ("str", None, None, None, None, ())),
        ("street_2", False, False, ("str", None, None, None, None, ())),
        ("city", False, False, ("str", None, None, None, None, ())),
        ("region", False, False, ("str", None, None, None, None, ())),
        ("postal_code", False, False, ("str", None, None, None, None, ())),
        ("country", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

_V_DatabaseValidationRequest: Any = (
    "DatabaseValidationRequest",
    False,
    0,
    (
        ("issuing_state", False, False, ("str", None, None, None, None, ())),
        ("validation_type", False, False, ("str", None, None, None, None, ())),
        ("id_number", False, False, ("str", None, None, None, None, ())),
        ("personal_number", False, False, ("str", None, None, None, None, ())),
        ("document_number", False, False, ("str", None, None, None, None, ())),
        ("first_name", False, False, ("str", None, None, None, None, ())),
        ("last_name", False, False, ("str", None, None, None, None, ())),
        ("date_of_birth", False, False, ("str", None, None, None, (is_date, "date"), ())),
        ("save_api_request", False, False, ("bool",)),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        (
            "document_type",
            False,
            False,
            ("enum", _E_inline61, "P, DL, ID, RP, SSC, HIC, WP, TC, VISA, PSC, BC, OTHER"),
        ),
        ("full_name", False, False, ("str", None, None, None, None, ())),
        ("middle_name", False, False, ("str", None, None, None, None, ())),
        ("gender", False, False, ("enum", _E_inline62, "M, F, X")),
        ("nationality", False, False, ("str", None, None, None, None, ())),
        ("tax_number", False, False, ("str", None, None, None, None, ())),
        ("metadata", False, True, ("obj",)),
        ("no_match_action", False, False, ("enum", _E_inline58, "DECLINE, NO_ACTION")),
        ("partial_match_action", False, False, ("enum", _E_inline58, "DECLINE, NO_ACTION")),
        (
            "services",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
        ("consent", False, False, ("bool",)),
        ("identification_number", False, False, ("str", None, None, None, None, ())),
        ("expiration_date", False, False, ("str", None, None, None, (is_date, "date"), ())),
        ("date_of_issue", False, False, ("str", None, None, None, (is_date, "date"), ())),
        (
            "address",
            False,
            False,
            (
                "union",
                ("object", "string"),
                (
                    ("object", ("model", validate_DatabaseValidationRequestAddress)),
                    ("string", ("str", None, None, None, None, ())),
                ),
            ),
        ),
        ("address_element_1", False, False, ("str", None, None, None, None, ())),
        ("address_element_2", False, False, ("str", None, None, None, None, ())),
        ("address_element_3", False, False, ("str", None, None, None, None, ())),
        ("address_element_4", False, False, ("str", None, None, None, None, ())),
        ("address_element_5", False, False, ("str", None, None, None, None, ())),
        ("postal_code", False, False, ("str", None, None, None, None, ())),
        ("driver_license_number", False, False, ("str", None, None, None, None, ())),
        ("driver_license_card_number", False, False, ("str", None, None, None, None, ())),
        ("driver_license_state", False, False, ("str", None, None, None, None, ())),
        ("driver_license_version", False, False, ("str", None, None, None, None, ())),
        ("passport_number", False, False, ("str", None, None, None, None, ())),
        (
            "passport_expiration_date",
            False,
            False,
            ("str", None, None, None, (is_date, "date"), ()),
        ),
        ("passport_file_number", False, False, ("str", None, None, None, None, ())),
        ("passport_issue_country", False, False, ("str", None, None, None, None, ())),
        ("medicare_card_number", False, False, ("str", None, None, None, None, ())),
        ("immi_card_number", False, False, ("str", None, None, None, None, ())),
        ("immi_card_expiry_date", False, False, ("str", None, None, None, (is_date, "date"), ())),
        ("citizenship_certificate_number", False, False, ("str", None, None, None, None, ())),
        ("birth_registration_number", False, False, ("str", None, None, None, None, ())),
        ("birth_registration_date", False, False, ("str", None, None, None, (is_date, "date"), ())),
        ("birth_registration_state", False, False, ("str", None, None, None, None, ())),
        ("marriage_certificate_number", False, False, ("str", None, None, None, None, ())),
        ("change_of_name_certificate_number", False, False, ("str", None, None, None, None, ())),
        ("first_partner_name", False, False, ("str", None, None, None, None, ())),
        ("last_partner_name", False, False, ("str", None, None, None, None, ())),
        ("voter_id", False, False, ("str", None, None, None, None, ())),
        ("epic_card", False, False, ("str", None, None, None, None, ())),
        ("pan", False, False, ("str", None, None, None, None, ())),
        ("national_id", False, False, ("str", None, None, None, None, ())),
        ("cic", False, False, ("str", None, None, None, None, ())),
        ("identificador_ciudadano", False, False, ("str", None, None, None, None, ())),
        ("ocr", False, False, ("str", None, None, None, None, ())),
        ("voter_number", False, False, ("str", None, None, None, None, ())),
        ("emission_number", False, False, ("str", None, None, None, None, ())),
        ("bvn", False, False, ("str", None, None, None, None, ())),
        ("bank_card_number", False, False, ("str", None, None, None, None, ())),
        ("ssn", False, False, ("str", None, None, None, None, ())),
        ("phone", False, False, ("str", None, None, None, None, ())),
        ("landline", False, False, ("str", None, None, None, None, ())),
        ("email", False, False, ("str", None, None, None, (is_email, "email"), ())),
        ("country_of_residence", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

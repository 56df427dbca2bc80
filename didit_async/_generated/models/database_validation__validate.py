# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'database_validation__validate' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs

from didit_async._seam import UNSET, Unset

from .shared__database_validation_sessions import DatabaseValidationReport


@attrs.define(frozen=True, kw_only=True, slots=False)
class DatabaseValidationRequestAddress:
    """DatabaseValidationRequestAddress"""

    street_1: str | None = attrs.field(default=None)
    street_2: str | None = attrs.field(default=None)
    city: str | None = attrs.field(default=None)
    region: str | None = attrs.field(default=None)
    postal_code: str | None = attrs.field(default=None)
    country: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DatabaseValidationRequest:
    """Sources disagree: skills send `id_number` (required); the newest docs send `issuing_state`,
    `validation_type`, `personal_number` and more. Both accepted.
    """

    issuing_state: str | None = attrs.field(default=None)
    """Alpha-3."""
    validation_type: str | None = attrs.field(default=None)
    id_number: str | None = attrs.field(default=None)
    """Older (skills) name of the document number."""
    personal_number: str | None = attrs.field(default=None)
    document_number: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    save_api_request: bool | None = attrs.field(default=None)
    """Store the call as a manual check in the Console."""
    vendor_data: str | None = attrs.field(default=None)
    document_type: (
        Literal["P", "DL", "ID", "RP", "SSC", "HIC", "WP", "TC", "VISA", "PSC", "BC", "OTHER"]
        | None
    ) = attrs.field(default=None)
    full_name: str | None = attrs.field(default=None)
    middle_name: str | None = attrs.field(default=None)
    gender: Literal["M", "F", "X"] | None = attrs.field(default=None)
    nationality: str | None = attrs.field(default=None)
    tax_number: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
    no_match_action: Literal["DECLINE", "NO_ACTION"] | None = attrs.field(default=None)
    partial_match_action: Literal["DECLINE", "NO_ACTION"] | None = attrs.field(default=None)
    services: Sequence[str] | None = attrs.field(default=None)
    """Restrict the sources to these service ids."""
    consent: bool | None = attrs.field(default=None)
    identification_number: str | None = attrs.field(default=None)
    expiration_date: str | None = attrs.field(default=None)
    date_of_issue: str | None = attrs.field(default=None)
    address: DatabaseValidationRequestAddress | Mapping[str, Any] | str | None = attrs.field(
        default=None
    )
    address_element_1: str | None = attrs.field(default=None)
    address_element_2: str | None = attrs.field(default=None)
    address_element_3: str | None = attrs.field(default=None)
    address_element_4: str | None = attrs.field(default=None)
    address_element_5: str | None = attrs.field(default=None)
    postal_code: str | None = attrs.field(default=None)
    driver_license_number: str | None = attrs.field(default=None)
    driver_license_card_number: str | None = attrs.field(default=None)
    driver_license_state: str | None = attrs.field(default=None)
    driver_license_version: str | None = attrs.field(default=None)
    passport_number: str | None = attrs.field(default=None)
    passport_expiration_date: str | None = attrs.field(default=None)
    passport_file_number: str | None = attrs.field(default=None)
    passport_issue_country: str | None = attrs.field(default=None)
    medicare_card_number: str | None = attrs.field(default=None)
    immi_card_number: str | None = attrs.field(default=None)
    immi_card_expiry_date: str | None = attrs.field(default=None)
    citizenship_certificate_number: str | None = attrs.field(default=None)
    birth_registration_number: str | None = attrs.field(default=None)
    birth_registration_date: str | None = attrs.field(default=None)
    birth_registration_state: str | None = attrs.field(default=None)
    marriage_certificate_number: str | None = attrs.field(default=None)
    change_of_name_certificate_number: str | None = attrs.field(default=None)
    first_partner_name: str | None = attrs.field(default=None)
    last_partner_name: str | None = attrs.field(default=None)
    voter_id: str | None = attrs.field(default=None)
    epic_card: str | None = attrs.field(default=None)
    pan: str | None = attrs.field(default=None)
    national_id: str | None = attrs.field(default=None)
    cic: str | None = attrs.field(default=None)
    identificador_ciudadano: str | None = attrs.field(default=None)
    ocr: str | None = attrs.field(default=None)
    voter_number: str | None = attrs.field(default=None)
    emission_number: str | None = attrs.field(default=None)
    bvn: str | None = attrs.field(default=None)
    bank_card_number: str | None = attrs.field(default=None)
    ssn: str | None = attrs.field(default=None)
    phone: str | None = attrs.field(default=None)
    landline: str | None = attrs.field(default=None)
    email: str | None = attrs.field(default=None)
    country_of_residence: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DatabaseValidationResponse:
    """Database validation result (a 502 carries `validation_errors`)."""

    request_id: str | None = attrs.field(default=None)
    database_validation: DatabaseValidationReport | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
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

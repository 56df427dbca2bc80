# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.database_validation``, async and blocking.

Each operation's constant (its HTTP method and path, host, scopes, idempotency) comes
first; each method checks its arguments before anything is sent (a bad one raises
``DiditValidationError`` naming the operation), builds the body through its request
model and calls the transport with that constant. The ``Sync*`` class is the blocking
twin for ``Didit``: the same arguments, run through the client's runner.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from didit_async._seam import (
    NOT_GIVEN,
    UNSET,
    DiditValidationError,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
    Unset,
)
from didit_async._sync_seam import SyncRunner

from .._codec.database_validation__validate import (
    structure_DatabaseValidationResponse,
    unstructure_DatabaseValidationRequest,
    validate_DatabaseValidationRequest,
)
from ..models.database_validation__validate import (
    DatabaseValidationRequest,
    DatabaseValidationRequestAddress,
    DatabaseValidationResponse,
)

__all__ = [
    "DATABASE_VALIDATION_VALIDATE",
    "DatabaseValidationResource",
    "SyncDatabaseValidationResource",
]


DATABASE_VALIDATION_VALIDATE = OperationMeta(
    operation_id="database_validation_validate",
    method="POST",
    path="/v3/database-validation/",
    host="verification",
    resource="database_validation",
    method_name="validate",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="DatabaseValidationRequest",
)


class DatabaseValidationResource:
    """``client.database_validation``: validate."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def validate(
        self,
        *,
        issuing_state: str | None = None,
        validation_type: str | None = None,
        id_number: str | None = None,
        personal_number: str | None = None,
        document_number: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        date_of_birth: str | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        document_type: Literal[
            "P", "DL", "ID", "RP", "SSC", "HIC", "WP", "TC", "VISA", "PSC", "BC", "OTHER"
        ]
        | None = None,
        full_name: str | None = None,
        middle_name: str | None = None,
        gender: Literal["M", "F", "X"] | None = None,
        nationality: str | None = None,
        tax_number: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        no_match_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        partial_match_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        services: Sequence[str] | None = None,
        consent: bool | None = None,
        identification_number: str | None = None,
        expiration_date: str | None = None,
        date_of_issue: str | None = None,
        address: DatabaseValidationRequestAddress | Mapping[str, Any] | str | None = None,
        address_element_1: str | None = None,
        address_element_2: str | None = None,
        address_element_3: str | None = None,
        address_element_4: str | None = None,
        address_element_5: str | None = None,
        postal_code: str | None = None,
        driver_license_number: str | None = None,
        driver_license_card_number: str | None = None,
        driver_license_state: str | None = None,
        driver_license_version: str | None = None,
        passport_number: str | None = None,
        passport_expiration_date: str | None = None,
        passport_file_number: str | None = None,
        passport_issue_country: str | None = None,
        medicare_card_number: str | None = None,
        immi_card_number: str | None = None,
        immi_card_expiry_date: str | None = None,
        citizenship_certificate_number: str | None = None,
        birth_registration_number: str | None = None,
        birth_registration_date: str | None = None,
        birth_registration_state: str | None = None,
        marriage_certificate_number: str | None = None,
        change_of_name_certificate_number: str | None = None,
        first_partner_name: str | None = None,
        last_partner_name: str | None = None,
        voter_id: str | None = None,
        epic_card: str | None = None,
        pan: str | None = None,
        national_id: str | None = None,
        cic: str | None = None,
        identificador_ciudadano: str | None = None,
        ocr: str | None = None,
        voter_number: str | None = None,
        emission_number: str | None = None,
        bvn: str | None = None,
        bank_card_number: str | None = None,
        ssn: str | None = None,
        phone: str | None = None,
        landline: str | None = None,
        email: str | None = None,
        country_of_residence: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DatabaseValidationResponse:
        """Validate identity data against a database.

        Validate identity data against a database as a standalone check (billed per call;
        402/403 when the balance does not cover it).

        ``POST /v3/database-validation/``.

        Args:
          issuing_state: Alpha-3.
          validation_type: ``str``.
          id_number: Older (skills) name of the document number.
          personal_number: ``str``.
          document_number: ``str``.
          first_name: ``str``.
          last_name: ``str``.
          date_of_birth: ``str``.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          document_type: one of P, DL, ID, RP, SSC, HIC, ....
          full_name: ``str``.
          middle_name: ``str``.
          gender: one of M, F, X.
          nationality: ``str``.
          tax_number: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          no_match_action: one of DECLINE, NO_ACTION.
          partial_match_action: one of DECLINE, NO_ACTION.
          services: Restrict the sources to these service ids.
          consent: ``bool``.
          identification_number: ``str``.
          expiration_date: ``str``.
          date_of_issue: ``str``.
          address: ``DatabaseValidationRequestAddress | Mapping[str, Any] | str``.
          address_element_1: ``str``.
          address_element_2: ``str``.
          address_element_3: ``str``.
          address_element_4: ``str``.
          address_element_5: ``str``.
          postal_code: ``str``.
          driver_license_number: ``str``.
          driver_license_card_number: ``str``.
          driver_license_state: ``str``.
          driver_license_version: ``str``.
          passport_number: ``str``.
          passport_expiration_date: ``str``.
          passport_file_number: ``str``.
          passport_issue_country: ``str``.
          medicare_card_number: ``str``.
          immi_card_number: ``str``.
          immi_card_expiry_date: ``str``.
          citizenship_certificate_number: ``str``.
          birth_registration_number: ``str``.
          birth_registration_date: ``str``.
          birth_registration_state: ``str``.
          marriage_certificate_number: ``str``.
          change_of_name_certificate_number: ``str``.
          first_partner_name: ``str``.
          last_partner_name: ``str``.
          voter_id: ``str``.
          epic_card: ``str``.
          pan: ``str``.
          national_id: ``str``.
          cic: ``str``.
          identificador_ciudadano: ``str``.
          ocr: ``str``.
          voter_number: ``str``.
          emission_number: ``str``.
          bvn: ``str``.
          bank_card_number: ``str``.
          ssn: ``str``.
          phone: ``str``.
          landline: ``str``.
          email: ``str``.
          country_of_residence: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``DatabaseValidationResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.database_validation.validate()``
        """
        try:
            body = unstructure_DatabaseValidationRequest(
                DatabaseValidationRequest(
                    issuing_state=issuing_state,
                    validation_type=validation_type,
                    id_number=id_number,
                    personal_number=personal_number,
                    document_number=document_number,
                    first_name=first_name,
                    last_name=last_name,
                    date_of_birth=date_of_birth,
                    save_api_request=save_api_request,
                    vendor_data=vendor_data,
                    document_type=document_type,
                    full_name=full_name,
                    middle_name=middle_name,
                    gender=gender,
                    nationality=nationality,
                    tax_number=tax_number,
                    metadata=metadata,
                    no_match_action=no_match_action,
                    partial_match_action=partial_match_action,
                    services=services,
                    consent=consent,
                    identification_number=identification_number,
                    expiration_date=expiration_date,
                    date_of_issue=date_of_issue,
                    address=address,
                    address_element_1=address_element_1,
                    address_element_2=address_element_2,
                    address_element_3=address_element_3,
                    address_element_4=address_element_4,
                    address_element_5=address_element_5,
                    postal_code=postal_code,
                    driver_license_number=driver_license_number,
                    driver_license_card_number=driver_license_card_number,
                    driver_license_state=driver_license_state,
                    driver_license_version=driver_license_version,
                    passport_number=passport_number,
                    passport_expiration_date=passport_expiration_date,
                    passport_file_number=passport_file_number,
                    passport_issue_country=passport_issue_country,
                    medicare_card_number=medicare_card_number,
                    immi_card_number=immi_card_number,
                    immi_card_expiry_date=immi_card_expiry_date,
                    citizenship_certificate_number=citizenship_certificate_number,
                    birth_registration_number=birth_registration_number,
                    birth_registration_date=birth_registration_date,
                    birth_registration_state=birth_registration_state,
                    marriage_certificate_number=marriage_certificate_number,
                    change_of_name_certificate_number=change_of_name_certificate_number,
                    first_partner_name=first_partner_name,
                    last_partner_name=last_partner_name,
                    voter_id=voter_id,
                    epic_card=epic_card,
                    pan=pan,
                    national_id=national_id,
                    cic=cic,
                    identificador_ciudadano=identificador_ciudadano,
                    ocr=ocr,
                    voter_number=voter_number,
                    emission_number=emission_number,
                    bvn=bvn,
                    bank_card_number=bank_card_number,
                    ssn=ssn,
                    phone=phone,
                    landline=landline,
                    email=email,
                    country_of_residence=country_of_residence,
                )
            )
            validate_DatabaseValidationRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                DATABASE_VALIDATION_VALIDATE.method,
                DATABASE_VALIDATION_VALIDATE.path,
            )
            raise
        data = await self._transport.request(
            DATABASE_VALIDATION_VALIDATE,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_DatabaseValidationResponse(data) if data.__class__ is dict else data


class SyncDatabaseValidationResource:
    """``client.database_validation`` of ``Didit``: validate (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: DatabaseValidationResource) -> None:
        self._runner = runner
        self._async = resource

    def validate(
        self,
        *,
        issuing_state: str | None = None,
        validation_type: str | None = None,
        id_number: str | None = None,
        personal_number: str | None = None,
        document_number: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        date_of_birth: str | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        document_type: Literal[
            "P", "DL", "ID", "RP", "SSC", "HIC", "WP", "TC", "VISA", "PSC", "BC", "OTHER"
        ]
        | None = None,
        full_name: str | None = None,
        middle_name: str | None = None,
        gender: Literal["M", "F", "X"] | None = None,
        nationality: str | None = None,
        tax_number: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        no_match_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        partial_match_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        services: Sequence[str] | None = None,
        consent: bool | None = None,
        identification_number: str | None = None,
        expiration_date: str | None = None,
        date_of_issue: str | None = None,
        address: DatabaseValidationRequestAddress | Mapping[str, Any] | str | None = None,
        address_element_1: str | None = None,
        address_element_2: str | None = None,
        address_element_3: str | None = None,
        address_element_4: str | None = None,
        address_element_5: str | None = None,
        postal_code: str | None = None,
        driver_license_number: str | None = None,
        driver_license_card_number: str | None = None,
        driver_license_state: str | None = None,
        driver_license_version: str | None = None,
        passport_number: str | None = None,
        passport_expiration_date: str | None = None,
        passport_file_number: str | None = None,
        passport_issue_country: str | None = None,
        medicare_card_number: str | None = None,
        immi_card_number: str | None = None,
        immi_card_expiry_date: str | None = None,
        citizenship_certificate_number: str | None = None,
        birth_registration_number: str | None = None,
        birth_registration_date: str | None = None,
        birth_registration_state: str | None = None,
        marriage_certificate_number: str | None = None,
        change_of_name_certificate_number: str | None = None,
        first_partner_name: str | None = None,
        last_partner_name: str | None = None,
        voter_id: str | None = None,
        epic_card: str | None = None,
        pan: str | None = None,
        national_id: str | None = None,
        cic: str | None = None,
        identificador_ciudadano: str | None = None,
        ocr: str | None = None,
        voter_number: str | None = None,
        emission_number: str | None = None,
        bvn: str | None = None,
        bank_card_number: str | None = None,
        ssn: str | None = None,
        phone: str | None = None,
        landline: str | None = None,
        email: str | None = None,
        country_of_residence: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DatabaseValidationResponse:
        """Validate identity data against a database.

        Validate identity data against a database as a standalone check (billed per call;
        402/403 when the balance does not cover it).

        ``POST /v3/database-validation/``. Blocks until Didit answers.

        Args:
          issuing_state: Alpha-3.
          validation_type: ``str``.
          id_number: Older (skills) name of the document number.
          personal_number: ``str``.
          document_number: ``str``.
          first_name: ``str``.
          last_name: ``str``.
          date_of_birth: ``str``.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          document_type: one of P, DL, ID, RP, SSC, HIC, ....
          full_name: ``str``.
          middle_name: ``str``.
          gender: one of M, F, X.
          nationality: ``str``.
          tax_number: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          no_match_action: one of DECLINE, NO_ACTION.
          partial_match_action: one of DECLINE, NO_ACTION.
          services: Restrict the sources to these service ids.
          consent: ``bool``.
          identification_number: ``str``.
          expiration_date: ``str``.
          date_of_issue: ``str``.
          address: ``DatabaseValidationRequestAddress | Mapping[str, Any] | str``.
          address_element_1: ``str``.
          address_element_2: ``str``.
          address_element_3: ``str``.
          address_element_4: ``str``.
          address_element_5: ``str``.
          postal_code: ``str``.
          driver_license_number: ``str``.
          driver_license_card_number: ``str``.
          driver_license_state: ``str``.
          driver_license_version: ``str``.
          passport_number: ``str``.
          passport_expiration_date: ``str``.
          passport_file_number: ``str``.
          passport_issue_country: ``str``.
          medicare_card_number: ``str``.
          immi_card_number: ``str``.
          immi_card_expiry_date: ``str``.
          citizenship_certificate_number: ``str``.
          birth_registration_number: ``str``.
          birth_registration_date: ``str``.
          birth_registration_state: ``str``.
          marriage_certificate_number: ``str``.
          change_of_name_certificate_number: ``str``.
          first_partner_name: ``str``.
          last_partner_name: ``str``.
          voter_id: ``str``.
          epic_card: ``str``.
          pan: ``str``.
          national_id: ``str``.
          cic: ``str``.
          identificador_ciudadano: ``str``.
          ocr: ``str``.
          voter_number: ``str``.
          emission_number: ``str``.
          bvn: ``str``.
          bank_card_number: ``str``.
          ssn: ``str``.
          phone: ``str``.
          landline: ``str``.
          email: ``str``.
          country_of_residence: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``DatabaseValidationResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.database_validation.validate()``
        """
        return self._runner.call(
            self._async.validate,
            issuing_state=issuing_state,
            validation_type=validation_type,
            id_number=id_number,
            personal_number=personal_number,
            document_number=document_number,
            first_name=first_name,
            last_name=last_name,
            date_of_birth=date_of_birth,
            save_api_request=save_api_request,
            vendor_data=vendor_data,
            document_type=document_type,
            full_name=full_name,
            middle_name=middle_name,
            gender=gender,
            nationality=nationality,
            tax_number=tax_number,
            metadata=metadata,
            no_match_action=no_match_action,
            partial_match_action=partial_match_action,
            services=services,
            consent=consent,
            identification_number=identification_number,
            expiration_date=expiration_date,
            date_of_issue=date_of_issue,
            address=address,
            address_element_1=address_element_1,
            address_element_2=address_element_2,
            address_element_3=address_element_3,
            address_element_4=address_element_4,
            address_element_5=address_element_5,
            postal_code=postal_code,
            driver_license_number=driver_license_number,
            driver_license_card_number=driver_license_card_number,
            driver_license_state=driver_license_state,
            driver_license_version=driver_license_version,
            passport_number=passport_number,
            passport_expiration_date=passport_expiration_date,
            passport_file_number=passport_file_number,
            passport_issue_country=passport_issue_country,
            medicare_card_number=medicare_card_number,
            immi_card_number=immi_card_number,
            immi_card_expiry_date=immi_card_expiry_date,
            citizenship_certificate_number=citizenship_certificate_number,
            birth_registration_number=birth_registration_number,
            birth_registration_date=birth_registration_date,
            birth_registration_state=birth_registration_state,
            marriage_certificate_number=marriage_certificate_number,
            change_of_name_certificate_number=change_of_name_certificate_number,
            first_partner_name=first_partner_name,
            last_partner_name=last_partner_name,
            voter_id=voter_id,
            epic_card=epic_card,
            pan=pan,
            national_id=national_id,
            cic=cic,
            identificador_ciudadano=identificador_ciudadano,
            ocr=ocr,
            voter_number=voter_number,
            emission_number=emission_number,
            bvn=bvn,
            bank_card_number=bank_card_number,
            ssn=ssn,
            phone=phone,
            landline=landline,
            email=email,
            country_of_residence=country_of_residence,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

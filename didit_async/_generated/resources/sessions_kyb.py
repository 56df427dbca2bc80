# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.sessions.kyb``, async and blocking.

Each operation's constant (its HTTP method and path, host, scopes, idempotency) comes
first; each method checks its arguments before anything is sent (a bad one raises
``DiditValidationError`` naming the operation), builds the body through its request
model and calls the transport with that constant. The ``Sync*`` class is the blocking
twin for ``Didit``: the same arguments, run through the client's runner.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    path_param,
)
from didit_async._sync_seam import SyncRunner

from .._codec.sessions_kyb__update_company import (
    structure_KybCompanyData,
    unstructure_KybCompanyUpdateRequest,
    validate_KybCompanyUpdateRequest,
)
from .._codec.sessions_kyb__update_party import (
    structure_KybParty,
    unstructure_KybPartyUpdateRequest,
    validate_KybPartyUpdateRequest,
)
from ..models.sessions_kyb__update_company import KybCompanyData, KybCompanyUpdateRequest
from ..models.sessions_kyb__update_party import KybParty, KybPartyUpdateRequest

__all__ = [
    "SESSIONS_KYB_UPDATE_COMPANY",
    "SESSIONS_KYB_UPDATE_PARTY",
    "SessionsKybResource",
    "SyncSessionsKybResource",
]


SESSIONS_KYB_UPDATE_COMPANY = OperationMeta(
    operation_id="sessions_kyb_update_company",
    method="PATCH",
    path="/v3/session/{sessionId}/kyb/{companyUuid}/update-data/",
    host="verification",
    resource="sessions.kyb",
    method_name="update_company",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="KybCompanyUpdateRequest",
)


SESSIONS_KYB_UPDATE_PARTY = OperationMeta(
    operation_id="sessions_kyb_update_party",
    method="PATCH",
    path="/v3/session/{sessionId}/kyb/parties/{partyUuid}/",
    host="verification",
    resource="sessions.kyb",
    method_name="update_party",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="KybPartyUpdateRequest",
)


class SessionsKybResource:
    """``client.sessions.kyb``: update_company, update_party."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def update_company(
        self,
        session_id: str,
        company_uuid: str,
        /,
        *,
        company_name: str | None = None,
        registration_number: str | None = None,
        country_code: str | None = None,
        region: str | None | Unset = UNSET,
        incorporation_date: str | None = None,
        registration_date: str | None | Unset = UNSET,
        dissolution_date: str | None | Unset = UNSET,
        tax_number: str | None = None,
        legal_address: str | None = None,
        company_type: str | None = None,
        registry_status: Literal[
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
        | Unset = UNSET,
        verification_status: Literal["verified", "failed", "unknown"] | None | Unset = UNSET,
        alternative_names: str | None = None,
        nature_of_business: str | None = None,
        registered_capital: str | None = None,
        registered_capital_amount: float | None | Unset = UNSET,
        registered_capital_currency: str | None | Unset = UNSET,
        website: str | None = None,
        email: str | None = None,
        phone: str | None = None,
        legal_entity_identifier: str | None = None,
        location_of_registration: str | None = None,
        vat_number: str | None = None,
        control_scheme: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybCompanyData:
        """Correct a KYB session's company data.

        Edit the company data of a KYB session (the registry record it verified); the answer is
        the company record with your edits (`user_provided_data`, `last_console_edit_at`).
        Fields left out are kept; null clears a nullable one.

        ``PATCH /v3/session/{sessionId}/kyb/{companyUuid}/update-data/``.

        Args:
          session_id: ``str``.
          company_uuid: ``str``.
          company_name: ``str``.
          registration_number: ``str``.
          country_code: ``str``.
          region: ``str | None``.
          incorporation_date: ``str``.
          registration_date: ``str | None``.
          dissolution_date: ``str | None``.
          tax_number: ``str``.
          legal_address: ``str``.
          company_type: ``str``.
          registry_status: one of active, dissolved, deregistered, see full details, authorised,
              appointed representative, ....
          verification_status: one of verified, failed, unknown.
          alternative_names: ``str``.
          nature_of_business: ``str``.
          registered_capital: ``str``.
          registered_capital_amount: ``float | None``.
          registered_capital_currency: ``str | None``.
          website: ``str``.
          email: ``str``.
          phone: ``str``.
          legal_entity_identifier: ``str``.
          location_of_registration: ``str``.
          vat_number: ``str``.
          control_scheme: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``KybCompanyData``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``data = await client.sessions.kyb.update_company("…", "…")``
        """
        try:
            path_param("session_id", session_id, uuid=True)
            path_param("company_uuid", company_uuid, uuid=True)
            body = unstructure_KybCompanyUpdateRequest(
                KybCompanyUpdateRequest(
                    company_name=company_name,
                    registration_number=registration_number,
                    country_code=country_code,
                    region=region,
                    incorporation_date=incorporation_date,
                    registration_date=registration_date,
                    dissolution_date=dissolution_date,
                    tax_number=tax_number,
                    legal_address=legal_address,
                    company_type=company_type,
                    registry_status=registry_status,
                    verification_status=verification_status,
                    alternative_names=alternative_names,
                    nature_of_business=nature_of_business,
                    registered_capital=registered_capital,
                    registered_capital_amount=registered_capital_amount,
                    registered_capital_currency=registered_capital_currency,
                    website=website,
                    email=email,
                    phone=phone,
                    legal_entity_identifier=legal_entity_identifier,
                    location_of_registration=location_of_registration,
                    vat_number=vat_number,
                    control_scheme=control_scheme,
                )
            )
            validate_KybCompanyUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                SESSIONS_KYB_UPDATE_COMPANY.method,
                SESSIONS_KYB_UPDATE_COMPANY.path,
            )
            raise
        data = await self._transport.request(
            SESSIONS_KYB_UPDATE_COMPANY,
            path_params={"sessionId": session_id, "companyUuid": company_uuid},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_KybCompanyData(data) if data.__class__ is dict else data

    async def update_party(
        self,
        session_id: str,
        party_uuid: str,
        /,
        *,
        is_skipped: bool,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybParty:
        """Skip or restore a KYB party.

        Mark a party of a KYB session (an officer or shareholder) as skipped, so it needs no KYC
        of its own, or restore it (`is_skipped: false`).

        ``PATCH /v3/session/{sessionId}/kyb/parties/{partyUuid}/``.

        Args:
          session_id: ``str``.
          party_uuid: ``str``.
          is_skipped: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``KybParty``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``party = await client.sessions.kyb.update_party("…", "…", is_skipped=…)``
        """
        try:
            path_param("session_id", session_id, uuid=True)
            path_param("party_uuid", party_uuid, uuid=True)
            body = unstructure_KybPartyUpdateRequest(KybPartyUpdateRequest(is_skipped=is_skipped))
            validate_KybPartyUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = SESSIONS_KYB_UPDATE_PARTY.method, SESSIONS_KYB_UPDATE_PARTY.path
            raise
        data = await self._transport.request(
            SESSIONS_KYB_UPDATE_PARTY,
            path_params={"sessionId": session_id, "partyUuid": party_uuid},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_KybParty(data) if data.__class__ is dict else data


class SyncSessionsKybResource:
    """``client.sessions.kyb`` of ``Didit``: update_company, update_party (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: SessionsKybResource) -> None:
        self._runner = runner
        self._async = resource

    def update_company(
        self,
        session_id: str,
        company_uuid: str,
        /,
        *,
        company_name: str | None = None,
        registration_number: str | None = None,
        country_code: str | None = None,
        region: str | None | Unset = UNSET,
        incorporation_date: str | None = None,
        registration_date: str | None | Unset = UNSET,
        dissolution_date: str | None | Unset = UNSET,
        tax_number: str | None = None,
        legal_address: str | None = None,
        company_type: str | None = None,
        registry_status: Literal[
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
        | Unset = UNSET,
        verification_status: Literal["verified", "failed", "unknown"] | None | Unset = UNSET,
        alternative_names: str | None = None,
        nature_of_business: str | None = None,
        registered_capital: str | None = None,
        registered_capital_amount: float | None | Unset = UNSET,
        registered_capital_currency: str | None | Unset = UNSET,
        website: str | None = None,
        email: str | None = None,
        phone: str | None = None,
        legal_entity_identifier: str | None = None,
        location_of_registration: str | None = None,
        vat_number: str | None = None,
        control_scheme: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybCompanyData:
        """Correct a KYB session's company data.

        Edit the company data of a KYB session (the registry record it verified); the answer is
        the company record with your edits (`user_provided_data`, `last_console_edit_at`).
        Fields left out are kept; null clears a nullable one.

        ``PATCH /v3/session/{sessionId}/kyb/{companyUuid}/update-data/``. Blocks until Didit
        answers.

        Args:
          session_id: ``str``.
          company_uuid: ``str``.
          company_name: ``str``.
          registration_number: ``str``.
          country_code: ``str``.
          region: ``str | None``.
          incorporation_date: ``str``.
          registration_date: ``str | None``.
          dissolution_date: ``str | None``.
          tax_number: ``str``.
          legal_address: ``str``.
          company_type: ``str``.
          registry_status: one of active, dissolved, deregistered, see full details, authorised,
              appointed representative, ....
          verification_status: one of verified, failed, unknown.
          alternative_names: ``str``.
          nature_of_business: ``str``.
          registered_capital: ``str``.
          registered_capital_amount: ``float | None``.
          registered_capital_currency: ``str | None``.
          website: ``str``.
          email: ``str``.
          phone: ``str``.
          legal_entity_identifier: ``str``.
          location_of_registration: ``str``.
          vat_number: ``str``.
          control_scheme: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``KybCompanyData``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``data = client.sessions.kyb.update_company("…", "…")``
        """
        return self._runner.call(
            self._async.update_company,
            session_id,
            company_uuid,
            company_name=company_name,
            registration_number=registration_number,
            country_code=country_code,
            region=region,
            incorporation_date=incorporation_date,
            registration_date=registration_date,
            dissolution_date=dissolution_date,
            tax_number=tax_number,
            legal_address=legal_address,
            company_type=company_type,
            registry_status=registry_status,
            verification_status=verification_status,
            alternative_names=alternative_names,
            nature_of_business=nature_of_business,
            registered_capital=registered_capital,
            registered_capital_amount=registered_capital_amount,
            registered_capital_currency=registered_capital_currency,
            website=website,
            email=email,
            phone=phone,
            legal_entity_identifier=legal_entity_identifier,
            location_of_registration=location_of_registration,
            vat_number=vat_number,
            control_scheme=control_scheme,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update_party(
        self,
        session_id: str,
        party_uuid: str,
        /,
        *,
        is_skipped: bool,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybParty:
        """Skip or restore a KYB party.

        Mark a party of a KYB session (an officer or shareholder) as skipped, so it needs no KYC
        of its own, or restore it (`is_skipped: false`).

        ``PATCH /v3/session/{sessionId}/kyb/parties/{partyUuid}/``. Blocks until Didit answers.

        Args:
          session_id: ``str``.
          party_uuid: ``str``.
          is_skipped: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``KybParty``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``party = client.sessions.kyb.update_party("…", "…", is_skipped=…)``
        """
        return self._runner.call(
            self._async.update_party,
            session_id,
            party_uuid,
            is_skipped=is_skipped,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

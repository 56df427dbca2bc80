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
    DiditValidationError,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
)
from didit_async._sync_seam import SyncRunner

from .._codec.database_validation import (
    structure_DatabaseValidationResponse,
    unstructure_DatabaseValidationRequest,
    validate_DatabaseValidationRequest,
)
from ..models.database_validation import DatabaseValidationRequest, DatabaseValidationResponse

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
        metadata: Mapping[str, Any] | None = None,
        no_match_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        partial_match_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        services: Sequence[str] | None = None,
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
          metadata: ``Mapping[str, Any]``.
          no_match_action: one of DECLINE, NO_ACTION.
          partial_match_action: one of DECLINE, NO_ACTION.
          services: Restrict the sources to these service ids.
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
        metadata: Mapping[str, Any] | None = None,
        no_match_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        partial_match_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        services: Sequence[str] | None = None,
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
          metadata: ``Mapping[str, Any]``.
          no_match_action: one of DECLINE, NO_ACTION.
          partial_match_action: one of DECLINE, NO_ACTION.
          services: Restrict the sources to these service ids.
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
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

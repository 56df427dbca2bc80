# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.poa``, async and blocking.

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
    DiditValidationError,
    FileInput,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
)
from didit_async._sync_seam import SyncRunner

from .._codec.poa__verify import structure_PoaResponse, unstructure_PoaRequest, validate_PoaRequest
from ..models.poa__verify import PoaRequest, PoaResponse

__all__ = ["POA_VERIFY", "PoaResource", "SyncPoaResource"]


POA_VERIFY = OperationMeta(
    operation_id="poa_verify",
    method="POST",
    path="/v3/poa/",
    host="verification",
    resource="poa",
    method_name="verify",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="multipart",
    request_schema="PoaRequest",
)


class PoaResource:
    """``client.poa``: verify."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def verify(
        self,
        *,
        document: FileInput,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        expected_address: str | None = None,
        expected_country: str | None = None,
        expected_first_name: str | None = None,
        expected_last_name: str | None = None,
        document_password: str | None = None,
        poa_languages_allowed: str | None = None,
        poa_document_age_months: str | None = None,
        poa_name_mismatch_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        poa_document_issues_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        poa_document_authenticity_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        poa_unsupported_language_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        poa_address_mismatch_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        poa_issuer_not_identified_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        metadata: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PoaResponse:
        """Verify a proof of address.

        Verify a proof of address as a standalone check (billed per call; 402/403 when the
        balance does not cover it).

        ``POST /v3/poa/``.

        Args:
          document: JPG, PNG, TIFF or PDF, at most 15 MB.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          expected_address: ``str``.
          expected_country: Alpha-2.
          expected_first_name: ``str``.
          expected_last_name: ``str``.
          document_password: ``str``.
          poa_languages_allowed: ``str``.
          poa_document_age_months: ``str``.
          poa_name_mismatch_action: one of DECLINE, NO_ACTION.
          poa_document_issues_action: one of DECLINE, NO_ACTION.
          poa_document_authenticity_action: one of DECLINE, NO_ACTION.
          poa_unsupported_language_action: one of DECLINE, NO_ACTION.
          poa_address_mismatch_action: one of DECLINE, NO_ACTION.
          poa_issuer_not_identified_action: one of DECLINE, NO_ACTION.
          metadata: A JSON object serialised as a string (multipart).
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``PoaResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.poa.verify(document=…)``
        """
        try:
            body = unstructure_PoaRequest(
                PoaRequest(
                    document=document,
                    save_api_request=save_api_request,
                    vendor_data=vendor_data,
                    expected_address=expected_address,
                    expected_country=expected_country,
                    expected_first_name=expected_first_name,
                    expected_last_name=expected_last_name,
                    document_password=document_password,
                    poa_languages_allowed=poa_languages_allowed,
                    poa_document_age_months=poa_document_age_months,
                    poa_name_mismatch_action=poa_name_mismatch_action,
                    poa_document_issues_action=poa_document_issues_action,
                    poa_document_authenticity_action=poa_document_authenticity_action,
                    poa_unsupported_language_action=poa_unsupported_language_action,
                    poa_address_mismatch_action=poa_address_mismatch_action,
                    poa_issuer_not_identified_action=poa_issuer_not_identified_action,
                    metadata=metadata,
                )
            )
            validate_PoaRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = POA_VERIFY.method, POA_VERIFY.path
            raise
        files = {k: body.pop(k) for k in ["document"] if k in body}
        data = await self._transport.request(
            POA_VERIFY,
            files=files,
            data=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_PoaResponse(data) if data.__class__ is dict else data


class SyncPoaResource:
    """``client.poa`` of ``Didit``: verify (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: PoaResource) -> None:
        self._runner = runner
        self._async = resource

    def verify(
        self,
        *,
        document: FileInput,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        expected_address: str | None = None,
        expected_country: str | None = None,
        expected_first_name: str | None = None,
        expected_last_name: str | None = None,
        document_password: str | None = None,
        poa_languages_allowed: str | None = None,
        poa_document_age_months: str | None = None,
        poa_name_mismatch_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        poa_document_issues_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        poa_document_authenticity_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        poa_unsupported_language_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        poa_address_mismatch_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        poa_issuer_not_identified_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        metadata: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PoaResponse:
        """Verify a proof of address.

        Verify a proof of address as a standalone check (billed per call; 402/403 when the
        balance does not cover it).

        ``POST /v3/poa/``. Blocks until Didit answers.

        Args:
          document: JPG, PNG, TIFF or PDF, at most 15 MB.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          expected_address: ``str``.
          expected_country: Alpha-2.
          expected_first_name: ``str``.
          expected_last_name: ``str``.
          document_password: ``str``.
          poa_languages_allowed: ``str``.
          poa_document_age_months: ``str``.
          poa_name_mismatch_action: one of DECLINE, NO_ACTION.
          poa_document_issues_action: one of DECLINE, NO_ACTION.
          poa_document_authenticity_action: one of DECLINE, NO_ACTION.
          poa_unsupported_language_action: one of DECLINE, NO_ACTION.
          poa_address_mismatch_action: one of DECLINE, NO_ACTION.
          poa_issuer_not_identified_action: one of DECLINE, NO_ACTION.
          metadata: A JSON object serialised as a string (multipart).
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``PoaResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.poa.verify(document=…)``
        """
        return self._runner.call(
            self._async.verify,
            document=document,
            save_api_request=save_api_request,
            vendor_data=vendor_data,
            expected_address=expected_address,
            expected_country=expected_country,
            expected_first_name=expected_first_name,
            expected_last_name=expected_last_name,
            document_password=document_password,
            poa_languages_allowed=poa_languages_allowed,
            poa_document_age_months=poa_document_age_months,
            poa_name_mismatch_action=poa_name_mismatch_action,
            poa_document_issues_action=poa_document_issues_action,
            poa_document_authenticity_action=poa_document_authenticity_action,
            poa_unsupported_language_action=poa_unsupported_language_action,
            poa_address_mismatch_action=poa_address_mismatch_action,
            poa_issuer_not_identified_action=poa_issuer_not_identified_action,
            metadata=metadata,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.document_ai``, async and blocking.

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

from .._codec.document_ai__extract import (
    structure_DocumentAiResponse,
    unstructure_DocumentAiRequest,
    validate_DocumentAiRequest,
)
from ..models.document_ai__extract import DocumentAiRequest, DocumentAiResponse

__all__ = ["DOCUMENT_AI_EXTRACT", "DocumentAiResource", "SyncDocumentAiResource"]


DOCUMENT_AI_EXTRACT = OperationMeta(
    operation_id="document_ai_extract",
    method="POST",
    path="/v3/document-ai/",
    host="verification",
    resource="document_ai",
    method_name="extract",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="multipart",
    request_schema="DocumentAiRequest",
)


class DocumentAiResource:
    """``client.document_ai``: extract."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def extract(
        self,
        *,
        document: FileInput,
        fields: str,
        expected_first_name: str | None = None,
        expected_last_name: str | None = None,
        expected_company_name: str | None = None,
        expected_company_country: str | None = None,
        document_ai_name_match_score_threshold: int | None = None,
        document_ai_unreadable_document_action: Literal["DECLINE", "REVIEW", "NO_ACTION"]
        | None = None,
        document_ai_missing_required_fields_action: Literal["DECLINE", "REVIEW", "NO_ACTION"]
        | None = None,
        document_ai_document_tampering_action: Literal["DECLINE", "REVIEW", "NO_ACTION"]
        | None = None,
        document_ai_name_mismatch_action: Literal["DECLINE", "REVIEW", "NO_ACTION"] | None = None,
        document_ai_unsupported_file_action: Literal["DECLINE", "REVIEW", "NO_ACTION"]
        | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DocumentAiResponse:
        """Extract data from a document.

        Read the fields you ask for (`fields`, comma-separated) from an uploaded document with
        Document AI, optionally matching the holder or company name you expect; each check has
        an action (DECLINE, REVIEW, NO_ACTION). Billed per call.

        ``POST /v3/document-ai/``.

        Args:
          document: ``FileInput``.
          fields: ``str``.
          expected_first_name: ``str``.
          expected_last_name: ``str``.
          expected_company_name: ``str``.
          expected_company_country: ``str``.
          document_ai_name_match_score_threshold: ``int``.
          document_ai_unreadable_document_action: one of DECLINE, REVIEW, NO_ACTION.
          document_ai_missing_required_fields_action: one of DECLINE, REVIEW, NO_ACTION.
          document_ai_document_tampering_action: one of DECLINE, REVIEW, NO_ACTION.
          document_ai_name_mismatch_action: one of DECLINE, REVIEW, NO_ACTION.
          document_ai_unsupported_file_action: one of DECLINE, REVIEW, NO_ACTION.
          save_api_request: ``bool``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``DocumentAiResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.document_ai.extract(document=…, fields=…)``
        """
        try:
            body = unstructure_DocumentAiRequest(
                DocumentAiRequest(
                    document=document,
                    fields=fields,
                    expected_first_name=expected_first_name,
                    expected_last_name=expected_last_name,
                    expected_company_name=expected_company_name,
                    expected_company_country=expected_company_country,
                    document_ai_name_match_score_threshold=document_ai_name_match_score_threshold,
                    document_ai_unreadable_document_action=document_ai_unreadable_document_action,
                    document_ai_missing_required_fields_action=document_ai_missing_required_fields_action,
                    document_ai_document_tampering_action=document_ai_document_tampering_action,
                    document_ai_name_mismatch_action=document_ai_name_mismatch_action,
                    document_ai_unsupported_file_action=document_ai_unsupported_file_action,
                    save_api_request=save_api_request,
                    vendor_data=vendor_data,
                    metadata=metadata,
                )
            )
            validate_DocumentAiRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = DOCUMENT_AI_EXTRACT.method, DOCUMENT_AI_EXTRACT.path
            raise
        files = {k: body.pop(k) for k in ["document"] if k in body}
        data = await self._transport.request(
            DOCUMENT_AI_EXTRACT,
            files=files,
            data=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_DocumentAiResponse(data) if data.__class__ is dict else data


class SyncDocumentAiResource:
    """``client.document_ai`` of ``Didit``: extract (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: DocumentAiResource) -> None:
        self._runner = runner
        self._async = resource

    def extract(
        self,
        *,
        document: FileInput,
        fields: str,
        expected_first_name: str | None = None,
        expected_last_name: str | None = None,
        expected_company_name: str | None = None,
        expected_company_country: str | None = None,
        document_ai_name_match_score_threshold: int | None = None,
        document_ai_unreadable_document_action: Literal["DECLINE", "REVIEW", "NO_ACTION"]
        | None = None,
        document_ai_missing_required_fields_action: Literal["DECLINE", "REVIEW", "NO_ACTION"]
        | None = None,
        document_ai_document_tampering_action: Literal["DECLINE", "REVIEW", "NO_ACTION"]
        | None = None,
        document_ai_name_mismatch_action: Literal["DECLINE", "REVIEW", "NO_ACTION"] | None = None,
        document_ai_unsupported_file_action: Literal["DECLINE", "REVIEW", "NO_ACTION"]
        | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DocumentAiResponse:
        """Extract data from a document.

        Read the fields you ask for (`fields`, comma-separated) from an uploaded document with
        Document AI, optionally matching the holder or company name you expect; each check has
        an action (DECLINE, REVIEW, NO_ACTION). Billed per call.

        ``POST /v3/document-ai/``. Blocks until Didit answers.

        Args:
          document: ``FileInput``.
          fields: ``str``.
          expected_first_name: ``str``.
          expected_last_name: ``str``.
          expected_company_name: ``str``.
          expected_company_country: ``str``.
          document_ai_name_match_score_threshold: ``int``.
          document_ai_unreadable_document_action: one of DECLINE, REVIEW, NO_ACTION.
          document_ai_missing_required_fields_action: one of DECLINE, REVIEW, NO_ACTION.
          document_ai_document_tampering_action: one of DECLINE, REVIEW, NO_ACTION.
          document_ai_name_mismatch_action: one of DECLINE, REVIEW, NO_ACTION.
          document_ai_unsupported_file_action: one of DECLINE, REVIEW, NO_ACTION.
          save_api_request: ``bool``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``DocumentAiResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.document_ai.extract(document=…, fields=…)``
        """
        return self._runner.call(
            self._async.extract,
            document=document,
            fields=fields,
            expected_first_name=expected_first_name,
            expected_last_name=expected_last_name,
            expected_company_name=expected_company_name,
            expected_company_country=expected_company_country,
            document_ai_name_match_score_threshold=document_ai_name_match_score_threshold,
            document_ai_unreadable_document_action=document_ai_unreadable_document_action,
            document_ai_missing_required_fields_action=document_ai_missing_required_fields_action,
            document_ai_document_tampering_action=document_ai_document_tampering_action,
            document_ai_name_mismatch_action=document_ai_name_mismatch_action,
            document_ai_unsupported_file_action=document_ai_unsupported_file_action,
            save_api_request=save_api_request,
            vendor_data=vendor_data,
            metadata=metadata,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

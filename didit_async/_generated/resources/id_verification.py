# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.id_verification``, async and blocking.

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
    FileInput,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
    Unset,
)
from didit_async._sync_seam import SyncRunner

from .._codec.id_verification__verify import (
    structure_IdVerificationResponse,
    unstructure_IdVerificationRequest,
    validate_IdVerificationRequest,
)
from ..models.id_verification__verify import IdVerificationRequest, IdVerificationResponse

__all__ = ["ID_VERIFICATION_VERIFY", "IdVerificationResource", "SyncIdVerificationResource"]


ID_VERIFICATION_VERIFY = OperationMeta(
    operation_id="id_verification_verify",
    method="POST",
    path="/v3/id-verification/",
    host="verification",
    resource="id_verification",
    method_name="verify",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="multipart",
    request_schema="IdVerificationRequest",
)


class IdVerificationResource:
    """``client.id_verification``: verify."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def verify(
        self,
        *,
        front_image: FileInput,
        back_image: FileInput | None = None,
        perform_document_liveness: bool | None = None,
        front_image_password: str | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        metadata: str | None = None,
        minimum_age: int | None | Unset = UNSET,
        preferred_characters: Literal["latin", "non_latin"] | None = None,
        back_image_password: str | None = None,
        expiration_date_not_detected_action: Literal["NO_ACTION", "DECLINE"] | None = None,
        invalid_mrz_action: Literal["NO_ACTION", "DECLINE"] | None = None,
        inconsistent_data_action: Literal["NO_ACTION", "DECLINE"] | None = None,
        critical_field_occlusion_action: Literal["NO_ACTION", "DECLINE"] | None = None,
        document_or_personal_number_format_mismatch_action: Literal["NO_ACTION", "DECLINE"]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> IdVerificationResponse:
        """Verify an identity document.

        Verify an identity document as a standalone check (billed per call; 402/403 when the
        balance does not cover it).

        ``POST /v3/id-verification/``.

        Args:
          front_image: Front of the document: JPEG, PNG, WebP, TIFF or PDF, at most 10 MB.
          back_image: Back of the document, same formats.
          perform_document_liveness: ``bool``.
          front_image_password: Password of an encrypted PDF.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          metadata: A JSON object serialised as a string (multipart).
          minimum_age: Decline when the extracted age is lower.
          preferred_characters: Script to prefer when reading the document.
          back_image_password: ``str``.
          expiration_date_not_detected_action: one of NO_ACTION, DECLINE.
          invalid_mrz_action: one of NO_ACTION, DECLINE.
          inconsistent_data_action: one of NO_ACTION, DECLINE.
          critical_field_occlusion_action: one of NO_ACTION, DECLINE.
          document_or_personal_number_format_mismatch_action: one of NO_ACTION, DECLINE.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``IdVerificationResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.id_verification.verify(front_image=…)``
        """
        try:
            body = unstructure_IdVerificationRequest(
                IdVerificationRequest(
                    front_image=front_image,
                    back_image=back_image,
                    perform_document_liveness=perform_document_liveness,
                    front_image_password=front_image_password,
                    save_api_request=save_api_request,
                    vendor_data=vendor_data,
                    metadata=metadata,
                    minimum_age=minimum_age,
                    preferred_characters=preferred_characters,
                    back_image_password=back_image_password,
                    expiration_date_not_detected_action=expiration_date_not_detected_action,
                    invalid_mrz_action=invalid_mrz_action,
                    inconsistent_data_action=inconsistent_data_action,
                    critical_field_occlusion_action=critical_field_occlusion_action,
                    document_or_personal_number_format_mismatch_action=document_or_personal_number_format_mismatch_action,
                )
            )
            validate_IdVerificationRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = ID_VERIFICATION_VERIFY.method, ID_VERIFICATION_VERIFY.path
            raise
        files = {k: body.pop(k) for k in ["front_image", "back_image"] if k in body}
        data = await self._transport.request(
            ID_VERIFICATION_VERIFY,
            files=files,
            data=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_IdVerificationResponse(data) if data.__class__ is dict else data


class SyncIdVerificationResource:
    """``client.id_verification`` of ``Didit``: verify (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: IdVerificationResource) -> None:
        self._runner = runner
        self._async = resource

    def verify(
        self,
        *,
        front_image: FileInput,
        back_image: FileInput | None = None,
        perform_document_liveness: bool | None = None,
        front_image_password: str | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        metadata: str | None = None,
        minimum_age: int | None | Unset = UNSET,
        preferred_characters: Literal["latin", "non_latin"] | None = None,
        back_image_password: str | None = None,
        expiration_date_not_detected_action: Literal["NO_ACTION", "DECLINE"] | None = None,
        invalid_mrz_action: Literal["NO_ACTION", "DECLINE"] | None = None,
        inconsistent_data_action: Literal["NO_ACTION", "DECLINE"] | None = None,
        critical_field_occlusion_action: Literal["NO_ACTION", "DECLINE"] | None = None,
        document_or_personal_number_format_mismatch_action: Literal["NO_ACTION", "DECLINE"]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> IdVerificationResponse:
        """Verify an identity document.

        Verify an identity document as a standalone check (billed per call; 402/403 when the
        balance does not cover it).

        ``POST /v3/id-verification/``. Blocks until Didit answers.

        Args:
          front_image: Front of the document: JPEG, PNG, WebP, TIFF or PDF, at most 10 MB.
          back_image: Back of the document, same formats.
          perform_document_liveness: ``bool``.
          front_image_password: Password of an encrypted PDF.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          metadata: A JSON object serialised as a string (multipart).
          minimum_age: Decline when the extracted age is lower.
          preferred_characters: Script to prefer when reading the document.
          back_image_password: ``str``.
          expiration_date_not_detected_action: one of NO_ACTION, DECLINE.
          invalid_mrz_action: one of NO_ACTION, DECLINE.
          inconsistent_data_action: one of NO_ACTION, DECLINE.
          critical_field_occlusion_action: one of NO_ACTION, DECLINE.
          document_or_personal_number_format_mismatch_action: one of NO_ACTION, DECLINE.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``IdVerificationResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.id_verification.verify(front_image=…)``
        """
        return self._runner.call(
            self._async.verify,
            front_image=front_image,
            back_image=back_image,
            perform_document_liveness=perform_document_liveness,
            front_image_password=front_image_password,
            save_api_request=save_api_request,
            vendor_data=vendor_data,
            metadata=metadata,
            minimum_age=minimum_age,
            preferred_characters=preferred_characters,
            back_image_password=back_image_password,
            expiration_date_not_detected_action=expiration_date_not_detected_action,
            invalid_mrz_action=invalid_mrz_action,
            inconsistent_data_action=inconsistent_data_action,
            critical_field_occlusion_action=critical_field_occlusion_action,
            document_or_personal_number_format_mismatch_action=document_or_personal_number_format_mismatch_action,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

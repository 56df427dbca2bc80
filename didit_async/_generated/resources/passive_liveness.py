# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.passive_liveness``, async and blocking.

Each operation's constant (its HTTP method and path, host, scopes, idempotency) comes
first; each method checks its arguments before anything is sent (a bad one raises
``DiditValidationError`` naming the operation), builds the body through its request
model and calls the transport with that constant. The ``Sync*`` class is the blocking
twin for ``Didit``: the same arguments, run through the client's runner.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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

from .._codec.passive_liveness__check import (
    structure_PassiveLivenessResponse,
    unstructure_PassiveLivenessRequest,
    validate_PassiveLivenessRequest,
)
from ..models.passive_liveness__check import PassiveLivenessRequest, PassiveLivenessResponse

__all__ = ["PASSIVE_LIVENESS_CHECK", "PassiveLivenessResource", "SyncPassiveLivenessResource"]


PASSIVE_LIVENESS_CHECK = OperationMeta(
    operation_id="passive_liveness_check",
    method="POST",
    path="/v3/passive-liveness/",
    host="verification",
    resource="passive_liveness",
    method_name="check",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="multipart",
    request_schema="PassiveLivenessRequest",
)


class PassiveLivenessResource:
    """``client.passive_liveness``: check."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def check(
        self,
        *,
        user_image: FileInput,
        face_liveness_score_decline_threshold: float | None = None,
        rotate_image: bool | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        metadata: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PassiveLivenessResponse:
        """Check liveness from one selfie.

        Check liveness from one selfie as a standalone check (billed per call; 402/403 when the
        balance does not cover it).

        ``POST /v3/passive-liveness/``.

        Args:
          user_image: A selfie, at most 10 MB.
          face_liveness_score_decline_threshold: ``float``.
          rotate_image: ``bool``.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          metadata: A JSON object serialised as a string (multipart).
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``PassiveLivenessResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.passive_liveness.check(user_image=…)``
        """
        try:
            body = unstructure_PassiveLivenessRequest(
                PassiveLivenessRequest(
                    user_image=user_image,
                    face_liveness_score_decline_threshold=face_liveness_score_decline_threshold,
                    rotate_image=rotate_image,
                    save_api_request=save_api_request,
                    vendor_data=vendor_data,
                    metadata=metadata,
                )
            )
            validate_PassiveLivenessRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = PASSIVE_LIVENESS_CHECK.method, PASSIVE_LIVENESS_CHECK.path
            raise
        files = {k: body.pop(k) for k in ["user_image"] if k in body}
        data = await self._transport.request(
            PASSIVE_LIVENESS_CHECK,
            files=files,
            data=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_PassiveLivenessResponse(data) if data.__class__ is dict else data


class SyncPassiveLivenessResource:
    """``client.passive_liveness`` of ``Didit``: check (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: PassiveLivenessResource) -> None:
        self._runner = runner
        self._async = resource

    def check(
        self,
        *,
        user_image: FileInput,
        face_liveness_score_decline_threshold: float | None = None,
        rotate_image: bool | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        metadata: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PassiveLivenessResponse:
        """Check liveness from one selfie.

        Check liveness from one selfie as a standalone check (billed per call; 402/403 when the
        balance does not cover it).

        ``POST /v3/passive-liveness/``. Blocks until Didit answers.

        Args:
          user_image: A selfie, at most 10 MB.
          face_liveness_score_decline_threshold: ``float``.
          rotate_image: ``bool``.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          metadata: A JSON object serialised as a string (multipart).
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``PassiveLivenessResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.passive_liveness.check(user_image=…)``
        """
        return self._runner.call(
            self._async.check,
            user_image=user_image,
            face_liveness_score_decline_threshold=face_liveness_score_decline_threshold,
            rotate_image=rotate_image,
            save_api_request=save_api_request,
            vendor_data=vendor_data,
            metadata=metadata,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

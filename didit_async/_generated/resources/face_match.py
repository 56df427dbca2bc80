# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.face_match``, async and blocking.

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

from .._codec.face_match__compare import (
    structure_FaceMatchResponse,
    unstructure_FaceMatchRequest,
    validate_FaceMatchRequest,
)
from ..models.face_match__compare import FaceMatchRequest, FaceMatchResponse

__all__ = ["FACE_MATCH_COMPARE", "FaceMatchResource", "SyncFaceMatchResource"]


FACE_MATCH_COMPARE = OperationMeta(
    operation_id="face_match_compare",
    method="POST",
    path="/v3/face-match/",
    host="verification",
    resource="face_match",
    method_name="compare",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="multipart",
    request_schema="FaceMatchRequest",
)


class FaceMatchResource:
    """``client.face_match``: compare."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def compare(
        self,
        *,
        user_image: FileInput,
        ref_image: FileInput,
        face_match_score_decline_threshold: float | None = None,
        rotate_image: bool | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        metadata: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> FaceMatchResponse:
        """Compare two faces.

        Compare two faces as a standalone check (billed per call; 402/403 when the balance does
        not cover it).

        ``POST /v3/face-match/``.

        Args:
          user_image: The face to check, at most 10 MB.
          ref_image: The reference face, at most 10 MB.
          face_match_score_decline_threshold: ``float``.
          rotate_image: ``bool``.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          metadata: A JSON object serialised as a string (multipart).
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``FaceMatchResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.face_match.compare(user_image=…, ref_image=…)``
        """
        try:
            body = unstructure_FaceMatchRequest(
                FaceMatchRequest(
                    user_image=user_image,
                    ref_image=ref_image,
                    face_match_score_decline_threshold=face_match_score_decline_threshold,
                    rotate_image=rotate_image,
                    save_api_request=save_api_request,
                    vendor_data=vendor_data,
                    metadata=metadata,
                )
            )
            validate_FaceMatchRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = FACE_MATCH_COMPARE.method, FACE_MATCH_COMPARE.path
            raise
        files = {k: body.pop(k) for k in ["user_image", "ref_image"] if k in body}
        data = await self._transport.request(
            FACE_MATCH_COMPARE,
            files=files,
            data=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_FaceMatchResponse(data) if data.__class__ is dict else data


class SyncFaceMatchResource:
    """``client.face_match`` of ``Didit``: compare (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: FaceMatchResource) -> None:
        self._runner = runner
        self._async = resource

    def compare(
        self,
        *,
        user_image: FileInput,
        ref_image: FileInput,
        face_match_score_decline_threshold: float | None = None,
        rotate_image: bool | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        metadata: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> FaceMatchResponse:
        """Compare two faces.

        Compare two faces as a standalone check (billed per call; 402/403 when the balance does
        not cover it).

        ``POST /v3/face-match/``. Blocks until Didit answers.

        Args:
          user_image: The face to check, at most 10 MB.
          ref_image: The reference face, at most 10 MB.
          face_match_score_decline_threshold: ``float``.
          rotate_image: ``bool``.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          metadata: A JSON object serialised as a string (multipart).
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``FaceMatchResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.face_match.compare(user_image=…, ref_image=…)``
        """
        return self._runner.call(
            self._async.compare,
            user_image=user_image,
            ref_image=ref_image,
            face_match_score_decline_threshold=face_match_score_decline_threshold,
            rotate_image=rotate_image,
            save_api_request=save_api_request,
            vendor_data=vendor_data,
            metadata=metadata,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.age_estimation``, async and blocking.

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

from .._codec.age_estimation__estimate import (
    structure_AgeEstimationResponse,
    unstructure_AgeEstimationRequest,
    validate_AgeEstimationRequest,
)
from ..models.age_estimation__estimate import AgeEstimationRequest, AgeEstimationResponse

__all__ = ["AGE_ESTIMATION_ESTIMATE", "AgeEstimationResource", "SyncAgeEstimationResource"]


AGE_ESTIMATION_ESTIMATE = OperationMeta(
    operation_id="age_estimation_estimate",
    method="POST",
    path="/v3/age-estimation/",
    host="verification",
    resource="age_estimation",
    method_name="estimate",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="multipart",
    request_schema="AgeEstimationRequest",
)


class AgeEstimationResource:
    """``client.age_estimation``: estimate."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def estimate(
        self,
        *,
        user_image: FileInput,
        rotate_image: bool | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        face_liveness_score_decline_threshold: float | None = None,
        age_estimation_decline_threshold: int | None = None,
        metadata: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AgeEstimationResponse:
        """Estimate age from a selfie.

        Estimate age from a selfie as a standalone check (billed per call; 402/403 when the
        balance does not cover it).

        ``POST /v3/age-estimation/``.

        Args:
          user_image: A selfie.
          rotate_image: ``bool``.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          face_liveness_score_decline_threshold: ``float``.
          age_estimation_decline_threshold: ``int``.
          metadata: A JSON object serialised as a string (multipart).
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AgeEstimationResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.age_estimation.estimate(user_image=…)``
        """
        try:
            body = unstructure_AgeEstimationRequest(
                AgeEstimationRequest(
                    user_image=user_image,
                    rotate_image=rotate_image,
                    save_api_request=save_api_request,
                    vendor_data=vendor_data,
                    face_liveness_score_decline_threshold=face_liveness_score_decline_threshold,
                    age_estimation_decline_threshold=age_estimation_decline_threshold,
                    metadata=metadata,
                )
            )
            validate_AgeEstimationRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = AGE_ESTIMATION_ESTIMATE.method, AGE_ESTIMATION_ESTIMATE.path
            raise
        files = {k: body.pop(k) for k in ["user_image"] if k in body}
        data = await self._transport.request(
            AGE_ESTIMATION_ESTIMATE,
            files=files,
            data=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_AgeEstimationResponse(data) if data.__class__ is dict else data


class SyncAgeEstimationResource:
    """``client.age_estimation`` of ``Didit``: estimate (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: AgeEstimationResource) -> None:
        self._runner = runner
        self._async = resource

    def estimate(
        self,
        *,
        user_image: FileInput,
        rotate_image: bool | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        face_liveness_score_decline_threshold: float | None = None,
        age_estimation_decline_threshold: int | None = None,
        metadata: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AgeEstimationResponse:
        """Estimate age from a selfie.

        Estimate age from a selfie as a standalone check (billed per call; 402/403 when the
        balance does not cover it).

        ``POST /v3/age-estimation/``. Blocks until Didit answers.

        Args:
          user_image: A selfie.
          rotate_image: ``bool``.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          face_liveness_score_decline_threshold: ``float``.
          age_estimation_decline_threshold: ``int``.
          metadata: A JSON object serialised as a string (multipart).
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AgeEstimationResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.age_estimation.estimate(user_image=…)``
        """
        return self._runner.call(
            self._async.estimate,
            user_image=user_image,
            rotate_image=rotate_image,
            save_api_request=save_api_request,
            vendor_data=vendor_data,
            face_liveness_score_decline_threshold=face_liveness_score_decline_threshold,
            age_estimation_decline_threshold=age_estimation_decline_threshold,
            metadata=metadata,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

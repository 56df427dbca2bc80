# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.face_search``, async and blocking.

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

from .._codec.face_search__search import (
    structure_FaceSearchResponse,
    unstructure_FaceSearchRequest,
    validate_FaceSearchRequest,
)
from ..models.face_search__search import FaceSearchRequest, FaceSearchResponse

__all__ = ["FACE_SEARCH_SEARCH", "FaceSearchResource", "SyncFaceSearchResource"]


FACE_SEARCH_SEARCH = OperationMeta(
    operation_id="face_search_search",
    method="POST",
    path="/v3/face-search/",
    host="verification",
    resource="face_search",
    method_name="search",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="multipart",
    request_schema="FaceSearchRequest",
)


class FaceSearchResource:
    """``client.face_search``: search."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def search(
        self,
        *,
        user_image: FileInput,
        rotate_image: bool | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        search_type: Literal["most_similar", "blocklisted_or_approved"] | None = None,
        metadata: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> FaceSearchResponse:
        """Search a face among previous sessions.

        Search a face among previous sessions as a standalone check (billed per call; 402/403
        when the balance does not cover it).

        ``POST /v3/face-search/``.

        Args:
          user_image: The face to search for.
          rotate_image: ``bool``.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          search_type: one of most_similar, blocklisted_or_approved.
          metadata: A JSON object serialised as a string (multipart).
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``FaceSearchResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.face_search.search(user_image=…)``
        """
        try:
            body = unstructure_FaceSearchRequest(
                FaceSearchRequest(
                    user_image=user_image,
                    rotate_image=rotate_image,
                    save_api_request=save_api_request,
                    vendor_data=vendor_data,
                    search_type=search_type,
                    metadata=metadata,
                )
            )
            validate_FaceSearchRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = FACE_SEARCH_SEARCH.method, FACE_SEARCH_SEARCH.path
            raise
        files = {k: body.pop(k) for k in ["user_image"] if k in body}
        data = await self._transport.request(
            FACE_SEARCH_SEARCH,
            files=files,
            data=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_FaceSearchResponse(data) if data.__class__ is dict else data


class SyncFaceSearchResource:
    """``client.face_search`` of ``Didit``: search (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: FaceSearchResource) -> None:
        self._runner = runner
        self._async = resource

    def search(
        self,
        *,
        user_image: FileInput,
        rotate_image: bool | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        search_type: Literal["most_similar", "blocklisted_or_approved"] | None = None,
        metadata: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> FaceSearchResponse:
        """Search a face among previous sessions.

        Search a face among previous sessions as a standalone check (billed per call; 402/403
        when the balance does not cover it).

        ``POST /v3/face-search/``. Blocks until Didit answers.

        Args:
          user_image: The face to search for.
          rotate_image: ``bool``.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          search_type: one of most_similar, blocklisted_or_approved.
          metadata: A JSON object serialised as a string (multipart).
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``FaceSearchResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.face_search.search(user_image=…)``
        """
        return self._runner.call(
            self._async.search,
            user_image=user_image,
            rotate_image=rotate_image,
            save_api_request=save_api_request,
            vendor_data=vendor_data,
            search_type=search_type,
            metadata=metadata,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

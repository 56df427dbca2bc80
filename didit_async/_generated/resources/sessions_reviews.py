# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.sessions.reviews``, async and blocking.

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
    AsyncPaginator,
    DiditValidationError,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
    Unset,
    path_param,
)
from didit_async._sync_seam import SyncPaginator, SyncRunner

from .._codec.sessions import structure_SessionReview
from .._codec.sessions_reviews__create import (
    unstructure_CreateReviewRequest,
    validate_CreateReviewRequest,
)
from ..models.sessions import SessionReview
from ..models.sessions_reviews__create import CreateReviewRequest

__all__ = [
    "SESSIONS_REVIEWS_CREATE",
    "SESSIONS_REVIEWS_LIST",
    "SessionsReviewsResource",
    "SyncSessionsReviewsResource",
]


SESSIONS_REVIEWS_LIST = OperationMeta(
    operation_id="sessions_reviews_list",
    method="GET",
    path="/v3/sessions/{session_id}/reviews/",
    host="verification",
    resource="sessions.reviews",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


SESSIONS_REVIEWS_CREATE = OperationMeta(
    operation_id="sessions_reviews_create",
    method="POST",
    path="/v3/sessions/{session_id}/reviews/",
    host="verification",
    resource="sessions.reviews",
    method_name="create",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="CreateReviewRequest",
)


class SessionsReviewsResource:
    """``client.sessions.reviews``: list, create."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        session_id: str,
        /,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[SessionReview]:
        """List reviews.

        Reviews and activity on a session.

        ``GET /v3/sessions/{session_id}/reviews/``.

        Args:
          session_id: The session's UUID.
          limit: Items per page.
          offset: Items to skip.
          ordering: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[SessionReview]`` (await it for one page, iterate for every
        item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.sessions.reviews.list("…")``
        """
        try:
            path_param("session_id", session_id, uuid=True)
            query: dict[str, Any] = {}
            if limit is not None:
                if isinstance(limit, bool) or not isinstance(limit, int):
                    raise DiditValidationError(
                        "limit", "type", "must be an integer, not " + type(limit).__name__
                    )
                if limit < 1:
                    raise DiditValidationError("limit", "min", "must be at least 1")
                query["limit"] = limit
            if offset is not None:
                if isinstance(offset, bool) or not isinstance(offset, int):
                    raise DiditValidationError(
                        "offset", "type", "must be an integer, not " + type(offset).__name__
                    )
                if offset < 0:
                    raise DiditValidationError("offset", "min", "must be at least 0")
                query["offset"] = offset
            if ordering is not None:
                if not isinstance(ordering, str):
                    raise DiditValidationError(
                        "ordering", "type", "must be a string, not " + type(ordering).__name__
                    )
                query["ordering"] = ordering
        except DiditValidationError as exc:
            exc.method, exc.path = SESSIONS_REVIEWS_LIST.method, SESSIONS_REVIEWS_LIST.path
            raise
        return self._transport.paginate(
            SESSIONS_REVIEWS_LIST,
            path_params={"session_id": session_id},
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_SessionReview,
        )

    async def create(
        self,
        session_id: str,
        /,
        *,
        new_status: Literal[
            "Approved",
            "Declined",
            "In Review",
            "Not Started",
            "In Progress",
            "Expired",
            "Abandoned",
            "Kyc Expired",
            "Resubmitted",
            "Awaiting User",
        ]
        | None
        | Unset = UNSET,
        comment: str | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionReview:
        """Add a review.

        Records a reviewer's decision and comment. Workflow-internal statuses are rejected; a
        session of another application answers 404.

        ``POST /v3/sessions/{session_id}/reviews/``.

        Args:
          session_id: The session's UUID.
          new_status: Optional in Didit's published schema, which we follow (the docs pages mark
              it required).
          comment: Up to 10,000 characters; `@email` mentions notify colleagues.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SessionReview``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``review = await client.sessions.reviews.create("…")``
        """
        try:
            path_param("session_id", session_id, uuid=True)
            body = unstructure_CreateReviewRequest(
                CreateReviewRequest(new_status=new_status, comment=comment)
            )
            validate_CreateReviewRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = SESSIONS_REVIEWS_CREATE.method, SESSIONS_REVIEWS_CREATE.path
            raise
        data = await self._transport.request(
            SESSIONS_REVIEWS_CREATE,
            path_params={"session_id": session_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_SessionReview(data) if data.__class__ is dict else data


class SyncSessionsReviewsResource:
    """``client.sessions.reviews`` of ``Didit``: list, create (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: SessionsReviewsResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        session_id: str,
        /,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[SessionReview]:
        """List reviews.

        Reviews and activity on a session.

        ``GET /v3/sessions/{session_id}/reviews/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.
          limit: Items per page.
          offset: Items to skip.
          ordering: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[SessionReview]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.sessions.reviews.list("…")``
        """
        return self._runner.paginate(
            self._async.list(
                session_id,
                limit=limit,
                offset=offset,
                ordering=ordering,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def create(
        self,
        session_id: str,
        /,
        *,
        new_status: Literal[
            "Approved",
            "Declined",
            "In Review",
            "Not Started",
            "In Progress",
            "Expired",
            "Abandoned",
            "Kyc Expired",
            "Resubmitted",
            "Awaiting User",
        ]
        | None
        | Unset = UNSET,
        comment: str | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionReview:
        """Add a review.

        Records a reviewer's decision and comment. Workflow-internal statuses are rejected; a
        session of another application answers 404.

        ``POST /v3/sessions/{session_id}/reviews/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.
          new_status: Optional in Didit's published schema, which we follow (the docs pages mark
              it required).
          comment: Up to 10,000 characters; `@email` mentions notify colleagues.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SessionReview``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``review = client.sessions.reviews.create("…")``
        """
        return self._runner.call(
            self._async.create,
            session_id,
            new_status=new_status,
            comment=comment,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

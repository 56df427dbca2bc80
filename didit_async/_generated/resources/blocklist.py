# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.blocklist``, async and blocking.

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
    AsyncPaginator,
    DiditValidationError,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
)
from didit_async._sync_seam import SyncPaginator, SyncRunner

from .._codec import _E_inline157
from .._codec.blocklist__add import unstructure_BlocklistAddRequest, validate_BlocklistAddRequest
from .._codec.blocklist__list import structure_BlocklistEntry
from .._codec.blocklist__remove import (
    unstructure_BlocklistRemoveRequest,
    validate_BlocklistRemoveRequest,
)
from .._codec.shared__account_blocklist import structure_MessageResponse
from ..models.blocklist__add import BlocklistAddRequest
from ..models.blocklist__list import BlocklistEntry
from ..models.blocklist__remove import BlocklistRemoveRequest
from ..models.shared__account_blocklist import MessageResponse

__all__ = [
    "BLOCKLIST_ADD",
    "BLOCKLIST_LIST",
    "BLOCKLIST_REMOVE",
    "BlocklistResource",
    "SyncBlocklistResource",
]


BLOCKLIST_ADD = OperationMeta(
    operation_id="blocklist_add",
    method="POST",
    path="/v3/blocklist/add/",
    host="apx",
    resource="blocklist",
    method_name="add",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="BlocklistAddRequest",
)


BLOCKLIST_REMOVE = OperationMeta(
    operation_id="blocklist_remove",
    method="POST",
    path="/v3/blocklist/remove/",
    host="apx",
    resource="blocklist",
    method_name="remove",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="BlocklistRemoveRequest",
)


BLOCKLIST_LIST = OperationMeta(
    operation_id="blocklist_list",
    method="GET",
    path="/v3/blocklist/",
    host="apx",
    resource="blocklist",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


class BlocklistResource:
    """``client.blocklist``: add, remove, list."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def add(
        self,
        *,
        session_id: str,
        blocklist_face: bool | None = None,
        blocklist_document: bool | None = None,
        blocklist_phone: bool | None = None,
        blocklist_email: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MessageResponse:
        """Blocklist a session's data.

        Later sessions matching the face, document, phone or email are flagged
        (FACE_IN_BLOCKLIST, ID_DOCUMENT_IN_BLOCKLIST, PHONE_NUMBER_IN_BLOCKLIST,
        EMAIL_IN_BLOCKLIST).

        ``POST /v3/blocklist/add/``.

        Args:
          session_id: ``str``.
          blocklist_face: ``bool``.
          blocklist_document: ``bool``.
          blocklist_phone: ``bool``.
          blocklist_email: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``MessageResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.blocklist.add(session_id=…)``
        """
        try:
            body = unstructure_BlocklistAddRequest(
                BlocklistAddRequest(
                    session_id=session_id,
                    blocklist_face=blocklist_face,
                    blocklist_document=blocklist_document,
                    blocklist_phone=blocklist_phone,
                    blocklist_email=blocklist_email,
                )
            )
            validate_BlocklistAddRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = BLOCKLIST_ADD.method, BLOCKLIST_ADD.path
            raise
        data = await self._transport.request(
            BLOCKLIST_ADD,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_MessageResponse(data) if data.__class__ is dict else data

    async def remove(
        self,
        *,
        session_id: str,
        unblock_face: bool | None = None,
        unblock_document: bool | None = None,
        unblock_phone: bool | None = None,
        unblock_email: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MessageResponse:
        """Remove a session's data from the blocklist.

        The reverse of add.

        ``POST /v3/blocklist/remove/``.

        Args:
          session_id: ``str``.
          unblock_face: ``bool``.
          unblock_document: ``bool``.
          unblock_phone: ``bool``.
          unblock_email: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``MessageResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.blocklist.remove(session_id=…)``
        """
        try:
            body = unstructure_BlocklistRemoveRequest(
                BlocklistRemoveRequest(
                    session_id=session_id,
                    unblock_face=unblock_face,
                    unblock_document=unblock_document,
                    unblock_phone=unblock_phone,
                    unblock_email=unblock_email,
                )
            )
            validate_BlocklistRemoveRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = BLOCKLIST_REMOVE.method, BLOCKLIST_REMOVE.path
            raise
        data = await self._transport.request(
            BLOCKLIST_REMOVE,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_MessageResponse(data) if data.__class__ is dict else data

    def list(
        self,
        *,
        item_type: Literal["face", "document", "phone", "email"] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[BlocklistEntry]:
        """List blocklist entries.

        Blocklisted items, paginated (default 20 per page).

        ``GET /v3/blocklist/``.

        Args:
          item_type: Omit for all.
          limit: Items per page.
          offset: Items to skip.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[BlocklistEntry]`` (await it for one page, iterate for every
        item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.blocklist.list()``
        """
        try:
            query: dict[str, Any] = {}
            if item_type is not None:
                if not isinstance(item_type, str) or item_type not in _E_inline157:
                    raise DiditValidationError(
                        "item_type",
                        "enum",
                        "must be one of: face, document, phone, email"
                        + (
                            ", not " + repr(item_type[:40])
                            if isinstance(item_type, str)
                            else ", not " + type(item_type).__name__
                        ),
                    )
                query["item_type"] = item_type
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
        except DiditValidationError as exc:
            exc.method, exc.path = BLOCKLIST_LIST.method, BLOCKLIST_LIST.path
            raise
        return self._transport.paginate(
            BLOCKLIST_LIST,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_BlocklistEntry,
        )


class SyncBlocklistResource:
    """``client.blocklist`` of ``Didit``: add, remove, list (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: BlocklistResource) -> None:
        self._runner = runner
        self._async = resource

    def add(
        self,
        *,
        session_id: str,
        blocklist_face: bool | None = None,
        blocklist_document: bool | None = None,
        blocklist_phone: bool | None = None,
        blocklist_email: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MessageResponse:
        """Blocklist a session's data.

        Later sessions matching the face, document, phone or email are flagged
        (FACE_IN_BLOCKLIST, ID_DOCUMENT_IN_BLOCKLIST, PHONE_NUMBER_IN_BLOCKLIST,
        EMAIL_IN_BLOCKLIST).

        ``POST /v3/blocklist/add/``. Blocks until Didit answers.

        Args:
          session_id: ``str``.
          blocklist_face: ``bool``.
          blocklist_document: ``bool``.
          blocklist_phone: ``bool``.
          blocklist_email: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``MessageResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.blocklist.add(session_id=…)``
        """
        return self._runner.call(
            self._async.add,
            session_id=session_id,
            blocklist_face=blocklist_face,
            blocklist_document=blocklist_document,
            blocklist_phone=blocklist_phone,
            blocklist_email=blocklist_email,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def remove(
        self,
        *,
        session_id: str,
        unblock_face: bool | None = None,
        unblock_document: bool | None = None,
        unblock_phone: bool | None = None,
        unblock_email: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MessageResponse:
        """Remove a session's data from the blocklist.

        The reverse of add.

        ``POST /v3/blocklist/remove/``. Blocks until Didit answers.

        Args:
          session_id: ``str``.
          unblock_face: ``bool``.
          unblock_document: ``bool``.
          unblock_phone: ``bool``.
          unblock_email: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``MessageResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.blocklist.remove(session_id=…)``
        """
        return self._runner.call(
            self._async.remove,
            session_id=session_id,
            unblock_face=unblock_face,
            unblock_document=unblock_document,
            unblock_phone=unblock_phone,
            unblock_email=unblock_email,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list(
        self,
        *,
        item_type: Literal["face", "document", "phone", "email"] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[BlocklistEntry]:
        """List blocklist entries.

        Blocklisted items, paginated (default 20 per page).

        ``GET /v3/blocklist/``. Blocks until Didit answers.

        Args:
          item_type: Omit for all.
          limit: Items per page.
          offset: Items to skip.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[BlocklistEntry]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.blocklist.list()``
        """
        return self._runner.paginate(
            self._async.list(
                item_type=item_type,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

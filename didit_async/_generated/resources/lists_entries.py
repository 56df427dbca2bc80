# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.lists.entries``, async and blocking.

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
    AsyncPaginator,
    DiditValidationError,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
    path_param,
)
from didit_async._sync_seam import SyncPaginator, SyncRunner

from .._codec.lists_entries__create import (
    unstructure_ListEntryCreateRequest,
    validate_ListEntryCreateRequest,
)
from .._codec.lists_entries__create__list__upload_face import structure_ListEntry
from .._codec.lists_entries__upload_face import (
    unstructure_ListFaceUploadRequest,
    validate_ListFaceUploadRequest,
)
from ..models.lists_entries__create import ListEntryCreateRequest
from ..models.lists_entries__create__list__upload_face import ListEntry
from ..models.lists_entries__upload_face import ListFaceUploadRequest

__all__ = [
    "LISTS_ENTRIES_CREATE",
    "LISTS_ENTRIES_DELETE",
    "LISTS_ENTRIES_LIST",
    "LISTS_ENTRIES_UPLOAD_FACE",
    "ListsEntriesResource",
    "SyncListsEntriesResource",
]


LISTS_ENTRIES_LIST = OperationMeta(
    operation_id="lists_entries_list",
    method="GET",
    path="/v3/lists/{list_uuid}/entries/",
    host="apx",
    resource="lists.entries",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


LISTS_ENTRIES_CREATE = OperationMeta(
    operation_id="lists_entries_create",
    method="POST",
    path="/v3/lists/{list_uuid}/entries/",
    host="apx",
    resource="lists.entries",
    method_name="create",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="ListEntryCreateRequest",
)


LISTS_ENTRIES_UPLOAD_FACE = OperationMeta(
    operation_id="lists_entries_upload_face",
    method="POST",
    path="/v3/lists/{list_uuid}/entries/face-upload/",
    host="apx",
    resource="lists.entries",
    method_name="upload_face",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="ListFaceUploadRequest",
)


LISTS_ENTRIES_DELETE = OperationMeta(
    operation_id="lists_entries_delete",
    method="DELETE",
    path="/v3/lists/{list_uuid}/entries/{entry_uuid}/",
    host="apx",
    resource="lists.entries",
    method_name="delete",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    response_kind="empty",
)


class ListsEntriesResource:
    """``client.lists.entries``: list, create, upload_face, delete."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        list_uuid: str,
        /,
        *,
        search: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[ListEntry]:
        """List a list's entries.

        Entries of one list; `search` matches the value or the display label. Management API on
        the apx host (Didit's tooling calls the verification host; both answer). One system
        blocklist per entry type is provisioned for every application and cannot be created,
        renamed or deleted.

        ``GET /v3/lists/{list_uuid}/entries/``.

        Args:
          list_uuid: The list's UUID.
          search: ``str``.
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[ListEntry]`` (await it for one page, iterate for every item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.lists.entries.list("…")``
        """
        try:
            path_param("list_uuid", list_uuid, uuid=True)
            query: dict[str, Any] = {}
            if search is not None:
                if not isinstance(search, str):
                    raise DiditValidationError(
                        "search", "type", "must be a string, not " + type(search).__name__
                    )
                query["search"] = search
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
            exc.method, exc.path = LISTS_ENTRIES_LIST.method, LISTS_ENTRIES_LIST.path
            raise
        return self._transport.paginate(
            LISTS_ENTRIES_LIST,
            path_params={"list_uuid": list_uuid},
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_ListEntry,
        )

    async def create(
        self,
        list_uuid: str,
        /,
        *,
        value: str | None = None,
        reference_session_id: str | None = None,
        reference_object_uuid: str | None = None,
        display_label: str | None = None,
        comment: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListEntry:
        """Add an entry.

        Adds a value, or extracts it from `reference_session_id` according to the list's entry
        type (face, document, phone, email, IP, device); both together pick among several values
        of a session. A blocklist entry declines later sessions that match it, as the legacy
        blocklist does. Face entries without a session use face upload. Management API on the
        apx host (Didit's tooling calls the verification host; both answer). One system
        blocklist per entry type is provisioned for every application and cannot be created,
        renamed or deleted.

        ``POST /v3/lists/{list_uuid}/entries/``.

        Args:
          list_uuid: The list's UUID.
          value: Optional when reference_session_id is given.
          reference_session_id: Session to extract the value from.
          reference_object_uuid: Source entity (transaction, user, business), for traceability.
          display_label: ``str``.
          comment: ``str``.
          metadata: ``Mapping[str, Any]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ListEntry``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``entry = await client.lists.entries.create("…")``
        """
        try:
            path_param("list_uuid", list_uuid, uuid=True)
            body = unstructure_ListEntryCreateRequest(
                ListEntryCreateRequest(
                    value=value,
                    reference_session_id=reference_session_id,
                    reference_object_uuid=reference_object_uuid,
                    display_label=display_label,
                    comment=comment,
                    metadata=metadata,
                )
            )
            validate_ListEntryCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = LISTS_ENTRIES_CREATE.method, LISTS_ENTRIES_CREATE.path
            raise
        data = await self._transport.request(
            LISTS_ENTRIES_CREATE,
            path_params={"list_uuid": list_uuid},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_ListEntry(data) if data.__class__ is dict else data

    async def upload_face(
        self,
        list_uuid: str,
        /,
        *,
        image: str,
        display_label: str | None = None,
        comment: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListEntry:
        """Add a face entry from an image.

        Adds a face to a face list from a photo, without a session. A JSON body whose `image` is
        the image file base64-encoded (Didit's tooling reads a local file and encodes it).
        Management API on the apx host (Didit's tooling calls the verification host; both
        answer). One system blocklist per entry type is provisioned for every application and
        cannot be created, renamed or deleted.

        ``POST /v3/lists/{list_uuid}/entries/face-upload/``.

        Args:
          list_uuid: The list's UUID.
          image: The face image file, base64-encoded (JPEG or PNG).
          display_label: ``str``.
          comment: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ListEntry``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``entry = await client.lists.entries.upload_face("…", image=…)``
        """
        try:
            path_param("list_uuid", list_uuid, uuid=True)
            body = unstructure_ListFaceUploadRequest(
                ListFaceUploadRequest(image=image, display_label=display_label, comment=comment)
            )
            validate_ListFaceUploadRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = LISTS_ENTRIES_UPLOAD_FACE.method, LISTS_ENTRIES_UPLOAD_FACE.path
            raise
        data = await self._transport.request(
            LISTS_ENTRIES_UPLOAD_FACE,
            path_params={"list_uuid": list_uuid},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_ListEntry(data) if data.__class__ is dict else data

    async def delete(
        self,
        list_uuid: str,
        entry_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove an entry.

        Removes an entry; for user and business entries of a blocklist this also unblocks the
        entity. Management API on the apx host (Didit's tooling calls the verification host;
        both answer). One system blocklist per entry type is provisioned for every application
        and cannot be created, renamed or deleted.

        ``DELETE /v3/lists/{list_uuid}/entries/{entry_uuid}/``.

        Args:
          list_uuid: The list's UUID.
          entry_uuid: The entry's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``await client.lists.entries.delete("…", "…")``
        """
        try:
            path_param("list_uuid", list_uuid, uuid=True)
            path_param("entry_uuid", entry_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = LISTS_ENTRIES_DELETE.method, LISTS_ENTRIES_DELETE.path
            raise
        await self._transport.request(
            LISTS_ENTRIES_DELETE,
            path_params={"list_uuid": list_uuid, "entry_uuid": entry_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncListsEntriesResource:
    """``client.lists.entries`` of ``Didit``: list, create, upload_face, delete (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: ListsEntriesResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        list_uuid: str,
        /,
        *,
        search: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[ListEntry]:
        """List a list's entries.

        Entries of one list; `search` matches the value or the display label. Management API on
        the apx host (Didit's tooling calls the verification host; both answer). One system
        blocklist per entry type is provisioned for every application and cannot be created,
        renamed or deleted.

        ``GET /v3/lists/{list_uuid}/entries/``. Blocks until Didit answers.

        Args:
          list_uuid: The list's UUID.
          search: ``str``.
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[ListEntry]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.lists.entries.list("…")``
        """
        return self._runner.paginate(
            self._async.list(
                list_uuid,
                search=search,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def create(
        self,
        list_uuid: str,
        /,
        *,
        value: str | None = None,
        reference_session_id: str | None = None,
        reference_object_uuid: str | None = None,
        display_label: str | None = None,
        comment: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListEntry:
        """Add an entry.

        Adds a value, or extracts it from `reference_session_id` according to the list's entry
        type (face, document, phone, email, IP, device); both together pick among several values
        of a session. A blocklist entry declines later sessions that match it, as the legacy
        blocklist does. Face entries without a session use face upload. Management API on the
        apx host (Didit's tooling calls the verification host; both answer). One system
        blocklist per entry type is provisioned for every application and cannot be created,
        renamed or deleted.

        ``POST /v3/lists/{list_uuid}/entries/``. Blocks until Didit answers.

        Args:
          list_uuid: The list's UUID.
          value: Optional when reference_session_id is given.
          reference_session_id: Session to extract the value from.
          reference_object_uuid: Source entity (transaction, user, business), for traceability.
          display_label: ``str``.
          comment: ``str``.
          metadata: ``Mapping[str, Any]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ListEntry``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``entry = client.lists.entries.create("…")``
        """
        return self._runner.call(
            self._async.create,
            list_uuid,
            value=value,
            reference_session_id=reference_session_id,
            reference_object_uuid=reference_object_uuid,
            display_label=display_label,
            comment=comment,
            metadata=metadata,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def upload_face(
        self,
        list_uuid: str,
        /,
        *,
        image: str,
        display_label: str | None = None,
        comment: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListEntry:
        """Add a face entry from an image.

        Adds a face to a face list from a photo, without a session. A JSON body whose `image` is
        the image file base64-encoded (Didit's tooling reads a local file and encodes it).
        Management API on the apx host (Didit's tooling calls the verification host; both
        answer). One system blocklist per entry type is provisioned for every application and
        cannot be created, renamed or deleted.

        ``POST /v3/lists/{list_uuid}/entries/face-upload/``. Blocks until Didit answers.

        Args:
          list_uuid: The list's UUID.
          image: The face image file, base64-encoded (JPEG or PNG).
          display_label: ``str``.
          comment: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ListEntry``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``entry = client.lists.entries.upload_face("…", image=…)``
        """
        return self._runner.call(
            self._async.upload_face,
            list_uuid,
            image=image,
            display_label=display_label,
            comment=comment,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        list_uuid: str,
        entry_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove an entry.

        Removes an entry; for user and business entries of a blocklist this also unblocks the
        entity. Management API on the apx host (Didit's tooling calls the verification host;
        both answer). One system blocklist per entry type is provisioned for every application
        and cannot be created, renamed or deleted.

        ``DELETE /v3/lists/{list_uuid}/entries/{entry_uuid}/``. Blocks until Didit answers.

        Args:
          list_uuid: The list's UUID.
          entry_uuid: The entry's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``client.lists.entries.delete("…", "…")``
        """
        self._runner.call(
            self._async.delete,
            list_uuid,
            entry_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

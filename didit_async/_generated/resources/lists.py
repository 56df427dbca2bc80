# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.lists``, async and blocking, ``client.lists.entries`` in ``lists_entries.py``.

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
    path_param,
)
from didit_async._sync_seam import SyncPaginator, SyncRunner

from .._codec import _E_ListEntryType, _E_ListType
from .._codec.lists import structure_DiditList
from .._codec.lists__create import unstructure_ListCreateRequest, validate_ListCreateRequest
from .._codec.lists__update import unstructure_ListUpdateRequest, validate_ListUpdateRequest
from ..enums import ListEntryType, ListType
from ..models.lists import DiditList
from ..models.lists__create import ListCreateRequest
from ..models.lists__update import ListUpdateRequest
from .lists_entries import ListsEntriesResource, SyncListsEntriesResource

__all__ = [
    "LISTS_CREATE",
    "LISTS_DELETE",
    "LISTS_LIST",
    "LISTS_RETRIEVE",
    "LISTS_UPDATE",
    "ListsResource",
    "SyncListsResource",
]


LISTS_LIST = OperationMeta(
    operation_id="lists_list",
    method="GET",
    path="/v3/lists/",
    host="apx",
    resource="lists",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


LISTS_CREATE = OperationMeta(
    operation_id="lists_create",
    method="POST",
    path="/v3/lists/",
    host="apx",
    resource="lists",
    method_name="create",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="ListCreateRequest",
)


LISTS_RETRIEVE = OperationMeta(
    operation_id="lists_retrieve",
    method="GET",
    path="/v3/lists/{list_uuid}/",
    host="apx",
    resource="lists",
    method_name="retrieve",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


LISTS_UPDATE = OperationMeta(
    operation_id="lists_update",
    method="PATCH",
    path="/v3/lists/{list_uuid}/",
    host="apx",
    resource="lists",
    method_name="update",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="ListUpdateRequest",
)


LISTS_DELETE = OperationMeta(
    operation_id="lists_delete",
    method="DELETE",
    path="/v3/lists/{list_uuid}/",
    host="apx",
    resource="lists",
    method_name="delete",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    response_kind="empty",
)


class ListsResource:
    """``client.lists``: list, create, retrieve, update, delete."""

    __slots__ = ("_transport", "entries")

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.entries = ListsEntriesResource(transport)

    def list(
        self,
        *,
        list_type: ListType | Literal["blocklist", "allowlist", "custom"] | None = None,
        entry_type: ListEntryType
        | Literal[
            "face",
            "document",
            "phone",
            "email",
            "ip_address",
            "device_fingerprint",
            "wallet_address",
            "bank_account",
            "user",
            "business",
            "country",
            "key",
        ]
        | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[DiditList]:
        """List lists.

        Blocklists, allowlists and custom lists, filtered by list or entry type. Management API
        on the apx host (Didit's tooling calls the verification host; both answer). One system
        blocklist per entry type is provisioned for every application and cannot be created,
        renamed or deleted.

        ``GET /v3/lists/``.

        Args:
          list_type: one of blocklist, allowlist, custom.
          entry_type: one of face, document, phone, email, ip_address, device_fingerprint, ....
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[DiditList]`` (await it for one page, iterate for every item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.lists.list()``
        """
        try:
            query: dict[str, Any] = {}
            if list_type is not None:
                if not isinstance(list_type, str) or list_type not in _E_ListType:
                    raise DiditValidationError(
                        "list_type",
                        "enum",
                        "must be one of: blocklist, allowlist, custom"
                        + (
                            ", not " + repr(list_type[:40])
                            if isinstance(list_type, str)
                            else ", not " + type(list_type).__name__
                        ),
                    )
                query["list_type"] = (
                    list_type.value if isinstance(list_type, ListType) else list_type
                )
            if entry_type is not None:
                if not isinstance(entry_type, str) or entry_type not in _E_ListEntryType:
                    raise DiditValidationError(
                        "entry_type",
                        "enum",
                        "must be one of: face, document, phone, email, ip_address, device_fingerprint, wallet_address, bank_account, user, business, country, key"
                        + (
                            ", not " + repr(entry_type[:40])
                            if isinstance(entry_type, str)
                            else ", not " + type(entry_type).__name__
                        ),
                    )
                query["entry_type"] = (
                    entry_type.value if isinstance(entry_type, ListEntryType) else entry_type
                )
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
            exc.method, exc.path = LISTS_LIST.method, LISTS_LIST.path
            raise
        return self._transport.paginate(
            LISTS_LIST,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_DiditList,
        )

    async def create(
        self,
        *,
        name: str,
        list_type: Literal["allowlist", "custom"],
        entry_type: ListEntryType
        | Literal[
            "face",
            "document",
            "phone",
            "email",
            "ip_address",
            "device_fingerprint",
            "wallet_address",
            "bank_account",
            "user",
            "business",
            "country",
            "key",
        ],
        description: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DiditList:
        """Create a list.

        An allowlist or custom list; `name` is unique per application (400 otherwise).
        Management API on the apx host (Didit's tooling calls the verification host; both
        answer). One system blocklist per entry type is provisioned for every application and
        cannot be created, renamed or deleted.

        ``POST /v3/lists/``.

        Args:
          name: ``str``.
          list_type: Blocklists are provisioned by Didit.
          entry_type: one of face, document, phone, email, ip_address, device_fingerprint, ....
          description: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``DiditList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = await client.lists.create(name=…, list_type=…, entry_type=…)``
        """
        try:
            body = unstructure_ListCreateRequest(
                ListCreateRequest(
                    name=name, list_type=list_type, entry_type=entry_type, description=description
                )
            )
            validate_ListCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = LISTS_CREATE.method, LISTS_CREATE.path
            raise
        data = await self._transport.request(
            LISTS_CREATE,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_DiditList(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        list_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DiditList:
        """Get a list.

        A list's details. Management API on the apx host (Didit's tooling calls the verification
        host; both answer). One system blocklist per entry type is provisioned for every
        application and cannot be created, renamed or deleted.

        ``GET /v3/lists/{list_uuid}/``.

        Args:
          list_uuid: The list's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``DiditList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = await client.lists.retrieve("…")``
        """
        try:
            path_param("list_uuid", list_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = LISTS_RETRIEVE.method, LISTS_RETRIEVE.path
            raise
        data = await self._transport.request(
            LISTS_RETRIEVE,
            path_params={"list_uuid": list_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_DiditList(data) if data.__class__ is dict else data

    async def update(
        self,
        list_uuid: str,
        /,
        *,
        name: str | None = None,
        description: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DiditList:
        """Update a list.

        Renames an allowlist/custom list or changes its description; a system blocklist answers
        403. Management API on the apx host (Didit's tooling calls the verification host; both
        answer). One system blocklist per entry type is provisioned for every application and
        cannot be created, renamed or deleted.

        ``PATCH /v3/lists/{list_uuid}/``.

        Args:
          list_uuid: The list's UUID.
          name: ``str``.
          description: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``DiditList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = await client.lists.update("…")``
        """
        try:
            path_param("list_uuid", list_uuid, uuid=True)
            body = unstructure_ListUpdateRequest(
                ListUpdateRequest(name=name, description=description)
            )
            validate_ListUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = LISTS_UPDATE.method, LISTS_UPDATE.path
            raise
        data = await self._transport.request(
            LISTS_UPDATE,
            path_params={"list_uuid": list_uuid},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_DiditList(data) if data.__class__ is dict else data

    async def delete(
        self,
        list_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a list.

        Deletes an allowlist/custom list and its entries; a system blocklist answers 403.
        Management API on the apx host (Didit's tooling calls the verification host; both
        answer). One system blocklist per entry type is provisioned for every application and
        cannot be created, renamed or deleted.

        ``DELETE /v3/lists/{list_uuid}/``.

        Args:
          list_uuid: The list's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``await client.lists.delete("…")``
        """
        try:
            path_param("list_uuid", list_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = LISTS_DELETE.method, LISTS_DELETE.path
            raise
        await self._transport.request(
            LISTS_DELETE,
            path_params={"list_uuid": list_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncListsResource:
    """``client.lists`` of ``Didit``: list, create, retrieve, update, delete (blocking)."""

    __slots__ = ("_async", "_runner", "entries")

    def __init__(self, runner: SyncRunner, resource: ListsResource) -> None:
        self._runner = runner
        self._async = resource
        self.entries = SyncListsEntriesResource(runner, resource.entries)

    def list(
        self,
        *,
        list_type: ListType | Literal["blocklist", "allowlist", "custom"] | None = None,
        entry_type: ListEntryType
        | Literal[
            "face",
            "document",
            "phone",
            "email",
            "ip_address",
            "device_fingerprint",
            "wallet_address",
            "bank_account",
            "user",
            "business",
            "country",
            "key",
        ]
        | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[DiditList]:
        """List lists.

        Blocklists, allowlists and custom lists, filtered by list or entry type. Management API
        on the apx host (Didit's tooling calls the verification host; both answer). One system
        blocklist per entry type is provisioned for every application and cannot be created,
        renamed or deleted.

        ``GET /v3/lists/``. Blocks until Didit answers.

        Args:
          list_type: one of blocklist, allowlist, custom.
          entry_type: one of face, document, phone, email, ip_address, device_fingerprint, ....
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[DiditList]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.lists.list()``
        """
        return self._runner.paginate(
            self._async.list(
                list_type=list_type,
                entry_type=entry_type,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def create(
        self,
        *,
        name: str,
        list_type: Literal["allowlist", "custom"],
        entry_type: ListEntryType
        | Literal[
            "face",
            "document",
            "phone",
            "email",
            "ip_address",
            "device_fingerprint",
            "wallet_address",
            "bank_account",
            "user",
            "business",
            "country",
            "key",
        ],
        description: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DiditList:
        """Create a list.

        An allowlist or custom list; `name` is unique per application (400 otherwise).
        Management API on the apx host (Didit's tooling calls the verification host; both
        answer). One system blocklist per entry type is provisioned for every application and
        cannot be created, renamed or deleted.

        ``POST /v3/lists/``. Blocks until Didit answers.

        Args:
          name: ``str``.
          list_type: Blocklists are provisioned by Didit.
          entry_type: one of face, document, phone, email, ip_address, device_fingerprint, ....
          description: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``DiditList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = client.lists.create(name=…, list_type=…, entry_type=…)``
        """
        return self._runner.call(
            self._async.create,
            name=name,
            list_type=list_type,
            entry_type=entry_type,
            description=description,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        list_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DiditList:
        """Get a list.

        A list's details. Management API on the apx host (Didit's tooling calls the verification
        host; both answer). One system blocklist per entry type is provisioned for every
        application and cannot be created, renamed or deleted.

        ``GET /v3/lists/{list_uuid}/``. Blocks until Didit answers.

        Args:
          list_uuid: The list's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``DiditList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = client.lists.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            list_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update(
        self,
        list_uuid: str,
        /,
        *,
        name: str | None = None,
        description: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DiditList:
        """Update a list.

        Renames an allowlist/custom list or changes its description; a system blocklist answers
        403. Management API on the apx host (Didit's tooling calls the verification host; both
        answer). One system blocklist per entry type is provisioned for every application and
        cannot be created, renamed or deleted.

        ``PATCH /v3/lists/{list_uuid}/``. Blocks until Didit answers.

        Args:
          list_uuid: The list's UUID.
          name: ``str``.
          description: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``DiditList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = client.lists.update("…")``
        """
        return self._runner.call(
            self._async.update,
            list_uuid,
            name=name,
            description=description,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        list_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a list.

        Deletes an allowlist/custom list and its entries; a system blocklist answers 403.
        Management API on the apx host (Didit's tooling calls the verification host; both
        answer). One system blocklist per entry type is provisioned for every application and
        cannot be created, renamed or deleted.

        ``DELETE /v3/lists/{list_uuid}/``. Blocks until Didit answers.

        Args:
          list_uuid: The list's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``client.lists.delete("…")``
        """
        self._runner.call(
            self._async.delete,
            list_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

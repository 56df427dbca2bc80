# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.users``, async and blocking.

Each operation's constant (its HTTP method and path, host, scopes, idempotency) comes
first; each method checks its arguments before anything is sent (a bad one raises
``DiditValidationError`` naming the operation), builds the body through its request
model and calls the transport with that constant. The ``Sync*`` class is the blocking
twin for ``Didit``: the same arguments, run through the client's runner.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    is_datetime,
    path_param,
)
from didit_async._sync_seam import SyncPaginator, SyncRunner

from .._codec import _E_UserStatus
from .._codec.users import structure_User
from .._codec.users__batch_delete import (
    structure_UserBatchDeleteResponse,
    unstructure_UserBatchDeleteRequest,
    validate_UserBatchDeleteRequest,
)
from .._codec.users__create import unstructure_UserCreateRequest, validate_UserCreateRequest
from .._codec.users__update import unstructure_UserUpdateRequest, validate_UserUpdateRequest
from .._codec.users__update_status import (
    unstructure_UserUpdateStatusRequest,
    validate_UserUpdateStatusRequest,
)
from ..enums import UserStatus
from ..models.users import User
from ..models.users__batch_delete import UserBatchDeleteRequest, UserBatchDeleteResponse
from ..models.users__create import UserCreateRequest
from ..models.users__update import UserUpdateRequest
from ..models.users__update_status import UserUpdateStatusRequest

__all__ = [
    "SyncUsersResource",
    "USERS_BATCH_DELETE",
    "USERS_CREATE",
    "USERS_LIST",
    "USERS_RETRIEVE",
    "USERS_UPDATE",
    "USERS_UPDATE_STATUS",
    "UsersResource",
]


USERS_LIST = OperationMeta(
    operation_id="users_list",
    method="GET",
    path="/v3/users/",
    host="apx",
    resource="users",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


USERS_RETRIEVE = OperationMeta(
    operation_id="users_retrieve",
    method="GET",
    path="/v3/users/{vendor_data}/",
    host="apx",
    resource="users",
    method_name="retrieve",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


USERS_UPDATE = OperationMeta(
    operation_id="users_update",
    method="PATCH",
    path="/v3/users/{vendor_data}/",
    host="apx",
    resource="users",
    method_name="update",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="UserUpdateRequest",
)


USERS_CREATE = OperationMeta(
    operation_id="users_create",
    method="POST",
    path="/v3/users/create/",
    host="apx",
    resource="users",
    method_name="create",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="UserCreateRequest",
)


USERS_UPDATE_STATUS = OperationMeta(
    operation_id="users_update_status",
    method="PATCH",
    path="/v3/users/{vendor_data}/update-status/",
    host="apx",
    resource="users",
    method_name="update_status",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="UserUpdateStatusRequest",
)


USERS_BATCH_DELETE = OperationMeta(
    operation_id="users_batch_delete",
    method="POST",
    path="/v3/users/delete/",
    host="apx",
    resource="users",
    method_name="batch_delete",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="UserBatchDeleteRequest",
)


class UsersResource:
    """``client.users``: list, retrieve, update, create, update_status, batch_delete."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
        search: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[User]:
        """List users.

        User entities, paginated. Sources disagree: an example uses `page_size`, skills use
        limit/offset (max 200); we follow limit/offset.

        ``GET /v3/users/``.

        Args:
          status: Users in this status.
          search: ``str``.
          date_from: ``str``.
          date_to: ``str``.
          limit: Items per page; Didit serves at most 200 and caps a larger value (DRF's
              `max_limit`), it does not reject it.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[User]`` (await it for one page, iterate for every item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.users.list()``
        """
        try:
            query: dict[str, Any] = {}
            if status is not None:
                if not isinstance(status, str) or status not in _E_UserStatus:
                    raise DiditValidationError(
                        "status",
                        "enum",
                        "must be one of: ACTIVE, FLAGGED, BLOCKED"
                        + (
                            ", not " + repr(status[:40])
                            if isinstance(status, str)
                            else ", not " + type(status).__name__
                        ),
                    )
                query["status"] = status.value if isinstance(status, UserStatus) else status
            if search is not None:
                if not isinstance(search, str):
                    raise DiditValidationError(
                        "search", "type", "must be a string, not " + type(search).__name__
                    )
                query["search"] = search
            if date_from is not None:
                if not isinstance(date_from, str):
                    raise DiditValidationError(
                        "date_from", "type", "must be a string, not " + type(date_from).__name__
                    )
                if not is_datetime(date_from):
                    raise DiditValidationError("date_from", "format", "must be a valid date-time")
                query["date_from"] = date_from
            if date_to is not None:
                if not isinstance(date_to, str):
                    raise DiditValidationError(
                        "date_to", "type", "must be a string, not " + type(date_to).__name__
                    )
                if not is_datetime(date_to):
                    raise DiditValidationError("date_to", "format", "must be a valid date-time")
                query["date_to"] = date_to
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
            exc.method, exc.path = USERS_LIST.method, USERS_LIST.path
            raise
        return self._transport.paginate(
            USERS_LIST,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_User,
        )

    async def retrieve(
        self,
        vendor_data: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Get a user.

        A user with aggregated counters.

        ``GET /v3/users/{vendor_data}/``.

        Args:
          vendor_data: Your identifier of the user (case-sensitive).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``User``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``user = await client.users.retrieve("…")``
        """
        try:
            path_param("vendor_data", vendor_data)
        except DiditValidationError as exc:
            exc.method, exc.path = USERS_RETRIEVE.method, USERS_RETRIEVE.path
            raise
        data = await self._transport.request(
            USERS_RETRIEVE,
            path_params={"vendor_data": vendor_data},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_User(data) if data.__class__ is dict else data

    async def update(
        self,
        vendor_data: str,
        /,
        *,
        display_name: str | None | Unset = UNSET,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        full_name: str | None | Unset = UNSET,
        date_of_birth: str | None | Unset = UNSET,
        issuing_states: Sequence[str] | None = None,
        approved_emails: Sequence[str] | None = None,
        approved_phones: Sequence[str] | None = None,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Update a user.

        Profile fields.

        ``PATCH /v3/users/{vendor_data}/``.

        Args:
          vendor_data: Your identifier of the user (case-sensitive).
          display_name: ``str | None``.
          metadata: ``Mapping[str, Any] | None``.
          full_name: ``str | None``.
          date_of_birth: ``str | None``.
          issuing_states: Document issuing countries.
          approved_emails: ``Sequence[str]``.
          approved_phones: ``Sequence[str]``.
          status: Monitoring status.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``User``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``user = await client.users.update("…")``
        """
        try:
            path_param("vendor_data", vendor_data)
            body = unstructure_UserUpdateRequest(
                UserUpdateRequest(
                    display_name=display_name,
                    metadata=metadata,
                    full_name=full_name,
                    date_of_birth=date_of_birth,
                    issuing_states=issuing_states,
                    approved_emails=approved_emails,
                    approved_phones=approved_phones,
                    status=status,
                )
            )
            validate_UserUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = USERS_UPDATE.method, USERS_UPDATE.path
            raise
        data = await self._transport.request(
            USERS_UPDATE,
            path_params={"vendor_data": vendor_data},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_User(data) if data.__class__ is dict else data

    async def create(
        self,
        *,
        vendor_data: str,
        display_name: str | None | Unset = UNSET,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
        full_name: str | None | Unset = UNSET,
        date_of_birth: str | None | Unset = UNSET,
        issuing_states: Sequence[str] | None = None,
        approved_emails: Sequence[str] | None = None,
        approved_phones: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Create a user.

        Creates a user before any session.

        ``POST /v3/users/create/``.

        Args:
          vendor_data: ``str``.
          display_name: ``str | None``.
          metadata: ``Mapping[str, Any] | None``.
          status: one of ACTIVE, FLAGGED, BLOCKED.
          full_name: ``str | None``.
          date_of_birth: ``str | None``.
          issuing_states: Document issuing countries.
          approved_emails: ``Sequence[str]``.
          approved_phones: ``Sequence[str]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``User``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``user = await client.users.create(vendor_data=…)``
        """
        try:
            body = unstructure_UserCreateRequest(
                UserCreateRequest(
                    vendor_data=vendor_data,
                    display_name=display_name,
                    metadata=metadata,
                    status=status,
                    full_name=full_name,
                    date_of_birth=date_of_birth,
                    issuing_states=issuing_states,
                    approved_emails=approved_emails,
                    approved_phones=approved_phones,
                )
            )
            validate_UserCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = USERS_CREATE.method, USERS_CREATE.path
            raise
        data = await self._transport.request(
            USERS_CREATE,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_User(data) if data.__class__ is dict else data

    async def update_status(
        self,
        vendor_data: str,
        /,
        *,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"],
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Change a user's status.

        ACTIVE, FLAGGED or BLOCKED.

        ``PATCH /v3/users/{vendor_data}/update-status/``.

        Args:
          vendor_data: Your identifier of the user (case-sensitive).
          status: one of ACTIVE, FLAGGED, BLOCKED.
          reason: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``User``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``user = await client.users.update_status("…", status=…)``
        """
        try:
            path_param("vendor_data", vendor_data)
            body = unstructure_UserUpdateStatusRequest(
                UserUpdateStatusRequest(status=status, reason=reason)
            )
            validate_UserUpdateStatusRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = USERS_UPDATE_STATUS.method, USERS_UPDATE_STATUS.path
            raise
        data = await self._transport.request(
            USERS_UPDATE_STATUS,
            path_params={"vendor_data": vendor_data},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_User(data) if data.__class__ is dict else data

    async def batch_delete(
        self,
        *,
        vendor_data_list: Sequence[str] | None = None,
        delete_all: bool | None = None,
        didit_internal_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserBatchDeleteResponse:
        """Delete users.

        By vendor data, or all.

        ``POST /v3/users/delete/``.

        Args:
          vendor_data_list: ``Sequence[str]``.
          delete_all: ``bool``.
          didit_internal_id_list: ``Sequence[str]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``UserBatchDeleteResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.users.batch_delete()``
        """
        try:
            body = unstructure_UserBatchDeleteRequest(
                UserBatchDeleteRequest(
                    vendor_data_list=vendor_data_list,
                    delete_all=delete_all,
                    didit_internal_id_list=didit_internal_id_list,
                )
            )
            validate_UserBatchDeleteRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = USERS_BATCH_DELETE.method, USERS_BATCH_DELETE.path
            raise
        data = await self._transport.request(
            USERS_BATCH_DELETE,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_UserBatchDeleteResponse(data) if data.__class__ is dict else data


class SyncUsersResource:
    """``client.users`` of ``Didit``: list, retrieve, update, create, update_status, batch_delete (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: UsersResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        *,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
        search: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[User]:
        """List users.

        User entities, paginated. Sources disagree: an example uses `page_size`, skills use
        limit/offset (max 200); we follow limit/offset.

        ``GET /v3/users/``. Blocks until Didit answers.

        Args:
          status: Users in this status.
          search: ``str``.
          date_from: ``str``.
          date_to: ``str``.
          limit: Items per page; Didit serves at most 200 and caps a larger value (DRF's
              `max_limit`), it does not reject it.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[User]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.users.list()``
        """
        return self._runner.paginate(
            self._async.list(
                status=status,
                search=search,
                date_from=date_from,
                date_to=date_to,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def retrieve(
        self,
        vendor_data: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Get a user.

        A user with aggregated counters.

        ``GET /v3/users/{vendor_data}/``. Blocks until Didit answers.

        Args:
          vendor_data: Your identifier of the user (case-sensitive).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``User``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``user = client.users.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            vendor_data,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update(
        self,
        vendor_data: str,
        /,
        *,
        display_name: str | None | Unset = UNSET,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        full_name: str | None | Unset = UNSET,
        date_of_birth: str | None | Unset = UNSET,
        issuing_states: Sequence[str] | None = None,
        approved_emails: Sequence[str] | None = None,
        approved_phones: Sequence[str] | None = None,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Update a user.

        Profile fields.

        ``PATCH /v3/users/{vendor_data}/``. Blocks until Didit answers.

        Args:
          vendor_data: Your identifier of the user (case-sensitive).
          display_name: ``str | None``.
          metadata: ``Mapping[str, Any] | None``.
          full_name: ``str | None``.
          date_of_birth: ``str | None``.
          issuing_states: Document issuing countries.
          approved_emails: ``Sequence[str]``.
          approved_phones: ``Sequence[str]``.
          status: Monitoring status.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``User``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``user = client.users.update("…")``
        """
        return self._runner.call(
            self._async.update,
            vendor_data,
            display_name=display_name,
            metadata=metadata,
            full_name=full_name,
            date_of_birth=date_of_birth,
            issuing_states=issuing_states,
            approved_emails=approved_emails,
            approved_phones=approved_phones,
            status=status,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def create(
        self,
        *,
        vendor_data: str,
        display_name: str | None | Unset = UNSET,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
        full_name: str | None | Unset = UNSET,
        date_of_birth: str | None | Unset = UNSET,
        issuing_states: Sequence[str] | None = None,
        approved_emails: Sequence[str] | None = None,
        approved_phones: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Create a user.

        Creates a user before any session.

        ``POST /v3/users/create/``. Blocks until Didit answers.

        Args:
          vendor_data: ``str``.
          display_name: ``str | None``.
          metadata: ``Mapping[str, Any] | None``.
          status: one of ACTIVE, FLAGGED, BLOCKED.
          full_name: ``str | None``.
          date_of_birth: ``str | None``.
          issuing_states: Document issuing countries.
          approved_emails: ``Sequence[str]``.
          approved_phones: ``Sequence[str]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``User``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``user = client.users.create(vendor_data=…)``
        """
        return self._runner.call(
            self._async.create,
            vendor_data=vendor_data,
            display_name=display_name,
            metadata=metadata,
            status=status,
            full_name=full_name,
            date_of_birth=date_of_birth,
            issuing_states=issuing_states,
            approved_emails=approved_emails,
            approved_phones=approved_phones,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update_status(
        self,
        vendor_data: str,
        /,
        *,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"],
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Change a user's status.

        ACTIVE, FLAGGED or BLOCKED.

        ``PATCH /v3/users/{vendor_data}/update-status/``. Blocks until Didit answers.

        Args:
          vendor_data: Your identifier of the user (case-sensitive).
          status: one of ACTIVE, FLAGGED, BLOCKED.
          reason: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``User``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``user = client.users.update_status("…", status=…)``
        """
        return self._runner.call(
            self._async.update_status,
            vendor_data,
            status=status,
            reason=reason,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def batch_delete(
        self,
        *,
        vendor_data_list: Sequence[str] | None = None,
        delete_all: bool | None = None,
        didit_internal_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserBatchDeleteResponse:
        """Delete users.

        By vendor data, or all.

        ``POST /v3/users/delete/``. Blocks until Didit answers.

        Args:
          vendor_data_list: ``Sequence[str]``.
          delete_all: ``bool``.
          didit_internal_id_list: ``Sequence[str]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``UserBatchDeleteResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.users.batch_delete()``
        """
        return self._runner.call(
            self._async.batch_delete,
            vendor_data_list=vendor_data_list,
            delete_all=delete_all,
            didit_internal_id_list=didit_internal_id_list,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.businesses``, async and blocking.

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
    path_param,
)
from didit_async._sync_seam import SyncPaginator, SyncRunner

from .._codec import _E_UserStatus
from .._codec.businesses__batch_delete import (
    structure_BusinessBatchDeleteResponse,
    unstructure_BusinessBatchDeleteRequest,
    validate_BusinessBatchDeleteRequest,
)
from .._codec.businesses__create import (
    unstructure_BusinessCreateRequest,
    validate_BusinessCreateRequest,
)
from .._codec.businesses__update import (
    unstructure_BusinessUpdateRequest,
    validate_BusinessUpdateRequest,
)
from .._codec.businesses__update_status import (
    unstructure_BusinessUpdateStatusRequest,
    validate_BusinessUpdateStatusRequest,
)
from .._codec.shared__businesses_kyb import structure_Business
from ..enums import UserStatus
from ..models.businesses__batch_delete import (
    BusinessBatchDeleteRequest,
    BusinessBatchDeleteResponse,
)
from ..models.businesses__create import BusinessCreateRequest
from ..models.businesses__update import BusinessUpdateRequest
from ..models.businesses__update_status import BusinessUpdateStatusRequest
from ..models.shared__businesses_kyb import Business

__all__ = [
    "BUSINESSES_BATCH_DELETE",
    "BUSINESSES_CREATE",
    "BUSINESSES_LIST",
    "BUSINESSES_RETRIEVE",
    "BUSINESSES_UPDATE",
    "BUSINESSES_UPDATE_STATUS",
    "BusinessesResource",
    "SyncBusinessesResource",
]


BUSINESSES_LIST = OperationMeta(
    operation_id="businesses_list",
    method="GET",
    path="/v3/businesses/",
    host="apx",
    resource="businesses",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


BUSINESSES_CREATE = OperationMeta(
    operation_id="businesses_create",
    method="POST",
    path="/v3/businesses/create/",
    host="apx",
    resource="businesses",
    method_name="create",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="BusinessCreateRequest",
)


BUSINESSES_RETRIEVE = OperationMeta(
    operation_id="businesses_retrieve",
    method="GET",
    path="/v3/businesses/{vendor_data}/",
    host="apx",
    resource="businesses",
    method_name="retrieve",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


BUSINESSES_UPDATE = OperationMeta(
    operation_id="businesses_update",
    method="PATCH",
    path="/v3/businesses/{vendor_data}/",
    host="apx",
    resource="businesses",
    method_name="update",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="BusinessUpdateRequest",
)


BUSINESSES_UPDATE_STATUS = OperationMeta(
    operation_id="businesses_update_status",
    method="PATCH",
    path="/v3/businesses/{vendor_data}/update-status/",
    host="apx",
    resource="businesses",
    method_name="update_status",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="BusinessUpdateStatusRequest",
)


BUSINESSES_BATCH_DELETE = OperationMeta(
    operation_id="businesses_batch_delete",
    method="POST",
    path="/v3/businesses/delete/",
    host="apx",
    resource="businesses",
    method_name="batch_delete",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="BusinessBatchDeleteRequest",
)


class BusinessesResource:
    """``client.businesses``: list, create, retrieve, update, update_status, batch_delete."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
        search: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[Business]:
        """List businesses.

        Business entities (KYB), grouped by `vendor_data`, paginated. Management API: served on
        the apx host (Didit's own tooling calls the same path on the verification host; both
        answer).

        ``GET /v3/businesses/``.

        Args:
          status: one of ACTIVE, FLAGGED, BLOCKED.
          search: ``str``.
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[Business]`` (await it for one page, iterate for every item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.businesses.list()``
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
            exc.method, exc.path = BUSINESSES_LIST.method, BUSINESSES_LIST.path
            raise
        return self._transport.paginate(
            BUSINESSES_LIST,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_Business,
        )

    async def create(
        self,
        *,
        vendor_data: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        legal_name: str | None | Unset = UNSET,
        registration_number: str | None | Unset = UNSET,
        country_code: str | None | Unset = UNSET,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Business:
        """Create a business.

        Creates a business record by hand, before any KYB session. A `vendor_data` already in
        use answers 409. Management API: served on the apx host (Didit's own tooling calls the
        same path on the verification host; both answer).

        ``POST /v3/businesses/create/``.

        Args:
          vendor_data: Your unique identifier of the business.
          display_name: ``str | None``.
          legal_name: ``str | None``.
          registration_number: ``str | None``.
          country_code: ISO 3166-1 alpha-2.
          status: one of ACTIVE, FLAGGED, BLOCKED.
          metadata: ``Mapping[str, Any] | None``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Business``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``business = await client.businesses.create()``
        """
        try:
            body = unstructure_BusinessCreateRequest(
                BusinessCreateRequest(
                    vendor_data=vendor_data,
                    display_name=display_name,
                    legal_name=legal_name,
                    registration_number=registration_number,
                    country_code=country_code,
                    status=status,
                    metadata=metadata,
                )
            )
            validate_BusinessCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = BUSINESSES_CREATE.method, BUSINESSES_CREATE.path
            raise
        data = await self._transport.request(
            BUSINESSES_CREATE,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Business(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        vendor_data: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Business:
        """Get a business.

        A business with its KYB session counters. Management API: served on the apx host
        (Didit's own tooling calls the same path on the verification host; both answer).

        ``GET /v3/businesses/{vendor_data}/``.

        Args:
          vendor_data: Your identifier of the business (case-sensitive).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Business``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``business = await client.businesses.retrieve("…")``
        """
        try:
            path_param("vendor_data", vendor_data)
        except DiditValidationError as exc:
            exc.method, exc.path = BUSINESSES_RETRIEVE.method, BUSINESSES_RETRIEVE.path
            raise
        data = await self._transport.request(
            BUSINESSES_RETRIEVE,
            path_params={"vendor_data": vendor_data},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Business(data) if data.__class__ is dict else data

    async def update(
        self,
        vendor_data: str,
        /,
        *,
        display_name: str | None | Unset = UNSET,
        legal_name: str | None | Unset = UNSET,
        registration_number: str | None | Unset = UNSET,
        country_code: str | None | Unset = UNSET,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Business:
        """Update a business.

        Profile fields; only the fields sent change. `status` is accepted here too (Didit's
        tooling sends it), and fires business.status.updated like the status endpoint.
        Management API: served on the apx host (Didit's own tooling calls the same path on the
        verification host; both answer).

        ``PATCH /v3/businesses/{vendor_data}/``.

        Args:
          vendor_data: Your identifier of the business (case-sensitive).
          display_name: ``str | None``.
          legal_name: ``str | None``.
          registration_number: ``str | None``.
          country_code: ISO 3166-1 alpha-2.
          status: one of ACTIVE, FLAGGED, BLOCKED.
          metadata: ``Mapping[str, Any] | None``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Business``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``business = await client.businesses.update("…")``
        """
        try:
            path_param("vendor_data", vendor_data)
            body = unstructure_BusinessUpdateRequest(
                BusinessUpdateRequest(
                    display_name=display_name,
                    legal_name=legal_name,
                    registration_number=registration_number,
                    country_code=country_code,
                    status=status,
                    metadata=metadata,
                )
            )
            validate_BusinessUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = BUSINESSES_UPDATE.method, BUSINESSES_UPDATE.path
            raise
        data = await self._transport.request(
            BUSINESSES_UPDATE,
            path_params={"vendor_data": vendor_data},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Business(data) if data.__class__ is dict else data

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
    ) -> Business:
        """Change a business's status.

        ACTIVE, FLAGGED or BLOCKED (the monitoring status, as for users). Management API: served
        on the apx host (Didit's own tooling calls the same path on the verification host; both
        answer).

        ``PATCH /v3/businesses/{vendor_data}/update-status/``.

        Args:
          vendor_data: Your identifier of the business (case-sensitive).
          status: one of ACTIVE, FLAGGED, BLOCKED.
          reason: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Business``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``business = await client.businesses.update_status("…", status=…)``
        """
        try:
            path_param("vendor_data", vendor_data)
            body = unstructure_BusinessUpdateStatusRequest(
                BusinessUpdateStatusRequest(status=status, reason=reason)
            )
            validate_BusinessUpdateStatusRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = BUSINESSES_UPDATE_STATUS.method, BUSINESSES_UPDATE_STATUS.path
            raise
        data = await self._transport.request(
            BUSINESSES_UPDATE_STATUS,
            path_params={"vendor_data": vendor_data},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Business(data) if data.__class__ is dict else data

    async def batch_delete(
        self,
        *,
        vendor_data_list: Sequence[str] | None = None,
        didit_internal_id_list: Sequence[str] | None = None,
        delete_all: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BusinessBatchDeleteResponse:
        """Delete businesses.

        By `vendor_data_list`, by `didit_internal_id_list`, or all (`delete_all`). Deleting
        twice deletes nothing more, so a retry is safe. Management API: served on the apx host
        (Didit's own tooling calls the same path on the verification host; both answer).

        ``POST /v3/businesses/delete/``.

        Args:
          vendor_data_list: ``Sequence[str]``.
          didit_internal_id_list: ``Sequence[str]``.
          delete_all: Delete every business of the application.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BusinessBatchDeleteResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.businesses.batch_delete()``
        """
        try:
            body = unstructure_BusinessBatchDeleteRequest(
                BusinessBatchDeleteRequest(
                    vendor_data_list=vendor_data_list,
                    didit_internal_id_list=didit_internal_id_list,
                    delete_all=delete_all,
                )
            )
            validate_BusinessBatchDeleteRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = BUSINESSES_BATCH_DELETE.method, BUSINESSES_BATCH_DELETE.path
            raise
        data = await self._transport.request(
            BUSINESSES_BATCH_DELETE,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_BusinessBatchDeleteResponse(data) if data.__class__ is dict else data


class SyncBusinessesResource:
    """``client.businesses`` of ``Didit``: list, create, retrieve, update, update_status, batch_delete (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: BusinessesResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        *,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
        search: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[Business]:
        """List businesses.

        Business entities (KYB), grouped by `vendor_data`, paginated. Management API: served on
        the apx host (Didit's own tooling calls the same path on the verification host; both
        answer).

        ``GET /v3/businesses/``. Blocks until Didit answers.

        Args:
          status: one of ACTIVE, FLAGGED, BLOCKED.
          search: ``str``.
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[Business]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.businesses.list()``
        """
        return self._runner.paginate(
            self._async.list(
                status=status,
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
        *,
        vendor_data: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        legal_name: str | None | Unset = UNSET,
        registration_number: str | None | Unset = UNSET,
        country_code: str | None | Unset = UNSET,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Business:
        """Create a business.

        Creates a business record by hand, before any KYB session. A `vendor_data` already in
        use answers 409. Management API: served on the apx host (Didit's own tooling calls the
        same path on the verification host; both answer).

        ``POST /v3/businesses/create/``. Blocks until Didit answers.

        Args:
          vendor_data: Your unique identifier of the business.
          display_name: ``str | None``.
          legal_name: ``str | None``.
          registration_number: ``str | None``.
          country_code: ISO 3166-1 alpha-2.
          status: one of ACTIVE, FLAGGED, BLOCKED.
          metadata: ``Mapping[str, Any] | None``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Business``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``business = client.businesses.create()``
        """
        return self._runner.call(
            self._async.create,
            vendor_data=vendor_data,
            display_name=display_name,
            legal_name=legal_name,
            registration_number=registration_number,
            country_code=country_code,
            status=status,
            metadata=metadata,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        vendor_data: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Business:
        """Get a business.

        A business with its KYB session counters. Management API: served on the apx host
        (Didit's own tooling calls the same path on the verification host; both answer).

        ``GET /v3/businesses/{vendor_data}/``. Blocks until Didit answers.

        Args:
          vendor_data: Your identifier of the business (case-sensitive).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Business``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``business = client.businesses.retrieve("…")``
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
        legal_name: str | None | Unset = UNSET,
        registration_number: str | None | Unset = UNSET,
        country_code: str | None | Unset = UNSET,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Business:
        """Update a business.

        Profile fields; only the fields sent change. `status` is accepted here too (Didit's
        tooling sends it), and fires business.status.updated like the status endpoint.
        Management API: served on the apx host (Didit's own tooling calls the same path on the
        verification host; both answer).

        ``PATCH /v3/businesses/{vendor_data}/``. Blocks until Didit answers.

        Args:
          vendor_data: Your identifier of the business (case-sensitive).
          display_name: ``str | None``.
          legal_name: ``str | None``.
          registration_number: ``str | None``.
          country_code: ISO 3166-1 alpha-2.
          status: one of ACTIVE, FLAGGED, BLOCKED.
          metadata: ``Mapping[str, Any] | None``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Business``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``business = client.businesses.update("…")``
        """
        return self._runner.call(
            self._async.update,
            vendor_data,
            display_name=display_name,
            legal_name=legal_name,
            registration_number=registration_number,
            country_code=country_code,
            status=status,
            metadata=metadata,
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
    ) -> Business:
        """Change a business's status.

        ACTIVE, FLAGGED or BLOCKED (the monitoring status, as for users). Management API: served
        on the apx host (Didit's own tooling calls the same path on the verification host; both
        answer).

        ``PATCH /v3/businesses/{vendor_data}/update-status/``. Blocks until Didit answers.

        Args:
          vendor_data: Your identifier of the business (case-sensitive).
          status: one of ACTIVE, FLAGGED, BLOCKED.
          reason: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Business``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``business = client.businesses.update_status("…", status=…)``
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
        didit_internal_id_list: Sequence[str] | None = None,
        delete_all: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BusinessBatchDeleteResponse:
        """Delete businesses.

        By `vendor_data_list`, by `didit_internal_id_list`, or all (`delete_all`). Deleting
        twice deletes nothing more, so a retry is safe. Management API: served on the apx host
        (Didit's own tooling calls the same path on the verification host; both answer).

        ``POST /v3/businesses/delete/``. Blocks until Didit answers.

        Args:
          vendor_data_list: ``Sequence[str]``.
          didit_internal_id_list: ``Sequence[str]``.
          delete_all: Delete every business of the application.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BusinessBatchDeleteResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.businesses.batch_delete()``
        """
        return self._runner.call(
            self._async.batch_delete,
            vendor_data_list=vendor_data_list,
            didit_internal_id_list=didit_internal_id_list,
            delete_all=delete_all,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

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
from .._codec.shared__aml_businesses_users import structure_AmlMonitoringJob
from .._codec.shared__businesses_users import (
    structure_AmlMonitoringEstimate,
    structure_AmlMonitoringToggleJob,
    unstructure_AmlMonitoringBulkToggleRequest,
    validate_AmlMonitoringBulkToggleRequest,
)
from .._codec.users import structure_User
from .._codec.users__batch_delete import (
    structure_UserBatchDeleteResponse,
    unstructure_UserBatchDeleteRequest,
    validate_UserBatchDeleteRequest,
)
from .._codec.users__create import unstructure_UserCreateRequest, validate_UserCreateRequest
from .._codec.users__toggle_aml_monitoring import (
    unstructure_AmlMonitoringUsersRequest,
    validate_AmlMonitoringUsersRequest,
)
from .._codec.users__update import unstructure_UserUpdateRequest, validate_UserUpdateRequest
from .._codec.users__update_status import (
    unstructure_UserUpdateStatusRequest,
    validate_UserUpdateStatusRequest,
)
from .._codec.users__upload_face import (
    structure_UserFace,
    unstructure_UserFaceUploadRequest,
    validate_UserFaceUploadRequest,
)
from ..enums import UserStatus
from ..models.shared__aml_businesses_users import AmlMonitoringJob
from ..models.shared__businesses_users import (
    AmlMonitoringBulkToggleRequest,
    AmlMonitoringEstimate,
    AmlMonitoringToggleJob,
)
from ..models.users import User
from ..models.users__batch_delete import UserBatchDeleteRequest, UserBatchDeleteResponse
from ..models.users__create import UserCreateRequest
from ..models.users__toggle_aml_monitoring import AmlMonitoringUsersRequest
from ..models.users__update import UserUpdateRequest
from ..models.users__update_status import UserUpdateStatusRequest
from ..models.users__upload_face import UserFace, UserFaceUploadRequest

__all__ = [
    "SyncUsersResource",
    "USERS_BATCH_DELETE",
    "USERS_BULK_TOGGLE_AML_MONITORING",
    "USERS_CREATE",
    "USERS_GENERATE_PDF",
    "USERS_LIST",
    "USERS_RETRIEVE",
    "USERS_RETRIEVE_AML_MONITORING_JOB",
    "USERS_TOGGLE_AML_MONITORING",
    "USERS_UPDATE",
    "USERS_UPDATE_STATUS",
    "USERS_UPLOAD_FACE",
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


USERS_TOGGLE_AML_MONITORING = OperationMeta(
    operation_id="users_toggle_aml_monitoring",
    method="POST",
    path="/v3/users/aml-monitoring/",
    host="apx",
    resource="users",
    method_name="toggle_aml_monitoring",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="AmlMonitoringUsersRequest",
)


USERS_GENERATE_PDF = OperationMeta(
    operation_id="users_generate_pdf",
    method="GET",
    path="/v3/users/{vendor_data}/generate-pdf/",
    host="apx",
    resource="users",
    method_name="generate_pdf",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-get",),
    response_kind="binary",
)


USERS_UPLOAD_FACE = OperationMeta(
    operation_id="users_upload_face",
    method="POST",
    path="/v3/organization/{organization_id}/application/{application_id}/vendor-users/by-id/{didit_internal_id}/faces/upload/",
    host="apx",
    resource="users",
    method_name="upload_face",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="UserFaceUploadRequest",
)


USERS_BULK_TOGGLE_AML_MONITORING = OperationMeta(
    operation_id="users_bulk_toggle_aml_monitoring",
    method="PATCH",
    path="/v3/organization/{organization_id}/application/{application_id}/vendor-users/toggle-ongoing-monitoring/",
    host="apx",
    resource="users",
    method_name="bulk_toggle_aml_monitoring",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="AmlMonitoringBulkToggleRequest",
)


USERS_RETRIEVE_AML_MONITORING_JOB = OperationMeta(
    operation_id="users_retrieve_aml_monitoring_job",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/vendor-users/toggle-ongoing-monitoring/{job_id}/",
    host="apx",
    resource="users",
    method_name="retrieve_aml_monitoring_job",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


class UsersResource:
    """``client.users``: list, retrieve, update, create, update_status, batch_delete, toggle_aml_monitoring, generate_pdf, upload_face, bulk_toggle_aml_monitoring, retrieve_aml_monitoring_job."""

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

    async def toggle_aml_monitoring(
        self,
        *,
        is_enabled: bool,
        estimate_only: bool | None = None,
        vendor_data_list: Sequence[str] | None = None,
        didit_internal_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringEstimate | AmlMonitoringToggleJob:
        """Turn ongoing AML monitoring on or off for users.

        Turn ongoing AML monitoring on or off (`is_enabled`) for the users listed by
        `vendor_data_list` or `didit_internal_id_list`. With `estimate_only: true` nothing
        changes: the answer is an estimate (how many would be screened first, the cost, whether
        the balance covers it). Otherwise Didit starts a job: 200 when it finished at once, 202
        while it runs; follow it with `aml.retrieve_monitoring_job(job_id)`. The answer is
        either shape, told apart by its keys (`users_total` for an estimate, `job_id` for a
        job); Didit's facts give the 202 only the job shape, the spec gives both answers the
        same union.

        ``POST /v3/users/aml-monitoring/``.

        Args:
          is_enabled: ``bool``.
          estimate_only: ``bool``.
          vendor_data_list: ``Sequence[str]``.
          didit_internal_id_list: ``Sequence[str]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlMonitoringEstimate | AmlMonitoringToggleJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``estimate = await client.users.toggle_aml_monitoring(is_enabled=…)``
        """
        try:
            body = unstructure_AmlMonitoringUsersRequest(
                AmlMonitoringUsersRequest(
                    is_enabled=is_enabled,
                    estimate_only=estimate_only,
                    vendor_data_list=vendor_data_list,
                    didit_internal_id_list=didit_internal_id_list,
                )
            )
            validate_AmlMonitoringUsersRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                USERS_TOGGLE_AML_MONITORING.method,
                USERS_TOGGLE_AML_MONITORING.path,
            )
            raise
        data = await self._transport.request(
            USERS_TOGGLE_AML_MONITORING,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return (
            (
                (structure_AmlMonitoringEstimate(data))
                if "users_total" in data
                else (structure_AmlMonitoringToggleJob(data))
            )
            if data.__class__ is dict
            else (data)
        )

    async def generate_pdf(
        self,
        vendor_data: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes:
        """Download a user's PDF report.

        A PDF report of one user (keyed by `vendor_data`): their profile, status and sessions.

        ``GET /v3/users/{vendor_data}/generate-pdf/``.

        Args:
          vendor_data: Your identifier of the user (case-sensitive).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: the file's bytes.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``content = await client.users.generate_pdf("…")``
        """
        try:
            path_param("vendor_data", vendor_data)
        except DiditValidationError as exc:
            exc.method, exc.path = USERS_GENERATE_PDF.method, USERS_GENERATE_PDF.path
            raise
        return bytes(
            await self._transport.request(
                USERS_GENERATE_PDF,
                path_params={"vendor_data": vendor_data},
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    async def upload_face(
        self,
        didit_internal_id: str,
        /,
        *,
        image: str,
        comment: str | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserFace:
        """Add a face image to a user.

        Attach a face image (base64 in `image`, with an optional `comment`) to a user, found by
        `didit_internal_id`, for face search and duplicate detection. Organization-scoped:
        `organization_id` and `application_id` name your application. Didit's facts declare the
        API key.

        ``POST /v3/organization/{organization_id}/application/{application_id}/vendor-users/by-
        id/{didit_internal_id}/faces/upload/``.

        Args:
          didit_internal_id: ``str``.
          image: ``str``.
          comment: ``str``.
          organization_id: ``str``.
          application_id: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``UserFace``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``face = await client.users.upload_face("…", image=…)``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("didit_internal_id", didit_internal_id, uuid=True)
            body = unstructure_UserFaceUploadRequest(
                UserFaceUploadRequest(image=image, comment=comment)
            )
            validate_UserFaceUploadRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = USERS_UPLOAD_FACE.method, USERS_UPLOAD_FACE.path
            raise
        data = await self._transport.request(
            USERS_UPLOAD_FACE,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "didit_internal_id": didit_internal_id,
            },
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_UserFace(data) if data.__class__ is dict else data

    async def bulk_toggle_aml_monitoring(
        self,
        *,
        is_enabled: bool,
        estimate_only: bool | None = None,
        update_all: bool | None = None,
        filter_search: str | None = None,
        filter_status: Sequence[str] | None = None,
        filter_country: str | None = None,
        filter_date_from: str | None = None,
        filter_date_to: str | None = None,
        session_numbers: Sequence[str] | None = None,
        toggle_all: bool | None = None,
        filter_workflow_id: str | None = None,
        didit_internal_id_list: Sequence[str] | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringEstimate | AmlMonitoringToggleJob:
        """Turn AML monitoring on or off for many users.

        Turn ongoing AML monitoring on or off (`is_enabled`) for the users you list
        (`didit_internal_id_list`) or, with `update_all: true`, for all of them narrowed by the
        filters (`filter_search`, `filter_status`, `filter_country`,
        `filter_date_from`/`filter_date_to`). `estimate_only: true` answers the estimate and
        changes nothing; otherwise a job starts (200 done, 202 running), followed with
        `users.retrieve_aml_monitoring_job`. The answer is an estimate or a job, told apart by
        their keys (the shapes of `users.toggle_aml_monitoring`). Organization-scoped:
        `organization_id` and `application_id` name your application. Didit's facts declare no
        security scheme here; the SDK sends the API key when the client has one (as the face
        upload under the same prefix declares), else the account access token (as the console's
        organization-scoped endpoints take).

        ``PATCH /v3/organization/{organization_id}/application/{application_id}/vendor-
        users/toggle-ongoing-monitoring/``.

        Args:
          is_enabled: ``bool``.
          estimate_only: ``bool``.
          update_all: ``bool``.
          filter_search: ``str``.
          filter_status: ``Sequence[str]``.
          filter_country: ``str``.
          filter_date_from: ``str``.
          filter_date_to: ``str``.
          session_numbers: ``Sequence[str]``.
          toggle_all: ``bool``.
          filter_workflow_id: ``str``.
          didit_internal_id_list: ``Sequence[str]``.
          organization_id: ``str``.
          application_id: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlMonitoringEstimate | AmlMonitoringToggleJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``estimate = await client.users.bulk_toggle_aml_monitoring(is_enabled=…)``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            body = unstructure_AmlMonitoringBulkToggleRequest(
                AmlMonitoringBulkToggleRequest(
                    is_enabled=is_enabled,
                    estimate_only=estimate_only,
                    update_all=update_all,
                    filter_search=filter_search,
                    filter_status=filter_status,
                    filter_country=filter_country,
                    filter_date_from=filter_date_from,
                    filter_date_to=filter_date_to,
                    session_numbers=session_numbers,
                    toggle_all=toggle_all,
                    filter_workflow_id=filter_workflow_id,
                    didit_internal_id_list=didit_internal_id_list,
                )
            )
            validate_AmlMonitoringBulkToggleRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                USERS_BULK_TOGGLE_AML_MONITORING.method,
                USERS_BULK_TOGGLE_AML_MONITORING.path,
            )
            raise
        data = await self._transport.request(
            USERS_BULK_TOGGLE_AML_MONITORING,
            path_params={"organization_id": organization_id, "application_id": application_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return (
            (
                (structure_AmlMonitoringEstimate(data))
                if "users_total" in data
                else (structure_AmlMonitoringToggleJob(data))
            )
            if data.__class__ is dict
            else (data)
        )

    async def retrieve_aml_monitoring_job(
        self,
        job_id: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringJob:
        """Retrieve a users' AML monitoring job.

        Progress of a bulk monitoring toggle for users. Organization-scoped: `organization_id`
        and `application_id` name your application. Didit's facts declare no security scheme
        here; the SDK sends the API key when the client has one (as the face upload under the
        same prefix declares), else the account access token (as the console's organization-
        scoped endpoints take).

        ``GET /v3/organization/{organization_id}/application/{application_id}/vendor-
        users/toggle-ongoing-monitoring/{job_id}/``.

        Args:
          job_id: ``str``.
          organization_id: ``str``.
          application_id: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlMonitoringJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``job = await client.users.retrieve_aml_monitoring_job("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("job_id", job_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                USERS_RETRIEVE_AML_MONITORING_JOB.method,
                USERS_RETRIEVE_AML_MONITORING_JOB.path,
            )
            raise
        data = await self._transport.request(
            USERS_RETRIEVE_AML_MONITORING_JOB,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "job_id": job_id,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_AmlMonitoringJob(data) if data.__class__ is dict else data


class SyncUsersResource:
    """``client.users`` of ``Didit``: list, retrieve, update, create, update_status, batch_delete, toggle_aml_monitoring, generate_pdf, upload_face, bulk_toggle_aml_monitoring, retrieve_aml_monitoring_job (blocking)."""

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

    def toggle_aml_monitoring(
        self,
        *,
        is_enabled: bool,
        estimate_only: bool | None = None,
        vendor_data_list: Sequence[str] | None = None,
        didit_internal_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringEstimate | AmlMonitoringToggleJob:
        """Turn ongoing AML monitoring on or off for users.

        Turn ongoing AML monitoring on or off (`is_enabled`) for the users listed by
        `vendor_data_list` or `didit_internal_id_list`. With `estimate_only: true` nothing
        changes: the answer is an estimate (how many would be screened first, the cost, whether
        the balance covers it). Otherwise Didit starts a job: 200 when it finished at once, 202
        while it runs; follow it with `aml.retrieve_monitoring_job(job_id)`. The answer is
        either shape, told apart by its keys (`users_total` for an estimate, `job_id` for a
        job); Didit's facts give the 202 only the job shape, the spec gives both answers the
        same union.

        ``POST /v3/users/aml-monitoring/``. Blocks until Didit answers.

        Args:
          is_enabled: ``bool``.
          estimate_only: ``bool``.
          vendor_data_list: ``Sequence[str]``.
          didit_internal_id_list: ``Sequence[str]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlMonitoringEstimate | AmlMonitoringToggleJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``estimate = client.users.toggle_aml_monitoring(is_enabled=…)``
        """
        return self._runner.call(
            self._async.toggle_aml_monitoring,
            is_enabled=is_enabled,
            estimate_only=estimate_only,
            vendor_data_list=vendor_data_list,
            didit_internal_id_list=didit_internal_id_list,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def generate_pdf(
        self,
        vendor_data: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes:
        """Download a user's PDF report.

        A PDF report of one user (keyed by `vendor_data`): their profile, status and sessions.

        ``GET /v3/users/{vendor_data}/generate-pdf/``. Blocks until Didit answers.

        Args:
          vendor_data: Your identifier of the user (case-sensitive).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: the file's bytes.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``content = client.users.generate_pdf("…")``
        """
        return self._runner.call(
            self._async.generate_pdf,
            vendor_data,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def upload_face(
        self,
        didit_internal_id: str,
        /,
        *,
        image: str,
        comment: str | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserFace:
        """Add a face image to a user.

        Attach a face image (base64 in `image`, with an optional `comment`) to a user, found by
        `didit_internal_id`, for face search and duplicate detection. Organization-scoped:
        `organization_id` and `application_id` name your application. Didit's facts declare the
        API key.

        ``POST /v3/organization/{organization_id}/application/{application_id}/vendor-users/by-
        id/{didit_internal_id}/faces/upload/``. Blocks until Didit answers.

        Args:
          didit_internal_id: ``str``.
          image: ``str``.
          comment: ``str``.
          organization_id: ``str``.
          application_id: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``UserFace``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``face = client.users.upload_face("…", image=…)``
        """
        return self._runner.call(
            self._async.upload_face,
            didit_internal_id,
            image=image,
            comment=comment,
            organization_id=organization_id,
            application_id=application_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def bulk_toggle_aml_monitoring(
        self,
        *,
        is_enabled: bool,
        estimate_only: bool | None = None,
        update_all: bool | None = None,
        filter_search: str | None = None,
        filter_status: Sequence[str] | None = None,
        filter_country: str | None = None,
        filter_date_from: str | None = None,
        filter_date_to: str | None = None,
        session_numbers: Sequence[str] | None = None,
        toggle_all: bool | None = None,
        filter_workflow_id: str | None = None,
        didit_internal_id_list: Sequence[str] | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringEstimate | AmlMonitoringToggleJob:
        """Turn AML monitoring on or off for many users.

        Turn ongoing AML monitoring on or off (`is_enabled`) for the users you list
        (`didit_internal_id_list`) or, with `update_all: true`, for all of them narrowed by the
        filters (`filter_search`, `filter_status`, `filter_country`,
        `filter_date_from`/`filter_date_to`). `estimate_only: true` answers the estimate and
        changes nothing; otherwise a job starts (200 done, 202 running), followed with
        `users.retrieve_aml_monitoring_job`. The answer is an estimate or a job, told apart by
        their keys (the shapes of `users.toggle_aml_monitoring`). Organization-scoped:
        `organization_id` and `application_id` name your application. Didit's facts declare no
        security scheme here; the SDK sends the API key when the client has one (as the face
        upload under the same prefix declares), else the account access token (as the console's
        organization-scoped endpoints take).

        ``PATCH /v3/organization/{organization_id}/application/{application_id}/vendor-
        users/toggle-ongoing-monitoring/``. Blocks until Didit answers.

        Args:
          is_enabled: ``bool``.
          estimate_only: ``bool``.
          update_all: ``bool``.
          filter_search: ``str``.
          filter_status: ``Sequence[str]``.
          filter_country: ``str``.
          filter_date_from: ``str``.
          filter_date_to: ``str``.
          session_numbers: ``Sequence[str]``.
          toggle_all: ``bool``.
          filter_workflow_id: ``str``.
          didit_internal_id_list: ``Sequence[str]``.
          organization_id: ``str``.
          application_id: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlMonitoringEstimate | AmlMonitoringToggleJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``estimate = client.users.bulk_toggle_aml_monitoring(is_enabled=…)``
        """
        return self._runner.call(
            self._async.bulk_toggle_aml_monitoring,
            is_enabled=is_enabled,
            estimate_only=estimate_only,
            update_all=update_all,
            filter_search=filter_search,
            filter_status=filter_status,
            filter_country=filter_country,
            filter_date_from=filter_date_from,
            filter_date_to=filter_date_to,
            session_numbers=session_numbers,
            toggle_all=toggle_all,
            filter_workflow_id=filter_workflow_id,
            didit_internal_id_list=didit_internal_id_list,
            organization_id=organization_id,
            application_id=application_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve_aml_monitoring_job(
        self,
        job_id: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringJob:
        """Retrieve a users' AML monitoring job.

        Progress of a bulk monitoring toggle for users. Organization-scoped: `organization_id`
        and `application_id` name your application. Didit's facts declare no security scheme
        here; the SDK sends the API key when the client has one (as the face upload under the
        same prefix declares), else the account access token (as the console's organization-
        scoped endpoints take).

        ``GET /v3/organization/{organization_id}/application/{application_id}/vendor-
        users/toggle-ongoing-monitoring/{job_id}/``. Blocks until Didit answers.

        Args:
          job_id: ``str``.
          organization_id: ``str``.
          application_id: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlMonitoringJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``job = client.users.retrieve_aml_monitoring_job("…")``
        """
        return self._runner.call(
            self._async.retrieve_aml_monitoring_job,
            job_id,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

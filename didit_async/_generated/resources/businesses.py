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
from .._codec.businesses__toggle_aml_monitoring import (
    unstructure_AmlMonitoringBusinessesRequest,
    validate_AmlMonitoringBusinessesRequest,
)
from .._codec.businesses__update import (
    unstructure_BusinessUpdateRequest,
    validate_BusinessUpdateRequest,
)
from .._codec.businesses__update_status import (
    unstructure_BusinessUpdateStatusRequest,
    validate_BusinessUpdateStatusRequest,
)
from .._codec.shared__aml_businesses_users import structure_AmlMonitoringJob
from .._codec.shared__businesses_kyb import structure_Business
from .._codec.shared__businesses_users import (
    structure_AmlMonitoringEstimate,
    structure_AmlMonitoringToggleJob,
    unstructure_AmlMonitoringBulkToggleRequest,
    validate_AmlMonitoringBulkToggleRequest,
)
from ..enums import UserStatus
from ..models.businesses__batch_delete import (
    BusinessBatchDeleteRequest,
    BusinessBatchDeleteResponse,
)
from ..models.businesses__create import BusinessCreateRequest
from ..models.businesses__toggle_aml_monitoring import AmlMonitoringBusinessesRequest
from ..models.businesses__update import BusinessUpdateRequest
from ..models.businesses__update_status import BusinessUpdateStatusRequest
from ..models.shared__aml_businesses_users import AmlMonitoringJob
from ..models.shared__businesses_kyb import Business
from ..models.shared__businesses_users import (
    AmlMonitoringBulkToggleRequest,
    AmlMonitoringEstimate,
    AmlMonitoringToggleJob,
)

__all__ = [
    "BUSINESSES_BATCH_DELETE",
    "BUSINESSES_BULK_TOGGLE_AML_MONITORING",
    "BUSINESSES_BULK_TOGGLE_SESSION_AML_MONITORING",
    "BUSINESSES_CREATE",
    "BUSINESSES_LIST",
    "BUSINESSES_RETRIEVE",
    "BUSINESSES_RETRIEVE_AML_MONITORING_JOB",
    "BUSINESSES_RETRIEVE_SESSION_AML_MONITORING_JOB",
    "BUSINESSES_TOGGLE_AML_MONITORING",
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


BUSINESSES_TOGGLE_AML_MONITORING = OperationMeta(
    operation_id="businesses_toggle_aml_monitoring",
    method="POST",
    path="/v3/businesses/aml-monitoring/",
    host="apx",
    resource="businesses",
    method_name="toggle_aml_monitoring",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="AmlMonitoringBusinessesRequest",
)


BUSINESSES_BULK_TOGGLE_AML_MONITORING = OperationMeta(
    operation_id="businesses_bulk_toggle_aml_monitoring",
    method="PATCH",
    path="/v3/organization/{organization_id}/application/{application_id}/vendor-businesses/toggle-ongoing-monitoring/",
    host="apx",
    resource="businesses",
    method_name="bulk_toggle_aml_monitoring",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="AmlMonitoringBulkToggleRequest",
)


BUSINESSES_RETRIEVE_AML_MONITORING_JOB = OperationMeta(
    operation_id="businesses_retrieve_aml_monitoring_job",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/vendor-businesses/toggle-ongoing-monitoring/{job_id}/",
    host="apx",
    resource="businesses",
    method_name="retrieve_aml_monitoring_job",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


BUSINESSES_BULK_TOGGLE_SESSION_AML_MONITORING = OperationMeta(
    operation_id="businesses_bulk_toggle_session_aml_monitoring",
    method="PATCH",
    path="/v3/organization/{organization_id}/application/{application_id}/businesses/toggle-ongoing-monitoring/",
    host="apx",
    resource="businesses",
    method_name="bulk_toggle_session_aml_monitoring",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="AmlMonitoringBulkToggleRequest",
)


BUSINESSES_RETRIEVE_SESSION_AML_MONITORING_JOB = OperationMeta(
    operation_id="businesses_retrieve_session_aml_monitoring_job",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/businesses/toggle-ongoing-monitoring/{job_id}/",
    host="apx",
    resource="businesses",
    method_name="retrieve_session_aml_monitoring_job",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


class BusinessesResource:
    """``client.businesses``: list, create, retrieve, update, update_status, batch_delete, toggle_aml_monitoring, bulk_toggle_aml_monitoring, retrieve_aml_monitoring_job, bulk_toggle_session_aml_monitoring, retrieve_session_aml_monitoring_job."""

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
        """Turn ongoing AML monitoring on or off for businesses.

        Turn ongoing AML monitoring on or off (`is_enabled`) for the businesses listed by
        `vendor_data_list` or `didit_internal_id_list`. With `estimate_only: true` nothing
        changes: the answer is an estimate (how many would be screened first, the cost, whether
        the balance covers it). Otherwise Didit starts a job: 200 when it finished at once, 202
        while it runs; follow it with `aml.retrieve_monitoring_job(job_id)`. The answer is
        either shape, told apart by its keys (`users_total` for an estimate, `job_id` for a
        job); Didit's facts give the 202 only the job shape, the spec gives both answers the
        same union.

        ``POST /v3/businesses/aml-monitoring/``.

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

        Example: ``estimate = await client.businesses.toggle_aml_monitoring(is_enabled=…)``
        """
        try:
            body = unstructure_AmlMonitoringBusinessesRequest(
                AmlMonitoringBusinessesRequest(
                    is_enabled=is_enabled,
                    estimate_only=estimate_only,
                    vendor_data_list=vendor_data_list,
                    didit_internal_id_list=didit_internal_id_list,
                )
            )
            validate_AmlMonitoringBusinessesRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                BUSINESSES_TOGGLE_AML_MONITORING.method,
                BUSINESSES_TOGGLE_AML_MONITORING.path,
            )
            raise
        data = await self._transport.request(
            BUSINESSES_TOGGLE_AML_MONITORING,
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
        """Turn AML monitoring on or off for many businesses.

        Turn ongoing AML monitoring on or off (`is_enabled`) for the businesses you list
        (`didit_internal_id_list`) or, with `update_all: true`, for all of them narrowed by the
        filters (`filter_search`, `filter_status`, `filter_country`,
        `filter_date_from`/`filter_date_to`). `estimate_only: true` answers the estimate and
        changes nothing; otherwise a job starts (200 done, 202 running), followed with
        `businesses.retrieve_aml_monitoring_job`. The answer is an estimate or a job, told apart
        by their keys (the shapes of `users.toggle_aml_monitoring`). Organization-scoped:
        `organization_id` and `application_id` name your application. Didit's facts declare no
        security scheme here; the SDK sends the API key when the client has one (as the face
        upload under the same prefix declares), else the account access token (as the console's
        organization-scoped endpoints take).

        ``PATCH /v3/organization/{organization_id}/application/{application_id}/vendor-
        businesses/toggle-ongoing-monitoring/``.

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

        Example: ``estimate = await client.businesses.bulk_toggle_aml_monitoring(is_enabled=…)``
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
                BUSINESSES_BULK_TOGGLE_AML_MONITORING.method,
                BUSINESSES_BULK_TOGGLE_AML_MONITORING.path,
            )
            raise
        data = await self._transport.request(
            BUSINESSES_BULK_TOGGLE_AML_MONITORING,
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
        """Retrieve a businesses' AML monitoring job.

        Progress of a bulk monitoring toggle for businesses. Organization-scoped:
        `organization_id` and `application_id` name your application. Didit's facts declare no
        security scheme here; the SDK sends the API key when the client has one (as the face
        upload under the same prefix declares), else the account access token (as the console's
        organization-scoped endpoints take).

        ``GET /v3/organization/{organization_id}/application/{application_id}/vendor-
        businesses/toggle-ongoing-monitoring/{job_id}/``.

        Args:
          job_id: ``str``.
          organization_id: ``str``.
          application_id: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlMonitoringJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``job = await client.businesses.retrieve_aml_monitoring_job("…")``
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
                BUSINESSES_RETRIEVE_AML_MONITORING_JOB.method,
                BUSINESSES_RETRIEVE_AML_MONITORING_JOB.path,
            )
            raise
        data = await self._transport.request(
            BUSINESSES_RETRIEVE_AML_MONITORING_JOB,
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

    async def bulk_toggle_session_aml_monitoring(
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
        """Turn AML monitoring on or off for many KYB sessions.

        Turn ongoing AML monitoring on or off (`is_enabled`) for the businesses verified by KYB
        sessions (the sandbox reads it as the businesses that have a KYB session) you list
        (`didit_internal_id_list`) or, with `update_all: true`, for all of them narrowed by the
        filters (`filter_search`, `filter_status`, `filter_country`,
        `filter_date_from`/`filter_date_to`). `estimate_only: true` answers the estimate and
        changes nothing; otherwise a job starts (200 done, 202 running), followed with
        `businesses.retrieve_session_aml_monitoring_job`. The answer is an estimate or a job,
        told apart by their keys (the shapes of `users.toggle_aml_monitoring`). Organization-
        scoped: `organization_id` and `application_id` name your application. Didit's facts
        declare no security scheme here; the SDK sends the API key when the client has one (as
        the face upload under the same prefix declares), else the account access token (as the
        console's organization-scoped endpoints take).

        ``PATCH
        /v3/organization/{organization_id}/application/{application_id}/businesses/toggle-
        ongoing-monitoring/``.

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

        Example: ``estimate = await
        client.businesses.bulk_toggle_session_aml_monitoring(is_enabled=…)``
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
                BUSINESSES_BULK_TOGGLE_SESSION_AML_MONITORING.method,
                BUSINESSES_BULK_TOGGLE_SESSION_AML_MONITORING.path,
            )
            raise
        data = await self._transport.request(
            BUSINESSES_BULK_TOGGLE_SESSION_AML_MONITORING,
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

    async def retrieve_session_aml_monitoring_job(
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
        """Retrieve a KYB sessions' AML monitoring job.

        Progress of a bulk monitoring toggle for KYB sessions. Organization-scoped:
        `organization_id` and `application_id` name your application. Didit's facts declare no
        security scheme here; the SDK sends the API key when the client has one (as the face
        upload under the same prefix declares), else the account access token (as the console's
        organization-scoped endpoints take).

        ``GET /v3/organization/{organization_id}/application/{application_id}/businesses/toggle-
        ongoing-monitoring/{job_id}/``.

        Args:
          job_id: ``str``.
          organization_id: ``str``.
          application_id: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlMonitoringJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``job = await client.businesses.retrieve_session_aml_monitoring_job("…")``
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
                BUSINESSES_RETRIEVE_SESSION_AML_MONITORING_JOB.method,
                BUSINESSES_RETRIEVE_SESSION_AML_MONITORING_JOB.path,
            )
            raise
        data = await self._transport.request(
            BUSINESSES_RETRIEVE_SESSION_AML_MONITORING_JOB,
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


class SyncBusinessesResource:
    """``client.businesses`` of ``Didit``: list, create, retrieve, update, update_status, batch_delete, toggle_aml_monitoring, bulk_toggle_aml_monitoring, retrieve_aml_monitoring_job, bulk_toggle_session_aml_monitoring, retrieve_session_aml_monitoring_job (blocking)."""

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
        """Turn ongoing AML monitoring on or off for businesses.

        Turn ongoing AML monitoring on or off (`is_enabled`) for the businesses listed by
        `vendor_data_list` or `didit_internal_id_list`. With `estimate_only: true` nothing
        changes: the answer is an estimate (how many would be screened first, the cost, whether
        the balance covers it). Otherwise Didit starts a job: 200 when it finished at once, 202
        while it runs; follow it with `aml.retrieve_monitoring_job(job_id)`. The answer is
        either shape, told apart by its keys (`users_total` for an estimate, `job_id` for a
        job); Didit's facts give the 202 only the job shape, the spec gives both answers the
        same union.

        ``POST /v3/businesses/aml-monitoring/``. Blocks until Didit answers.

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

        Example: ``estimate = client.businesses.toggle_aml_monitoring(is_enabled=…)``
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
        """Turn AML monitoring on or off for many businesses.

        Turn ongoing AML monitoring on or off (`is_enabled`) for the businesses you list
        (`didit_internal_id_list`) or, with `update_all: true`, for all of them narrowed by the
        filters (`filter_search`, `filter_status`, `filter_country`,
        `filter_date_from`/`filter_date_to`). `estimate_only: true` answers the estimate and
        changes nothing; otherwise a job starts (200 done, 202 running), followed with
        `businesses.retrieve_aml_monitoring_job`. The answer is an estimate or a job, told apart
        by their keys (the shapes of `users.toggle_aml_monitoring`). Organization-scoped:
        `organization_id` and `application_id` name your application. Didit's facts declare no
        security scheme here; the SDK sends the API key when the client has one (as the face
        upload under the same prefix declares), else the account access token (as the console's
        organization-scoped endpoints take).

        ``PATCH /v3/organization/{organization_id}/application/{application_id}/vendor-
        businesses/toggle-ongoing-monitoring/``. Blocks until Didit answers.

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

        Example: ``estimate = client.businesses.bulk_toggle_aml_monitoring(is_enabled=…)``
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
        """Retrieve a businesses' AML monitoring job.

        Progress of a bulk monitoring toggle for businesses. Organization-scoped:
        `organization_id` and `application_id` name your application. Didit's facts declare no
        security scheme here; the SDK sends the API key when the client has one (as the face
        upload under the same prefix declares), else the account access token (as the console's
        organization-scoped endpoints take).

        ``GET /v3/organization/{organization_id}/application/{application_id}/vendor-
        businesses/toggle-ongoing-monitoring/{job_id}/``. Blocks until Didit answers.

        Args:
          job_id: ``str``.
          organization_id: ``str``.
          application_id: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlMonitoringJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``job = client.businesses.retrieve_aml_monitoring_job("…")``
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

    def bulk_toggle_session_aml_monitoring(
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
        """Turn AML monitoring on or off for many KYB sessions.

        Turn ongoing AML monitoring on or off (`is_enabled`) for the businesses verified by KYB
        sessions (the sandbox reads it as the businesses that have a KYB session) you list
        (`didit_internal_id_list`) or, with `update_all: true`, for all of them narrowed by the
        filters (`filter_search`, `filter_status`, `filter_country`,
        `filter_date_from`/`filter_date_to`). `estimate_only: true` answers the estimate and
        changes nothing; otherwise a job starts (200 done, 202 running), followed with
        `businesses.retrieve_session_aml_monitoring_job`. The answer is an estimate or a job,
        told apart by their keys (the shapes of `users.toggle_aml_monitoring`). Organization-
        scoped: `organization_id` and `application_id` name your application. Didit's facts
        declare no security scheme here; the SDK sends the API key when the client has one (as
        the face upload under the same prefix declares), else the account access token (as the
        console's organization-scoped endpoints take).

        ``PATCH
        /v3/organization/{organization_id}/application/{application_id}/businesses/toggle-
        ongoing-monitoring/``. Blocks until Didit answers.

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

        Example: ``estimate =
        client.businesses.bulk_toggle_session_aml_monitoring(is_enabled=…)``
        """
        return self._runner.call(
            self._async.bulk_toggle_session_aml_monitoring,
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

    def retrieve_session_aml_monitoring_job(
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
        """Retrieve a KYB sessions' AML monitoring job.

        Progress of a bulk monitoring toggle for KYB sessions. Organization-scoped:
        `organization_id` and `application_id` name your application. Didit's facts declare no
        security scheme here; the SDK sends the API key when the client has one (as the face
        upload under the same prefix declares), else the account access token (as the console's
        organization-scoped endpoints take).

        ``GET /v3/organization/{organization_id}/application/{application_id}/businesses/toggle-
        ongoing-monitoring/{job_id}/``. Blocks until Didit answers.

        Args:
          job_id: ``str``.
          organization_id: ``str``.
          application_id: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlMonitoringJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``job = client.businesses.retrieve_session_aml_monitoring_job("…")``
        """
        return self._runner.call(
            self._async.retrieve_session_aml_monitoring_job,
            job_id,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

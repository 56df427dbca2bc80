# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.biometric_templates``, async and blocking.

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
    AsyncPaginator,
    DiditValidationError,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
    is_datetime,
    is_uuid,
    path_param,
)
from didit_async._sync_seam import SyncPaginator, SyncRunner

from .._codec import _E_inline143, _E_inline149, _E_inline161
from .._codec.biometric_templates__bulk_purge import (
    structure_BiometricTemplateBulkPurgeResult,
    unstructure_BiometricTemplateBulkPurgeRequest,
    validate_BiometricTemplateBulkPurgeRequest,
)
from .._codec.biometric_templates__bulk_purge__purge import structure_BiometricTemplatePurgeResult
from .._codec.biometric_templates__count import structure_BiometricTemplateCount
from .._codec.biometric_templates__list__retrieve import structure_BiometricTemplate
from ..models.biometric_templates__bulk_purge import (
    BiometricTemplateBulkPurgeRequest,
    BiometricTemplateBulkPurgeResult,
)
from ..models.biometric_templates__bulk_purge__purge import BiometricTemplatePurgeResult
from ..models.biometric_templates__count import BiometricTemplateCount
from ..models.biometric_templates__list__retrieve import BiometricTemplate

__all__ = [
    "BIOMETRIC_TEMPLATES_BULK_PURGE",
    "BIOMETRIC_TEMPLATES_COUNT",
    "BIOMETRIC_TEMPLATES_LIST",
    "BIOMETRIC_TEMPLATES_PURGE",
    "BIOMETRIC_TEMPLATES_RETRIEVE",
    "BiometricTemplatesResource",
    "SyncBiometricTemplatesResource",
]


BIOMETRIC_TEMPLATES_LIST = OperationMeta(
    operation_id="biometric_templates_list",
    method="GET",
    path="/v3/biometric-templates/",
    host="verification",
    resource="biometric_templates",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


BIOMETRIC_TEMPLATES_COUNT = OperationMeta(
    operation_id="biometric_templates_count",
    method="GET",
    path="/v3/biometric-templates/count/",
    host="verification",
    resource="biometric_templates",
    method_name="count",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-get",),
)


BIOMETRIC_TEMPLATES_RETRIEVE = OperationMeta(
    operation_id="biometric_templates_retrieve",
    method="GET",
    path="/v3/biometric-templates/{template_uuid}/",
    host="verification",
    resource="biometric_templates",
    method_name="retrieve",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-get",),
)


BIOMETRIC_TEMPLATES_PURGE = OperationMeta(
    operation_id="biometric_templates_purge",
    method="DELETE",
    path="/v3/biometric-templates/{template_uuid}/",
    host="verification",
    resource="biometric_templates",
    method_name="purge",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
)


BIOMETRIC_TEMPLATES_BULK_PURGE = OperationMeta(
    operation_id="biometric_templates_bulk_purge",
    method="POST",
    path="/v3/biometric-templates/delete/",
    host="verification",
    resource="biometric_templates",
    method_name="bulk_purge",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="BiometricTemplateBulkPurgeRequest",
)


class BiometricTemplatesResource:
    """``client.biometric_templates``: list, count, retrieve, purge, bulk_purge."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        vendor_data: str | None = None,
        vendor_user_uuid: str | None = None,
        status: Literal[
            "pending", "active", "expired", "held_out_of_use", "purge_pending", "purge_failed"
        ]
        | None = None,
        source_type: Literal["session_delete", "automatic_retention", "backfill"] | None = None,
        retained_from: str | None = None,
        retained_to: str | None = None,
        ordering: Literal["retained_at", "-retained_at", "expires_at", "-expires_at"] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[BiometricTemplate]:
        """List biometric templates.

        The face templates Didit keeps for face search and duplicate detection, each with where
        it came from, its retention policy and its status. Filters: `vendor_data`,
        `vendor_user_uuid`, `status`, `source_type`, and `retained_from`/`retained_to` (when the
        template was kept). `ordering` by `retained_at` or `expires_at` (`-` for descending;
        newest retained first by default).

        ``GET /v3/biometric-templates/``.

        Args:
          vendor_data: ``str``.
          vendor_user_uuid: ``str``.
          status: one of pending, active, expired, held_out_of_use, purge_pending, purge_failed.
          source_type: one of session_delete, automatic_retention, backfill.
          retained_from: ``str``.
          retained_to: ``str``.
          ordering: one of retained_at, -retained_at, expires_at, -expires_at.
          limit: ``int``.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[BiometricTemplate]`` (await it for one page, iterate for every
        item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.biometric_templates.list()``
        """
        try:
            query: dict[str, Any] = {}
            if vendor_data is not None:
                if not isinstance(vendor_data, str):
                    raise DiditValidationError(
                        "vendor_data", "type", "must be a string, not " + type(vendor_data).__name__
                    )
                query["vendor_data"] = vendor_data
            if vendor_user_uuid is not None:
                if not isinstance(vendor_user_uuid, str):
                    raise DiditValidationError(
                        "vendor_user_uuid",
                        "type",
                        "must be a string, not " + type(vendor_user_uuid).__name__,
                    )
                if not is_uuid(vendor_user_uuid):
                    raise DiditValidationError("vendor_user_uuid", "format", "must be a valid uuid")
                query["vendor_user_uuid"] = vendor_user_uuid
            if status is not None:
                if not isinstance(status, str) or status not in _E_inline149:
                    raise DiditValidationError(
                        "status",
                        "enum",
                        "must be one of: pending, active, expired, held_out_of_use, purge_pending, purge_failed"
                        + (
                            ", not " + repr(status[:40])
                            if isinstance(status, str)
                            else ", not " + type(status).__name__
                        ),
                    )
                query["status"] = status
            if source_type is not None:
                if not isinstance(source_type, str) or source_type not in _E_inline143:
                    raise DiditValidationError(
                        "source_type",
                        "enum",
                        "must be one of: session_delete, automatic_retention, backfill"
                        + (
                            ", not " + repr(source_type[:40])
                            if isinstance(source_type, str)
                            else ", not " + type(source_type).__name__
                        ),
                    )
                query["source_type"] = source_type
            if retained_from is not None:
                if not isinstance(retained_from, str):
                    raise DiditValidationError(
                        "retained_from",
                        "type",
                        "must be a string, not " + type(retained_from).__name__,
                    )
                if not is_datetime(retained_from):
                    raise DiditValidationError(
                        "retained_from", "format", "must be a valid date-time"
                    )
                query["retained_from"] = retained_from
            if retained_to is not None:
                if not isinstance(retained_to, str):
                    raise DiditValidationError(
                        "retained_to", "type", "must be a string, not " + type(retained_to).__name__
                    )
                if not is_datetime(retained_to):
                    raise DiditValidationError("retained_to", "format", "must be a valid date-time")
                query["retained_to"] = retained_to
            if ordering is not None:
                if not isinstance(ordering, str) or ordering not in _E_inline161:
                    raise DiditValidationError(
                        "ordering",
                        "enum",
                        "must be one of: retained_at, -retained_at, expires_at, -expires_at"
                        + (
                            ", not " + repr(ordering[:40])
                            if isinstance(ordering, str)
                            else ", not " + type(ordering).__name__
                        ),
                    )
                query["ordering"] = ordering
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
            exc.method, exc.path = BIOMETRIC_TEMPLATES_LIST.method, BIOMETRIC_TEMPLATES_LIST.path
            raise
        return self._transport.paginate(
            BIOMETRIC_TEMPLATES_LIST,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_BiometricTemplate,
        )

    async def count(
        self,
        *,
        vendor_data: str | None = None,
        vendor_user_uuid: str | None = None,
        status: Literal[
            "pending", "active", "expired", "held_out_of_use", "purge_pending", "purge_failed"
        ]
        | None = None,
        source_type: Literal["session_delete", "automatic_retention", "backfill"] | None = None,
        retained_from: str | None = None,
        retained_to: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BiometricTemplateCount:
        """Count biometric templates.

        How many templates match the filters, without listing them. Filters: `vendor_data`,
        `vendor_user_uuid`, `status`, `source_type`, and `retained_from`/`retained_to` (when the
        template was kept).

        ``GET /v3/biometric-templates/count/``.

        Args:
          vendor_data: ``str``.
          vendor_user_uuid: ``str``.
          status: one of pending, active, expired, held_out_of_use, purge_pending, purge_failed.
          source_type: one of session_delete, automatic_retention, backfill.
          retained_from: ``str``.
          retained_to: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BiometricTemplateCount``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``count = await client.biometric_templates.count()``
        """
        try:
            query: dict[str, Any] = {}
            if vendor_data is not None:
                if not isinstance(vendor_data, str):
                    raise DiditValidationError(
                        "vendor_data", "type", "must be a string, not " + type(vendor_data).__name__
                    )
                query["vendor_data"] = vendor_data
            if vendor_user_uuid is not None:
                if not isinstance(vendor_user_uuid, str):
                    raise DiditValidationError(
                        "vendor_user_uuid",
                        "type",
                        "must be a string, not " + type(vendor_user_uuid).__name__,
                    )
                if not is_uuid(vendor_user_uuid):
                    raise DiditValidationError("vendor_user_uuid", "format", "must be a valid uuid")
                query["vendor_user_uuid"] = vendor_user_uuid
            if status is not None:
                if not isinstance(status, str) or status not in _E_inline149:
                    raise DiditValidationError(
                        "status",
                        "enum",
                        "must be one of: pending, active, expired, held_out_of_use, purge_pending, purge_failed"
                        + (
                            ", not " + repr(status[:40])
                            if isinstance(status, str)
                            else ", not " + type(status).__name__
                        ),
                    )
                query["status"] = status
            if source_type is not None:
                if not isinstance(source_type, str) or source_type not in _E_inline143:
                    raise DiditValidationError(
                        "source_type",
                        "enum",
                        "must be one of: session_delete, automatic_retention, backfill"
                        + (
                            ", not " + repr(source_type[:40])
                            if isinstance(source_type, str)
                            else ", not " + type(source_type).__name__
                        ),
                    )
                query["source_type"] = source_type
            if retained_from is not None:
                if not isinstance(retained_from, str):
                    raise DiditValidationError(
                        "retained_from",
                        "type",
                        "must be a string, not " + type(retained_from).__name__,
                    )
                if not is_datetime(retained_from):
                    raise DiditValidationError(
                        "retained_from", "format", "must be a valid date-time"
                    )
                query["retained_from"] = retained_from
            if retained_to is not None:
                if not isinstance(retained_to, str):
                    raise DiditValidationError(
                        "retained_to", "type", "must be a string, not " + type(retained_to).__name__
                    )
                if not is_datetime(retained_to):
                    raise DiditValidationError("retained_to", "format", "must be a valid date-time")
                query["retained_to"] = retained_to
        except DiditValidationError as exc:
            exc.method, exc.path = BIOMETRIC_TEMPLATES_COUNT.method, BIOMETRIC_TEMPLATES_COUNT.path
            raise
        data = await self._transport.request(
            BIOMETRIC_TEMPLATES_COUNT,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_BiometricTemplateCount(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        template_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BiometricTemplate:
        """Retrieve a biometric template.

        One template's provenance, retention and status.

        ``GET /v3/biometric-templates/{template_uuid}/``.

        Args:
          template_uuid: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BiometricTemplate``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``template = await client.biometric_templates.retrieve("…")``
        """
        try:
            path_param("template_uuid", template_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                BIOMETRIC_TEMPLATES_RETRIEVE.method,
                BIOMETRIC_TEMPLATES_RETRIEVE.path,
            )
            raise
        data = await self._transport.request(
            BIOMETRIC_TEMPLATES_RETRIEVE,
            path_params={"template_uuid": template_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_BiometricTemplate(data) if data.__class__ is dict else data

    async def purge(
        self,
        template_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BiometricTemplatePurgeResult:
        """Purge a biometric template.

        Erase one template for good (`outcome: purged`, or `already_purged` when it was). 503
        when the template store cannot be reached: nothing was purged, try again. Safe to
        repeat.

        ``DELETE /v3/biometric-templates/{template_uuid}/``.

        Args:
          template_uuid: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BiometricTemplatePurgeResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = await client.biometric_templates.purge("…")``
        """
        try:
            path_param("template_uuid", template_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = BIOMETRIC_TEMPLATES_PURGE.method, BIOMETRIC_TEMPLATES_PURGE.path
            raise
        data = await self._transport.request(
            BIOMETRIC_TEMPLATES_PURGE,
            path_params={"template_uuid": template_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_BiometricTemplatePurgeResult(data) if data.__class__ is dict else data

    async def bulk_purge(
        self,
        *,
        template_uuids: Sequence[str] | None = None,
        delete_all: bool | None = None,
        vendor_data: str | None = None,
        vendor_user_uuid: str | None = None,
        status: Literal[
            "pending", "active", "expired", "held_out_of_use", "purge_pending", "purge_failed"
        ]
        | None = None,
        source_type: Literal["session_delete", "automatic_retention", "backfill"] | None = None,
        retained_from: str | None = None,
        retained_to: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BiometricTemplateBulkPurgeResult:
        """Purge biometric templates in bulk.

        Erase the templates listed in `template_uuids`, or every template matching the filters
        with `delete_all: true`; one outcome per template. Safe to repeat (already purged
        templates say so).

        ``POST /v3/biometric-templates/delete/``.

        Args:
          template_uuids: ``Sequence[str]``.
          delete_all: ``bool``.
          vendor_data: ``str``.
          vendor_user_uuid: ``str``.
          status: one of pending, active, expired, held_out_of_use, purge_pending, purge_failed.
          source_type: one of session_delete, automatic_retention, backfill.
          retained_from: ``str``.
          retained_to: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BiometricTemplateBulkPurgeResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = await client.biometric_templates.bulk_purge()``
        """
        try:
            body = unstructure_BiometricTemplateBulkPurgeRequest(
                BiometricTemplateBulkPurgeRequest(
                    template_uuids=template_uuids,
                    delete_all=delete_all,
                    vendor_data=vendor_data,
                    vendor_user_uuid=vendor_user_uuid,
                    status=status,
                    source_type=source_type,
                    retained_from=retained_from,
                    retained_to=retained_to,
                )
            )
            validate_BiometricTemplateBulkPurgeRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                BIOMETRIC_TEMPLATES_BULK_PURGE.method,
                BIOMETRIC_TEMPLATES_BULK_PURGE.path,
            )
            raise
        data = await self._transport.request(
            BIOMETRIC_TEMPLATES_BULK_PURGE,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_BiometricTemplateBulkPurgeResult(data) if data.__class__ is dict else data


class SyncBiometricTemplatesResource:
    """``client.biometric_templates`` of ``Didit``: list, count, retrieve, purge, bulk_purge (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: BiometricTemplatesResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        *,
        vendor_data: str | None = None,
        vendor_user_uuid: str | None = None,
        status: Literal[
            "pending", "active", "expired", "held_out_of_use", "purge_pending", "purge_failed"
        ]
        | None = None,
        source_type: Literal["session_delete", "automatic_retention", "backfill"] | None = None,
        retained_from: str | None = None,
        retained_to: str | None = None,
        ordering: Literal["retained_at", "-retained_at", "expires_at", "-expires_at"] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[BiometricTemplate]:
        """List biometric templates.

        The face templates Didit keeps for face search and duplicate detection, each with where
        it came from, its retention policy and its status. Filters: `vendor_data`,
        `vendor_user_uuid`, `status`, `source_type`, and `retained_from`/`retained_to` (when the
        template was kept). `ordering` by `retained_at` or `expires_at` (`-` for descending;
        newest retained first by default).

        ``GET /v3/biometric-templates/``. Blocks until Didit answers.

        Args:
          vendor_data: ``str``.
          vendor_user_uuid: ``str``.
          status: one of pending, active, expired, held_out_of_use, purge_pending, purge_failed.
          source_type: one of session_delete, automatic_retention, backfill.
          retained_from: ``str``.
          retained_to: ``str``.
          ordering: one of retained_at, -retained_at, expires_at, -expires_at.
          limit: ``int``.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[BiometricTemplate]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.biometric_templates.list()``
        """
        return self._runner.paginate(
            self._async.list(
                vendor_data=vendor_data,
                vendor_user_uuid=vendor_user_uuid,
                status=status,
                source_type=source_type,
                retained_from=retained_from,
                retained_to=retained_to,
                ordering=ordering,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def count(
        self,
        *,
        vendor_data: str | None = None,
        vendor_user_uuid: str | None = None,
        status: Literal[
            "pending", "active", "expired", "held_out_of_use", "purge_pending", "purge_failed"
        ]
        | None = None,
        source_type: Literal["session_delete", "automatic_retention", "backfill"] | None = None,
        retained_from: str | None = None,
        retained_to: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BiometricTemplateCount:
        """Count biometric templates.

        How many templates match the filters, without listing them. Filters: `vendor_data`,
        `vendor_user_uuid`, `status`, `source_type`, and `retained_from`/`retained_to` (when the
        template was kept).

        ``GET /v3/biometric-templates/count/``. Blocks until Didit answers.

        Args:
          vendor_data: ``str``.
          vendor_user_uuid: ``str``.
          status: one of pending, active, expired, held_out_of_use, purge_pending, purge_failed.
          source_type: one of session_delete, automatic_retention, backfill.
          retained_from: ``str``.
          retained_to: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BiometricTemplateCount``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``count = client.biometric_templates.count()``
        """
        return self._runner.call(
            self._async.count,
            vendor_data=vendor_data,
            vendor_user_uuid=vendor_user_uuid,
            status=status,
            source_type=source_type,
            retained_from=retained_from,
            retained_to=retained_to,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        template_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BiometricTemplate:
        """Retrieve a biometric template.

        One template's provenance, retention and status.

        ``GET /v3/biometric-templates/{template_uuid}/``. Blocks until Didit answers.

        Args:
          template_uuid: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BiometricTemplate``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``template = client.biometric_templates.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            template_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def purge(
        self,
        template_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BiometricTemplatePurgeResult:
        """Purge a biometric template.

        Erase one template for good (`outcome: purged`, or `already_purged` when it was). 503
        when the template store cannot be reached: nothing was purged, try again. Safe to
        repeat.

        ``DELETE /v3/biometric-templates/{template_uuid}/``. Blocks until Didit answers.

        Args:
          template_uuid: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BiometricTemplatePurgeResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = client.biometric_templates.purge("…")``
        """
        return self._runner.call(
            self._async.purge,
            template_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def bulk_purge(
        self,
        *,
        template_uuids: Sequence[str] | None = None,
        delete_all: bool | None = None,
        vendor_data: str | None = None,
        vendor_user_uuid: str | None = None,
        status: Literal[
            "pending", "active", "expired", "held_out_of_use", "purge_pending", "purge_failed"
        ]
        | None = None,
        source_type: Literal["session_delete", "automatic_retention", "backfill"] | None = None,
        retained_from: str | None = None,
        retained_to: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BiometricTemplateBulkPurgeResult:
        """Purge biometric templates in bulk.

        Erase the templates listed in `template_uuids`, or every template matching the filters
        with `delete_all: true`; one outcome per template. Safe to repeat (already purged
        templates say so).

        ``POST /v3/biometric-templates/delete/``. Blocks until Didit answers.

        Args:
          template_uuids: ``Sequence[str]``.
          delete_all: ``bool``.
          vendor_data: ``str``.
          vendor_user_uuid: ``str``.
          status: one of pending, active, expired, held_out_of_use, purge_pending, purge_failed.
          source_type: one of session_delete, automatic_retention, backfill.
          retained_from: ``str``.
          retained_to: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BiometricTemplateBulkPurgeResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = client.biometric_templates.bulk_purge()``
        """
        return self._runner.call(
            self._async.bulk_purge,
            template_uuids=template_uuids,
            delete_all=delete_all,
            vendor_data=vendor_data,
            vendor_user_uuid=vendor_user_uuid,
            status=status,
            source_type=source_type,
            retained_from=retained_from,
            retained_to=retained_to,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.sessions.imports``, async and blocking.

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

from .._codec import _E_inline158
from .._codec.sessions_imports__create import (
    unstructure_SessionImportCreateRequest,
    validate_SessionImportCreateRequest,
)
from .._codec.sessions_imports__create__retrieve import structure_SessionImport
from .._codec.sessions_imports__list_errors import structure_SessionImportRowError
from .._codec.sessions_imports__template import structure_SessionImportTemplate
from ..enums import SessionImportType
from ..models.sessions_imports__create import SessionImportCreateRequest
from ..models.sessions_imports__create__retrieve import SessionImport
from ..models.sessions_imports__list_errors import SessionImportRowError
from ..models.sessions_imports__template import SessionImportTemplate

__all__ = [
    "SESSIONS_IMPORTS_CREATE",
    "SESSIONS_IMPORTS_LIST_ERRORS",
    "SESSIONS_IMPORTS_RETRIEVE",
    "SESSIONS_IMPORTS_TEMPLATE",
    "SessionsImportsResource",
    "SyncSessionsImportsResource",
]


SESSIONS_IMPORTS_CREATE = OperationMeta(
    operation_id="sessions_imports_create",
    method="POST",
    path="/v3/session/imports/",
    host="verification",
    resource="sessions.imports",
    method_name="create",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="SessionImportCreateRequest",
)


SESSIONS_IMPORTS_TEMPLATE = OperationMeta(
    operation_id="sessions_imports_template",
    method="GET",
    path="/v3/session/imports/template/",
    host="verification",
    resource="sessions.imports",
    method_name="template",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-get",),
)


SESSIONS_IMPORTS_RETRIEVE = OperationMeta(
    operation_id="sessions_imports_retrieve",
    method="GET",
    path="/v3/session/imports/{import_id}/",
    host="verification",
    resource="sessions.imports",
    method_name="retrieve",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-get",),
)


SESSIONS_IMPORTS_LIST_ERRORS = OperationMeta(
    operation_id="sessions_imports_list_errors",
    method="GET",
    path="/v3/session/imports/{import_id}/errors/",
    host="verification",
    resource="sessions.imports",
    method_name="list_errors",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


class SessionsImportsResource:
    """``client.sessions.imports``: create, template, retrieve, list_errors."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        source_file_url: str,
        import_type: SessionImportType
        | Literal["user_verification", "business_verification", "status_rules", "transactions"]
        | None = None,
        source_format: Literal["csv", "ndjson"] | None = None,
        workflow_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionImport:
        """Create an import job.

        Imports historical verifications (or businesses, status rules, transactions) from a CSV
        or NDJSON file Didit fetches from `source_file_url`, in Didit's canonical columns (see
        the template). The per-row `provider` column labels a record's source; there is no
        provider field in the request. The job runs asynchronously: poll it, then read its row
        errors. Response shape unpublished: we type the job's id, status and counters and keep
        the rest. Not idempotent: a retried create may start a second job over the same file.

        ``POST /v3/session/imports/``.

        Args:
          source_file_url: Publicly fetchable URL of the CSV or NDJSON file (not checked as a
              URI here, so a `data:` URL, which the sandbox reads, passes).
          import_type: What the rows are (Didit's default: user_verification).
          source_format: Default csv.
          workflow_id: Workflow the imported sessions belong to.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SessionImport``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``import = await client.sessions.imports.create(source_file_url=…)``
        """
        try:
            body = unstructure_SessionImportCreateRequest(
                SessionImportCreateRequest(
                    source_file_url=source_file_url,
                    import_type=import_type,
                    source_format=source_format,
                    workflow_id=workflow_id,
                )
            )
            validate_SessionImportCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = SESSIONS_IMPORTS_CREATE.method, SESSIONS_IMPORTS_CREATE.path
            raise
        data = await self._transport.request(
            SESSIONS_IMPORTS_CREATE,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_SessionImport(data) if data.__class__ is dict else data

    async def template(
        self,
        *,
        import_type: Literal[
            "user_verification", "business_verification", "status_rules", "transactions"
        ]
        | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionImportTemplate:
        """Get the import template.

        The canonical columns an import file must use. Didit's tooling prints whatever comes
        back; we read it as JSON naming the columns and keep any other field (a CSV answer would
        not decode).

        ``GET /v3/session/imports/template/``.

        Args:
          import_type: one of user_verification, business_verification, status_rules,
              transactions.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SessionImportTemplate``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``template = await client.sessions.imports.template()``
        """
        try:
            query: dict[str, Any] = {}
            if import_type is not None:
                if not isinstance(import_type, str) or import_type not in _E_inline158:
                    raise DiditValidationError(
                        "import_type",
                        "enum",
                        "must be one of: user_verification, business_verification, status_rules, transactions"
                        + (
                            ", not " + repr(import_type[:40])
                            if isinstance(import_type, str)
                            else ", not " + type(import_type).__name__
                        ),
                    )
                query["import_type"] = import_type
        except DiditValidationError as exc:
            exc.method, exc.path = SESSIONS_IMPORTS_TEMPLATE.method, SESSIONS_IMPORTS_TEMPLATE.path
            raise
        data = await self._transport.request(
            SESSIONS_IMPORTS_TEMPLATE,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_SessionImportTemplate(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        import_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionImport:
        """Get an import job.

        Status and row counters of an import job.

        ``GET /v3/session/imports/{import_id}/``.

        Args:
          import_id: The import job's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SessionImport``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``import = await client.sessions.imports.retrieve("…")``
        """
        try:
            path_param("import_id", import_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = SESSIONS_IMPORTS_RETRIEVE.method, SESSIONS_IMPORTS_RETRIEVE.path
            raise
        data = await self._transport.request(
            SESSIONS_IMPORTS_RETRIEVE,
            path_params={"import_id": import_id},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_SessionImport(data) if data.__class__ is dict else data

    def list_errors(
        self,
        import_id: str,
        /,
        *,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[SessionImportRowError]:
        """List an import job's row errors.

        Rows that failed validation or processing, each with its row number and reasons.
        Paginated with limit/offset like Didit's other lists (our reading; the tool sends no
        parameters).

        ``GET /v3/session/imports/{import_id}/errors/``.

        Args:
          import_id: The import job's UUID.
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[SessionImportRowError]`` (await it for one page, iterate for
        every item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.sessions.imports.list_errors("…")``
        """
        try:
            path_param("import_id", import_id, uuid=True)
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
        except DiditValidationError as exc:
            exc.method, exc.path = (
                SESSIONS_IMPORTS_LIST_ERRORS.method,
                SESSIONS_IMPORTS_LIST_ERRORS.path,
            )
            raise
        return self._transport.paginate(
            SESSIONS_IMPORTS_LIST_ERRORS,
            path_params={"import_id": import_id},
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_SessionImportRowError,
        )


class SyncSessionsImportsResource:
    """``client.sessions.imports`` of ``Didit``: create, template, retrieve, list_errors (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: SessionsImportsResource) -> None:
        self._runner = runner
        self._async = resource

    def create(
        self,
        *,
        source_file_url: str,
        import_type: SessionImportType
        | Literal["user_verification", "business_verification", "status_rules", "transactions"]
        | None = None,
        source_format: Literal["csv", "ndjson"] | None = None,
        workflow_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionImport:
        """Create an import job.

        Imports historical verifications (or businesses, status rules, transactions) from a CSV
        or NDJSON file Didit fetches from `source_file_url`, in Didit's canonical columns (see
        the template). The per-row `provider` column labels a record's source; there is no
        provider field in the request. The job runs asynchronously: poll it, then read its row
        errors. Response shape unpublished: we type the job's id, status and counters and keep
        the rest. Not idempotent: a retried create may start a second job over the same file.

        ``POST /v3/session/imports/``. Blocks until Didit answers.

        Args:
          source_file_url: Publicly fetchable URL of the CSV or NDJSON file (not checked as a
              URI here, so a `data:` URL, which the sandbox reads, passes).
          import_type: What the rows are (Didit's default: user_verification).
          source_format: Default csv.
          workflow_id: Workflow the imported sessions belong to.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SessionImport``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``import = client.sessions.imports.create(source_file_url=…)``
        """
        return self._runner.call(
            self._async.create,
            source_file_url=source_file_url,
            import_type=import_type,
            source_format=source_format,
            workflow_id=workflow_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def template(
        self,
        *,
        import_type: Literal[
            "user_verification", "business_verification", "status_rules", "transactions"
        ]
        | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionImportTemplate:
        """Get the import template.

        The canonical columns an import file must use. Didit's tooling prints whatever comes
        back; we read it as JSON naming the columns and keep any other field (a CSV answer would
        not decode).

        ``GET /v3/session/imports/template/``. Blocks until Didit answers.

        Args:
          import_type: one of user_verification, business_verification, status_rules,
              transactions.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SessionImportTemplate``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``template = client.sessions.imports.template()``
        """
        return self._runner.call(
            self._async.template,
            import_type=import_type,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        import_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionImport:
        """Get an import job.

        Status and row counters of an import job.

        ``GET /v3/session/imports/{import_id}/``. Blocks until Didit answers.

        Args:
          import_id: The import job's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SessionImport``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``import = client.sessions.imports.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            import_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_errors(
        self,
        import_id: str,
        /,
        *,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[SessionImportRowError]:
        """List an import job's row errors.

        Rows that failed validation or processing, each with its row number and reasons.
        Paginated with limit/offset like Didit's other lists (our reading; the tool sends no
        parameters).

        ``GET /v3/session/imports/{import_id}/errors/``. Blocks until Didit answers.

        Args:
          import_id: The import job's UUID.
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[SessionImportRowError]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.sessions.imports.list_errors("…")``
        """
        return self._runner.paginate(
            self._async.list_errors(
                import_id,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.report_templates``, async and blocking.

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

from .._codec.report_templates import structure_ReportTemplateDetail
from .._codec.report_templates__create import (
    unstructure_ReportTemplateCreateRequest,
    validate_ReportTemplateCreateRequest,
)
from .._codec.report_templates__update import (
    unstructure_ReportTemplateUpdateRequest,
    validate_ReportTemplateUpdateRequest,
)
from ..enums import RegulatoryReportType
from ..models.report_templates import ReportTemplateDetail
from ..models.report_templates__create import ReportTemplateCreateRequest
from ..models.report_templates__update import ReportTemplateUpdateRequest

__all__ = [
    "CREATE_REPORT_TEMPLATE",
    "DELETE_REPORT_TEMPLATE",
    "GET_REPORT_TEMPLATE",
    "LIST_REPORT_TEMPLATES",
    "ReportTemplatesResource",
    "SyncReportTemplatesResource",
    "UPDATE_REPORT_TEMPLATE",
]


LIST_REPORT_TEMPLATES = OperationMeta(
    operation_id="list_report_templates",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/report-templates/",
    host="verification",
    resource="report_templates",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


CREATE_REPORT_TEMPLATE = OperationMeta(
    operation_id="create_report_template",
    method="POST",
    path="/v3/organization/{organization_id}/application/{application_id}/report-templates/",
    host="verification",
    resource="report_templates",
    method_name="create",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="ReportTemplateCreateRequest",
)


GET_REPORT_TEMPLATE = OperationMeta(
    operation_id="get_report_template",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/report-templates/{template_uuid}/",
    host="verification",
    resource="report_templates",
    method_name="retrieve",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


UPDATE_REPORT_TEMPLATE = OperationMeta(
    operation_id="update_report_template",
    method="PATCH",
    path="/v3/organization/{organization_id}/application/{application_id}/report-templates/{template_uuid}/",
    host="verification",
    resource="report_templates",
    method_name="update",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="ReportTemplateUpdateRequest",
)


DELETE_REPORT_TEMPLATE = OperationMeta(
    operation_id="delete_report_template",
    method="DELETE",
    path="/v3/organization/{organization_id}/application/{application_id}/report-templates/{template_uuid}/",
    host="verification",
    resource="report_templates",
    method_name="delete",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    response_kind="empty",
)


class ReportTemplatesResource:
    """``client.report_templates``: list, create, retrieve, update, delete."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[ReportTemplateDetail]:
        """List report templates.

        Templates for regulatory reports: a report type for a jurisdiction, with the fields it
        pre-fills (`field_config`).

        ``GET /v3/organization/{organization_id}/application/{application_id}/report-
        templates/``.

        Args:
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[ReportTemplateDetail]`` (await it for one page, iterate for
        every item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.report_templates.list()``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
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
            exc.method, exc.path = LIST_REPORT_TEMPLATES.method, LIST_REPORT_TEMPLATES.path
            raise
        return self._transport.paginate(
            LIST_REPORT_TEMPLATES,
            path_params={"organization_id": organization_id, "application_id": application_id},
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_ReportTemplateDetail,
        )

    async def create(
        self,
        *,
        name: str,
        jurisdiction: str,
        report_type: RegulatoryReportType
        | Literal["SAR", "STR", "CTR", "TTR", "UTR", "IFT", "CBR", "TFR"],
        field_config: Mapping[str, Any] | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ReportTemplateDetail:
        """Create a report template.

        A template for one report type in one jurisdiction (ISO 3166 alpha-2). `field_config`
        holds default values of report fields (`rentity_id`, `reporting_person`, `location`,
        ...), copied into reports made from the template. A 400 lists its reasons in `errors`.

        ``POST /v3/organization/{organization_id}/application/{application_id}/report-
        templates/``.

        Args:
          name: ``str``.
          jurisdiction: ``str``.
          report_type: one of SAR, STR, CTR, TTR, UTR, IFT, ....
          field_config: ``Mapping[str, Any]``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ReportTemplateDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = await client.report_templates.create(name=…, jurisdiction=…,
        report_type=…)``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            body = unstructure_ReportTemplateCreateRequest(
                ReportTemplateCreateRequest(
                    name=name,
                    jurisdiction=jurisdiction,
                    report_type=report_type,
                    field_config=field_config,
                )
            )
            validate_ReportTemplateCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = CREATE_REPORT_TEMPLATE.method, CREATE_REPORT_TEMPLATE.path
            raise
        data = await self._transport.request(
            CREATE_REPORT_TEMPLATE,
            path_params={"organization_id": organization_id, "application_id": application_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_ReportTemplateDetail(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        template_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ReportTemplateDetail:
        """Get a report template.

        One report template.

        ``GET /v3/organization/{organization_id}/application/{application_id}/report-
        templates/{template_uuid}/``.

        Args:
          template_uuid: The template's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ReportTemplateDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = await client.report_templates.retrieve("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("template_uuid", template_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = GET_REPORT_TEMPLATE.method, GET_REPORT_TEMPLATE.path
            raise
        data = await self._transport.request(
            GET_REPORT_TEMPLATE,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "template_uuid": template_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_ReportTemplateDetail(data) if data.__class__ is dict else data

    async def update(
        self,
        template_uuid: str,
        /,
        *,
        name: str | None = None,
        jurisdiction: str | None = None,
        report_type: RegulatoryReportType
        | Literal["SAR", "STR", "CTR", "TTR", "UTR", "IFT", "CBR", "TFR"]
        | None = None,
        field_config: Mapping[str, Any] | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ReportTemplateDetail:
        """Update a report template.

        Changes a template; reports already made from it keep their values.

        ``PATCH /v3/organization/{organization_id}/application/{application_id}/report-
        templates/{template_uuid}/``.

        Args:
          template_uuid: The template's UUID.
          name: ``str``.
          jurisdiction: ``str``.
          report_type: one of SAR, STR, CTR, TTR, UTR, IFT, ....
          field_config: ``Mapping[str, Any]``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ReportTemplateDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = await client.report_templates.update("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("template_uuid", template_uuid, uuid=True)
            body = unstructure_ReportTemplateUpdateRequest(
                ReportTemplateUpdateRequest(
                    name=name,
                    jurisdiction=jurisdiction,
                    report_type=report_type,
                    field_config=field_config,
                )
            )
            validate_ReportTemplateUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = UPDATE_REPORT_TEMPLATE.method, UPDATE_REPORT_TEMPLATE.path
            raise
        data = await self._transport.request(
            UPDATE_REPORT_TEMPLATE,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "template_uuid": template_uuid,
            },
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_ReportTemplateDetail(data) if data.__class__ is dict else data

    async def delete(
        self,
        template_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a report template.

        Deletes a template; reports made from it are kept.

        ``DELETE /v3/organization/{organization_id}/application/{application_id}/report-
        templates/{template_uuid}/``.

        Args:
          template_uuid: The template's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``await client.report_templates.delete("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("template_uuid", template_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = DELETE_REPORT_TEMPLATE.method, DELETE_REPORT_TEMPLATE.path
            raise
        await self._transport.request(
            DELETE_REPORT_TEMPLATE,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "template_uuid": template_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncReportTemplatesResource:
    """``client.report_templates`` of ``Didit``: list, create, retrieve, update, delete (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: ReportTemplatesResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[ReportTemplateDetail]:
        """List report templates.

        Templates for regulatory reports: a report type for a jurisdiction, with the fields it
        pre-fills (`field_config`).

        ``GET /v3/organization/{organization_id}/application/{application_id}/report-
        templates/``. Blocks until Didit answers.

        Args:
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[ReportTemplateDetail]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.report_templates.list()``
        """
        return self._runner.paginate(
            self._async.list(
                limit=limit,
                offset=offset,
                organization_id=organization_id,
                application_id=application_id,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def create(
        self,
        *,
        name: str,
        jurisdiction: str,
        report_type: RegulatoryReportType
        | Literal["SAR", "STR", "CTR", "TTR", "UTR", "IFT", "CBR", "TFR"],
        field_config: Mapping[str, Any] | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ReportTemplateDetail:
        """Create a report template.

        A template for one report type in one jurisdiction (ISO 3166 alpha-2). `field_config`
        holds default values of report fields (`rentity_id`, `reporting_person`, `location`,
        ...), copied into reports made from the template. A 400 lists its reasons in `errors`.

        ``POST /v3/organization/{organization_id}/application/{application_id}/report-
        templates/``. Blocks until Didit answers.

        Args:
          name: ``str``.
          jurisdiction: ``str``.
          report_type: one of SAR, STR, CTR, TTR, UTR, IFT, ....
          field_config: ``Mapping[str, Any]``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ReportTemplateDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = client.report_templates.create(name=…, jurisdiction=…,
        report_type=…)``
        """
        return self._runner.call(
            self._async.create,
            name=name,
            jurisdiction=jurisdiction,
            report_type=report_type,
            field_config=field_config,
            organization_id=organization_id,
            application_id=application_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        template_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ReportTemplateDetail:
        """Get a report template.

        One report template.

        ``GET /v3/organization/{organization_id}/application/{application_id}/report-
        templates/{template_uuid}/``. Blocks until Didit answers.

        Args:
          template_uuid: The template's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ReportTemplateDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = client.report_templates.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            template_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update(
        self,
        template_uuid: str,
        /,
        *,
        name: str | None = None,
        jurisdiction: str | None = None,
        report_type: RegulatoryReportType
        | Literal["SAR", "STR", "CTR", "TTR", "UTR", "IFT", "CBR", "TFR"]
        | None = None,
        field_config: Mapping[str, Any] | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ReportTemplateDetail:
        """Update a report template.

        Changes a template; reports already made from it keep their values.

        ``PATCH /v3/organization/{organization_id}/application/{application_id}/report-
        templates/{template_uuid}/``. Blocks until Didit answers.

        Args:
          template_uuid: The template's UUID.
          name: ``str``.
          jurisdiction: ``str``.
          report_type: one of SAR, STR, CTR, TTR, UTR, IFT, ....
          field_config: ``Mapping[str, Any]``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ReportTemplateDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = client.report_templates.update("…")``
        """
        return self._runner.call(
            self._async.update,
            template_uuid,
            name=name,
            jurisdiction=jurisdiction,
            report_type=report_type,
            field_config=field_config,
            organization_id=organization_id,
            application_id=application_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        template_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a report template.

        Deletes a template; reports made from it are kept.

        ``DELETE /v3/organization/{organization_id}/application/{application_id}/report-
        templates/{template_uuid}/``. Blocks until Didit answers.

        Args:
          template_uuid: The template's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``client.report_templates.delete("…")``
        """
        self._runner.call(
            self._async.delete,
            template_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.regulatory_reports``, async and blocking.

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
    is_uuid,
    path_param,
)
from didit_async._sync_seam import SyncPaginator, SyncRunner

from .._codec import (
    _E_RegulatoryReportFileFormat,
    _E_RegulatoryReportStatus,
    _E_RegulatoryReportType,
)
from .._codec.regulatory_reports__create import (
    unstructure_RegulatoryReportCreateRequest,
    validate_RegulatoryReportCreateRequest,
)
from .._codec.regulatory_reports__get_download_url import structure_RegulatoryReportDownloadUrl
from .._codec.regulatory_reports__update import (
    unstructure_RegulatoryReportUpdateRequest,
    validate_RegulatoryReportUpdateRequest,
)
from .._codec.regulatory_reports__validate import structure_RegulatoryReportValidation
from .._codec.shared__cases_regulatory_reports import structure_RegulatoryReportDetail
from ..enums import (
    RegulatoryReportFileFormat,
    RegulatoryReportStatus,
    RegulatoryReportSubmissionCode,
    RegulatoryReportType,
)
from ..models.regulatory_reports__create import RegulatoryReportCreateRequest
from ..models.regulatory_reports__get_download_url import RegulatoryReportDownloadUrl
from ..models.regulatory_reports__update import RegulatoryReportUpdateRequest
from ..models.regulatory_reports__validate import RegulatoryReportValidation
from ..models.shared__cases_regulatory_reports import (
    RegulatoryReportDetail,
    RegulatoryReportNarrative,
)

__all__ = [
    "CREATE_STANDALONE_REGULATORY_REPORT",
    "DELETE_REGULATORY_REPORT",
    "FINALIZE_REGULATORY_REPORT",
    "GET_REGULATORY_REPORT",
    "GET_REGULATORY_REPORT_DOWNLOAD_URL",
    "LIST_REGULATORY_REPORTS",
    "RegulatoryReportsResource",
    "SyncRegulatoryReportsResource",
    "UPDATE_REGULATORY_REPORT",
    "VALIDATE_REGULATORY_REPORT",
]


LIST_REGULATORY_REPORTS = OperationMeta(
    operation_id="list_regulatory_reports",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/regulatory-reports/",
    host="verification",
    resource="regulatory_reports",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


CREATE_STANDALONE_REGULATORY_REPORT = OperationMeta(
    operation_id="create_standalone_regulatory_report",
    method="POST",
    path="/v3/organization/{organization_id}/application/{application_id}/regulatory-reports/",
    host="verification",
    resource="regulatory_reports",
    method_name="create",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="RegulatoryReportCreateRequest",
)


GET_REGULATORY_REPORT = OperationMeta(
    operation_id="get_regulatory_report",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/regulatory-reports/{report_uuid}/",
    host="verification",
    resource="regulatory_reports",
    method_name="retrieve",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


UPDATE_REGULATORY_REPORT = OperationMeta(
    operation_id="update_regulatory_report",
    method="PATCH",
    path="/v3/organization/{organization_id}/application/{application_id}/regulatory-reports/{report_uuid}/",
    host="verification",
    resource="regulatory_reports",
    method_name="update",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="RegulatoryReportUpdateRequest",
)


DELETE_REGULATORY_REPORT = OperationMeta(
    operation_id="delete_regulatory_report",
    method="DELETE",
    path="/v3/organization/{organization_id}/application/{application_id}/regulatory-reports/{report_uuid}/",
    host="verification",
    resource="regulatory_reports",
    method_name="delete",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    response_kind="empty",
)


VALIDATE_REGULATORY_REPORT = OperationMeta(
    operation_id="validate_regulatory_report",
    method="POST",
    path="/v3/organization/{organization_id}/application/{application_id}/regulatory-reports/{report_uuid}/validate/",
    host="verification",
    resource="regulatory_reports",
    method_name="validate",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
)


FINALIZE_REGULATORY_REPORT = OperationMeta(
    operation_id="finalize_regulatory_report",
    method="POST",
    path="/v3/organization/{organization_id}/application/{application_id}/regulatory-reports/{report_uuid}/finalize/",
    host="verification",
    resource="regulatory_reports",
    method_name="finalize",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
)


GET_REGULATORY_REPORT_DOWNLOAD_URL = OperationMeta(
    operation_id="get_regulatory_report_download_url",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/regulatory-reports/{report_uuid}/download-url/",
    host="verification",
    resource="regulatory_reports",
    method_name="get_download_url",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


class RegulatoryReportsResource:
    """``client.regulatory_reports``: list, create, retrieve, update, delete, validate, finalize, get_download_url."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        status: RegulatoryReportStatus | Literal["DRAFT", "VALIDATED", "FINALIZED"] | None = None,
        report_type: RegulatoryReportType
        | Literal["SAR", "STR", "CTR", "TTR", "UTR", "IFT", "CBR", "TFR"]
        | None = None,
        case: str | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[RegulatoryReportDetail]:
        """List regulatory reports.

        Every regulatory report of the application, filtered by status, type or case.
        Credentials: Didit's published facts declare no security scheme for the
        `/v3/organization/{organization_id}/application/{application_id}/` routes; the SDK sends
        the application's `x-api-key` (Didit's own SDKs read the same key for these calls), or
        the account's Bearer token when no key is configured.

        ``GET /v3/organization/{organization_id}/application/{application_id}/regulatory-
        reports/``.

        Args:
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          limit: Page size.
          offset: ``int``.
          status: one of DRAFT, VALIDATED, FINALIZED.
          report_type: one of SAR, STR, CTR, TTR, UTR, IFT, ....
          case: Reports of this case.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[RegulatoryReportDetail]`` (await it for one page, iterate for
        every item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.regulatory_reports.list()``
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
            if status is not None:
                if not isinstance(status, str) or status not in _E_RegulatoryReportStatus:
                    raise DiditValidationError(
                        "status",
                        "enum",
                        "must be one of: DRAFT, VALIDATED, FINALIZED"
                        + (
                            ", not " + repr(status[:40])
                            if isinstance(status, str)
                            else ", not " + type(status).__name__
                        ),
                    )
                query["status"] = (
                    status.value if isinstance(status, RegulatoryReportStatus) else status
                )
            if report_type is not None:
                if not isinstance(report_type, str) or report_type not in _E_RegulatoryReportType:
                    raise DiditValidationError(
                        "report_type",
                        "enum",
                        "must be one of: SAR, STR, CTR, TTR, UTR, IFT, CBR, TFR"
                        + (
                            ", not " + repr(report_type[:40])
                            if isinstance(report_type, str)
                            else ", not " + type(report_type).__name__
                        ),
                    )
                query["report_type"] = (
                    report_type.value
                    if isinstance(report_type, RegulatoryReportType)
                    else report_type
                )
            if case is not None:
                if not isinstance(case, str):
                    raise DiditValidationError(
                        "case", "type", "must be a string, not " + type(case).__name__
                    )
                if not is_uuid(case):
                    raise DiditValidationError("case", "format", "must be a valid uuid")
                query["case"] = case
        except DiditValidationError as exc:
            exc.method, exc.path = LIST_REGULATORY_REPORTS.method, LIST_REGULATORY_REPORTS.path
            raise
        return self._transport.paginate(
            LIST_REGULATORY_REPORTS,
            path_params={"organization_id": organization_id, "application_id": application_id},
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_RegulatoryReportDetail,
        )

    async def create(
        self,
        *,
        case: str,
        template: str,
        report_type: RegulatoryReportType
        | Literal["SAR", "STR", "CTR", "TTR", "UTR", "IFT", "CBR", "TFR"]
        | None = None,
        jurisdiction: str | None = None,
        transactions: Sequence[str] | None | Unset = UNSET,
        rentity_id: str | None | Unset = UNSET,
        rentity_branch: str | None | Unset = UNSET,
        submission_code: RegulatoryReportSubmissionCode | Literal["E", "M"] | None = None,
        entity_reference: str | None | Unset = UNSET,
        fiu_ref_number: str | None | Unset = UNSET,
        currency_code_local: str | None | Unset = UNSET,
        submission_date: str | None | Unset = UNSET,
        reporting_person: Mapping[str, Any] | None = None,
        location: Mapping[str, Any] | None = None,
        reason: str | None | Unset = UNSET,
        action: str | None | Unset = UNSET,
        activity: str | None | Unset = UNSET,
        narrative: RegulatoryReportNarrative | Mapping[str, Any] | None = None,
        report_indicators: Sequence[str] | None = None,
        included_fields: Sequence[str] | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RegulatoryReportDetail:
        """Create a regulatory report.

        A `DRAFT` report naming its `case` and `template` in the body (both required): the
        template gives the defaults, the fields passed override them. 400 when the case or
        template does not exist.

        ``POST /v3/organization/{organization_id}/application/{application_id}/regulatory-
        reports/``.

        Args:
          case: ``str``.
          template: ``str``.
          report_type: one of SAR, STR, CTR, TTR, UTR, IFT, ....
          jurisdiction: ``str``.
          transactions: ``Sequence[str] | None``.
          rentity_id: ``str | None``.
          rentity_branch: ``str | None``.
          submission_code: one of E, M.
          entity_reference: ``str | None``.
          fiu_ref_number: ``str | None``.
          currency_code_local: ``str | None``.
          submission_date: ``str | None``.
          reporting_person: ``Mapping[str, Any]``.
          location: ``Mapping[str, Any]``.
          reason: ``str | None``.
          action: ``str | None``.
          activity: ``str | None``.
          narrative: ``RegulatoryReportNarrative | Mapping[str, Any]``.
          report_indicators: ``Sequence[str]``.
          included_fields: ``Sequence[str]``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``RegulatoryReportDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = await client.regulatory_reports.create(case=…, template=…)``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            body = unstructure_RegulatoryReportCreateRequest(
                RegulatoryReportCreateRequest(
                    case=case,
                    template=template,
                    report_type=report_type,
                    jurisdiction=jurisdiction,
                    transactions=transactions,
                    rentity_id=rentity_id,
                    rentity_branch=rentity_branch,
                    submission_code=submission_code,
                    entity_reference=entity_reference,
                    fiu_ref_number=fiu_ref_number,
                    currency_code_local=currency_code_local,
                    submission_date=submission_date,
                    reporting_person=reporting_person,
                    location=location,
                    reason=reason,
                    action=action,
                    activity=activity,
                    narrative=narrative,
                    report_indicators=report_indicators,
                    included_fields=included_fields,
                )
            )
            validate_RegulatoryReportCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                CREATE_STANDALONE_REGULATORY_REPORT.method,
                CREATE_STANDALONE_REGULATORY_REPORT.path,
            )
            raise
        data = await self._transport.request(
            CREATE_STANDALONE_REGULATORY_REPORT,
            path_params={"organization_id": organization_id, "application_id": application_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_RegulatoryReportDetail(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        report_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RegulatoryReportDetail:
        """Get a regulatory report.

        One report with its validation errors and timestamps.

        ``GET /v3/organization/{organization_id}/application/{application_id}/regulatory-
        reports/{report_uuid}/``.

        Args:
          report_uuid: The report's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``RegulatoryReportDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = await client.regulatory_reports.retrieve("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("report_uuid", report_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = GET_REGULATORY_REPORT.method, GET_REGULATORY_REPORT.path
            raise
        data = await self._transport.request(
            GET_REGULATORY_REPORT,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "report_uuid": report_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_RegulatoryReportDetail(data) if data.__class__ is dict else data

    async def update(
        self,
        report_uuid: str,
        /,
        *,
        jurisdiction: str | None = None,
        rentity_id: str | None | Unset = UNSET,
        rentity_branch: str | None | Unset = UNSET,
        submission_code: RegulatoryReportSubmissionCode | Literal["E", "M"] | None = None,
        entity_reference: str | None | Unset = UNSET,
        fiu_ref_number: str | None | Unset = UNSET,
        currency_code_local: str | None | Unset = UNSET,
        submission_date: str | None | Unset = UNSET,
        reporting_person: Mapping[str, Any] | None = None,
        location: Mapping[str, Any] | None = None,
        reason: str | None | Unset = UNSET,
        action: str | None | Unset = UNSET,
        activity: str | None | Unset = UNSET,
        narrative: RegulatoryReportNarrative | Mapping[str, Any] | None = None,
        report_indicators: Sequence[str] | None = None,
        included_fields: Sequence[str] | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RegulatoryReportDetail:
        """Update a regulatory report.

        Changes a report's fields; a validated report goes back to `DRAFT`. A `FINALIZED` report
        cannot change (409).

        ``PATCH /v3/organization/{organization_id}/application/{application_id}/regulatory-
        reports/{report_uuid}/``.

        Args:
          report_uuid: The report's UUID.
          jurisdiction: ``str``.
          rentity_id: ``str | None``.
          rentity_branch: ``str | None``.
          submission_code: one of E, M.
          entity_reference: ``str | None``.
          fiu_ref_number: ``str | None``.
          currency_code_local: ``str | None``.
          submission_date: ``str | None``.
          reporting_person: ``Mapping[str, Any]``.
          location: ``Mapping[str, Any]``.
          reason: ``str | None``.
          action: ``str | None``.
          activity: ``str | None``.
          narrative: ``RegulatoryReportNarrative | Mapping[str, Any]``.
          report_indicators: ``Sequence[str]``.
          included_fields: ``Sequence[str]``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``RegulatoryReportDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = await client.regulatory_reports.update("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("report_uuid", report_uuid, uuid=True)
            body = unstructure_RegulatoryReportUpdateRequest(
                RegulatoryReportUpdateRequest(
                    jurisdiction=jurisdiction,
                    rentity_id=rentity_id,
                    rentity_branch=rentity_branch,
                    submission_code=submission_code,
                    entity_reference=entity_reference,
                    fiu_ref_number=fiu_ref_number,
                    currency_code_local=currency_code_local,
                    submission_date=submission_date,
                    reporting_person=reporting_person,
                    location=location,
                    reason=reason,
                    action=action,
                    activity=activity,
                    narrative=narrative,
                    report_indicators=report_indicators,
                    included_fields=included_fields,
                )
            )
            validate_RegulatoryReportUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = UPDATE_REGULATORY_REPORT.method, UPDATE_REGULATORY_REPORT.path
            raise
        data = await self._transport.request(
            UPDATE_REGULATORY_REPORT,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "report_uuid": report_uuid,
            },
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_RegulatoryReportDetail(data) if data.__class__ is dict else data

    async def delete(
        self,
        report_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a regulatory report.

        Deletes a report that is not finalized; a `FINALIZED` one answers 409. Credentials:
        Didit's published facts declare no security scheme for the
        `/v3/organization/{organization_id}/application/{application_id}/` routes; the SDK sends
        the application's `x-api-key` (Didit's own SDKs read the same key for these calls), or
        the account's Bearer token when no key is configured.

        ``DELETE /v3/organization/{organization_id}/application/{application_id}/regulatory-
        reports/{report_uuid}/``.

        Args:
          report_uuid: The report's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``await client.regulatory_reports.delete("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("report_uuid", report_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = DELETE_REGULATORY_REPORT.method, DELETE_REGULATORY_REPORT.path
            raise
        await self._transport.request(
            DELETE_REGULATORY_REPORT,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "report_uuid": report_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def validate(
        self,
        report_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RegulatoryReportValidation:
        """Validate a report.

        Checks the report against its type's required fields and formats: a valid `DRAFT`
        becomes `VALIDATED`, an invalid one stays `DRAFT` with the problems in `errors` (each a
        `field` and a `message`). Safe to repeat.

        ``POST /v3/organization/{organization_id}/application/{application_id}/regulatory-
        reports/{report_uuid}/validate/``.

        Args:
          report_uuid: The report's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``RegulatoryReportValidation``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``validation = await client.regulatory_reports.validate("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("report_uuid", report_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                VALIDATE_REGULATORY_REPORT.method,
                VALIDATE_REGULATORY_REPORT.path,
            )
            raise
        data = await self._transport.request(
            VALIDATE_REGULATORY_REPORT,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "report_uuid": report_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_RegulatoryReportValidation(data) if data.__class__ is dict else data

    async def finalize(
        self,
        report_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RegulatoryReportDetail:
        """Finalize a report.

        Validates and freezes the report (`FINALIZED`), producing its PDF and XML files (event
        `REPORT_FINALIZED` on the case). 400 with `errors` when it does not validate; 409 when
        it is finalized already.

        ``POST /v3/organization/{organization_id}/application/{application_id}/regulatory-
        reports/{report_uuid}/finalize/``.

        Args:
          report_uuid: The report's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``RegulatoryReportDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = await client.regulatory_reports.finalize("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("report_uuid", report_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                FINALIZE_REGULATORY_REPORT.method,
                FINALIZE_REGULATORY_REPORT.path,
            )
            raise
        data = await self._transport.request(
            FINALIZE_REGULATORY_REPORT,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "report_uuid": report_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_RegulatoryReportDetail(data) if data.__class__ is dict else data

    async def get_download_url(
        self,
        report_uuid: str,
        /,
        *,
        file: RegulatoryReportFileFormat | Literal["pdf", "xml"] | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RegulatoryReportDownloadUrl:
        """Download URL of a report.

        A short-lived URL of the finalized report's file, `pdf` (default) or `xml` (goAML). 409
        with the report's `status` when it is not finalized.

        ``GET /v3/organization/{organization_id}/application/{application_id}/regulatory-
        reports/{report_uuid}/download-url/``.

        Args:
          report_uuid: The report's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          file: Which file: pdf (default) or xml.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``RegulatoryReportDownloadUrl``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``url = await client.regulatory_reports.get_download_url("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("report_uuid", report_uuid, uuid=True)
            query: dict[str, Any] = {}
            if file is not None:
                if not isinstance(file, str) or file not in _E_RegulatoryReportFileFormat:
                    raise DiditValidationError(
                        "file",
                        "enum",
                        "must be one of: pdf, xml"
                        + (
                            ", not " + repr(file[:40])
                            if isinstance(file, str)
                            else ", not " + type(file).__name__
                        ),
                    )
                query["file"] = file.value if isinstance(file, RegulatoryReportFileFormat) else file
        except DiditValidationError as exc:
            exc.method, exc.path = (
                GET_REGULATORY_REPORT_DOWNLOAD_URL.method,
                GET_REGULATORY_REPORT_DOWNLOAD_URL.path,
            )
            raise
        data = await self._transport.request(
            GET_REGULATORY_REPORT_DOWNLOAD_URL,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "report_uuid": report_uuid,
            },
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_RegulatoryReportDownloadUrl(data) if data.__class__ is dict else data


class SyncRegulatoryReportsResource:
    """``client.regulatory_reports`` of ``Didit``: list, create, retrieve, update, delete, validate, finalize, get_download_url (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: RegulatoryReportsResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        status: RegulatoryReportStatus | Literal["DRAFT", "VALIDATED", "FINALIZED"] | None = None,
        report_type: RegulatoryReportType
        | Literal["SAR", "STR", "CTR", "TTR", "UTR", "IFT", "CBR", "TFR"]
        | None = None,
        case: str | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[RegulatoryReportDetail]:
        """List regulatory reports.

        Every regulatory report of the application, filtered by status, type or case.
        Credentials: Didit's published facts declare no security scheme for the
        `/v3/organization/{organization_id}/application/{application_id}/` routes; the SDK sends
        the application's `x-api-key` (Didit's own SDKs read the same key for these calls), or
        the account's Bearer token when no key is configured.

        ``GET /v3/organization/{organization_id}/application/{application_id}/regulatory-
        reports/``. Blocks until Didit answers.

        Args:
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          limit: Page size.
          offset: ``int``.
          status: one of DRAFT, VALIDATED, FINALIZED.
          report_type: one of SAR, STR, CTR, TTR, UTR, IFT, ....
          case: Reports of this case.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[RegulatoryReportDetail]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.regulatory_reports.list()``
        """
        return self._runner.paginate(
            self._async.list(
                limit=limit,
                offset=offset,
                status=status,
                report_type=report_type,
                case=case,
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
        case: str,
        template: str,
        report_type: RegulatoryReportType
        | Literal["SAR", "STR", "CTR", "TTR", "UTR", "IFT", "CBR", "TFR"]
        | None = None,
        jurisdiction: str | None = None,
        transactions: Sequence[str] | None | Unset = UNSET,
        rentity_id: str | None | Unset = UNSET,
        rentity_branch: str | None | Unset = UNSET,
        submission_code: RegulatoryReportSubmissionCode | Literal["E", "M"] | None = None,
        entity_reference: str | None | Unset = UNSET,
        fiu_ref_number: str | None | Unset = UNSET,
        currency_code_local: str | None | Unset = UNSET,
        submission_date: str | None | Unset = UNSET,
        reporting_person: Mapping[str, Any] | None = None,
        location: Mapping[str, Any] | None = None,
        reason: str | None | Unset = UNSET,
        action: str | None | Unset = UNSET,
        activity: str | None | Unset = UNSET,
        narrative: RegulatoryReportNarrative | Mapping[str, Any] | None = None,
        report_indicators: Sequence[str] | None = None,
        included_fields: Sequence[str] | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RegulatoryReportDetail:
        """Create a regulatory report.

        A `DRAFT` report naming its `case` and `template` in the body (both required): the
        template gives the defaults, the fields passed override them. 400 when the case or
        template does not exist.

        ``POST /v3/organization/{organization_id}/application/{application_id}/regulatory-
        reports/``. Blocks until Didit answers.

        Args:
          case: ``str``.
          template: ``str``.
          report_type: one of SAR, STR, CTR, TTR, UTR, IFT, ....
          jurisdiction: ``str``.
          transactions: ``Sequence[str] | None``.
          rentity_id: ``str | None``.
          rentity_branch: ``str | None``.
          submission_code: one of E, M.
          entity_reference: ``str | None``.
          fiu_ref_number: ``str | None``.
          currency_code_local: ``str | None``.
          submission_date: ``str | None``.
          reporting_person: ``Mapping[str, Any]``.
          location: ``Mapping[str, Any]``.
          reason: ``str | None``.
          action: ``str | None``.
          activity: ``str | None``.
          narrative: ``RegulatoryReportNarrative | Mapping[str, Any]``.
          report_indicators: ``Sequence[str]``.
          included_fields: ``Sequence[str]``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``RegulatoryReportDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = client.regulatory_reports.create(case=…, template=…)``
        """
        return self._runner.call(
            self._async.create,
            case=case,
            template=template,
            report_type=report_type,
            jurisdiction=jurisdiction,
            transactions=transactions,
            rentity_id=rentity_id,
            rentity_branch=rentity_branch,
            submission_code=submission_code,
            entity_reference=entity_reference,
            fiu_ref_number=fiu_ref_number,
            currency_code_local=currency_code_local,
            submission_date=submission_date,
            reporting_person=reporting_person,
            location=location,
            reason=reason,
            action=action,
            activity=activity,
            narrative=narrative,
            report_indicators=report_indicators,
            included_fields=included_fields,
            organization_id=organization_id,
            application_id=application_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        report_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RegulatoryReportDetail:
        """Get a regulatory report.

        One report with its validation errors and timestamps.

        ``GET /v3/organization/{organization_id}/application/{application_id}/regulatory-
        reports/{report_uuid}/``. Blocks until Didit answers.

        Args:
          report_uuid: The report's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``RegulatoryReportDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = client.regulatory_reports.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            report_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update(
        self,
        report_uuid: str,
        /,
        *,
        jurisdiction: str | None = None,
        rentity_id: str | None | Unset = UNSET,
        rentity_branch: str | None | Unset = UNSET,
        submission_code: RegulatoryReportSubmissionCode | Literal["E", "M"] | None = None,
        entity_reference: str | None | Unset = UNSET,
        fiu_ref_number: str | None | Unset = UNSET,
        currency_code_local: str | None | Unset = UNSET,
        submission_date: str | None | Unset = UNSET,
        reporting_person: Mapping[str, Any] | None = None,
        location: Mapping[str, Any] | None = None,
        reason: str | None | Unset = UNSET,
        action: str | None | Unset = UNSET,
        activity: str | None | Unset = UNSET,
        narrative: RegulatoryReportNarrative | Mapping[str, Any] | None = None,
        report_indicators: Sequence[str] | None = None,
        included_fields: Sequence[str] | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RegulatoryReportDetail:
        """Update a regulatory report.

        Changes a report's fields; a validated report goes back to `DRAFT`. A `FINALIZED` report
        cannot change (409).

        ``PATCH /v3/organization/{organization_id}/application/{application_id}/regulatory-
        reports/{report_uuid}/``. Blocks until Didit answers.

        Args:
          report_uuid: The report's UUID.
          jurisdiction: ``str``.
          rentity_id: ``str | None``.
          rentity_branch: ``str | None``.
          submission_code: one of E, M.
          entity_reference: ``str | None``.
          fiu_ref_number: ``str | None``.
          currency_code_local: ``str | None``.
          submission_date: ``str | None``.
          reporting_person: ``Mapping[str, Any]``.
          location: ``Mapping[str, Any]``.
          reason: ``str | None``.
          action: ``str | None``.
          activity: ``str | None``.
          narrative: ``RegulatoryReportNarrative | Mapping[str, Any]``.
          report_indicators: ``Sequence[str]``.
          included_fields: ``Sequence[str]``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``RegulatoryReportDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = client.regulatory_reports.update("…")``
        """
        return self._runner.call(
            self._async.update,
            report_uuid,
            jurisdiction=jurisdiction,
            rentity_id=rentity_id,
            rentity_branch=rentity_branch,
            submission_code=submission_code,
            entity_reference=entity_reference,
            fiu_ref_number=fiu_ref_number,
            currency_code_local=currency_code_local,
            submission_date=submission_date,
            reporting_person=reporting_person,
            location=location,
            reason=reason,
            action=action,
            activity=activity,
            narrative=narrative,
            report_indicators=report_indicators,
            included_fields=included_fields,
            organization_id=organization_id,
            application_id=application_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        report_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a regulatory report.

        Deletes a report that is not finalized; a `FINALIZED` one answers 409. Credentials:
        Didit's published facts declare no security scheme for the
        `/v3/organization/{organization_id}/application/{application_id}/` routes; the SDK sends
        the application's `x-api-key` (Didit's own SDKs read the same key for these calls), or
        the account's Bearer token when no key is configured.

        ``DELETE /v3/organization/{organization_id}/application/{application_id}/regulatory-
        reports/{report_uuid}/``. Blocks until Didit answers.

        Args:
          report_uuid: The report's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``client.regulatory_reports.delete("…")``
        """
        self._runner.call(
            self._async.delete,
            report_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def validate(
        self,
        report_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RegulatoryReportValidation:
        """Validate a report.

        Checks the report against its type's required fields and formats: a valid `DRAFT`
        becomes `VALIDATED`, an invalid one stays `DRAFT` with the problems in `errors` (each a
        `field` and a `message`). Safe to repeat.

        ``POST /v3/organization/{organization_id}/application/{application_id}/regulatory-
        reports/{report_uuid}/validate/``. Blocks until Didit answers.

        Args:
          report_uuid: The report's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``RegulatoryReportValidation``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``validation = client.regulatory_reports.validate("…")``
        """
        return self._runner.call(
            self._async.validate,
            report_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def finalize(
        self,
        report_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RegulatoryReportDetail:
        """Finalize a report.

        Validates and freezes the report (`FINALIZED`), producing its PDF and XML files (event
        `REPORT_FINALIZED` on the case). 400 with `errors` when it does not validate; 409 when
        it is finalized already.

        ``POST /v3/organization/{organization_id}/application/{application_id}/regulatory-
        reports/{report_uuid}/finalize/``. Blocks until Didit answers.

        Args:
          report_uuid: The report's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``RegulatoryReportDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = client.regulatory_reports.finalize("…")``
        """
        return self._runner.call(
            self._async.finalize,
            report_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def get_download_url(
        self,
        report_uuid: str,
        /,
        *,
        file: RegulatoryReportFileFormat | Literal["pdf", "xml"] | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RegulatoryReportDownloadUrl:
        """Download URL of a report.

        A short-lived URL of the finalized report's file, `pdf` (default) or `xml` (goAML). 409
        with the report's `status` when it is not finalized.

        ``GET /v3/organization/{organization_id}/application/{application_id}/regulatory-
        reports/{report_uuid}/download-url/``. Blocks until Didit answers.

        Args:
          report_uuid: The report's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          file: Which file: pdf (default) or xml.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``RegulatoryReportDownloadUrl``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``url = client.regulatory_reports.get_download_url("…")``
        """
        return self._runner.call(
            self._async.get_download_url,
            report_uuid,
            file=file,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

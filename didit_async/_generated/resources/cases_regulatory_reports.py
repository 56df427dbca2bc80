# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.cases.regulatory_reports``, async and blocking.

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

from .._codec.cases_regulatory_reports__create import (
    unstructure_RegulatoryReportCaseCreateRequest,
    validate_RegulatoryReportCaseCreateRequest,
)
from .._codec.shared__cases_regulatory_reports import structure_RegulatoryReportDetail
from ..enums import RegulatoryReportSubmissionCode, RegulatoryReportType
from ..models.cases_regulatory_reports__create import RegulatoryReportCaseCreateRequest
from ..models.shared__cases_regulatory_reports import (
    RegulatoryReportDetail,
    RegulatoryReportNarrative,
)

__all__ = [
    "CREATE_CASE_REGULATORY_REPORT",
    "CasesRegulatoryReportsResource",
    "LIST_CASE_REGULATORY_REPORTS",
    "SyncCasesRegulatoryReportsResource",
]


LIST_CASE_REGULATORY_REPORTS = OperationMeta(
    operation_id="list_case_regulatory_reports",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/regulatory-reports/",
    host="verification",
    resource="cases.regulatory_reports",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


CREATE_CASE_REGULATORY_REPORT = OperationMeta(
    operation_id="create_case_regulatory_report",
    method="POST",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/regulatory-reports/",
    host="verification",
    resource="cases.regulatory_reports",
    method_name="create",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="RegulatoryReportCaseCreateRequest",
)


class CasesRegulatoryReportsResource:
    """``client.cases.regulatory_reports``: list, create."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        case_uuid: str,
        /,
        *,
        limit: int | None = None,
        offset: int | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[RegulatoryReportDetail]:
        """A case's regulatory reports.

        The regulatory reports filed, or being written, for one case.

        ``GET /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/
        regulatory-reports/``.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[RegulatoryReportDetail]`` (await it for one page, iterate for
        every item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.cases.regulatory_reports.list("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
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
                LIST_CASE_REGULATORY_REPORTS.method,
                LIST_CASE_REGULATORY_REPORTS.path,
            )
            raise
        return self._transport.paginate(
            LIST_CASE_REGULATORY_REPORTS,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "case_uuid": case_uuid,
            },
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_RegulatoryReportDetail,
        )

    async def create(
        self,
        case_uuid: str,
        /,
        *,
        report_type: RegulatoryReportType
        | Literal["SAR", "STR", "CTR", "TTR", "UTR", "IFT", "CBR", "TFR"]
        | None = None,
        jurisdiction: str | None = None,
        template: str | None | Unset = UNSET,
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
        """Start a report on a case.

        A `DRAFT` report (SAR, STR, ...) about the case, filled from `template` when given and
        then from the fields passed. The body is optional: without `report_type` and
        `jurisdiction` (and without a template giving them) Didit answers 400. Recorded on the
        case as `REPORT_CREATED`. Credentials: Didit's published facts declare no security
        scheme for the `/v3/organization/{organization_id}/application/{application_id}/`
        routes; the SDK sends the application's `x-api-key` (Didit's own SDKs read the same key
        for these calls), or the account's Bearer token when no key is configured.

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /regulatory-reports/``.

        Args:
          case_uuid: The case's UUID.
          report_type: one of SAR, STR, CTR, TTR, UTR, IFT, ....
          jurisdiction: ``str``.
          template: ``str | None``.
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

        Example: ``detail = await client.cases.regulatory_reports.create("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
            body = unstructure_RegulatoryReportCaseCreateRequest(
                RegulatoryReportCaseCreateRequest(
                    report_type=report_type,
                    jurisdiction=jurisdiction,
                    template=template,
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
            validate_RegulatoryReportCaseCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                CREATE_CASE_REGULATORY_REPORT.method,
                CREATE_CASE_REGULATORY_REPORT.path,
            )
            raise
        data = await self._transport.request(
            CREATE_CASE_REGULATORY_REPORT,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "case_uuid": case_uuid,
            },
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_RegulatoryReportDetail(data) if data.__class__ is dict else data


class SyncCasesRegulatoryReportsResource:
    """``client.cases.regulatory_reports`` of ``Didit``: list, create (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: CasesRegulatoryReportsResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        case_uuid: str,
        /,
        *,
        limit: int | None = None,
        offset: int | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[RegulatoryReportDetail]:
        """A case's regulatory reports.

        The regulatory reports filed, or being written, for one case.

        ``GET /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/
        regulatory-reports/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[RegulatoryReportDetail]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.cases.regulatory_reports.list("…")``
        """
        return self._runner.paginate(
            self._async.list(
                case_uuid,
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
        case_uuid: str,
        /,
        *,
        report_type: RegulatoryReportType
        | Literal["SAR", "STR", "CTR", "TTR", "UTR", "IFT", "CBR", "TFR"]
        | None = None,
        jurisdiction: str | None = None,
        template: str | None | Unset = UNSET,
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
        """Start a report on a case.

        A `DRAFT` report (SAR, STR, ...) about the case, filled from `template` when given and
        then from the fields passed. The body is optional: without `report_type` and
        `jurisdiction` (and without a template giving them) Didit answers 400. Recorded on the
        case as `REPORT_CREATED`. Credentials: Didit's published facts declare no security
        scheme for the `/v3/organization/{organization_id}/application/{application_id}/`
        routes; the SDK sends the application's `x-api-key` (Didit's own SDKs read the same key
        for these calls), or the account's Bearer token when no key is configured.

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /regulatory-reports/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          report_type: one of SAR, STR, CTR, TTR, UTR, IFT, ....
          jurisdiction: ``str``.
          template: ``str | None``.
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

        Example: ``detail = client.cases.regulatory_reports.create("…")``
        """
        return self._runner.call(
            self._async.create,
            case_uuid,
            report_type=report_type,
            jurisdiction=jurisdiction,
            template=template,
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

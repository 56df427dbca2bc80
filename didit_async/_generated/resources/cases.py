# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.cases``, async and blocking, ``client.cases.blueprints`` in ``cases_blueprints.py``, ``client.cases.checklist`` in ``cases_checklist.py``, ``client.cases.links`` in ``cases_links.py``, ``client.cases.notes`` in ``cases_notes.py``, ``client.cases.regulatory_reports`` in ``cases_regulatory_reports.py``.

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
    is_date,
    is_datetime,
    is_uuid,
    path_param,
)
from didit_async._sync_seam import SyncPaginator, SyncRunner

from .._codec import _E_CasePriority, _E_CaseSource, _E_CaseStatus, _E_inline159
from .._codec.cases import structure_CaseDetail, structure_CaseEvent
from .._codec.cases__analytics import structure_CaseAnalytics
from .._codec.cases__apply_entity_action import (
    structure_CaseEntityActionResult,
    unstructure_CaseEntityActionRequest,
    validate_CaseEntityActionRequest,
)
from .._codec.cases__assign import unstructure_CaseAssignRequest, validate_CaseAssignRequest
from .._codec.cases__bulk_assign import (
    unstructure_CaseBulkAssignRequest,
    validate_CaseBulkAssignRequest,
)
from .._codec.cases__bulk_assign__bulk_update_status import structure_CaseBulkResult
from .._codec.cases__bulk_update_status import (
    unstructure_CaseBulkStatusRequest,
    validate_CaseBulkStatusRequest,
)
from .._codec.cases__create import unstructure_CaseCreateRequest, validate_CaseCreateRequest
from .._codec.cases__list import structure_CaseListItem
from .._codec.cases__print import structure_CasePrintout
from .._codec.cases__reject_resolution import (
    unstructure_CaseRejectResolutionRequest,
    validate_CaseRejectResolutionRequest,
)
from .._codec.cases__resolve import unstructure_CaseResolveRequest, validate_CaseResolveRequest
from .._codec.cases__transfer import unstructure_CaseTransferRequest, validate_CaseTransferRequest
from .._codec.cases__update import unstructure_CaseUpdateRequest, validate_CaseUpdateRequest
from ..enums import CaseEntityAction, CasePriority, CaseResolution, CaseSource, CaseStatus
from ..models.cases import CaseDetail, CaseEvent
from ..models.cases__analytics import CaseAnalytics
from ..models.cases__apply_entity_action import CaseEntityActionRequest, CaseEntityActionResult
from ..models.cases__assign import CaseAssignRequest
from ..models.cases__bulk_assign import CaseBulkAssignRequest
from ..models.cases__bulk_assign__bulk_update_status import CaseBulkResult
from ..models.cases__bulk_update_status import CaseBulkStatusRequest
from ..models.cases__create import CaseCreateRequest, CaseSubjectReference
from ..models.cases__list import CaseListItem
from ..models.cases__print import CasePrintout
from ..models.cases__reject_resolution import CaseRejectResolutionRequest
from ..models.cases__resolve import CaseResolveRequest
from ..models.cases__transfer import CaseTransferRequest
from ..models.cases__update import CaseUpdateRequest
from .cases_blueprints import CasesBlueprintsResource, SyncCasesBlueprintsResource
from .cases_checklist import CasesChecklistResource, SyncCasesChecklistResource
from .cases_links import CasesLinksResource, SyncCasesLinksResource
from .cases_notes import CasesNotesResource, SyncCasesNotesResource
from .cases_regulatory_reports import (
    CasesRegulatoryReportsResource,
    SyncCasesRegulatoryReportsResource,
)

__all__ = [
    "APPLY_CASE_ENTITY_ACTION",
    "APPROVE_CASE_RESOLUTION",
    "ASSIGN_CASE",
    "BULK_ASSIGN_CASES",
    "BULK_UPDATE_CASE_STATUS",
    "CREATE_CASE",
    "CasesResource",
    "DELETE_CASE",
    "ESCALATE_CASE",
    "GET_CASE",
    "GET_CASE_ANALYTICS",
    "LIST_CASES",
    "LIST_CASE_AML_HITS",
    "LIST_CASE_EVENTS",
    "PRINT_CASE",
    "REJECT_CASE_RESOLUTION",
    "REOPEN_CASE",
    "REQUEST_CASE_INFO",
    "RESOLVE_CASE",
    "SyncCasesResource",
    "TRANSFER_CASE",
    "UPDATE_CASE",
]


LIST_CASE_AML_HITS = OperationMeta(
    operation_id="list_case_aml_hits",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/aml/",
    host="verification",
    resource="cases",
    method_name="list_aml_hits",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
    response_array=True,
)


LIST_CASES = OperationMeta(
    operation_id="list_cases",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/",
    host="verification",
    resource="cases",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


CREATE_CASE = OperationMeta(
    operation_id="create_case",
    method="POST",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/",
    host="verification",
    resource="cases",
    method_name="create",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="CaseCreateRequest",
)


GET_CASE = OperationMeta(
    operation_id="get_case",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/",
    host="verification",
    resource="cases",
    method_name="retrieve",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


UPDATE_CASE = OperationMeta(
    operation_id="update_case",
    method="PATCH",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/",
    host="verification",
    resource="cases",
    method_name="update",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="CaseUpdateRequest",
)


DELETE_CASE = OperationMeta(
    operation_id="delete_case",
    method="DELETE",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/",
    host="verification",
    resource="cases",
    method_name="delete",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    response_kind="empty",
)


ASSIGN_CASE = OperationMeta(
    operation_id="assign_case",
    method="POST",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/assign/",
    host="verification",
    resource="cases",
    method_name="assign",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="CaseAssignRequest",
)


RESOLVE_CASE = OperationMeta(
    operation_id="resolve_case",
    method="POST",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/resolve/",
    host="verification",
    resource="cases",
    method_name="resolve",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="CaseResolveRequest",
)


REOPEN_CASE = OperationMeta(
    operation_id="reopen_case",
    method="POST",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/reopen/",
    host="verification",
    resource="cases",
    method_name="reopen",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
)


REQUEST_CASE_INFO = OperationMeta(
    operation_id="request_case_info",
    method="POST",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/request-info/",
    host="verification",
    resource="cases",
    method_name="request_info",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
)


ESCALATE_CASE = OperationMeta(
    operation_id="escalate_case",
    method="POST",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/escalate/",
    host="verification",
    resource="cases",
    method_name="escalate",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
)


TRANSFER_CASE = OperationMeta(
    operation_id="transfer_case",
    method="POST",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/transfer/",
    host="verification",
    resource="cases",
    method_name="transfer",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="CaseTransferRequest",
)


APPROVE_CASE_RESOLUTION = OperationMeta(
    operation_id="approve_case_resolution",
    method="POST",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/approve/",
    host="verification",
    resource="cases",
    method_name="approve_resolution",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
)


REJECT_CASE_RESOLUTION = OperationMeta(
    operation_id="reject_case_resolution",
    method="POST",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/reject-approval/",
    host="verification",
    resource="cases",
    method_name="reject_resolution",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="CaseRejectResolutionRequest",
)


APPLY_CASE_ENTITY_ACTION = OperationMeta(
    operation_id="apply_case_entity_action",
    method="POST",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/entity-actions/",
    host="verification",
    resource="cases",
    method_name="apply_entity_action",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="CaseEntityActionRequest",
)


PRINT_CASE = OperationMeta(
    operation_id="print_case",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/print/",
    host="verification",
    resource="cases",
    method_name="print",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


LIST_CASE_EVENTS = OperationMeta(
    operation_id="list_case_events",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/events/",
    host="verification",
    resource="cases",
    method_name="list_events",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


GET_CASE_ANALYTICS = OperationMeta(
    operation_id="get_case_analytics",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/statistics/",
    host="verification",
    resource="cases",
    method_name="analytics",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


BULK_UPDATE_CASE_STATUS = OperationMeta(
    operation_id="bulk_update_case_status",
    method="POST",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/bulk/status/",
    host="verification",
    resource="cases",
    method_name="bulk_update_status",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="CaseBulkStatusRequest",
)


BULK_ASSIGN_CASES = OperationMeta(
    operation_id="bulk_assign_cases",
    method="POST",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/bulk/assign/",
    host="verification",
    resource="cases",
    method_name="bulk_assign",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="CaseBulkAssignRequest",
)


class CasesResource:
    """``client.cases``: list_aml_hits, list, create, retrieve, update, delete, assign, resolve, reopen, request_info, escalate, transfer, approve_resolution, reject_resolution, apply_entity_action, print, list_events, analytics, bulk_update_status, bulk_assign."""

    __slots__ = ("_transport", "blueprints", "checklist", "links", "notes", "regulatory_reports")

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.blueprints = CasesBlueprintsResource(transport)
        self.checklist = CasesChecklistResource(transport)
        self.links = CasesLinksResource(transport)
        self.notes = CasesNotesResource(transport)
        self.regulatory_reports = CasesRegulatoryReportsResource(transport)

    async def list_aml_hits(
        self,
        case_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[dict[str, Any]]:
        """AML hits behind a case.

        The AML screening hits of the sessions linked to the case, as Didit's AML results show
        them (free-form objects: the facts file does not describe them). A plain array.

        ``GET /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/
        aml/``.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``list[dict[str, Any]]``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``anys = await client.cases.list_aml_hits("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = LIST_CASE_AML_HITS.method, LIST_CASE_AML_HITS.path
            raise
        data = await self._transport.request(
            LIST_CASE_AML_HITS,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "case_uuid": case_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return [x for x in data]

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        status__in: str
        | Sequence[CaseStatus | Literal["OPEN", "AWAITING_USER", "RESOLVED"]]
        | None = None,
        priority: CasePriority | Literal["LOW", "MEDIUM", "HIGH"] | None = None,
        source__in: str
        | Sequence[
            CaseSource | Literal["MANUAL", "AML_SCREENING", "TRANSACTION_RULE", "WORKFLOW_BUILDER"]
        ]
        | None = None,
        blueprint: str | None = None,
        assigned_to: str | None = None,
        unassigned: bool | None = None,
        tag: str | None = None,
        search: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        due_before: str | None = None,
        overdue: bool | None = None,
        ordering: Literal["created_at", "-created_at", "due_at", "-due_at"] | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[CaseListItem]:
        """List cases.

        Cases of the application, newest first unless `ordering` says otherwise. `status__in`
        and `source__in` take several values comma-joined (Django's `__in` lookup; the facts
        file types them as plain strings); `unassigned=true` keeps the cases nobody holds;
        `overdue=true` the open ones past `due_at`.

        ``GET /v3/organization/{organization_id}/application/{application_id}/cases/``.

        Args:
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          limit: Page size.
          offset: ``int``.
          status__in: Statuses, comma-joined (or a list).
          priority: one of LOW, MEDIUM, HIGH.
          source__in: Sources, comma-joined (or a list).
          blueprint: The blueprint's UUID.
          assigned_to: The assignee's user UUID.
          unassigned: Only cases nobody is assigned to.
          tag: Cases carrying this tag.
          search: Matches the title and the case number.
          date_from: Created on or after this date.
          date_to: Created on or before this date.
          due_before: Due before this time.
          overdue: Only open cases past their due date.
          ordering: one of created_at, -created_at, due_at, -due_at.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[CaseListItem]`` (await it for one page, iterate for every
        item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.cases.list()``
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
            if status__in is not None:
                if not isinstance(status__in, (str, list, tuple)):
                    raise DiditValidationError(
                        "status__in",
                        "type",
                        "must be a string or a list, not " + type(status__in).__name__,
                    )
                if not status__in:
                    raise DiditValidationError(
                        "status__in", "min_items", "must name at least one value"
                    )
                for x0 in status__in.split(",") if isinstance(status__in, str) else status__in:
                    if not isinstance(x0, str) or x0 not in _E_CaseStatus:
                        raise DiditValidationError(
                            "status__in",
                            "enum",
                            "must be one of: OPEN, AWAITING_USER, RESOLVED"
                            + (
                                ", not " + repr(x0[:40])
                                if isinstance(x0, str)
                                else ", not " + type(x0).__name__
                            ),
                        )
                query["status__in"] = status__in
            if priority is not None:
                if not isinstance(priority, str) or priority not in _E_CasePriority:
                    raise DiditValidationError(
                        "priority",
                        "enum",
                        "must be one of: LOW, MEDIUM, HIGH"
                        + (
                            ", not " + repr(priority[:40])
                            if isinstance(priority, str)
                            else ", not " + type(priority).__name__
                        ),
                    )
                query["priority"] = (
                    priority.value if isinstance(priority, CasePriority) else priority
                )
            if source__in is not None:
                if not isinstance(source__in, (str, list, tuple)):
                    raise DiditValidationError(
                        "source__in",
                        "type",
                        "must be a string or a list, not " + type(source__in).__name__,
                    )
                if not source__in:
                    raise DiditValidationError(
                        "source__in", "min_items", "must name at least one value"
                    )
                for x0 in source__in.split(",") if isinstance(source__in, str) else source__in:
                    if not isinstance(x0, str) or x0 not in _E_CaseSource:
                        raise DiditValidationError(
                            "source__in",
                            "enum",
                            "must be one of: MANUAL, AML_SCREENING, TRANSACTION_RULE, WORKFLOW_BUILDER"
                            + (
                                ", not " + repr(x0[:40])
                                if isinstance(x0, str)
                                else ", not " + type(x0).__name__
                            ),
                        )
                query["source__in"] = source__in
            if blueprint is not None:
                if not isinstance(blueprint, str):
                    raise DiditValidationError(
                        "blueprint", "type", "must be a string, not " + type(blueprint).__name__
                    )
                if not is_uuid(blueprint):
                    raise DiditValidationError("blueprint", "format", "must be a valid uuid")
                query["blueprint"] = blueprint
            if assigned_to is not None:
                if not isinstance(assigned_to, str):
                    raise DiditValidationError(
                        "assigned_to", "type", "must be a string, not " + type(assigned_to).__name__
                    )
                if not is_uuid(assigned_to):
                    raise DiditValidationError("assigned_to", "format", "must be a valid uuid")
                query["assigned_to"] = assigned_to
            if unassigned is not None:
                if not isinstance(unassigned, bool):
                    raise DiditValidationError(
                        "unassigned",
                        "type",
                        "must be true or false, not " + type(unassigned).__name__,
                    )
                query["unassigned"] = unassigned
            if tag is not None:
                if not isinstance(tag, str):
                    raise DiditValidationError(
                        "tag", "type", "must be a string, not " + type(tag).__name__
                    )
                query["tag"] = tag
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
                if not is_date(date_from):
                    raise DiditValidationError("date_from", "format", "must be a valid date")
                query["date_from"] = date_from
            if date_to is not None:
                if not isinstance(date_to, str):
                    raise DiditValidationError(
                        "date_to", "type", "must be a string, not " + type(date_to).__name__
                    )
                if not is_date(date_to):
                    raise DiditValidationError("date_to", "format", "must be a valid date")
                query["date_to"] = date_to
            if due_before is not None:
                if not isinstance(due_before, str):
                    raise DiditValidationError(
                        "due_before", "type", "must be a string, not " + type(due_before).__name__
                    )
                if not is_datetime(due_before):
                    raise DiditValidationError("due_before", "format", "must be a valid date-time")
                query["due_before"] = due_before
            if overdue is not None:
                if not isinstance(overdue, bool):
                    raise DiditValidationError(
                        "overdue", "type", "must be true or false, not " + type(overdue).__name__
                    )
                query["overdue"] = overdue
            if ordering is not None:
                if not isinstance(ordering, str) or ordering not in _E_inline159:
                    raise DiditValidationError(
                        "ordering",
                        "enum",
                        "must be one of: created_at, -created_at, due_at, -due_at"
                        + (
                            ", not " + repr(ordering[:40])
                            if isinstance(ordering, str)
                            else ", not " + type(ordering).__name__
                        ),
                    )
                query["ordering"] = ordering
        except DiditValidationError as exc:
            exc.method, exc.path = LIST_CASES.method, LIST_CASES.path
            raise
        return self._transport.paginate(
            LIST_CASES,
            path_params={"organization_id": organization_id, "application_id": application_id},
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_CaseListItem,
        )

    async def create(
        self,
        *,
        title: str,
        blueprint: str | None | Unset = UNSET,
        priority: CasePriority | Literal["LOW", "MEDIUM", "HIGH"] | None = None,
        due_at: str | None | Unset = UNSET,
        tags: Sequence[str] | None = None,
        subject: CaseSubjectReference | Mapping[str, Any] | None = None,
        links: Sequence[Mapping[str, Any]] | None = None,
        assigned_to: str | None | Unset = UNSET,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseDetail:
        """Open a case.

        Opens a case by hand (source `MANUAL`), status `OPEN`. With a `blueprint`, the case gets
        that blueprint's checklist and rules (approval, escalation, transfer, resolution note);
        with `assigned_to`, it starts assigned. `links` are free-form objects Didit does not
        describe further; attach sessions and transactions with
        `client.cases.links.create(...)`.

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/``.

        Args:
          title: ``str``.
          blueprint: ``str | None``.
          priority: one of LOW, MEDIUM, HIGH.
          due_at: ``str | None``.
          tags: ``Sequence[str]``.
          subject: ``CaseSubjectReference | Mapping[str, Any]``.
          links: ``Sequence[Mapping[str, Any]]``.
          assigned_to: ``str | None``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = await client.cases.create(title=…)``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            body = unstructure_CaseCreateRequest(
                CaseCreateRequest(
                    title=title,
                    blueprint=blueprint,
                    priority=priority,
                    due_at=due_at,
                    tags=tags,
                    subject=subject,
                    links=links,
                    assigned_to=assigned_to,
                )
            )
            validate_CaseCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = CREATE_CASE.method, CREATE_CASE.path
            raise
        data = await self._transport.request(
            CREATE_CASE,
            path_params={"organization_id": organization_id, "application_id": application_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_CaseDetail(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        case_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseDetail:
        """Get a case.

        The whole case: subject, assignee, blueprint, notes, events, links and checklist.
        Credentials: Didit's published facts declare no security scheme for the
        `/v3/organization/{organization_id}/application/{application_id}/` routes; the SDK sends
        the application's `x-api-key` (Didit's own SDKs read the same key for these calls), or
        the account's Bearer token when no key is configured.

        ``GET
        /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/``.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = await client.cases.retrieve("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = GET_CASE.method, GET_CASE.path
            raise
        data = await self._transport.request(
            GET_CASE,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "case_uuid": case_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_CaseDetail(data) if data.__class__ is dict else data

    async def update(
        self,
        case_uuid: str,
        /,
        *,
        title: str | None = None,
        priority: CasePriority | Literal["LOW", "MEDIUM", "HIGH"] | None = None,
        due_at: str | None | Unset = UNSET,
        tags: Sequence[str] | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseDetail:
        """Update a case.

        Changes the title, priority, due date or tags. Each change is recorded in the case's
        events (`PRIORITY_CHANGED`, `DUE_DATE_CHANGED`, `TAG_ADDED`, `TAG_REMOVED`).

        ``PATCH
        /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/``.

        Args:
          case_uuid: The case's UUID.
          title: ``str``.
          priority: one of LOW, MEDIUM, HIGH.
          due_at: ``str | None``.
          tags: ``Sequence[str]``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = await client.cases.update("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
            body = unstructure_CaseUpdateRequest(
                CaseUpdateRequest(title=title, priority=priority, due_at=due_at, tags=tags)
            )
            validate_CaseUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = UPDATE_CASE.method, UPDATE_CASE.path
            raise
        data = await self._transport.request(
            UPDATE_CASE,
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
        return structure_CaseDetail(data) if data.__class__ is dict else data

    async def delete(
        self,
        case_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a case.

        Deletes the case with its notes, links, events and checklist.

        ``DELETE
        /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/``.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``await client.cases.delete("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = DELETE_CASE.method, DELETE_CASE.path
            raise
        await self._transport.request(
            DELETE_CASE,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "case_uuid": case_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def assign(
        self,
        case_uuid: str,
        /,
        *,
        assignee_user_id: str | None,
        assignee_email: str | None | Unset = UNSET,
        assignee_name: str | None | Unset = UNSET,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseDetail:
        """Assign a case.

        Gives the case to a member of the team (`assignee_user_id`), or takes it away from
        everyone with `assignee_user_id: null`. Recorded as `ASSIGNED` or `UNASSIGNED`. A
        resolved case cannot be reassigned (400).

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /assign/``.

        Args:
          case_uuid: The case's UUID.
          assignee_user_id: ``str | None``.
          assignee_email: ``str | None``.
          assignee_name: ``str | None``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = await client.cases.assign("…", assignee_user_id=…)``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
            body = unstructure_CaseAssignRequest(
                CaseAssignRequest(
                    assignee_user_id=assignee_user_id,
                    assignee_email=assignee_email,
                    assignee_name=assignee_name,
                )
            )
            validate_CaseAssignRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = ASSIGN_CASE.method, ASSIGN_CASE.path
            raise
        data = await self._transport.request(
            ASSIGN_CASE,
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
        return structure_CaseDetail(data) if data.__class__ is dict else data

    async def resolve(
        self,
        case_uuid: str,
        /,
        *,
        resolution: CaseResolution | Literal["FALSE_POSITIVE", "VALID_THREAT"],
        note: str | None | Unset = UNSET,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseDetail:
        """Resolve a case.

        Closes the case as `FALSE_POSITIVE` or `VALID_THREAT`. When the case's blueprint names a
        four-eyes checker blueprint, the resolution is staged in `pending_resolution` (event
        `SUBMITTED_FOR_APPROVAL`) and the case stays open until someone approves it; otherwise
        the case becomes `RESOLVED` at once. A blueprint with `require_resolution_note` needs
        `note`; resolving a resolved case, or one already waiting for approval, answers 400 with
        `detail`.

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /resolve/``.

        Args:
          case_uuid: The case's UUID.
          resolution: one of FALSE_POSITIVE, VALID_THREAT.
          note: ``str | None``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = await client.cases.resolve("…", resolution=…)``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
            body = unstructure_CaseResolveRequest(
                CaseResolveRequest(resolution=resolution, note=note)
            )
            validate_CaseResolveRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = RESOLVE_CASE.method, RESOLVE_CASE.path
            raise
        data = await self._transport.request(
            RESOLVE_CASE,
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
        return structure_CaseDetail(data) if data.__class__ is dict else data

    async def reopen(
        self,
        case_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseDetail:
        """Reopen a case.

        Puts a resolved case back to `OPEN` and clears its resolution (event `REOPENED`). A case
        that is not resolved answers 400 with `detail` (the facts file lists only 200; we follow
        the 400 the resolve endpoint documents for a refused transition).

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /reopen/``.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = await client.cases.reopen("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = REOPEN_CASE.method, REOPEN_CASE.path
            raise
        data = await self._transport.request(
            REOPEN_CASE,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "case_uuid": case_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_CaseDetail(data) if data.__class__ is dict else data

    async def request_info(
        self,
        case_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseDetail:
        """Wait for the user.

        Moves an open case to `AWAITING_USER`: more information was asked of the user (event
        `STATUS_CHANGED`). Only an `OPEN` case can wait for the user; otherwise 400 with
        `detail` (the facts file lists only 200).

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /request-info/``.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = await client.cases.request_info("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = REQUEST_CASE_INFO.method, REQUEST_CASE_INFO.path
            raise
        data = await self._transport.request(
            REQUEST_CASE_INFO,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "case_uuid": case_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_CaseDetail(data) if data.__class__ is dict else data

    async def escalate(
        self,
        case_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseDetail:
        """Escalate a case.

        Moves the case to its blueprint's escalation blueprint (event `ESCALATED`) and unassigns
        it, so that team picks it up. Needs a blueprint with `escalation_enabled` and an
        `escalation_blueprint`, on a case that is not resolved; otherwise 400 with `detail` (the
        facts file lists only 200). Credentials: Didit's published facts declare no security
        scheme for the `/v3/organization/{organization_id}/application/{application_id}/`
        routes; the SDK sends the application's `x-api-key` (Didit's own SDKs read the same key
        for these calls), or the account's Bearer token when no key is configured.

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /escalate/``.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = await client.cases.escalate("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = ESCALATE_CASE.method, ESCALATE_CASE.path
            raise
        data = await self._transport.request(
            ESCALATE_CASE,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "case_uuid": case_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_CaseDetail(data) if data.__class__ is dict else data

    async def transfer(
        self,
        case_uuid: str,
        /,
        *,
        target_blueprint: str,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseDetail:
        """Transfer a case.

        Moves the case to another blueprint (event `TRANSFERRED`) and unassigns it. Needs a
        blueprint with `transfer_enabled`, a different, existing target and a case that is not
        resolved; otherwise 400 with `detail` (the facts file lists only 200).

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /transfer/``.

        Args:
          case_uuid: The case's UUID.
          target_blueprint: ``str``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = await client.cases.transfer("…", target_blueprint=…)``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
            body = unstructure_CaseTransferRequest(
                CaseTransferRequest(target_blueprint=target_blueprint)
            )
            validate_CaseTransferRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = TRANSFER_CASE.method, TRANSFER_CASE.path
            raise
        data = await self._transport.request(
            TRANSFER_CASE,
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
        return structure_CaseDetail(data) if data.__class__ is dict else data

    async def approve_resolution(
        self,
        case_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseDetail:
        """Approve a staged resolution.

        The checker's half of four-eyes resolution: applies `pending_resolution`, the case
        becomes `RESOLVED` (events `APPROVAL_GRANTED`, `RESOLVED`). 409 when nothing waits for
        approval; 403 when the caller is the maker of the resolution.

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /approve/``.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = await client.cases.approve_resolution("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = APPROVE_CASE_RESOLUTION.method, APPROVE_CASE_RESOLUTION.path
            raise
        data = await self._transport.request(
            APPROVE_CASE_RESOLUTION,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "case_uuid": case_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_CaseDetail(data) if data.__class__ is dict else data

    async def reject_resolution(
        self,
        case_uuid: str,
        /,
        *,
        notes: str | None | Unset = UNSET,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseDetail:
        """Reject a staged resolution.

        Discards `pending_resolution`, the case stays open (event `APPROVAL_REJECTED`, with
        `notes` in its metadata). 409 when nothing waits for approval; 403 when the caller is
        the maker.

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /reject-approval/``.

        Args:
          case_uuid: The case's UUID.
          notes: ``str | None``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = await client.cases.reject_resolution("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
            body = unstructure_CaseRejectResolutionRequest(CaseRejectResolutionRequest(notes=notes))
            validate_CaseRejectResolutionRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = REJECT_CASE_RESOLUTION.method, REJECT_CASE_RESOLUTION.path
            raise
        data = await self._transport.request(
            REJECT_CASE_RESOLUTION,
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
        return structure_CaseDetail(data) if data.__class__ is dict else data

    async def apply_entity_action(
        self,
        case_uuid: str,
        /,
        *,
        action: CaseEntityAction
        | Literal["set_status", "add_tags", "add_note", "add_to_blocklist"],
        status: str | None | Unset = UNSET,
        tags: Sequence[str] | None = None,
        note: str | None | Unset = UNSET,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseEntityActionResult:
        """Act on the case's subject.

        Acts on the user or business the case is about: `set_status` (with `status`: the
        entity's status, e.g. `ACTIVE`, `FLAGGED`, `BLOCKED`), `add_tags` (with `tags`),
        `add_note` (with `note`) or `add_to_blocklist`. Recorded as `ENTITY_ACTION`. 400 when
        the case has no subject or the action lacks its field.

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /entity-actions/``.

        Args:
          case_uuid: The case's UUID.
          action: one of set_status, add_tags, add_note, add_to_blocklist.
          status: ``str | None``.
          tags: ``Sequence[str]``.
          note: ``str | None``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseEntityActionResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = await client.cases.apply_entity_action("…", action=…)``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
            body = unstructure_CaseEntityActionRequest(
                CaseEntityActionRequest(action=action, status=status, tags=tags, note=note)
            )
            validate_CaseEntityActionRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = APPLY_CASE_ENTITY_ACTION.method, APPLY_CASE_ENTITY_ACTION.path
            raise
        data = await self._transport.request(
            APPLY_CASE_ENTITY_ACTION,
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
        return structure_CaseEntityActionResult(data) if data.__class__ is dict else data

    async def print(
        self,
        case_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CasePrintout:
        """Printable case.

        A short-lived URL of the case rendered for printing (PDF).

        ``GET /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/
        print/``.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CasePrintout``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``printout = await client.cases.print("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = PRINT_CASE.method, PRINT_CASE.path
            raise
        data = await self._transport.request(
            PRINT_CASE,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "case_uuid": case_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_CasePrintout(data) if data.__class__ is dict else data

    def list_events(
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
    ) -> AsyncPaginator[CaseEvent]:
        """A case's history.

        Every change to the case, oldest first: creation, status changes, assignment, notes,
        links, escalation, approvals, reports, entity actions.

        ``GET /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/
        events/``.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[CaseEvent]`` (await it for one page, iterate for every item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.cases.list_events("…")``
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
            exc.method, exc.path = LIST_CASE_EVENTS.method, LIST_CASE_EVENTS.path
            raise
        return self._transport.paginate(
            LIST_CASE_EVENTS,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "case_uuid": case_uuid,
            },
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_CaseEvent,
        )

    async def analytics(
        self,
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseAnalytics:
        """Case analytics.

        Counts and rates over the application's cases: a daily series of created and resolved
        (`reviewed`) cases, tables by officer, blueprint, source and status, totals and the open
        queue. `date_from`/`date_to` bound the cases counted by creation date.

        ``GET
        /v3/organization/{organization_id}/application/{application_id}/cases/statistics/``.

        Args:
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          date_from: Created on or after this date.
          date_to: Created on or before this date.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseAnalytics``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``analytics = await client.cases.analytics()``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            query: dict[str, Any] = {}
            if date_from is not None:
                if not isinstance(date_from, str):
                    raise DiditValidationError(
                        "date_from", "type", "must be a string, not " + type(date_from).__name__
                    )
                if not is_date(date_from):
                    raise DiditValidationError("date_from", "format", "must be a valid date")
                query["date_from"] = date_from
            if date_to is not None:
                if not isinstance(date_to, str):
                    raise DiditValidationError(
                        "date_to", "type", "must be a string, not " + type(date_to).__name__
                    )
                if not is_date(date_to):
                    raise DiditValidationError("date_to", "format", "must be a valid date")
                query["date_to"] = date_to
        except DiditValidationError as exc:
            exc.method, exc.path = GET_CASE_ANALYTICS.method, GET_CASE_ANALYTICS.path
            raise
        data = await self._transport.request(
            GET_CASE_ANALYTICS,
            path_params={"organization_id": organization_id, "application_id": application_id},
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_CaseAnalytics(data) if data.__class__ is dict else data

    async def bulk_update_status(
        self,
        *,
        case_uuids: Sequence[str],
        status: CaseStatus | Literal["OPEN", "AWAITING_USER", "RESOLVED"],
        resolution: CaseResolution | Literal["FALSE_POSITIVE", "VALID_THREAT"] | None = None,
        note: str | None | Unset = UNSET,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseBulkResult:
        """Change many cases' status.

        Applies one status to several cases; `RESOLVED` needs `resolution`. Each case that
        cannot take it is listed in `failures` with the reason; the others are updated
        (`updated` counts them).

        ``POST
        /v3/organization/{organization_id}/application/{application_id}/cases/bulk/status/``.

        Args:
          case_uuids: ``Sequence[str]``.
          status: one of OPEN, AWAITING_USER, RESOLVED.
          resolution: one of FALSE_POSITIVE, VALID_THREAT.
          note: ``str | None``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseBulkResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = await client.cases.bulk_update_status(case_uuids=…, status=…)``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            body = unstructure_CaseBulkStatusRequest(
                CaseBulkStatusRequest(
                    case_uuids=case_uuids, status=status, resolution=resolution, note=note
                )
            )
            validate_CaseBulkStatusRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = BULK_UPDATE_CASE_STATUS.method, BULK_UPDATE_CASE_STATUS.path
            raise
        data = await self._transport.request(
            BULK_UPDATE_CASE_STATUS,
            path_params={"organization_id": organization_id, "application_id": application_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_CaseBulkResult(data) if data.__class__ is dict else data

    async def bulk_assign(
        self,
        *,
        case_uuids: Sequence[str],
        assignee_user_id: str | None,
        assignee_email: str | None | Unset = UNSET,
        assignee_name: str | None | Unset = UNSET,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseBulkResult:
        """Assign many cases.

        Gives several cases to one assignee (or unassigns them with `assignee_user_id: null`);
        cases that cannot be reassigned are listed in `failures`.

        ``POST
        /v3/organization/{organization_id}/application/{application_id}/cases/bulk/assign/``.

        Args:
          case_uuids: ``Sequence[str]``.
          assignee_user_id: ``str | None``.
          assignee_email: ``str | None``.
          assignee_name: ``str | None``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseBulkResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = await client.cases.bulk_assign(case_uuids=…, assignee_user_id=…)``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            body = unstructure_CaseBulkAssignRequest(
                CaseBulkAssignRequest(
                    case_uuids=case_uuids,
                    assignee_user_id=assignee_user_id,
                    assignee_email=assignee_email,
                    assignee_name=assignee_name,
                )
            )
            validate_CaseBulkAssignRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = BULK_ASSIGN_CASES.method, BULK_ASSIGN_CASES.path
            raise
        data = await self._transport.request(
            BULK_ASSIGN_CASES,
            path_params={"organization_id": organization_id, "application_id": application_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_CaseBulkResult(data) if data.__class__ is dict else data


class SyncCasesResource:
    """``client.cases`` of ``Didit``: list_aml_hits, list, create, retrieve, update, delete, assign, resolve, reopen, request_info, escalate, transfer, approve_resolution, reject_resolution, apply_entity_action, print, list_events, analytics, bulk_update_status, bulk_assign (blocking)."""

    __slots__ = (
        "_async",
        "_runner",
        "blueprints",
        "checklist",
        "links",
        "notes",
        "regulatory_reports",
    )

    def __init__(self, runner: SyncRunner, resource: CasesResource) -> None:
        self._runner = runner
        self._async = resource
        self.blueprints = SyncCasesBlueprintsResource(runner, resource.blueprints)
        self.checklist = SyncCasesChecklistResource(runner, resource.checklist)
        self.links = SyncCasesLinksResource(runner, resource.links)
        self.notes = SyncCasesNotesResource(runner, resource.notes)
        self.regulatory_reports = SyncCasesRegulatoryReportsResource(
            runner, resource.regulatory_reports
        )

    def list_aml_hits(
        self,
        case_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[dict[str, Any]]:
        """AML hits behind a case.

        The AML screening hits of the sessions linked to the case, as Didit's AML results show
        them (free-form objects: the facts file does not describe them). A plain array.

        ``GET /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/
        aml/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``list[dict[str, Any]]``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``anys = client.cases.list_aml_hits("…")``
        """
        return self._runner.call(
            self._async.list_aml_hits,
            case_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        status__in: str
        | Sequence[CaseStatus | Literal["OPEN", "AWAITING_USER", "RESOLVED"]]
        | None = None,
        priority: CasePriority | Literal["LOW", "MEDIUM", "HIGH"] | None = None,
        source__in: str
        | Sequence[
            CaseSource | Literal["MANUAL", "AML_SCREENING", "TRANSACTION_RULE", "WORKFLOW_BUILDER"]
        ]
        | None = None,
        blueprint: str | None = None,
        assigned_to: str | None = None,
        unassigned: bool | None = None,
        tag: str | None = None,
        search: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        due_before: str | None = None,
        overdue: bool | None = None,
        ordering: Literal["created_at", "-created_at", "due_at", "-due_at"] | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[CaseListItem]:
        """List cases.

        Cases of the application, newest first unless `ordering` says otherwise. `status__in`
        and `source__in` take several values comma-joined (Django's `__in` lookup; the facts
        file types them as plain strings); `unassigned=true` keeps the cases nobody holds;
        `overdue=true` the open ones past `due_at`.

        ``GET /v3/organization/{organization_id}/application/{application_id}/cases/``. Blocks
        until Didit answers.

        Args:
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          limit: Page size.
          offset: ``int``.
          status__in: Statuses, comma-joined (or a list).
          priority: one of LOW, MEDIUM, HIGH.
          source__in: Sources, comma-joined (or a list).
          blueprint: The blueprint's UUID.
          assigned_to: The assignee's user UUID.
          unassigned: Only cases nobody is assigned to.
          tag: Cases carrying this tag.
          search: Matches the title and the case number.
          date_from: Created on or after this date.
          date_to: Created on or before this date.
          due_before: Due before this time.
          overdue: Only open cases past their due date.
          ordering: one of created_at, -created_at, due_at, -due_at.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[CaseListItem]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.cases.list()``
        """
        return self._runner.paginate(
            self._async.list(
                limit=limit,
                offset=offset,
                status__in=status__in,
                priority=priority,
                source__in=source__in,
                blueprint=blueprint,
                assigned_to=assigned_to,
                unassigned=unassigned,
                tag=tag,
                search=search,
                date_from=date_from,
                date_to=date_to,
                due_before=due_before,
                overdue=overdue,
                ordering=ordering,
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
        title: str,
        blueprint: str | None | Unset = UNSET,
        priority: CasePriority | Literal["LOW", "MEDIUM", "HIGH"] | None = None,
        due_at: str | None | Unset = UNSET,
        tags: Sequence[str] | None = None,
        subject: CaseSubjectReference | Mapping[str, Any] | None = None,
        links: Sequence[Mapping[str, Any]] | None = None,
        assigned_to: str | None | Unset = UNSET,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseDetail:
        """Open a case.

        Opens a case by hand (source `MANUAL`), status `OPEN`. With a `blueprint`, the case gets
        that blueprint's checklist and rules (approval, escalation, transfer, resolution note);
        with `assigned_to`, it starts assigned. `links` are free-form objects Didit does not
        describe further; attach sessions and transactions with
        `client.cases.links.create(...)`.

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/``. Blocks
        until Didit answers.

        Args:
          title: ``str``.
          blueprint: ``str | None``.
          priority: one of LOW, MEDIUM, HIGH.
          due_at: ``str | None``.
          tags: ``Sequence[str]``.
          subject: ``CaseSubjectReference | Mapping[str, Any]``.
          links: ``Sequence[Mapping[str, Any]]``.
          assigned_to: ``str | None``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = client.cases.create(title=…)``
        """
        return self._runner.call(
            self._async.create,
            title=title,
            blueprint=blueprint,
            priority=priority,
            due_at=due_at,
            tags=tags,
            subject=subject,
            links=links,
            assigned_to=assigned_to,
            organization_id=organization_id,
            application_id=application_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        case_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseDetail:
        """Get a case.

        The whole case: subject, assignee, blueprint, notes, events, links and checklist.
        Credentials: Didit's published facts declare no security scheme for the
        `/v3/organization/{organization_id}/application/{application_id}/` routes; the SDK sends
        the application's `x-api-key` (Didit's own SDKs read the same key for these calls), or
        the account's Bearer token when no key is configured.

        ``GET
        /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/``.
        Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = client.cases.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            case_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update(
        self,
        case_uuid: str,
        /,
        *,
        title: str | None = None,
        priority: CasePriority | Literal["LOW", "MEDIUM", "HIGH"] | None = None,
        due_at: str | None | Unset = UNSET,
        tags: Sequence[str] | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseDetail:
        """Update a case.

        Changes the title, priority, due date or tags. Each change is recorded in the case's
        events (`PRIORITY_CHANGED`, `DUE_DATE_CHANGED`, `TAG_ADDED`, `TAG_REMOVED`).

        ``PATCH
        /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/``.
        Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          title: ``str``.
          priority: one of LOW, MEDIUM, HIGH.
          due_at: ``str | None``.
          tags: ``Sequence[str]``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = client.cases.update("…")``
        """
        return self._runner.call(
            self._async.update,
            case_uuid,
            title=title,
            priority=priority,
            due_at=due_at,
            tags=tags,
            organization_id=organization_id,
            application_id=application_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        case_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a case.

        Deletes the case with its notes, links, events and checklist.

        ``DELETE
        /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/``.
        Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``client.cases.delete("…")``
        """
        self._runner.call(
            self._async.delete,
            case_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def assign(
        self,
        case_uuid: str,
        /,
        *,
        assignee_user_id: str | None,
        assignee_email: str | None | Unset = UNSET,
        assignee_name: str | None | Unset = UNSET,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseDetail:
        """Assign a case.

        Gives the case to a member of the team (`assignee_user_id`), or takes it away from
        everyone with `assignee_user_id: null`. Recorded as `ASSIGNED` or `UNASSIGNED`. A
        resolved case cannot be reassigned (400).

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /assign/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          assignee_user_id: ``str | None``.
          assignee_email: ``str | None``.
          assignee_name: ``str | None``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = client.cases.assign("…", assignee_user_id=…)``
        """
        return self._runner.call(
            self._async.assign,
            case_uuid,
            assignee_user_id=assignee_user_id,
            assignee_email=assignee_email,
            assignee_name=assignee_name,
            organization_id=organization_id,
            application_id=application_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def resolve(
        self,
        case_uuid: str,
        /,
        *,
        resolution: CaseResolution | Literal["FALSE_POSITIVE", "VALID_THREAT"],
        note: str | None | Unset = UNSET,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseDetail:
        """Resolve a case.

        Closes the case as `FALSE_POSITIVE` or `VALID_THREAT`. When the case's blueprint names a
        four-eyes checker blueprint, the resolution is staged in `pending_resolution` (event
        `SUBMITTED_FOR_APPROVAL`) and the case stays open until someone approves it; otherwise
        the case becomes `RESOLVED` at once. A blueprint with `require_resolution_note` needs
        `note`; resolving a resolved case, or one already waiting for approval, answers 400 with
        `detail`.

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /resolve/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          resolution: one of FALSE_POSITIVE, VALID_THREAT.
          note: ``str | None``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = client.cases.resolve("…", resolution=…)``
        """
        return self._runner.call(
            self._async.resolve,
            case_uuid,
            resolution=resolution,
            note=note,
            organization_id=organization_id,
            application_id=application_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def reopen(
        self,
        case_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseDetail:
        """Reopen a case.

        Puts a resolved case back to `OPEN` and clears its resolution (event `REOPENED`). A case
        that is not resolved answers 400 with `detail` (the facts file lists only 200; we follow
        the 400 the resolve endpoint documents for a refused transition).

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /reopen/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = client.cases.reopen("…")``
        """
        return self._runner.call(
            self._async.reopen,
            case_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def request_info(
        self,
        case_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseDetail:
        """Wait for the user.

        Moves an open case to `AWAITING_USER`: more information was asked of the user (event
        `STATUS_CHANGED`). Only an `OPEN` case can wait for the user; otherwise 400 with
        `detail` (the facts file lists only 200).

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /request-info/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = client.cases.request_info("…")``
        """
        return self._runner.call(
            self._async.request_info,
            case_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def escalate(
        self,
        case_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseDetail:
        """Escalate a case.

        Moves the case to its blueprint's escalation blueprint (event `ESCALATED`) and unassigns
        it, so that team picks it up. Needs a blueprint with `escalation_enabled` and an
        `escalation_blueprint`, on a case that is not resolved; otherwise 400 with `detail` (the
        facts file lists only 200). Credentials: Didit's published facts declare no security
        scheme for the `/v3/organization/{organization_id}/application/{application_id}/`
        routes; the SDK sends the application's `x-api-key` (Didit's own SDKs read the same key
        for these calls), or the account's Bearer token when no key is configured.

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /escalate/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = client.cases.escalate("…")``
        """
        return self._runner.call(
            self._async.escalate,
            case_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def transfer(
        self,
        case_uuid: str,
        /,
        *,
        target_blueprint: str,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseDetail:
        """Transfer a case.

        Moves the case to another blueprint (event `TRANSFERRED`) and unassigns it. Needs a
        blueprint with `transfer_enabled`, a different, existing target and a case that is not
        resolved; otherwise 400 with `detail` (the facts file lists only 200).

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /transfer/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          target_blueprint: ``str``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = client.cases.transfer("…", target_blueprint=…)``
        """
        return self._runner.call(
            self._async.transfer,
            case_uuid,
            target_blueprint=target_blueprint,
            organization_id=organization_id,
            application_id=application_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def approve_resolution(
        self,
        case_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseDetail:
        """Approve a staged resolution.

        The checker's half of four-eyes resolution: applies `pending_resolution`, the case
        becomes `RESOLVED` (events `APPROVAL_GRANTED`, `RESOLVED`). 409 when nothing waits for
        approval; 403 when the caller is the maker of the resolution.

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /approve/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = client.cases.approve_resolution("…")``
        """
        return self._runner.call(
            self._async.approve_resolution,
            case_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def reject_resolution(
        self,
        case_uuid: str,
        /,
        *,
        notes: str | None | Unset = UNSET,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseDetail:
        """Reject a staged resolution.

        Discards `pending_resolution`, the case stays open (event `APPROVAL_REJECTED`, with
        `notes` in its metadata). 409 when nothing waits for approval; 403 when the caller is
        the maker.

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /reject-approval/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          notes: ``str | None``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = client.cases.reject_resolution("…")``
        """
        return self._runner.call(
            self._async.reject_resolution,
            case_uuid,
            notes=notes,
            organization_id=organization_id,
            application_id=application_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def apply_entity_action(
        self,
        case_uuid: str,
        /,
        *,
        action: CaseEntityAction
        | Literal["set_status", "add_tags", "add_note", "add_to_blocklist"],
        status: str | None | Unset = UNSET,
        tags: Sequence[str] | None = None,
        note: str | None | Unset = UNSET,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseEntityActionResult:
        """Act on the case's subject.

        Acts on the user or business the case is about: `set_status` (with `status`: the
        entity's status, e.g. `ACTIVE`, `FLAGGED`, `BLOCKED`), `add_tags` (with `tags`),
        `add_note` (with `note`) or `add_to_blocklist`. Recorded as `ENTITY_ACTION`. 400 when
        the case has no subject or the action lacks its field.

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /entity-actions/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          action: one of set_status, add_tags, add_note, add_to_blocklist.
          status: ``str | None``.
          tags: ``Sequence[str]``.
          note: ``str | None``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseEntityActionResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = client.cases.apply_entity_action("…", action=…)``
        """
        return self._runner.call(
            self._async.apply_entity_action,
            case_uuid,
            action=action,
            status=status,
            tags=tags,
            note=note,
            organization_id=organization_id,
            application_id=application_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def print(
        self,
        case_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CasePrintout:
        """Printable case.

        A short-lived URL of the case rendered for printing (PDF).

        ``GET /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/
        print/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CasePrintout``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``printout = client.cases.print("…")``
        """
        return self._runner.call(
            self._async.print,
            case_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_events(
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
    ) -> SyncPaginator[CaseEvent]:
        """A case's history.

        Every change to the case, oldest first: creation, status changes, assignment, notes,
        links, escalation, approvals, reports, entity actions.

        ``GET /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/
        events/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[CaseEvent]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.cases.list_events("…")``
        """
        return self._runner.paginate(
            self._async.list_events(
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

    def analytics(
        self,
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseAnalytics:
        """Case analytics.

        Counts and rates over the application's cases: a daily series of created and resolved
        (`reviewed`) cases, tables by officer, blueprint, source and status, totals and the open
        queue. `date_from`/`date_to` bound the cases counted by creation date.

        ``GET
        /v3/organization/{organization_id}/application/{application_id}/cases/statistics/``.
        Blocks until Didit answers.

        Args:
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          date_from: Created on or after this date.
          date_to: Created on or before this date.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseAnalytics``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``analytics = client.cases.analytics()``
        """
        return self._runner.call(
            self._async.analytics,
            date_from=date_from,
            date_to=date_to,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def bulk_update_status(
        self,
        *,
        case_uuids: Sequence[str],
        status: CaseStatus | Literal["OPEN", "AWAITING_USER", "RESOLVED"],
        resolution: CaseResolution | Literal["FALSE_POSITIVE", "VALID_THREAT"] | None = None,
        note: str | None | Unset = UNSET,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseBulkResult:
        """Change many cases' status.

        Applies one status to several cases; `RESOLVED` needs `resolution`. Each case that
        cannot take it is listed in `failures` with the reason; the others are updated
        (`updated` counts them).

        ``POST
        /v3/organization/{organization_id}/application/{application_id}/cases/bulk/status/``.
        Blocks until Didit answers.

        Args:
          case_uuids: ``Sequence[str]``.
          status: one of OPEN, AWAITING_USER, RESOLVED.
          resolution: one of FALSE_POSITIVE, VALID_THREAT.
          note: ``str | None``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseBulkResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = client.cases.bulk_update_status(case_uuids=…, status=…)``
        """
        return self._runner.call(
            self._async.bulk_update_status,
            case_uuids=case_uuids,
            status=status,
            resolution=resolution,
            note=note,
            organization_id=organization_id,
            application_id=application_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def bulk_assign(
        self,
        *,
        case_uuids: Sequence[str],
        assignee_user_id: str | None,
        assignee_email: str | None | Unset = UNSET,
        assignee_name: str | None | Unset = UNSET,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseBulkResult:
        """Assign many cases.

        Gives several cases to one assignee (or unassigns them with `assignee_user_id: null`);
        cases that cannot be reassigned are listed in `failures`.

        ``POST
        /v3/organization/{organization_id}/application/{application_id}/cases/bulk/assign/``.
        Blocks until Didit answers.

        Args:
          case_uuids: ``Sequence[str]``.
          assignee_user_id: ``str | None``.
          assignee_email: ``str | None``.
          assignee_name: ``str | None``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseBulkResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = client.cases.bulk_assign(case_uuids=…, assignee_user_id=…)``
        """
        return self._runner.call(
            self._async.bulk_assign,
            case_uuids=case_uuids,
            assignee_user_id=assignee_user_id,
            assignee_email=assignee_email,
            assignee_name=assignee_name,
            organization_id=organization_id,
            application_id=application_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

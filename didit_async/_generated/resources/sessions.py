# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.sessions``, async and blocking, ``client.sessions.imports`` in ``sessions_imports.py``, ``client.sessions.kyb`` in ``sessions_kyb.py``, ``client.sessions.reviews`` in ``sessions_reviews.py``.

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
    is_uuid,
    path_param,
)
from didit_async._sync_seam import SyncPaginator, SyncRunner

from .._codec import _E_inline154, _E_inline155, _E_inline156, _E_SessionStatus
from .._codec.sessions__arm_sandbox import (
    structure_SandboxArmResponse,
    unstructure_SandboxArmRequest,
    validate_SandboxArmRequest,
)
from .._codec.sessions__batch_delete import (
    structure_BatchDeleteSessionsResponse,
    unstructure_BatchDeleteSessionsRequest,
    validate_BatchDeleteSessionsRequest,
)
from .._codec.sessions__bulk_update_aml_hit_status import (
    structure_AmlHitBulkUpdateResult,
    unstructure_AmlHitBulkUpdateRequest,
    validate_AmlHitBulkUpdateRequest,
)
from .._codec.sessions__create import (
    structure_CreateSessionResponse,
    unstructure_CreateSessionRequest,
    validate_CreateSessionRequest,
)
from .._codec.sessions__delete import structure_SessionDeleteResponse
from .._codec.sessions__import_shared import (
    structure_ImportSharedSessionResponse,
    unstructure_ImportSharedSessionRequest,
    validate_ImportSharedSessionRequest,
)
from .._codec.sessions__list import structure_SessionListItem
from .._codec.sessions__list_events import structure_SessionEvent
from .._codec.sessions__retrieve__retrieve_decision_2 import structure_SessionDecision
from .._codec.sessions__retrieve_batch_delete_job import structure_BatchDeleteJob
from .._codec.sessions__share import (
    structure_ShareSessionResponse,
    unstructure_ShareSessionRequest,
    validate_ShareSessionRequest,
)
from .._codec.sessions__update_aml_hit_status import (
    structure_UpdateAmlHitStatusResponse,
    unstructure_UpdateAmlHitStatusRequest,
    validate_UpdateAmlHitStatusRequest,
)
from .._codec.sessions__update_data import (
    unstructure_UpdateSessionDataRequest,
    validate_UpdateSessionDataRequest,
)
from .._codec.sessions__update_data__update_poa_data import structure_UpdateSessionDataResponse
from .._codec.sessions__update_feature_status import (
    structure_UpdateFeatureStatusResponse,
    unstructure_UpdateFeatureStatusRequest,
    validate_UpdateFeatureStatusRequest,
)
from .._codec.sessions__update_poa_data import (
    unstructure_UpdatePoaDataRequest,
    validate_UpdatePoaDataRequest,
)
from .._codec.sessions__update_status import (
    structure_SessionIdResponse,
    unstructure_UpdateStatusRequest,
    validate_UpdateStatusRequest,
)
from ..enums import AmlHitReviewStatus, CallbackMethod, Language, SessionStatus
from ..models.sessions__arm_sandbox import SandboxArmRequest, SandboxArmResponse
from ..models.sessions__batch_delete import BatchDeleteSessionsRequest, BatchDeleteSessionsResponse
from ..models.sessions__bulk_update_aml_hit_status import (
    AmlHitBulkUpdateItem,
    AmlHitBulkUpdateRequest,
    AmlHitBulkUpdateResult,
)
from ..models.sessions__create import CreateSessionRequest, CreateSessionResponse
from ..models.sessions__create__retrieve__retrieve_decision import ContactDetails, ExpectedDetails
from ..models.sessions__delete import SessionDeleteResponse
from ..models.sessions__import_shared import ImportSharedSessionRequest, ImportSharedSessionResponse
from ..models.sessions__list import SessionListItem
from ..models.sessions__list_events import SessionEvent
from ..models.sessions__retrieve__retrieve_decision_2 import SessionDecision
from ..models.sessions__retrieve_batch_delete_job import BatchDeleteJob
from ..models.sessions__share import ShareSessionRequest, ShareSessionResponse
from ..models.sessions__update_aml_hit_status import (
    UpdateAmlHitStatusRequest,
    UpdateAmlHitStatusResponse,
)
from ..models.sessions__update_data import (
    UpdateSessionDataRequest,
    UpdateSessionDataRequestParsedAddress,
)
from ..models.sessions__update_data__update_poa_data import UpdateSessionDataResponse
from ..models.sessions__update_feature_status import (
    UpdateFeatureStatusRequest,
    UpdateFeatureStatusResponse,
)
from ..models.sessions__update_poa_data import (
    UpdatePoaDataRequest,
    UpdatePoaDataRequestPoaParsedAddress,
)
from ..models.sessions__update_status import NodeToResubmit, SessionIdResponse, UpdateStatusRequest
from .sessions_imports import SessionsImportsResource, SyncSessionsImportsResource
from .sessions_kyb import SessionsKybResource, SyncSessionsKybResource
from .sessions_reviews import SessionsReviewsResource, SyncSessionsReviewsResource

__all__ = [
    "SESSIONS_ARM_SANDBOX",
    "SESSIONS_BATCH_DELETE",
    "SESSIONS_BULK_UPDATE_AML_HIT_STATUS",
    "SESSIONS_CREATE",
    "SESSIONS_DELETE",
    "SESSIONS_GENERATE_PDF",
    "SESSIONS_IMPORT_SHARED",
    "SESSIONS_LIST",
    "SESSIONS_LIST_EVENTS",
    "SESSIONS_RETRIEVE",
    "SESSIONS_RETRIEVE_BATCH_DELETE_JOB",
    "SESSIONS_RETRIEVE_DECISION",
    "SESSIONS_SHARE",
    "SESSIONS_UPDATE_AML_HIT_STATUS",
    "SESSIONS_UPDATE_DATA",
    "SESSIONS_UPDATE_FEATURE_STATUS",
    "SESSIONS_UPDATE_POA_DATA",
    "SESSIONS_UPDATE_STATUS",
    "SessionsResource",
    "SyncSessionsResource",
]


SESSIONS_CREATE = OperationMeta(
    operation_id="sessions_create",
    method="POST",
    path="/v3/session/",
    host="verification",
    resource="sessions",
    method_name="create",
    idempotency=Idempotency("if_body_field", "vendor_data"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write", "session-create"),
    request_kind="json",
    request_schema="CreateSessionRequest",
)


SESSIONS_RETRIEVE_DECISION = OperationMeta(
    operation_id="sessions_retrieve_decision",
    method="GET",
    path="/v3/session/{sessionId}/decision/",
    host="verification",
    resource="sessions",
    method_name="retrieve_decision",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-get",),
)


SESSIONS_LIST = OperationMeta(
    operation_id="sessions_list",
    method="GET",
    path="/v3/sessions/",
    host="verification",
    resource="sessions",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


SESSIONS_DELETE = OperationMeta(
    operation_id="sessions_delete",
    method="DELETE",
    path="/v3/session/{sessionId}/delete/",
    host="verification",
    resource="sessions",
    method_name="delete",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    empty_ok=True,
)


SESSIONS_BATCH_DELETE = OperationMeta(
    operation_id="sessions_batch_delete",
    method="POST",
    path="/v3/sessions/delete/",
    host="verification",
    resource="sessions",
    method_name="batch_delete",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="BatchDeleteSessionsRequest",
)


SESSIONS_RETRIEVE_BATCH_DELETE_JOB = OperationMeta(
    operation_id="sessions_retrieve_batch_delete_job",
    method="GET",
    path="/v3/sessions/delete/{job_id}/",
    host="verification",
    resource="sessions",
    method_name="retrieve_batch_delete_job",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-get",),
)


SESSIONS_UPDATE_STATUS = OperationMeta(
    operation_id="sessions_update_status",
    method="PATCH",
    path="/v3/session/{sessionId}/update-status/",
    host="verification",
    resource="sessions",
    method_name="update_status",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="UpdateStatusRequest",
)


SESSIONS_GENERATE_PDF = OperationMeta(
    operation_id="sessions_generate_pdf",
    method="GET",
    path="/v3/session/{sessionId}/generate-pdf/",
    host="verification",
    resource="sessions",
    method_name="generate_pdf",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-get", "session-generate-pdf"),
    response_kind="binary",
)


SESSIONS_SHARE = OperationMeta(
    operation_id="sessions_share",
    method="POST",
    path="/v3/session/{sessionId}/share/",
    host="verification",
    resource="sessions",
    method_name="share",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="ShareSessionRequest",
)


SESSIONS_IMPORT_SHARED = OperationMeta(
    operation_id="sessions_import_shared",
    method="POST",
    path="/v3/session/import-shared/",
    host="verification",
    resource="sessions",
    method_name="import_shared",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="ImportSharedSessionRequest",
)


SESSIONS_LIST_EVENTS = OperationMeta(
    operation_id="sessions_list_events",
    method="GET",
    path="/v3/session/{sessionId}/events/",
    host="verification",
    resource="sessions",
    method_name="list_events",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


SESSIONS_UPDATE_AML_HIT_STATUS = OperationMeta(
    operation_id="sessions_update_aml_hit_status",
    method="PATCH",
    path="/v3/session/{sessionId}/update-aml-hit-status/",
    host="verification",
    resource="sessions",
    method_name="update_aml_hit_status",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="UpdateAmlHitStatusRequest",
)


SESSIONS_UPDATE_FEATURE_STATUS = OperationMeta(
    operation_id="sessions_update_feature_status",
    method="PATCH",
    path="/v3/session/{sessionId}/features/{nodeId}/update-status/",
    host="verification",
    resource="sessions",
    method_name="update_feature_status",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="UpdateFeatureStatusRequest",
)


SESSIONS_UPDATE_DATA = OperationMeta(
    operation_id="sessions_update_data",
    method="PATCH",
    path="/v3/session/{sessionId}/update-data/",
    host="verification",
    resource="sessions",
    method_name="update_data",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write", "session-update-kyc"),
    request_kind="json",
    request_schema="UpdateSessionDataRequest",
)


SESSIONS_UPDATE_POA_DATA = OperationMeta(
    operation_id="sessions_update_poa_data",
    method="PATCH",
    path="/v3/session/{sessionId}/update-poa-data/",
    host="verification",
    resource="sessions",
    method_name="update_poa_data",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write", "session-update-poa"),
    request_kind="json",
    request_schema="UpdatePoaDataRequest",
)


SESSIONS_RETRIEVE = OperationMeta(
    operation_id="sessions_retrieve",
    method="GET",
    path="/v3/session/{sessionId}/",
    host="verification",
    resource="sessions",
    method_name="retrieve",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-get",),
)


SESSIONS_ARM_SANDBOX = OperationMeta(
    operation_id="sessions_arm_sandbox",
    method="POST",
    path="/v3/session/{sessionId}/sandbox/arm/",
    host="verification",
    resource="sessions",
    method_name="arm_sandbox",
    idempotency=Idempotency("never"),
    auth=("session_token",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="SandboxArmRequest",
)


SESSIONS_BULK_UPDATE_AML_HIT_STATUS = OperationMeta(
    operation_id="sessions_bulk_update_aml_hit_status",
    method="PATCH",
    path="/v3/session/{sessionId}/bulk-update-aml-hit-status/",
    host="verification",
    resource="sessions",
    method_name="bulk_update_aml_hit_status",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="AmlHitBulkUpdateRequest",
)


class SessionsResource:
    """``client.sessions``: create, retrieve_decision, list, delete, batch_delete, retrieve_batch_delete_job, update_status, generate_pdf, share, import_shared, list_events, update_aml_hit_status, update_feature_status, update_data, update_poa_data, retrieve, arm_sandbox, bulk_update_aml_hit_status."""

    __slots__ = ("_transport", "imports", "kyb", "reviews")

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.imports = SessionsImportsResource(transport)
        self.kyb = SessionsKybResource(transport)
        self.reviews = SessionsReviewsResource(transport)

    async def create(
        self,
        *,
        workflow_id: str,
        vendor_data: str | None = None,
        callback: str | None = None,
        callback_method: CallbackMethod | Literal["initiator", "completer", "both"] | None = None,
        metadata: Mapping[str, Any] | str | None | Unset = UNSET,
        language: Language | str | None = None,
        contact_details: ContactDetails | Mapping[str, Any] | None = None,
        expected_details: ExpectedDetails | Mapping[str, Any] | None = None,
        portrait_image: str | None = None,
        sandbox_scenario: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateSessionResponse:
        """Create a session.

        Creates a verification session and its hosted URL. Idempotent reuse: when `vendor_data`
        is given and an unfinished session (Not Started, In Progress, Resubmitted, Awaiting
        User) with the same `vendor_data` exists on the workflow's latest published version,
        that session is returned (still 201) with `callback` and `metadata` updated. There is no
        Idempotency-Key: if a create times out, list sessions by `vendor_data` before creating
        another.

        ``POST /v3/session/``.

        Args:
          workflow_id: The workflow to run: a KYC workflow makes a user session, a KYB workflow
              a business session.
          vendor_data: Your identifier for the user or business.
          callback: Where the user is sent when the flow ends; Didit appends
              `?verificationSessionId=...&status=...`.
          callback_method: one of initiator, completer, both.
          metadata: Your data, not shown to the user (a JSON object; older docs allowed a JSON
              string).
          language: one of en, ar, bg, bn, ca, cnr, ....
          contact_details: ``ContactDetails | Mapping[str, Any]``.
          expected_details: ``ExpectedDetails | Mapping[str, Any]``.
          portrait_image: Base64 reference face for Biometric Authentication workflows, at most
              1 MB decoded (1,398,104 base64 characters).
          sandbox_scenario: Sandbox applications only: the outcome to simulate (`approve`,
              `decline_aml_hit`, ...; all in GET /v1/sandbox/scenarios/).
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CreateSessionResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.sessions.create(workflow_id=…)``
        """
        try:
            body = unstructure_CreateSessionRequest(
                CreateSessionRequest(
                    workflow_id=workflow_id,
                    vendor_data=vendor_data,
                    callback=callback,
                    callback_method=callback_method,
                    metadata=metadata,
                    language=language,
                    contact_details=contact_details,
                    expected_details=expected_details,
                    portrait_image=portrait_image,
                    sandbox_scenario=sandbox_scenario,
                )
            )
            validate_CreateSessionRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = SESSIONS_CREATE.method, SESSIONS_CREATE.path
            raise
        data = await self._transport.request(
            SESSIONS_CREATE,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_CreateSessionResponse(data) if data.__class__ is dict else data

    async def retrieve_decision(
        self,
        session_id: str,
        /,
        *,
        include: Literal["events"] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionDecision:
        """Retrieve a session's decision.

        Every result of a session. Media URLs are presigned and expire after about 60 minutes.
        Sources disagree on its rate limit: older pages put it in a 100/min `session-decision`
        scope; current docs say v3 is only under generic-get (600/min). We follow current docs.

        ``GET /v3/session/{sessionId}/decision/``.

        Args:
          session_id: The session's UUID.
          include: one of events.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SessionDecision``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``decision = await client.sessions.retrieve_decision("…")``
        """
        try:
            path_param("session_id", session_id, uuid=True)
            query: dict[str, Any] = {}
            if include is not None:
                if not isinstance(include, str) or include not in _E_inline154:
                    raise DiditValidationError(
                        "include",
                        "enum",
                        "must be one of: events"
                        + (
                            ", not " + repr(include[:40])
                            if isinstance(include, str)
                            else ", not " + type(include).__name__
                        ),
                    )
                query["include"] = include
        except DiditValidationError as exc:
            exc.method, exc.path = (
                SESSIONS_RETRIEVE_DECISION.method,
                SESSIONS_RETRIEVE_DECISION.path,
            )
            raise
        data = await self._transport.request(
            SESSIONS_RETRIEVE_DECISION,
            path_params={"sessionId": session_id},
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_SessionDecision(data) if data.__class__ is dict else data

    def list(
        self,
        *,
        session_kind: Literal["user", "business", "all"] | None = None,
        vendor_data: str | None = None,
        status: str
        | Sequence[
            SessionStatus
            | Literal[
                "Not Started",
                "In Progress",
                "In Review",
                "Awaiting User",
                "Resubmitted",
                "Approved",
                "Declined",
                "Expired",
                "Abandoned",
                "Kyc Expired",
            ]
        ]
        | None = None,
        workflow_id: str | None = None,
        country: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        search: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        document_type: str | None = None,
        document_name: str | None = None,
        region: str | None = None,
        didit_internal_id: str | None = None,
        session_type: str | None = None,
        api_service: Literal[
            "ID_VERIFICATION",
            "FACE_MATCH",
            "AGE_ESTIMATION",
            "FACE_SEARCH",
            "POA",
            "AML",
            "KYB_REGISTRY",
            "PASSIVE_LIVENESS",
            "DATABASE_VALIDATION",
            "PHONE_VERIFICATION",
            "EMAIL_VERIFICATION",
        ]
        | None = None,
        screened_full_name: str | None = None,
        warning: str | None = None,
        status_initialized_as_in_review: bool | None = None,
        is_kyc_to_be_reviewed: bool | None = None,
        euuid: str | None = None,
        organization_name: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[SessionListItem]:
        """List sessions.

        Sessions newest first, paginated with limit/offset (`next`/`previous` are full URLs).
        Sources disagree on the default page size (50 current, 20 in skills) and an older page
        mentions `page_size`; we follow current docs.

        ``GET /v3/sessions/``.

        Args:
          session_kind: one of user, business, all.
          vendor_data: Exact match.
          status: Sessions in any of these statuses: a list (`["Approved", "In Review"]`) or one
              comma-separated string (`Approved,In Review`, no spaces around the commas).
          workflow_id: ``str``.
          country: Issuing state (KYC) or country code (KYB).
          date_from: Created at or after (ISO 8601).
          date_to: Created at or before (ISO 8601).
          search: Substring of vendor data, name, document number, phone, email.
          limit: Items per page.
          offset: Items to skip.
          document_type: ``str``.
          document_name: ``str``.
          region: ``str``.
          didit_internal_id: ``str``.
          session_type: ``str``.
          api_service: one of ID_VERIFICATION, FACE_MATCH, AGE_ESTIMATION, FACE_SEARCH, POA,
              AML, ....
          screened_full_name: ``str``.
          warning: ``str``.
          status_initialized_as_in_review: ``bool``.
          is_kyc_to_be_reviewed: ``bool``.
          euuid: ``str``.
          organization_name: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[SessionListItem]`` (await it for one page, iterate for every
        item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.sessions.list()``
        """
        try:
            query: dict[str, Any] = {}
            if session_kind is not None:
                if not isinstance(session_kind, str) or session_kind not in _E_inline155:
                    raise DiditValidationError(
                        "session_kind",
                        "enum",
                        "must be one of: user, business, all"
                        + (
                            ", not " + repr(session_kind[:40])
                            if isinstance(session_kind, str)
                            else ", not " + type(session_kind).__name__
                        ),
                    )
                query["session_kind"] = session_kind
            if vendor_data is not None:
                if not isinstance(vendor_data, str):
                    raise DiditValidationError(
                        "vendor_data", "type", "must be a string, not " + type(vendor_data).__name__
                    )
                query["vendor_data"] = vendor_data
            if status is not None:
                if not isinstance(status, (str, list, tuple)):
                    raise DiditValidationError(
                        "status", "type", "must be a string or a list, not " + type(status).__name__
                    )
                if not status:
                    raise DiditValidationError(
                        "status", "min_items", "must name at least one value"
                    )
                for x0 in status.split(",") if isinstance(status, str) else status:
                    if not isinstance(x0, str) or x0 not in _E_SessionStatus:
                        raise DiditValidationError(
                            "status",
                            "enum",
                            "must be one of: Not Started, In Progress, In Review, Awaiting User, Resubmitted, Approved, Declined, Expired, Abandoned, Kyc Expired"
                            + (
                                ", not " + repr(x0[:40])
                                if isinstance(x0, str)
                                else ", not " + type(x0).__name__
                            ),
                        )
                query["status"] = status
            if workflow_id is not None:
                if not isinstance(workflow_id, str):
                    raise DiditValidationError(
                        "workflow_id", "type", "must be a string, not " + type(workflow_id).__name__
                    )
                if not is_uuid(workflow_id):
                    raise DiditValidationError("workflow_id", "format", "must be a valid uuid")
                query["workflow_id"] = workflow_id
            if country is not None:
                if not isinstance(country, str):
                    raise DiditValidationError(
                        "country", "type", "must be a string, not " + type(country).__name__
                    )
                query["country"] = country
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
            if document_type is not None:
                if not isinstance(document_type, str):
                    raise DiditValidationError(
                        "document_type",
                        "type",
                        "must be a string, not " + type(document_type).__name__,
                    )
                query["document_type"] = document_type
            if document_name is not None:
                if not isinstance(document_name, str):
                    raise DiditValidationError(
                        "document_name",
                        "type",
                        "must be a string, not " + type(document_name).__name__,
                    )
                query["document_name"] = document_name
            if region is not None:
                if not isinstance(region, str):
                    raise DiditValidationError(
                        "region", "type", "must be a string, not " + type(region).__name__
                    )
                query["region"] = region
            if didit_internal_id is not None:
                if not isinstance(didit_internal_id, str):
                    raise DiditValidationError(
                        "didit_internal_id",
                        "type",
                        "must be a string, not " + type(didit_internal_id).__name__,
                    )
                if not is_uuid(didit_internal_id):
                    raise DiditValidationError(
                        "didit_internal_id", "format", "must be a valid uuid"
                    )
                query["didit_internal_id"] = didit_internal_id
            if session_type is not None:
                if not isinstance(session_type, str):
                    raise DiditValidationError(
                        "session_type",
                        "type",
                        "must be a string, not " + type(session_type).__name__,
                    )
                query["session_type"] = session_type
            if api_service is not None:
                if not isinstance(api_service, str) or api_service not in _E_inline156:
                    raise DiditValidationError(
                        "api_service",
                        "enum",
                        "must be one of: ID_VERIFICATION, FACE_MATCH, AGE_ESTIMATION, FACE_SEARCH, POA, AML, KYB_REGISTRY, PASSIVE_LIVENESS, DATABASE_VALIDATION, PHONE_VERIFICATION, EMAIL_VERIFICATION"
                        + (
                            ", not " + repr(api_service[:40])
                            if isinstance(api_service, str)
                            else ", not " + type(api_service).__name__
                        ),
                    )
                query["api_service"] = api_service
            if screened_full_name is not None:
                if not isinstance(screened_full_name, str):
                    raise DiditValidationError(
                        "screened_full_name",
                        "type",
                        "must be a string, not " + type(screened_full_name).__name__,
                    )
                query["screened_full_name"] = screened_full_name
            if warning is not None:
                if not isinstance(warning, str):
                    raise DiditValidationError(
                        "warning", "type", "must be a string, not " + type(warning).__name__
                    )
                query["warning"] = warning
            if status_initialized_as_in_review is not None:
                if not isinstance(status_initialized_as_in_review, bool):
                    raise DiditValidationError(
                        "status_initialized_as_in_review",
                        "type",
                        "must be true or false, not "
                        + type(status_initialized_as_in_review).__name__,
                    )
                query["status_initialized_as_in_review"] = status_initialized_as_in_review
            if is_kyc_to_be_reviewed is not None:
                if not isinstance(is_kyc_to_be_reviewed, bool):
                    raise DiditValidationError(
                        "is_kyc_to_be_reviewed",
                        "type",
                        "must be true or false, not " + type(is_kyc_to_be_reviewed).__name__,
                    )
                query["is_kyc_to_be_reviewed"] = is_kyc_to_be_reviewed
            if euuid is not None:
                if not isinstance(euuid, str):
                    raise DiditValidationError(
                        "euuid", "type", "must be a string, not " + type(euuid).__name__
                    )
                if not is_uuid(euuid):
                    raise DiditValidationError("euuid", "format", "must be a valid uuid")
                query["euuid"] = euuid
            if organization_name is not None:
                if not isinstance(organization_name, str):
                    raise DiditValidationError(
                        "organization_name",
                        "type",
                        "must be a string, not " + type(organization_name).__name__,
                    )
                query["organization_name"] = organization_name
        except DiditValidationError as exc:
            exc.method, exc.path = SESSIONS_LIST.method, SESSIONS_LIST.path
            raise
        return self._transport.paginate(
            SESSIONS_LIST,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_SessionListItem,
        )

    async def delete(
        self,
        session_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionDeleteResponse | None:
        """Delete a session.

        Soft-deletes a session; its decision then answers 404 and media are quarantined.

        ``DELETE /v3/session/{sessionId}/delete/``.

        Args:
          session_id: The session's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SessionDeleteResponse | None``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.sessions.delete("…")``
        """
        try:
            path_param("session_id", session_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = SESSIONS_DELETE.method, SESSIONS_DELETE.path
            raise
        data = await self._transport.request(
            SESSIONS_DELETE,
            path_params={"sessionId": session_id},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_SessionDeleteResponse(data) if data.__class__ is dict else data

    async def batch_delete(
        self,
        *,
        session_numbers: Sequence[int | str] | None = None,
        delete_all: bool | None = None,
        retain_face_embeddings: bool | None | Unset = UNSET,
        face_retention_days: int | None = None,
        face_retention_deadline: str | None = None,
        deletion_instruction: Literal["operational_session_delete", "privacy_erasure"]
        | None = None,
        instruction_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchDeleteSessionsResponse:
        """Delete sessions in bulk.

        Deletes by session number, or all. 200 with `results[]`, or 202 with a job when more
        than 20 sessions match (poll the job). 409 `in_filed_report` deletes nothing. Older
        docs: 204.

        ``POST /v3/sessions/delete/``.

        Args:
          session_numbers: Session numbers to delete (docs samples send strings).
          delete_all: Delete every session of the application.
          retain_face_embeddings: ``bool | None``.
          face_retention_days: ``int``.
          face_retention_deadline: ``str``.
          deletion_instruction: one of operational_session_delete, privacy_erasure.
          instruction_id: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BatchDeleteSessionsResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.sessions.batch_delete()``
        """
        try:
            body = unstructure_BatchDeleteSessionsRequest(
                BatchDeleteSessionsRequest(
                    session_numbers=session_numbers,
                    delete_all=delete_all,
                    retain_face_embeddings=retain_face_embeddings,
                    face_retention_days=face_retention_days,
                    face_retention_deadline=face_retention_deadline,
                    deletion_instruction=deletion_instruction,
                    instruction_id=instruction_id,
                )
            )
            validate_BatchDeleteSessionsRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = SESSIONS_BATCH_DELETE.method, SESSIONS_BATCH_DELETE.path
            raise
        data = await self._transport.request(
            SESSIONS_BATCH_DELETE,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_BatchDeleteSessionsResponse(data) if data.__class__ is dict else data

    async def retrieve_batch_delete_job(
        self,
        job_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchDeleteJob:
        """Get a batch-delete job.

        Progress of a batch delete answered with 202.

        ``GET /v3/sessions/delete/{job_id}/``.

        Args:
          job_id: The job id.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BatchDeleteJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``job = await client.sessions.retrieve_batch_delete_job("…")``
        """
        try:
            path_param("job_id", job_id)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                SESSIONS_RETRIEVE_BATCH_DELETE_JOB.method,
                SESSIONS_RETRIEVE_BATCH_DELETE_JOB.path,
            )
            raise
        data = await self._transport.request(
            SESSIONS_RETRIEVE_BATCH_DELETE_JOB,
            path_params={"job_id": job_id},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_BatchDeleteJob(data) if data.__class__ is dict else data

    async def update_status(
        self,
        session_id: str,
        /,
        *,
        new_status: Literal["Approved", "Declined", "Resubmitted"],
        comment: str | None = None,
        nodes_to_resubmit: Sequence[NodeToResubmit | Mapping[str, Any]] | None = None,
        send_email: bool | None = None,
        email_address: str | None = None,
        email_language: Language | str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionIdResponse:
        """Approve, decline or resubmit.

        Needs `write:sessions`. The current status must be Approved, Declined, In Review, Kyc
        Expired, Abandoned or Resubmitted. Re-setting Approved/Declined is a no-op; a backend-
        only resubmission repeated within 30 s answers 429.

        ``PATCH /v3/session/{sessionId}/update-status/``.

        Args:
          session_id: The session's UUID.
          new_status: one of Approved, Declined, Resubmitted.
          comment: ``str``.
          nodes_to_resubmit: Required with Resubmitted (the schema says so with `if`/`then`).
          send_email: ``bool``.
          email_address: ``str``.
          email_language: one of en, ar, bg, bn, ca, cnr, ....
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SessionIdResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.sessions.update_status("…", new_status=…)``
        """
        try:
            path_param("session_id", session_id, uuid=True)
            body = unstructure_UpdateStatusRequest(
                UpdateStatusRequest(
                    new_status=new_status,
                    comment=comment,
                    nodes_to_resubmit=nodes_to_resubmit,
                    send_email=send_email,
                    email_address=email_address,
                    email_language=email_language,
                )
            )
            validate_UpdateStatusRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = SESSIONS_UPDATE_STATUS.method, SESSIONS_UPDATE_STATUS.path
            raise
        data = await self._transport.request(
            SESSIONS_UPDATE_STATUS,
            path_params={"sessionId": session_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_SessionIdResponse(data) if data.__class__ is dict else data

    async def generate_pdf(
        self,
        session_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes:
        """Generate the PDF report.

        The session report as a PDF. Also documented without the trailing slash (an older page,
        which typed the response as JSON). Limited to 50/min (older pages: 100/min).

        ``GET /v3/session/{sessionId}/generate-pdf/``.

        Args:
          session_id: The session's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: the file's bytes.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``content = await client.sessions.generate_pdf("…")``
        """
        try:
            path_param("session_id", session_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = SESSIONS_GENERATE_PDF.method, SESSIONS_GENERATE_PDF.path
            raise
        return bytes(
            await self._transport.request(
                SESSIONS_GENERATE_PDF,
                path_params={"sessionId": session_id},
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    async def share(
        self,
        session_id: str,
        /,
        *,
        for_application_id: str,
        ttl_in_seconds: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShareSessionResponse:
        """Share a session with a partner.

        A token another application can import. Only Approved, Declined or In Review sessions.

        ``POST /v3/session/{sessionId}/share/``.

        Args:
          session_id: The session's UUID.
          for_application_id: The receiving application (exists, not deleted, not yours).
          ttl_in_seconds: How long the token is valid.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ShareSessionResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.sessions.share("…", for_application_id=…)``
        """
        try:
            path_param("session_id", session_id, uuid=True)
            body = unstructure_ShareSessionRequest(
                ShareSessionRequest(
                    for_application_id=for_application_id, ttl_in_seconds=ttl_in_seconds
                )
            )
            validate_ShareSessionRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = SESSIONS_SHARE.method, SESSIONS_SHARE.path
            raise
        data = await self._transport.request(
            SESSIONS_SHARE,
            path_params={"sessionId": session_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_ShareSessionResponse(data) if data.__class__ is dict else data

    async def import_shared(
        self,
        *,
        share_token: str,
        workflow_id: str,
        vendor_data: str | None | Unset = UNSET,
        trust_review: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ImportSharedSessionResponse:
        """Import a shared session.

        Creates a session from a partner's share token (once per partner application).

        ``POST /v3/session/import-shared/``.

        Args:
          share_token: ``str``.
          workflow_id: A KYC workflow for a KYC token, KYB for KYB.
          vendor_data: ``str | None``.
          trust_review: true keeps the original status; false puts it In Review.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ImportSharedSessionResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.sessions.import_shared(share_token=…,
        workflow_id=…)``
        """
        try:
            body = unstructure_ImportSharedSessionRequest(
                ImportSharedSessionRequest(
                    share_token=share_token,
                    workflow_id=workflow_id,
                    vendor_data=vendor_data,
                    trust_review=trust_review,
                )
            )
            validate_ImportSharedSessionRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = SESSIONS_IMPORT_SHARED.method, SESSIONS_IMPORT_SHARED.path
            raise
        data = await self._transport.request(
            SESSIONS_IMPORT_SHARED,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_ImportSharedSessionResponse(data) if data.__class__ is dict else data

    def list_events(
        self,
        session_id: str,
        /,
        *,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[SessionEvent]:
        """List a session's events.

        The session's event history.

        ``GET /v3/session/{sessionId}/events/``.

        Args:
          session_id: The session's UUID.
          limit: Items per page.
          offset: Items to skip.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[SessionEvent]`` (await it for one page, iterate for every
        item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.sessions.list_events("…")``
        """
        try:
            path_param("session_id", session_id, uuid=True)
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
            exc.method, exc.path = SESSIONS_LIST_EVENTS.method, SESSIONS_LIST_EVENTS.path
            raise
        return self._transport.paginate(
            SESSIONS_LIST_EVENTS,
            path_params={"sessionId": session_id},
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_SessionEvent,
        )

    async def update_aml_hit_status(
        self,
        session_id: str,
        /,
        *,
        hit_id: str,
        review_status: AmlHitReviewStatus
        | Literal["Unreviewed", "Confirmed Match", "False Positive", "Inconclusive"],
        node_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateAmlHitStatusResponse:
        """Review an AML hit.

        Marks one AML hit as a confirmed match, a false positive, ...

        ``PATCH /v3/session/{sessionId}/update-aml-hit-status/``.

        Args:
          session_id: The session's UUID.
          hit_id: ``str``.
          review_status: one of Unreviewed, Confirmed Match, False Positive, Inconclusive.
          node_id: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``UpdateAmlHitStatusResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.sessions.update_aml_hit_status("…", hit_id=…,
        review_status=…)``
        """
        try:
            path_param("session_id", session_id, uuid=True)
            body = unstructure_UpdateAmlHitStatusRequest(
                UpdateAmlHitStatusRequest(
                    hit_id=hit_id, review_status=review_status, node_id=node_id
                )
            )
            validate_UpdateAmlHitStatusRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                SESSIONS_UPDATE_AML_HIT_STATUS.method,
                SESSIONS_UPDATE_AML_HIT_STATUS.path,
            )
            raise
        data = await self._transport.request(
            SESSIONS_UPDATE_AML_HIT_STATUS,
            path_params={"sessionId": session_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_UpdateAmlHitStatusResponse(data) if data.__class__ is dict else data

    async def update_feature_status(
        self,
        session_id: str,
        node_id: str,
        /,
        *,
        new_status: Literal["Approved", "Declined", "In Review"],
        comment: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateFeatureStatusResponse:
        """Override one feature's status.

        Sets one node's status (e.g. `feature_ocr_1`, or `default` for single-step workflows)
        and fires data.updated. Standalone-API sessions answer 400.

        ``PATCH /v3/session/{sessionId}/features/{nodeId}/update-status/``.

        Args:
          session_id: The session's UUID.
          node_id: The workflow node, such as `feature_ocr_1`.
          new_status: one of Approved, Declined, In Review.
          comment: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``UpdateFeatureStatusResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.sessions.update_feature_status("…", "…",
        new_status=…)``
        """
        try:
            path_param("session_id", session_id, uuid=True)
            path_param("node_id", node_id)
            body = unstructure_UpdateFeatureStatusRequest(
                UpdateFeatureStatusRequest(new_status=new_status, comment=comment)
            )
            validate_UpdateFeatureStatusRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                SESSIONS_UPDATE_FEATURE_STATUS.method,
                SESSIONS_UPDATE_FEATURE_STATUS.path,
            )
            raise
        data = await self._transport.request(
            SESSIONS_UPDATE_FEATURE_STATUS,
            path_params={"sessionId": session_id, "nodeId": node_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_UpdateFeatureStatusResponse(data) if data.__class__ is dict else data

    async def update_data(
        self,
        session_id: str,
        /,
        *,
        node_id: str | None = None,
        first_name: str | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        full_name: str | None = None,
        date_of_birth: str | None | Unset = UNSET,
        gender: str | None | Unset = UNSET,
        nationality: str | None | Unset = UNSET,
        document_type: str | None | Unset = UNSET,
        document_number: str | None | Unset = UNSET,
        personal_number: str | None | Unset = UNSET,
        issuing_state: str | None | Unset = UNSET,
        expiration_date: str | None | Unset = UNSET,
        date_of_issue: str | None | Unset = UNSET,
        address: str | None | Unset = UNSET,
        place_of_birth: str | None | Unset = UNSET,
        document_subtype: str | None | Unset = UNSET,
        extra_fields: Mapping[str, Any] | None | Unset = UNSET,
        marital_status: Literal["SINGLE", "MARRIED", "DIVORCED", "WIDOWED", "UNKNOWN"]
        | None = None,
        parsed_address: UpdateSessionDataRequestParsedAddress
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateSessionDataResponse:
        """Correct extracted KYC data.

        Edits extracted document data and fires data.updated. Limited to 10/min.

        ``PATCH /v3/session/{sessionId}/update-data/``.

        Args:
          session_id: The session's UUID.
          node_id: Which ID-verification node to edit (defaults to the first).
          first_name: ``str | None``.
          last_name: ``str | None``.
          full_name: ``str``.
          date_of_birth: ``str | None``.
          gender: ``str | None``.
          nationality: ``str | None``.
          document_type: ``str | None``.
          document_number: ``str | None``.
          personal_number: ``str | None``.
          issuing_state: ``str | None``.
          expiration_date: ``str | None``.
          date_of_issue: ``str | None``.
          address: ``str | None``.
          place_of_birth: ``str | None``.
          document_subtype: ``str | None``.
          extra_fields: Document-specific extra fields.
          marital_status: one of SINGLE, MARRIED, DIVORCED, WIDOWED, UNKNOWN.
          parsed_address: Structured address override (the decision's parsed_address shape).
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``UpdateSessionDataResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.sessions.update_data("…")``
        """
        try:
            path_param("session_id", session_id, uuid=True)
            body = unstructure_UpdateSessionDataRequest(
                UpdateSessionDataRequest(
                    node_id=node_id,
                    first_name=first_name,
                    last_name=last_name,
                    full_name=full_name,
                    date_of_birth=date_of_birth,
                    gender=gender,
                    nationality=nationality,
                    document_type=document_type,
                    document_number=document_number,
                    personal_number=personal_number,
                    issuing_state=issuing_state,
                    expiration_date=expiration_date,
                    date_of_issue=date_of_issue,
                    address=address,
                    place_of_birth=place_of_birth,
                    document_subtype=document_subtype,
                    extra_fields=extra_fields,
                    marital_status=marital_status,
                    parsed_address=parsed_address,
                )
            )
            validate_UpdateSessionDataRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = SESSIONS_UPDATE_DATA.method, SESSIONS_UPDATE_DATA.path
            raise
        data = await self._transport.request(
            SESSIONS_UPDATE_DATA,
            path_params={"sessionId": session_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_UpdateSessionDataResponse(data) if data.__class__ is dict else data

    async def update_poa_data(
        self,
        session_id: str,
        /,
        *,
        node_id: str | None = None,
        poa_address: str | None | Unset = UNSET,
        issuer: str | None | Unset = UNSET,
        issue_date: str | None | Unset = UNSET,
        document_type: str | None = None,
        name_on_document: str | None | Unset = UNSET,
        document_language: str | None | Unset = UNSET,
        extra_fields: Mapping[str, Any] | None | Unset = UNSET,
        issuing_state: str | None | Unset = UNSET,
        poa_parsed_address: UpdatePoaDataRequestPoaParsedAddress
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateSessionDataResponse:
        """Correct extracted proof-of-address data.

        Edits extracted POA data and fires data.updated. Limited to 10/min (assumed; the docs'
        table is truncated there).

        ``PATCH /v3/session/{sessionId}/update-poa-data/``.

        Args:
          session_id: The session's UUID.
          node_id: ``str``.
          poa_address: ``str | None``.
          issuer: ``str | None``.
          issue_date: ``str | None``.
          document_type: ``str``.
          name_on_document: ``str | None``.
          document_language: ``str | None``.
          extra_fields: ``Mapping[str, Any] | None``.
          issuing_state: Alpha-3.
          poa_parsed_address: Structured address override.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``UpdateSessionDataResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.sessions.update_poa_data("…")``
        """
        try:
            path_param("session_id", session_id, uuid=True)
            body = unstructure_UpdatePoaDataRequest(
                UpdatePoaDataRequest(
                    node_id=node_id,
                    poa_address=poa_address,
                    issuer=issuer,
                    issue_date=issue_date,
                    document_type=document_type,
                    name_on_document=name_on_document,
                    document_language=document_language,
                    extra_fields=extra_fields,
                    issuing_state=issuing_state,
                    poa_parsed_address=poa_parsed_address,
                )
            )
            validate_UpdatePoaDataRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = SESSIONS_UPDATE_POA_DATA.method, SESSIONS_UPDATE_POA_DATA.path
            raise
        data = await self._transport.request(
            SESSIONS_UPDATE_POA_DATA,
            path_params={"sessionId": session_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_UpdateSessionDataResponse(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        session_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionDecision:
        """Retrieve a session.

        The session with all of its results. Not in Didit's public reference: a community SDK
        calls it and the rate-limiting page names the view that serves v3 retrieval. We read it
        as answering the same body as the decision endpoint (unknown fields kept); like it, only
        generic-get applies.

        ``GET /v3/session/{sessionId}/``.

        Args:
          session_id: The session's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SessionDecision``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``decision = await client.sessions.retrieve("…")``
        """
        try:
            path_param("session_id", session_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = SESSIONS_RETRIEVE.method, SESSIONS_RETRIEVE.path
            raise
        data = await self._transport.request(
            SESSIONS_RETRIEVE,
            path_params={"sessionId": session_id},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_SessionDecision(data) if data.__class__ is dict else data

    async def arm_sandbox(
        self,
        session_id: str,
        /,
        *,
        scenario: str,
        session_token: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SandboxArmResponse:
        """Arm a sandbox session's outcome.

        Sandbox applications only: decide how a session that has not started yet will end, as
        `sandbox_scenario` does at creation. `scenario` is one of the 16 scenario slugs
        (approve, decline_document_expired, decline_could_not_recognize_document,
        decline_mrz_validation, decline_minimum_age, decline_face_match_low_similarity,
        decline_liveness_attack, decline_aml_hit, decline_ip_blocklist,
        decline_poa_address_mismatch, decline_nfc_chip_not_verified, decline_database_no_match,
        review_aml_possible_match, review_face_match_borderline, review_poa_partial_match,
        decline_kyb_registry_mismatch). Authenticated by the session's own token, not the API
        key: pass `session_token` from the create answer
        (`CreateSessionResponse.session_token`); the SDK sends it as `Session-Token` on this
        call only and never logs it. 400 when the session has already started or the scenario is
        unknown.

        ``POST /v3/session/{sessionId}/sandbox/arm/``.

        Args:
          session_id: The session to arm.
          scenario: ``str``.
          session_token: The secret the SessionTokenAuth scheme sends in the `Session-Token`
              header; never logged.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SandboxArmResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.sessions.arm_sandbox("…", scenario=…)``
        """
        try:
            path_param("session_id", session_id, uuid=True)
            path_param("session_token", session_token)
            body = unstructure_SandboxArmRequest(SandboxArmRequest(scenario=scenario))
            validate_SandboxArmRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = SESSIONS_ARM_SANDBOX.method, SESSIONS_ARM_SANDBOX.path
            raise
        data = await self._transport.request(
            SESSIONS_ARM_SANDBOX,
            path_params={"sessionId": session_id},
            credential=session_token,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_SandboxArmResponse(data) if data.__class__ is dict else data

    async def bulk_update_aml_hit_status(
        self,
        session_id: str,
        /,
        *,
        hit_updates: Sequence[AmlHitBulkUpdateItem | Mapping[str, Any]],
        node_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlHitBulkUpdateResult:
        """Review several AML hits at once.

        Set the review status of several AML hits of a session in one call (`hit_updates`:
        `hit_id` and `review_status` each); `node_id` picks the AML step when the workflow has
        several. Didit's facts give the answer no schema: it is kept as a free-form object.

        ``PATCH /v3/session/{sessionId}/bulk-update-aml-hit-status/``.

        Args:
          session_id: ``str``.
          hit_updates: ``Sequence[AmlHitBulkUpdateItem | Mapping[str, Any]]``.
          node_id: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlHitBulkUpdateResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = await client.sessions.bulk_update_aml_hit_status("…",
        hit_updates=…)``
        """
        try:
            path_param("session_id", session_id, uuid=True)
            body = unstructure_AmlHitBulkUpdateRequest(
                AmlHitBulkUpdateRequest(hit_updates=hit_updates, node_id=node_id)
            )
            validate_AmlHitBulkUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                SESSIONS_BULK_UPDATE_AML_HIT_STATUS.method,
                SESSIONS_BULK_UPDATE_AML_HIT_STATUS.path,
            )
            raise
        data = await self._transport.request(
            SESSIONS_BULK_UPDATE_AML_HIT_STATUS,
            path_params={"sessionId": session_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_AmlHitBulkUpdateResult(data) if data.__class__ is dict else data


class SyncSessionsResource:
    """``client.sessions`` of ``Didit``: create, retrieve_decision, list, delete, batch_delete, retrieve_batch_delete_job, update_status, generate_pdf, share, import_shared, list_events, update_aml_hit_status, update_feature_status, update_data, update_poa_data, retrieve, arm_sandbox, bulk_update_aml_hit_status (blocking)."""

    __slots__ = ("_async", "_runner", "imports", "kyb", "reviews")

    def __init__(self, runner: SyncRunner, resource: SessionsResource) -> None:
        self._runner = runner
        self._async = resource
        self.imports = SyncSessionsImportsResource(runner, resource.imports)
        self.kyb = SyncSessionsKybResource(runner, resource.kyb)
        self.reviews = SyncSessionsReviewsResource(runner, resource.reviews)

    def create(
        self,
        *,
        workflow_id: str,
        vendor_data: str | None = None,
        callback: str | None = None,
        callback_method: CallbackMethod | Literal["initiator", "completer", "both"] | None = None,
        metadata: Mapping[str, Any] | str | None | Unset = UNSET,
        language: Language | str | None = None,
        contact_details: ContactDetails | Mapping[str, Any] | None = None,
        expected_details: ExpectedDetails | Mapping[str, Any] | None = None,
        portrait_image: str | None = None,
        sandbox_scenario: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateSessionResponse:
        """Create a session.

        Creates a verification session and its hosted URL. Idempotent reuse: when `vendor_data`
        is given and an unfinished session (Not Started, In Progress, Resubmitted, Awaiting
        User) with the same `vendor_data` exists on the workflow's latest published version,
        that session is returned (still 201) with `callback` and `metadata` updated. There is no
        Idempotency-Key: if a create times out, list sessions by `vendor_data` before creating
        another.

        ``POST /v3/session/``. Blocks until Didit answers.

        Args:
          workflow_id: The workflow to run: a KYC workflow makes a user session, a KYB workflow
              a business session.
          vendor_data: Your identifier for the user or business.
          callback: Where the user is sent when the flow ends; Didit appends
              `?verificationSessionId=...&status=...`.
          callback_method: one of initiator, completer, both.
          metadata: Your data, not shown to the user (a JSON object; older docs allowed a JSON
              string).
          language: one of en, ar, bg, bn, ca, cnr, ....
          contact_details: ``ContactDetails | Mapping[str, Any]``.
          expected_details: ``ExpectedDetails | Mapping[str, Any]``.
          portrait_image: Base64 reference face for Biometric Authentication workflows, at most
              1 MB decoded (1,398,104 base64 characters).
          sandbox_scenario: Sandbox applications only: the outcome to simulate (`approve`,
              `decline_aml_hit`, ...; all in GET /v1/sandbox/scenarios/).
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CreateSessionResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.sessions.create(workflow_id=…)``
        """
        return self._runner.call(
            self._async.create,
            workflow_id=workflow_id,
            vendor_data=vendor_data,
            callback=callback,
            callback_method=callback_method,
            metadata=metadata,
            language=language,
            contact_details=contact_details,
            expected_details=expected_details,
            portrait_image=portrait_image,
            sandbox_scenario=sandbox_scenario,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve_decision(
        self,
        session_id: str,
        /,
        *,
        include: Literal["events"] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionDecision:
        """Retrieve a session's decision.

        Every result of a session. Media URLs are presigned and expire after about 60 minutes.
        Sources disagree on its rate limit: older pages put it in a 100/min `session-decision`
        scope; current docs say v3 is only under generic-get (600/min). We follow current docs.

        ``GET /v3/session/{sessionId}/decision/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.
          include: one of events.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SessionDecision``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``decision = client.sessions.retrieve_decision("…")``
        """
        return self._runner.call(
            self._async.retrieve_decision,
            session_id,
            include=include,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list(
        self,
        *,
        session_kind: Literal["user", "business", "all"] | None = None,
        vendor_data: str | None = None,
        status: str
        | Sequence[
            SessionStatus
            | Literal[
                "Not Started",
                "In Progress",
                "In Review",
                "Awaiting User",
                "Resubmitted",
                "Approved",
                "Declined",
                "Expired",
                "Abandoned",
                "Kyc Expired",
            ]
        ]
        | None = None,
        workflow_id: str | None = None,
        country: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        search: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        document_type: str | None = None,
        document_name: str | None = None,
        region: str | None = None,
        didit_internal_id: str | None = None,
        session_type: str | None = None,
        api_service: Literal[
            "ID_VERIFICATION",
            "FACE_MATCH",
            "AGE_ESTIMATION",
            "FACE_SEARCH",
            "POA",
            "AML",
            "KYB_REGISTRY",
            "PASSIVE_LIVENESS",
            "DATABASE_VALIDATION",
            "PHONE_VERIFICATION",
            "EMAIL_VERIFICATION",
        ]
        | None = None,
        screened_full_name: str | None = None,
        warning: str | None = None,
        status_initialized_as_in_review: bool | None = None,
        is_kyc_to_be_reviewed: bool | None = None,
        euuid: str | None = None,
        organization_name: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[SessionListItem]:
        """List sessions.

        Sessions newest first, paginated with limit/offset (`next`/`previous` are full URLs).
        Sources disagree on the default page size (50 current, 20 in skills) and an older page
        mentions `page_size`; we follow current docs.

        ``GET /v3/sessions/``. Blocks until Didit answers.

        Args:
          session_kind: one of user, business, all.
          vendor_data: Exact match.
          status: Sessions in any of these statuses: a list (`["Approved", "In Review"]`) or one
              comma-separated string (`Approved,In Review`, no spaces around the commas).
          workflow_id: ``str``.
          country: Issuing state (KYC) or country code (KYB).
          date_from: Created at or after (ISO 8601).
          date_to: Created at or before (ISO 8601).
          search: Substring of vendor data, name, document number, phone, email.
          limit: Items per page.
          offset: Items to skip.
          document_type: ``str``.
          document_name: ``str``.
          region: ``str``.
          didit_internal_id: ``str``.
          session_type: ``str``.
          api_service: one of ID_VERIFICATION, FACE_MATCH, AGE_ESTIMATION, FACE_SEARCH, POA,
              AML, ....
          screened_full_name: ``str``.
          warning: ``str``.
          status_initialized_as_in_review: ``bool``.
          is_kyc_to_be_reviewed: ``bool``.
          euuid: ``str``.
          organization_name: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[SessionListItem]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.sessions.list()``
        """
        return self._runner.paginate(
            self._async.list(
                session_kind=session_kind,
                vendor_data=vendor_data,
                status=status,
                workflow_id=workflow_id,
                country=country,
                date_from=date_from,
                date_to=date_to,
                search=search,
                limit=limit,
                offset=offset,
                document_type=document_type,
                document_name=document_name,
                region=region,
                didit_internal_id=didit_internal_id,
                session_type=session_type,
                api_service=api_service,
                screened_full_name=screened_full_name,
                warning=warning,
                status_initialized_as_in_review=status_initialized_as_in_review,
                is_kyc_to_be_reviewed=is_kyc_to_be_reviewed,
                euuid=euuid,
                organization_name=organization_name,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def delete(
        self,
        session_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionDeleteResponse | None:
        """Delete a session.

        Soft-deletes a session; its decision then answers 404 and media are quarantined.

        ``DELETE /v3/session/{sessionId}/delete/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SessionDeleteResponse | None``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.sessions.delete("…")``
        """
        return self._runner.call(
            self._async.delete,
            session_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def batch_delete(
        self,
        *,
        session_numbers: Sequence[int | str] | None = None,
        delete_all: bool | None = None,
        retain_face_embeddings: bool | None | Unset = UNSET,
        face_retention_days: int | None = None,
        face_retention_deadline: str | None = None,
        deletion_instruction: Literal["operational_session_delete", "privacy_erasure"]
        | None = None,
        instruction_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchDeleteSessionsResponse:
        """Delete sessions in bulk.

        Deletes by session number, or all. 200 with `results[]`, or 202 with a job when more
        than 20 sessions match (poll the job). 409 `in_filed_report` deletes nothing. Older
        docs: 204.

        ``POST /v3/sessions/delete/``. Blocks until Didit answers.

        Args:
          session_numbers: Session numbers to delete (docs samples send strings).
          delete_all: Delete every session of the application.
          retain_face_embeddings: ``bool | None``.
          face_retention_days: ``int``.
          face_retention_deadline: ``str``.
          deletion_instruction: one of operational_session_delete, privacy_erasure.
          instruction_id: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BatchDeleteSessionsResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.sessions.batch_delete()``
        """
        return self._runner.call(
            self._async.batch_delete,
            session_numbers=session_numbers,
            delete_all=delete_all,
            retain_face_embeddings=retain_face_embeddings,
            face_retention_days=face_retention_days,
            face_retention_deadline=face_retention_deadline,
            deletion_instruction=deletion_instruction,
            instruction_id=instruction_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve_batch_delete_job(
        self,
        job_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchDeleteJob:
        """Get a batch-delete job.

        Progress of a batch delete answered with 202.

        ``GET /v3/sessions/delete/{job_id}/``. Blocks until Didit answers.

        Args:
          job_id: The job id.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BatchDeleteJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``job = client.sessions.retrieve_batch_delete_job("…")``
        """
        return self._runner.call(
            self._async.retrieve_batch_delete_job,
            job_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update_status(
        self,
        session_id: str,
        /,
        *,
        new_status: Literal["Approved", "Declined", "Resubmitted"],
        comment: str | None = None,
        nodes_to_resubmit: Sequence[NodeToResubmit | Mapping[str, Any]] | None = None,
        send_email: bool | None = None,
        email_address: str | None = None,
        email_language: Language | str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionIdResponse:
        """Approve, decline or resubmit.

        Needs `write:sessions`. The current status must be Approved, Declined, In Review, Kyc
        Expired, Abandoned or Resubmitted. Re-setting Approved/Declined is a no-op; a backend-
        only resubmission repeated within 30 s answers 429.

        ``PATCH /v3/session/{sessionId}/update-status/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.
          new_status: one of Approved, Declined, Resubmitted.
          comment: ``str``.
          nodes_to_resubmit: Required with Resubmitted (the schema says so with `if`/`then`).
          send_email: ``bool``.
          email_address: ``str``.
          email_language: one of en, ar, bg, bn, ca, cnr, ....
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SessionIdResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.sessions.update_status("…", new_status=…)``
        """
        return self._runner.call(
            self._async.update_status,
            session_id,
            new_status=new_status,
            comment=comment,
            nodes_to_resubmit=nodes_to_resubmit,
            send_email=send_email,
            email_address=email_address,
            email_language=email_language,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def generate_pdf(
        self,
        session_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes:
        """Generate the PDF report.

        The session report as a PDF. Also documented without the trailing slash (an older page,
        which typed the response as JSON). Limited to 50/min (older pages: 100/min).

        ``GET /v3/session/{sessionId}/generate-pdf/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: the file's bytes.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``content = client.sessions.generate_pdf("…")``
        """
        return self._runner.call(
            self._async.generate_pdf,
            session_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def share(
        self,
        session_id: str,
        /,
        *,
        for_application_id: str,
        ttl_in_seconds: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShareSessionResponse:
        """Share a session with a partner.

        A token another application can import. Only Approved, Declined or In Review sessions.

        ``POST /v3/session/{sessionId}/share/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.
          for_application_id: The receiving application (exists, not deleted, not yours).
          ttl_in_seconds: How long the token is valid.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ShareSessionResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.sessions.share("…", for_application_id=…)``
        """
        return self._runner.call(
            self._async.share,
            session_id,
            for_application_id=for_application_id,
            ttl_in_seconds=ttl_in_seconds,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def import_shared(
        self,
        *,
        share_token: str,
        workflow_id: str,
        vendor_data: str | None | Unset = UNSET,
        trust_review: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ImportSharedSessionResponse:
        """Import a shared session.

        Creates a session from a partner's share token (once per partner application).

        ``POST /v3/session/import-shared/``. Blocks until Didit answers.

        Args:
          share_token: ``str``.
          workflow_id: A KYC workflow for a KYC token, KYB for KYB.
          vendor_data: ``str | None``.
          trust_review: true keeps the original status; false puts it In Review.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ImportSharedSessionResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.sessions.import_shared(share_token=…, workflow_id=…)``
        """
        return self._runner.call(
            self._async.import_shared,
            share_token=share_token,
            workflow_id=workflow_id,
            vendor_data=vendor_data,
            trust_review=trust_review,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_events(
        self,
        session_id: str,
        /,
        *,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[SessionEvent]:
        """List a session's events.

        The session's event history.

        ``GET /v3/session/{sessionId}/events/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.
          limit: Items per page.
          offset: Items to skip.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[SessionEvent]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.sessions.list_events("…")``
        """
        return self._runner.paginate(
            self._async.list_events(
                session_id,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def update_aml_hit_status(
        self,
        session_id: str,
        /,
        *,
        hit_id: str,
        review_status: AmlHitReviewStatus
        | Literal["Unreviewed", "Confirmed Match", "False Positive", "Inconclusive"],
        node_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateAmlHitStatusResponse:
        """Review an AML hit.

        Marks one AML hit as a confirmed match, a false positive, ...

        ``PATCH /v3/session/{sessionId}/update-aml-hit-status/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.
          hit_id: ``str``.
          review_status: one of Unreviewed, Confirmed Match, False Positive, Inconclusive.
          node_id: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``UpdateAmlHitStatusResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.sessions.update_aml_hit_status("…", hit_id=…,
        review_status=…)``
        """
        return self._runner.call(
            self._async.update_aml_hit_status,
            session_id,
            hit_id=hit_id,
            review_status=review_status,
            node_id=node_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update_feature_status(
        self,
        session_id: str,
        node_id: str,
        /,
        *,
        new_status: Literal["Approved", "Declined", "In Review"],
        comment: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateFeatureStatusResponse:
        """Override one feature's status.

        Sets one node's status (e.g. `feature_ocr_1`, or `default` for single-step workflows)
        and fires data.updated. Standalone-API sessions answer 400.

        ``PATCH /v3/session/{sessionId}/features/{nodeId}/update-status/``. Blocks until Didit
        answers.

        Args:
          session_id: The session's UUID.
          node_id: The workflow node, such as `feature_ocr_1`.
          new_status: one of Approved, Declined, In Review.
          comment: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``UpdateFeatureStatusResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.sessions.update_feature_status("…", "…", new_status=…)``
        """
        return self._runner.call(
            self._async.update_feature_status,
            session_id,
            node_id,
            new_status=new_status,
            comment=comment,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update_data(
        self,
        session_id: str,
        /,
        *,
        node_id: str | None = None,
        first_name: str | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        full_name: str | None = None,
        date_of_birth: str | None | Unset = UNSET,
        gender: str | None | Unset = UNSET,
        nationality: str | None | Unset = UNSET,
        document_type: str | None | Unset = UNSET,
        document_number: str | None | Unset = UNSET,
        personal_number: str | None | Unset = UNSET,
        issuing_state: str | None | Unset = UNSET,
        expiration_date: str | None | Unset = UNSET,
        date_of_issue: str | None | Unset = UNSET,
        address: str | None | Unset = UNSET,
        place_of_birth: str | None | Unset = UNSET,
        document_subtype: str | None | Unset = UNSET,
        extra_fields: Mapping[str, Any] | None | Unset = UNSET,
        marital_status: Literal["SINGLE", "MARRIED", "DIVORCED", "WIDOWED", "UNKNOWN"]
        | None = None,
        parsed_address: UpdateSessionDataRequestParsedAddress
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateSessionDataResponse:
        """Correct extracted KYC data.

        Edits extracted document data and fires data.updated. Limited to 10/min.

        ``PATCH /v3/session/{sessionId}/update-data/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.
          node_id: Which ID-verification node to edit (defaults to the first).
          first_name: ``str | None``.
          last_name: ``str | None``.
          full_name: ``str``.
          date_of_birth: ``str | None``.
          gender: ``str | None``.
          nationality: ``str | None``.
          document_type: ``str | None``.
          document_number: ``str | None``.
          personal_number: ``str | None``.
          issuing_state: ``str | None``.
          expiration_date: ``str | None``.
          date_of_issue: ``str | None``.
          address: ``str | None``.
          place_of_birth: ``str | None``.
          document_subtype: ``str | None``.
          extra_fields: Document-specific extra fields.
          marital_status: one of SINGLE, MARRIED, DIVORCED, WIDOWED, UNKNOWN.
          parsed_address: Structured address override (the decision's parsed_address shape).
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``UpdateSessionDataResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.sessions.update_data("…")``
        """
        return self._runner.call(
            self._async.update_data,
            session_id,
            node_id=node_id,
            first_name=first_name,
            last_name=last_name,
            full_name=full_name,
            date_of_birth=date_of_birth,
            gender=gender,
            nationality=nationality,
            document_type=document_type,
            document_number=document_number,
            personal_number=personal_number,
            issuing_state=issuing_state,
            expiration_date=expiration_date,
            date_of_issue=date_of_issue,
            address=address,
            place_of_birth=place_of_birth,
            document_subtype=document_subtype,
            extra_fields=extra_fields,
            marital_status=marital_status,
            parsed_address=parsed_address,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update_poa_data(
        self,
        session_id: str,
        /,
        *,
        node_id: str | None = None,
        poa_address: str | None | Unset = UNSET,
        issuer: str | None | Unset = UNSET,
        issue_date: str | None | Unset = UNSET,
        document_type: str | None = None,
        name_on_document: str | None | Unset = UNSET,
        document_language: str | None | Unset = UNSET,
        extra_fields: Mapping[str, Any] | None | Unset = UNSET,
        issuing_state: str | None | Unset = UNSET,
        poa_parsed_address: UpdatePoaDataRequestPoaParsedAddress
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateSessionDataResponse:
        """Correct extracted proof-of-address data.

        Edits extracted POA data and fires data.updated. Limited to 10/min (assumed; the docs'
        table is truncated there).

        ``PATCH /v3/session/{sessionId}/update-poa-data/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.
          node_id: ``str``.
          poa_address: ``str | None``.
          issuer: ``str | None``.
          issue_date: ``str | None``.
          document_type: ``str``.
          name_on_document: ``str | None``.
          document_language: ``str | None``.
          extra_fields: ``Mapping[str, Any] | None``.
          issuing_state: Alpha-3.
          poa_parsed_address: Structured address override.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``UpdateSessionDataResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.sessions.update_poa_data("…")``
        """
        return self._runner.call(
            self._async.update_poa_data,
            session_id,
            node_id=node_id,
            poa_address=poa_address,
            issuer=issuer,
            issue_date=issue_date,
            document_type=document_type,
            name_on_document=name_on_document,
            document_language=document_language,
            extra_fields=extra_fields,
            issuing_state=issuing_state,
            poa_parsed_address=poa_parsed_address,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        session_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionDecision:
        """Retrieve a session.

        The session with all of its results. Not in Didit's public reference: a community SDK
        calls it and the rate-limiting page names the view that serves v3 retrieval. We read it
        as answering the same body as the decision endpoint (unknown fields kept); like it, only
        generic-get applies.

        ``GET /v3/session/{sessionId}/``. Blocks until Didit answers.

        Args:
          session_id: The session's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SessionDecision``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``decision = client.sessions.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            session_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def arm_sandbox(
        self,
        session_id: str,
        /,
        *,
        scenario: str,
        session_token: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SandboxArmResponse:
        """Arm a sandbox session's outcome.

        Sandbox applications only: decide how a session that has not started yet will end, as
        `sandbox_scenario` does at creation. `scenario` is one of the 16 scenario slugs
        (approve, decline_document_expired, decline_could_not_recognize_document,
        decline_mrz_validation, decline_minimum_age, decline_face_match_low_similarity,
        decline_liveness_attack, decline_aml_hit, decline_ip_blocklist,
        decline_poa_address_mismatch, decline_nfc_chip_not_verified, decline_database_no_match,
        review_aml_possible_match, review_face_match_borderline, review_poa_partial_match,
        decline_kyb_registry_mismatch). Authenticated by the session's own token, not the API
        key: pass `session_token` from the create answer
        (`CreateSessionResponse.session_token`); the SDK sends it as `Session-Token` on this
        call only and never logs it. 400 when the session has already started or the scenario is
        unknown.

        ``POST /v3/session/{sessionId}/sandbox/arm/``. Blocks until Didit answers.

        Args:
          session_id: The session to arm.
          scenario: ``str``.
          session_token: The secret the SessionTokenAuth scheme sends in the `Session-Token`
              header; never logged.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SandboxArmResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.sessions.arm_sandbox("…", scenario=…)``
        """
        return self._runner.call(
            self._async.arm_sandbox,
            session_id,
            scenario=scenario,
            session_token=session_token,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def bulk_update_aml_hit_status(
        self,
        session_id: str,
        /,
        *,
        hit_updates: Sequence[AmlHitBulkUpdateItem | Mapping[str, Any]],
        node_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlHitBulkUpdateResult:
        """Review several AML hits at once.

        Set the review status of several AML hits of a session in one call (`hit_updates`:
        `hit_id` and `review_status` each); `node_id` picks the AML step when the workflow has
        several. Didit's facts give the answer no schema: it is kept as a free-form object.

        ``PATCH /v3/session/{sessionId}/bulk-update-aml-hit-status/``. Blocks until Didit
        answers.

        Args:
          session_id: ``str``.
          hit_updates: ``Sequence[AmlHitBulkUpdateItem | Mapping[str, Any]]``.
          node_id: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlHitBulkUpdateResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = client.sessions.bulk_update_aml_hit_status("…", hit_updates=…)``
        """
        return self._runner.call(
            self._async.bulk_update_aml_hit_status,
            session_id,
            hit_updates=hit_updates,
            node_id=node_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

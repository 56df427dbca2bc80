# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.workflows``, async and blocking.

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

from .._codec.workflows import structure_Workflow
from .._codec.workflows__create import (
    unstructure_WorkflowCreateRequest,
    validate_WorkflowCreateRequest,
)
from .._codec.workflows__update import (
    unstructure_WorkflowUpdateRequest,
    validate_WorkflowUpdateRequest,
)
from ..enums import WorkflowType
from ..models.workflows import Workflow, WorkflowFeature
from ..models.workflows__create import WorkflowCreateRequest
from ..models.workflows__update import WorkflowUpdateRequest

__all__ = [
    "SyncWorkflowsResource",
    "WORKFLOWS_CREATE",
    "WORKFLOWS_DELETE",
    "WORKFLOWS_LIST",
    "WORKFLOWS_RETRIEVE",
    "WORKFLOWS_UPDATE",
    "WorkflowsResource",
]


WORKFLOWS_LIST = OperationMeta(
    operation_id="workflows_list",
    method="GET",
    path="/v3/workflows/",
    host="apx",
    resource="workflows",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


WORKFLOWS_CREATE = OperationMeta(
    operation_id="workflows_create",
    method="POST",
    path="/v3/workflows/",
    host="apx",
    resource="workflows",
    method_name="create",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="WorkflowCreateRequest",
)


WORKFLOWS_RETRIEVE = OperationMeta(
    operation_id="workflows_retrieve",
    method="GET",
    path="/v3/workflows/{settings_uuid}/",
    host="apx",
    resource="workflows",
    method_name="retrieve",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


WORKFLOWS_UPDATE = OperationMeta(
    operation_id="workflows_update",
    method="PATCH",
    path="/v3/workflows/{settings_uuid}/",
    host="apx",
    resource="workflows",
    method_name="update",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="WorkflowUpdateRequest",
)


WORKFLOWS_DELETE = OperationMeta(
    operation_id="workflows_delete",
    method="DELETE",
    path="/v3/workflows/{settings_uuid}/",
    host="apx",
    resource="workflows",
    method_name="delete",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    response_kind="empty",
)


class WorkflowsResource:
    """``client.workflows``: list, create, retrieve, update, delete."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[Workflow]:
        """List workflows.

        All workflows of the application (a plain array, not paginated). Paginated like every
        other list (Didit's published schema); a bare array, as older answers were, is read as
        one page.

        ``GET /v3/workflows/``.

        Args:
          limit: Items per page.
          offset: Items to skip.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[Workflow]`` (await it for one page, iterate for every item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.workflows.list()``
        """
        try:
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
            exc.method, exc.path = WORKFLOWS_LIST.method, WORKFLOWS_LIST.path
            raise
        return self._transport.paginate(
            WORKFLOWS_LIST,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_Workflow,
        )

    async def create(
        self,
        *,
        workflow_label: str | None = None,
        features: Sequence[WorkflowFeature | Mapping[str, Any]] | None = None,
        workflow_type: WorkflowType
        | Literal[
            "kyc",
            "adaptive_age_verification",
            "biometric_authentication",
            "address_verification",
            "questionnaire_verification",
            "email_verification",
            "phone_verification",
        ]
        | None = None,
        is_default: bool | None = None,
        is_ocr_enabled: bool | None = None,
        is_liveness_enabled: bool | None = None,
        face_liveness_method: Literal["passive", "active_3d", "flashing"] | None = None,
        face_liveness_score_decline_threshold: int | None = None,
        is_face_match_enabled: bool | None = None,
        face_match_score_decline_threshold: int | None = None,
        face_match_score_review_threshold: int | None = None,
        is_aml_enabled: bool | None = None,
        aml_decline_threshold: int | None = None,
        is_phone_verification_enabled: bool | None = None,
        is_email_verification_enabled: bool | None = None,
        is_database_validation_enabled: bool | None = None,
        is_ip_analysis_enabled: bool | None = None,
        is_nfc_enabled: bool | None = None,
        is_age_restrictions_enabled: bool | None = None,
        documents_allowed: Mapping[str, Any] | None = None,
        duplicated_user_action: Literal["no_action", "review", "decline"] | None = None,
        max_retry_attempts: int | None = None,
        retry_window_days: int | None | Unset = UNSET,
        is_desktop_allowed: bool | None = None,
        is_white_label_enabled: bool | None = None,
        session_expiration_time: float | None = None,
        status: Literal["draft", "published"] | None = None,
        face_liveness_max_attempts: int | None = None,
        face_match_max_attempts: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Workflow:
        """Create a workflow.

        Creates a workflow. Sources disagree on the shape: the newest docs (and Didit's SDKs)
        send an ordered `features[]` list; older docs send `workflow_type` plus flat
        `is_*_enabled` flags and thresholds. We follow the newest and accept both.

        ``POST /v3/workflows/``.

        Args:
          workflow_label: ``str``.
          features: Newest shape: the ordered features.
          workflow_type: one of kyc, adaptive_age_verification, biometric_authentication,
              address_verification, questionnaire_verification, email_verification, ....
          is_default: ``bool``.
          is_ocr_enabled: ``bool``.
          is_liveness_enabled: ``bool``.
          face_liveness_method: one of passive, active_3d, flashing.
          face_liveness_score_decline_threshold: ``int``.
          is_face_match_enabled: ``bool``.
          face_match_score_decline_threshold: ``int``.
          face_match_score_review_threshold: ``int``.
          is_aml_enabled: ``bool``.
          aml_decline_threshold: ``int``.
          is_phone_verification_enabled: ``bool``.
          is_email_verification_enabled: ``bool``.
          is_database_validation_enabled: ``bool``.
          is_ip_analysis_enabled: ``bool``.
          is_nfc_enabled: ``bool``.
          is_age_restrictions_enabled: ``bool``.
          documents_allowed: Allowed documents per country; empty allows all.
          duplicated_user_action: one of no_action, review, decline.
          max_retry_attempts: ``int``.
          retry_window_days: ``int | None``.
          is_desktop_allowed: Let the hosted flow run on a desktop browser.
          is_white_label_enabled: ``bool``.
          session_expiration_time: How long a session stays open (Didit does not state the unit;
              seconds is our reading).
          status: Omit to publish at once; `draft` saves without publishing.
          face_liveness_max_attempts: ``int``.
          face_match_max_attempts: ``int``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Workflow``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``workflow = await client.workflows.create()``
        """
        try:
            body = unstructure_WorkflowCreateRequest(
                WorkflowCreateRequest(
                    workflow_label=workflow_label,
                    features=features,
                    workflow_type=workflow_type,
                    is_default=is_default,
                    is_ocr_enabled=is_ocr_enabled,
                    is_liveness_enabled=is_liveness_enabled,
                    face_liveness_method=face_liveness_method,
                    face_liveness_score_decline_threshold=face_liveness_score_decline_threshold,
                    is_face_match_enabled=is_face_match_enabled,
                    face_match_score_decline_threshold=face_match_score_decline_threshold,
                    face_match_score_review_threshold=face_match_score_review_threshold,
                    is_aml_enabled=is_aml_enabled,
                    aml_decline_threshold=aml_decline_threshold,
                    is_phone_verification_enabled=is_phone_verification_enabled,
                    is_email_verification_enabled=is_email_verification_enabled,
                    is_database_validation_enabled=is_database_validation_enabled,
                    is_ip_analysis_enabled=is_ip_analysis_enabled,
                    is_nfc_enabled=is_nfc_enabled,
                    is_age_restrictions_enabled=is_age_restrictions_enabled,
                    documents_allowed=documents_allowed,
                    duplicated_user_action=duplicated_user_action,
                    max_retry_attempts=max_retry_attempts,
                    retry_window_days=retry_window_days,
                    is_desktop_allowed=is_desktop_allowed,
                    is_white_label_enabled=is_white_label_enabled,
                    session_expiration_time=session_expiration_time,
                    status=status,
                    face_liveness_max_attempts=face_liveness_max_attempts,
                    face_match_max_attempts=face_match_max_attempts,
                )
            )
            validate_WorkflowCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = WORKFLOWS_CREATE.method, WORKFLOWS_CREATE.path
            raise
        data = await self._transport.request(
            WORKFLOWS_CREATE,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Workflow(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        settings_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Workflow:
        """Get a workflow.

        One workflow version.

        ``GET /v3/workflows/{settings_uuid}/``.

        Args:
          settings_uuid: The workflow version's UUID (`uuid`).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Workflow``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``workflow = await client.workflows.retrieve("…")``
        """
        try:
            path_param("settings_uuid", settings_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = WORKFLOWS_RETRIEVE.method, WORKFLOWS_RETRIEVE.path
            raise
        data = await self._transport.request(
            WORKFLOWS_RETRIEVE,
            path_params={"settings_uuid": settings_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Workflow(data) if data.__class__ is dict else data

    async def update(
        self,
        settings_uuid: str,
        /,
        *,
        workflow_label: str | None = None,
        features: Sequence[WorkflowFeature | Mapping[str, Any]] | None = None,
        workflow_type: WorkflowType
        | Literal[
            "kyc",
            "adaptive_age_verification",
            "biometric_authentication",
            "address_verification",
            "questionnaire_verification",
            "email_verification",
            "phone_verification",
        ]
        | None = None,
        is_default: bool | None = None,
        is_ocr_enabled: bool | None = None,
        is_liveness_enabled: bool | None = None,
        face_liveness_method: Literal["passive", "active_3d", "flashing"] | None = None,
        face_liveness_score_decline_threshold: int | None = None,
        is_face_match_enabled: bool | None = None,
        face_match_score_decline_threshold: int | None = None,
        face_match_score_review_threshold: int | None = None,
        is_aml_enabled: bool | None = None,
        aml_decline_threshold: int | None = None,
        is_phone_verification_enabled: bool | None = None,
        is_email_verification_enabled: bool | None = None,
        is_database_validation_enabled: bool | None = None,
        is_ip_analysis_enabled: bool | None = None,
        is_nfc_enabled: bool | None = None,
        is_age_restrictions_enabled: bool | None = None,
        documents_allowed: Mapping[str, Any] | None = None,
        duplicated_user_action: Literal["no_action", "review", "decline"] | None = None,
        max_retry_attempts: int | None = None,
        retry_window_days: int | None | Unset = UNSET,
        is_desktop_allowed: bool | None = None,
        is_white_label_enabled: bool | None = None,
        session_expiration_time: float | None = None,
        status: Literal["draft", "published"] | None = None,
        face_liveness_max_attempts: int | None = None,
        face_match_max_attempts: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Workflow:
        """Update a workflow.

        A partial update.

        ``PATCH /v3/workflows/{settings_uuid}/``.

        Args:
          settings_uuid: The workflow version's UUID (`uuid`).
          workflow_label: ``str``.
          features: Newest shape: the ordered features.
          workflow_type: one of kyc, adaptive_age_verification, biometric_authentication,
              address_verification, questionnaire_verification, email_verification, ....
          is_default: ``bool``.
          is_ocr_enabled: ``bool``.
          is_liveness_enabled: ``bool``.
          face_liveness_method: one of passive, active_3d, flashing.
          face_liveness_score_decline_threshold: ``int``.
          is_face_match_enabled: ``bool``.
          face_match_score_decline_threshold: ``int``.
          face_match_score_review_threshold: ``int``.
          is_aml_enabled: ``bool``.
          aml_decline_threshold: ``int``.
          is_phone_verification_enabled: ``bool``.
          is_email_verification_enabled: ``bool``.
          is_database_validation_enabled: ``bool``.
          is_ip_analysis_enabled: ``bool``.
          is_nfc_enabled: ``bool``.
          is_age_restrictions_enabled: ``bool``.
          documents_allowed: Allowed documents per country; empty allows all.
          duplicated_user_action: one of no_action, review, decline.
          max_retry_attempts: ``int``.
          retry_window_days: ``int | None``.
          is_desktop_allowed: Let the hosted flow run on a desktop browser.
          is_white_label_enabled: ``bool``.
          session_expiration_time: How long a session stays open (Didit does not state the unit;
              seconds is our reading).
          status: Omit to publish at once; `draft` saves without publishing.
          face_liveness_max_attempts: ``int``.
          face_match_max_attempts: ``int``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Workflow``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``workflow = await client.workflows.update("…")``
        """
        try:
            path_param("settings_uuid", settings_uuid, uuid=True)
            body = unstructure_WorkflowUpdateRequest(
                WorkflowUpdateRequest(
                    workflow_label=workflow_label,
                    features=features,
                    workflow_type=workflow_type,
                    is_default=is_default,
                    is_ocr_enabled=is_ocr_enabled,
                    is_liveness_enabled=is_liveness_enabled,
                    face_liveness_method=face_liveness_method,
                    face_liveness_score_decline_threshold=face_liveness_score_decline_threshold,
                    is_face_match_enabled=is_face_match_enabled,
                    face_match_score_decline_threshold=face_match_score_decline_threshold,
                    face_match_score_review_threshold=face_match_score_review_threshold,
                    is_aml_enabled=is_aml_enabled,
                    aml_decline_threshold=aml_decline_threshold,
                    is_phone_verification_enabled=is_phone_verification_enabled,
                    is_email_verification_enabled=is_email_verification_enabled,
                    is_database_validation_enabled=is_database_validation_enabled,
                    is_ip_analysis_enabled=is_ip_analysis_enabled,
                    is_nfc_enabled=is_nfc_enabled,
                    is_age_restrictions_enabled=is_age_restrictions_enabled,
                    documents_allowed=documents_allowed,
                    duplicated_user_action=duplicated_user_action,
                    max_retry_attempts=max_retry_attempts,
                    retry_window_days=retry_window_days,
                    is_desktop_allowed=is_desktop_allowed,
                    is_white_label_enabled=is_white_label_enabled,
                    session_expiration_time=session_expiration_time,
                    status=status,
                    face_liveness_max_attempts=face_liveness_max_attempts,
                    face_match_max_attempts=face_match_max_attempts,
                )
            )
            validate_WorkflowUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = WORKFLOWS_UPDATE.method, WORKFLOWS_UPDATE.path
            raise
        data = await self._transport.request(
            WORKFLOWS_UPDATE,
            path_params={"settings_uuid": settings_uuid},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Workflow(data) if data.__class__ is dict else data

    async def delete(
        self,
        settings_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a workflow.

        Existing sessions are unaffected.

        ``DELETE /v3/workflows/{settings_uuid}/``.

        Args:
          settings_uuid: The workflow version's UUID (`uuid`).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``await client.workflows.delete("…")``
        """
        try:
            path_param("settings_uuid", settings_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = WORKFLOWS_DELETE.method, WORKFLOWS_DELETE.path
            raise
        await self._transport.request(
            WORKFLOWS_DELETE,
            path_params={"settings_uuid": settings_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncWorkflowsResource:
    """``client.workflows`` of ``Didit``: list, create, retrieve, update, delete (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: WorkflowsResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[Workflow]:
        """List workflows.

        All workflows of the application (a plain array, not paginated). Paginated like every
        other list (Didit's published schema); a bare array, as older answers were, is read as
        one page.

        ``GET /v3/workflows/``. Blocks until Didit answers.

        Args:
          limit: Items per page.
          offset: Items to skip.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[Workflow]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.workflows.list()``
        """
        return self._runner.paginate(
            self._async.list(
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
        workflow_label: str | None = None,
        features: Sequence[WorkflowFeature | Mapping[str, Any]] | None = None,
        workflow_type: WorkflowType
        | Literal[
            "kyc",
            "adaptive_age_verification",
            "biometric_authentication",
            "address_verification",
            "questionnaire_verification",
            "email_verification",
            "phone_verification",
        ]
        | None = None,
        is_default: bool | None = None,
        is_ocr_enabled: bool | None = None,
        is_liveness_enabled: bool | None = None,
        face_liveness_method: Literal["passive", "active_3d", "flashing"] | None = None,
        face_liveness_score_decline_threshold: int | None = None,
        is_face_match_enabled: bool | None = None,
        face_match_score_decline_threshold: int | None = None,
        face_match_score_review_threshold: int | None = None,
        is_aml_enabled: bool | None = None,
        aml_decline_threshold: int | None = None,
        is_phone_verification_enabled: bool | None = None,
        is_email_verification_enabled: bool | None = None,
        is_database_validation_enabled: bool | None = None,
        is_ip_analysis_enabled: bool | None = None,
        is_nfc_enabled: bool | None = None,
        is_age_restrictions_enabled: bool | None = None,
        documents_allowed: Mapping[str, Any] | None = None,
        duplicated_user_action: Literal["no_action", "review", "decline"] | None = None,
        max_retry_attempts: int | None = None,
        retry_window_days: int | None | Unset = UNSET,
        is_desktop_allowed: bool | None = None,
        is_white_label_enabled: bool | None = None,
        session_expiration_time: float | None = None,
        status: Literal["draft", "published"] | None = None,
        face_liveness_max_attempts: int | None = None,
        face_match_max_attempts: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Workflow:
        """Create a workflow.

        Creates a workflow. Sources disagree on the shape: the newest docs (and Didit's SDKs)
        send an ordered `features[]` list; older docs send `workflow_type` plus flat
        `is_*_enabled` flags and thresholds. We follow the newest and accept both.

        ``POST /v3/workflows/``. Blocks until Didit answers.

        Args:
          workflow_label: ``str``.
          features: Newest shape: the ordered features.
          workflow_type: one of kyc, adaptive_age_verification, biometric_authentication,
              address_verification, questionnaire_verification, email_verification, ....
          is_default: ``bool``.
          is_ocr_enabled: ``bool``.
          is_liveness_enabled: ``bool``.
          face_liveness_method: one of passive, active_3d, flashing.
          face_liveness_score_decline_threshold: ``int``.
          is_face_match_enabled: ``bool``.
          face_match_score_decline_threshold: ``int``.
          face_match_score_review_threshold: ``int``.
          is_aml_enabled: ``bool``.
          aml_decline_threshold: ``int``.
          is_phone_verification_enabled: ``bool``.
          is_email_verification_enabled: ``bool``.
          is_database_validation_enabled: ``bool``.
          is_ip_analysis_enabled: ``bool``.
          is_nfc_enabled: ``bool``.
          is_age_restrictions_enabled: ``bool``.
          documents_allowed: Allowed documents per country; empty allows all.
          duplicated_user_action: one of no_action, review, decline.
          max_retry_attempts: ``int``.
          retry_window_days: ``int | None``.
          is_desktop_allowed: Let the hosted flow run on a desktop browser.
          is_white_label_enabled: ``bool``.
          session_expiration_time: How long a session stays open (Didit does not state the unit;
              seconds is our reading).
          status: Omit to publish at once; `draft` saves without publishing.
          face_liveness_max_attempts: ``int``.
          face_match_max_attempts: ``int``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Workflow``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``workflow = client.workflows.create()``
        """
        return self._runner.call(
            self._async.create,
            workflow_label=workflow_label,
            features=features,
            workflow_type=workflow_type,
            is_default=is_default,
            is_ocr_enabled=is_ocr_enabled,
            is_liveness_enabled=is_liveness_enabled,
            face_liveness_method=face_liveness_method,
            face_liveness_score_decline_threshold=face_liveness_score_decline_threshold,
            is_face_match_enabled=is_face_match_enabled,
            face_match_score_decline_threshold=face_match_score_decline_threshold,
            face_match_score_review_threshold=face_match_score_review_threshold,
            is_aml_enabled=is_aml_enabled,
            aml_decline_threshold=aml_decline_threshold,
            is_phone_verification_enabled=is_phone_verification_enabled,
            is_email_verification_enabled=is_email_verification_enabled,
            is_database_validation_enabled=is_database_validation_enabled,
            is_ip_analysis_enabled=is_ip_analysis_enabled,
            is_nfc_enabled=is_nfc_enabled,
            is_age_restrictions_enabled=is_age_restrictions_enabled,
            documents_allowed=documents_allowed,
            duplicated_user_action=duplicated_user_action,
            max_retry_attempts=max_retry_attempts,
            retry_window_days=retry_window_days,
            is_desktop_allowed=is_desktop_allowed,
            is_white_label_enabled=is_white_label_enabled,
            session_expiration_time=session_expiration_time,
            status=status,
            face_liveness_max_attempts=face_liveness_max_attempts,
            face_match_max_attempts=face_match_max_attempts,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        settings_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Workflow:
        """Get a workflow.

        One workflow version.

        ``GET /v3/workflows/{settings_uuid}/``. Blocks until Didit answers.

        Args:
          settings_uuid: The workflow version's UUID (`uuid`).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Workflow``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``workflow = client.workflows.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            settings_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update(
        self,
        settings_uuid: str,
        /,
        *,
        workflow_label: str | None = None,
        features: Sequence[WorkflowFeature | Mapping[str, Any]] | None = None,
        workflow_type: WorkflowType
        | Literal[
            "kyc",
            "adaptive_age_verification",
            "biometric_authentication",
            "address_verification",
            "questionnaire_verification",
            "email_verification",
            "phone_verification",
        ]
        | None = None,
        is_default: bool | None = None,
        is_ocr_enabled: bool | None = None,
        is_liveness_enabled: bool | None = None,
        face_liveness_method: Literal["passive", "active_3d", "flashing"] | None = None,
        face_liveness_score_decline_threshold: int | None = None,
        is_face_match_enabled: bool | None = None,
        face_match_score_decline_threshold: int | None = None,
        face_match_score_review_threshold: int | None = None,
        is_aml_enabled: bool | None = None,
        aml_decline_threshold: int | None = None,
        is_phone_verification_enabled: bool | None = None,
        is_email_verification_enabled: bool | None = None,
        is_database_validation_enabled: bool | None = None,
        is_ip_analysis_enabled: bool | None = None,
        is_nfc_enabled: bool | None = None,
        is_age_restrictions_enabled: bool | None = None,
        documents_allowed: Mapping[str, Any] | None = None,
        duplicated_user_action: Literal["no_action", "review", "decline"] | None = None,
        max_retry_attempts: int | None = None,
        retry_window_days: int | None | Unset = UNSET,
        is_desktop_allowed: bool | None = None,
        is_white_label_enabled: bool | None = None,
        session_expiration_time: float | None = None,
        status: Literal["draft", "published"] | None = None,
        face_liveness_max_attempts: int | None = None,
        face_match_max_attempts: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Workflow:
        """Update a workflow.

        A partial update.

        ``PATCH /v3/workflows/{settings_uuid}/``. Blocks until Didit answers.

        Args:
          settings_uuid: The workflow version's UUID (`uuid`).
          workflow_label: ``str``.
          features: Newest shape: the ordered features.
          workflow_type: one of kyc, adaptive_age_verification, biometric_authentication,
              address_verification, questionnaire_verification, email_verification, ....
          is_default: ``bool``.
          is_ocr_enabled: ``bool``.
          is_liveness_enabled: ``bool``.
          face_liveness_method: one of passive, active_3d, flashing.
          face_liveness_score_decline_threshold: ``int``.
          is_face_match_enabled: ``bool``.
          face_match_score_decline_threshold: ``int``.
          face_match_score_review_threshold: ``int``.
          is_aml_enabled: ``bool``.
          aml_decline_threshold: ``int``.
          is_phone_verification_enabled: ``bool``.
          is_email_verification_enabled: ``bool``.
          is_database_validation_enabled: ``bool``.
          is_ip_analysis_enabled: ``bool``.
          is_nfc_enabled: ``bool``.
          is_age_restrictions_enabled: ``bool``.
          documents_allowed: Allowed documents per country; empty allows all.
          duplicated_user_action: one of no_action, review, decline.
          max_retry_attempts: ``int``.
          retry_window_days: ``int | None``.
          is_desktop_allowed: Let the hosted flow run on a desktop browser.
          is_white_label_enabled: ``bool``.
          session_expiration_time: How long a session stays open (Didit does not state the unit;
              seconds is our reading).
          status: Omit to publish at once; `draft` saves without publishing.
          face_liveness_max_attempts: ``int``.
          face_match_max_attempts: ``int``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Workflow``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``workflow = client.workflows.update("…")``
        """
        return self._runner.call(
            self._async.update,
            settings_uuid,
            workflow_label=workflow_label,
            features=features,
            workflow_type=workflow_type,
            is_default=is_default,
            is_ocr_enabled=is_ocr_enabled,
            is_liveness_enabled=is_liveness_enabled,
            face_liveness_method=face_liveness_method,
            face_liveness_score_decline_threshold=face_liveness_score_decline_threshold,
            is_face_match_enabled=is_face_match_enabled,
            face_match_score_decline_threshold=face_match_score_decline_threshold,
            face_match_score_review_threshold=face_match_score_review_threshold,
            is_aml_enabled=is_aml_enabled,
            aml_decline_threshold=aml_decline_threshold,
            is_phone_verification_enabled=is_phone_verification_enabled,
            is_email_verification_enabled=is_email_verification_enabled,
            is_database_validation_enabled=is_database_validation_enabled,
            is_ip_analysis_enabled=is_ip_analysis_enabled,
            is_nfc_enabled=is_nfc_enabled,
            is_age_restrictions_enabled=is_age_restrictions_enabled,
            documents_allowed=documents_allowed,
            duplicated_user_action=duplicated_user_action,
            max_retry_attempts=max_retry_attempts,
            retry_window_days=retry_window_days,
            is_desktop_allowed=is_desktop_allowed,
            is_white_label_enabled=is_white_label_enabled,
            session_expiration_time=session_expiration_time,
            status=status,
            face_liveness_max_attempts=face_liveness_max_attempts,
            face_match_max_attempts=face_match_max_attempts,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        settings_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a workflow.

        Existing sessions are unaffected.

        ``DELETE /v3/workflows/{settings_uuid}/``. Blocks until Didit answers.

        Args:
          settings_uuid: The workflow version's UUID (`uuid`).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``client.workflows.delete("…")``
        """
        self._runner.call(
            self._async.delete,
            settings_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

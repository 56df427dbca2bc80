# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.cases.blueprints``, async and blocking.

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

from .._codec.cases import structure_CaseBlueprintDetail
from .._codec.cases_blueprints__create import (
    unstructure_CaseBlueprintCreateRequest,
    validate_CaseBlueprintCreateRequest,
)
from .._codec.cases_blueprints__install_presets import (
    structure_CaseBlueprintPresetInstallResult,
    unstructure_CaseBlueprintPresetInstallRequest,
    validate_CaseBlueprintPresetInstallRequest,
)
from .._codec.cases_blueprints__list import structure_CaseBlueprintListItem
from .._codec.cases_blueprints__list_presets import structure_CaseBlueprintPresetList
from .._codec.cases_blueprints__update import (
    unstructure_CaseBlueprintUpdateRequest,
    validate_CaseBlueprintUpdateRequest,
)
from ..enums import CaseAssignmentMethod
from ..models.cases import CaseBlueprintDetail, CaseContentConfig
from ..models.cases_blueprints__create import CaseBlueprintCreateRequest
from ..models.cases_blueprints__install_presets import (
    CaseBlueprintPresetInstallRequest,
    CaseBlueprintPresetInstallResult,
)
from ..models.cases_blueprints__list import CaseBlueprintListItem
from ..models.cases_blueprints__list_presets import CaseBlueprintPresetList
from ..models.cases_blueprints__update import CaseBlueprintUpdateRequest

__all__ = [
    "CREATE_CASE_BLUEPRINT",
    "CasesBlueprintsResource",
    "DELETE_CASE_BLUEPRINT",
    "GET_CASE_BLUEPRINT",
    "INSTALL_CASE_BLUEPRINT_PRESETS",
    "LIST_CASE_BLUEPRINTS",
    "LIST_CASE_BLUEPRINT_PRESETS",
    "SyncCasesBlueprintsResource",
    "UPDATE_CASE_BLUEPRINT",
]


LIST_CASE_BLUEPRINTS = OperationMeta(
    operation_id="list_case_blueprints",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/blueprints/",
    host="verification",
    resource="cases.blueprints",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


CREATE_CASE_BLUEPRINT = OperationMeta(
    operation_id="create_case_blueprint",
    method="POST",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/blueprints/",
    host="verification",
    resource="cases.blueprints",
    method_name="create",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="CaseBlueprintCreateRequest",
)


GET_CASE_BLUEPRINT = OperationMeta(
    operation_id="get_case_blueprint",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/blueprints/{blueprint_uuid}/",
    host="verification",
    resource="cases.blueprints",
    method_name="retrieve",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


UPDATE_CASE_BLUEPRINT = OperationMeta(
    operation_id="update_case_blueprint",
    method="PATCH",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/blueprints/{blueprint_uuid}/",
    host="verification",
    resource="cases.blueprints",
    method_name="update",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="CaseBlueprintUpdateRequest",
)


DELETE_CASE_BLUEPRINT = OperationMeta(
    operation_id="delete_case_blueprint",
    method="DELETE",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/blueprints/{blueprint_uuid}/",
    host="verification",
    resource="cases.blueprints",
    method_name="delete",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    response_kind="empty",
)


LIST_CASE_BLUEPRINT_PRESETS = OperationMeta(
    operation_id="list_case_blueprint_presets",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/blueprints/presets/",
    host="verification",
    resource="cases.blueprints",
    method_name="list_presets",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


INSTALL_CASE_BLUEPRINT_PRESETS = OperationMeta(
    operation_id="install_case_blueprint_presets",
    method="POST",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/blueprints/presets/install/",
    host="verification",
    resource="cases.blueprints",
    method_name="install_presets",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="CaseBlueprintPresetInstallRequest",
)


class CasesBlueprintsResource:
    """``client.cases.blueprints``: list, create, retrieve, update, delete, list_presets, install_presets."""

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
    ) -> AsyncPaginator[CaseBlueprintListItem]:
        """List case blueprints.

        Blueprints are the teams and rules cases follow: who may be assigned, how, the
        checklist, escalation, transfer and four-eyes approval.

        ``GET
        /v3/organization/{organization_id}/application/{application_id}/cases/blueprints/``.

        Args:
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[CaseBlueprintListItem]`` (await it for one page, iterate for
        every item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.cases.blueprints.list()``
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
            exc.method, exc.path = LIST_CASE_BLUEPRINTS.method, LIST_CASE_BLUEPRINTS.path
            raise
        return self._transport.paginate(
            LIST_CASE_BLUEPRINTS,
            path_params={"organization_id": organization_id, "application_id": application_id},
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_CaseBlueprintListItem,
        )

    async def create(
        self,
        *,
        name: str,
        assignee_pool: Sequence[str],
        description: str | None | Unset = UNSET,
        assignment_method: CaseAssignmentMethod | Literal["MANUAL", "AUTOMATIC"] | None = None,
        max_active_cases: int | None | Unset = UNSET,
        escalation_enabled: bool | None = None,
        escalation_blueprint: str | None | Unset = UNSET,
        transfer_enabled: bool | None = None,
        four_eyes_checker_blueprint: str | None | Unset = UNSET,
        require_resolution_note: bool | None = None,
        content_config: CaseContentConfig | Mapping[str, Any] | None = None,
        is_active: bool | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseBlueprintDetail:
        """Create a blueprint.

        A new blueprint. `assignee_pool` lists the team's user ids (at least one);
        `escalation_blueprint` and `four_eyes_checker_blueprint` name other blueprints of the
        application (400 if they do not exist). `name` is at most 24 characters.

        ``POST
        /v3/organization/{organization_id}/application/{application_id}/cases/blueprints/``.

        Args:
          name: ``str``.
          assignee_pool: ``Sequence[str]``.
          description: ``str | None``.
          assignment_method: one of MANUAL, AUTOMATIC.
          max_active_cases: ``int | None``.
          escalation_enabled: ``bool``.
          escalation_blueprint: ``str | None``.
          transfer_enabled: ``bool``.
          four_eyes_checker_blueprint: ``str | None``.
          require_resolution_note: ``bool``.
          content_config: ``CaseContentConfig | Mapping[str, Any]``.
          is_active: ``bool``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseBlueprintDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = await client.cases.blueprints.create(name=…, assignee_pool=…)``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            body = unstructure_CaseBlueprintCreateRequest(
                CaseBlueprintCreateRequest(
                    name=name,
                    description=description,
                    assignee_pool=assignee_pool,
                    assignment_method=assignment_method,
                    max_active_cases=max_active_cases,
                    escalation_enabled=escalation_enabled,
                    escalation_blueprint=escalation_blueprint,
                    transfer_enabled=transfer_enabled,
                    four_eyes_checker_blueprint=four_eyes_checker_blueprint,
                    require_resolution_note=require_resolution_note,
                    content_config=content_config,
                    is_active=is_active,
                )
            )
            validate_CaseBlueprintCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = CREATE_CASE_BLUEPRINT.method, CREATE_CASE_BLUEPRINT.path
            raise
        data = await self._transport.request(
            CREATE_CASE_BLUEPRINT,
            path_params={"organization_id": organization_id, "application_id": application_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_CaseBlueprintDetail(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        blueprint_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseBlueprintDetail:
        """Get a blueprint.

        One blueprint with its content configuration and the blueprints that escalate to it.

        ``GET /v3/organization/{organization_id}/application/{application_id}/cases/blueprints/{
        blueprint_uuid}/``.

        Args:
          blueprint_uuid: The blueprint's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseBlueprintDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = await client.cases.blueprints.retrieve("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("blueprint_uuid", blueprint_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = GET_CASE_BLUEPRINT.method, GET_CASE_BLUEPRINT.path
            raise
        data = await self._transport.request(
            GET_CASE_BLUEPRINT,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "blueprint_uuid": blueprint_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_CaseBlueprintDetail(data) if data.__class__ is dict else data

    async def update(
        self,
        blueprint_uuid: str,
        /,
        *,
        name: str | None = None,
        description: str | None | Unset = UNSET,
        assignee_pool: Sequence[str] | None = None,
        assignment_method: CaseAssignmentMethod | Literal["MANUAL", "AUTOMATIC"] | None = None,
        max_active_cases: int | None | Unset = UNSET,
        escalation_enabled: bool | None = None,
        escalation_blueprint: str | None | Unset = UNSET,
        transfer_enabled: bool | None = None,
        four_eyes_checker_blueprint: str | None | Unset = UNSET,
        require_resolution_note: bool | None = None,
        content_config: CaseContentConfig | Mapping[str, Any] | None = None,
        is_active: bool | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseBlueprintDetail:
        """Update a blueprint.

        Changes a blueprint; cases already opened keep the checklist they were given.
        Credentials: Didit's published facts declare no security scheme for the
        `/v3/organization/{organization_id}/application/{application_id}/` routes; the SDK sends
        the application's `x-api-key` (Didit's own SDKs read the same key for these calls), or
        the account's Bearer token when no key is configured.

        ``PATCH /v3/organization/{organization_id}/application/{application_id}/cases/blueprints
        /{blueprint_uuid}/``.

        Args:
          blueprint_uuid: The blueprint's UUID.
          name: ``str``.
          description: ``str | None``.
          assignee_pool: ``Sequence[str]``.
          assignment_method: one of MANUAL, AUTOMATIC.
          max_active_cases: ``int | None``.
          escalation_enabled: ``bool``.
          escalation_blueprint: ``str | None``.
          transfer_enabled: ``bool``.
          four_eyes_checker_blueprint: ``str | None``.
          require_resolution_note: ``bool``.
          content_config: ``CaseContentConfig | Mapping[str, Any]``.
          is_active: ``bool``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseBlueprintDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = await client.cases.blueprints.update("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("blueprint_uuid", blueprint_uuid, uuid=True)
            body = unstructure_CaseBlueprintUpdateRequest(
                CaseBlueprintUpdateRequest(
                    name=name,
                    description=description,
                    assignee_pool=assignee_pool,
                    assignment_method=assignment_method,
                    max_active_cases=max_active_cases,
                    escalation_enabled=escalation_enabled,
                    escalation_blueprint=escalation_blueprint,
                    transfer_enabled=transfer_enabled,
                    four_eyes_checker_blueprint=four_eyes_checker_blueprint,
                    require_resolution_note=require_resolution_note,
                    content_config=content_config,
                    is_active=is_active,
                )
            )
            validate_CaseBlueprintUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = UPDATE_CASE_BLUEPRINT.method, UPDATE_CASE_BLUEPRINT.path
            raise
        data = await self._transport.request(
            UPDATE_CASE_BLUEPRINT,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "blueprint_uuid": blueprint_uuid,
            },
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_CaseBlueprintDetail(data) if data.__class__ is dict else data

    async def delete(
        self,
        blueprint_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a blueprint.

        Deletes a blueprint; its cases keep their data and lose the blueprint. Credentials:
        Didit's published facts declare no security scheme for the
        `/v3/organization/{organization_id}/application/{application_id}/` routes; the SDK sends
        the application's `x-api-key` (Didit's own SDKs read the same key for these calls), or
        the account's Bearer token when no key is configured.

        ``DELETE /v3/organization/{organization_id}/application/{application_id}/cases/blueprint
        s/{blueprint_uuid}/``.

        Args:
          blueprint_uuid: The blueprint's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``await client.cases.blueprints.delete("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("blueprint_uuid", blueprint_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = DELETE_CASE_BLUEPRINT.method, DELETE_CASE_BLUEPRINT.path
            raise
        await self._transport.request(
            DELETE_CASE_BLUEPRINT,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "blueprint_uuid": blueprint_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def list_presets(
        self,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseBlueprintPresetList:
        """Blueprint presets.

        Didit's ready-made blueprints (screening hit, AML investigation, suspicious activity,
        KYC) and whether each is installed in this application.

        ``GET /v3/organization/{organization_id}/application/{application_id}/cases/blueprints/p
        resets/``.

        Args:
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseBlueprintPresetList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = await client.cases.blueprints.list_presets()``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                LIST_CASE_BLUEPRINT_PRESETS.method,
                LIST_CASE_BLUEPRINT_PRESETS.path,
            )
            raise
        data = await self._transport.request(
            LIST_CASE_BLUEPRINT_PRESETS,
            path_params={"organization_id": organization_id, "application_id": application_id},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_CaseBlueprintPresetList(data) if data.__class__ is dict else data

    async def install_presets(
        self,
        *,
        preset_keys: Sequence[str] | None | Unset = UNSET,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseBlueprintPresetInstallResult:
        """Install presets.

        Creates a blueprint from each preset named in `preset_keys` (every preset when absent or
        null) that is not installed yet, and answers the keys it created: 201 when it created
        some, 200 when all were installed already. Safe to repeat.

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/blueprints/
        presets/install/``.

        Args:
          preset_keys: ``Sequence[str] | None``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseBlueprintPresetInstallResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = await client.cases.blueprints.install_presets()``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            body = unstructure_CaseBlueprintPresetInstallRequest(
                CaseBlueprintPresetInstallRequest(preset_keys=preset_keys)
            )
            validate_CaseBlueprintPresetInstallRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                INSTALL_CASE_BLUEPRINT_PRESETS.method,
                INSTALL_CASE_BLUEPRINT_PRESETS.path,
            )
            raise
        data = await self._transport.request(
            INSTALL_CASE_BLUEPRINT_PRESETS,
            path_params={"organization_id": organization_id, "application_id": application_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_CaseBlueprintPresetInstallResult(data) if data.__class__ is dict else data


class SyncCasesBlueprintsResource:
    """``client.cases.blueprints`` of ``Didit``: list, create, retrieve, update, delete, list_presets, install_presets (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: CasesBlueprintsResource) -> None:
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
    ) -> SyncPaginator[CaseBlueprintListItem]:
        """List case blueprints.

        Blueprints are the teams and rules cases follow: who may be assigned, how, the
        checklist, escalation, transfer and four-eyes approval.

        ``GET
        /v3/organization/{organization_id}/application/{application_id}/cases/blueprints/``.
        Blocks until Didit answers.

        Args:
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[CaseBlueprintListItem]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.cases.blueprints.list()``
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
        assignee_pool: Sequence[str],
        description: str | None | Unset = UNSET,
        assignment_method: CaseAssignmentMethod | Literal["MANUAL", "AUTOMATIC"] | None = None,
        max_active_cases: int | None | Unset = UNSET,
        escalation_enabled: bool | None = None,
        escalation_blueprint: str | None | Unset = UNSET,
        transfer_enabled: bool | None = None,
        four_eyes_checker_blueprint: str | None | Unset = UNSET,
        require_resolution_note: bool | None = None,
        content_config: CaseContentConfig | Mapping[str, Any] | None = None,
        is_active: bool | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseBlueprintDetail:
        """Create a blueprint.

        A new blueprint. `assignee_pool` lists the team's user ids (at least one);
        `escalation_blueprint` and `four_eyes_checker_blueprint` name other blueprints of the
        application (400 if they do not exist). `name` is at most 24 characters.

        ``POST
        /v3/organization/{organization_id}/application/{application_id}/cases/blueprints/``.
        Blocks until Didit answers.

        Args:
          name: ``str``.
          assignee_pool: ``Sequence[str]``.
          description: ``str | None``.
          assignment_method: one of MANUAL, AUTOMATIC.
          max_active_cases: ``int | None``.
          escalation_enabled: ``bool``.
          escalation_blueprint: ``str | None``.
          transfer_enabled: ``bool``.
          four_eyes_checker_blueprint: ``str | None``.
          require_resolution_note: ``bool``.
          content_config: ``CaseContentConfig | Mapping[str, Any]``.
          is_active: ``bool``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseBlueprintDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = client.cases.blueprints.create(name=…, assignee_pool=…)``
        """
        return self._runner.call(
            self._async.create,
            name=name,
            assignee_pool=assignee_pool,
            description=description,
            assignment_method=assignment_method,
            max_active_cases=max_active_cases,
            escalation_enabled=escalation_enabled,
            escalation_blueprint=escalation_blueprint,
            transfer_enabled=transfer_enabled,
            four_eyes_checker_blueprint=four_eyes_checker_blueprint,
            require_resolution_note=require_resolution_note,
            content_config=content_config,
            is_active=is_active,
            organization_id=organization_id,
            application_id=application_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        blueprint_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseBlueprintDetail:
        """Get a blueprint.

        One blueprint with its content configuration and the blueprints that escalate to it.

        ``GET /v3/organization/{organization_id}/application/{application_id}/cases/blueprints/{
        blueprint_uuid}/``. Blocks until Didit answers.

        Args:
          blueprint_uuid: The blueprint's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseBlueprintDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = client.cases.blueprints.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            blueprint_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update(
        self,
        blueprint_uuid: str,
        /,
        *,
        name: str | None = None,
        description: str | None | Unset = UNSET,
        assignee_pool: Sequence[str] | None = None,
        assignment_method: CaseAssignmentMethod | Literal["MANUAL", "AUTOMATIC"] | None = None,
        max_active_cases: int | None | Unset = UNSET,
        escalation_enabled: bool | None = None,
        escalation_blueprint: str | None | Unset = UNSET,
        transfer_enabled: bool | None = None,
        four_eyes_checker_blueprint: str | None | Unset = UNSET,
        require_resolution_note: bool | None = None,
        content_config: CaseContentConfig | Mapping[str, Any] | None = None,
        is_active: bool | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseBlueprintDetail:
        """Update a blueprint.

        Changes a blueprint; cases already opened keep the checklist they were given.
        Credentials: Didit's published facts declare no security scheme for the
        `/v3/organization/{organization_id}/application/{application_id}/` routes; the SDK sends
        the application's `x-api-key` (Didit's own SDKs read the same key for these calls), or
        the account's Bearer token when no key is configured.

        ``PATCH /v3/organization/{organization_id}/application/{application_id}/cases/blueprints
        /{blueprint_uuid}/``. Blocks until Didit answers.

        Args:
          blueprint_uuid: The blueprint's UUID.
          name: ``str``.
          description: ``str | None``.
          assignee_pool: ``Sequence[str]``.
          assignment_method: one of MANUAL, AUTOMATIC.
          max_active_cases: ``int | None``.
          escalation_enabled: ``bool``.
          escalation_blueprint: ``str | None``.
          transfer_enabled: ``bool``.
          four_eyes_checker_blueprint: ``str | None``.
          require_resolution_note: ``bool``.
          content_config: ``CaseContentConfig | Mapping[str, Any]``.
          is_active: ``bool``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseBlueprintDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = client.cases.blueprints.update("…")``
        """
        return self._runner.call(
            self._async.update,
            blueprint_uuid,
            name=name,
            description=description,
            assignee_pool=assignee_pool,
            assignment_method=assignment_method,
            max_active_cases=max_active_cases,
            escalation_enabled=escalation_enabled,
            escalation_blueprint=escalation_blueprint,
            transfer_enabled=transfer_enabled,
            four_eyes_checker_blueprint=four_eyes_checker_blueprint,
            require_resolution_note=require_resolution_note,
            content_config=content_config,
            is_active=is_active,
            organization_id=organization_id,
            application_id=application_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        blueprint_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a blueprint.

        Deletes a blueprint; its cases keep their data and lose the blueprint. Credentials:
        Didit's published facts declare no security scheme for the
        `/v3/organization/{organization_id}/application/{application_id}/` routes; the SDK sends
        the application's `x-api-key` (Didit's own SDKs read the same key for these calls), or
        the account's Bearer token when no key is configured.

        ``DELETE /v3/organization/{organization_id}/application/{application_id}/cases/blueprint
        s/{blueprint_uuid}/``. Blocks until Didit answers.

        Args:
          blueprint_uuid: The blueprint's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``client.cases.blueprints.delete("…")``
        """
        self._runner.call(
            self._async.delete,
            blueprint_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_presets(
        self,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseBlueprintPresetList:
        """Blueprint presets.

        Didit's ready-made blueprints (screening hit, AML investigation, suspicious activity,
        KYC) and whether each is installed in this application.

        ``GET /v3/organization/{organization_id}/application/{application_id}/cases/blueprints/p
        resets/``. Blocks until Didit answers.

        Args:
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseBlueprintPresetList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = client.cases.blueprints.list_presets()``
        """
        return self._runner.call(
            self._async.list_presets,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def install_presets(
        self,
        *,
        preset_keys: Sequence[str] | None | Unset = UNSET,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseBlueprintPresetInstallResult:
        """Install presets.

        Creates a blueprint from each preset named in `preset_keys` (every preset when absent or
        null) that is not installed yet, and answers the keys it created: 201 when it created
        some, 200 when all were installed already. Safe to repeat.

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/blueprints/
        presets/install/``. Blocks until Didit answers.

        Args:
          preset_keys: ``Sequence[str] | None``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseBlueprintPresetInstallResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = client.cases.blueprints.install_presets()``
        """
        return self._runner.call(
            self._async.install_presets,
            preset_keys=preset_keys,
            organization_id=organization_id,
            application_id=application_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

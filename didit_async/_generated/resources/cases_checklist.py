# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.cases.checklist``, async and blocking.

Each operation's constant (its HTTP method and path, host, scopes, idempotency) comes
first; each method checks its arguments before anything is sent (a bad one raises
``DiditValidationError`` naming the operation), builds the body through its request
model and calls the transport with that constant. The ``Sync*`` class is the blocking
twin for ``Didit``: the same arguments, run through the client's runner.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import (
    NOT_GIVEN,
    DiditValidationError,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
    path_param,
)
from didit_async._sync_seam import SyncRunner

from .._codec.cases import structure_CaseChecklistItem
from .._codec.cases_checklist__update import (
    unstructure_CaseChecklistItemUpdateRequest,
    validate_CaseChecklistItemUpdateRequest,
)
from ..models.cases import CaseChecklistItem
from ..models.cases_checklist__update import CaseChecklistItemUpdateRequest

__all__ = [
    "CasesChecklistResource",
    "LIST_CASE_CHECKLIST",
    "SyncCasesChecklistResource",
    "TOGGLE_CASE_CHECKLIST_ITEM",
]


LIST_CASE_CHECKLIST = OperationMeta(
    operation_id="list_case_checklist",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/checklist/",
    host="verification",
    resource="cases.checklist",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
    response_array=True,
)


TOGGLE_CASE_CHECKLIST_ITEM = OperationMeta(
    operation_id="toggle_case_checklist_item",
    method="PATCH",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/checklist/{item_uuid}/",
    host="verification",
    resource="cases.checklist",
    method_name="update",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="CaseChecklistItemUpdateRequest",
)


class CasesChecklistResource:
    """``client.cases.checklist``: list, update."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def list(
        self,
        case_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[CaseChecklistItem]:
        """A case's checklist.

        The checklist items the case took from its blueprint's `content_config.checklist`, in
        order. A plain array.

        ``GET /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/
        checklist/``.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``list[CaseChecklistItem]``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``items = await client.cases.checklist.list("…")``
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
            exc.method, exc.path = LIST_CASE_CHECKLIST.method, LIST_CASE_CHECKLIST.path
            raise
        data = await self._transport.request(
            LIST_CASE_CHECKLIST,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "case_uuid": case_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return [structure_CaseChecklistItem(x) if x.__class__ is dict else x for x in data]

    async def update(
        self,
        case_uuid: str,
        item_uuid: str,
        /,
        *,
        is_completed: bool,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseChecklistItem:
        """Tick or untick a checklist item.

        Sets `is_completed` on one item; ticking records who and when (and the event
        `CHECKLIST_COMPLETED` once every item is ticked). Safe to repeat: it sets a value rather
        than flipping it. Credentials: Didit's published facts declare no security scheme for
        the `/v3/organization/{organization_id}/application/{application_id}/` routes; the SDK
        sends the application's `x-api-key` (Didit's own SDKs read the same key for these
        calls), or the account's Bearer token when no key is configured.

        ``PATCH /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid
        }/checklist/{item_uuid}/``.

        Args:
          case_uuid: The case's UUID.
          item_uuid: The checklist item's UUID.
          is_completed: ``bool``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseChecklistItem``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``item = await client.cases.checklist.update("…", "…", is_completed=…)``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
            path_param("item_uuid", item_uuid, uuid=True)
            body = unstructure_CaseChecklistItemUpdateRequest(
                CaseChecklistItemUpdateRequest(is_completed=is_completed)
            )
            validate_CaseChecklistItemUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                TOGGLE_CASE_CHECKLIST_ITEM.method,
                TOGGLE_CASE_CHECKLIST_ITEM.path,
            )
            raise
        data = await self._transport.request(
            TOGGLE_CASE_CHECKLIST_ITEM,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "case_uuid": case_uuid,
                "item_uuid": item_uuid,
            },
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_CaseChecklistItem(data) if data.__class__ is dict else data


class SyncCasesChecklistResource:
    """``client.cases.checklist`` of ``Didit``: list, update (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: CasesChecklistResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        case_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[CaseChecklistItem]:
        """A case's checklist.

        The checklist items the case took from its blueprint's `content_config.checklist`, in
        order. A plain array.

        ``GET /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/
        checklist/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``list[CaseChecklistItem]``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``items = client.cases.checklist.list("…")``
        """
        return self._runner.call(
            self._async.list,
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
        item_uuid: str,
        /,
        *,
        is_completed: bool,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseChecklistItem:
        """Tick or untick a checklist item.

        Sets `is_completed` on one item; ticking records who and when (and the event
        `CHECKLIST_COMPLETED` once every item is ticked). Safe to repeat: it sets a value rather
        than flipping it. Credentials: Didit's published facts declare no security scheme for
        the `/v3/organization/{organization_id}/application/{application_id}/` routes; the SDK
        sends the application's `x-api-key` (Didit's own SDKs read the same key for these
        calls), or the account's Bearer token when no key is configured.

        ``PATCH /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid
        }/checklist/{item_uuid}/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          item_uuid: The checklist item's UUID.
          is_completed: ``bool``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseChecklistItem``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``item = client.cases.checklist.update("…", "…", is_completed=…)``
        """
        return self._runner.call(
            self._async.update,
            case_uuid,
            item_uuid,
            is_completed=is_completed,
            organization_id=organization_id,
            application_id=application_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.cases.links``, async and blocking.

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
    DiditValidationError,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
    path_param,
)
from didit_async._sync_seam import SyncRunner

from .._codec.cases import structure_CaseLink
from .._codec.cases_links__create import (
    unstructure_CaseLinkCreateRequest,
    validate_CaseLinkCreateRequest,
)
from ..enums import CaseLinkEntityType
from ..models.cases import CaseLink
from ..models.cases_links__create import CaseLinkCreateRequest

__all__ = [
    "CREATE_CASE_LINK",
    "CasesLinksResource",
    "DELETE_CASE_LINK",
    "LIST_CASE_LINKS",
    "SyncCasesLinksResource",
]


LIST_CASE_LINKS = OperationMeta(
    operation_id="list_case_links",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/links/",
    host="verification",
    resource="cases.links",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
    response_array=True,
)


CREATE_CASE_LINK = OperationMeta(
    operation_id="create_case_link",
    method="POST",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/links/",
    host="verification",
    resource="cases.links",
    method_name="create",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="CaseLinkCreateRequest",
)


DELETE_CASE_LINK = OperationMeta(
    operation_id="delete_case_link",
    method="DELETE",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/links/{link_uuid}/",
    host="verification",
    resource="cases.links",
    method_name="delete",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    response_kind="empty",
)


class CasesLinksResource:
    """``client.cases.links``: list, create, delete."""

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
    ) -> list[CaseLink]:
        """List a case's links.

        The sessions, business sessions and transactions attached to the case, each with a short
        summary of the linked entity. A plain array, not paginated.

        ``GET /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/
        links/``.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``list[CaseLink]``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``links = await client.cases.links.list("…")``
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
            exc.method, exc.path = LIST_CASE_LINKS.method, LIST_CASE_LINKS.path
            raise
        data = await self._transport.request(
            LIST_CASE_LINKS,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "case_uuid": case_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return [structure_CaseLink(x) if x.__class__ is dict else x for x in data]

    async def create(
        self,
        case_uuid: str,
        /,
        *,
        entity_type: CaseLinkEntityType | Literal["session", "business_session", "transaction"],
        entity_uuid: str,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseLink:
        """Link an entity.

        Attaches a session, business session or transaction to the case (event `LINK_ADDED`).
        400 when the entity does not exist in this application or is already linked.

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /links/``.

        Args:
          case_uuid: The case's UUID.
          entity_type: one of session, business_session, transaction.
          entity_uuid: ``str``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseLink``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``link = await client.cases.links.create("…", entity_type=…, entity_uuid=…)``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
            body = unstructure_CaseLinkCreateRequest(
                CaseLinkCreateRequest(entity_type=entity_type, entity_uuid=entity_uuid)
            )
            validate_CaseLinkCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = CREATE_CASE_LINK.method, CREATE_CASE_LINK.path
            raise
        data = await self._transport.request(
            CREATE_CASE_LINK,
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
        return structure_CaseLink(data) if data.__class__ is dict else data

    async def delete(
        self,
        case_uuid: str,
        link_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove a link.

        Detaches one linked entity (event `LINK_REMOVED`).

        ``DELETE /v3/organization/{organization_id}/application/{application_id}/cases/{case_uui
        d}/links/{link_uuid}/``.

        Args:
          case_uuid: The case's UUID.
          link_uuid: The link's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``await client.cases.links.delete("…", "…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
            path_param("link_uuid", link_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = DELETE_CASE_LINK.method, DELETE_CASE_LINK.path
            raise
        await self._transport.request(
            DELETE_CASE_LINK,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "case_uuid": case_uuid,
                "link_uuid": link_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncCasesLinksResource:
    """``client.cases.links`` of ``Didit``: list, create, delete (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: CasesLinksResource) -> None:
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
    ) -> list[CaseLink]:
        """List a case's links.

        The sessions, business sessions and transactions attached to the case, each with a short
        summary of the linked entity. A plain array, not paginated.

        ``GET /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/
        links/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``list[CaseLink]``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``links = client.cases.links.list("…")``
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

    def create(
        self,
        case_uuid: str,
        /,
        *,
        entity_type: CaseLinkEntityType | Literal["session", "business_session", "transaction"],
        entity_uuid: str,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseLink:
        """Link an entity.

        Attaches a session, business session or transaction to the case (event `LINK_ADDED`).
        400 when the entity does not exist in this application or is already linked.

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /links/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          entity_type: one of session, business_session, transaction.
          entity_uuid: ``str``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseLink``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``link = client.cases.links.create("…", entity_type=…, entity_uuid=…)``
        """
        return self._runner.call(
            self._async.create,
            case_uuid,
            entity_type=entity_type,
            entity_uuid=entity_uuid,
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
        link_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove a link.

        Detaches one linked entity (event `LINK_REMOVED`).

        ``DELETE /v3/organization/{organization_id}/application/{application_id}/cases/{case_uui
        d}/links/{link_uuid}/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          link_uuid: The link's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``client.cases.links.delete("…", "…")``
        """
        self._runner.call(
            self._async.delete,
            case_uuid,
            link_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.webhooks.destinations``, async and blocking.

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
    DiditValidationError,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
    path_param,
)
from didit_async._sync_seam import SyncRunner

from .._codec.webhooks import structure_WebhookDestination
from .._codec.webhooks_destinations__create import (
    unstructure_WebhookDestinationCreateRequest,
    validate_WebhookDestinationCreateRequest,
)
from .._codec.webhooks_destinations__update import (
    unstructure_WebhookDestinationUpdateRequest,
    validate_WebhookDestinationUpdateRequest,
)
from ..enums import WebhookEventType, WebhookVersion
from ..models.webhooks import WebhookDestination
from ..models.webhooks_destinations__create import WebhookDestinationCreateRequest
from ..models.webhooks_destinations__update import WebhookDestinationUpdateRequest

__all__ = [
    "SyncWebhooksDestinationsResource",
    "WEBHOOKS_DESTINATIONS_CREATE",
    "WEBHOOKS_DESTINATIONS_DELETE",
    "WEBHOOKS_DESTINATIONS_LIST",
    "WEBHOOKS_DESTINATIONS_RETRIEVE",
    "WEBHOOKS_DESTINATIONS_UPDATE",
    "WebhooksDestinationsResource",
]


WEBHOOKS_DESTINATIONS_LIST = OperationMeta(
    operation_id="webhooks_destinations_list",
    method="GET",
    path="/v3/webhook/destinations/",
    host="apx",
    resource="webhooks.destinations",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
    response_array=True,
)


WEBHOOKS_DESTINATIONS_CREATE = OperationMeta(
    operation_id="webhooks_destinations_create",
    method="POST",
    path="/v3/webhook/destinations/",
    host="apx",
    resource="webhooks.destinations",
    method_name="create",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="WebhookDestinationCreateRequest",
)


WEBHOOKS_DESTINATIONS_RETRIEVE = OperationMeta(
    operation_id="webhooks_destinations_retrieve",
    method="GET",
    path="/v3/webhook/destinations/{destination_uuid}/",
    host="apx",
    resource="webhooks.destinations",
    method_name="retrieve",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


WEBHOOKS_DESTINATIONS_UPDATE = OperationMeta(
    operation_id="webhooks_destinations_update",
    method="PATCH",
    path="/v3/webhook/destinations/{destination_uuid}/",
    host="apx",
    resource="webhooks.destinations",
    method_name="update",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="WebhookDestinationUpdateRequest",
)


WEBHOOKS_DESTINATIONS_DELETE = OperationMeta(
    operation_id="webhooks_destinations_delete",
    method="DELETE",
    path="/v3/webhook/destinations/{destination_uuid}/",
    host="apx",
    resource="webhooks.destinations",
    method_name="delete",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    response_kind="empty",
)


class WebhooksDestinationsResource:
    """``client.webhooks.destinations``: list, create, retrieve, update, delete."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[WebhookDestination]:
        """List webhook destinations.

        A plain array (not paginated), oldest first, without secrets.

        ``GET /v3/webhook/destinations/``.

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``list[WebhookDestination]``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``destinations = await client.webhooks.destinations.list()``
        """
        data = await self._transport.request(
            WEBHOOKS_DESTINATIONS_LIST,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return [structure_WebhookDestination(x) if x.__class__ is dict else x for x in data]

    async def create(
        self,
        *,
        label: str,
        url: str,
        enabled: bool | None = None,
        webhook_version: WebhookVersion | Literal["v1", "v2", "v3"] | None = None,
        subscribed_events: Sequence[
            WebhookEventType
            | Literal[
                "status.updated",
                "data.updated",
                "user.status.updated",
                "user.data.updated",
                "business.status.updated",
                "business.data.updated",
                "activity.created",
                "transaction.created",
                "transaction.status.updated",
                "travel_rule.status.updated",
            ]
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WebhookDestination:
        """Create a webhook destination.

        The response carries the generated `secret_shared_key`; store it. A duplicate URL
        answers 400.

        ``POST /v3/webhook/destinations/``.

        Args:
          label: ``str``.
          url: HTTPS, unique per application.
          enabled: ``bool``.
          webhook_version: one of v1, v2, v3.
          subscribed_events: At least one; no wildcard.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``WebhookDestination``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``destination = await client.webhooks.destinations.create(label=…, url=…)``
        """
        try:
            body = unstructure_WebhookDestinationCreateRequest(
                WebhookDestinationCreateRequest(
                    label=label,
                    url=url,
                    enabled=enabled,
                    webhook_version=webhook_version,
                    subscribed_events=subscribed_events,
                )
            )
            validate_WebhookDestinationCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                WEBHOOKS_DESTINATIONS_CREATE.method,
                WEBHOOKS_DESTINATIONS_CREATE.path,
            )
            raise
        data = await self._transport.request(
            WEBHOOKS_DESTINATIONS_CREATE,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_WebhookDestination(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        destination_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WebhookDestination:
        """Get a webhook destination.

        With its secret and 30-day delivery summary.

        ``GET /v3/webhook/destinations/{destination_uuid}/``.

        Args:
          destination_uuid: The destination's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``WebhookDestination``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``destination = await client.webhooks.destinations.retrieve("…")``
        """
        try:
            path_param("destination_uuid", destination_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                WEBHOOKS_DESTINATIONS_RETRIEVE.method,
                WEBHOOKS_DESTINATIONS_RETRIEVE.path,
            )
            raise
        data = await self._transport.request(
            WEBHOOKS_DESTINATIONS_RETRIEVE,
            path_params={"destination_uuid": destination_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_WebhookDestination(data) if data.__class__ is dict else data

    async def update(
        self,
        destination_uuid: str,
        /,
        *,
        label: str | None = None,
        url: str | None = None,
        enabled: bool | None = None,
        webhook_version: WebhookVersion | Literal["v1", "v2", "v3"] | None = None,
        subscribed_events: Sequence[
            WebhookEventType
            | Literal[
                "status.updated",
                "data.updated",
                "user.status.updated",
                "user.data.updated",
                "business.status.updated",
                "business.data.updated",
                "activity.created",
                "transaction.created",
                "transaction.status.updated",
                "travel_rule.status.updated",
            ]
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WebhookDestination:
        """Update a webhook destination.

        `subscribed_events` is replaced, not merged. Does not rotate the secret.

        ``PATCH /v3/webhook/destinations/{destination_uuid}/``.

        Args:
          destination_uuid: The destination's UUID.
          label: ``str``.
          url: ``str``.
          enabled: ``bool``.
          webhook_version: one of v1, v2, v3.
          subscribed_events: Replaces the list wholesale.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``WebhookDestination``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``destination = await client.webhooks.destinations.update("…")``
        """
        try:
            path_param("destination_uuid", destination_uuid, uuid=True)
            body = unstructure_WebhookDestinationUpdateRequest(
                WebhookDestinationUpdateRequest(
                    label=label,
                    url=url,
                    enabled=enabled,
                    webhook_version=webhook_version,
                    subscribed_events=subscribed_events,
                )
            )
            validate_WebhookDestinationUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                WEBHOOKS_DESTINATIONS_UPDATE.method,
                WEBHOOKS_DESTINATIONS_UPDATE.path,
            )
            raise
        data = await self._transport.request(
            WEBHOOKS_DESTINATIONS_UPDATE,
            path_params={"destination_uuid": destination_uuid},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_WebhookDestination(data) if data.__class__ is dict else data

    async def delete(
        self,
        destination_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a webhook destination.

        Deletes a destination (204 presumed; the page's body was not retrieved).

        ``DELETE /v3/webhook/destinations/{destination_uuid}/``.

        Args:
          destination_uuid: The destination's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``await client.webhooks.destinations.delete("…")``
        """
        try:
            path_param("destination_uuid", destination_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                WEBHOOKS_DESTINATIONS_DELETE.method,
                WEBHOOKS_DESTINATIONS_DELETE.path,
            )
            raise
        await self._transport.request(
            WEBHOOKS_DESTINATIONS_DELETE,
            path_params={"destination_uuid": destination_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncWebhooksDestinationsResource:
    """``client.webhooks.destinations`` of ``Didit``: list, create, retrieve, update, delete (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: WebhooksDestinationsResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[WebhookDestination]:
        """List webhook destinations.

        A plain array (not paginated), oldest first, without secrets.

        ``GET /v3/webhook/destinations/``. Blocks until Didit answers.

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``list[WebhookDestination]``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``destinations = client.webhooks.destinations.list()``
        """
        return self._runner.call(
            self._async.list, extra_query=extra_query, timeout=timeout, extra_headers=extra_headers
        )

    def create(
        self,
        *,
        label: str,
        url: str,
        enabled: bool | None = None,
        webhook_version: WebhookVersion | Literal["v1", "v2", "v3"] | None = None,
        subscribed_events: Sequence[
            WebhookEventType
            | Literal[
                "status.updated",
                "data.updated",
                "user.status.updated",
                "user.data.updated",
                "business.status.updated",
                "business.data.updated",
                "activity.created",
                "transaction.created",
                "transaction.status.updated",
                "travel_rule.status.updated",
            ]
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WebhookDestination:
        """Create a webhook destination.

        The response carries the generated `secret_shared_key`; store it. A duplicate URL
        answers 400.

        ``POST /v3/webhook/destinations/``. Blocks until Didit answers.

        Args:
          label: ``str``.
          url: HTTPS, unique per application.
          enabled: ``bool``.
          webhook_version: one of v1, v2, v3.
          subscribed_events: At least one; no wildcard.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``WebhookDestination``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``destination = client.webhooks.destinations.create(label=…, url=…)``
        """
        return self._runner.call(
            self._async.create,
            label=label,
            url=url,
            enabled=enabled,
            webhook_version=webhook_version,
            subscribed_events=subscribed_events,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        destination_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WebhookDestination:
        """Get a webhook destination.

        With its secret and 30-day delivery summary.

        ``GET /v3/webhook/destinations/{destination_uuid}/``. Blocks until Didit answers.

        Args:
          destination_uuid: The destination's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``WebhookDestination``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``destination = client.webhooks.destinations.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            destination_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update(
        self,
        destination_uuid: str,
        /,
        *,
        label: str | None = None,
        url: str | None = None,
        enabled: bool | None = None,
        webhook_version: WebhookVersion | Literal["v1", "v2", "v3"] | None = None,
        subscribed_events: Sequence[
            WebhookEventType
            | Literal[
                "status.updated",
                "data.updated",
                "user.status.updated",
                "user.data.updated",
                "business.status.updated",
                "business.data.updated",
                "activity.created",
                "transaction.created",
                "transaction.status.updated",
                "travel_rule.status.updated",
            ]
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WebhookDestination:
        """Update a webhook destination.

        `subscribed_events` is replaced, not merged. Does not rotate the secret.

        ``PATCH /v3/webhook/destinations/{destination_uuid}/``. Blocks until Didit answers.

        Args:
          destination_uuid: The destination's UUID.
          label: ``str``.
          url: ``str``.
          enabled: ``bool``.
          webhook_version: one of v1, v2, v3.
          subscribed_events: Replaces the list wholesale.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``WebhookDestination``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``destination = client.webhooks.destinations.update("…")``
        """
        return self._runner.call(
            self._async.update,
            destination_uuid,
            label=label,
            url=url,
            enabled=enabled,
            webhook_version=webhook_version,
            subscribed_events=subscribed_events,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        destination_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a webhook destination.

        Deletes a destination (204 presumed; the page's body was not retrieved).

        ``DELETE /v3/webhook/destinations/{destination_uuid}/``. Blocks until Didit answers.

        Args:
          destination_uuid: The destination's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``client.webhooks.destinations.delete("…")``
        """
        self._runner.call(
            self._async.delete,
            destination_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

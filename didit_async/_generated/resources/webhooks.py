# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.webhooks``, async and blocking, ``client.webhooks.destinations`` in ``webhooks_destinations.py``.

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
    DiditValidationError,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
    Unset,
)
from didit_async._sync_seam import SyncRunner

from .._codec.webhooks__get_config__update_config import structure_WebhookConfig
from .._codec.webhooks__update_config import (
    unstructure_WebhookConfigUpdateRequest,
    validate_WebhookConfigUpdateRequest,
)
from ..enums import WebhookVersion
from ..models.webhooks__get_config__update_config import WebhookConfig
from ..models.webhooks__update_config import WebhookConfigUpdateRequest
from .webhooks_destinations import SyncWebhooksDestinationsResource, WebhooksDestinationsResource

__all__ = [
    "SyncWebhooksResource",
    "WEBHOOKS_GET_CONFIG",
    "WEBHOOKS_UPDATE_CONFIG",
    "WebhooksResource",
]


WEBHOOKS_GET_CONFIG = OperationMeta(
    operation_id="webhooks_get_config",
    method="GET",
    path="/v3/webhook/",
    host="apx",
    resource="webhooks",
    method_name="get_config",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


WEBHOOKS_UPDATE_CONFIG = OperationMeta(
    operation_id="webhooks_update_config",
    method="PATCH",
    path="/v3/webhook/",
    host="apx",
    resource="webhooks",
    method_name="update_config",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="WebhookConfigUpdateRequest",
)


class WebhooksResource:
    """``client.webhooks``: get_config, update_config."""

    __slots__ = ("_transport", "destinations")

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.destinations = WebhooksDestinationsResource(transport)

    async def get_config(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WebhookConfig:
        """Get the webhook configuration.

        Needs `webhooks: read`.

        ``GET /v3/webhook/``.

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``WebhookConfig``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``config = await client.webhooks.get_config()``
        """
        data = await self._transport.request(
            WEBHOOKS_GET_CONFIG,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_WebhookConfig(data) if data.__class__ is dict else data

    async def update_config(
        self,
        *,
        webhook_url: str | None | Unset = UNSET,
        webhook_version: WebhookVersion | Literal["v1", "v2", "v3"] | None = None,
        rotate_secret_key: bool | None = None,
        capture_method: Literal["mobile", "desktop", "both"] | None = None,
        data_retention_months: int | None | Unset = UNSET,
        allowed_domains: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WebhookConfig:
        """Update the webhook configuration.

        Needs `webhooks: write`. Partial; answers with the full configuration.

        ``PATCH /v3/webhook/``.

        Args:
          webhook_url: null disables the legacy webhook; leaving it out keeps it.
          webhook_version: one of v1, v2, v3.
          rotate_secret_key: Generate a new secret; the old one stops working at once.
          capture_method: one of mobile, desktop, both.
          data_retention_months: null keeps data without limit.
          allowed_domains: Hosts allowed as `callback` and to embed the hosted flow.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``WebhookConfig``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``config = await client.webhooks.update_config()``
        """
        try:
            body = unstructure_WebhookConfigUpdateRequest(
                WebhookConfigUpdateRequest(
                    webhook_url=webhook_url,
                    webhook_version=webhook_version,
                    rotate_secret_key=rotate_secret_key,
                    capture_method=capture_method,
                    data_retention_months=data_retention_months,
                    allowed_domains=allowed_domains,
                )
            )
            validate_WebhookConfigUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = WEBHOOKS_UPDATE_CONFIG.method, WEBHOOKS_UPDATE_CONFIG.path
            raise
        data = await self._transport.request(
            WEBHOOKS_UPDATE_CONFIG,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_WebhookConfig(data) if data.__class__ is dict else data


class SyncWebhooksResource:
    """``client.webhooks`` of ``Didit``: get_config, update_config (blocking)."""

    __slots__ = ("_async", "_runner", "destinations")

    def __init__(self, runner: SyncRunner, resource: WebhooksResource) -> None:
        self._runner = runner
        self._async = resource
        self.destinations = SyncWebhooksDestinationsResource(runner, resource.destinations)

    def get_config(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WebhookConfig:
        """Get the webhook configuration.

        Needs `webhooks: read`.

        ``GET /v3/webhook/``. Blocks until Didit answers.

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``WebhookConfig``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``config = client.webhooks.get_config()``
        """
        return self._runner.call(
            self._async.get_config,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update_config(
        self,
        *,
        webhook_url: str | None | Unset = UNSET,
        webhook_version: WebhookVersion | Literal["v1", "v2", "v3"] | None = None,
        rotate_secret_key: bool | None = None,
        capture_method: Literal["mobile", "desktop", "both"] | None = None,
        data_retention_months: int | None | Unset = UNSET,
        allowed_domains: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WebhookConfig:
        """Update the webhook configuration.

        Needs `webhooks: write`. Partial; answers with the full configuration.

        ``PATCH /v3/webhook/``. Blocks until Didit answers.

        Args:
          webhook_url: null disables the legacy webhook; leaving it out keeps it.
          webhook_version: one of v1, v2, v3.
          rotate_secret_key: Generate a new secret; the old one stops working at once.
          capture_method: one of mobile, desktop, both.
          data_retention_months: null keeps data without limit.
          allowed_domains: Hosts allowed as `callback` and to embed the hosted flow.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``WebhookConfig``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``config = client.webhooks.update_config()``
        """
        return self._runner.call(
            self._async.update_config,
            webhook_url=webhook_url,
            webhook_version=webhook_version,
            rotate_secret_key=rotate_secret_key,
            capture_method=capture_method,
            data_retention_months=data_retention_months,
            allowed_domains=allowed_domains,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

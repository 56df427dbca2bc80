# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.system``, async and blocking.

Each operation's constant (its HTTP method and path, host, scopes, idempotency) comes
first; each method checks its arguments before anything is sent (a bad one raises
``DiditValidationError`` naming the operation), builds the body through its request
model and calls the transport with that constant. The ``Sync*`` class is the blocking
twin for ``Didit``: the same arguments, run through the client's runner.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import NOT_GIVEN, Idempotency, OperationMeta, Timeout, Transport
from didit_async._sync_seam import SyncRunner

from .._codec.system__healthcheck import structure_HealthcheckResponse
from ..models.system__healthcheck import HealthcheckResponse

__all__ = ["SYSTEM_HEALTHCHECK", "SyncSystemResource", "SystemResource"]


SYSTEM_HEALTHCHECK = OperationMeta(
    operation_id="system_healthcheck",
    method="GET",
    path="/system/healthcheck",
    host="verification",
    resource="system",
    method_name="healthcheck",
    idempotency=Idempotency("always"),
)


class SystemResource:
    """``client.system``: healthcheck."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def healthcheck(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> HealthcheckResponse:
        """Health check.

        `ok` when the service, database, cache and broker are healthy. Needs no key and bypasses
        rate limiting.

        ``GET /system/healthcheck``.

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``HealthcheckResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.system.healthcheck()``
        """
        data = await self._transport.request(
            SYSTEM_HEALTHCHECK,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_HealthcheckResponse(data) if data.__class__ is dict else data


class SyncSystemResource:
    """``client.system`` of ``Didit``: healthcheck (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: SystemResource) -> None:
        self._runner = runner
        self._async = resource

    def healthcheck(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> HealthcheckResponse:
        """Health check.

        `ok` when the service, database, cache and broker are healthy. Needs no key and bypasses
        rate limiting.

        ``GET /system/healthcheck``. Blocks until Didit answers.

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``HealthcheckResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.system.healthcheck()``
        """
        return self._runner.call(
            self._async.healthcheck,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

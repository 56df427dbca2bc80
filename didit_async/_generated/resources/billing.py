# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.billing``, async and blocking.

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
)
from didit_async._sync_seam import SyncRunner

from .._codec.billing__get_balance import structure_BillingBalance
from .._codec.billing__top_up import (
    structure_BillingTopUpResponse,
    unstructure_BillingTopUpRequest,
    validate_BillingTopUpRequest,
)
from ..models.billing__get_balance import BillingBalance
from ..models.billing__top_up import BillingTopUpRequest, BillingTopUpResponse

__all__ = ["BILLING_GET_BALANCE", "BILLING_TOP_UP", "BillingResource", "SyncBillingResource"]


BILLING_GET_BALANCE = OperationMeta(
    operation_id="billing_get_balance",
    method="GET",
    path="/v3/billing/balance/",
    host="apx",
    resource="billing",
    method_name="get_balance",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


BILLING_TOP_UP = OperationMeta(
    operation_id="billing_top_up",
    method="POST",
    path="/v3/billing/top-up/",
    host="apx",
    resource="billing",
    method_name="top_up",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="BillingTopUpRequest",
)


class BillingResource:
    """``client.billing``: get_balance, top_up."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_balance(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BillingBalance:
        """Get the credit balance.

        Balance and auto-refill settings.

        ``GET /v3/billing/balance/``.

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BillingBalance``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``balance = await client.billing.get_balance()``
        """
        data = await self._transport.request(
            BILLING_GET_BALANCE,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_BillingBalance(data) if data.__class__ is dict else data

    async def top_up(
        self,
        *,
        amount_in_dollars: float,
        success_url: str | None = None,
        cancel_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BillingTopUpResponse:
        """Top up credits.

        Creates a Stripe checkout for at least $50.

        ``POST /v3/billing/top-up/``.

        Args:
          amount_in_dollars: At least $50.
          success_url: ``str``.
          cancel_url: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BillingTopUpResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.billing.top_up(amount_in_dollars=…)``
        """
        try:
            body = unstructure_BillingTopUpRequest(
                BillingTopUpRequest(
                    amount_in_dollars=amount_in_dollars,
                    success_url=success_url,
                    cancel_url=cancel_url,
                )
            )
            validate_BillingTopUpRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = BILLING_TOP_UP.method, BILLING_TOP_UP.path
            raise
        data = await self._transport.request(
            BILLING_TOP_UP,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_BillingTopUpResponse(data) if data.__class__ is dict else data


class SyncBillingResource:
    """``client.billing`` of ``Didit``: get_balance, top_up (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: BillingResource) -> None:
        self._runner = runner
        self._async = resource

    def get_balance(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BillingBalance:
        """Get the credit balance.

        Balance and auto-refill settings.

        ``GET /v3/billing/balance/``. Blocks until Didit answers.

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BillingBalance``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``balance = client.billing.get_balance()``
        """
        return self._runner.call(
            self._async.get_balance,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def top_up(
        self,
        *,
        amount_in_dollars: float,
        success_url: str | None = None,
        cancel_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BillingTopUpResponse:
        """Top up credits.

        Creates a Stripe checkout for at least $50.

        ``POST /v3/billing/top-up/``. Blocks until Didit answers.

        Args:
          amount_in_dollars: At least $50.
          success_url: ``str``.
          cancel_url: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BillingTopUpResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.billing.top_up(amount_in_dollars=…)``
        """
        return self._runner.call(
            self._async.top_up,
            amount_in_dollars=amount_in_dollars,
            success_url=success_url,
            cancel_url=cancel_url,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.travel_rule.widget_sessions``, async and blocking.

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

from .._codec.travel_rule_widget_sessions__create import (
    structure_TravelRuleWidgetSession,
    unstructure_TravelRuleWidgetSessionCreateRequest,
    validate_TravelRuleWidgetSessionCreateRequest,
)
from .._codec.travel_rule_widget_sessions__retrieve_context import structure_TravelRuleWidgetContext
from ..models.travel_rule_widget_sessions__create import (
    TravelRuleWidgetSession,
    TravelRuleWidgetSessionCreateRequest,
)
from ..models.travel_rule_widget_sessions__retrieve_context import TravelRuleWidgetContext

__all__ = [
    "SyncTravelRuleWidgetSessionsResource",
    "TRAVEL_RULE_WIDGET_SESSIONS_CREATE",
    "TRAVEL_RULE_WIDGET_SESSIONS_RETRIEVE_CONTEXT",
    "TravelRuleWidgetSessionsResource",
]


TRAVEL_RULE_WIDGET_SESSIONS_CREATE = OperationMeta(
    operation_id="travel_rule_widget_sessions_create",
    method="POST",
    path="/v3/travel-rule/widget-session/",
    host="verification",
    resource="travel_rule.widget_sessions",
    method_name="create",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="TravelRuleWidgetSessionCreateRequest",
)


TRAVEL_RULE_WIDGET_SESSIONS_RETRIEVE_CONTEXT = OperationMeta(
    operation_id="travel_rule_widget_sessions_retrieve_context",
    method="GET",
    path="/v3/travel-rule/widget/{token}/",
    host="verification",
    resource="travel_rule.widget_sessions",
    method_name="retrieve_context",
    idempotency=Idempotency("always"),
    rate_limit_scopes=("generic-get",),
)


class TravelRuleWidgetSessionsResource:
    """``client.travel_rule.widget_sessions``: create, retrieve_context."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        wallet_address: str,
        chain: str,
        holder_name: str | None = None,
        vendor_data: str | None = None,
        transaction_id: str | None = None,
        satoshi_deposit_address: str | None = None,
        callback_url: str | None = None,
        expires_in_minutes: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleWidgetSession:
        """Create a wallet-ownership widget session.

        A link (`url`, with its `token`) where your customer proves they control a self-hosted
        wallet (message signing, a small test deposit, a screenshot or a declaration),
        optionally tied to a transaction.

        ``POST /v3/travel-rule/widget-session/``.

        Args:
          wallet_address: ``str``.
          chain: ``str``.
          holder_name: ``str``.
          vendor_data: ``str``.
          transaction_id: ``str``.
          satoshi_deposit_address: ``str``.
          callback_url: ``str``.
          expires_in_minutes: ``int``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleWidgetSession``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``session = await client.travel_rule.widget_sessions.create(wallet_address=…,
        chain=…)``
        """
        try:
            body = unstructure_TravelRuleWidgetSessionCreateRequest(
                TravelRuleWidgetSessionCreateRequest(
                    wallet_address=wallet_address,
                    chain=chain,
                    holder_name=holder_name,
                    vendor_data=vendor_data,
                    transaction_id=transaction_id,
                    satoshi_deposit_address=satoshi_deposit_address,
                    callback_url=callback_url,
                    expires_in_minutes=expires_in_minutes,
                )
            )
            validate_TravelRuleWidgetSessionCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                TRAVEL_RULE_WIDGET_SESSIONS_CREATE.method,
                TRAVEL_RULE_WIDGET_SESSIONS_CREATE.path,
            )
            raise
        data = await self._transport.request(
            TRAVEL_RULE_WIDGET_SESSIONS_CREATE,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TravelRuleWidgetSession(data) if data.__class__ is dict else data

    async def retrieve_context(
        self,
        token: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleWidgetContext:
        """Read a widget session's context.

        What the ownership widget shows for a token: the wallet, the holder, the proof methods
        allowed and the proofs given so far. Needs no API key: the token is the credential. 410
        once expired.

        ``GET /v3/travel-rule/widget/{token}/``.

        Args:
          token: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleWidgetContext``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``context = await client.travel_rule.widget_sessions.retrieve_context("…")``
        """
        try:
            path_param("token", token)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                TRAVEL_RULE_WIDGET_SESSIONS_RETRIEVE_CONTEXT.method,
                TRAVEL_RULE_WIDGET_SESSIONS_RETRIEVE_CONTEXT.path,
            )
            raise
        data = await self._transport.request(
            TRAVEL_RULE_WIDGET_SESSIONS_RETRIEVE_CONTEXT,
            path_params={"token": token},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TravelRuleWidgetContext(data) if data.__class__ is dict else data


class SyncTravelRuleWidgetSessionsResource:
    """``client.travel_rule.widget_sessions`` of ``Didit``: create, retrieve_context (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: TravelRuleWidgetSessionsResource) -> None:
        self._runner = runner
        self._async = resource

    def create(
        self,
        *,
        wallet_address: str,
        chain: str,
        holder_name: str | None = None,
        vendor_data: str | None = None,
        transaction_id: str | None = None,
        satoshi_deposit_address: str | None = None,
        callback_url: str | None = None,
        expires_in_minutes: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleWidgetSession:
        """Create a wallet-ownership widget session.

        A link (`url`, with its `token`) where your customer proves they control a self-hosted
        wallet (message signing, a small test deposit, a screenshot or a declaration),
        optionally tied to a transaction.

        ``POST /v3/travel-rule/widget-session/``. Blocks until Didit answers.

        Args:
          wallet_address: ``str``.
          chain: ``str``.
          holder_name: ``str``.
          vendor_data: ``str``.
          transaction_id: ``str``.
          satoshi_deposit_address: ``str``.
          callback_url: ``str``.
          expires_in_minutes: ``int``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleWidgetSession``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``session = client.travel_rule.widget_sessions.create(wallet_address=…,
        chain=…)``
        """
        return self._runner.call(
            self._async.create,
            wallet_address=wallet_address,
            chain=chain,
            holder_name=holder_name,
            vendor_data=vendor_data,
            transaction_id=transaction_id,
            satoshi_deposit_address=satoshi_deposit_address,
            callback_url=callback_url,
            expires_in_minutes=expires_in_minutes,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve_context(
        self,
        token: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleWidgetContext:
        """Read a widget session's context.

        What the ownership widget shows for a token: the wallet, the holder, the proof methods
        allowed and the proofs given so far. Needs no API key: the token is the credential. 410
        once expired.

        ``GET /v3/travel-rule/widget/{token}/``. Blocks until Didit answers.

        Args:
          token: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleWidgetContext``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``context = client.travel_rule.widget_sessions.retrieve_context("…")``
        """
        return self._runner.call(
            self._async.retrieve_context,
            token,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.wallet_screening``, async and blocking.

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
)
from didit_async._sync_seam import SyncRunner

from .._codec.wallet_screening__screen import (
    structure_WalletScreeningResult,
    unstructure_WalletScreeningRequest,
    validate_WalletScreeningRequest,
)
from ..models.wallet_screening__screen import WalletScreeningRequest, WalletScreeningResult

__all__ = ["SyncWalletScreeningResource", "WALLET_SCREENING_SCREEN", "WalletScreeningResource"]


WALLET_SCREENING_SCREEN = OperationMeta(
    operation_id="wallet_screening_screen",
    method="POST",
    path="/v3/wallet-screening/",
    host="verification",
    resource="wallet_screening",
    method_name="screen",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="WalletScreeningRequest",
)


class WalletScreeningResource:
    """``client.wallet_screening``: screen."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def screen(
        self,
        *,
        wallet_address: str,
        blockchain: Literal[
            "BTC",
            "ETH",
            "LTC",
            "XRP",
            "BCH",
            "DOGE",
            "TRX",
            "SOL",
            "MATIC",
            "BNB",
            "USDT",
            "USDC",
            "LIGHTNING",
        ],
        direction: Literal["inbound", "outbound", "deposit", "withdrawal"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WalletScreeningResult:
        """Screen a wallet address.

        AML risk of one crypto address without creating a transaction: risk score, severity,
        sanctions hit, sources and destinations of funds. Answers 409 when transaction
        monitoring has no provider key configured.

        ``POST /v3/wallet-screening/``.

        Args:
          wallet_address: Must match the chain's address format.
          blockchain: one of BTC, ETH, LTC, XRP, BCH, DOGE, ....
          direction: one of inbound, outbound, deposit, withdrawal.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``WalletScreeningResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = await client.wallet_screening.screen(wallet_address=…,
        blockchain=…)``
        """
        try:
            body = unstructure_WalletScreeningRequest(
                WalletScreeningRequest(
                    wallet_address=wallet_address, blockchain=blockchain, direction=direction
                )
            )
            validate_WalletScreeningRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = WALLET_SCREENING_SCREEN.method, WALLET_SCREENING_SCREEN.path
            raise
        data = await self._transport.request(
            WALLET_SCREENING_SCREEN,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_WalletScreeningResult(data) if data.__class__ is dict else data


class SyncWalletScreeningResource:
    """``client.wallet_screening`` of ``Didit``: screen (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: WalletScreeningResource) -> None:
        self._runner = runner
        self._async = resource

    def screen(
        self,
        *,
        wallet_address: str,
        blockchain: Literal[
            "BTC",
            "ETH",
            "LTC",
            "XRP",
            "BCH",
            "DOGE",
            "TRX",
            "SOL",
            "MATIC",
            "BNB",
            "USDT",
            "USDC",
            "LIGHTNING",
        ],
        direction: Literal["inbound", "outbound", "deposit", "withdrawal"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WalletScreeningResult:
        """Screen a wallet address.

        AML risk of one crypto address without creating a transaction: risk score, severity,
        sanctions hit, sources and destinations of funds. Answers 409 when transaction
        monitoring has no provider key configured.

        ``POST /v3/wallet-screening/``. Blocks until Didit answers.

        Args:
          wallet_address: Must match the chain's address format.
          blockchain: one of BTC, ETH, LTC, XRP, BCH, DOGE, ....
          direction: one of inbound, outbound, deposit, withdrawal.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``WalletScreeningResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = client.wallet_screening.screen(wallet_address=…, blockchain=…)``
        """
        return self._runner.call(
            self._async.screen,
            wallet_address=wallet_address,
            blockchain=blockchain,
            direction=direction,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

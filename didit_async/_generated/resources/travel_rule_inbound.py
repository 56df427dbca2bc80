# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.travel_rule.inbound``, async and blocking.

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

from .._codec.travel_rule_inbound__register import (
    structure_TravelRuleInboundResponse,
    unstructure_TravelRuleInboundRequest,
    validate_TravelRuleInboundRequest,
)
from ..models.travel_rule_inbound__register import (
    TravelRuleInboundRequest,
    TravelRuleInboundRequestOriginatingVasp,
    TravelRuleInboundResponse,
)

__all__ = [
    "SyncTravelRuleInboundResource",
    "TRAVEL_RULE_INBOUND_REGISTER",
    "TravelRuleInboundResource",
]


TRAVEL_RULE_INBOUND_REGISTER = OperationMeta(
    operation_id="travel_rule_inbound_register",
    method="POST",
    path="/v3/travel-rule/inbound/",
    host="verification",
    resource="travel_rule.inbound",
    method_name="register",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="TravelRuleInboundRequest",
)


class TravelRuleInboundResource:
    """``client.travel_rule.inbound``: register."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def register(
        self,
        *,
        chain: str,
        txid: str,
        wallet_address: str,
        amount: str,
        currency: str,
        originator_data: Mapping[str, Any] | None = None,
        beneficiary_data: Mapping[str, Any] | None = None,
        originating_vasp: TravelRuleInboundRequestOriginatingVasp | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleInboundResponse:
        """Register an inbound transfer.

        Tell Didit about a crypto transfer received on-chain (chain, txid, your wallet, amount)
        with the originator data you have; Didit creates its transaction and Travel Rule
        exchange (201), or answers the existing one (200, `created: false`) for a chain and txid
        it already knows, so it is safe to repeat.

        ``POST /v3/travel-rule/inbound/``.

        Args:
          chain: ``str``.
          txid: ``str``.
          wallet_address: ``str``.
          amount: ``str``.
          currency: ``str``.
          originator_data: ``Mapping[str, Any]``.
          beneficiary_data: ``Mapping[str, Any]``.
          originating_vasp: ``TravelRuleInboundRequestOriginatingVasp | Mapping[str, Any]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleInboundResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.travel_rule.inbound.register(chain=…, txid=…,
        wallet_address=…, amount=…, currency=…)``
        """
        try:
            body = unstructure_TravelRuleInboundRequest(
                TravelRuleInboundRequest(
                    chain=chain,
                    txid=txid,
                    wallet_address=wallet_address,
                    amount=amount,
                    currency=currency,
                    originator_data=originator_data,
                    beneficiary_data=beneficiary_data,
                    originating_vasp=originating_vasp,
                )
            )
            validate_TravelRuleInboundRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                TRAVEL_RULE_INBOUND_REGISTER.method,
                TRAVEL_RULE_INBOUND_REGISTER.path,
            )
            raise
        data = await self._transport.request(
            TRAVEL_RULE_INBOUND_REGISTER,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TravelRuleInboundResponse(data) if data.__class__ is dict else data


class SyncTravelRuleInboundResource:
    """``client.travel_rule.inbound`` of ``Didit``: register (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: TravelRuleInboundResource) -> None:
        self._runner = runner
        self._async = resource

    def register(
        self,
        *,
        chain: str,
        txid: str,
        wallet_address: str,
        amount: str,
        currency: str,
        originator_data: Mapping[str, Any] | None = None,
        beneficiary_data: Mapping[str, Any] | None = None,
        originating_vasp: TravelRuleInboundRequestOriginatingVasp | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleInboundResponse:
        """Register an inbound transfer.

        Tell Didit about a crypto transfer received on-chain (chain, txid, your wallet, amount)
        with the originator data you have; Didit creates its transaction and Travel Rule
        exchange (201), or answers the existing one (200, `created: false`) for a chain and txid
        it already knows, so it is safe to repeat.

        ``POST /v3/travel-rule/inbound/``. Blocks until Didit answers.

        Args:
          chain: ``str``.
          txid: ``str``.
          wallet_address: ``str``.
          amount: ``str``.
          currency: ``str``.
          originator_data: ``Mapping[str, Any]``.
          beneficiary_data: ``Mapping[str, Any]``.
          originating_vasp: ``TravelRuleInboundRequestOriginatingVasp | Mapping[str, Any]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleInboundResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.travel_rule.inbound.register(chain=…, txid=…,
        wallet_address=…, amount=…, currency=…)``
        """
        return self._runner.call(
            self._async.register,
            chain=chain,
            txid=txid,
            wallet_address=wallet_address,
            amount=amount,
            currency=currency,
            originator_data=originator_data,
            beneficiary_data=beneficiary_data,
            originating_vasp=originating_vasp,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

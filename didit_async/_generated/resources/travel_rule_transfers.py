# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.travel_rule.transfers``, async and blocking.

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

from .._codec.travel_rule import structure_TravelRuleTransfer
from .._codec.travel_rule_transfers__confirm_ownership import (
    unstructure_TravelRuleOwnershipConfirmRequest,
    validate_TravelRuleOwnershipConfirmRequest,
)
from .._codec.travel_rule_transfers__update import (
    unstructure_TravelRuleTransferUpdateRequest,
    validate_TravelRuleTransferUpdateRequest,
)
from ..models.travel_rule import TravelRuleTransfer
from ..models.travel_rule_transfers__confirm_ownership import TravelRuleOwnershipConfirmRequest
from ..models.travel_rule_transfers__update import TravelRuleTransferUpdateRequest

__all__ = [
    "SyncTravelRuleTransfersResource",
    "TRAVEL_RULE_TRANSFERS_CONFIRM_OWNERSHIP",
    "TRAVEL_RULE_TRANSFERS_UPDATE",
    "TravelRuleTransfersResource",
]


TRAVEL_RULE_TRANSFERS_UPDATE = OperationMeta(
    operation_id="travel_rule_transfers_update",
    method="PATCH",
    path="/v3/transactions/{transaction_id}/travel-rule/",
    host="verification",
    resource="travel_rule.transfers",
    method_name="update",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="TravelRuleTransferUpdateRequest",
)


TRAVEL_RULE_TRANSFERS_CONFIRM_OWNERSHIP = OperationMeta(
    operation_id="travel_rule_transfers_confirm_ownership",
    method="POST",
    path="/v3/transactions/{transaction_id}/travel-rule/ownership/",
    host="verification",
    resource="travel_rule.transfers",
    method_name="confirm_ownership",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="TravelRuleOwnershipConfirmRequest",
)


class TravelRuleTransfersResource:
    """``client.travel_rule.transfers``: update, confirm_ownership."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def update(
        self,
        transaction_id: str,
        /,
        *,
        payment_txn_id: str | None = None,
        action: Literal["cancel", "resend"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleTransfer:
        """Act on a transfer's Travel Rule exchange.

        Cancel the Travel Rule exchange of a transaction, or resend its request to the
        counterparty VASP; `payment_txn_id` records the on-chain transaction once it is known.
        409 when the exchange is already finished.

        ``PATCH /v3/transactions/{transaction_id}/travel-rule/``.

        Args:
          transaction_id: ``str``.
          payment_txn_id: ``str``.
          action: one of cancel, resend.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleTransfer``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``transfer = await client.travel_rule.transfers.update("…")``
        """
        try:
            path_param("transaction_id", transaction_id, uuid=True)
            body = unstructure_TravelRuleTransferUpdateRequest(
                TravelRuleTransferUpdateRequest(payment_txn_id=payment_txn_id, action=action)
            )
            validate_TravelRuleTransferUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                TRAVEL_RULE_TRANSFERS_UPDATE.method,
                TRAVEL_RULE_TRANSFERS_UPDATE.path,
            )
            raise
        data = await self._transport.request(
            TRAVEL_RULE_TRANSFERS_UPDATE,
            path_params={"transaction_id": transaction_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TravelRuleTransfer(data) if data.__class__ is dict else data

    async def confirm_ownership(
        self,
        transaction_id: str,
        /,
        *,
        confirmed: bool,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleTransfer:
        """Confirm wallet ownership for a transfer.

        Record that your customer owns (or does not own) the self-hosted wallet on the other
        side of the transfer, which completes an exchange waiting in UNCONFIRMED_OWNERSHIP. 409
        when the transfer does not wait for it.

        ``POST /v3/transactions/{transaction_id}/travel-rule/ownership/``.

        Args:
          transaction_id: ``str``.
          confirmed: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleTransfer``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``transfer = await client.travel_rule.transfers.confirm_ownership("…",
        confirmed=…)``
        """
        try:
            path_param("transaction_id", transaction_id, uuid=True)
            body = unstructure_TravelRuleOwnershipConfirmRequest(
                TravelRuleOwnershipConfirmRequest(confirmed=confirmed)
            )
            validate_TravelRuleOwnershipConfirmRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                TRAVEL_RULE_TRANSFERS_CONFIRM_OWNERSHIP.method,
                TRAVEL_RULE_TRANSFERS_CONFIRM_OWNERSHIP.path,
            )
            raise
        data = await self._transport.request(
            TRAVEL_RULE_TRANSFERS_CONFIRM_OWNERSHIP,
            path_params={"transaction_id": transaction_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TravelRuleTransfer(data) if data.__class__ is dict else data


class SyncTravelRuleTransfersResource:
    """``client.travel_rule.transfers`` of ``Didit``: update, confirm_ownership (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: TravelRuleTransfersResource) -> None:
        self._runner = runner
        self._async = resource

    def update(
        self,
        transaction_id: str,
        /,
        *,
        payment_txn_id: str | None = None,
        action: Literal["cancel", "resend"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleTransfer:
        """Act on a transfer's Travel Rule exchange.

        Cancel the Travel Rule exchange of a transaction, or resend its request to the
        counterparty VASP; `payment_txn_id` records the on-chain transaction once it is known.
        409 when the exchange is already finished.

        ``PATCH /v3/transactions/{transaction_id}/travel-rule/``. Blocks until Didit answers.

        Args:
          transaction_id: ``str``.
          payment_txn_id: ``str``.
          action: one of cancel, resend.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleTransfer``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``transfer = client.travel_rule.transfers.update("…")``
        """
        return self._runner.call(
            self._async.update,
            transaction_id,
            payment_txn_id=payment_txn_id,
            action=action,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def confirm_ownership(
        self,
        transaction_id: str,
        /,
        *,
        confirmed: bool,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleTransfer:
        """Confirm wallet ownership for a transfer.

        Record that your customer owns (or does not own) the self-hosted wallet on the other
        side of the transfer, which completes an exchange waiting in UNCONFIRMED_OWNERSHIP. 409
        when the transfer does not wait for it.

        ``POST /v3/transactions/{transaction_id}/travel-rule/ownership/``. Blocks until Didit
        answers.

        Args:
          transaction_id: ``str``.
          confirmed: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleTransfer``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``transfer = client.travel_rule.transfers.confirm_ownership("…", confirmed=…)``
        """
        return self._runner.call(
            self._async.confirm_ownership,
            transaction_id,
            confirmed=confirmed,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

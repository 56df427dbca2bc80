# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.travel_rule.pickups``, async and blocking.

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

from .._codec.travel_rule_pickups__respond import (
    structure_TravelRulePickupAnswer,
    unstructure_TravelRulePickupRespondRequest,
    validate_TravelRulePickupRespondRequest,
)
from .._codec.travel_rule_pickups__retrieve import structure_TravelRulePickup
from ..models.travel_rule_pickups__respond import (
    TravelRulePickupAnswer,
    TravelRulePickupRespondRequest,
)
from ..models.travel_rule_pickups__retrieve import TravelRulePickup

__all__ = [
    "SyncTravelRulePickupsResource",
    "TRAVEL_RULE_PICKUPS_RESPOND",
    "TRAVEL_RULE_PICKUPS_RETRIEVE",
    "TravelRulePickupsResource",
]


TRAVEL_RULE_PICKUPS_RETRIEVE = OperationMeta(
    operation_id="travel_rule_pickups_retrieve",
    method="GET",
    path="/v3/travel-rule/pickup/{token}/",
    host="verification",
    resource="travel_rule.pickups",
    method_name="retrieve",
    idempotency=Idempotency("always"),
    rate_limit_scopes=("generic-get",),
)


TRAVEL_RULE_PICKUPS_RESPOND = OperationMeta(
    operation_id="travel_rule_pickups_respond",
    method="POST",
    path="/v3/travel-rule/pickup/{token}/respond/",
    host="verification",
    resource="travel_rule.pickups",
    method_name="respond",
    idempotency=Idempotency("never"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="TravelRulePickupRespondRequest",
)


class TravelRulePickupsResource:
    """``client.travel_rule.pickups``: retrieve, respond."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def retrieve(
        self,
        token: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRulePickup:
        """Open a Travel Rule pickup.

        What a counterparty VASP sees when it opens the pickup link it was sent: who sends how
        much to which wallet. Needs no API key: the token in the path is the credential (keep it
        secret). 410 once answered or expired.

        ``GET /v3/travel-rule/pickup/{token}/``.

        Args:
          token: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRulePickup``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``pickup = await client.travel_rule.pickups.retrieve("…")``
        """
        try:
            path_param("token", token)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                TRAVEL_RULE_PICKUPS_RETRIEVE.method,
                TRAVEL_RULE_PICKUPS_RETRIEVE.path,
            )
            raise
        data = await self._transport.request(
            TRAVEL_RULE_PICKUPS_RETRIEVE,
            path_params={"token": token},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TravelRulePickup(data) if data.__class__ is dict else data

    async def respond(
        self,
        token: str,
        /,
        *,
        decision: Literal["accept", "decline"],
        beneficiary_name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRulePickupAnswer:
        """Answer a Travel Rule pickup.

        The counterparty VASP accepts (naming the beneficiary) or declines the transfer; the
        exchange completes or is declined. Needs no API key; 410 when the pickup was already
        answered or has expired.

        ``POST /v3/travel-rule/pickup/{token}/respond/``.

        Args:
          token: ``str``.
          decision: one of accept, decline.
          beneficiary_name: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRulePickupAnswer``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``answer = await client.travel_rule.pickups.respond("…", decision=…)``
        """
        try:
            path_param("token", token)
            body = unstructure_TravelRulePickupRespondRequest(
                TravelRulePickupRespondRequest(decision=decision, beneficiary_name=beneficiary_name)
            )
            validate_TravelRulePickupRespondRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                TRAVEL_RULE_PICKUPS_RESPOND.method,
                TRAVEL_RULE_PICKUPS_RESPOND.path,
            )
            raise
        data = await self._transport.request(
            TRAVEL_RULE_PICKUPS_RESPOND,
            path_params={"token": token},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TravelRulePickupAnswer(data) if data.__class__ is dict else data


class SyncTravelRulePickupsResource:
    """``client.travel_rule.pickups`` of ``Didit``: retrieve, respond (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: TravelRulePickupsResource) -> None:
        self._runner = runner
        self._async = resource

    def retrieve(
        self,
        token: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRulePickup:
        """Open a Travel Rule pickup.

        What a counterparty VASP sees when it opens the pickup link it was sent: who sends how
        much to which wallet. Needs no API key: the token in the path is the credential (keep it
        secret). 410 once answered or expired.

        ``GET /v3/travel-rule/pickup/{token}/``. Blocks until Didit answers.

        Args:
          token: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRulePickup``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``pickup = client.travel_rule.pickups.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            token,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def respond(
        self,
        token: str,
        /,
        *,
        decision: Literal["accept", "decline"],
        beneficiary_name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRulePickupAnswer:
        """Answer a Travel Rule pickup.

        The counterparty VASP accepts (naming the beneficiary) or declines the transfer; the
        exchange completes or is declined. Needs no API key; 410 when the pickup was already
        answered or has expired.

        ``POST /v3/travel-rule/pickup/{token}/respond/``. Blocks until Didit answers.

        Args:
          token: ``str``.
          decision: one of accept, decline.
          beneficiary_name: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRulePickupAnswer``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``answer = client.travel_rule.pickups.respond("…", decision=…)``
        """
        return self._runner.call(
            self._async.respond,
            token,
            decision=decision,
            beneficiary_name=beneficiary_name,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

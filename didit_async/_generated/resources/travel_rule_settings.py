# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.travel_rule.settings``, async and blocking.

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
)
from didit_async._sync_seam import SyncRunner

from .._codec.travel_rule_settings__retrieve__update import structure_TravelRuleSettings
from .._codec.travel_rule_settings__update import (
    unstructure_TravelRuleSettingsUpdateRequest,
    validate_TravelRuleSettingsUpdateRequest,
)
from ..models.travel_rule_settings__retrieve__update import TravelRuleSettings
from ..models.travel_rule_settings__update import TravelRuleSettingsUpdateRequest

__all__ = [
    "SyncTravelRuleSettingsResource",
    "TRAVEL_RULE_SETTINGS_RETRIEVE",
    "TRAVEL_RULE_SETTINGS_UPDATE",
    "TravelRuleSettingsResource",
]


TRAVEL_RULE_SETTINGS_RETRIEVE = OperationMeta(
    operation_id="travel_rule_settings_retrieve",
    method="GET",
    path="/v3/travel-rule/settings/",
    host="verification",
    resource="travel_rule.settings",
    method_name="retrieve",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-get",),
)


TRAVEL_RULE_SETTINGS_UPDATE = OperationMeta(
    operation_id="travel_rule_settings_update",
    method="PUT",
    path="/v3/travel-rule/settings/",
    host="verification",
    resource="travel_rule.settings",
    method_name="update",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="TravelRuleSettingsUpdateRequest",
)


class TravelRuleSettingsResource:
    """``client.travel_rule.settings``: retrieve, update."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def retrieve(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleSettings:
        """Retrieve Travel Rule settings.

        How the application handles the Travel Rule: whether it is on, the threshold above which
        a crypto transfer needs originator and beneficiary data, what happens when the
        counterparty does not answer in time, the VASP identity it presents, and the networks it
        uses.

        ``GET /v3/travel-rule/settings/``.

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleSettings``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``settings = await client.travel_rule.settings.retrieve()``
        """
        data = await self._transport.request(
            TRAVEL_RULE_SETTINGS_RETRIEVE,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TravelRuleSettings(data) if data.__class__ is dict else data

    async def update(
        self,
        *,
        is_enabled: bool | None = None,
        legal_name: str | None = None,
        lei: str | None = None,
        jurisdiction: str | None = None,
        name_matching_strictness: Literal["NONE", "STRICT", "DEFAULT", "FUZZY"] | None = None,
        confirmation_timeout_hours: int | None = None,
        timeout_outcome: Literal["HOLD", "REJECT", "PROCEED"] | None = None,
        compliance_email: str | None = None,
        is_discoverable: bool | None = None,
        threshold_amount: str | None = None,
        inbound_auto_accept: bool | None = None,
        allow_self_declaration: bool | None = None,
        allow_screenshot_proof: bool | None = None,
        auto_wallet_verification: bool | None = None,
        vasp_attribution_enabled: bool | None = None,
        disabled_networks: Sequence[Literal["GTR", "TRUST", "VERIFYVASP", "SYGNA"]] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleSettings:
        """Update Travel Rule settings.

        Replace the Travel Rule settings; fields left out keep their value (Didit reads the PUT
        as a partial update, as its facts show no required field). Safe to repeat.

        ``PUT /v3/travel-rule/settings/``.

        Args:
          is_enabled: ``bool``.
          legal_name: ``str``.
          lei: ``str``.
          jurisdiction: ``str``.
          name_matching_strictness: one of NONE, STRICT, DEFAULT, FUZZY.
          confirmation_timeout_hours: ``int``.
          timeout_outcome: one of HOLD, REJECT, PROCEED.
          compliance_email: ``str``.
          is_discoverable: ``bool``.
          threshold_amount: ``str``.
          inbound_auto_accept: ``bool``.
          allow_self_declaration: ``bool``.
          allow_screenshot_proof: ``bool``.
          auto_wallet_verification: ``bool``.
          vasp_attribution_enabled: ``bool``.
          disabled_networks: ``Sequence[Literal['GTR', 'TRUST', 'VERIFYVASP', 'SYGNA']]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleSettings``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``settings = await client.travel_rule.settings.update()``
        """
        try:
            body = unstructure_TravelRuleSettingsUpdateRequest(
                TravelRuleSettingsUpdateRequest(
                    is_enabled=is_enabled,
                    legal_name=legal_name,
                    lei=lei,
                    jurisdiction=jurisdiction,
                    name_matching_strictness=name_matching_strictness,
                    confirmation_timeout_hours=confirmation_timeout_hours,
                    timeout_outcome=timeout_outcome,
                    compliance_email=compliance_email,
                    is_discoverable=is_discoverable,
                    threshold_amount=threshold_amount,
                    inbound_auto_accept=inbound_auto_accept,
                    allow_self_declaration=allow_self_declaration,
                    allow_screenshot_proof=allow_screenshot_proof,
                    auto_wallet_verification=auto_wallet_verification,
                    vasp_attribution_enabled=vasp_attribution_enabled,
                    disabled_networks=disabled_networks,
                )
            )
            validate_TravelRuleSettingsUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                TRAVEL_RULE_SETTINGS_UPDATE.method,
                TRAVEL_RULE_SETTINGS_UPDATE.path,
            )
            raise
        data = await self._transport.request(
            TRAVEL_RULE_SETTINGS_UPDATE,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TravelRuleSettings(data) if data.__class__ is dict else data


class SyncTravelRuleSettingsResource:
    """``client.travel_rule.settings`` of ``Didit``: retrieve, update (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: TravelRuleSettingsResource) -> None:
        self._runner = runner
        self._async = resource

    def retrieve(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleSettings:
        """Retrieve Travel Rule settings.

        How the application handles the Travel Rule: whether it is on, the threshold above which
        a crypto transfer needs originator and beneficiary data, what happens when the
        counterparty does not answer in time, the VASP identity it presents, and the networks it
        uses.

        ``GET /v3/travel-rule/settings/``. Blocks until Didit answers.

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleSettings``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``settings = client.travel_rule.settings.retrieve()``
        """
        return self._runner.call(
            self._async.retrieve,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update(
        self,
        *,
        is_enabled: bool | None = None,
        legal_name: str | None = None,
        lei: str | None = None,
        jurisdiction: str | None = None,
        name_matching_strictness: Literal["NONE", "STRICT", "DEFAULT", "FUZZY"] | None = None,
        confirmation_timeout_hours: int | None = None,
        timeout_outcome: Literal["HOLD", "REJECT", "PROCEED"] | None = None,
        compliance_email: str | None = None,
        is_discoverable: bool | None = None,
        threshold_amount: str | None = None,
        inbound_auto_accept: bool | None = None,
        allow_self_declaration: bool | None = None,
        allow_screenshot_proof: bool | None = None,
        auto_wallet_verification: bool | None = None,
        vasp_attribution_enabled: bool | None = None,
        disabled_networks: Sequence[Literal["GTR", "TRUST", "VERIFYVASP", "SYGNA"]] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleSettings:
        """Update Travel Rule settings.

        Replace the Travel Rule settings; fields left out keep their value (Didit reads the PUT
        as a partial update, as its facts show no required field). Safe to repeat.

        ``PUT /v3/travel-rule/settings/``. Blocks until Didit answers.

        Args:
          is_enabled: ``bool``.
          legal_name: ``str``.
          lei: ``str``.
          jurisdiction: ``str``.
          name_matching_strictness: one of NONE, STRICT, DEFAULT, FUZZY.
          confirmation_timeout_hours: ``int``.
          timeout_outcome: one of HOLD, REJECT, PROCEED.
          compliance_email: ``str``.
          is_discoverable: ``bool``.
          threshold_amount: ``str``.
          inbound_auto_accept: ``bool``.
          allow_self_declaration: ``bool``.
          allow_screenshot_proof: ``bool``.
          auto_wallet_verification: ``bool``.
          vasp_attribution_enabled: ``bool``.
          disabled_networks: ``Sequence[Literal['GTR', 'TRUST', 'VERIFYVASP', 'SYGNA']]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleSettings``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``settings = client.travel_rule.settings.update()``
        """
        return self._runner.call(
            self._async.update,
            is_enabled=is_enabled,
            legal_name=legal_name,
            lei=lei,
            jurisdiction=jurisdiction,
            name_matching_strictness=name_matching_strictness,
            confirmation_timeout_hours=confirmation_timeout_hours,
            timeout_outcome=timeout_outcome,
            compliance_email=compliance_email,
            is_discoverable=is_discoverable,
            threshold_amount=threshold_amount,
            inbound_auto_accept=inbound_auto_accept,
            allow_self_declaration=allow_self_declaration,
            allow_screenshot_proof=allow_screenshot_proof,
            auto_wallet_verification=auto_wallet_verification,
            vasp_attribution_enabled=vasp_attribution_enabled,
            disabled_networks=disabled_networks,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.travel_rule``, async and blocking, ``client.travel_rule.inbound`` in ``travel_rule_inbound.py``, ``client.travel_rule.pickups`` in ``travel_rule_pickups.py``, ``client.travel_rule.settings`` in ``travel_rule_settings.py``, ``client.travel_rule.transfers`` in ``travel_rule_transfers.py``, ``client.travel_rule.vasps`` in ``travel_rule_vasps.py``, ``client.travel_rule.wallet_addresses`` in ``travel_rule_wallet_addresses.py``, ``client.travel_rule.widget_sessions`` in ``travel_rule_widget_sessions.py``.

Each operation's constant (its HTTP method and path, host, scopes, idempotency) comes
first; each method checks its arguments before anything is sent (a bad one raises
``DiditValidationError`` naming the operation), builds the body through its request
model and calls the transport with that constant. The ``Sync*`` class is the blocking
twin for ``Didit``: the same arguments, run through the client's runner.
"""

from __future__ import annotations

from didit_async._seam import Transport
from didit_async._sync_seam import SyncRunner

from .travel_rule_inbound import SyncTravelRuleInboundResource, TravelRuleInboundResource
from .travel_rule_pickups import SyncTravelRulePickupsResource, TravelRulePickupsResource
from .travel_rule_settings import SyncTravelRuleSettingsResource, TravelRuleSettingsResource
from .travel_rule_transfers import SyncTravelRuleTransfersResource, TravelRuleTransfersResource
from .travel_rule_vasps import SyncTravelRuleVaspsResource, TravelRuleVaspsResource
from .travel_rule_wallet_addresses import (
    SyncTravelRuleWalletAddressesResource,
    TravelRuleWalletAddressesResource,
)
from .travel_rule_widget_sessions import (
    SyncTravelRuleWidgetSessionsResource,
    TravelRuleWidgetSessionsResource,
)

__all__ = ["SyncTravelRuleResource", "TravelRuleResource"]


class TravelRuleResource:
    """``client.travel_rule``: sub-resources."""

    __slots__ = (
        "_transport",
        "inbound",
        "pickups",
        "settings",
        "transfers",
        "vasps",
        "wallet_addresses",
        "widget_sessions",
    )

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.inbound = TravelRuleInboundResource(transport)
        self.pickups = TravelRulePickupsResource(transport)
        self.settings = TravelRuleSettingsResource(transport)
        self.transfers = TravelRuleTransfersResource(transport)
        self.vasps = TravelRuleVaspsResource(transport)
        self.wallet_addresses = TravelRuleWalletAddressesResource(transport)
        self.widget_sessions = TravelRuleWidgetSessionsResource(transport)


class SyncTravelRuleResource:
    """``client.travel_rule`` of ``Didit``: sub-resources (blocking)."""

    __slots__ = (
        "_async",
        "_runner",
        "inbound",
        "pickups",
        "settings",
        "transfers",
        "vasps",
        "wallet_addresses",
        "widget_sessions",
    )

    def __init__(self, runner: SyncRunner, resource: TravelRuleResource) -> None:
        self._runner = runner
        self._async = resource
        self.inbound = SyncTravelRuleInboundResource(runner, resource.inbound)
        self.pickups = SyncTravelRulePickupsResource(runner, resource.pickups)
        self.settings = SyncTravelRuleSettingsResource(runner, resource.settings)
        self.transfers = SyncTravelRuleTransfersResource(runner, resource.transfers)
        self.vasps = SyncTravelRuleVaspsResource(runner, resource.vasps)
        self.wallet_addresses = SyncTravelRuleWalletAddressesResource(
            runner, resource.wallet_addresses
        )
        self.widget_sessions = SyncTravelRuleWidgetSessionsResource(
            runner, resource.widget_sessions
        )

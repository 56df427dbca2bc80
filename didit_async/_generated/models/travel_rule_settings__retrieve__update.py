# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'travel_rule_settings__retrieve__update' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleSettingsNetworksGtr:
    """TravelRuleSettingsNetworksGtr"""

    rail: str | None = attrs.field(default=None)
    mode: str | None = attrs.field(default=None)
    platform_available: bool | None = attrs.field(default=None)
    connected: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleSettingsNetworksTrust:
    """TravelRuleSettingsNetworksTrust"""

    rail: str | None = attrs.field(default=None)
    mode: str | None = attrs.field(default=None)
    platform_available: bool | None = attrs.field(default=None)
    connected: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleSettingsNetworksVerifyvasp:
    """TravelRuleSettingsNetworksVerifyvasp"""

    rail: str | None = attrs.field(default=None)
    mode: str | None = attrs.field(default=None)
    platform_available: bool | None = attrs.field(default=None)
    connected: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleSettingsNetworksSygna:
    """TravelRuleSettingsNetworksSygna"""

    rail: str | None = attrs.field(default=None)
    mode: str | None = attrs.field(default=None)
    platform_available: bool | None = attrs.field(default=None)
    connected: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleSettingsNetworks:
    """TravelRuleSettingsNetworks"""

    gtr: TravelRuleSettingsNetworksGtr | None = attrs.field(default=None)
    trust: TravelRuleSettingsNetworksTrust | None = attrs.field(default=None)
    verifyvasp: TravelRuleSettingsNetworksVerifyvasp | None = attrs.field(default=None)
    sygna: TravelRuleSettingsNetworksSygna | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleSettings:
    """TravelRuleSettings"""

    is_enabled: bool | None = attrs.field(default=None)
    jurisdiction: str | None = attrs.field(default=None)
    name_matching_strictness: str | None = attrs.field(default=None)
    confirmation_timeout_hours: int | None = attrs.field(default=None)
    timeout_outcome: str | None = attrs.field(default=None)
    threshold_amount: str | None = attrs.field(default=None)
    legal_name: str | None = attrs.field(default=None)
    lei: str | None = attrs.field(default=None)
    compliance_email: str | None = attrs.field(default=None)
    is_discoverable: bool | None = attrs.field(default=None)
    inbound_auto_accept: bool | None = attrs.field(default=None)
    allow_self_declaration: bool | None = attrs.field(default=None)
    allow_screenshot_proof: bool | None = attrs.field(default=None)
    auto_wallet_verification: bool | None = attrs.field(default=None)
    vasp_attribution_enabled: bool | None = attrs.field(default=None)
    travel_address: str | None = attrs.field(default=None)
    disabled_networks: list[str] | None = attrs.field(default=None)
    networks: TravelRuleSettingsNetworks | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


for _cls in list(globals().values()):
    if not isinstance(_cls, type) or _cls.__module__ != __name__ or not attrs.has(_cls):
        continue  # not one of this module's models
    for _field in attrs.fields(_cls):
        if _field.name != "additional_properties":
            setattr(_cls, _field.name, None)
    _cls._present = True  # type: ignore[attr-defined]

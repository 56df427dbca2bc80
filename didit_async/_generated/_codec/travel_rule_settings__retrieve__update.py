# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'travel_rule_settings__retrieve__update' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.travel_rule_settings__retrieve__update import (
    TravelRuleSettings,
    TravelRuleSettingsNetworks,
    TravelRuleSettingsNetworksGtr,
    TravelRuleSettingsNetworksSygna,
    TravelRuleSettingsNetworksTrust,
    TravelRuleSettingsNetworksVerifyvasp,
)
from . import Table, encode_by_table, keys_of, new_object

_U_TravelRuleSettingsNetworksGtr: Table = (
    ("rail", "rail", None, False),
    ("mode", "mode", None, False),
    ("platform_available", "platform_available", None, False),
    ("connected", "connected", None, False),
)


def unstructure_TravelRuleSettingsNetworksGtr(o: TravelRuleSettingsNetworksGtr) -> dict[str, Any]:
    """Encode :class:`TravelRuleSettingsNetworksGtr` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleSettingsNetworksGtr)


def structure_TravelRuleSettingsNetworksGtr(d: Any) -> TravelRuleSettingsNetworksGtr:
    """Decode a JSON object into :class:`TravelRuleSettingsNetworksGtr`."""
    o = new_object(TravelRuleSettingsNetworksGtr)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleSettingsNetworksGtr.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleSettingsNetworksGtr
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleSettingsNetworksTrust: Table = (
    ("rail", "rail", None, False),
    ("mode", "mode", None, False),
    ("platform_available", "platform_available", None, False),
    ("connected", "connected", None, False),
)


def unstructure_TravelRuleSettingsNetworksTrust(
    o: TravelRuleSettingsNetworksTrust,
) -> dict[str, Any]:
    """Encode :class:`TravelRuleSettingsNetworksTrust` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleSettingsNetworksTrust)


def structure_TravelRuleSettingsNetworksTrust(d: Any) -> TravelRuleSettingsNetworksTrust:
    """Decode a JSON object into :class:`TravelRuleSettingsNetworksTrust`."""
    o = new_object(TravelRuleSettingsNetworksTrust)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleSettingsNetworksTrust.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleSettingsNetworksTrust
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleSettingsNetworksVerifyvasp: Table = (
    ("rail", "rail", None, False),
    ("mode", "mode", None, False),
    ("platform_available", "platform_available", None, False),
    ("connected", "connected", None, False),
)


def unstructure_TravelRuleSettingsNetworksVerifyvasp(
    o: TravelRuleSettingsNetworksVerifyvasp,
) -> dict[str, Any]:
    """Encode :class:`TravelRuleSettingsNetworksVerifyvasp` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleSettingsNetworksVerifyvasp)


def structure_TravelRuleSettingsNetworksVerifyvasp(d: Any) -> TravelRuleSettingsNetworksVerifyvasp:
    """Decode a JSON object into :class:`TravelRuleSettingsNetworksVerifyvasp`."""
    o = new_object(TravelRuleSettingsNetworksVerifyvasp)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleSettingsNetworksVerifyvasp.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleSettingsNetworksVerifyvasp
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleSettingsNetworksSygna: Table = (
    ("rail", "rail", None, False),
    ("mode", "mode", None, False),
    ("platform_available", "platform_available", None, False),
    ("connected", "connected", None, False),
)


def unstructure_TravelRuleSettingsNetworksSygna(
    o: TravelRuleSettingsNetworksSygna,
) -> dict[str, Any]:
    """Encode :class:`TravelRuleSettingsNetworksSygna` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleSettingsNetworksSygna)


def structure_TravelRuleSettingsNetworksSygna(d: Any) -> TravelRuleSettingsNetworksSygna:
    """Decode a JSON object into :class:`TravelRuleSettingsNetworksSygna`."""
    o = new_object(TravelRuleSettingsNetworksSygna)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleSettingsNetworksSygna.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleSettingsNetworksSygna
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleSettingsNetworks: Table = (
    (
        "gtr",
        "gtr",
        lambda v: (
            unstructure_TravelRuleSettingsNetworksGtr(v)
            if isinstance(v, TravelRuleSettingsNetworksGtr)
            else v
        ),
        False,
    ),
    (
        "trust",
        "trust",
        lambda v: (
            unstructure_TravelRuleSettingsNetworksTrust(v)
            if isinstance(v, TravelRuleSettingsNetworksTrust)
            else v
        ),
        False,
    ),
    (
        "verifyvasp",
        "verifyvasp",
        lambda v: (
            unstructure_TravelRuleSettingsNetworksVerifyvasp(v)
            if isinstance(v, TravelRuleSettingsNetworksVerifyvasp)
            else v
        ),
        False,
    ),
    (
        "sygna",
        "sygna",
        lambda v: (
            unstructure_TravelRuleSettingsNetworksSygna(v)
            if isinstance(v, TravelRuleSettingsNetworksSygna)
            else v
        ),
        False,
    ),
)


def unstructure_TravelRuleSettingsNetworks(o: TravelRuleSettingsNetworks) -> dict[str, Any]:
    """Encode :class:`TravelRuleSettingsNetworks` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleSettingsNetworks)


def structure_TravelRuleSettingsNetworks(d: Any) -> TravelRuleSettingsNetworks:
    """Decode a JSON object into :class:`TravelRuleSettingsNetworks`."""
    v: Any
    o = new_object(TravelRuleSettingsNetworks)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleSettingsNetworks.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleSettingsNetworks
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "gtr" in vals:
        v = vals["gtr"]
        if v.__class__ is dict:
            vals["gtr"] = structure_TravelRuleSettingsNetworksGtr(v)
    if "trust" in vals:
        v = vals["trust"]
        if v.__class__ is dict:
            vals["trust"] = structure_TravelRuleSettingsNetworksTrust(v)
    if "verifyvasp" in vals:
        v = vals["verifyvasp"]
        if v.__class__ is dict:
            vals["verifyvasp"] = structure_TravelRuleSettingsNetworksVerifyvasp(v)
    if "sygna" in vals:
        v = vals["sygna"]
        if v.__class__ is dict:
            vals["sygna"] = structure_TravelRuleSettingsNetworksSygna(v)
    return o


_U_TravelRuleSettings: Table = (
    ("is_enabled", "is_enabled", None, False),
    ("jurisdiction", "jurisdiction", None, False),
    ("name_matching_strictness", "name_matching_strictness", None, False),
    ("confirmation_timeout_hours", "confirmation_timeout_hours", None, False),
    ("timeout_outcome", "timeout_outcome", None, False),
    ("threshold_amount", "threshold_amount", None, False),
    ("legal_name", "legal_name", None, False),
    ("lei", "lei", None, False),
    ("compliance_email", "compliance_email", None, False),
    ("is_discoverable", "is_discoverable", None, False),
    ("inbound_auto_accept", "inbound_auto_accept", None, False),
    ("allow_self_declaration", "allow_self_declaration", None, False),
    ("allow_screenshot_proof", "allow_screenshot_proof", None, False),
    ("auto_wallet_verification", "auto_wallet_verification", None, False),
    ("vasp_attribution_enabled", "vasp_attribution_enabled", None, False),
    ("travel_address", "travel_address", None, False),
    ("disabled_networks", "disabled_networks", None, False),
    (
        "networks",
        "networks",
        lambda v: (
            unstructure_TravelRuleSettingsNetworks(v)
            if isinstance(v, TravelRuleSettingsNetworks)
            else v
        ),
        False,
    ),
)


def unstructure_TravelRuleSettings(o: TravelRuleSettings) -> dict[str, Any]:
    """Encode :class:`TravelRuleSettings` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleSettings)


def structure_TravelRuleSettings(d: Any) -> TravelRuleSettings:
    """Decode a JSON object into :class:`TravelRuleSettings`."""
    v: Any
    o = new_object(TravelRuleSettings)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleSettings.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleSettings
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "networks" in vals:
        v = vals["networks"]
        if v.__class__ is dict:
            vals["networks"] = structure_TravelRuleSettingsNetworks(v)
    return o


_K_TravelRuleSettingsNetworksGtr = keys_of(_U_TravelRuleSettingsNetworksGtr)
_K_TravelRuleSettingsNetworksTrust = keys_of(_U_TravelRuleSettingsNetworksTrust)
_K_TravelRuleSettingsNetworksVerifyvasp = keys_of(_U_TravelRuleSettingsNetworksVerifyvasp)
_K_TravelRuleSettingsNetworksSygna = keys_of(_U_TravelRuleSettingsNetworksSygna)
_K_TravelRuleSettingsNetworks = keys_of(_U_TravelRuleSettingsNetworks)
_K_TravelRuleSettings = keys_of(_U_TravelRuleSettings)

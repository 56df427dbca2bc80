# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'risk__email__phone' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.risk__email__phone import (
    RiskLifecycleEvent,
    RiskSignals,
    RiskSocialFootprintCategory,
    RiskSocialFootprintPlatform,
    RiskSocialFootprintProfile,
    RiskWarning,
)
from . import Table, _E_inline59, check_model, encode_by_table, keys_of, new_object

_U_RiskSignals: Table = (
    ("ip", "ip", None, False),
    ("device_id", "device_id", None, False),
    ("device_platform", "device_platform", None, False),
    ("device_model", "device_model", None, False),
    ("os_version", "os_version", None, False),
    ("app_version", "app_version", None, False),
    ("user_agent", "user_agent", None, False),
)


def unstructure_RiskSignals(o: RiskSignals) -> dict[str, Any]:
    """Encode :class:`RiskSignals` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_RiskSignals)


def structure_RiskSignals(d: Any) -> RiskSignals:
    """Decode a JSON object into :class:`RiskSignals`."""
    o = new_object(RiskSignals)
    vals = o.__dict__
    vals.update(d)
    if _K_RiskSignals.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RiskSignals
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_RiskSignals(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid RiskSignals."""
    check_model(d, at, _V_RiskSignals, _K_RiskSignals)


_U_RiskWarning: Table = (
    ("feature", "feature", None, True),
    ("risk", "risk", None, True),
    (
        "additional_data",
        "additional_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("log_type", "log_type", None, True),
    ("short_description", "short_description", None, True),
    ("long_description", "long_description", None, True),
)


def unstructure_RiskWarning(o: RiskWarning) -> dict[str, Any]:
    """Encode :class:`RiskWarning` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_RiskWarning)


def structure_RiskWarning(d: Any) -> RiskWarning:
    """Decode a JSON object into :class:`RiskWarning`."""
    o = new_object(RiskWarning)
    vals = o.__dict__
    vals.update(d)
    if _K_RiskWarning.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RiskWarning
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_RiskLifecycleEvent: Table = (
    ("type", "type", None, True),
    ("timestamp", "timestamp", None, True),
    (
        "details",
        "details",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
    ("fee", "fee", None, True),
)


def unstructure_RiskLifecycleEvent(o: RiskLifecycleEvent) -> dict[str, Any]:
    """Encode :class:`RiskLifecycleEvent` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_RiskLifecycleEvent)


def structure_RiskLifecycleEvent(d: Any) -> RiskLifecycleEvent:
    """Decode a JSON object into :class:`RiskLifecycleEvent`."""
    o = new_object(RiskLifecycleEvent)
    vals = o.__dict__
    vals.update(d)
    if _K_RiskLifecycleEvent.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RiskLifecycleEvent
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_RiskSocialFootprintPlatform: Table = (
    ("platform", "platform", None, False),
    ("category", "category", None, False),
    ("scope", "scope", None, False),
)


def unstructure_RiskSocialFootprintPlatform(o: RiskSocialFootprintPlatform) -> dict[str, Any]:
    """Encode :class:`RiskSocialFootprintPlatform` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_RiskSocialFootprintPlatform)


def structure_RiskSocialFootprintPlatform(d: Any) -> RiskSocialFootprintPlatform:
    """Decode a JSON object into :class:`RiskSocialFootprintPlatform`."""
    o = new_object(RiskSocialFootprintPlatform)
    vals = o.__dict__
    vals.update(d)
    if _K_RiskSocialFootprintPlatform.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RiskSocialFootprintPlatform
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_RiskSocialFootprintCategory: Table = (
    ("registered", "registered", None, False),
    ("ratio", "ratio", None, False),
)


def unstructure_RiskSocialFootprintCategory(o: RiskSocialFootprintCategory) -> dict[str, Any]:
    """Encode :class:`RiskSocialFootprintCategory` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_RiskSocialFootprintCategory)


def structure_RiskSocialFootprintCategory(d: Any) -> RiskSocialFootprintCategory:
    """Decode a JSON object into :class:`RiskSocialFootprintCategory`."""
    o = new_object(RiskSocialFootprintCategory)
    vals = o.__dict__
    vals.update(d)
    if _K_RiskSocialFootprintCategory.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RiskSocialFootprintCategory
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_RiskSocialFootprintProfile: Table = (
    ("name", "name", None, False),
    ("photo", "photo", None, False),
    ("about", "about", None, False),
    ("privacy_status", "privacy_status", None, False),
    ("business_account", "business_account", None, False),
)


def unstructure_RiskSocialFootprintProfile(o: RiskSocialFootprintProfile) -> dict[str, Any]:
    """Encode :class:`RiskSocialFootprintProfile` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_RiskSocialFootprintProfile)


def structure_RiskSocialFootprintProfile(d: Any) -> RiskSocialFootprintProfile:
    """Decode a JSON object into :class:`RiskSocialFootprintProfile`."""
    o = new_object(RiskSocialFootprintProfile)
    vals = o.__dict__
    vals.update(d)
    if _K_RiskSocialFootprintProfile.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RiskSocialFootprintProfile
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_RiskSignals = keys_of(_U_RiskSignals)
_K_RiskWarning = keys_of(_U_RiskWarning)
_K_RiskLifecycleEvent = keys_of(_U_RiskLifecycleEvent)
_K_RiskSocialFootprintPlatform = keys_of(_U_RiskSocialFootprintPlatform)
_K_RiskSocialFootprintCategory = keys_of(_U_RiskSocialFootprintCategory)
_K_RiskSocialFootprintProfile = keys_of(_U_RiskSocialFootprintProfile)

_V_RiskSignals: Any = (
    "RiskSignals",
    False,
    0,
    (
        ("ip", False, False, ("str", None, None, None, None, ())),
        ("device_id", False, False, ("str", None, 255, None, None, ())),
        ("device_platform", False, False, ("enum", _E_inline59, "android, ios, ipados, tvos, web")),
        ("device_model", False, False, ("str", None, 255, None, None, ())),
        ("os_version", False, False, ("str", None, 64, None, None, ())),
        ("app_version", False, False, ("str", None, 64, None, None, ())),
        ("user_agent", False, False, ("str", None, 512, None, None, ())),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'risk__email__phone' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class RiskSignals:
    """RiskSignals"""

    ip: str | None = attrs.field(default=None)
    device_id: str | None = attrs.field(default=None)
    device_platform: str | None = attrs.field(default=None)
    device_model: str | None = attrs.field(default=None)
    os_version: str | None = attrs.field(default=None)
    app_version: str | None = attrs.field(default=None)
    user_agent: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class RiskWarning:
    """RiskWarning"""

    feature: str
    risk: str
    log_type: str
    short_description: str
    long_description: str
    additional_data: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class RiskLifecycleEvent:
    """RiskLifecycleEvent"""

    type: str
    timestamp: str
    details: dict[str, Any] | None
    fee: float
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class RiskSocialFootprintPlatform:
    """RiskSocialFootprintPlatform"""

    platform: str | None = attrs.field(default=None)
    category: str | None = attrs.field(default=None)
    scope: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class RiskSocialFootprintCategory:
    """RiskSocialFootprintCategory"""

    registered: int | None = attrs.field(default=None)
    ratio: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class RiskSocialFootprintProfile:
    """RiskSocialFootprintProfile"""

    name: str | None = attrs.field(default=None)
    photo: str | None = attrs.field(default=None)
    about: str | None = attrs.field(default=None)
    privacy_status: str | None = attrs.field(default=None)
    business_account: bool | None = attrs.field(default=None)
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

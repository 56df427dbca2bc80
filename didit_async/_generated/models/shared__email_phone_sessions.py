# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'shared__email_phone_sessions' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailLifecycleEventDetails:
    """EmailLifecycleEventDetails"""

    status: str | None = attrs.field(default=None)
    reason: str | None = attrs.field(default=None)
    channel: str | None = attrs.field(default=None)
    actual_channel: str | None = attrs.field(default=None)
    code_tried: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailLifecycleEvent:
    """EmailLifecycleEvent"""

    type: str | None = attrs.field(default=None)
    timestamp: str | None = attrs.field(default=None)
    fee: float | None = attrs.field(default=None)
    details: EmailLifecycleEventDetails | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailReportEmailSocialRegisteredPlatform:
    """EmailReportEmailSocialRegisteredPlatform"""

    platform: str | None = attrs.field(default=None)
    category: str | None = attrs.field(default=None)
    scope: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailReportEmailSocialCategories:
    """EmailReportEmailSocialCategories"""

    registered: int | None = attrs.field(default=None)
    ratio: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailReportEmailSocialProfiles:
    """EmailReportEmailSocialProfiles"""

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

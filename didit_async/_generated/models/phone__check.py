# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'phone__check' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any, Literal

import attrs

from didit_async._seam import mask

from ..enums import CheckAction
from .shared__phone_sessions import PhoneReport


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneCheckRequest:
    """PhoneCheckRequest"""

    phone_number: str
    code: str = attrs.field(repr=mask)
    duplicated_phone_number_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = (
        attrs.field(default=None)
    )
    disposable_number_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = attrs.field(
        default=None
    )
    voip_number_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = attrs.field(
        default=None
    )
    enable_social: bool | None = attrs.field(default=None)
    phone_no_social_presence_action: Literal["NO_ACTION", "DECLINE"] | None = attrs.field(
        default=None
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneCheckResponse:
    """PhoneCheckResponse"""

    request_id: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    message: str | None = attrs.field(default=None)
    phone: PhoneReport | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
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

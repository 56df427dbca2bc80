# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'transactions__create_sdk_token' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from didit_async._seam import UNSET, Unset, mask


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionSdkTokenRequest:
    """TransactionSdkTokenRequest"""

    vendor_data: str
    ttl_seconds: int | None = attrs.field(default=None)
    max_uses: int | None | Unset = attrs.field(default=UNSET)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionSdkToken:
    """A transaction SDK token for device-side code (secret: never logged)."""

    sdk_token: str | None = attrs.field(default=None, repr=mask)
    expires_at: str | None = attrs.field(default=None)
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

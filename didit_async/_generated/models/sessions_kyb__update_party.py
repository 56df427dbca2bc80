# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'sessions_kyb__update_party' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybPartyUpdateRequest:
    """KybPartyUpdateRequest"""

    is_skipped: bool
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybParty:
    """KybParty"""

    uuid: str | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    is_skipped: bool | None = attrs.field(default=None)
    requires_verification: bool | None = attrs.field(default=None)
    kyc_session_status: str | None = attrs.field(default=None)
    kyc_session_url: str | None = attrs.field(default=None)
    kyc_session_deleted: bool | None = attrs.field(default=None)
    kyb_sub_session_deleted: bool | None = attrs.field(default=None)
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

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'travel_rule_settings__update' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleSettingsUpdateRequest:
    """TravelRuleSettingsUpdateRequest"""

    is_enabled: bool | None = attrs.field(default=None)
    legal_name: str | None = attrs.field(default=None)
    lei: str | None = attrs.field(default=None)
    jurisdiction: str | None = attrs.field(default=None)
    name_matching_strictness: Literal["NONE", "STRICT", "DEFAULT", "FUZZY"] | None = attrs.field(
        default=None
    )
    confirmation_timeout_hours: int | None = attrs.field(default=None)
    timeout_outcome: Literal["HOLD", "REJECT", "PROCEED"] | None = attrs.field(default=None)
    compliance_email: str | None = attrs.field(default=None)
    is_discoverable: bool | None = attrs.field(default=None)
    threshold_amount: str | None = attrs.field(default=None)
    inbound_auto_accept: bool | None = attrs.field(default=None)
    allow_self_declaration: bool | None = attrs.field(default=None)
    allow_screenshot_proof: bool | None = attrs.field(default=None)
    auto_wallet_verification: bool | None = attrs.field(default=None)
    vasp_attribution_enabled: bool | None = attrs.field(default=None)
    disabled_networks: Sequence[Literal["GTR", "TRUST", "VERIFYVASP", "SYGNA"]] | None = (
        attrs.field(default=None)
    )
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

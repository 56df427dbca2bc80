# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'travel_rule_transfers__update' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any, Literal

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleTransferUpdateRequest:
    """TravelRuleTransferUpdateRequest"""

    payment_txn_id: str | None = attrs.field(default=None)
    action: Literal["cancel", "resend"] | None = attrs.field(default=None)
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

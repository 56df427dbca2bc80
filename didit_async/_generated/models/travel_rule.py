# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'travel_rule' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleTransferTimelineItem:
    """TravelRuleTransferTimelineItem"""

    status: str | None = attrs.field(default=None)
    at: str | None = attrs.field(default=None)
    detail: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleTransferCounterpartyVasp:
    """TravelRuleTransferCounterpartyVasp"""

    name: str | None = attrs.field(default=None)
    lei: str | None = attrs.field(default=None)
    dd_score: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleTransfer:
    """TravelRuleTransfer"""

    uuid: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    direction: str | None = attrs.field(default=None)
    rail: str | None = attrs.field(default=None)
    protocol: str | None = attrs.field(default=None)
    ivms_version: str | None = attrs.field(default=None)
    required: bool | None = attrs.field(default=None)
    ownership_confirmed: bool | None = attrs.field(default=None)
    deadline_at: str | None = attrs.field(default=None)
    timeline: list[TravelRuleTransferTimelineItem] | None = attrs.field(default=None)
    counterparty_vasp: TravelRuleTransferCounterpartyVasp | None = attrs.field(default=None)
    originator_data: dict[str, Any] | None = attrs.field(default=None)
    beneficiary_data: dict[str, Any] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
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

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'travel_rule_inbound__register' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from .travel_rule import TravelRuleTransfer


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleInboundRequestOriginatingVasp:
    """TravelRuleInboundRequestOriginatingVasp"""

    name: str | None = attrs.field(default=None)
    lei: str | None = attrs.field(default=None)
    travel_address: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleInboundRequest:
    """TravelRuleInboundRequest"""

    chain: str
    txid: str
    wallet_address: str
    amount: str
    currency: str
    originator_data: Mapping[str, Any] | None = attrs.field(default=None)
    beneficiary_data: Mapping[str, Any] | None = attrs.field(default=None)
    originating_vasp: TravelRuleInboundRequestOriginatingVasp | Mapping[str, Any] | None = (
        attrs.field(default=None)
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleInboundResponse:
    """TravelRuleInboundResponse"""

    transaction_id: str | None = attrs.field(default=None)
    txn_id: str | None = attrs.field(default=None)
    created: bool | None = attrs.field(default=None)
    travel_rule: TravelRuleTransfer | None = attrs.field(default=None)
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

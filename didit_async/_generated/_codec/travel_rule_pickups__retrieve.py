# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'travel_rule_pickups__retrieve' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.travel_rule_pickups__retrieve import TravelRulePickup
from . import Table, encode_by_table, keys_of, new_object

_U_TravelRulePickup: Table = (
    ("originator_vasp_name", "originator_vasp_name", None, False),
    ("amount", "amount", None, False),
    ("currency", "currency", None, False),
    ("beneficiary_wallet", "beneficiary_wallet", None, False),
    ("status", "status", None, False),
)


def unstructure_TravelRulePickup(o: TravelRulePickup) -> dict[str, Any]:
    """Encode :class:`TravelRulePickup` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRulePickup)


def structure_TravelRulePickup(d: Any) -> TravelRulePickup:
    """Decode a JSON object into :class:`TravelRulePickup`."""
    o = new_object(TravelRulePickup)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRulePickup.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRulePickup
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_TravelRulePickup = keys_of(_U_TravelRulePickup)

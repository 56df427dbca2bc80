# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'travel_rule_wallet_addresses__create__list' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.travel_rule_wallet_addresses__create__list import TravelRuleWalletAddress
from . import Table, encode_by_table, keys_of, new_object

_U_TravelRuleWalletAddress: Table = (
    ("uuid", "uuid", None, False),
    ("address", "address", None, False),
    ("chain", "chain", None, False),
    ("holder_vendor_data", "holder_vendor_data", None, False),
    ("holder_name", "holder_name", None, False),
    ("entity_type", "entity_type", None, False),
    ("is_ownership_verified", "is_ownership_verified", None, False),
    ("created_at", "created_at", None, False),
    ("self_declared", "self_declared", None, False),
    ("travel_address", "travel_address", None, False),
)


def unstructure_TravelRuleWalletAddress(o: TravelRuleWalletAddress) -> dict[str, Any]:
    """Encode :class:`TravelRuleWalletAddress` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleWalletAddress)


def structure_TravelRuleWalletAddress(d: Any) -> TravelRuleWalletAddress:
    """Decode a JSON object into :class:`TravelRuleWalletAddress`."""
    o = new_object(TravelRuleWalletAddress)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleWalletAddress.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleWalletAddress
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_TravelRuleWalletAddress = keys_of(_U_TravelRuleWalletAddress)

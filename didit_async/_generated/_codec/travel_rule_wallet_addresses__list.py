# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'travel_rule_wallet_addresses__list' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.travel_rule_wallet_addresses__create__list import TravelRuleWalletAddress
from ..models.travel_rule_wallet_addresses__list import TravelRuleWalletAddressPage
from . import Table, encode_by_table, keys_of, new_object
from .travel_rule_wallet_addresses__create__list import (
    structure_TravelRuleWalletAddress,
    unstructure_TravelRuleWalletAddress,
)

_U_TravelRuleWalletAddressPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [
                unstructure_TravelRuleWalletAddress(x)
                if isinstance(x, TravelRuleWalletAddress)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_TravelRuleWalletAddressPage(o: TravelRuleWalletAddressPage) -> dict[str, Any]:
    """Encode :class:`TravelRuleWalletAddressPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleWalletAddressPage)


def structure_TravelRuleWalletAddressPage(d: Any) -> TravelRuleWalletAddressPage:
    """Decode a JSON object into :class:`TravelRuleWalletAddressPage`."""
    v: Any
    o = new_object(TravelRuleWalletAddressPage)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleWalletAddressPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleWalletAddressPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_TravelRuleWalletAddress(x) if x.__class__ is dict else x for x in v
            ]
    return o


_K_TravelRuleWalletAddressPage = keys_of(_U_TravelRuleWalletAddressPage)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'billing__get_balance' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.billing__get_balance import BillingBalance
from . import Table, encode_by_table, keys_of, new_object

_U_BillingBalance: Table = (
    ("balance", "balance", None, False),
    ("auto_refill_enabled", "auto_refill_enabled", None, False),
    ("auto_refill_amount", "auto_refill_amount", None, False),
    ("auto_refill_threshold", "auto_refill_threshold", None, False),
)


def unstructure_BillingBalance(o: BillingBalance) -> dict[str, Any]:
    """Encode :class:`BillingBalance` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BillingBalance)


def structure_BillingBalance(d: Any) -> BillingBalance:
    """Decode a JSON object into :class:`BillingBalance`."""
    o = new_object(BillingBalance)
    vals = o.__dict__
    vals.update(d)
    if _K_BillingBalance.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BillingBalance
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_BillingBalance = keys_of(_U_BillingBalance)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'transactions_rules__list' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.transactions_rules import TransactionRule
from ..models.transactions_rules__list import TransactionRulePage
from . import Table, encode_by_table, keys_of, new_object
from .transactions_rules import structure_TransactionRule, unstructure_TransactionRule

_U_TransactionRulePage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_TransactionRule(x) if isinstance(x, TransactionRule) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_TransactionRulePage(o: TransactionRulePage) -> dict[str, Any]:
    """Encode :class:`TransactionRulePage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionRulePage)


def structure_TransactionRulePage(d: Any) -> TransactionRulePage:
    """Decode a JSON object into :class:`TransactionRulePage`."""
    v: Any
    o = new_object(TransactionRulePage)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRulePage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRulePage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_TransactionRule(x) if x.__class__ is dict else x for x in v
            ]
    return o


_K_TransactionRulePage = keys_of(_U_TransactionRulePage)

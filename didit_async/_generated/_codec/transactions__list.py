# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'transactions__list' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.transactions__create__list__retrieve import Transaction
from ..models.transactions__list import TransactionListPage
from . import Table, encode_by_table, keys_of, new_object
from .transactions__create__list__retrieve import structure_Transaction, unstructure_Transaction

_U_TransactionListPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_Transaction(x) if isinstance(x, Transaction) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
    ("total_transactions", "total_transactions", None, False),
)


def unstructure_TransactionListPage(o: TransactionListPage) -> dict[str, Any]:
    """Encode :class:`TransactionListPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionListPage)


def structure_TransactionListPage(d: Any) -> TransactionListPage:
    """Decode a JSON object into :class:`TransactionListPage`."""
    v: Any
    o = new_object(TransactionListPage)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionListPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionListPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_Transaction(x) if x.__class__ is dict else x for x in v]
    return o


_K_TransactionListPage = keys_of(_U_TransactionListPage)

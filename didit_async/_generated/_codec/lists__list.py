# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'lists__list' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.lists import DiditList
from ..models.lists__list import ListPage
from . import Table, encode_by_table, keys_of, new_object
from .lists import structure_DiditList, unstructure_DiditList

_U_ListPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_DiditList(x) if isinstance(x, DiditList) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_ListPage(o: ListPage) -> dict[str, Any]:
    """Encode :class:`ListPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ListPage)


def structure_ListPage(d: Any) -> ListPage:
    """Decode a JSON object into :class:`ListPage`."""
    v: Any
    o = new_object(ListPage)
    vals = o.__dict__
    vals.update(d)
    if _K_ListPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ListPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_DiditList(x) if x.__class__ is dict else x for x in v]
    return o


_K_ListPage = keys_of(_U_ListPage)

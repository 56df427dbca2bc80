# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'lists_entries__list' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.lists_entries__create__list__upload_face import ListEntry
from ..models.lists_entries__list import ListEntryPage
from . import Table, encode_by_table, keys_of, new_object
from .lists_entries__create__list__upload_face import structure_ListEntry, unstructure_ListEntry

_U_ListEntryPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_ListEntry(x) if isinstance(x, ListEntry) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_ListEntryPage(o: ListEntryPage) -> dict[str, Any]:
    """Encode :class:`ListEntryPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ListEntryPage)


def structure_ListEntryPage(d: Any) -> ListEntryPage:
    """Decode a JSON object into :class:`ListEntryPage`."""
    v: Any
    o = new_object(ListEntryPage)
    vals = o.__dict__
    vals.update(d)
    if _K_ListEntryPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ListEntryPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_ListEntry(x) if x.__class__ is dict else x for x in v]
    return o


_K_ListEntryPage = keys_of(_U_ListEntryPage)

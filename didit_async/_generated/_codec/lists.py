# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'lists' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..enums import ListEntryType, ListType
from ..models.lists import DiditList
from . import Table, _M_ListEntryType, _M_ListType, encode_by_table, keys_of, new_object

_U_DiditList: Table = (
    ("uuid", "uuid", None, True),
    ("name", "name", None, False),
    ("list_type", "list_type", lambda v: v.value if isinstance(v, ListType) else v, False),
    ("entry_type", "entry_type", lambda v: v.value if isinstance(v, ListEntryType) else v, False),
    ("description", "description", None, False),
    ("is_system", "is_system", None, False),
    ("entry_count", "entry_count", None, False),
    ("created_at", "created_at", None, False),
    ("updated_at", "updated_at", None, False),
)


def unstructure_DiditList(o: DiditList) -> dict[str, Any]:
    """Encode :class:`DiditList` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DiditList)


def structure_DiditList(d: Any) -> DiditList:
    """Decode a JSON object into :class:`DiditList`."""
    v: Any
    o = new_object(DiditList)
    vals = o.__dict__
    vals.update(d)
    if _K_DiditList.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DiditList
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "list_type" in vals:
        v = vals["list_type"]
        if v.__class__ is str:
            vals["list_type"] = _M_ListType[v]
    if "entry_type" in vals:
        v = vals["entry_type"]
        if v.__class__ is str:
            vals["entry_type"] = _M_ListEntryType[v]
    return o


_K_DiditList = keys_of(_U_DiditList)

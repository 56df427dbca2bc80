# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'lists_entries__create__list__upload_face' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.lists_entries__create__list__upload_face import ListEntry
from . import Table, encode_by_table, keys_of, new_object

_U_ListEntry: Table = (
    ("uuid", "uuid", None, True),
    ("list_uuid", "list_uuid", None, False),
    ("entry_type", "entry_type", None, False),
    ("value", "value", None, False),
    ("display_label", "display_label", None, False),
    ("comment", "comment", None, False),
    ("reference_session_id", "reference_session_id", None, False),
    ("reference_object_uuid", "reference_object_uuid", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_ListEntry(o: ListEntry) -> dict[str, Any]:
    """Encode :class:`ListEntry` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ListEntry)


def structure_ListEntry(d: Any) -> ListEntry:
    """Decode a JSON object into :class:`ListEntry`."""
    o = new_object(ListEntry)
    vals = o.__dict__
    vals.update(d)
    if _K_ListEntry.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ListEntry
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_ListEntry = keys_of(_U_ListEntry)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'blocklist__list' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.blocklist__list import BlocklistEntry, BlocklistPage
from . import Table, encode_by_table, keys_of, new_object

_U_BlocklistEntry: Table = (
    ("type", "type", None, False),
    ("session_id", "session_id", None, False),
    ("session_number", "session_number", None, False),
    ("blocklisted_at", "blocklisted_at", None, False),
    ("face_image", "face_image", None, False),
    ("document_type", "document_type", None, False),
    ("document_number", "document_number", None, False),
    ("front_image", "front_image", None, False),
    ("phone_number", "phone_number", None, False),
    ("country_code", "country_code", None, False),
    ("email", "email", None, False),
)


def unstructure_BlocklistEntry(o: BlocklistEntry) -> dict[str, Any]:
    """Encode :class:`BlocklistEntry` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BlocklistEntry)


def structure_BlocklistEntry(d: Any) -> BlocklistEntry:
    """Decode a JSON object into :class:`BlocklistEntry`."""
    o = new_object(BlocklistEntry)
    vals = o.__dict__
    vals.update(d)
    if _K_BlocklistEntry.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BlocklistEntry
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_BlocklistPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_BlocklistEntry(x) if isinstance(x, BlocklistEntry) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_BlocklistPage(o: BlocklistPage) -> dict[str, Any]:
    """Encode :class:`BlocklistPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BlocklistPage)


def structure_BlocklistPage(d: Any) -> BlocklistPage:
    """Decode a JSON object into :class:`BlocklistPage`."""
    v: Any
    o = new_object(BlocklistPage)
    vals = o.__dict__
    vals.update(d)
    if _K_BlocklistPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BlocklistPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_BlocklistEntry(x) if x.__class__ is dict else x for x in v]
    return o


_K_BlocklistEntry = keys_of(_U_BlocklistEntry)
_K_BlocklistPage = keys_of(_U_BlocklistPage)

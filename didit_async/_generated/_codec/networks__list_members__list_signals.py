# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'networks__list_members__list_signals' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.networks__list_members__list_signals import NetworkNodeTag
from . import Table, encode_by_table, keys_of, new_object

_U_NetworkNodeTag: Table = (
    ("id", "id", None, False),
    ("name", "name", None, False),
    ("color", "color", None, False),
    ("source", "source", None, False),
    ("category", "category", None, False),
)


def unstructure_NetworkNodeTag(o: NetworkNodeTag) -> dict[str, Any]:
    """Encode :class:`NetworkNodeTag` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkNodeTag)


def structure_NetworkNodeTag(d: Any) -> NetworkNodeTag:
    """Decode a JSON object into :class:`NetworkNodeTag`."""
    o = new_object(NetworkNodeTag)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkNodeTag.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkNodeTag
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_NetworkNodeTag = keys_of(_U_NetworkNodeTag)

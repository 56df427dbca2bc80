# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'networks__list_signals' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import NetworkSignalType
from ..models.networks__list_members__list_signals import NetworkNodeTag
from ..models.networks__list_signals import NetworkSignal, NetworkSignalList
from . import Table, _M_NetworkSignalType, encode_by_table, keys_of, new_object
from .networks__list_members__list_signals import (
    structure_NetworkNodeTag,
    unstructure_NetworkNodeTag,
)

_U_NetworkSignal: Table = (
    ("uuid", "uuid", None, True),
    (
        "signal_type",
        "signal_type",
        lambda v: v.value if isinstance(v, NetworkSignalType) else v,
        False,
    ),
    ("subject_count", "subject_count", None, False),
    ("coverage", "coverage", None, False),
    ("is_hub", "is_hub", None, False),
    ("is_datacenter_ip", "is_datacenter_ip", None, False),
    ("is_high_collision_device", "is_high_collision_device", None, False),
    ("node_status", "node_status", None, False),
    (
        "tags",
        "tags",
        lambda v: (
            [unstructure_NetworkNodeTag(x) if isinstance(x, NetworkNodeTag) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "risk_evidence",
        "risk_evidence",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("first_seen_at", "first_seen_at", None, False),
    ("last_seen_at", "last_seen_at", None, False),
)


def unstructure_NetworkSignal(o: NetworkSignal) -> dict[str, Any]:
    """Encode :class:`NetworkSignal` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkSignal)


def structure_NetworkSignal(d: Any) -> NetworkSignal:
    """Decode a JSON object into :class:`NetworkSignal`."""
    v: Any
    o = new_object(NetworkSignal)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkSignal.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkSignal
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "signal_type" in vals:
        v = vals["signal_type"]
        if v.__class__ is str:
            vals["signal_type"] = _M_NetworkSignalType[v]
    if "tags" in vals:
        v = vals["tags"]
        if v and v.__class__ is list:
            vals["tags"] = [structure_NetworkNodeTag(x) if x.__class__ is dict else x for x in v]
    return o


_U_NetworkSignalList: Table = (
    (
        "results",
        "results",
        lambda v: (
            [unstructure_NetworkSignal(x) if isinstance(x, NetworkSignal) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_NetworkSignalList(o: NetworkSignalList) -> dict[str, Any]:
    """Encode :class:`NetworkSignalList` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkSignalList)


def structure_NetworkSignalList(d: Any) -> NetworkSignalList:
    """Decode a JSON object into :class:`NetworkSignalList`."""
    v: Any
    o = new_object(NetworkSignalList)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkSignalList.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkSignalList
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_NetworkSignal(x) if x.__class__ is dict else x for x in v]
    return o


_K_NetworkSignal = keys_of(_U_NetworkSignal)
_K_NetworkSignalList = keys_of(_U_NetworkSignalList)

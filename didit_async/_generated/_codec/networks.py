# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'networks' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import NetworkPatternType, NetworkRiskBand, NetworkSignalType, NetworkStatus
from ..models.networks import (
    NetworkEntityMembership,
    NetworkListItem,
    NetworkMembershipList,
    NetworkRiskDisplay,
)
from . import (
    Table,
    _M_NetworkPatternType,
    _M_NetworkRiskBand,
    _M_NetworkSignalType,
    _M_NetworkStatus,
    encode_by_table,
    keys_of,
    new_object,
)

_U_NetworkRiskDisplay: Table = (
    ("score", "score", None, False),
    ("band", "band", lambda v: v.value if isinstance(v, NetworkRiskBand) else v, False),
    ("bar", "bar", None, False),
)


def unstructure_NetworkRiskDisplay(o: NetworkRiskDisplay) -> dict[str, Any]:
    """Encode :class:`NetworkRiskDisplay` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkRiskDisplay)


def structure_NetworkRiskDisplay(d: Any) -> NetworkRiskDisplay:
    """Decode a JSON object into :class:`NetworkRiskDisplay`."""
    v: Any
    o = new_object(NetworkRiskDisplay)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkRiskDisplay.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkRiskDisplay
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "band" in vals:
        v = vals["band"]
        if v.__class__ is str:
            vals["band"] = _M_NetworkRiskBand[v]
    return o


_U_NetworkListItem: Table = (
    ("uuid", "uuid", None, True),
    ("network_id", "network_id", None, False),
    ("name", "name", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, NetworkStatus) else v, False),
    (
        "risk",
        "risk",
        lambda v: unstructure_NetworkRiskDisplay(v) if isinstance(v, NetworkRiskDisplay) else v,
        False,
    ),
    (
        "pattern_types",
        "pattern_types",
        lambda v: (
            [x.value if isinstance(x, NetworkPatternType) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "signal_types",
        "signal_types",
        lambda v: (
            [x.value if isinstance(x, NetworkSignalType) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "member_counts",
        "member_counts",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "member_status",
        "member_status",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "signal_coverage",
        "signal_coverage",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("first_activity_at", "first_activity_at", None, False),
    ("last_activity_at", "last_activity_at", None, False),
)


def unstructure_NetworkListItem(o: NetworkListItem) -> dict[str, Any]:
    """Encode :class:`NetworkListItem` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkListItem)


def structure_NetworkListItem(d: Any) -> NetworkListItem:
    """Decode a JSON object into :class:`NetworkListItem`."""
    v: Any
    o = new_object(NetworkListItem)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkListItem.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkListItem
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_NetworkStatus[v]
    if "risk" in vals:
        v = vals["risk"]
        if v.__class__ is dict:
            vals["risk"] = structure_NetworkRiskDisplay(v)
    if "pattern_types" in vals:
        v = vals["pattern_types"]
        if v and v.__class__ is list:
            vals["pattern_types"] = [
                _M_NetworkPatternType[x] if x.__class__ is str else x for x in v
            ]
    if "signal_types" in vals:
        v = vals["signal_types"]
        if v and v.__class__ is list:
            vals["signal_types"] = [_M_NetworkSignalType[x] if x.__class__ is str else x for x in v]
    return o


_U_NetworkEntityMembership: Table = (
    (
        "network",
        "network",
        lambda v: unstructure_NetworkListItem(v) if isinstance(v, NetworkListItem) else v,
        False,
    ),
    (
        "subject",
        "subject",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "signal_types",
        "signal_types",
        lambda v: (
            [x.value if isinstance(x, NetworkSignalType) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("signal_count", "signal_count", None, False),
    ("joined_at", "joined_at", None, False),
    ("last_seen_at", "last_seen_at", None, False),
)


def unstructure_NetworkEntityMembership(o: NetworkEntityMembership) -> dict[str, Any]:
    """Encode :class:`NetworkEntityMembership` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkEntityMembership)


def structure_NetworkEntityMembership(d: Any) -> NetworkEntityMembership:
    """Decode a JSON object into :class:`NetworkEntityMembership`."""
    v: Any
    o = new_object(NetworkEntityMembership)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkEntityMembership.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkEntityMembership
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "network" in vals:
        v = vals["network"]
        if v.__class__ is dict:
            vals["network"] = structure_NetworkListItem(v)
    if "signal_types" in vals:
        v = vals["signal_types"]
        if v and v.__class__ is list:
            vals["signal_types"] = [_M_NetworkSignalType[x] if x.__class__ is str else x for x in v]
    return o


_U_NetworkMembershipList: Table = (
    (
        "results",
        "results",
        lambda v: (
            [
                unstructure_NetworkEntityMembership(x)
                if isinstance(x, NetworkEntityMembership)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_NetworkMembershipList(o: NetworkMembershipList) -> dict[str, Any]:
    """Encode :class:`NetworkMembershipList` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkMembershipList)


def structure_NetworkMembershipList(d: Any) -> NetworkMembershipList:
    """Decode a JSON object into :class:`NetworkMembershipList`."""
    v: Any
    o = new_object(NetworkMembershipList)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkMembershipList.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkMembershipList
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_NetworkEntityMembership(x) if x.__class__ is dict else x for x in v
            ]
    return o


_K_NetworkRiskDisplay = keys_of(_U_NetworkRiskDisplay)
_K_NetworkListItem = keys_of(_U_NetworkListItem)
_K_NetworkEntityMembership = keys_of(_U_NetworkEntityMembership)
_K_NetworkMembershipList = keys_of(_U_NetworkMembershipList)

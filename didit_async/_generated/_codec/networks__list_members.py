# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'networks__list_members' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import NetworkNodeStatus
from ..models.networks import NetworkRiskDisplay
from ..models.networks__list_members import (
    NetworkMember,
    NetworkMemberList,
    NetworkMemberProvenance,
)
from ..models.networks__list_members__list_signals import NetworkNodeTag
from . import Table, _M_NetworkNodeStatus, encode_by_table, keys_of, new_object
from .networks import structure_NetworkRiskDisplay, unstructure_NetworkRiskDisplay
from .networks__list_members__list_signals import (
    structure_NetworkNodeTag,
    unstructure_NetworkNodeTag,
)

_U_NetworkMemberProvenance: Table = (
    ("session_ids", "session_ids", None, False),
    ("business_session_ids", "business_session_ids", None, False),
    ("transaction_ids", "transaction_ids", None, False),
)


def unstructure_NetworkMemberProvenance(o: NetworkMemberProvenance) -> dict[str, Any]:
    """Encode :class:`NetworkMemberProvenance` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkMemberProvenance)


def structure_NetworkMemberProvenance(d: Any) -> NetworkMemberProvenance:
    """Decode a JSON object into :class:`NetworkMemberProvenance`."""
    o = new_object(NetworkMemberProvenance)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkMemberProvenance.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkMemberProvenance
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_NetworkMember: Table = (
    (
        "subject",
        "subject",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("outcome_status", "outcome_status", None, False),
    (
        "node_status",
        "node_status",
        lambda v: v.value if isinstance(v, NetworkNodeStatus) else v,
        False,
    ),
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
        "risk",
        "risk",
        lambda v: unstructure_NetworkRiskDisplay(v) if isinstance(v, NetworkRiskDisplay) else v,
        False,
    ),
    (
        "signal_coverage",
        "signal_coverage",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "shared_infrastructure",
        "shared_infrastructure",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("joined_at", "joined_at", None, False),
    ("last_seen_at", "last_seen_at", None, False),
    (
        "provenance",
        "provenance",
        lambda v: (
            unstructure_NetworkMemberProvenance(v) if isinstance(v, NetworkMemberProvenance) else v
        ),
        False,
    ),
)


def unstructure_NetworkMember(o: NetworkMember) -> dict[str, Any]:
    """Encode :class:`NetworkMember` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkMember)


def structure_NetworkMember(d: Any) -> NetworkMember:
    """Decode a JSON object into :class:`NetworkMember`."""
    v: Any
    o = new_object(NetworkMember)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkMember.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkMember
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "node_status" in vals:
        v = vals["node_status"]
        if v.__class__ is str:
            vals["node_status"] = _M_NetworkNodeStatus[v]
    if "tags" in vals:
        v = vals["tags"]
        if v and v.__class__ is list:
            vals["tags"] = [structure_NetworkNodeTag(x) if x.__class__ is dict else x for x in v]
    if "risk" in vals:
        v = vals["risk"]
        if v.__class__ is dict:
            vals["risk"] = structure_NetworkRiskDisplay(v)
    if "provenance" in vals:
        v = vals["provenance"]
        if v.__class__ is dict:
            vals["provenance"] = structure_NetworkMemberProvenance(v)
    return o


_U_NetworkMemberList: Table = (
    (
        "results",
        "results",
        lambda v: (
            [unstructure_NetworkMember(x) if isinstance(x, NetworkMember) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_NetworkMemberList(o: NetworkMemberList) -> dict[str, Any]:
    """Encode :class:`NetworkMemberList` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkMemberList)


def structure_NetworkMemberList(d: Any) -> NetworkMemberList:
    """Decode a JSON object into :class:`NetworkMemberList`."""
    v: Any
    o = new_object(NetworkMemberList)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkMemberList.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkMemberList
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_NetworkMember(x) if x.__class__ is dict else x for x in v]
    return o


_K_NetworkMemberProvenance = keys_of(_U_NetworkMemberProvenance)
_K_NetworkMember = keys_of(_U_NetworkMember)
_K_NetworkMemberList = keys_of(_U_NetworkMemberList)

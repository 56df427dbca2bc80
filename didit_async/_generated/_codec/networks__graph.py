# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'networks__graph' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..enums import NetworkSignalType, NetworkSubjectKind
from ..models.networks__graph import (
    NetworkGraph,
    NetworkGraphEdge,
    NetworkGraphMetrics,
    NetworkGraphNode,
)
from ..models.networks__graph__map__retrieve import NetworkDetail
from . import (
    Table,
    _M_NetworkSignalType,
    _M_NetworkSubjectKind,
    encode_by_table,
    keys_of,
    new_object,
)
from .networks__graph__map__retrieve import structure_NetworkDetail, unstructure_NetworkDetail

_U_NetworkGraphNode: Table = (
    ("id", "id", None, False),
    ("kind", "kind", None, False),
)


def unstructure_NetworkGraphNode(o: NetworkGraphNode) -> dict[str, Any]:
    """Encode :class:`NetworkGraphNode` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkGraphNode)


def structure_NetworkGraphNode(d: Any) -> NetworkGraphNode:
    """Decode a JSON object into :class:`NetworkGraphNode`."""
    o = new_object(NetworkGraphNode)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkGraphNode.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkGraphNode
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_NetworkGraphEdge: Table = (
    ("id", "id", None, False),
    ("source", "source", None, False),
    ("target", "target", None, False),
    (
        "subject_kind",
        "subject_kind",
        lambda v: v.value if isinstance(v, NetworkSubjectKind) else v,
        False,
    ),
    (
        "signal_type",
        "signal_type",
        lambda v: v.value if isinstance(v, NetworkSignalType) else v,
        False,
    ),
    ("confidence", "confidence", None, False),
    ("observation_count", "observation_count", None, False),
    ("first_seen_at", "first_seen_at", None, False),
    ("last_seen_at", "last_seen_at", None, False),
)


def unstructure_NetworkGraphEdge(o: NetworkGraphEdge) -> dict[str, Any]:
    """Encode :class:`NetworkGraphEdge` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkGraphEdge)


def structure_NetworkGraphEdge(d: Any) -> NetworkGraphEdge:
    """Decode a JSON object into :class:`NetworkGraphEdge`."""
    v: Any
    o = new_object(NetworkGraphEdge)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkGraphEdge.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkGraphEdge
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "subject_kind" in vals:
        v = vals["subject_kind"]
        if v.__class__ is str:
            vals["subject_kind"] = _M_NetworkSubjectKind[v]
    if "signal_type" in vals:
        v = vals["signal_type"]
        if v.__class__ is str:
            vals["signal_type"] = _M_NetworkSignalType[v]
    return o


_U_NetworkGraphMetrics: Table = (
    ("node_count", "node_count", None, False),
    ("edge_count", "edge_count", None, False),
    ("hub_signal_count", "hub_signal_count", None, False),
)


def unstructure_NetworkGraphMetrics(o: NetworkGraphMetrics) -> dict[str, Any]:
    """Encode :class:`NetworkGraphMetrics` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkGraphMetrics)


def structure_NetworkGraphMetrics(d: Any) -> NetworkGraphMetrics:
    """Decode a JSON object into :class:`NetworkGraphMetrics`."""
    o = new_object(NetworkGraphMetrics)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkGraphMetrics.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkGraphMetrics
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_NetworkGraph: Table = (
    (
        "network",
        "network",
        lambda v: unstructure_NetworkDetail(v) if isinstance(v, NetworkDetail) else v,
        False,
    ),
    ("depth", "depth", None, False),
    ("truncated", "truncated", None, False),
    (
        "nodes",
        "nodes",
        lambda v: (
            [unstructure_NetworkGraphNode(x) if isinstance(x, NetworkGraphNode) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "edges",
        "edges",
        lambda v: (
            [unstructure_NetworkGraphEdge(x) if isinstance(x, NetworkGraphEdge) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "metrics",
        "metrics",
        lambda v: unstructure_NetworkGraphMetrics(v) if isinstance(v, NetworkGraphMetrics) else v,
        False,
    ),
)


def unstructure_NetworkGraph(o: NetworkGraph) -> dict[str, Any]:
    """Encode :class:`NetworkGraph` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkGraph)


def structure_NetworkGraph(d: Any) -> NetworkGraph:
    """Decode a JSON object into :class:`NetworkGraph`."""
    v: Any
    o = new_object(NetworkGraph)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkGraph.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkGraph
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "network" in vals:
        v = vals["network"]
        if v.__class__ is dict:
            vals["network"] = structure_NetworkDetail(v)
    if "nodes" in vals:
        v = vals["nodes"]
        if v and v.__class__ is list:
            vals["nodes"] = [structure_NetworkGraphNode(x) if x.__class__ is dict else x for x in v]
    if "edges" in vals:
        v = vals["edges"]
        if v and v.__class__ is list:
            vals["edges"] = [structure_NetworkGraphEdge(x) if x.__class__ is dict else x for x in v]
    if "metrics" in vals:
        v = vals["metrics"]
        if v.__class__ is dict:
            vals["metrics"] = structure_NetworkGraphMetrics(v)
    return o


_K_NetworkGraphNode = keys_of(_U_NetworkGraphNode)
_K_NetworkGraphEdge = keys_of(_U_NetworkGraphEdge)
_K_NetworkGraphMetrics = keys_of(_U_NetworkGraphMetrics)
_K_NetworkGraph = keys_of(_U_NetworkGraph)

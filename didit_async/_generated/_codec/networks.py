# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'networks' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import (
    NetworkNodeStatus,
    NetworkPatternType,
    NetworkRiskBand,
    NetworkSignalType,
    NetworkStatus,
    NetworkSubjectKind,
)
from ..models.networks import (
    NetworkDetail,
    NetworkEntityMembership,
    NetworkGraph,
    NetworkGraphEdge,
    NetworkGraphMetrics,
    NetworkGraphNode,
    NetworkKpis,
    NetworkListItem,
    NetworkMap,
    NetworkMapPoint,
    NetworkMember,
    NetworkMemberList,
    NetworkMemberProvenance,
    NetworkMembershipList,
    NetworkNodeTag,
    NetworkPage,
    NetworkRiskDisplay,
    NetworkSignal,
    NetworkSignalList,
    NetworkTimeline,
    NetworkTimelineEvent,
)
from . import (
    Table,
    _M_NetworkNodeStatus,
    _M_NetworkPatternType,
    _M_NetworkRiskBand,
    _M_NetworkSignalType,
    _M_NetworkStatus,
    _M_NetworkSubjectKind,
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


_U_NetworkDetail: Table = (
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
    (
        "stats",
        "stats",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "fraud_tags",
        "fraud_tags",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "risk_signals",
        "risk_signals",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("reviewed_at", "reviewed_at", None, False),
    ("reviewed_by", "reviewed_by", None, False),
    ("review_reason", "review_reason", None, False),
)


def unstructure_NetworkDetail(o: NetworkDetail) -> dict[str, Any]:
    """Encode :class:`NetworkDetail` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkDetail)


def structure_NetworkDetail(d: Any) -> NetworkDetail:
    """Decode a JSON object into :class:`NetworkDetail`."""
    v: Any
    o = new_object(NetworkDetail)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkDetail.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkDetail
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


_U_NetworkKpis: Table = (
    (
        "active",
        "active",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "in_review",
        "in_review",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "applicants_involved",
        "applicants_involved",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "detected_this_period",
        "detected_this_period",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "false_positive_rate",
        "false_positive_rate",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_NetworkKpis(o: NetworkKpis) -> dict[str, Any]:
    """Encode :class:`NetworkKpis` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkKpis)


def structure_NetworkKpis(d: Any) -> NetworkKpis:
    """Decode a JSON object into :class:`NetworkKpis`."""
    o = new_object(NetworkKpis)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkKpis.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkKpis
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_NetworkMapPoint: Table = (
    ("uuid", "uuid", None, False),
    ("country", "country", None, False),
    ("country_code", "country_code", None, False),
    ("city", "city", None, False),
    ("latitude", "latitude", None, False),
    ("longitude", "longitude", None, False),
    ("observed_at", "observed_at", None, False),
)


def unstructure_NetworkMapPoint(o: NetworkMapPoint) -> dict[str, Any]:
    """Encode :class:`NetworkMapPoint` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkMapPoint)


def structure_NetworkMapPoint(d: Any) -> NetworkMapPoint:
    """Decode a JSON object into :class:`NetworkMapPoint`."""
    o = new_object(NetworkMapPoint)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkMapPoint.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkMapPoint
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_NetworkMap: Table = (
    (
        "network",
        "network",
        lambda v: unstructure_NetworkDetail(v) if isinstance(v, NetworkDetail) else v,
        False,
    ),
    ("convergence_count", "convergence_count", None, False),
    ("countries", "countries", None, False),
    (
        "points",
        "points",
        lambda v: (
            [unstructure_NetworkMapPoint(x) if isinstance(x, NetworkMapPoint) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_NetworkMap(o: NetworkMap) -> dict[str, Any]:
    """Encode :class:`NetworkMap` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkMap)


def structure_NetworkMap(d: Any) -> NetworkMap:
    """Decode a JSON object into :class:`NetworkMap`."""
    v: Any
    o = new_object(NetworkMap)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkMap.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkMap
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "network" in vals:
        v = vals["network"]
        if v.__class__ is dict:
            vals["network"] = structure_NetworkDetail(v)
    if "points" in vals:
        v = vals["points"]
        if v and v.__class__ is list:
            vals["points"] = [structure_NetworkMapPoint(x) if x.__class__ is dict else x for x in v]
    return o


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


_U_NetworkPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_NetworkListItem(x) if isinstance(x, NetworkListItem) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
    (
        "kpis",
        "kpis",
        lambda v: unstructure_NetworkKpis(v) if isinstance(v, NetworkKpis) else v,
        False,
    ),
)


def unstructure_NetworkPage(o: NetworkPage) -> dict[str, Any]:
    """Encode :class:`NetworkPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkPage)


def structure_NetworkPage(d: Any) -> NetworkPage:
    """Decode a JSON object into :class:`NetworkPage`."""
    v: Any
    o = new_object(NetworkPage)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_NetworkListItem(x) if x.__class__ is dict else x for x in v
            ]
    if "kpis" in vals:
        v = vals["kpis"]
        if v.__class__ is dict:
            vals["kpis"] = structure_NetworkKpis(v)
    return o


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


_U_NetworkTimelineEvent: Table = (
    ("event_type", "event_type", None, False),
    ("occurred_at", "occurred_at", None, False),
    ("label", "label", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_NetworkTimelineEvent(o: NetworkTimelineEvent) -> dict[str, Any]:
    """Encode :class:`NetworkTimelineEvent` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkTimelineEvent)


def structure_NetworkTimelineEvent(d: Any) -> NetworkTimelineEvent:
    """Decode a JSON object into :class:`NetworkTimelineEvent`."""
    o = new_object(NetworkTimelineEvent)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkTimelineEvent.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkTimelineEvent
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_NetworkTimeline: Table = (
    (
        "results",
        "results",
        lambda v: (
            [
                unstructure_NetworkTimelineEvent(x) if isinstance(x, NetworkTimelineEvent) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_NetworkTimeline(o: NetworkTimeline) -> dict[str, Any]:
    """Encode :class:`NetworkTimeline` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkTimeline)


def structure_NetworkTimeline(d: Any) -> NetworkTimeline:
    """Decode a JSON object into :class:`NetworkTimeline`."""
    v: Any
    o = new_object(NetworkTimeline)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkTimeline.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkTimeline
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_NetworkTimelineEvent(x) if x.__class__ is dict else x for x in v
            ]
    return o


_K_NetworkRiskDisplay = keys_of(_U_NetworkRiskDisplay)
_K_NetworkDetail = keys_of(_U_NetworkDetail)
_K_NetworkListItem = keys_of(_U_NetworkListItem)
_K_NetworkEntityMembership = keys_of(_U_NetworkEntityMembership)
_K_NetworkGraphNode = keys_of(_U_NetworkGraphNode)
_K_NetworkGraphEdge = keys_of(_U_NetworkGraphEdge)
_K_NetworkGraphMetrics = keys_of(_U_NetworkGraphMetrics)
_K_NetworkGraph = keys_of(_U_NetworkGraph)
_K_NetworkKpis = keys_of(_U_NetworkKpis)
_K_NetworkMapPoint = keys_of(_U_NetworkMapPoint)
_K_NetworkMap = keys_of(_U_NetworkMap)
_K_NetworkNodeTag = keys_of(_U_NetworkNodeTag)
_K_NetworkMemberProvenance = keys_of(_U_NetworkMemberProvenance)
_K_NetworkMember = keys_of(_U_NetworkMember)
_K_NetworkMemberList = keys_of(_U_NetworkMemberList)
_K_NetworkMembershipList = keys_of(_U_NetworkMembershipList)
_K_NetworkPage = keys_of(_U_NetworkPage)
_K_NetworkSignal = keys_of(_U_NetworkSignal)
_K_NetworkSignalList = keys_of(_U_NetworkSignalList)
_K_NetworkTimelineEvent = keys_of(_U_NetworkTimelineEvent)
_K_NetworkTimeline = keys_of(_U_NetworkTimeline)

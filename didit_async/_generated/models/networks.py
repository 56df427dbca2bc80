# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'networks' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from ..enums import (
    NetworkNodeStatus,
    NetworkPatternType,
    NetworkRiskBand,
    NetworkSignalType,
    NetworkStatus,
    NetworkSubjectKind,
)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NetworkRiskDisplay:
    """NetworkRiskDisplay"""

    score: int | None = attrs.field(default=None)
    band: NetworkRiskBand | None = attrs.field(default=None)
    bar: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NetworkDetail:
    """A network with its statistics and review state (Didit composes it from NetworkListItem plus
    these fields).
    """

    uuid: str
    network_id: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    status: NetworkStatus | None = attrs.field(default=None)
    risk: NetworkRiskDisplay | None = attrs.field(default=None)
    pattern_types: list[NetworkPatternType] | None = attrs.field(default=None)
    signal_types: list[NetworkSignalType] | None = attrs.field(default=None)
    member_counts: dict[str, Any] | None = attrs.field(default=None)
    member_status: dict[str, Any] | None = attrs.field(default=None)
    signal_coverage: dict[str, Any] | None = attrs.field(default=None)
    first_activity_at: str | None = attrs.field(default=None)
    last_activity_at: str | None = attrs.field(default=None)
    stats: dict[str, Any] | None = attrs.field(default=None)
    fraud_tags: list[dict[str, Any]] | None = attrs.field(default=None)
    risk_signals: dict[str, Any] | None = attrs.field(default=None)
    reviewed_at: str | None = attrs.field(default=None)
    reviewed_by: str | None = attrs.field(default=None)
    review_reason: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NetworkListItem:
    """A network as lists show it: status, risk, the signals tying it, member counts, activity."""

    uuid: str
    network_id: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    status: NetworkStatus | None = attrs.field(default=None)
    risk: NetworkRiskDisplay | None = attrs.field(default=None)
    pattern_types: list[NetworkPatternType] | None = attrs.field(default=None)
    signal_types: list[NetworkSignalType] | None = attrs.field(default=None)
    member_counts: dict[str, Any] | None = attrs.field(default=None)
    member_status: dict[str, Any] | None = attrs.field(default=None)
    signal_coverage: dict[str, Any] | None = attrs.field(default=None)
    first_activity_at: str | None = attrs.field(default=None)
    last_activity_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NetworkEntityMembership:
    """One network an entity belongs to, and through which signals."""

    network: NetworkListItem | None = attrs.field(default=None)
    subject: dict[str, Any] | None = attrs.field(default=None)
    signal_types: list[NetworkSignalType] | None = attrs.field(default=None)
    signal_count: int | None = attrs.field(default=None)
    joined_at: str | None = attrs.field(default=None)
    last_seen_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NetworkGraphNode:
    """NetworkGraphNode"""

    id: str | None = attrs.field(default=None)
    kind: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NetworkGraphEdge:
    """NetworkGraphEdge"""

    id: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    target: str | None = attrs.field(default=None)
    subject_kind: NetworkSubjectKind | None = attrs.field(default=None)
    signal_type: NetworkSignalType | None = attrs.field(default=None)
    confidence: float | None = attrs.field(default=None)
    observation_count: int | None = attrs.field(default=None)
    first_seen_at: str | None = attrs.field(default=None)
    last_seen_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NetworkGraphMetrics:
    """NetworkGraphMetrics"""

    node_count: int | None = attrs.field(default=None)
    edge_count: int | None = attrs.field(default=None)
    hub_signal_count: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NetworkGraph:
    """A network as nodes (subjects and signals) and edges."""

    network: NetworkDetail | None = attrs.field(default=None)
    depth: int | None = attrs.field(default=None)
    truncated: bool | None = attrs.field(default=None)
    nodes: list[NetworkGraphNode] | None = attrs.field(default=None)
    edges: list[NetworkGraphEdge] | None = attrs.field(default=None)
    metrics: NetworkGraphMetrics | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NetworkKpis:
    """NetworkKpis"""

    active: dict[str, Any] | None = attrs.field(default=None)
    in_review: dict[str, Any] | None = attrs.field(default=None)
    applicants_involved: dict[str, Any] | None = attrs.field(default=None)
    detected_this_period: dict[str, Any] | None = attrs.field(default=None)
    false_positive_rate: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NetworkMapPoint:
    """NetworkMapPoint"""

    uuid: str | None = attrs.field(default=None)
    country: str | None = attrs.field(default=None)
    country_code: str | None = attrs.field(default=None)
    city: str | None = attrs.field(default=None)
    latitude: float | None = attrs.field(default=None)
    longitude: float | None = attrs.field(default=None)
    observed_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NetworkMap:
    """Where a network's activity was observed."""

    network: NetworkDetail | None = attrs.field(default=None)
    convergence_count: int | None = attrs.field(default=None)
    countries: list[str] | None = attrs.field(default=None)
    points: list[NetworkMapPoint] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NetworkNodeTag:
    """NetworkNodeTag"""

    id: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    color: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    category: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NetworkMemberProvenance:
    """NetworkMemberProvenance"""

    session_ids: list[str] | None = attrs.field(default=None)
    business_session_ids: list[str] | None = attrs.field(default=None)
    transaction_ids: list[str] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NetworkMember:
    """A subject of a network, with what put it there."""

    subject: dict[str, Any] | None = attrs.field(default=None)
    outcome_status: str | None = attrs.field(default=None)
    node_status: NetworkNodeStatus | None = attrs.field(default=None)
    tags: list[NetworkNodeTag] | None = attrs.field(default=None)
    risk: NetworkRiskDisplay | None = attrs.field(default=None)
    signal_coverage: dict[str, Any] | None = attrs.field(default=None)
    shared_infrastructure: dict[str, Any] | None = attrs.field(default=None)
    joined_at: str | None = attrs.field(default=None)
    last_seen_at: str | None = attrs.field(default=None)
    provenance: NetworkMemberProvenance | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NetworkMemberList:
    """NetworkMemberList"""

    results: list[NetworkMember] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NetworkMembershipList:
    """NetworkMembershipList"""

    results: list[NetworkEntityMembership] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NetworkPage:
    """A page of NetworkListItem items."""

    results: list[NetworkListItem]
    count: int | None = attrs.field(default=None)
    """Total matching items."""
    next: int | str | None = attrs.field(default=None)
    """The next page: Didit answers the next offset (an integer) here; a URL is tolerated too. Null
    on the last page.
    """
    previous: int | str | None = attrs.field(default=None)
    """The previous page: Didit answers the previous offset (an integer) here; a URL is tolerated
    too. Null on the last page.
    """
    kpis: NetworkKpis | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NetworkSignal:
    """A value shared by several subjects of a network."""

    uuid: str
    signal_type: NetworkSignalType | None = attrs.field(default=None)
    subject_count: int | None = attrs.field(default=None)
    coverage: float | None = attrs.field(default=None)
    is_hub: bool | None = attrs.field(default=None)
    is_datacenter_ip: bool | None = attrs.field(default=None)
    is_high_collision_device: bool | None = attrs.field(default=None)
    node_status: str | None = attrs.field(default=None)
    tags: list[NetworkNodeTag] | None = attrs.field(default=None)
    risk_evidence: dict[str, Any] | None = attrs.field(default=None)
    first_seen_at: str | None = attrs.field(default=None)
    last_seen_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NetworkSignalList:
    """NetworkSignalList"""

    results: list[NetworkSignal] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NetworkTimelineEvent:
    """NetworkTimelineEvent"""

    event_type: str | None = attrs.field(default=None)
    occurred_at: str | None = attrs.field(default=None)
    label: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NetworkTimeline:
    """NetworkTimeline"""

    results: list[NetworkTimelineEvent] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


for _cls in list(globals().values()):
    if not isinstance(_cls, type) or _cls.__module__ != __name__ or not attrs.has(_cls):
        continue  # not one of this module's models
    for _field in attrs.fields(_cls):
        if _field.name != "additional_properties":
            setattr(_cls, _field.name, None)
    _cls._present = True  # type: ignore[attr-defined]

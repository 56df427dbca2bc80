# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'networks__graph' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from ..enums import NetworkSignalType, NetworkSubjectKind
from .networks__graph__map__retrieve import NetworkDetail


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


for _cls in list(globals().values()):
    if not isinstance(_cls, type) or _cls.__module__ != __name__ or not attrs.has(_cls):
        continue  # not one of this module's models
    for _field in attrs.fields(_cls):
        if _field.name != "additional_properties":
            setattr(_cls, _field.name, None)
    _cls._present = True  # type: ignore[attr-defined]

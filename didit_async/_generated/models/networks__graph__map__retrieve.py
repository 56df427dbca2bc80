# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'networks__graph__map__retrieve' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from ..enums import NetworkPatternType, NetworkSignalType, NetworkStatus
from .networks import NetworkRiskDisplay


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


for _cls in list(globals().values()):
    if not isinstance(_cls, type) or _cls.__module__ != __name__ or not attrs.has(_cls):
        continue  # not one of this module's models
    for _field in attrs.fields(_cls):
        if _field.name != "additional_properties":
            setattr(_cls, _field.name, None)
    _cls._present = True  # type: ignore[attr-defined]

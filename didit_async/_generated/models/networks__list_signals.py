# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'networks__list_signals' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from ..enums import NetworkSignalType
from .networks__list_members__list_signals import NetworkNodeTag


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


for _cls in list(globals().values()):
    if not isinstance(_cls, type) or _cls.__module__ != __name__ or not attrs.has(_cls):
        continue  # not one of this module's models
    for _field in attrs.fields(_cls):
        if _field.name != "additional_properties":
            setattr(_cls, _field.name, None)
    _cls._present = True  # type: ignore[attr-defined]

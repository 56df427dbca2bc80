# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'networks__list_members' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from ..enums import NetworkNodeStatus
from .networks import NetworkRiskDisplay
from .networks__list_members__list_signals import NetworkNodeTag


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


for _cls in list(globals().values()):
    if not isinstance(_cls, type) or _cls.__module__ != __name__ or not attrs.has(_cls):
        continue  # not one of this module's models
    for _field in attrs.fields(_cls):
        if _field.name != "additional_properties":
            setattr(_cls, _field.name, None)
    _cls._present = True  # type: ignore[attr-defined]

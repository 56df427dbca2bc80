# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'networks__map' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from .networks__graph__map__retrieve import NetworkDetail


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


for _cls in list(globals().values()):
    if not isinstance(_cls, type) or _cls.__module__ != __name__ or not attrs.has(_cls):
        continue  # not one of this module's models
    for _field in attrs.fields(_cls):
        if _field.name != "additional_properties":
            setattr(_cls, _field.name, None)
    _cls._present = True  # type: ignore[attr-defined]

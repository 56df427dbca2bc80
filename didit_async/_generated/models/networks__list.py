# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'networks__list' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from .networks import NetworkListItem


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


for _cls in list(globals().values()):
    if not isinstance(_cls, type) or _cls.__module__ != __name__ or not attrs.has(_cls):
        continue  # not one of this module's models
    for _field in attrs.fields(_cls):
        if _field.name != "additional_properties":
            setattr(_cls, _field.name, None)
    _cls._present = True  # type: ignore[attr-defined]

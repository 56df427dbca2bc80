# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'travel_rule_vasps__list' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleVasp:
    """TravelRuleVasp"""

    name: str | None = attrs.field(default=None)
    lei: str | None = attrs.field(default=None)
    jurisdiction: str | None = attrs.field(default=None)
    dd_status: str | None = attrs.field(default=None)
    dd_score: int | None = attrs.field(default=None)
    reachable_rails: list[str] | None = attrs.field(default=None)
    is_didit_customer: bool | None = attrs.field(default=None)
    dd_score_breakdown: dict[str, int] | None = attrs.field(default=None)
    dd_assessed_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleVaspPage:
    """TravelRuleVaspPage"""

    count: int | None = attrs.field(default=None)
    next: str | None = attrs.field(default=None)
    previous: str | None = attrs.field(default=None)
    results: list[TravelRuleVasp] | None = attrs.field(default=None)
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

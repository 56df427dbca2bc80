# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'cases__analytics' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseAnalyticsPoint:
    """CaseAnalyticsPoint"""

    date: str | None = attrs.field(default=None)
    created: int | None = attrs.field(default=None)
    reviewed: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseAnalyticsRow:
    """CaseAnalyticsRow"""

    key: str | None = attrs.field(default=None)
    created: int | None = attrs.field(default=None)
    assigned: int | None = attrs.field(default=None)
    resolved: int | None = attrs.field(default=None)
    threat_rate: float | None = attrs.field(default=None)
    false_positive_rate: float | None = attrs.field(default=None)
    unresolved: int | None = attrs.field(default=None)
    reassignment_rate: float | None = attrs.field(default=None)
    escalation_rate: float | None = attrs.field(default=None)
    avg_assign_hours: float | None = attrs.field(default=None)
    avg_resolve_hours: float | None = attrs.field(default=None)
    avg_handling_hours: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseAnalyticsTables:
    """CaseAnalyticsTables"""

    officer: list[CaseAnalyticsRow] | None = attrs.field(default=None)
    blueprint: list[CaseAnalyticsRow] | None = attrs.field(default=None)
    source: list[CaseAnalyticsRow] | None = attrs.field(default=None)
    status: list[CaseAnalyticsRow] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseAnalyticsTotals:
    """CaseAnalyticsTotals"""

    created: int | None = attrs.field(default=None)
    assigned: int | None = attrs.field(default=None)
    resolved: int | None = attrs.field(default=None)
    threat_rate: float | None = attrs.field(default=None)
    false_positive_rate: float | None = attrs.field(default=None)
    unresolved: int | None = attrs.field(default=None)
    reassignment_rate: float | None = attrs.field(default=None)
    escalation_rate: float | None = attrs.field(default=None)
    avg_assign_hours: float | None = attrs.field(default=None)
    avg_resolve_hours: float | None = attrs.field(default=None)
    avg_handling_hours: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseAnalyticsQueue:
    """CaseAnalyticsQueue"""

    open: int | None = attrs.field(default=None)
    overdue: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CaseAnalytics:
    """Counts and rates over the application's cases."""

    series: list[CaseAnalyticsPoint] | None = attrs.field(default=None)
    tables: CaseAnalyticsTables | None = attrs.field(default=None)
    totals: CaseAnalyticsTotals | None = attrs.field(default=None)
    queue: CaseAnalyticsQueue | None = attrs.field(default=None)
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

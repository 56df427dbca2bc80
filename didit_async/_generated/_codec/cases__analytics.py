# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases__analytics' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.cases__analytics import (
    CaseAnalytics,
    CaseAnalyticsPoint,
    CaseAnalyticsQueue,
    CaseAnalyticsRow,
    CaseAnalyticsTables,
    CaseAnalyticsTotals,
)
from . import Table, encode_by_table, keys_of, new_object

_U_CaseAnalyticsPoint: Table = (
    ("date", "date", None, False),
    ("created", "created", None, False),
    ("reviewed", "reviewed", None, False),
)


def unstructure_CaseAnalyticsPoint(o: CaseAnalyticsPoint) -> dict[str, Any]:
    """Encode :class:`CaseAnalyticsPoint` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseAnalyticsPoint)


def structure_CaseAnalyticsPoint(d: Any) -> CaseAnalyticsPoint:
    """Decode a JSON object into :class:`CaseAnalyticsPoint`."""
    o = new_object(CaseAnalyticsPoint)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseAnalyticsPoint.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseAnalyticsPoint
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_CaseAnalyticsRow: Table = (
    ("key", "key", None, False),
    ("created", "created", None, False),
    ("assigned", "assigned", None, False),
    ("resolved", "resolved", None, False),
    ("threat_rate", "threat_rate", None, False),
    ("false_positive_rate", "false_positive_rate", None, False),
    ("unresolved", "unresolved", None, False),
    ("reassignment_rate", "reassignment_rate", None, False),
    ("escalation_rate", "escalation_rate", None, False),
    ("avg_assign_hours", "avg_assign_hours", None, False),
    ("avg_resolve_hours", "avg_resolve_hours", None, False),
    ("avg_handling_hours", "avg_handling_hours", None, False),
)


def unstructure_CaseAnalyticsRow(o: CaseAnalyticsRow) -> dict[str, Any]:
    """Encode :class:`CaseAnalyticsRow` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseAnalyticsRow)


def structure_CaseAnalyticsRow(d: Any) -> CaseAnalyticsRow:
    """Decode a JSON object into :class:`CaseAnalyticsRow`."""
    o = new_object(CaseAnalyticsRow)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseAnalyticsRow.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseAnalyticsRow
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_CaseAnalyticsTables: Table = (
    (
        "officer",
        "officer",
        lambda v: (
            [unstructure_CaseAnalyticsRow(x) if isinstance(x, CaseAnalyticsRow) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "blueprint",
        "blueprint",
        lambda v: (
            [unstructure_CaseAnalyticsRow(x) if isinstance(x, CaseAnalyticsRow) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "source",
        "source",
        lambda v: (
            [unstructure_CaseAnalyticsRow(x) if isinstance(x, CaseAnalyticsRow) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "status",
        "status",
        lambda v: (
            [unstructure_CaseAnalyticsRow(x) if isinstance(x, CaseAnalyticsRow) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_CaseAnalyticsTables(o: CaseAnalyticsTables) -> dict[str, Any]:
    """Encode :class:`CaseAnalyticsTables` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseAnalyticsTables)


def structure_CaseAnalyticsTables(d: Any) -> CaseAnalyticsTables:
    """Decode a JSON object into :class:`CaseAnalyticsTables`."""
    v: Any
    o = new_object(CaseAnalyticsTables)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseAnalyticsTables.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseAnalyticsTables
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "officer" in vals:
        v = vals["officer"]
        if v and v.__class__ is list:
            vals["officer"] = [
                structure_CaseAnalyticsRow(x) if x.__class__ is dict else x for x in v
            ]
    if "blueprint" in vals:
        v = vals["blueprint"]
        if v and v.__class__ is list:
            vals["blueprint"] = [
                structure_CaseAnalyticsRow(x) if x.__class__ is dict else x for x in v
            ]
    if "source" in vals:
        v = vals["source"]
        if v and v.__class__ is list:
            vals["source"] = [
                structure_CaseAnalyticsRow(x) if x.__class__ is dict else x for x in v
            ]
    if "status" in vals:
        v = vals["status"]
        if v and v.__class__ is list:
            vals["status"] = [
                structure_CaseAnalyticsRow(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_CaseAnalyticsTotals: Table = (
    ("created", "created", None, False),
    ("assigned", "assigned", None, False),
    ("resolved", "resolved", None, False),
    ("threat_rate", "threat_rate", None, False),
    ("false_positive_rate", "false_positive_rate", None, False),
    ("unresolved", "unresolved", None, False),
    ("reassignment_rate", "reassignment_rate", None, False),
    ("escalation_rate", "escalation_rate", None, False),
    ("avg_assign_hours", "avg_assign_hours", None, False),
    ("avg_resolve_hours", "avg_resolve_hours", None, False),
    ("avg_handling_hours", "avg_handling_hours", None, False),
)


def unstructure_CaseAnalyticsTotals(o: CaseAnalyticsTotals) -> dict[str, Any]:
    """Encode :class:`CaseAnalyticsTotals` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseAnalyticsTotals)


def structure_CaseAnalyticsTotals(d: Any) -> CaseAnalyticsTotals:
    """Decode a JSON object into :class:`CaseAnalyticsTotals`."""
    o = new_object(CaseAnalyticsTotals)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseAnalyticsTotals.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseAnalyticsTotals
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_CaseAnalyticsQueue: Table = (
    ("open", "open", None, False),
    ("overdue", "overdue", None, False),
)


def unstructure_CaseAnalyticsQueue(o: CaseAnalyticsQueue) -> dict[str, Any]:
    """Encode :class:`CaseAnalyticsQueue` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseAnalyticsQueue)


def structure_CaseAnalyticsQueue(d: Any) -> CaseAnalyticsQueue:
    """Decode a JSON object into :class:`CaseAnalyticsQueue`."""
    o = new_object(CaseAnalyticsQueue)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseAnalyticsQueue.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseAnalyticsQueue
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_CaseAnalytics: Table = (
    (
        "series",
        "series",
        lambda v: (
            [
                unstructure_CaseAnalyticsPoint(x) if isinstance(x, CaseAnalyticsPoint) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "tables",
        "tables",
        lambda v: unstructure_CaseAnalyticsTables(v) if isinstance(v, CaseAnalyticsTables) else v,
        False,
    ),
    (
        "totals",
        "totals",
        lambda v: unstructure_CaseAnalyticsTotals(v) if isinstance(v, CaseAnalyticsTotals) else v,
        False,
    ),
    (
        "queue",
        "queue",
        lambda v: unstructure_CaseAnalyticsQueue(v) if isinstance(v, CaseAnalyticsQueue) else v,
        False,
    ),
)


def unstructure_CaseAnalytics(o: CaseAnalytics) -> dict[str, Any]:
    """Encode :class:`CaseAnalytics` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseAnalytics)


def structure_CaseAnalytics(d: Any) -> CaseAnalytics:
    """Decode a JSON object into :class:`CaseAnalytics`."""
    v: Any
    o = new_object(CaseAnalytics)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseAnalytics.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseAnalytics
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "series" in vals:
        v = vals["series"]
        if v and v.__class__ is list:
            vals["series"] = [
                structure_CaseAnalyticsPoint(x) if x.__class__ is dict else x for x in v
            ]
    if "tables" in vals:
        v = vals["tables"]
        if v.__class__ is dict:
            vals["tables"] = structure_CaseAnalyticsTables(v)
    if "totals" in vals:
        v = vals["totals"]
        if v.__class__ is dict:
            vals["totals"] = structure_CaseAnalyticsTotals(v)
    if "queue" in vals:
        v = vals["queue"]
        if v.__class__ is dict:
            vals["queue"] = structure_CaseAnalyticsQueue(v)
    return o


_K_CaseAnalyticsPoint = keys_of(_U_CaseAnalyticsPoint)
_K_CaseAnalyticsRow = keys_of(_U_CaseAnalyticsRow)
_K_CaseAnalyticsTables = keys_of(_U_CaseAnalyticsTables)
_K_CaseAnalyticsTotals = keys_of(_U_CaseAnalyticsTotals)
_K_CaseAnalyticsQueue = keys_of(_U_CaseAnalyticsQueue)
_K_CaseAnalytics = keys_of(_U_CaseAnalytics)

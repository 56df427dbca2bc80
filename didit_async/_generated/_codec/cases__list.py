# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases__list' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..enums import CasePriority, CaseResolution, CaseSource, CaseStatus
from ..models.cases import CaseAssignee, CaseSubject
from ..models.cases__list import CaseBlueprintSummary, CaseListItem, CasePage
from . import (
    Table,
    _M_CasePriority,
    _M_CaseResolution,
    _M_CaseSource,
    _M_CaseStatus,
    encode_by_table,
    keys_of,
    new_object,
)
from .cases import (
    structure_CaseAssignee,
    structure_CaseSubject,
    unstructure_CaseAssignee,
    unstructure_CaseSubject,
)

_U_CaseBlueprintSummary: Table = (
    ("uuid", "uuid", None, False),
    ("name", "name", None, False),
)


def unstructure_CaseBlueprintSummary(o: CaseBlueprintSummary) -> dict[str, Any]:
    """Encode :class:`CaseBlueprintSummary` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseBlueprintSummary)


def structure_CaseBlueprintSummary(d: Any) -> CaseBlueprintSummary:
    """Decode a JSON object into :class:`CaseBlueprintSummary`."""
    o = new_object(CaseBlueprintSummary)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseBlueprintSummary.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseBlueprintSummary
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_CaseListItem: Table = (
    ("uuid", "uuid", None, True),
    ("case_number", "case_number", None, False),
    ("title", "title", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, CaseStatus) else v, False),
    ("resolution", "resolution", lambda v: v.value if isinstance(v, CaseResolution) else v, False),
    ("priority", "priority", lambda v: v.value if isinstance(v, CasePriority) else v, False),
    ("source", "source", lambda v: v.value if isinstance(v, CaseSource) else v, False),
    ("tags", "tags", None, False),
    (
        "subject",
        "subject",
        lambda v: unstructure_CaseSubject(v) if isinstance(v, CaseSubject) else v,
        False,
    ),
    (
        "assigned_to",
        "assigned_to",
        lambda v: unstructure_CaseAssignee(v) if isinstance(v, CaseAssignee) else v,
        False,
    ),
    ("assigned_at", "assigned_at", None, False),
    ("due_at", "due_at", None, False),
    ("resolved_at", "resolved_at", None, False),
    ("created_by_email", "created_by_email", None, False),
    ("created_by_name", "created_by_name", None, False),
    (
        "blueprint",
        "blueprint",
        lambda v: unstructure_CaseBlueprintSummary(v) if isinstance(v, CaseBlueprintSummary) else v,
        False,
    ),
    ("links_count", "links_count", None, False),
    ("notes_count", "notes_count", None, False),
    ("created_at", "created_at", None, False),
    ("updated_at", "updated_at", None, False),
    ("application_id", "application_id", None, False),
    ("application_name", "application_name", None, False),
    ("organization_id", "organization_id", None, False),
    ("organization_name", "organization_name", None, False),
)


def unstructure_CaseListItem(o: CaseListItem) -> dict[str, Any]:
    """Encode :class:`CaseListItem` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseListItem)


def structure_CaseListItem(d: Any) -> CaseListItem:
    """Decode a JSON object into :class:`CaseListItem`."""
    v: Any
    o = new_object(CaseListItem)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseListItem.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseListItem
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_CaseStatus[v]
    if "resolution" in vals:
        v = vals["resolution"]
        if v.__class__ is str:
            vals["resolution"] = _M_CaseResolution[v]
    if "priority" in vals:
        v = vals["priority"]
        if v.__class__ is str:
            vals["priority"] = _M_CasePriority[v]
    if "source" in vals:
        v = vals["source"]
        if v.__class__ is str:
            vals["source"] = _M_CaseSource[v]
    if "subject" in vals:
        v = vals["subject"]
        if v.__class__ is dict:
            vals["subject"] = structure_CaseSubject(v)
    if "assigned_to" in vals:
        v = vals["assigned_to"]
        if v.__class__ is dict:
            vals["assigned_to"] = structure_CaseAssignee(v)
    if "blueprint" in vals:
        v = vals["blueprint"]
        if v.__class__ is dict:
            vals["blueprint"] = structure_CaseBlueprintSummary(v)
    return o


_U_CasePage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_CaseListItem(x) if isinstance(x, CaseListItem) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_CasePage(o: CasePage) -> dict[str, Any]:
    """Encode :class:`CasePage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CasePage)


def structure_CasePage(d: Any) -> CasePage:
    """Decode a JSON object into :class:`CasePage`."""
    v: Any
    o = new_object(CasePage)
    vals = o.__dict__
    vals.update(d)
    if _K_CasePage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CasePage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_CaseListItem(x) if x.__class__ is dict else x for x in v]
    return o


_K_CaseBlueprintSummary = keys_of(_U_CaseBlueprintSummary)
_K_CaseListItem = keys_of(_U_CaseListItem)
_K_CasePage = keys_of(_U_CasePage)

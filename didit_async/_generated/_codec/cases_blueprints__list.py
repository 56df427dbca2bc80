# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases_blueprints__list' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..enums import CaseAssignmentMethod
from ..models.cases_blueprints__list import CaseBlueprintListItem, CaseBlueprintPage
from . import Table, _M_CaseAssignmentMethod, encode_by_table, keys_of, new_object

_U_CaseBlueprintListItem: Table = (
    ("uuid", "uuid", None, True),
    ("name", "name", None, False),
    ("description", "description", None, False),
    (
        "assignment_method",
        "assignment_method",
        lambda v: v.value if isinstance(v, CaseAssignmentMethod) else v,
        False,
    ),
    ("assignee_pool", "assignee_pool", None, False),
    ("max_active_cases", "max_active_cases", None, False),
    ("escalation_enabled", "escalation_enabled", None, False),
    ("transfer_enabled", "transfer_enabled", None, False),
    ("require_resolution_note", "require_resolution_note", None, False),
    ("is_active", "is_active", None, False),
    ("preset_key", "preset_key", None, False),
    ("created_at", "created_at", None, False),
)


def unstructure_CaseBlueprintListItem(o: CaseBlueprintListItem) -> dict[str, Any]:
    """Encode :class:`CaseBlueprintListItem` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseBlueprintListItem)


def structure_CaseBlueprintListItem(d: Any) -> CaseBlueprintListItem:
    """Decode a JSON object into :class:`CaseBlueprintListItem`."""
    v: Any
    o = new_object(CaseBlueprintListItem)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseBlueprintListItem.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseBlueprintListItem
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "assignment_method" in vals:
        v = vals["assignment_method"]
        if v.__class__ is str:
            vals["assignment_method"] = _M_CaseAssignmentMethod[v]
    return o


_U_CaseBlueprintPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [
                unstructure_CaseBlueprintListItem(x) if isinstance(x, CaseBlueprintListItem) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_CaseBlueprintPage(o: CaseBlueprintPage) -> dict[str, Any]:
    """Encode :class:`CaseBlueprintPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseBlueprintPage)


def structure_CaseBlueprintPage(d: Any) -> CaseBlueprintPage:
    """Decode a JSON object into :class:`CaseBlueprintPage`."""
    v: Any
    o = new_object(CaseBlueprintPage)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseBlueprintPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseBlueprintPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_CaseBlueprintListItem(x) if x.__class__ is dict else x for x in v
            ]
    return o


_K_CaseBlueprintListItem = keys_of(_U_CaseBlueprintListItem)
_K_CaseBlueprintPage = keys_of(_U_CaseBlueprintPage)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'travel_rule_vasps__list' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.travel_rule_vasps__list import TravelRuleVasp, TravelRuleVaspPage
from . import Table, encode_by_table, keys_of, new_object

_U_TravelRuleVasp: Table = (
    ("name", "name", None, False),
    ("lei", "lei", None, False),
    ("jurisdiction", "jurisdiction", None, False),
    ("dd_status", "dd_status", None, False),
    ("dd_score", "dd_score", None, False),
    ("reachable_rails", "reachable_rails", None, False),
    ("is_didit_customer", "is_didit_customer", None, False),
    ("dd_score_breakdown", "dd_score_breakdown", None, False),
    ("dd_assessed_at", "dd_assessed_at", None, False),
)


def unstructure_TravelRuleVasp(o: TravelRuleVasp) -> dict[str, Any]:
    """Encode :class:`TravelRuleVasp` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleVasp)


def structure_TravelRuleVasp(d: Any) -> TravelRuleVasp:
    """Decode a JSON object into :class:`TravelRuleVasp`."""
    o = new_object(TravelRuleVasp)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleVasp.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleVasp
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleVaspPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_TravelRuleVasp(x) if isinstance(x, TravelRuleVasp) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_TravelRuleVaspPage(o: TravelRuleVaspPage) -> dict[str, Any]:
    """Encode :class:`TravelRuleVaspPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleVaspPage)


def structure_TravelRuleVaspPage(d: Any) -> TravelRuleVaspPage:
    """Decode a JSON object into :class:`TravelRuleVaspPage`."""
    v: Any
    o = new_object(TravelRuleVaspPage)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleVaspPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleVaspPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_TravelRuleVasp(x) if x.__class__ is dict else x for x in v]
    return o


_K_TravelRuleVasp = keys_of(_U_TravelRuleVasp)
_K_TravelRuleVaspPage = keys_of(_U_TravelRuleVaspPage)

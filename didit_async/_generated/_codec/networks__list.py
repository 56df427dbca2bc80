# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'networks__list' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.networks import NetworkListItem
from ..models.networks__list import NetworkKpis, NetworkPage
from . import Table, encode_by_table, keys_of, new_object
from .networks import structure_NetworkListItem, unstructure_NetworkListItem

_U_NetworkKpis: Table = (
    (
        "active",
        "active",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "in_review",
        "in_review",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "applicants_involved",
        "applicants_involved",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "detected_this_period",
        "detected_this_period",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "false_positive_rate",
        "false_positive_rate",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_NetworkKpis(o: NetworkKpis) -> dict[str, Any]:
    """Encode :class:`NetworkKpis` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkKpis)


def structure_NetworkKpis(d: Any) -> NetworkKpis:
    """Decode a JSON object into :class:`NetworkKpis`."""
    o = new_object(NetworkKpis)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkKpis.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkKpis
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_NetworkPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_NetworkListItem(x) if isinstance(x, NetworkListItem) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
    (
        "kpis",
        "kpis",
        lambda v: unstructure_NetworkKpis(v) if isinstance(v, NetworkKpis) else v,
        False,
    ),
)


def unstructure_NetworkPage(o: NetworkPage) -> dict[str, Any]:
    """Encode :class:`NetworkPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkPage)


def structure_NetworkPage(d: Any) -> NetworkPage:
    """Decode a JSON object into :class:`NetworkPage`."""
    v: Any
    o = new_object(NetworkPage)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_NetworkListItem(x) if x.__class__ is dict else x for x in v
            ]
    if "kpis" in vals:
        v = vals["kpis"]
        if v.__class__ is dict:
            vals["kpis"] = structure_NetworkKpis(v)
    return o


_K_NetworkKpis = keys_of(_U_NetworkKpis)
_K_NetworkPage = keys_of(_U_NetworkPage)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'networks__map' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.networks__graph__map__retrieve import NetworkDetail
from ..models.networks__map import NetworkMap, NetworkMapPoint
from . import Table, encode_by_table, keys_of, new_object
from .networks__graph__map__retrieve import structure_NetworkDetail, unstructure_NetworkDetail

_U_NetworkMapPoint: Table = (
    ("uuid", "uuid", None, False),
    ("country", "country", None, False),
    ("country_code", "country_code", None, False),
    ("city", "city", None, False),
    ("latitude", "latitude", None, False),
    ("longitude", "longitude", None, False),
    ("observed_at", "observed_at", None, False),
)


def unstructure_NetworkMapPoint(o: NetworkMapPoint) -> dict[str, Any]:
    """Encode :class:`NetworkMapPoint` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkMapPoint)


def structure_NetworkMapPoint(d: Any) -> NetworkMapPoint:
    """Decode a JSON object into :class:`NetworkMapPoint`."""
    o = new_object(NetworkMapPoint)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkMapPoint.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkMapPoint
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_NetworkMap: Table = (
    (
        "network",
        "network",
        lambda v: unstructure_NetworkDetail(v) if isinstance(v, NetworkDetail) else v,
        False,
    ),
    ("convergence_count", "convergence_count", None, False),
    ("countries", "countries", None, False),
    (
        "points",
        "points",
        lambda v: (
            [unstructure_NetworkMapPoint(x) if isinstance(x, NetworkMapPoint) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_NetworkMap(o: NetworkMap) -> dict[str, Any]:
    """Encode :class:`NetworkMap` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkMap)


def structure_NetworkMap(d: Any) -> NetworkMap:
    """Decode a JSON object into :class:`NetworkMap`."""
    v: Any
    o = new_object(NetworkMap)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkMap.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkMap
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "network" in vals:
        v = vals["network"]
        if v.__class__ is dict:
            vals["network"] = structure_NetworkDetail(v)
    if "points" in vals:
        v = vals["points"]
        if v and v.__class__ is list:
            vals["points"] = [structure_NetworkMapPoint(x) if x.__class__ is dict else x for x in v]
    return o


_K_NetworkMapPoint = keys_of(_U_NetworkMapPoint)
_K_NetworkMap = keys_of(_U_NetworkMap)

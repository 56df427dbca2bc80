# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'networks__timeline' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.networks__timeline import NetworkTimeline, NetworkTimelineEvent
from . import Table, encode_by_table, keys_of, new_object

_U_NetworkTimelineEvent: Table = (
    ("event_type", "event_type", None, False),
    ("occurred_at", "occurred_at", None, False),
    ("label", "label", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_NetworkTimelineEvent(o: NetworkTimelineEvent) -> dict[str, Any]:
    """Encode :class:`NetworkTimelineEvent` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkTimelineEvent)


def structure_NetworkTimelineEvent(d: Any) -> NetworkTimelineEvent:
    """Decode a JSON object into :class:`NetworkTimelineEvent`."""
    o = new_object(NetworkTimelineEvent)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkTimelineEvent.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkTimelineEvent
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_NetworkTimeline: Table = (
    (
        "results",
        "results",
        lambda v: (
            [
                unstructure_NetworkTimelineEvent(x) if isinstance(x, NetworkTimelineEvent) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_NetworkTimeline(o: NetworkTimeline) -> dict[str, Any]:
    """Encode :class:`NetworkTimeline` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NetworkTimeline)


def structure_NetworkTimeline(d: Any) -> NetworkTimeline:
    """Decode a JSON object into :class:`NetworkTimeline`."""
    v: Any
    o = new_object(NetworkTimeline)
    vals = o.__dict__
    vals.update(d)
    if _K_NetworkTimeline.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NetworkTimeline
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_NetworkTimelineEvent(x) if x.__class__ is dict else x for x in v
            ]
    return o


_K_NetworkTimelineEvent = keys_of(_U_NetworkTimelineEvent)
_K_NetworkTimeline = keys_of(_U_NetworkTimeline)

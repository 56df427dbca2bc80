# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions__list_events' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.sessions__list_events import SessionEvent, SessionEventPage
from . import Table, encode_by_table, keys_of, new_object

_U_SessionEvent: Table = (
    ("uuid", "uuid", None, False),
    ("id", "id", None, False),
    ("event_type", "event_type", None, False),
    ("type", "type", None, False),
    ("node_id", "node_id", None, False),
    ("feature", "feature", None, False),
    ("status", "status", None, False),
    (
        "data",
        "data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_SessionEvent(o: SessionEvent) -> dict[str, Any]:
    """Encode :class:`SessionEvent` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionEvent)


def structure_SessionEvent(d: Any) -> SessionEvent:
    """Decode a JSON object into :class:`SessionEvent`."""
    o = new_object(SessionEvent)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionEvent.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionEvent
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionEventPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_SessionEvent(x) if isinstance(x, SessionEvent) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_SessionEventPage(o: SessionEventPage) -> dict[str, Any]:
    """Encode :class:`SessionEventPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionEventPage)


def structure_SessionEventPage(d: Any) -> SessionEventPage:
    """Decode a JSON object into :class:`SessionEventPage`."""
    v: Any
    o = new_object(SessionEventPage)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionEventPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionEventPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_SessionEvent(x) if x.__class__ is dict else x for x in v]
    return o


_K_SessionEvent = keys_of(_U_SessionEvent)
_K_SessionEventPage = keys_of(_U_SessionEventPage)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'events__ingest__ingest_batch' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_datetime

from ..models.events__ingest__ingest_batch import EventIngestRequest, IngestedEvent
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_EventIngestRequest: Table = (
    ("event_type", "event_type", None, True),
    ("event_id", "event_id", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("occurred_at", "occurred_at", None, False),
    (
        "properties",
        "properties",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_EventIngestRequest(o: EventIngestRequest) -> dict[str, Any]:
    """Encode :class:`EventIngestRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EventIngestRequest)


def structure_EventIngestRequest(d: Any) -> EventIngestRequest:
    """Decode a JSON object into :class:`EventIngestRequest`."""
    o = new_object(EventIngestRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_EventIngestRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EventIngestRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_EventIngestRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid EventIngestRequest."""
    check_model(d, at, _V_EventIngestRequest, _K_EventIngestRequest)


_U_IngestedEvent: Table = (
    ("uuid", "uuid", None, False),
    ("event_type", "event_type", None, False),
    ("event_id", "event_id", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("occurred_at", "occurred_at", None, False),
    ("created_at", "created_at", None, False),
)


def unstructure_IngestedEvent(o: IngestedEvent) -> dict[str, Any]:
    """Encode :class:`IngestedEvent` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IngestedEvent)


def structure_IngestedEvent(d: Any) -> IngestedEvent:
    """Decode a JSON object into :class:`IngestedEvent`."""
    o = new_object(IngestedEvent)
    vals = o.__dict__
    vals.update(d)
    if _K_IngestedEvent.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IngestedEvent
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_EventIngestRequest = keys_of(_U_EventIngestRequest)
_K_IngestedEvent = keys_of(_U_IngestedEvent)

_V_EventIngestRequest: Any = (
    "EventIngestRequest",
    False,
    0,
    (
        ("event_type", True, False, ("str", 1, None, None, None, ())),
        ("event_id", False, False, ("str", None, None, None, None, ())),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        ("occurred_at", False, False, ("str", None, None, None, (is_datetime, "date-time"), ())),
        ("properties", False, False, ("obj",)),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'events__ingest_batch' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.events__ingest__ingest_batch import EventIngestRequest, IngestedEvent
from ..models.events__ingest_batch import EventBatchIngestRequest, EventBatchIngestResponse
from . import Table, check_model, encode_by_table, keys_of, new_object
from .events__ingest__ingest_batch import (
    structure_EventIngestRequest,
    structure_IngestedEvent,
    unstructure_EventIngestRequest,
    unstructure_IngestedEvent,
    validate_EventIngestRequest,
)

_U_EventBatchIngestRequest: Table = (
    (
        "events",
        "events",
        lambda v: (
            [
                unstructure_EventIngestRequest(x) if isinstance(x, EventIngestRequest) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_EventBatchIngestRequest(o: EventBatchIngestRequest) -> dict[str, Any]:
    """Encode :class:`EventBatchIngestRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EventBatchIngestRequest)


def structure_EventBatchIngestRequest(d: Any) -> EventBatchIngestRequest:
    """Decode a JSON object into :class:`EventBatchIngestRequest`."""
    v: Any
    o = new_object(EventBatchIngestRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_EventBatchIngestRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EventBatchIngestRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "events" in vals:
        v = vals["events"]
        if v and v.__class__ is list:
            vals["events"] = [
                structure_EventIngestRequest(x) if x.__class__ is dict else x for x in v
            ]
    return o


def validate_EventBatchIngestRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid EventBatchIngestRequest."""
    check_model(d, at, _V_EventBatchIngestRequest, _K_EventBatchIngestRequest)


_U_EventBatchIngestResponse: Table = (
    ("accepted", "accepted", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_IngestedEvent(x) if isinstance(x, IngestedEvent) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_EventBatchIngestResponse(o: EventBatchIngestResponse) -> dict[str, Any]:
    """Encode :class:`EventBatchIngestResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EventBatchIngestResponse)


def structure_EventBatchIngestResponse(d: Any) -> EventBatchIngestResponse:
    """Decode a JSON object into :class:`EventBatchIngestResponse`."""
    v: Any
    o = new_object(EventBatchIngestResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_EventBatchIngestResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EventBatchIngestResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_IngestedEvent(x) if x.__class__ is dict else x for x in v]
    return o


_K_EventBatchIngestRequest = keys_of(_U_EventBatchIngestRequest)
_K_EventBatchIngestResponse = keys_of(_U_EventBatchIngestResponse)

_V_EventBatchIngestRequest: Any = (
    "EventBatchIngestRequest",
    False,
    0,
    (("events", True, False, ("list", 1, 1000, ("model", validate_EventIngestRequest), False)),),
    (),
)

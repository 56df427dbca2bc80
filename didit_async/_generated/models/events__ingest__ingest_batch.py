# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'events__ingest__ingest_batch' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class EventIngestRequest:
    """Our reading of an unpublished body; other fields are passed through."""

    event_type: str
    """What happened (login, password_change, ...)."""
    event_id: str | None = attrs.field(default=None)
    """Your identifier of the event."""
    vendor_data: str | None = attrs.field(default=None)
    """The user or business it concerns."""
    occurred_at: str | None = attrs.field(default=None)
    properties: Mapping[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IngestedEvent:
    """A recorded event (unknown fields kept)."""

    uuid: str | None = attrs.field(default=None)
    event_type: str | None = attrs.field(default=None)
    event_id: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    occurred_at: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


for _cls in list(globals().values()):
    if not isinstance(_cls, type) or _cls.__module__ != __name__ or not attrs.has(_cls):
        continue  # not one of this module's models
    for _field in attrs.fields(_cls):
        if _field.name != "additional_properties":
            setattr(_cls, _field.name, None)
    _cls._present = True  # type: ignore[attr-defined]

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'lists_entries__create' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_uuid

from ..models.lists_entries__create import ListEntryCreateRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_ListEntryCreateRequest: Table = (
    ("value", "value", None, False),
    ("reference_session_id", "reference_session_id", None, False),
    ("reference_object_uuid", "reference_object_uuid", None, False),
    ("display_label", "display_label", None, False),
    ("comment", "comment", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_ListEntryCreateRequest(o: ListEntryCreateRequest) -> dict[str, Any]:
    """Encode :class:`ListEntryCreateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ListEntryCreateRequest)


def structure_ListEntryCreateRequest(d: Any) -> ListEntryCreateRequest:
    """Decode a JSON object into :class:`ListEntryCreateRequest`."""
    o = new_object(ListEntryCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_ListEntryCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ListEntryCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_ListEntryCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ListEntryCreateRequest."""
    check_model(d, at, _V_ListEntryCreateRequest, _K_ListEntryCreateRequest)


_K_ListEntryCreateRequest = keys_of(_U_ListEntryCreateRequest)

_V_ListEntryCreateRequest: Any = (
    "ListEntryCreateRequest",
    False,
    0,
    (
        ("value", False, False, ("str", 1, None, None, None, ())),
        ("reference_session_id", False, False, ("str", None, None, None, (is_uuid, "uuid"), ())),
        ("reference_object_uuid", False, False, ("str", None, None, None, None, ())),
        ("display_label", False, False, ("str", None, None, None, None, ())),
        ("comment", False, False, ("str", None, None, None, None, ())),
        ("metadata", False, False, ("obj",)),
    ),
    (),
)

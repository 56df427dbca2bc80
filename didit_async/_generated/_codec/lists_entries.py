# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'lists_entries' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_uuid

from ..models.lists_entries import (
    ListEntry,
    ListEntryCreateRequest,
    ListEntryPage,
    ListFaceUploadRequest,
)
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


_U_ListFaceUploadRequest: Table = (
    ("image", "image", None, True),
    ("display_label", "display_label", None, False),
    ("comment", "comment", None, False),
)


def unstructure_ListFaceUploadRequest(o: ListFaceUploadRequest) -> dict[str, Any]:
    """Encode :class:`ListFaceUploadRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ListFaceUploadRequest)


def structure_ListFaceUploadRequest(d: Any) -> ListFaceUploadRequest:
    """Decode a JSON object into :class:`ListFaceUploadRequest`."""
    o = new_object(ListFaceUploadRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_ListFaceUploadRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ListFaceUploadRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_ListFaceUploadRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ListFaceUploadRequest."""
    check_model(d, at, _V_ListFaceUploadRequest, _K_ListFaceUploadRequest)


_U_ListEntry: Table = (
    ("uuid", "uuid", None, True),
    ("list_uuid", "list_uuid", None, False),
    ("entry_type", "entry_type", None, False),
    ("value", "value", None, False),
    ("display_label", "display_label", None, False),
    ("comment", "comment", None, False),
    ("reference_session_id", "reference_session_id", None, False),
    ("reference_object_uuid", "reference_object_uuid", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_ListEntry(o: ListEntry) -> dict[str, Any]:
    """Encode :class:`ListEntry` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ListEntry)


def structure_ListEntry(d: Any) -> ListEntry:
    """Decode a JSON object into :class:`ListEntry`."""
    o = new_object(ListEntry)
    vals = o.__dict__
    vals.update(d)
    if _K_ListEntry.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ListEntry
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_ListEntryPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_ListEntry(x) if isinstance(x, ListEntry) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_ListEntryPage(o: ListEntryPage) -> dict[str, Any]:
    """Encode :class:`ListEntryPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ListEntryPage)


def structure_ListEntryPage(d: Any) -> ListEntryPage:
    """Decode a JSON object into :class:`ListEntryPage`."""
    v: Any
    o = new_object(ListEntryPage)
    vals = o.__dict__
    vals.update(d)
    if _K_ListEntryPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ListEntryPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_ListEntry(x) if x.__class__ is dict else x for x in v]
    return o


_K_ListEntryCreateRequest = keys_of(_U_ListEntryCreateRequest)
_K_ListFaceUploadRequest = keys_of(_U_ListFaceUploadRequest)
_K_ListEntry = keys_of(_U_ListEntry)
_K_ListEntryPage = keys_of(_U_ListEntryPage)

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

_V_ListFaceUploadRequest: Any = (
    "ListFaceUploadRequest",
    False,
    0,
    (
        ("image", True, False, ("str", 1, None, None, None, ())),
        ("display_label", False, False, ("str", None, None, None, None, ())),
        ("comment", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

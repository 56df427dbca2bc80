# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'blocklist' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_uuid

from ..models.blocklist import (
    BlocklistAddRequest,
    BlocklistEntry,
    BlocklistPage,
    BlocklistRemoveRequest,
)
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_BlocklistAddRequest: Table = (
    ("session_id", "session_id", None, True),
    ("blocklist_face", "blocklist_face", None, False),
    ("blocklist_document", "blocklist_document", None, False),
    ("blocklist_phone", "blocklist_phone", None, False),
    ("blocklist_email", "blocklist_email", None, False),
)


def unstructure_BlocklistAddRequest(o: BlocklistAddRequest) -> dict[str, Any]:
    """Encode :class:`BlocklistAddRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BlocklistAddRequest)


def structure_BlocklistAddRequest(d: Any) -> BlocklistAddRequest:
    """Decode a JSON object into :class:`BlocklistAddRequest`."""
    o = new_object(BlocklistAddRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_BlocklistAddRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BlocklistAddRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_BlocklistAddRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid BlocklistAddRequest."""
    check_model(d, at, _V_BlocklistAddRequest, _K_BlocklistAddRequest)


_U_BlocklistRemoveRequest: Table = (
    ("session_id", "session_id", None, True),
    ("unblock_face", "unblock_face", None, False),
    ("unblock_document", "unblock_document", None, False),
    ("unblock_phone", "unblock_phone", None, False),
    ("unblock_email", "unblock_email", None, False),
)


def unstructure_BlocklistRemoveRequest(o: BlocklistRemoveRequest) -> dict[str, Any]:
    """Encode :class:`BlocklistRemoveRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BlocklistRemoveRequest)


def structure_BlocklistRemoveRequest(d: Any) -> BlocklistRemoveRequest:
    """Decode a JSON object into :class:`BlocklistRemoveRequest`."""
    o = new_object(BlocklistRemoveRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_BlocklistRemoveRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BlocklistRemoveRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_BlocklistRemoveRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid BlocklistRemoveRequest."""
    check_model(d, at, _V_BlocklistRemoveRequest, _K_BlocklistRemoveRequest)


_U_BlocklistEntry: Table = (
    ("type", "type", None, False),
    ("session_id", "session_id", None, False),
    ("session_number", "session_number", None, False),
    ("blocklisted_at", "blocklisted_at", None, False),
    ("face_image", "face_image", None, False),
    ("document_type", "document_type", None, False),
    ("document_number", "document_number", None, False),
    ("front_image", "front_image", None, False),
    ("phone_number", "phone_number", None, False),
    ("country_code", "country_code", None, False),
    ("email", "email", None, False),
)


def unstructure_BlocklistEntry(o: BlocklistEntry) -> dict[str, Any]:
    """Encode :class:`BlocklistEntry` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BlocklistEntry)


def structure_BlocklistEntry(d: Any) -> BlocklistEntry:
    """Decode a JSON object into :class:`BlocklistEntry`."""
    o = new_object(BlocklistEntry)
    vals = o.__dict__
    vals.update(d)
    if _K_BlocklistEntry.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BlocklistEntry
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_BlocklistPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_BlocklistEntry(x) if isinstance(x, BlocklistEntry) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_BlocklistPage(o: BlocklistPage) -> dict[str, Any]:
    """Encode :class:`BlocklistPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BlocklistPage)


def structure_BlocklistPage(d: Any) -> BlocklistPage:
    """Decode a JSON object into :class:`BlocklistPage`."""
    v: Any
    o = new_object(BlocklistPage)
    vals = o.__dict__
    vals.update(d)
    if _K_BlocklistPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BlocklistPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_BlocklistEntry(x) if x.__class__ is dict else x for x in v]
    return o


_K_BlocklistAddRequest = keys_of(_U_BlocklistAddRequest)
_K_BlocklistRemoveRequest = keys_of(_U_BlocklistRemoveRequest)
_K_BlocklistEntry = keys_of(_U_BlocklistEntry)
_K_BlocklistPage = keys_of(_U_BlocklistPage)

_V_BlocklistAddRequest: Any = (
    "BlocklistAddRequest",
    False,
    0,
    (
        ("session_id", True, False, ("str", None, None, None, (is_uuid, "uuid"), ())),
        ("blocklist_face", False, False, ("bool",)),
        ("blocklist_document", False, False, ("bool",)),
        ("blocklist_phone", False, False, ("bool",)),
        ("blocklist_email", False, False, ("bool",)),
    ),
    (),
)

_V_BlocklistRemoveRequest: Any = (
    "BlocklistRemoveRequest",
    False,
    0,
    (
        ("session_id", True, False, ("str", None, None, None, (is_uuid, "uuid"), ())),
        ("unblock_face", False, False, ("bool",)),
        ("unblock_document", False, False, ("bool",)),
        ("unblock_phone", False, False, ("bool",)),
        ("unblock_email", False, False, ("bool",)),
    ),
    (),
)

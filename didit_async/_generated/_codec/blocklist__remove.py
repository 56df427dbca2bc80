# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'blocklist__remove' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_uuid

from ..models.blocklist__remove import BlocklistRemoveRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

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


_K_BlocklistRemoveRequest = keys_of(_U_BlocklistRemoveRequest)

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

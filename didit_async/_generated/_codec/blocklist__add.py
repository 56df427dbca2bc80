# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'blocklist__add' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_uuid

from ..models.blocklist__add import BlocklistAddRequest
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


_K_BlocklistAddRequest = keys_of(_U_BlocklistAddRequest)

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

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'kyb__retrieve_shareholders' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.kyb__retrieve_shareholders import KybShareholdersRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_KybShareholdersRequest: Table = (
    ("kyb_response_id", "kyb_response_id", None, True),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
    ("save_api_request", "save_api_request", None, False),
)


def unstructure_KybShareholdersRequest(o: KybShareholdersRequest) -> dict[str, Any]:
    """Encode :class:`KybShareholdersRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybShareholdersRequest)


def structure_KybShareholdersRequest(d: Any) -> KybShareholdersRequest:
    """Decode a JSON object into :class:`KybShareholdersRequest`."""
    o = new_object(KybShareholdersRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_KybShareholdersRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybShareholdersRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_KybShareholdersRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid KybShareholdersRequest."""
    check_model(d, at, _V_KybShareholdersRequest, _K_KybShareholdersRequest)


_K_KybShareholdersRequest = keys_of(_U_KybShareholdersRequest)

_V_KybShareholdersRequest: Any = (
    "KybShareholdersRequest",
    False,
    0,
    (
        ("kyb_response_id", True, False, ("str", None, 255, None, None, ())),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        ("metadata", False, True, ("obj",)),
        ("save_api_request", False, False, ("bool",)),
    ),
    (),
)

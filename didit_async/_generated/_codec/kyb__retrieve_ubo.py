# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'kyb__retrieve_ubo' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.kyb__retrieve_ubo import KybUboRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_KybUboRequest: Table = (
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


def unstructure_KybUboRequest(o: KybUboRequest) -> dict[str, Any]:
    """Encode :class:`KybUboRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybUboRequest)


def structure_KybUboRequest(d: Any) -> KybUboRequest:
    """Decode a JSON object into :class:`KybUboRequest`."""
    o = new_object(KybUboRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_KybUboRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybUboRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_KybUboRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid KybUboRequest."""
    check_model(d, at, _V_KybUboRequest, _K_KybUboRequest)


_K_KybUboRequest = keys_of(_U_KybUboRequest)

_V_KybUboRequest: Any = (
    "KybUboRequest",
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

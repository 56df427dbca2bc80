# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'customization__update' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.customization__update import CustomizationUpdateRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_CustomizationUpdateRequest: Table = (
    ("image_square", "image_square", None, False),
    ("image_rectangular", "image_rectangular", None, False),
    ("image_favicon", "image_favicon", None, False),
)


def unstructure_CustomizationUpdateRequest(o: CustomizationUpdateRequest) -> dict[str, Any]:
    """Encode :class:`CustomizationUpdateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CustomizationUpdateRequest)


def structure_CustomizationUpdateRequest(d: Any) -> CustomizationUpdateRequest:
    """Decode a JSON object into :class:`CustomizationUpdateRequest`."""
    o = new_object(CustomizationUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CustomizationUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CustomizationUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_CustomizationUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CustomizationUpdateRequest."""
    check_model(d, at, _V_CustomizationUpdateRequest, _K_CustomizationUpdateRequest)


_K_CustomizationUpdateRequest = keys_of(_U_CustomizationUpdateRequest)

_V_CustomizationUpdateRequest: Any = (
    "CustomizationUpdateRequest",
    False,
    0,
    (
        ("image_square", False, False, ("file", 5242880)),
        ("image_rectangular", False, False, ("file", 5242880)),
        ("image_favicon", False, False, ("file", 5242880)),
    ),
    (),
)

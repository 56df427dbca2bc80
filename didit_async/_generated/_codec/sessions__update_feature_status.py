# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions__update_feature_status' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.sessions__update_feature_status import (
    UpdateFeatureStatusRequest,
    UpdateFeatureStatusResponse,
)
from . import Table, _E_inline41, check_model, encode_by_table, keys_of, new_object

_U_UpdateFeatureStatusRequest: Table = (
    ("new_status", "new_status", None, True),
    ("comment", "comment", None, False),
)


def unstructure_UpdateFeatureStatusRequest(o: UpdateFeatureStatusRequest) -> dict[str, Any]:
    """Encode :class:`UpdateFeatureStatusRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UpdateFeatureStatusRequest)


def structure_UpdateFeatureStatusRequest(d: Any) -> UpdateFeatureStatusRequest:
    """Decode a JSON object into :class:`UpdateFeatureStatusRequest`."""
    o = new_object(UpdateFeatureStatusRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateFeatureStatusRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateFeatureStatusRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_UpdateFeatureStatusRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UpdateFeatureStatusRequest."""
    check_model(d, at, _V_UpdateFeatureStatusRequest, _K_UpdateFeatureStatusRequest)


_U_UpdateFeatureStatusResponse: Table = (
    ("session_id", "session_id", None, False),
    ("node_id", "node_id", None, False),
    ("feature_type", "feature_type", None, False),
    ("new_status", "new_status", None, False),
)


def unstructure_UpdateFeatureStatusResponse(o: UpdateFeatureStatusResponse) -> dict[str, Any]:
    """Encode :class:`UpdateFeatureStatusResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UpdateFeatureStatusResponse)


def structure_UpdateFeatureStatusResponse(d: Any) -> UpdateFeatureStatusResponse:
    """Decode a JSON object into :class:`UpdateFeatureStatusResponse`."""
    o = new_object(UpdateFeatureStatusResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateFeatureStatusResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateFeatureStatusResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_UpdateFeatureStatusRequest = keys_of(_U_UpdateFeatureStatusRequest)
_K_UpdateFeatureStatusResponse = keys_of(_U_UpdateFeatureStatusResponse)

_V_UpdateFeatureStatusRequest: Any = (
    "UpdateFeatureStatusRequest",
    False,
    0,
    (
        ("new_status", True, False, ("enum", _E_inline41, "Approved, Declined, In Review")),
        ("comment", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

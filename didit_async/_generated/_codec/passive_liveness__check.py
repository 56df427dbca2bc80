# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'passive_liveness__check' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.passive_liveness__check import PassiveLivenessRequest, PassiveLivenessResponse
from ..models.shared__passive_liveness_sessions import LivenessReport
from . import Table, check_model, encode_by_table, keys_of, new_object
from .shared__passive_liveness_sessions import structure_LivenessReport, unstructure_LivenessReport

_U_PassiveLivenessRequest: Table = (
    ("user_image", "user_image", None, True),
    ("face_liveness_score_decline_threshold", "face_liveness_score_decline_threshold", None, False),
    ("rotate_image", "rotate_image", None, False),
    ("save_api_request", "save_api_request", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("metadata", "metadata", None, False),
)


def unstructure_PassiveLivenessRequest(o: PassiveLivenessRequest) -> dict[str, Any]:
    """Encode :class:`PassiveLivenessRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PassiveLivenessRequest)


def structure_PassiveLivenessRequest(d: Any) -> PassiveLivenessRequest:
    """Decode a JSON object into :class:`PassiveLivenessRequest`."""
    o = new_object(PassiveLivenessRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_PassiveLivenessRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PassiveLivenessRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_PassiveLivenessRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid PassiveLivenessRequest."""
    check_model(d, at, _V_PassiveLivenessRequest, _K_PassiveLivenessRequest)


_U_PassiveLivenessResponse: Table = (
    ("request_id", "request_id", None, False),
    (
        "liveness",
        "liveness",
        lambda v: unstructure_LivenessReport(v) if isinstance(v, LivenessReport) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_PassiveLivenessResponse(o: PassiveLivenessResponse) -> dict[str, Any]:
    """Encode :class:`PassiveLivenessResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PassiveLivenessResponse)


def structure_PassiveLivenessResponse(d: Any) -> PassiveLivenessResponse:
    """Decode a JSON object into :class:`PassiveLivenessResponse`."""
    v: Any
    o = new_object(PassiveLivenessResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_PassiveLivenessResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PassiveLivenessResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "liveness" in vals:
        v = vals["liveness"]
        if v.__class__ is dict:
            vals["liveness"] = structure_LivenessReport(v)
    return o


_K_PassiveLivenessRequest = keys_of(_U_PassiveLivenessRequest)
_K_PassiveLivenessResponse = keys_of(_U_PassiveLivenessResponse)

_V_PassiveLivenessRequest: Any = (
    "PassiveLivenessRequest",
    False,
    0,
    (
        ("user_image", True, False, ("file", 10485760)),
        ("face_liveness_score_decline_threshold", False, False, ("num", 0, 100)),
        ("rotate_image", False, False, ("bool",)),
        ("save_api_request", False, False, ("bool",)),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        ("metadata", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

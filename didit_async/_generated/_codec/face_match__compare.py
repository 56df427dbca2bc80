# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'face_match__compare' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.face_match__compare import FaceMatchRequest, FaceMatchResponse
from ..models.shared__face_match_sessions import FaceMatchReport
from . import Table, check_model, encode_by_table, keys_of, new_object
from .shared__face_match_sessions import structure_FaceMatchReport, unstructure_FaceMatchReport

_U_FaceMatchRequest: Table = (
    ("user_image", "user_image", None, True),
    ("ref_image", "ref_image", None, True),
    ("face_match_score_decline_threshold", "face_match_score_decline_threshold", None, False),
    ("rotate_image", "rotate_image", None, False),
    ("save_api_request", "save_api_request", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("metadata", "metadata", None, False),
)


def unstructure_FaceMatchRequest(o: FaceMatchRequest) -> dict[str, Any]:
    """Encode :class:`FaceMatchRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_FaceMatchRequest)


def structure_FaceMatchRequest(d: Any) -> FaceMatchRequest:
    """Decode a JSON object into :class:`FaceMatchRequest`."""
    o = new_object(FaceMatchRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceMatchRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceMatchRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_FaceMatchRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid FaceMatchRequest."""
    check_model(d, at, _V_FaceMatchRequest, _K_FaceMatchRequest)


_U_FaceMatchResponse: Table = (
    ("request_id", "request_id", None, False),
    (
        "face_match",
        "face_match",
        lambda v: unstructure_FaceMatchReport(v) if isinstance(v, FaceMatchReport) else v,
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


def unstructure_FaceMatchResponse(o: FaceMatchResponse) -> dict[str, Any]:
    """Encode :class:`FaceMatchResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_FaceMatchResponse)


def structure_FaceMatchResponse(d: Any) -> FaceMatchResponse:
    """Decode a JSON object into :class:`FaceMatchResponse`."""
    v: Any
    o = new_object(FaceMatchResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceMatchResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceMatchResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "face_match" in vals:
        v = vals["face_match"]
        if v.__class__ is dict:
            vals["face_match"] = structure_FaceMatchReport(v)
    return o


_K_FaceMatchRequest = keys_of(_U_FaceMatchRequest)
_K_FaceMatchResponse = keys_of(_U_FaceMatchResponse)

_V_FaceMatchRequest: Any = (
    "FaceMatchRequest",
    False,
    0,
    (
        ("user_image", True, False, ("file", 10485760)),
        ("ref_image", True, False, ("file", 10485760)),
        ("face_match_score_decline_threshold", False, False, ("num", 0, 100)),
        ("rotate_image", False, False, ("bool",)),
        ("save_api_request", False, False, ("bool",)),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        ("metadata", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

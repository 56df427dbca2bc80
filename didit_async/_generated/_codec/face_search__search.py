# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'face_search__search' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.face_search__search import FaceSearchRequest, FaceSearchResponse
from ..models.shared__face_search_sessions import FaceSearchReport
from . import Table, _E_inline57, check_model, encode_by_table, keys_of, new_object
from .shared__face_search_sessions import structure_FaceSearchReport, unstructure_FaceSearchReport

_U_FaceSearchRequest: Table = (
    ("user_image", "user_image", None, True),
    ("rotate_image", "rotate_image", None, False),
    ("save_api_request", "save_api_request", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("search_type", "search_type", None, False),
    ("metadata", "metadata", None, False),
)


def unstructure_FaceSearchRequest(o: FaceSearchRequest) -> dict[str, Any]:
    """Encode :class:`FaceSearchRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_FaceSearchRequest)


def structure_FaceSearchRequest(d: Any) -> FaceSearchRequest:
    """Decode a JSON object into :class:`FaceSearchRequest`."""
    o = new_object(FaceSearchRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceSearchRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceSearchRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_FaceSearchRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid FaceSearchRequest."""
    check_model(d, at, _V_FaceSearchRequest, _K_FaceSearchRequest)


_U_FaceSearchResponse: Table = (
    ("request_id", "request_id", None, False),
    (
        "face_search",
        "face_search",
        lambda v: unstructure_FaceSearchReport(v) if isinstance(v, FaceSearchReport) else v,
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


def unstructure_FaceSearchResponse(o: FaceSearchResponse) -> dict[str, Any]:
    """Encode :class:`FaceSearchResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_FaceSearchResponse)


def structure_FaceSearchResponse(d: Any) -> FaceSearchResponse:
    """Decode a JSON object into :class:`FaceSearchResponse`."""
    v: Any
    o = new_object(FaceSearchResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceSearchResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceSearchResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "face_search" in vals:
        v = vals["face_search"]
        if v.__class__ is dict:
            vals["face_search"] = structure_FaceSearchReport(v)
    return o


_K_FaceSearchRequest = keys_of(_U_FaceSearchRequest)
_K_FaceSearchResponse = keys_of(_U_FaceSearchResponse)

_V_FaceSearchRequest: Any = (
    "FaceSearchRequest",
    False,
    0,
    (
        ("user_image", True, False, ("file", 10485760)),
        ("rotate_image", False, False, ("bool",)),
        ("save_api_request", False, False, ("bool",)),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        (
            "search_type",
            False,
            False,
            ("enum", _E_inline57, "most_similar, blocklisted_or_approved"),
        ),
        ("metadata", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'age_estimation' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..enums import FeatureStatus
from ..models.age_estimation import AgeEstimationReport, AgeEstimationRequest, AgeEstimationResponse
from ..models.shared import FaceImageInfo, Warning
from . import Table, _M_FeatureStatus, check_model, encode_by_table, keys_of, new_object
from .shared import (
    structure_FaceImageInfo,
    structure_Warning,
    unstructure_FaceImageInfo,
    unstructure_Warning,
)

_U_AgeEstimationReport: Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("method", "method", None, False),
    ("score", "score", None, False),
    ("age_estimation", "age_estimation", None, False),
    ("reference_image", "reference_image", None, False),
    ("video_url", "video_url", None, False),
    (
        "user_image",
        "user_image",
        lambda v: unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v,
        False,
    ),
)


def unstructure_AgeEstimationReport(o: AgeEstimationReport) -> dict[str, Any]:
    """Encode :class:`AgeEstimationReport` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AgeEstimationReport)


def structure_AgeEstimationReport(d: Any) -> AgeEstimationReport:
    """Decode a JSON object into :class:`AgeEstimationReport`."""
    v: Any
    o = new_object(AgeEstimationReport)
    vals = o.__dict__
    vals.update(d)
    if _K_AgeEstimationReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AgeEstimationReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    if "user_image" in vals:
        v = vals["user_image"]
        if v.__class__ is dict:
            vals["user_image"] = structure_FaceImageInfo(v)
    return o


_U_AgeEstimationRequest: Table = (
    ("user_image", "user_image", None, True),
    ("rotate_image", "rotate_image", None, False),
    ("save_api_request", "save_api_request", None, False),
    ("vendor_data", "vendor_data", None, False),
)


def unstructure_AgeEstimationRequest(o: AgeEstimationRequest) -> dict[str, Any]:
    """Encode :class:`AgeEstimationRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AgeEstimationRequest)


def structure_AgeEstimationRequest(d: Any) -> AgeEstimationRequest:
    """Decode a JSON object into :class:`AgeEstimationRequest`."""
    o = new_object(AgeEstimationRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AgeEstimationRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AgeEstimationRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_AgeEstimationRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid AgeEstimationRequest."""
    check_model(d, at, _V_AgeEstimationRequest, _K_AgeEstimationRequest)


_U_AgeEstimationResponse: Table = (
    ("request_id", "request_id", None, False),
    (
        "liveness",
        "liveness",
        lambda v: unstructure_AgeEstimationReport(v) if isinstance(v, AgeEstimationReport) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_AgeEstimationResponse(o: AgeEstimationResponse) -> dict[str, Any]:
    """Encode :class:`AgeEstimationResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AgeEstimationResponse)


def structure_AgeEstimationResponse(d: Any) -> AgeEstimationResponse:
    """Decode a JSON object into :class:`AgeEstimationResponse`."""
    v: Any
    o = new_object(AgeEstimationResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_AgeEstimationResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AgeEstimationResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "liveness" in vals:
        v = vals["liveness"]
        if v.__class__ is dict:
            vals["liveness"] = structure_AgeEstimationReport(v)
    return o


_K_AgeEstimationReport = keys_of(_U_AgeEstimationReport)
_K_AgeEstimationRequest = keys_of(_U_AgeEstimationRequest)
_K_AgeEstimationResponse = keys_of(_U_AgeEstimationResponse)

_V_AgeEstimationRequest: Any = (
    "AgeEstimationRequest",
    False,
    0,
    (
        ("user_image", True, False, ("file", 10485760)),
        ("rotate_image", False, False, ("bool",)),
        ("save_api_request", False, False, ("bool",)),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'age_estimation__estimate' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import FeatureStatus
from ..models.age_estimation__estimate import (
    AgeEstimationReport,
    AgeEstimationRequest,
    AgeEstimationResponse,
    AgeEstimationResponseAgeEstimation,
    AgeEstimationResponseAgeEstimationUserImage,
    AgeEstimationResponseAgeEstimationUserImageEntity,
    AgeEstimationResponseAgeEstimationWarning,
)
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
    ("face_liveness_score_decline_threshold", "face_liveness_score_decline_threshold", None, False),
    ("age_estimation_decline_threshold", "age_estimation_decline_threshold", None, False),
    ("metadata", "metadata", None, False),
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


_U_AgeEstimationResponseAgeEstimationUserImageEntity: Table = (
    ("age", "age", None, False),
    ("bbox", "bbox", None, False),
    ("confidence", "confidence", None, False),
    ("gender", "gender", None, False),
)


def unstructure_AgeEstimationResponseAgeEstimationUserImageEntity(
    o: AgeEstimationResponseAgeEstimationUserImageEntity,
) -> dict[str, Any]:
    """Encode :class:`AgeEstimationResponseAgeEstimationUserImageEntity` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AgeEstimationResponseAgeEstimationUserImageEntity)


def structure_AgeEstimationResponseAgeEstimationUserImageEntity(
    d: Any,
) -> AgeEstimationResponseAgeEstimationUserImageEntity:
    """Decode a JSON object into :class:`AgeEstimationResponseAgeEstimationUserImageEntity`."""
    o = new_object(AgeEstimationResponseAgeEstimationUserImageEntity)
    vals = o.__dict__
    vals.update(d)
    if _K_AgeEstimationResponseAgeEstimationUserImageEntity.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AgeEstimationResponseAgeEstimationUserImageEntity
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AgeEstimationResponseAgeEstimationUserImage: Table = (
    (
        "entities",
        "entities",
        lambda v: (
            [
                unstructure_AgeEstimationResponseAgeEstimationUserImageEntity(x)
                if isinstance(x, AgeEstimationResponseAgeEstimationUserImageEntity)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("best_angle", "best_angle", None, False),
)


def unstructure_AgeEstimationResponseAgeEstimationUserImage(
    o: AgeEstimationResponseAgeEstimationUserImage,
) -> dict[str, Any]:
    """Encode :class:`AgeEstimationResponseAgeEstimationUserImage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AgeEstimationResponseAgeEstimationUserImage)


def structure_AgeEstimationResponseAgeEstimationUserImage(
    d: Any,
) -> AgeEstimationResponseAgeEstimationUserImage:
    """Decode a JSON object into :class:`AgeEstimationResponseAgeEstimationUserImage`."""
    v: Any
    o = new_object(AgeEstimationResponseAgeEstimationUserImage)
    vals = o.__dict__
    vals.update(d)
    if _K_AgeEstimationResponseAgeEstimationUserImage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AgeEstimationResponseAgeEstimationUserImage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "entities" in vals:
        v = vals["entities"]
        if v and v.__class__ is list:
            vals["entities"] = [
                structure_AgeEstimationResponseAgeEstimationUserImageEntity(x)
                if x.__class__ is dict
                else x
                for x in v
            ]
    return o


_U_AgeEstimationResponseAgeEstimationWarning: Table = (
    ("risk", "risk", None, False),
    ("feature", "feature", None, False),
    (
        "additional_data",
        "additional_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("log_type", "log_type", None, False),
    ("short_description", "short_description", None, False),
    ("long_description", "long_description", None, False),
)


def unstructure_AgeEstimationResponseAgeEstimationWarning(
    o: AgeEstimationResponseAgeEstimationWarning,
) -> dict[str, Any]:
    """Encode :class:`AgeEstimationResponseAgeEstimationWarning` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AgeEstimationResponseAgeEstimationWarning)


def structure_AgeEstimationResponseAgeEstimationWarning(
    d: Any,
) -> AgeEstimationResponseAgeEstimationWarning:
    """Decode a JSON object into :class:`AgeEstimationResponseAgeEstimationWarning`."""
    o = new_object(AgeEstimationResponseAgeEstimationWarning)
    vals = o.__dict__
    vals.update(d)
    if _K_AgeEstimationResponseAgeEstimationWarning.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AgeEstimationResponseAgeEstimationWarning
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AgeEstimationResponseAgeEstimation: Table = (
    ("status", "status", None, False),
    ("method", "method", None, False),
    ("score", "score", None, False),
    (
        "user_image",
        "user_image",
        lambda v: (
            unstructure_AgeEstimationResponseAgeEstimationUserImage(v)
            if isinstance(v, AgeEstimationResponseAgeEstimationUserImage)
            else v
        ),
        False,
    ),
    ("age_estimation", "age_estimation", None, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [
                unstructure_AgeEstimationResponseAgeEstimationWarning(x)
                if isinstance(x, AgeEstimationResponseAgeEstimationWarning)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_AgeEstimationResponseAgeEstimation(
    o: AgeEstimationResponseAgeEstimation,
) -> dict[str, Any]:
    """Encode :class:`AgeEstimationResponseAgeEstimation` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AgeEstimationResponseAgeEstimation)


def structure_AgeEstimationResponseAgeEstimation(d: Any) -> AgeEstimationResponseAgeEstimation:
    """Decode a JSON object into :class:`AgeEstimationResponseAgeEstimation`."""
    v: Any
    o = new_object(AgeEstimationResponseAgeEstimation)
    vals = o.__dict__
    vals.update(d)
    if _K_AgeEstimationResponseAgeEstimation.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AgeEstimationResponseAgeEstimation
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "user_image" in vals:
        v = vals["user_image"]
        if v.__class__ is dict:
            vals["user_image"] = structure_AgeEstimationResponseAgeEstimationUserImage(v)
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [
                structure_AgeEstimationResponseAgeEstimationWarning(x) if x.__class__ is dict else x
                for x in v
            ]
    return o


_U_AgeEstimationResponse: Table = (
    ("request_id", "request_id", None, False),
    (
        "liveness",
        "liveness",
        lambda v: unstructure_AgeEstimationReport(v) if isinstance(v, AgeEstimationReport) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
    (
        "age_estimation",
        "age_estimation",
        lambda v: (
            unstructure_AgeEstimationResponseAgeEstimation(v)
            if isinstance(v, AgeEstimationResponseAgeEstimation)
            else v
        ),
        False,
    ),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
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
    if "age_estimation" in vals:
        v = vals["age_estimation"]
        if v.__class__ is dict:
            vals["age_estimation"] = structure_AgeEstimationResponseAgeEstimation(v)
    return o


_K_AgeEstimationReport = keys_of(_U_AgeEstimationReport)
_K_AgeEstimationRequest = keys_of(_U_AgeEstimationRequest)
_K_AgeEstimationResponseAgeEstimationUserImageEntity = keys_of(
    _U_AgeEstimationResponseAgeEstimationUserImageEntity
)
_K_AgeEstimationResponseAgeEstimationUserImage = keys_of(
    _U_AgeEstimationResponseAgeEstimationUserImage
)
_K_AgeEstimationResponseAgeEstimationWarning = keys_of(_U_AgeEstimationResponseAgeEstimationWarning)
_K_AgeEstimationResponseAgeEstimation = keys_of(_U_AgeEstimationResponseAgeEstimation)
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
        ("face_liveness_score_decline_threshold", False, False, ("num", 0, 100)),
        ("age_estimation_decline_threshold", False, False, ("int", 0, 100)),
        ("metadata", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'shared__passive_liveness_sessions' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..enums import FeatureStatus
from ..models.shared import FaceImageInfo, Warning
from ..models.shared__passive_liveness_sessions import (
    LivenessReport,
    LivenessReportMatch,
    LivenessReportMatchUserDetails,
)
from . import Table, _M_FeatureStatus, encode_by_table, keys_of, new_object
from .shared import (
    structure_FaceImageInfo,
    structure_Warning,
    unstructure_FaceImageInfo,
    unstructure_Warning,
)

_U_LivenessReportMatchUserDetails: Table = (
    ("full_name", "full_name", None, False),
    ("document_type", "document_type", None, False),
    ("document_number", "document_number", None, False),
)


def unstructure_LivenessReportMatchUserDetails(o: LivenessReportMatchUserDetails) -> dict[str, Any]:
    """Encode :class:`LivenessReportMatchUserDetails` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_LivenessReportMatchUserDetails)


def structure_LivenessReportMatchUserDetails(d: Any) -> LivenessReportMatchUserDetails:
    """Decode a JSON object into :class:`LivenessReportMatchUserDetails`."""
    o = new_object(LivenessReportMatchUserDetails)
    vals = o.__dict__
    vals.update(d)
    if _K_LivenessReportMatchUserDetails.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_LivenessReportMatchUserDetails
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_LivenessReportMatch: Table = (
    ("session_id", "session_id", None, False),
    ("session_number", "session_number", None, False),
    ("similarity_percentage", "similarity_percentage", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("vendor_user_id", "vendor_user_id", None, False),
    ("biometric_template_id", "biometric_template_id", None, False),
    ("verification_date", "verification_date", None, False),
    (
        "user_details",
        "user_details",
        lambda v: (
            unstructure_LivenessReportMatchUserDetails(v)
            if isinstance(v, LivenessReportMatchUserDetails)
            else v
        ),
        False,
    ),
    ("match_image_url", "match_image_url", None, False),
    ("status", "status", None, False),
    ("is_blocklisted", "is_blocklisted", None, False),
    ("is_allowlisted", "is_allowlisted", None, False),
    ("api_service", "api_service", None, False),
    ("source", "source", None, False),
)


def unstructure_LivenessReportMatch(o: LivenessReportMatch) -> dict[str, Any]:
    """Encode :class:`LivenessReportMatch` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_LivenessReportMatch)


def structure_LivenessReportMatch(d: Any) -> LivenessReportMatch:
    """Decode a JSON object into :class:`LivenessReportMatch`."""
    v: Any
    o = new_object(LivenessReportMatch)
    vals = o.__dict__
    vals.update(d)
    if _K_LivenessReportMatch.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_LivenessReportMatch
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "user_details" in vals:
        v = vals["user_details"]
        if v.__class__ is dict:
            vals["user_details"] = structure_LivenessReportMatchUserDetails(v)
    return o


_U_LivenessReport: Table = (
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
    ("reference_image", "reference_image", None, False),
    ("video_url", "video_url", None, False),
    ("age_estimation", "age_estimation", None, False),
    (
        "user_image",
        "user_image",
        lambda v: unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v,
        False,
    ),
    ("face_quality", "face_quality", None, False),
    ("face_luminance", "face_luminance", None, False),
    (
        "matches",
        "matches",
        lambda v: (
            [
                unstructure_LivenessReportMatch(x) if isinstance(x, LivenessReportMatch) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_LivenessReport(o: LivenessReport) -> dict[str, Any]:
    """Encode :class:`LivenessReport` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_LivenessReport)


def structure_LivenessReport(d: Any) -> LivenessReport:
    """Decode a JSON object into :class:`LivenessReport`."""
    v: Any
    o = new_object(LivenessReport)
    vals = o.__dict__
    vals.update(d)
    if _K_LivenessReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_LivenessReport
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
    if "matches" in vals:
        v = vals["matches"]
        if v and v.__class__ is list:
            vals["matches"] = [
                structure_LivenessReportMatch(x) if x.__class__ is dict else x for x in v
            ]
    return o


_K_LivenessReportMatchUserDetails = keys_of(_U_LivenessReportMatchUserDetails)
_K_LivenessReportMatch = keys_of(_U_LivenessReportMatch)
_K_LivenessReport = keys_of(_U_LivenessReport)

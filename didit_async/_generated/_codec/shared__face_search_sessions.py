# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'shared__face_search_sessions' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..enums import FeatureStatus
from ..models.shared import FaceImageInfo, Warning
from ..models.shared__face_search_sessions import (
    FaceSearchMatch,
    FaceSearchReport,
    FaceSearchUserDetails,
)
from . import Table, _M_FeatureStatus, encode_by_table, keys_of, new_object
from .shared import (
    structure_FaceImageInfo,
    structure_Warning,
    unstructure_FaceImageInfo,
    unstructure_Warning,
)

_U_FaceSearchUserDetails: Table = (
    ("name", "name", None, False),
    ("document_type", "document_type", None, False),
    ("document_number", "document_number", None, False),
    ("full_name", "full_name", None, False),
)


def unstructure_FaceSearchUserDetails(o: FaceSearchUserDetails) -> dict[str, Any]:
    """Encode :class:`FaceSearchUserDetails` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_FaceSearchUserDetails)


def structure_FaceSearchUserDetails(d: Any) -> FaceSearchUserDetails:
    """Decode a JSON object into :class:`FaceSearchUserDetails`."""
    o = new_object(FaceSearchUserDetails)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceSearchUserDetails.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceSearchUserDetails
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_FaceSearchMatch: Table = (
    ("session_id", "session_id", None, False),
    ("session_number", "session_number", None, False),
    ("similarity_percentage", "similarity_percentage", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("verification_date", "verification_date", None, False),
    (
        "user_details",
        "user_details",
        lambda v: (
            unstructure_FaceSearchUserDetails(v) if isinstance(v, FaceSearchUserDetails) else v
        ),
        False,
    ),
    ("match_image_url", "match_image_url", None, False),
    ("status", "status", None, False),
    ("is_blocklisted", "is_blocklisted", None, False),
    ("source", "source", None, False),
    ("vendor_user_id", "vendor_user_id", None, False),
    ("biometric_template_id", "biometric_template_id", None, False),
    ("is_allowlisted", "is_allowlisted", None, False),
    ("api_service", "api_service", None, False),
)


def unstructure_FaceSearchMatch(o: FaceSearchMatch) -> dict[str, Any]:
    """Encode :class:`FaceSearchMatch` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_FaceSearchMatch)


def structure_FaceSearchMatch(d: Any) -> FaceSearchMatch:
    """Decode a JSON object into :class:`FaceSearchMatch`."""
    v: Any
    o = new_object(FaceSearchMatch)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceSearchMatch.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceSearchMatch
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "user_details" in vals:
        v = vals["user_details"]
        if v.__class__ is dict:
            vals["user_details"] = structure_FaceSearchUserDetails(v)
    return o


_U_FaceSearchReport: Table = (
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
    ("total_matches", "total_matches", None, False),
    (
        "matches",
        "matches",
        lambda v: (
            [unstructure_FaceSearchMatch(x) if isinstance(x, FaceSearchMatch) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "user_image",
        "user_image",
        lambda v: unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v,
        False,
    ),
)


def unstructure_FaceSearchReport(o: FaceSearchReport) -> dict[str, Any]:
    """Encode :class:`FaceSearchReport` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_FaceSearchReport)


def structure_FaceSearchReport(d: Any) -> FaceSearchReport:
    """Decode a JSON object into :class:`FaceSearchReport`."""
    v: Any
    o = new_object(FaceSearchReport)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceSearchReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceSearchReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    if "matches" in vals:
        v = vals["matches"]
        if v and v.__class__ is list:
            vals["matches"] = [
                structure_FaceSearchMatch(x) if x.__class__ is dict else x for x in v
            ]
    if "user_image" in vals:
        v = vals["user_image"]
        if v.__class__ is dict:
            vals["user_image"] = structure_FaceImageInfo(v)
    return o


_K_FaceSearchUserDetails = keys_of(_U_FaceSearchUserDetails)
_K_FaceSearchMatch = keys_of(_U_FaceSearchMatch)
_K_FaceSearchReport = keys_of(_U_FaceSearchReport)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'shared__face_match_sessions' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..enums import FeatureStatus
from ..models.shared import FaceImageInfo, Warning
from ..models.shared__face_match_sessions import FaceMatchReport
from . import Table, _M_FeatureStatus, encode_by_table, keys_of, new_object
from .shared import (
    structure_FaceImageInfo,
    structure_Warning,
    unstructure_FaceImageInfo,
    unstructure_Warning,
)

_U_FaceMatchReport: Table = (
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
    ("score", "score", None, False),
    ("source_image", "source_image", None, False),
    ("target_image", "target_image", None, False),
    (
        "user_image",
        "user_image",
        lambda v: unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v,
        False,
    ),
    (
        "ref_image",
        "ref_image",
        lambda v: unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v,
        False,
    ),
    ("source_image_session_id", "source_image_session_id", None, False),
)


def unstructure_FaceMatchReport(o: FaceMatchReport) -> dict[str, Any]:
    """Encode :class:`FaceMatchReport` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_FaceMatchReport)


def structure_FaceMatchReport(d: Any) -> FaceMatchReport:
    """Decode a JSON object into :class:`FaceMatchReport`."""
    v: Any
    o = new_object(FaceMatchReport)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceMatchReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceMatchReport
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
    if "ref_image" in vals:
        v = vals["ref_image"]
        if v.__class__ is dict:
            vals["ref_image"] = structure_FaceImageInfo(v)
    return o


_K_FaceMatchReport = keys_of(_U_FaceMatchReport)

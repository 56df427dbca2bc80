# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'shared' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..enums import WarningLogType
from ..models.shared import FaceEntity, FaceImageInfo, Warning
from . import Table, _M_WarningLogType, encode_by_table, keys_of, new_object

_U_Warning: Table = (
    ("feature", "feature", None, False),
    ("risk", "risk", None, False),
    ("additional_data", "additional_data", None, False),
    ("log_type", "log_type", lambda v: v.value if isinstance(v, WarningLogType) else v, False),
    ("short_description", "short_description", None, False),
    ("long_description", "long_description", None, False),
    ("node_id", "node_id", None, False),
)


def unstructure_Warning(o: Warning) -> dict[str, Any]:
    """Encode :class:`Warning` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_Warning)


def structure_Warning(d: Any) -> Warning:
    """Decode a JSON object into :class:`Warning`."""
    v: Any
    o = new_object(Warning)
    vals = o.__dict__
    vals.update(d)
    if _K_Warning.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_Warning
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "log_type" in vals:
        v = vals["log_type"]
        if v.__class__ is str:
            vals["log_type"] = _M_WarningLogType[v]
    return o


_U_FaceEntity: Table = (
    ("age", "age", None, False),
    ("bbox", "bbox", None, False),
    ("confidence", "confidence", None, False),
    ("gender", "gender", None, False),
    ("race", "race", None, False),
)


def unstructure_FaceEntity(o: FaceEntity) -> dict[str, Any]:
    """Encode :class:`FaceEntity` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_FaceEntity)


def structure_FaceEntity(d: Any) -> FaceEntity:
    """Decode a JSON object into :class:`FaceEntity`."""
    o = new_object(FaceEntity)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceEntity.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceEntity
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_FaceImageInfo: Table = (
    (
        "entities",
        "entities",
        lambda v: (
            [unstructure_FaceEntity(x) if isinstance(x, FaceEntity) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("best_angle", "best_angle", None, False),
)


def unstructure_FaceImageInfo(o: FaceImageInfo) -> dict[str, Any]:
    """Encode :class:`FaceImageInfo` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_FaceImageInfo)


def structure_FaceImageInfo(d: Any) -> FaceImageInfo:
    """Decode a JSON object into :class:`FaceImageInfo`."""
    v: Any
    o = new_object(FaceImageInfo)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceImageInfo.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceImageInfo
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "entities" in vals:
        v = vals["entities"]
        if v and v.__class__ is list:
            vals["entities"] = [structure_FaceEntity(x) if x.__class__ is dict else x for x in v]
    return o


_K_Warning = keys_of(_U_Warning)
_K_FaceEntity = keys_of(_U_FaceEntity)
_K_FaceImageInfo = keys_of(_U_FaceImageInfo)

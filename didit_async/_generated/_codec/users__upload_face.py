# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'users__upload_face' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.users__upload_face import UserFace, UserFaceUploadRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_UserFaceUploadRequest: Table = (
    ("image", "image", None, True),
    ("comment", "comment", None, False),
)


def unstructure_UserFaceUploadRequest(o: UserFaceUploadRequest) -> dict[str, Any]:
    """Encode :class:`UserFaceUploadRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UserFaceUploadRequest)


def structure_UserFaceUploadRequest(d: Any) -> UserFaceUploadRequest:
    """Decode a JSON object into :class:`UserFaceUploadRequest`."""
    o = new_object(UserFaceUploadRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UserFaceUploadRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserFaceUploadRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_UserFaceUploadRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UserFaceUploadRequest."""
    check_model(d, at, _V_UserFaceUploadRequest, _K_UserFaceUploadRequest)


_U_UserFace: Table = (
    ("uuid", "uuid", None, True),
    ("image_url", "image_url", None, True),
    ("comment", "comment", None, True),
    ("uploaded_by", "uploaded_by", None, True),
    ("created_at", "created_at", None, True),
)


def unstructure_UserFace(o: UserFace) -> dict[str, Any]:
    """Encode :class:`UserFace` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UserFace)


def structure_UserFace(d: Any) -> UserFace:
    """Decode a JSON object into :class:`UserFace`."""
    o = new_object(UserFace)
    vals = o.__dict__
    vals.update(d)
    if _K_UserFace.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserFace
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_UserFaceUploadRequest = keys_of(_U_UserFaceUploadRequest)
_K_UserFace = keys_of(_U_UserFace)

_V_UserFaceUploadRequest: Any = (
    "UserFaceUploadRequest",
    False,
    0,
    (
        ("image", True, False, ("str", None, None, None, None, ())),
        ("comment", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

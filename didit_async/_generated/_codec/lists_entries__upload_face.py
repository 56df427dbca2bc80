# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'lists_entries__upload_face' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.lists_entries__upload_face import ListFaceUploadRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_ListFaceUploadRequest: Table = (
    ("image", "image", None, True),
    ("display_label", "display_label", None, False),
    ("comment", "comment", None, False),
)


def unstructure_ListFaceUploadRequest(o: ListFaceUploadRequest) -> dict[str, Any]:
    """Encode :class:`ListFaceUploadRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ListFaceUploadRequest)


def structure_ListFaceUploadRequest(d: Any) -> ListFaceUploadRequest:
    """Decode a JSON object into :class:`ListFaceUploadRequest`."""
    o = new_object(ListFaceUploadRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_ListFaceUploadRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ListFaceUploadRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_ListFaceUploadRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ListFaceUploadRequest."""
    check_model(d, at, _V_ListFaceUploadRequest, _K_ListFaceUploadRequest)


_K_ListFaceUploadRequest = keys_of(_U_ListFaceUploadRequest)

_V_ListFaceUploadRequest: Any = (
    "ListFaceUploadRequest",
    False,
    0,
    (
        ("image", True, False, ("str", 1, None, None, None, ())),
        ("display_label", False, False, ("str", None, None, None, None, ())),
        ("comment", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases_notes__upload_attachment' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.cases_notes__upload_attachment import (
    CaseNoteAttachmentUpload,
    CaseNoteAttachmentUploadRequest,
)
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_CaseNoteAttachmentUpload: Table = (
    ("s3_key", "s3_key", None, False),
    ("url", "url", None, False),
    ("filename", "filename", None, False),
    ("file_size", "file_size", None, False),
)


def unstructure_CaseNoteAttachmentUpload(o: CaseNoteAttachmentUpload) -> dict[str, Any]:
    """Encode :class:`CaseNoteAttachmentUpload` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseNoteAttachmentUpload)


def structure_CaseNoteAttachmentUpload(d: Any) -> CaseNoteAttachmentUpload:
    """Decode a JSON object into :class:`CaseNoteAttachmentUpload`."""
    o = new_object(CaseNoteAttachmentUpload)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseNoteAttachmentUpload.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseNoteAttachmentUpload
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_CaseNoteAttachmentUploadRequest: Table = (("file", "file", None, True),)


def unstructure_CaseNoteAttachmentUploadRequest(
    o: CaseNoteAttachmentUploadRequest,
) -> dict[str, Any]:
    """Encode :class:`CaseNoteAttachmentUploadRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseNoteAttachmentUploadRequest)


def structure_CaseNoteAttachmentUploadRequest(d: Any) -> CaseNoteAttachmentUploadRequest:
    """Decode a JSON object into :class:`CaseNoteAttachmentUploadRequest`."""
    o = new_object(CaseNoteAttachmentUploadRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseNoteAttachmentUploadRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseNoteAttachmentUploadRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_CaseNoteAttachmentUploadRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseNoteAttachmentUploadRequest."""
    check_model(d, at, _V_CaseNoteAttachmentUploadRequest, _K_CaseNoteAttachmentUploadRequest)


_K_CaseNoteAttachmentUpload = keys_of(_U_CaseNoteAttachmentUpload)
_K_CaseNoteAttachmentUploadRequest = keys_of(_U_CaseNoteAttachmentUploadRequest)

_V_CaseNoteAttachmentUploadRequest: Any = (
    "CaseNoteAttachmentUploadRequest",
    False,
    0,
    (("file", True, False, ("file", None)),),
    (),
)

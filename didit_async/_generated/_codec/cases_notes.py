# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases_notes' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_email

from ..models.cases import CaseNote
from ..models.cases_notes import (
    CaseNoteAttachmentReference,
    CaseNoteAttachmentUpload,
    CaseNoteAttachmentUploadRequest,
    CaseNoteAttachmentUrl,
    CaseNoteCreateRequest,
    CaseNotePage,
)
from . import Table, check_model, encode_by_table, keys_of, new_object
from .cases import structure_CaseNote, unstructure_CaseNote

_U_CaseNoteAttachmentReference: Table = (
    ("s3_key", "s3_key", None, False),
    ("filename", "filename", None, False),
    ("file_size", "file_size", None, False),
)


def unstructure_CaseNoteAttachmentReference(o: CaseNoteAttachmentReference) -> dict[str, Any]:
    """Encode :class:`CaseNoteAttachmentReference` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseNoteAttachmentReference)


def structure_CaseNoteAttachmentReference(d: Any) -> CaseNoteAttachmentReference:
    """Decode a JSON object into :class:`CaseNoteAttachmentReference`."""
    o = new_object(CaseNoteAttachmentReference)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseNoteAttachmentReference.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseNoteAttachmentReference
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_CaseNoteAttachmentReference(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseNoteAttachmentReference."""
    check_model(d, at, _V_CaseNoteAttachmentReference, _K_CaseNoteAttachmentReference)


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


_U_CaseNoteAttachmentUrl: Table = (
    ("s3_key", "s3_key", None, False),
    ("url", "url", None, False),
    ("filename", "filename", None, False),
)


def unstructure_CaseNoteAttachmentUrl(o: CaseNoteAttachmentUrl) -> dict[str, Any]:
    """Encode :class:`CaseNoteAttachmentUrl` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseNoteAttachmentUrl)


def structure_CaseNoteAttachmentUrl(d: Any) -> CaseNoteAttachmentUrl:
    """Decode a JSON object into :class:`CaseNoteAttachmentUrl`."""
    o = new_object(CaseNoteAttachmentUrl)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseNoteAttachmentUrl.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseNoteAttachmentUrl
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_CaseNoteCreateRequest: Table = (
    ("comment", "comment", None, True),
    ("mentioned_emails", "mentioned_emails", None, False),
    ("is_internal", "is_internal", None, False),
    (
        "attachments",
        "attachments",
        lambda v: (
            [
                unstructure_CaseNoteAttachmentReference(x)
                if isinstance(x, CaseNoteAttachmentReference)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("tags", "tags", None, False),
)


def unstructure_CaseNoteCreateRequest(o: CaseNoteCreateRequest) -> dict[str, Any]:
    """Encode :class:`CaseNoteCreateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseNoteCreateRequest)


def structure_CaseNoteCreateRequest(d: Any) -> CaseNoteCreateRequest:
    """Decode a JSON object into :class:`CaseNoteCreateRequest`."""
    v: Any
    o = new_object(CaseNoteCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseNoteCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseNoteCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "attachments" in vals:
        v = vals["attachments"]
        if v and v.__class__ is list:
            vals["attachments"] = [
                structure_CaseNoteAttachmentReference(x) if x.__class__ is dict else x for x in v
            ]
    return o


def validate_CaseNoteCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseNoteCreateRequest."""
    check_model(d, at, _V_CaseNoteCreateRequest, _K_CaseNoteCreateRequest)


_U_CaseNotePage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_CaseNote(x) if isinstance(x, CaseNote) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_CaseNotePage(o: CaseNotePage) -> dict[str, Any]:
    """Encode :class:`CaseNotePage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseNotePage)


def structure_CaseNotePage(d: Any) -> CaseNotePage:
    """Decode a JSON object into :class:`CaseNotePage`."""
    v: Any
    o = new_object(CaseNotePage)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseNotePage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseNotePage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_CaseNote(x) if x.__class__ is dict else x for x in v]
    return o


_K_CaseNoteAttachmentReference = keys_of(_U_CaseNoteAttachmentReference)
_K_CaseNoteAttachmentUpload = keys_of(_U_CaseNoteAttachmentUpload)
_K_CaseNoteAttachmentUploadRequest = keys_of(_U_CaseNoteAttachmentUploadRequest)
_K_CaseNoteAttachmentUrl = keys_of(_U_CaseNoteAttachmentUrl)
_K_CaseNoteCreateRequest = keys_of(_U_CaseNoteCreateRequest)
_K_CaseNotePage = keys_of(_U_CaseNotePage)

_V_CaseNoteAttachmentReference: Any = (
    "CaseNoteAttachmentReference",
    False,
    0,
    (
        ("s3_key", False, False, ("str", None, None, None, None, ())),
        ("filename", False, False, ("str", None, None, None, None, ())),
        ("file_size", False, False, ("int", None, None)),
    ),
    (),
)

_V_CaseNoteAttachmentUploadRequest: Any = (
    "CaseNoteAttachmentUploadRequest",
    False,
    0,
    (("file", True, False, ("file", None)),),
    (),
)

_V_CaseNoteCreateRequest: Any = (
    "CaseNoteCreateRequest",
    False,
    0,
    (
        ("comment", True, False, ("str", None, None, None, None, ())),
        (
            "mentioned_emails",
            False,
            False,
            ("list", None, None, ("str", None, None, None, (is_email, "email"), ()), False),
        ),
        ("is_internal", False, False, ("bool",)),
        (
            "attachments",
            False,
            False,
            ("list", None, None, ("model", validate_CaseNoteAttachmentReference), False),
        ),
        ("tags", False, False, ("list", None, None, ("str", None, None, None, None, ()), False)),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases_notes__create' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_email

from ..models.cases_notes__create import CaseNoteAttachmentReference, CaseNoteCreateRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

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


_K_CaseNoteAttachmentReference = keys_of(_U_CaseNoteAttachmentReference)
_K_CaseNoteCreateRequest = keys_of(_U_CaseNoteCreateRequest)

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

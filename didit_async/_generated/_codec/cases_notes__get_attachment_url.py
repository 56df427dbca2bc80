# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases_notes__get_attachment_url' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.cases_notes__get_attachment_url import CaseNoteAttachmentUrl
from . import Table, encode_by_table, keys_of, new_object

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


_K_CaseNoteAttachmentUrl = keys_of(_U_CaseNoteAttachmentUrl)

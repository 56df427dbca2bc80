# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions_imports__create__retrieve' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.sessions_imports__create__retrieve import SessionImport
from . import Table, encode_by_table, keys_of, new_object

_U_SessionImport: Table = (
    ("uuid", "uuid", None, True),
    ("status", "status", None, False),
    ("import_type", "import_type", None, False),
    ("source_format", "source_format", None, False),
    ("source_file_url", "source_file_url", None, False),
    ("workflow_id", "workflow_id", None, False),
    ("total_rows", "total_rows", None, False),
    ("processed_rows", "processed_rows", None, False),
    ("success_count", "success_count", None, False),
    ("error_count", "error_count", None, False),
    ("created_at", "created_at", None, False),
    ("completed_at", "completed_at", None, False),
    ("source_filename", "source_filename", None, False),
    ("checkpoint_row", "checkpoint_row", None, False),
    ("created_count", "created_count", None, False),
    ("updated_count", "updated_count", None, False),
    ("skipped_count", "skipped_count", None, False),
    ("failed_count", "failed_count", None, False),
    ("total_media_bytes", "total_media_bytes", None, False),
    ("last_error", "last_error", None, False),
    ("updated_at", "updated_at", None, False),
    ("started_at", "started_at", None, False),
)


def unstructure_SessionImport(o: SessionImport) -> dict[str, Any]:
    """Encode :class:`SessionImport` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionImport)


def structure_SessionImport(d: Any) -> SessionImport:
    """Decode a JSON object into :class:`SessionImport`."""
    o = new_object(SessionImport)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionImport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionImport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_SessionImport = keys_of(_U_SessionImport)

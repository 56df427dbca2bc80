# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions__batch_delete__retrieve_batch_delete_job' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.sessions__batch_delete__retrieve_batch_delete_job import BatchDeleteResultItem
from . import Table, encode_by_table, keys_of, new_object

_U_BatchDeleteResultItem: Table = (
    ("session_number", "session_number", None, False),
    ("session_id", "session_id", None, False),
    ("deleted", "deleted", None, False),
    ("detail", "detail", None, False),
    ("face_retention_outcome", "face_retention_outcome", None, False),
    ("biometric_template_uuid", "biometric_template_uuid", None, False),
)


def unstructure_BatchDeleteResultItem(o: BatchDeleteResultItem) -> dict[str, Any]:
    """Encode :class:`BatchDeleteResultItem` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BatchDeleteResultItem)


def structure_BatchDeleteResultItem(d: Any) -> BatchDeleteResultItem:
    """Decode a JSON object into :class:`BatchDeleteResultItem`."""
    o = new_object(BatchDeleteResultItem)
    vals = o.__dict__
    vals.update(d)
    if _K_BatchDeleteResultItem.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BatchDeleteResultItem
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_BatchDeleteResultItem = keys_of(_U_BatchDeleteResultItem)

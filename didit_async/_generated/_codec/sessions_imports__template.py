# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions_imports__template' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.sessions_imports__template import SessionImportTemplate
from . import Table, encode_by_table, keys_of, new_object

_U_SessionImportTemplate: Table = (
    ("columns", "columns", None, False),
    ("required_columns", "required_columns", None, False),
    ("formats", "formats", None, False),
    ("example", "example", None, False),
)


def unstructure_SessionImportTemplate(o: SessionImportTemplate) -> dict[str, Any]:
    """Encode :class:`SessionImportTemplate` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionImportTemplate)


def structure_SessionImportTemplate(d: Any) -> SessionImportTemplate:
    """Decode a JSON object into :class:`SessionImportTemplate`."""
    o = new_object(SessionImportTemplate)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionImportTemplate.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionImportTemplate
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_SessionImportTemplate = keys_of(_U_SessionImportTemplate)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions_imports__list_errors' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.sessions_imports__list_errors import SessionImportErrorPage, SessionImportRowError
from . import Table, encode_by_table, keys_of, new_object

_U_SessionImportRowError: Table = (
    ("row", "row", None, False),
    ("field", "field", None, False),
    ("errors", "errors", None, False),
    (
        "raw",
        "raw",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("uuid", "uuid", None, False),
    ("row_number", "row_number", None, False),
    ("external_id", "external_id", None, False),
    ("error", "error", None, False),
    (
        "raw_row",
        "raw_row",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_SessionImportRowError(o: SessionImportRowError) -> dict[str, Any]:
    """Encode :class:`SessionImportRowError` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionImportRowError)


def structure_SessionImportRowError(d: Any) -> SessionImportRowError:
    """Decode a JSON object into :class:`SessionImportRowError`."""
    o = new_object(SessionImportRowError)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionImportRowError.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionImportRowError
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionImportErrorPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [
                unstructure_SessionImportRowError(x) if isinstance(x, SessionImportRowError) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_SessionImportErrorPage(o: SessionImportErrorPage) -> dict[str, Any]:
    """Encode :class:`SessionImportErrorPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionImportErrorPage)


def structure_SessionImportErrorPage(d: Any) -> SessionImportErrorPage:
    """Decode a JSON object into :class:`SessionImportErrorPage`."""
    v: Any
    o = new_object(SessionImportErrorPage)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionImportErrorPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionImportErrorPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_SessionImportRowError(x) if x.__class__ is dict else x for x in v
            ]
    return o


_K_SessionImportRowError = keys_of(_U_SessionImportRowError)
_K_SessionImportErrorPage = keys_of(_U_SessionImportErrorPage)

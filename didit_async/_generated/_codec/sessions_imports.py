# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions_imports' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_uuid

from ..enums import SessionImportType
from ..models.sessions_imports import (
    SessionImport,
    SessionImportCreateRequest,
    SessionImportErrorPage,
    SessionImportRowError,
    SessionImportTemplate,
)
from . import (
    Table,
    _E_inline18,
    _E_SessionImportType,
    _M_SessionImportType,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)

_U_SessionImportCreateRequest: Table = (
    ("source_file_url", "source_file_url", None, True),
    (
        "import_type",
        "import_type",
        lambda v: v.value if isinstance(v, SessionImportType) else v,
        False,
    ),
    ("source_format", "source_format", None, False),
    ("workflow_id", "workflow_id", None, False),
)


def unstructure_SessionImportCreateRequest(o: SessionImportCreateRequest) -> dict[str, Any]:
    """Encode :class:`SessionImportCreateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionImportCreateRequest)


def structure_SessionImportCreateRequest(d: Any) -> SessionImportCreateRequest:
    """Decode a JSON object into :class:`SessionImportCreateRequest`."""
    v: Any
    o = new_object(SessionImportCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionImportCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionImportCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "import_type" in vals:
        v = vals["import_type"]
        if v.__class__ is str:
            vals["import_type"] = _M_SessionImportType[v]
    return o


def validate_SessionImportCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid SessionImportCreateRequest."""
    check_model(d, at, _V_SessionImportCreateRequest, _K_SessionImportCreateRequest)


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


_K_SessionImportCreateRequest = keys_of(_U_SessionImportCreateRequest)
_K_SessionImport = keys_of(_U_SessionImport)
_K_SessionImportTemplate = keys_of(_U_SessionImportTemplate)
_K_SessionImportRowError = keys_of(_U_SessionImportRowError)
_K_SessionImportErrorPage = keys_of(_U_SessionImportErrorPage)

_V_SessionImportCreateRequest: Any = (
    "SessionImportCreateRequest",
    False,
    0,
    (
        ("source_file_url", True, False, ("str", 1, None, None, None, ())),
        (
            "import_type",
            False,
            False,
            (
                "enum",
                _E_SessionImportType,
                "user_verification, business_verification, status_rules, transactions",
            ),
        ),
        ("source_format", False, False, ("enum", _E_inline18, "csv, ndjson")),
        ("workflow_id", False, False, ("str", None, None, None, (is_uuid, "uuid"), ())),
    ),
    (),
)

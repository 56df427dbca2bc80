# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions_imports__create' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_uuid

from ..enums import SessionImportType
from ..models.sessions_imports__create import SessionImportCreateRequest
from . import (
    Table,
    _E_inline69,
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


_K_SessionImportCreateRequest = keys_of(_U_SessionImportCreateRequest)

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
        ("source_format", False, False, ("enum", _E_inline69, "csv, ndjson")),
        ("workflow_id", False, False, ("str", None, None, None, (is_uuid, "uuid"), ())),
    ),
    (),
)

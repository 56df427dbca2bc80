# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions__import_shared' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_uuid

from ..enums import SessionKind, SessionStatus
from ..models.sessions__import_shared import ImportSharedSessionRequest, ImportSharedSessionResponse
from . import (
    Table,
    _M_SessionKind,
    _M_SessionStatus,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)

_U_ImportSharedSessionResponse: Table = (
    ("session_id", "session_id", None, True),
    ("session_number", "session_number", None, False),
    ("session_token", "session_token", None, False),
    ("url", "url", None, False),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: (
            (dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v)
            if isinstance(v, Mapping)
            else v
        ),
        False,
    ),
    ("status", "status", lambda v: v.value if isinstance(v, SessionStatus) else v, False),
    ("callback", "callback", None, False),
    ("callback_method", "callback_method", None, False),
    ("workflow_id", "workflow_id", None, False),
    ("workflow_version", "workflow_version", None, False),
    ("session_kind", "session_kind", lambda v: v.value if isinstance(v, SessionKind) else v, False),
    ("created_at", "created_at", None, False),
)


def unstructure_ImportSharedSessionResponse(o: ImportSharedSessionResponse) -> dict[str, Any]:
    """Encode :class:`ImportSharedSessionResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ImportSharedSessionResponse)


def structure_ImportSharedSessionResponse(d: Any) -> ImportSharedSessionResponse:
    """Decode a JSON object into :class:`ImportSharedSessionResponse`."""
    v: Any
    o = new_object(ImportSharedSessionResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_ImportSharedSessionResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ImportSharedSessionResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_SessionStatus[v]
    if "session_kind" in vals:
        v = vals["session_kind"]
        if v.__class__ is str:
            vals["session_kind"] = _M_SessionKind[v]
    return o


_U_ImportSharedSessionRequest: Table = (
    ("share_token", "share_token", None, True),
    ("workflow_id", "workflow_id", None, True),
    ("vendor_data", "vendor_data", None, True),
    ("trust_review", "trust_review", None, False),
)


def unstructure_ImportSharedSessionRequest(o: ImportSharedSessionRequest) -> dict[str, Any]:
    """Encode :class:`ImportSharedSessionRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ImportSharedSessionRequest)


def structure_ImportSharedSessionRequest(d: Any) -> ImportSharedSessionRequest:
    """Decode a JSON object into :class:`ImportSharedSessionRequest`."""
    o = new_object(ImportSharedSessionRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_ImportSharedSessionRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ImportSharedSessionRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_ImportSharedSessionRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ImportSharedSessionRequest."""
    check_model(d, at, _V_ImportSharedSessionRequest, _K_ImportSharedSessionRequest)


_K_ImportSharedSessionResponse = keys_of(_U_ImportSharedSessionResponse)
_K_ImportSharedSessionRequest = keys_of(_U_ImportSharedSessionRequest)

_V_ImportSharedSessionRequest: Any = (
    "ImportSharedSessionRequest",
    False,
    0,
    (
        ("share_token", True, False, ("str", 1, None, None, None, ())),
        ("workflow_id", True, False, ("str", None, None, None, (is_uuid, "uuid"), ())),
        ("vendor_data", False, True, ("str", 1, None, None, None, ())),
        ("trust_review", False, False, ("bool",)),
    ),
    (),
)

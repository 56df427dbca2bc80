# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions__share' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_uuid

from ..models.sessions__share import ShareSessionRequest, ShareSessionResponse
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_ShareSessionRequest: Table = (
    ("for_application_id", "for_application_id", None, True),
    ("ttl_in_seconds", "ttl_in_seconds", None, False),
)


def unstructure_ShareSessionRequest(o: ShareSessionRequest) -> dict[str, Any]:
    """Encode :class:`ShareSessionRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ShareSessionRequest)


def structure_ShareSessionRequest(d: Any) -> ShareSessionRequest:
    """Decode a JSON object into :class:`ShareSessionRequest`."""
    o = new_object(ShareSessionRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_ShareSessionRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ShareSessionRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_ShareSessionRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ShareSessionRequest."""
    check_model(d, at, _V_ShareSessionRequest, _K_ShareSessionRequest)


_U_ShareSessionResponse: Table = (
    ("share_token", "share_token", None, True),
    ("expires_at", "expires_at", None, False),
    ("session_id", "session_id", None, False),
    ("for_application_id", "for_application_id", None, False),
    ("session_kind", "session_kind", None, False),
)


def unstructure_ShareSessionResponse(o: ShareSessionResponse) -> dict[str, Any]:
    """Encode :class:`ShareSessionResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ShareSessionResponse)


def structure_ShareSessionResponse(d: Any) -> ShareSessionResponse:
    """Decode a JSON object into :class:`ShareSessionResponse`."""
    o = new_object(ShareSessionResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_ShareSessionResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ShareSessionResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_ShareSessionRequest = keys_of(_U_ShareSessionRequest)
_K_ShareSessionResponse = keys_of(_U_ShareSessionResponse)

_V_ShareSessionRequest: Any = (
    "ShareSessionRequest",
    False,
    0,
    (
        ("for_application_id", True, False, ("str", None, None, None, (is_uuid, "uuid"), ())),
        ("ttl_in_seconds", False, False, ("int", 60, 86400)),
    ),
    (),
)

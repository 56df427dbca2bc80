# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions__arm_sandbox' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.sessions__arm_sandbox import SandboxArmRequest, SandboxArmResponse
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_SandboxArmRequest: Table = (("scenario", "scenario", None, True),)


def unstructure_SandboxArmRequest(o: SandboxArmRequest) -> dict[str, Any]:
    """Encode :class:`SandboxArmRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SandboxArmRequest)


def structure_SandboxArmRequest(d: Any) -> SandboxArmRequest:
    """Decode a JSON object into :class:`SandboxArmRequest`."""
    o = new_object(SandboxArmRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_SandboxArmRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SandboxArmRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_SandboxArmRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid SandboxArmRequest."""
    check_model(d, at, _V_SandboxArmRequest, _K_SandboxArmRequest)


_U_SandboxArmResponse: Table = (
    ("session_id", "session_id", None, False),
    ("scenario", "scenario", None, False),
    ("status", "status", None, False),
)


def unstructure_SandboxArmResponse(o: SandboxArmResponse) -> dict[str, Any]:
    """Encode :class:`SandboxArmResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SandboxArmResponse)


def structure_SandboxArmResponse(d: Any) -> SandboxArmResponse:
    """Decode a JSON object into :class:`SandboxArmResponse`."""
    o = new_object(SandboxArmResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_SandboxArmResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SandboxArmResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_SandboxArmRequest = keys_of(_U_SandboxArmRequest)
_K_SandboxArmResponse = keys_of(_U_SandboxArmResponse)

_V_SandboxArmRequest: Any = (
    "SandboxArmRequest",
    False,
    0,
    (("scenario", True, False, ("str", None, None, None, None, ())),),
    (),
)

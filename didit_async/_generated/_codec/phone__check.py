# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'phone__check' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import CheckAction
from ..models.phone__check import PhoneCheckRequest, PhoneCheckResponse
from ..models.shared__phone_sessions import PhoneReport
from . import (
    Table,
    _E_CheckAction,
    _E_inline56,
    _M_CheckAction,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)
from .shared__phone_sessions import structure_PhoneReport, unstructure_PhoneReport

_U_PhoneCheckRequest: Table = (
    ("phone_number", "phone_number", None, True),
    ("code", "code", None, True),
    (
        "duplicated_phone_number_action",
        "duplicated_phone_number_action",
        lambda v: v.value if isinstance(v, CheckAction) else v,
        False,
    ),
    (
        "disposable_number_action",
        "disposable_number_action",
        lambda v: v.value if isinstance(v, CheckAction) else v,
        False,
    ),
    (
        "voip_number_action",
        "voip_number_action",
        lambda v: v.value if isinstance(v, CheckAction) else v,
        False,
    ),
    ("enable_social", "enable_social", None, False),
    ("phone_no_social_presence_action", "phone_no_social_presence_action", None, False),
)


def unstructure_PhoneCheckRequest(o: PhoneCheckRequest) -> dict[str, Any]:
    """Encode :class:`PhoneCheckRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PhoneCheckRequest)


def structure_PhoneCheckRequest(d: Any) -> PhoneCheckRequest:
    """Decode a JSON object into :class:`PhoneCheckRequest`."""
    v: Any
    o = new_object(PhoneCheckRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneCheckRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneCheckRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "duplicated_phone_number_action" in vals:
        v = vals["duplicated_phone_number_action"]
        if v.__class__ is str:
            vals["duplicated_phone_number_action"] = _M_CheckAction[v]
    if "disposable_number_action" in vals:
        v = vals["disposable_number_action"]
        if v.__class__ is str:
            vals["disposable_number_action"] = _M_CheckAction[v]
    if "voip_number_action" in vals:
        v = vals["voip_number_action"]
        if v.__class__ is str:
            vals["voip_number_action"] = _M_CheckAction[v]
    return o


def validate_PhoneCheckRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid PhoneCheckRequest."""
    check_model(d, at, _V_PhoneCheckRequest, _K_PhoneCheckRequest)


_U_PhoneCheckResponse: Table = (
    ("request_id", "request_id", None, False),
    ("status", "status", None, False),
    ("message", "message", None, False),
    (
        "phone",
        "phone",
        lambda v: unstructure_PhoneReport(v) if isinstance(v, PhoneReport) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_PhoneCheckResponse(o: PhoneCheckResponse) -> dict[str, Any]:
    """Encode :class:`PhoneCheckResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PhoneCheckResponse)


def structure_PhoneCheckResponse(d: Any) -> PhoneCheckResponse:
    """Decode a JSON object into :class:`PhoneCheckResponse`."""
    v: Any
    o = new_object(PhoneCheckResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneCheckResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneCheckResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "phone" in vals:
        v = vals["phone"]
        if v.__class__ is dict:
            vals["phone"] = structure_PhoneReport(v)
    return o


_K_PhoneCheckRequest = keys_of(_U_PhoneCheckRequest)
_K_PhoneCheckResponse = keys_of(_U_PhoneCheckResponse)

_V_PhoneCheckRequest: Any = (
    "PhoneCheckRequest",
    False,
    0,
    (
        ("phone_number", True, False, ("str", None, None, None, None, ())),
        ("code", True, False, ("str", 4, 8, None, None, ())),
        (
            "duplicated_phone_number_action",
            False,
            False,
            ("enum", _E_CheckAction, "NO_ACTION, DECLINE"),
        ),
        ("disposable_number_action", False, False, ("enum", _E_CheckAction, "NO_ACTION, DECLINE")),
        ("voip_number_action", False, False, ("enum", _E_CheckAction, "NO_ACTION, DECLINE")),
        ("enable_social", False, False, ("bool",)),
        (
            "phone_no_social_presence_action",
            False,
            False,
            ("enum", _E_inline56, "NO_ACTION, DECLINE"),
        ),
    ),
    (),
)

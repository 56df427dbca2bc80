# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'phone' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..enums import CheckAction
from ..models.phone import (
    PhoneCheckRequest,
    PhoneCheckResponse,
    PhoneSendOptions,
    PhoneSendRequest,
    PhoneSendResponse,
)
from ..models.shared import PhoneReport, RequestSignals
from . import (
    _P0,
    Table,
    _E_CheckAction,
    _E_inline13,
    _M_CheckAction,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)
from .shared import (
    structure_PhoneReport,
    structure_RequestSignals,
    unstructure_PhoneReport,
    unstructure_RequestSignals,
    validate_RequestSignals,
)

_U_PhoneSendOptions: Table = (
    ("code_size", "code_size", None, False),
    ("locale", "locale", None, False),
    ("preferred_channel", "preferred_channel", None, False),
)


def unstructure_PhoneSendOptions(o: PhoneSendOptions) -> dict[str, Any]:
    """Encode :class:`PhoneSendOptions` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PhoneSendOptions)


def structure_PhoneSendOptions(d: Any) -> PhoneSendOptions:
    """Decode a JSON object into :class:`PhoneSendOptions`."""
    o = new_object(PhoneSendOptions)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneSendOptions.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneSendOptions
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_PhoneSendOptions(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid PhoneSendOptions."""
    check_model(d, at, _V_PhoneSendOptions, _K_PhoneSendOptions)


_U_PhoneSendRequest: Table = (
    ("phone_number", "phone_number", None, True),
    (
        "options",
        "options",
        lambda v: unstructure_PhoneSendOptions(v) if isinstance(v, PhoneSendOptions) else v,
        False,
    ),
    (
        "signals",
        "signals",
        lambda v: unstructure_RequestSignals(v) if isinstance(v, RequestSignals) else v,
        False,
    ),
    ("vendor_data", "vendor_data", None, False),
)


def unstructure_PhoneSendRequest(o: PhoneSendRequest) -> dict[str, Any]:
    """Encode :class:`PhoneSendRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PhoneSendRequest)


def structure_PhoneSendRequest(d: Any) -> PhoneSendRequest:
    """Decode a JSON object into :class:`PhoneSendRequest`."""
    v: Any
    o = new_object(PhoneSendRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneSendRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneSendRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "options" in vals:
        v = vals["options"]
        if v.__class__ is dict:
            vals["options"] = structure_PhoneSendOptions(v)
    if "signals" in vals:
        v = vals["signals"]
        if v.__class__ is dict:
            vals["signals"] = structure_RequestSignals(v)
    return o


def validate_PhoneSendRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid PhoneSendRequest."""
    check_model(d, at, _V_PhoneSendRequest, _K_PhoneSendRequest)


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


_U_PhoneSendResponse: Table = (
    ("request_id", "request_id", None, False),
    ("status", "status", None, False),
    ("reason", "reason", None, False),
)


def unstructure_PhoneSendResponse(o: PhoneSendResponse) -> dict[str, Any]:
    """Encode :class:`PhoneSendResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PhoneSendResponse)


def structure_PhoneSendResponse(d: Any) -> PhoneSendResponse:
    """Decode a JSON object into :class:`PhoneSendResponse`."""
    o = new_object(PhoneSendResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneSendResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneSendResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


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


_K_PhoneSendOptions = keys_of(_U_PhoneSendOptions)
_K_PhoneSendRequest = keys_of(_U_PhoneSendRequest)
_K_PhoneCheckRequest = keys_of(_U_PhoneCheckRequest)
_K_PhoneSendResponse = keys_of(_U_PhoneSendResponse)
_K_PhoneCheckResponse = keys_of(_U_PhoneCheckResponse)

_V_PhoneSendOptions: Any = (
    "PhoneSendOptions",
    False,
    0,
    (
        ("code_size", False, False, ("int", 4, 8)),
        ("locale", False, False, ("str", None, 5, None, None, ())),
        (
            "preferred_channel",
            False,
            False,
            ("enum", _E_inline13, "whatsapp, sms, telegram, voice"),
        ),
    ),
    (),
)

_V_PhoneSendRequest: Any = (
    "PhoneSendRequest",
    False,
    0,
    (
        (
            "phone_number",
            True,
            False,
            ("str", None, None, None, None, ((_P0, "^\\+[1-9]\\d{1,14}$"),)),
        ),
        ("options", False, False, ("model", validate_PhoneSendOptions)),
        ("signals", False, False, ("model", validate_RequestSignals)),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

_V_PhoneCheckRequest: Any = (
    "PhoneCheckRequest",
    False,
    0,
    (
        (
            "phone_number",
            True,
            False,
            ("str", None, None, None, None, ((_P0, "^\\+[1-9]\\d{1,14}$"),)),
        ),
        ("code", True, False, ("str", 4, 8, None, None, ())),
        (
            "duplicated_phone_number_action",
            False,
            False,
            ("enum", _E_CheckAction, "NO_ACTION, DECLINE"),
        ),
        ("disposable_number_action", False, False, ("enum", _E_CheckAction, "NO_ACTION, DECLINE")),
        ("voip_number_action", False, False, ("enum", _E_CheckAction, "NO_ACTION, DECLINE")),
    ),
    (),
)

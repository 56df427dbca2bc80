# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'phone__send' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.phone__send import PhoneSendOptions, PhoneSendRequest, PhoneSendResponse
from ..models.shared__email_phone import RequestSignals
from . import Table, _E_inline60, check_model, encode_by_table, keys_of, new_object
from .shared__email_phone import (
    structure_RequestSignals,
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
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
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


_U_PhoneSendResponse: Table = (
    ("request_id", "request_id", None, False),
    ("status", "status", None, False),
    ("reason", "reason", None, False),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
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


_K_PhoneSendOptions = keys_of(_U_PhoneSendOptions)
_K_PhoneSendRequest = keys_of(_U_PhoneSendRequest)
_K_PhoneSendResponse = keys_of(_U_PhoneSendResponse)

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
            ("enum", _E_inline60, "whatsapp, sms, telegram, voice, rcs, viber, zalo"),
        ),
    ),
    (),
)

_V_PhoneSendRequest: Any = (
    "PhoneSendRequest",
    False,
    0,
    (
        ("phone_number", True, False, ("str", None, None, None, None, ())),
        ("options", False, False, ("model", validate_PhoneSendOptions)),
        ("signals", False, False, ("model", validate_RequestSignals)),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        ("metadata", False, True, ("obj",)),
    ),
    (),
)

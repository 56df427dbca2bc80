# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'email__send' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_email

from ..models.email__send import EmailSendOptions, EmailSendRequest, EmailSendResponse
from ..models.shared__email_phone import RequestSignals
from . import Table, check_model, encode_by_table, keys_of, new_object
from .shared__email_phone import (
    structure_RequestSignals,
    unstructure_RequestSignals,
    validate_RequestSignals,
)

_U_EmailSendOptions: Table = (
    ("code_size", "code_size", None, False),
    ("alphanumeric_code", "alphanumeric_code", None, False),
    ("locale", "locale", None, False),
    ("use_white_label_customization", "use_white_label_customization", None, False),
)


def unstructure_EmailSendOptions(o: EmailSendOptions) -> dict[str, Any]:
    """Encode :class:`EmailSendOptions` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailSendOptions)


def structure_EmailSendOptions(d: Any) -> EmailSendOptions:
    """Decode a JSON object into :class:`EmailSendOptions`."""
    o = new_object(EmailSendOptions)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailSendOptions.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailSendOptions
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_EmailSendOptions(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid EmailSendOptions."""
    check_model(d, at, _V_EmailSendOptions, _K_EmailSendOptions)


_U_EmailSendRequest: Table = (
    ("email", "email", None, True),
    (
        "options",
        "options",
        lambda v: unstructure_EmailSendOptions(v) if isinstance(v, EmailSendOptions) else v,
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


def unstructure_EmailSendRequest(o: EmailSendRequest) -> dict[str, Any]:
    """Encode :class:`EmailSendRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailSendRequest)


def structure_EmailSendRequest(d: Any) -> EmailSendRequest:
    """Decode a JSON object into :class:`EmailSendRequest`."""
    v: Any
    o = new_object(EmailSendRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailSendRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailSendRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "options" in vals:
        v = vals["options"]
        if v.__class__ is dict:
            vals["options"] = structure_EmailSendOptions(v)
    if "signals" in vals:
        v = vals["signals"]
        if v.__class__ is dict:
            vals["signals"] = structure_RequestSignals(v)
    return o


def validate_EmailSendRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid EmailSendRequest."""
    check_model(d, at, _V_EmailSendRequest, _K_EmailSendRequest)


_U_EmailSendResponse: Table = (
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


def unstructure_EmailSendResponse(o: EmailSendResponse) -> dict[str, Any]:
    """Encode :class:`EmailSendResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailSendResponse)


def structure_EmailSendResponse(d: Any) -> EmailSendResponse:
    """Decode a JSON object into :class:`EmailSendResponse`."""
    o = new_object(EmailSendResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailSendResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailSendResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_EmailSendOptions = keys_of(_U_EmailSendOptions)
_K_EmailSendRequest = keys_of(_U_EmailSendRequest)
_K_EmailSendResponse = keys_of(_U_EmailSendResponse)

_V_EmailSendOptions: Any = (
    "EmailSendOptions",
    False,
    0,
    (
        ("code_size", False, False, ("int", 4, 8)),
        ("alphanumeric_code", False, False, ("bool",)),
        ("locale", False, False, ("str", None, 5, None, None, ())),
        ("use_white_label_customization", False, False, ("bool",)),
    ),
    (),
)

_V_EmailSendRequest: Any = (
    "EmailSendRequest",
    False,
    0,
    (
        ("email", True, False, ("str", None, None, None, (is_email, "email"), ())),
        ("options", False, False, ("model", validate_EmailSendOptions)),
        ("signals", False, False, ("model", validate_RequestSignals)),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        ("metadata", False, True, ("obj",)),
    ),
    (),
)

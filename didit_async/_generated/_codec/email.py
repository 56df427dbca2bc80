# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'email' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_email

from ..enums import CheckAction
from ..models.email import (
    EmailCheckRequest,
    EmailCheckResponse,
    EmailSendOptions,
    EmailSendRequest,
    EmailSendResponse,
)
from ..models.shared import EmailReport, RequestSignals
from . import (
    Table,
    _E_CheckAction,
    _M_CheckAction,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)
from .shared import (
    structure_EmailReport,
    structure_RequestSignals,
    unstructure_EmailReport,
    unstructure_RequestSignals,
    validate_RequestSignals,
)

_U_EmailSendOptions: Table = (
    ("code_size", "code_size", None, False),
    ("alphanumeric_code", "alphanumeric_code", None, False),
    ("locale", "locale", None, False),
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


_U_EmailCheckRequest: Table = (
    ("email", "email", None, True),
    ("code", "code", None, True),
    (
        "duplicated_email_action",
        "duplicated_email_action",
        lambda v: v.value if isinstance(v, CheckAction) else v,
        False,
    ),
    (
        "breached_email_action",
        "breached_email_action",
        lambda v: v.value if isinstance(v, CheckAction) else v,
        False,
    ),
    (
        "disposable_email_action",
        "disposable_email_action",
        lambda v: v.value if isinstance(v, CheckAction) else v,
        False,
    ),
    (
        "undeliverable_email_action",
        "undeliverable_email_action",
        lambda v: v.value if isinstance(v, CheckAction) else v,
        False,
    ),
)


def unstructure_EmailCheckRequest(o: EmailCheckRequest) -> dict[str, Any]:
    """Encode :class:`EmailCheckRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailCheckRequest)


def structure_EmailCheckRequest(d: Any) -> EmailCheckRequest:
    """Decode a JSON object into :class:`EmailCheckRequest`."""
    v: Any
    o = new_object(EmailCheckRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailCheckRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailCheckRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "duplicated_email_action" in vals:
        v = vals["duplicated_email_action"]
        if v.__class__ is str:
            vals["duplicated_email_action"] = _M_CheckAction[v]
    if "breached_email_action" in vals:
        v = vals["breached_email_action"]
        if v.__class__ is str:
            vals["breached_email_action"] = _M_CheckAction[v]
    if "disposable_email_action" in vals:
        v = vals["disposable_email_action"]
        if v.__class__ is str:
            vals["disposable_email_action"] = _M_CheckAction[v]
    if "undeliverable_email_action" in vals:
        v = vals["undeliverable_email_action"]
        if v.__class__ is str:
            vals["undeliverable_email_action"] = _M_CheckAction[v]
    return o


def validate_EmailCheckRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid EmailCheckRequest."""
    check_model(d, at, _V_EmailCheckRequest, _K_EmailCheckRequest)


_U_EmailSendResponse: Table = (
    ("request_id", "request_id", None, False),
    ("status", "status", None, False),
    ("reason", "reason", None, False),
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


_U_EmailCheckResponse: Table = (
    ("request_id", "request_id", None, False),
    ("status", "status", None, False),
    ("message", "message", None, False),
    (
        "email",
        "email",
        lambda v: unstructure_EmailReport(v) if isinstance(v, EmailReport) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_EmailCheckResponse(o: EmailCheckResponse) -> dict[str, Any]:
    """Encode :class:`EmailCheckResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailCheckResponse)


def structure_EmailCheckResponse(d: Any) -> EmailCheckResponse:
    """Decode a JSON object into :class:`EmailCheckResponse`."""
    v: Any
    o = new_object(EmailCheckResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailCheckResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailCheckResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "email" in vals:
        v = vals["email"]
        if v.__class__ is dict:
            vals["email"] = structure_EmailReport(v)
    return o


_K_EmailSendOptions = keys_of(_U_EmailSendOptions)
_K_EmailSendRequest = keys_of(_U_EmailSendRequest)
_K_EmailCheckRequest = keys_of(_U_EmailCheckRequest)
_K_EmailSendResponse = keys_of(_U_EmailSendResponse)
_K_EmailCheckResponse = keys_of(_U_EmailCheckResponse)

_V_EmailSendOptions: Any = (
    "EmailSendOptions",
    False,
    0,
    (
        ("code_size", False, False, ("int", 4, 8)),
        ("alphanumeric_code", False, False, ("bool",)),
        ("locale", False, False, ("str", None, 5, None, None, ())),
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
    ),
    (),
)

_V_EmailCheckRequest: Any = (
    "EmailCheckRequest",
    False,
    0,
    (
        ("email", True, False, ("str", None, None, None, (is_email, "email"), ())),
        ("code", True, False, ("str", 4, 8, None, None, ())),
        ("duplicated_email_action", False, False, ("enum", _E_CheckAction, "NO_ACTION, DECLINE")),
        ("breached_email_action", False, False, ("enum", _E_CheckAction, "NO_ACTION, DECLINE")),
        ("disposable_email_action", False, False, ("enum", _E_CheckAction, "NO_ACTION, DECLINE")),
        (
            "undeliverable_email_action",
            False,
            False,
            ("enum", _E_CheckAction, "NO_ACTION, DECLINE"),
        ),
    ),
    (),
)

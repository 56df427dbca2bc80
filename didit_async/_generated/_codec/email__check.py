# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'email__check' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_email

from ..enums import CheckAction
from ..models.email__check import EmailCheckRequest, EmailCheckResponse
from ..models.shared__email_sessions import EmailReport
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
from .shared__email_sessions import structure_EmailReport, unstructure_EmailReport

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
    ("enable_social", "enable_social", None, False),
    ("email_no_social_presence_action", "email_no_social_presence_action", None, False),
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
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
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


_K_EmailCheckRequest = keys_of(_U_EmailCheckRequest)
_K_EmailCheckResponse = keys_of(_U_EmailCheckResponse)

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
        ("enable_social", False, False, ("bool",)),
        (
            "email_no_social_presence_action",
            False,
            False,
            ("enum", _E_inline56, "NO_ACTION, DECLINE"),
        ),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions__create' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_uri, is_uuid

from ..enums import CallbackMethod, Language, SessionKind, SessionStatus
from ..models.sessions__create import CreateSessionRequest, CreateSessionResponse
from ..models.sessions__create__retrieve__retrieve_decision import ContactDetails, ExpectedDetails
from . import (
    Table,
    _E_CallbackMethod,
    _E_Language,
    _M_CallbackMethod,
    _M_Language,
    _M_SessionKind,
    _M_SessionStatus,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)
from .sessions__create__retrieve__retrieve_decision import (
    structure_ContactDetails,
    structure_ExpectedDetails,
    unstructure_ContactDetails,
    unstructure_ExpectedDetails,
    validate_ContactDetails,
    validate_ExpectedDetails,
)

_U_CreateSessionRequest: Table = (
    ("workflow_id", "workflow_id", None, True),
    ("vendor_data", "vendor_data", None, False),
    ("callback", "callback", None, False),
    (
        "callback_method",
        "callback_method",
        lambda v: v.value if isinstance(v, CallbackMethod) else v,
        False,
    ),
    (
        "metadata",
        "metadata",
        lambda v: (
            (dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v)
            if isinstance(v, Mapping)
            else v
        ),
        True,
    ),
    ("language", "language", lambda v: v.value if isinstance(v, Language) else v, False),
    (
        "contact_details",
        "contact_details",
        lambda v: unstructure_ContactDetails(v) if isinstance(v, ContactDetails) else v,
        False,
    ),
    (
        "expected_details",
        "expected_details",
        lambda v: unstructure_ExpectedDetails(v) if isinstance(v, ExpectedDetails) else v,
        False,
    ),
    ("portrait_image", "portrait_image", None, False),
    ("sandbox_scenario", "sandbox_scenario", None, False),
)


def unstructure_CreateSessionRequest(o: CreateSessionRequest) -> dict[str, Any]:
    """Encode :class:`CreateSessionRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CreateSessionRequest)


def structure_CreateSessionRequest(d: Any) -> CreateSessionRequest:
    """Decode a JSON object into :class:`CreateSessionRequest`."""
    v: Any
    o = new_object(CreateSessionRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CreateSessionRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CreateSessionRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "callback_method" in vals:
        v = vals["callback_method"]
        if v.__class__ is str:
            vals["callback_method"] = _M_CallbackMethod[v]
    if "language" in vals:
        v = vals["language"]
        if v.__class__ is str:
            vals["language"] = _M_Language[v]
    if "contact_details" in vals:
        v = vals["contact_details"]
        if v.__class__ is dict:
            vals["contact_details"] = structure_ContactDetails(v)
    if "expected_details" in vals:
        v = vals["expected_details"]
        if v.__class__ is dict:
            vals["expected_details"] = structure_ExpectedDetails(v)
    return o


def validate_CreateSessionRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CreateSessionRequest."""
    check_model(d, at, _V_CreateSessionRequest, _K_CreateSessionRequest)


_U_CreateSessionResponse: Table = (
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


def unstructure_CreateSessionResponse(o: CreateSessionResponse) -> dict[str, Any]:
    """Encode :class:`CreateSessionResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CreateSessionResponse)


def structure_CreateSessionResponse(d: Any) -> CreateSessionResponse:
    """Decode a JSON object into :class:`CreateSessionResponse`."""
    v: Any
    o = new_object(CreateSessionResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_CreateSessionResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CreateSessionResponse
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


_K_CreateSessionRequest = keys_of(_U_CreateSessionRequest)
_K_CreateSessionResponse = keys_of(_U_CreateSessionResponse)

_V_CreateSessionRequest: Any = (
    "CreateSessionRequest",
    False,
    0,
    (
        ("workflow_id", True, False, ("str", None, None, None, (is_uuid, "uuid"), ())),
        ("vendor_data", False, False, ("str", 1, None, None, None, ())),
        ("callback", False, False, ("str", None, None, None, (is_uri, "uri"), ())),
        (
            "callback_method",
            False,
            False,
            ("enum", _E_CallbackMethod, "initiator, completer, both"),
        ),
        (
            "metadata",
            False,
            True,
            (
                "union",
                ("object", "string"),
                (
                    ("object", ("obj",)),
                    ("string", ("str", None, None, None, None, ())),
                ),
            ),
        ),
        (
            "language",
            False,
            False,
            (
                "enum",
                _E_Language,
                "en, ar, bg, bn, ca, cnr, cs, da, de, el, es, et, fa, fi, fr, he, hi, hr, hu, hy, id, it, ja, ka, ko, lt, lv, mk, ms, nl, no, pl, pt-BR, pt, ro, ru, sk, sl, so, sr, sv, th, tr, uk, uz, vi, zh-CN, zh-TW, zh, bs, kk, ky, mn, sq",
            ),
        ),
        ("contact_details", False, False, ("model", validate_ContactDetails)),
        ("expected_details", False, False, ("model", validate_ExpectedDetails)),
        ("portrait_image", False, False, ("str", None, 1398104, None, None, ())),
        ("sandbox_scenario", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

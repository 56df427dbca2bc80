# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions__update_status' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_email

from ..enums import Language
from ..models.sessions__update_status import NodeToResubmit, SessionIdResponse, UpdateStatusRequest
from . import (
    Table,
    _E_inline38,
    _E_Language,
    _M_Language,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)

_U_NodeToResubmit: Table = (
    ("node_id", "node_id", None, True),
    ("feature", "feature", None, True),
)


def unstructure_NodeToResubmit(o: NodeToResubmit) -> dict[str, Any]:
    """Encode :class:`NodeToResubmit` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_NodeToResubmit)


def structure_NodeToResubmit(d: Any) -> NodeToResubmit:
    """Decode a JSON object into :class:`NodeToResubmit`."""
    o = new_object(NodeToResubmit)
    vals = o.__dict__
    vals.update(d)
    if _K_NodeToResubmit.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NodeToResubmit
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_NodeToResubmit(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid NodeToResubmit."""
    check_model(d, at, _V_NodeToResubmit, _K_NodeToResubmit)


_U_UpdateStatusRequest: Table = (
    ("new_status", "new_status", None, True),
    ("comment", "comment", None, False),
    (
        "nodes_to_resubmit",
        "nodes_to_resubmit",
        lambda v: (
            [unstructure_NodeToResubmit(x) if isinstance(x, NodeToResubmit) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("send_email", "send_email", None, False),
    ("email_address", "email_address", None, False),
    (
        "email_language",
        "email_language",
        lambda v: v.value if isinstance(v, Language) else v,
        False,
    ),
)


def unstructure_UpdateStatusRequest(o: UpdateStatusRequest) -> dict[str, Any]:
    """Encode :class:`UpdateStatusRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UpdateStatusRequest)


def structure_UpdateStatusRequest(d: Any) -> UpdateStatusRequest:
    """Decode a JSON object into :class:`UpdateStatusRequest`."""
    v: Any
    o = new_object(UpdateStatusRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateStatusRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateStatusRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "nodes_to_resubmit" in vals:
        v = vals["nodes_to_resubmit"]
        if v and v.__class__ is list:
            vals["nodes_to_resubmit"] = [
                structure_NodeToResubmit(x) if x.__class__ is dict else x for x in v
            ]
    if "email_language" in vals:
        v = vals["email_language"]
        if v.__class__ is str:
            vals["email_language"] = _M_Language[v]
    return o


def validate_UpdateStatusRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UpdateStatusRequest."""
    check_model(d, at, _V_UpdateStatusRequest, _K_UpdateStatusRequest)


_U_SessionIdResponse: Table = (("session_id", "session_id", None, False),)


def unstructure_SessionIdResponse(o: SessionIdResponse) -> dict[str, Any]:
    """Encode :class:`SessionIdResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionIdResponse)


def structure_SessionIdResponse(d: Any) -> SessionIdResponse:
    """Decode a JSON object into :class:`SessionIdResponse`."""
    o = new_object(SessionIdResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionIdResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionIdResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_NodeToResubmit = keys_of(_U_NodeToResubmit)
_K_UpdateStatusRequest = keys_of(_U_UpdateStatusRequest)
_K_SessionIdResponse = keys_of(_U_SessionIdResponse)

_V_NodeToResubmit: Any = (
    "NodeToResubmit",
    False,
    0,
    (
        ("node_id", True, False, ("str", 1, None, None, None, ())),
        ("feature", True, False, ("str", 1, None, None, None, ())),
    ),
    (),
)

_V_UpdateStatusRequest: Any = (
    "UpdateStatusRequest",
    False,
    0,
    (
        ("new_status", True, False, ("enum", _E_inline38, "Approved, Declined, Resubmitted")),
        ("comment", False, False, ("str", None, None, None, None, ())),
        (
            "nodes_to_resubmit",
            False,
            False,
            ("list", None, None, ("model", validate_NodeToResubmit), False),
        ),
        ("send_email", False, False, ("bool",)),
        ("email_address", False, False, ("str", None, None, None, (is_email, "email"), ())),
        (
            "email_language",
            False,
            False,
            (
                "enum",
                _E_Language,
                "en, ar, bg, bn, ca, cnr, cs, da, de, el, es, et, fa, fi, fr, he, hi, hr, hu, hy, id, it, ja, ka, ko, lt, lv, mk, ms, nl, no, pl, pt-BR, pt, ro, ru, sk, sl, so, sr, sv, th, tr, uk, uz, vi, zh-CN, zh-TW, zh, bs, kk, ky, mn, sq",
            ),
        ),
    ),
    (
        (("send_email",), (("send_email", True),), ("email_address",), "send_email is true"),
        (
            ("new_status",),
            (("new_status", "Resubmitted"),),
            ("nodes_to_resubmit",),
            'new_status is "Resubmitted"',
        ),
    ),
)

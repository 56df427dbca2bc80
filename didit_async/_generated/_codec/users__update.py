# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'users__update' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_date

from ..enums import UserStatus
from ..models.users__update import UserUpdateRequest
from . import Table, _E_UserStatus, _M_UserStatus, check_model, encode_by_table, keys_of, new_object

_U_UserUpdateRequest: Table = (
    ("display_name", "display_name", None, True),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
    ("full_name", "full_name", None, True),
    ("date_of_birth", "date_of_birth", None, True),
    ("issuing_states", "issuing_states", None, False),
    ("approved_emails", "approved_emails", None, False),
    ("approved_phones", "approved_phones", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, UserStatus) else v, False),
)


def unstructure_UserUpdateRequest(o: UserUpdateRequest) -> dict[str, Any]:
    """Encode :class:`UserUpdateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UserUpdateRequest)


def structure_UserUpdateRequest(d: Any) -> UserUpdateRequest:
    """Decode a JSON object into :class:`UserUpdateRequest`."""
    v: Any
    o = new_object(UserUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UserUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_UserStatus[v]
    return o


def validate_UserUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UserUpdateRequest."""
    check_model(d, at, _V_UserUpdateRequest, _K_UserUpdateRequest)


_K_UserUpdateRequest = keys_of(_U_UserUpdateRequest)

_V_UserUpdateRequest: Any = (
    "UserUpdateRequest",
    False,
    0,
    (
        ("display_name", False, True, ("str", None, None, None, None, ())),
        ("metadata", False, True, ("obj",)),
        ("full_name", False, True, ("str", None, None, None, None, ())),
        ("date_of_birth", False, True, ("str", None, None, None, (is_date, "date"), ())),
        (
            "issuing_states",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
        (
            "approved_emails",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
        (
            "approved_phones",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
        ("status", False, False, ("enum", _E_UserStatus, "ACTIVE, FLAGGED, BLOCKED")),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'users__create' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_date

from ..enums import UserStatus
from ..models.users__create import UserCreateRequest
from . import Table, _E_UserStatus, _M_UserStatus, check_model, encode_by_table, keys_of, new_object

_U_UserCreateRequest: Table = (
    ("vendor_data", "vendor_data", None, True),
    ("display_name", "display_name", None, True),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
    ("status", "status", lambda v: v.value if isinstance(v, UserStatus) else v, False),
    ("full_name", "full_name", None, True),
    ("date_of_birth", "date_of_birth", None, True),
    ("issuing_states", "issuing_states", None, False),
    ("approved_emails", "approved_emails", None, False),
    ("approved_phones", "approved_phones", None, False),
)


def unstructure_UserCreateRequest(o: UserCreateRequest) -> dict[str, Any]:
    """Encode :class:`UserCreateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UserCreateRequest)


def structure_UserCreateRequest(d: Any) -> UserCreateRequest:
    """Decode a JSON object into :class:`UserCreateRequest`."""
    v: Any
    o = new_object(UserCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UserCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_UserStatus[v]
    return o


def validate_UserCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UserCreateRequest."""
    check_model(d, at, _V_UserCreateRequest, _K_UserCreateRequest)


_K_UserCreateRequest = keys_of(_U_UserCreateRequest)

_V_UserCreateRequest: Any = (
    "UserCreateRequest",
    False,
    0,
    (
        ("vendor_data", True, False, ("str", 1, None, None, None, ())),
        ("display_name", False, True, ("str", None, None, None, None, ())),
        ("metadata", False, True, ("obj",)),
        ("status", False, False, ("enum", _E_UserStatus, "ACTIVE, FLAGGED, BLOCKED")),
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
    ),
    (),
)

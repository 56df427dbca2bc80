# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'users__update_status' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..enums import UserStatus
from ..models.users__update_status import UserUpdateStatusRequest
from . import Table, _E_UserStatus, _M_UserStatus, check_model, encode_by_table, keys_of, new_object

_U_UserUpdateStatusRequest: Table = (
    ("status", "status", lambda v: v.value if isinstance(v, UserStatus) else v, True),
    ("reason", "reason", None, False),
)


def unstructure_UserUpdateStatusRequest(o: UserUpdateStatusRequest) -> dict[str, Any]:
    """Encode :class:`UserUpdateStatusRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UserUpdateStatusRequest)


def structure_UserUpdateStatusRequest(d: Any) -> UserUpdateStatusRequest:
    """Decode a JSON object into :class:`UserUpdateStatusRequest`."""
    v: Any
    o = new_object(UserUpdateStatusRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UserUpdateStatusRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserUpdateStatusRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_UserStatus[v]
    return o


def validate_UserUpdateStatusRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UserUpdateStatusRequest."""
    check_model(d, at, _V_UserUpdateStatusRequest, _K_UserUpdateStatusRequest)


_K_UserUpdateStatusRequest = keys_of(_U_UserUpdateStatusRequest)

_V_UserUpdateStatusRequest: Any = (
    "UserUpdateStatusRequest",
    False,
    0,
    (
        ("status", True, False, ("enum", _E_UserStatus, "ACTIVE, FLAGGED, BLOCKED")),
        ("reason", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

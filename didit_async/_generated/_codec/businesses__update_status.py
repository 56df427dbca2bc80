# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'businesses__update_status' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..enums import UserStatus
from ..models.businesses__update_status import BusinessUpdateStatusRequest
from . import Table, _E_UserStatus, _M_UserStatus, check_model, encode_by_table, keys_of, new_object

_U_BusinessUpdateStatusRequest: Table = (
    ("status", "status", lambda v: v.value if isinstance(v, UserStatus) else v, True),
    ("reason", "reason", None, False),
)


def unstructure_BusinessUpdateStatusRequest(o: BusinessUpdateStatusRequest) -> dict[str, Any]:
    """Encode :class:`BusinessUpdateStatusRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BusinessUpdateStatusRequest)


def structure_BusinessUpdateStatusRequest(d: Any) -> BusinessUpdateStatusRequest:
    """Decode a JSON object into :class:`BusinessUpdateStatusRequest`."""
    v: Any
    o = new_object(BusinessUpdateStatusRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_BusinessUpdateStatusRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BusinessUpdateStatusRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_UserStatus[v]
    return o


def validate_BusinessUpdateStatusRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid BusinessUpdateStatusRequest."""
    check_model(d, at, _V_BusinessUpdateStatusRequest, _K_BusinessUpdateStatusRequest)


_K_BusinessUpdateStatusRequest = keys_of(_U_BusinessUpdateStatusRequest)

_V_BusinessUpdateStatusRequest: Any = (
    "BusinessUpdateStatusRequest",
    False,
    0,
    (
        ("status", True, False, ("enum", _E_UserStatus, "ACTIVE, FLAGGED, BLOCKED")),
        ("reason", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

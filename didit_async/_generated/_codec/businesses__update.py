# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'businesses__update' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import UserStatus
from ..models.businesses__update import BusinessUpdateRequest
from . import Table, _E_UserStatus, _M_UserStatus, check_model, encode_by_table, keys_of, new_object

_U_BusinessUpdateRequest: Table = (
    ("display_name", "display_name", None, True),
    ("legal_name", "legal_name", None, True),
    ("registration_number", "registration_number", None, True),
    ("country_code", "country_code", None, True),
    ("status", "status", lambda v: v.value if isinstance(v, UserStatus) else v, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
)


def unstructure_BusinessUpdateRequest(o: BusinessUpdateRequest) -> dict[str, Any]:
    """Encode :class:`BusinessUpdateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BusinessUpdateRequest)


def structure_BusinessUpdateRequest(d: Any) -> BusinessUpdateRequest:
    """Decode a JSON object into :class:`BusinessUpdateRequest`."""
    v: Any
    o = new_object(BusinessUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_BusinessUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BusinessUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_UserStatus[v]
    return o


def validate_BusinessUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid BusinessUpdateRequest."""
    check_model(d, at, _V_BusinessUpdateRequest, _K_BusinessUpdateRequest)


_K_BusinessUpdateRequest = keys_of(_U_BusinessUpdateRequest)

_V_BusinessUpdateRequest: Any = (
    "BusinessUpdateRequest",
    False,
    0,
    (
        ("display_name", False, True, ("str", None, None, None, None, ())),
        ("legal_name", False, True, ("str", None, None, None, None, ())),
        ("registration_number", False, True, ("str", None, None, None, None, ())),
        ("country_code", False, True, ("str", None, None, None, None, ())),
        ("status", False, False, ("enum", _E_UserStatus, "ACTIVE, FLAGGED, BLOCKED")),
        ("metadata", False, True, ("obj",)),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'businesses__create' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import UserStatus
from ..models.businesses__create import BusinessCreateRequest
from . import Table, _E_UserStatus, _M_UserStatus, check_model, encode_by_table, keys_of, new_object

_U_BusinessCreateRequest: Table = (
    ("vendor_data", "vendor_data", None, True),
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


def unstructure_BusinessCreateRequest(o: BusinessCreateRequest) -> dict[str, Any]:
    """Encode :class:`BusinessCreateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BusinessCreateRequest)


def structure_BusinessCreateRequest(d: Any) -> BusinessCreateRequest:
    """Decode a JSON object into :class:`BusinessCreateRequest`."""
    v: Any
    o = new_object(BusinessCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_BusinessCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BusinessCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_UserStatus[v]
    return o


def validate_BusinessCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid BusinessCreateRequest."""
    check_model(d, at, _V_BusinessCreateRequest, _K_BusinessCreateRequest)


_K_BusinessCreateRequest = keys_of(_U_BusinessCreateRequest)

_V_BusinessCreateRequest: Any = (
    "BusinessCreateRequest",
    False,
    0,
    (
        ("vendor_data", False, True, ("str", 1, None, None, None, ())),
        ("display_name", False, True, ("str", None, None, None, None, ())),
        ("legal_name", False, True, ("str", None, None, None, None, ())),
        ("registration_number", False, True, ("str", None, None, None, None, ())),
        ("country_code", False, True, ("str", None, None, None, None, ())),
        ("status", False, False, ("enum", _E_UserStatus, "ACTIVE, FLAGGED, BLOCKED")),
        ("metadata", False, True, ("obj",)),
    ),
    (),
)

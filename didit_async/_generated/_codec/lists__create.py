# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'lists__create' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..enums import ListEntryType
from ..models.lists__create import ListCreateRequest
from . import (
    Table,
    _E_inline101,
    _E_ListEntryType,
    _M_ListEntryType,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)

_U_ListCreateRequest: Table = (
    ("name", "name", None, True),
    ("list_type", "list_type", None, True),
    ("entry_type", "entry_type", lambda v: v.value if isinstance(v, ListEntryType) else v, True),
    ("description", "description", None, False),
)


def unstructure_ListCreateRequest(o: ListCreateRequest) -> dict[str, Any]:
    """Encode :class:`ListCreateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ListCreateRequest)


def structure_ListCreateRequest(d: Any) -> ListCreateRequest:
    """Decode a JSON object into :class:`ListCreateRequest`."""
    v: Any
    o = new_object(ListCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_ListCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ListCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "entry_type" in vals:
        v = vals["entry_type"]
        if v.__class__ is str:
            vals["entry_type"] = _M_ListEntryType[v]
    return o


def validate_ListCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ListCreateRequest."""
    check_model(d, at, _V_ListCreateRequest, _K_ListCreateRequest)


_K_ListCreateRequest = keys_of(_U_ListCreateRequest)

_V_ListCreateRequest: Any = (
    "ListCreateRequest",
    False,
    0,
    (
        ("name", True, False, ("str", 1, None, None, None, ())),
        ("list_type", True, False, ("enum", _E_inline101, "allowlist, custom")),
        (
            "entry_type",
            True,
            False,
            (
                "enum",
                _E_ListEntryType,
                "face, document, phone, email, ip_address, device_fingerprint, wallet_address, bank_account, user, business, country, key",
            ),
        ),
        ("description", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

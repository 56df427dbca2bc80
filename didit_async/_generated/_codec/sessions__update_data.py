# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions__update_data' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_date

from ..models.sessions__update_data import (
    UpdateSessionDataRequest,
    UpdateSessionDataRequestParsedAddress,
)
from . import Table, _E_inline42, check_model, encode_by_table, keys_of, new_object

_U_UpdateSessionDataRequestParsedAddress: Table = (
    ("address_type", "address_type", None, True),
    ("city", "city", None, True),
    ("region", "region", None, True),
    ("street_1", "street_1", None, True),
    ("street_2", "street_2", None, True),
    ("postal_code", "postal_code", None, True),
    ("country", "country", None, True),
)


def unstructure_UpdateSessionDataRequestParsedAddress(
    o: UpdateSessionDataRequestParsedAddress,
) -> dict[str, Any]:
    """Encode :class:`UpdateSessionDataRequestParsedAddress` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UpdateSessionDataRequestParsedAddress)


def structure_UpdateSessionDataRequestParsedAddress(
    d: Any,
) -> UpdateSessionDataRequestParsedAddress:
    """Decode a JSON object into :class:`UpdateSessionDataRequestParsedAddress`."""
    o = new_object(UpdateSessionDataRequestParsedAddress)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateSessionDataRequestParsedAddress.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateSessionDataRequestParsedAddress
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_UpdateSessionDataRequestParsedAddress(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UpdateSessionDataRequestParsedAddress."""
    check_model(
        d, at, _V_UpdateSessionDataRequestParsedAddress, _K_UpdateSessionDataRequestParsedAddress
    )


_U_UpdateSessionDataRequest: Table = (
    ("node_id", "node_id", None, False),
    ("first_name", "first_name", None, True),
    ("last_name", "last_name", None, True),
    ("full_name", "full_name", None, False),
    ("date_of_birth", "date_of_birth", None, True),
    ("gender", "gender", None, True),
    ("nationality", "nationality", None, True),
    ("document_type", "document_type", None, True),
    ("document_number", "document_number", None, True),
    ("personal_number", "personal_number", None, True),
    ("issuing_state", "issuing_state", None, True),
    ("expiration_date", "expiration_date", None, True),
    ("date_of_issue", "date_of_issue", None, True),
    ("address", "address", None, True),
    ("place_of_birth", "place_of_birth", None, True),
    ("document_subtype", "document_subtype", None, True),
    (
        "extra_fields",
        "extra_fields",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
    ("marital_status", "marital_status", None, False),
    (
        "parsed_address",
        "parsed_address",
        lambda v: (
            unstructure_UpdateSessionDataRequestParsedAddress(v)
            if isinstance(v, UpdateSessionDataRequestParsedAddress)
            else v
        ),
        True,
    ),
)


def unstructure_UpdateSessionDataRequest(o: UpdateSessionDataRequest) -> dict[str, Any]:
    """Encode :class:`UpdateSessionDataRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UpdateSessionDataRequest)


def structure_UpdateSessionDataRequest(d: Any) -> UpdateSessionDataRequest:
    """Decode a JSON object into :class:`UpdateSessionDataRequest`."""
    v: Any
    o = new_object(UpdateSessionDataRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateSessionDataRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateSessionDataRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "parsed_address" in vals:
        v = vals["parsed_address"]
        if v.__class__ is dict:
            vals["parsed_address"] = structure_UpdateSessionDataRequestParsedAddress(v)
    return o


def validate_UpdateSessionDataRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UpdateSessionDataRequest."""
    check_model(d, at, _V_UpdateSessionDataRequest, _K_UpdateSessionDataRequest)


_K_UpdateSessionDataRequestParsedAddress = keys_of(_U_UpdateSessionDataRequestParsedAddress)
_K_UpdateSessionDataRequest = keys_of(_U_UpdateSessionDataRequest)

_V_UpdateSessionDataRequestParsedAddress: Any = (
    "UpdateSessionDataRequestParsedAddress",
    False,
    0,
    (
        ("address_type", False, True, ("str", None, None, None, None, ())),
        ("city", False, True, ("str", None, None, None, None, ())),
        ("region", False, True, ("str", None, None, None, None, ())),
        ("street_1", False, True, ("str", None, None, None, None, ())),
        ("street_2", False, True, ("str", None, None, None, None, ())),
        ("postal_code", False, True, ("str", None, None, None, None, ())),
        ("country", False, True, ("str", None, None, None, None, ())),
    ),
    (),
)

_V_UpdateSessionDataRequest: Any = (
    "UpdateSessionDataRequest",
    False,
    0,
    (
        ("node_id", False, False, ("str", None, None, None, None, ())),
        ("first_name", False, True, ("str", None, None, None, None, ())),
        ("last_name", False, True, ("str", None, None, None, None, ())),
        ("full_name", False, False, ("str", None, None, None, None, ())),
        ("date_of_birth", False, True, ("str", None, None, None, (is_date, "date"), ())),
        ("gender", False, True, ("str", None, None, None, None, ())),
        ("nationality", False, True, ("str", None, None, None, None, ())),
        ("document_type", False, True, ("str", None, None, None, None, ())),
        ("document_number", False, True, ("str", None, None, None, None, ())),
        ("personal_number", False, True, ("str", None, None, None, None, ())),
        ("issuing_state", False, True, ("str", None, None, None, None, ())),
        ("expiration_date", False, True, ("str", None, None, None, (is_date, "date"), ())),
        ("date_of_issue", False, True, ("str", None, None, None, (is_date, "date"), ())),
        ("address", False, True, ("str", None, None, None, None, ())),
        ("place_of_birth", False, True, ("str", None, None, None, None, ())),
        ("document_subtype", False, True, ("str", None, None, None, None, ())),
        ("extra_fields", False, True, ("obj",)),
        (
            "marital_status",
            False,
            False,
            ("enum", _E_inline42, "SINGLE, MARRIED, DIVORCED, WIDOWED, UNKNOWN"),
        ),
        ("parsed_address", False, True, ("model", validate_UpdateSessionDataRequestParsedAddress)),
    ),
    (),
)

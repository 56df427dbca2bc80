# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions__update_poa_data' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_date

from ..models.sessions__update_poa_data import (
    UpdatePoaDataRequest,
    UpdatePoaDataRequestPoaParsedAddress,
)
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_UpdatePoaDataRequestPoaParsedAddress: Table = (
    ("address_type", "address_type", None, True),
    ("city", "city", None, True),
    ("region", "region", None, True),
    ("street_1", "street_1", None, True),
    ("street_2", "street_2", None, True),
    ("postal_code", "postal_code", None, True),
    ("country", "country", None, True),
)


def unstructure_UpdatePoaDataRequestPoaParsedAddress(
    o: UpdatePoaDataRequestPoaParsedAddress,
) -> dict[str, Any]:
    """Encode :class:`UpdatePoaDataRequestPoaParsedAddress` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UpdatePoaDataRequestPoaParsedAddress)


def structure_UpdatePoaDataRequestPoaParsedAddress(d: Any) -> UpdatePoaDataRequestPoaParsedAddress:
    """Decode a JSON object into :class:`UpdatePoaDataRequestPoaParsedAddress`."""
    o = new_object(UpdatePoaDataRequestPoaParsedAddress)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdatePoaDataRequestPoaParsedAddress.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdatePoaDataRequestPoaParsedAddress
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_UpdatePoaDataRequestPoaParsedAddress(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UpdatePoaDataRequestPoaParsedAddress."""
    check_model(
        d, at, _V_UpdatePoaDataRequestPoaParsedAddress, _K_UpdatePoaDataRequestPoaParsedAddress
    )


_U_UpdatePoaDataRequest: Table = (
    ("node_id", "node_id", None, False),
    ("poa_address", "poa_address", None, True),
    ("issuer", "issuer", None, True),
    ("issue_date", "issue_date", None, True),
    ("document_type", "document_type", None, False),
    ("name_on_document", "name_on_document", None, True),
    ("document_language", "document_language", None, True),
    (
        "extra_fields",
        "extra_fields",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
    ("issuing_state", "issuing_state", None, True),
    (
        "poa_parsed_address",
        "poa_parsed_address",
        lambda v: (
            unstructure_UpdatePoaDataRequestPoaParsedAddress(v)
            if isinstance(v, UpdatePoaDataRequestPoaParsedAddress)
            else v
        ),
        True,
    ),
)


def unstructure_UpdatePoaDataRequest(o: UpdatePoaDataRequest) -> dict[str, Any]:
    """Encode :class:`UpdatePoaDataRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UpdatePoaDataRequest)


def structure_UpdatePoaDataRequest(d: Any) -> UpdatePoaDataRequest:
    """Decode a JSON object into :class:`UpdatePoaDataRequest`."""
    v: Any
    o = new_object(UpdatePoaDataRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdatePoaDataRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdatePoaDataRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "poa_parsed_address" in vals:
        v = vals["poa_parsed_address"]
        if v.__class__ is dict:
            vals["poa_parsed_address"] = structure_UpdatePoaDataRequestPoaParsedAddress(v)
    return o


def validate_UpdatePoaDataRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UpdatePoaDataRequest."""
    check_model(d, at, _V_UpdatePoaDataRequest, _K_UpdatePoaDataRequest)


_K_UpdatePoaDataRequestPoaParsedAddress = keys_of(_U_UpdatePoaDataRequestPoaParsedAddress)
_K_UpdatePoaDataRequest = keys_of(_U_UpdatePoaDataRequest)

_V_UpdatePoaDataRequestPoaParsedAddress: Any = (
    "UpdatePoaDataRequestPoaParsedAddress",
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

_V_UpdatePoaDataRequest: Any = (
    "UpdatePoaDataRequest",
    False,
    0,
    (
        ("node_id", False, False, ("str", None, None, None, None, ())),
        ("poa_address", False, True, ("str", None, None, None, None, ())),
        ("issuer", False, True, ("str", None, None, None, None, ())),
        ("issue_date", False, True, ("str", None, None, None, (is_date, "date"), ())),
        ("document_type", False, False, ("str", None, None, None, None, ())),
        ("name_on_document", False, True, ("str", None, None, None, None, ())),
        ("document_language", False, True, ("str", None, None, None, None, ())),
        ("extra_fields", False, True, ("obj",)),
        ("issuing_state", False, True, ("str", None, None, None, None, ())),
        (
            "poa_parsed_address",
            False,
            True,
            ("model", validate_UpdatePoaDataRequestPoaParsedAddress),
        ),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions__update_data__update_poa_data' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.sessions__update_data__update_poa_data import (
    UpdateSessionDataResponse,
    UpdateSessionDataResponseParsedAddress,
    UpdateSessionDataResponsePoaParsedAddress,
)
from . import Table, encode_by_table, keys_of, new_object

_U_UpdateSessionDataResponseParsedAddress: Table = (
    ("address_type", "address_type", None, False),
    ("city", "city", None, False),
    ("region", "region", None, False),
    ("street_1", "street_1", None, False),
    ("street_2", "street_2", None, False),
    ("postal_code", "postal_code", None, False),
    ("country", "country", None, False),
    ("formatted_address", "formatted_address", None, False),
)


def unstructure_UpdateSessionDataResponseParsedAddress(
    o: UpdateSessionDataResponseParsedAddress,
) -> dict[str, Any]:
    """Encode :class:`UpdateSessionDataResponseParsedAddress` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UpdateSessionDataResponseParsedAddress)


def structure_UpdateSessionDataResponseParsedAddress(
    d: Any,
) -> UpdateSessionDataResponseParsedAddress:
    """Decode a JSON object into :class:`UpdateSessionDataResponseParsedAddress`."""
    o = new_object(UpdateSessionDataResponseParsedAddress)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateSessionDataResponseParsedAddress.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateSessionDataResponseParsedAddress
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_UpdateSessionDataResponsePoaParsedAddress: Table = (
    ("address_type", "address_type", None, False),
    ("city", "city", None, False),
    ("region", "region", None, False),
    ("street_1", "street_1", None, False),
    ("street_2", "street_2", None, False),
    ("postal_code", "postal_code", None, False),
    ("country", "country", None, False),
    ("formatted_address", "formatted_address", None, False),
)


def unstructure_UpdateSessionDataResponsePoaParsedAddress(
    o: UpdateSessionDataResponsePoaParsedAddress,
) -> dict[str, Any]:
    """Encode :class:`UpdateSessionDataResponsePoaParsedAddress` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UpdateSessionDataResponsePoaParsedAddress)


def structure_UpdateSessionDataResponsePoaParsedAddress(
    d: Any,
) -> UpdateSessionDataResponsePoaParsedAddress:
    """Decode a JSON object into :class:`UpdateSessionDataResponsePoaParsedAddress`."""
    o = new_object(UpdateSessionDataResponsePoaParsedAddress)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateSessionDataResponsePoaParsedAddress.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateSessionDataResponsePoaParsedAddress
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_UpdateSessionDataResponse: Table = (
    ("session_id", "session_id", None, False),
    ("message", "message", None, False),
    ("node_id", "node_id", None, False),
    ("document_type", "document_type", None, False),
    ("document_subtype", "document_subtype", None, False),
    ("document_number", "document_number", None, False),
    ("personal_number", "personal_number", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("date_of_issue", "date_of_issue", None, False),
    ("expiration_date", "expiration_date", None, False),
    ("issuing_state", "issuing_state", None, False),
    ("first_name", "first_name", None, False),
    ("last_name", "last_name", None, False),
    ("gender", "gender", None, False),
    ("address", "address", None, False),
    ("place_of_birth", "place_of_birth", None, False),
    ("nationality", "nationality", None, False),
    ("marital_status", "marital_status", None, False),
    (
        "extra_fields",
        "extra_fields",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "parsed_address",
        "parsed_address",
        lambda v: (
            unstructure_UpdateSessionDataResponseParsedAddress(v)
            if isinstance(v, UpdateSessionDataResponseParsedAddress)
            else v
        ),
        False,
    ),
    ("document_language", "document_language", None, False),
    ("issuer", "issuer", None, False),
    ("issue_date", "issue_date", None, False),
    ("poa_address", "poa_address", None, False),
    ("name_on_document", "name_on_document", None, False),
    (
        "poa_parsed_address",
        "poa_parsed_address",
        lambda v: (
            unstructure_UpdateSessionDataResponsePoaParsedAddress(v)
            if isinstance(v, UpdateSessionDataResponsePoaParsedAddress)
            else v
        ),
        False,
    ),
    ("poa_formatted_address", "poa_formatted_address", None, False),
)


def unstructure_UpdateSessionDataResponse(o: UpdateSessionDataResponse) -> dict[str, Any]:
    """Encode :class:`UpdateSessionDataResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UpdateSessionDataResponse)


def structure_UpdateSessionDataResponse(d: Any) -> UpdateSessionDataResponse:
    """Decode a JSON object into :class:`UpdateSessionDataResponse`."""
    v: Any
    o = new_object(UpdateSessionDataResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateSessionDataResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateSessionDataResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "parsed_address" in vals:
        v = vals["parsed_address"]
        if v.__class__ is dict:
            vals["parsed_address"] = structure_UpdateSessionDataResponseParsedAddress(v)
    if "poa_parsed_address" in vals:
        v = vals["poa_parsed_address"]
        if v.__class__ is dict:
            vals["poa_parsed_address"] = structure_UpdateSessionDataResponsePoaParsedAddress(v)
    return o


_K_UpdateSessionDataResponseParsedAddress = keys_of(_U_UpdateSessionDataResponseParsedAddress)
_K_UpdateSessionDataResponsePoaParsedAddress = keys_of(_U_UpdateSessionDataResponsePoaParsedAddress)
_K_UpdateSessionDataResponse = keys_of(_U_UpdateSessionDataResponse)

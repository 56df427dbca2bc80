# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'kyb' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_uri

from ..models.kyb import (
    KybCandidate,
    KybCompanyRecord,
    KybOfficer,
    KybSearchRequest,
    KybSearchResponse,
    KybSelectRequest,
)
from ..models.shared import Business
from . import _P5, Table, _E_inline19, check_model, encode_by_table, keys_of, new_object
from .shared import structure_Business, unstructure_Business

_U_KybSearchRequest: Table = (
    ("country_code", "country_code", None, True),
    ("name", "name", None, False),
    ("registration_number", "registration_number", None, False),
    ("search_type", "search_type", None, False),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("webhook_url", "webhook_url", None, False),
)


def unstructure_KybSearchRequest(o: KybSearchRequest) -> dict[str, Any]:
    """Encode :class:`KybSearchRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybSearchRequest)


def structure_KybSearchRequest(d: Any) -> KybSearchRequest:
    """Decode a JSON object into :class:`KybSearchRequest`."""
    o = new_object(KybSearchRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_KybSearchRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybSearchRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_KybSearchRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid KybSearchRequest."""
    check_model(d, at, _V_KybSearchRequest, _K_KybSearchRequest)


_U_KybCandidate: Table = (
    ("kyb_response_id", "kyb_response_id", None, True),
    ("name", "name", None, False),
    ("registration_number", "registration_number", None, False),
    ("country_code", "country_code", None, False),
    ("status", "status", None, False),
    ("address", "address", None, False),
)


def unstructure_KybCandidate(o: KybCandidate) -> dict[str, Any]:
    """Encode :class:`KybCandidate` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybCandidate)


def structure_KybCandidate(d: Any) -> KybCandidate:
    """Decode a JSON object into :class:`KybCandidate`."""
    o = new_object(KybCandidate)
    vals = o.__dict__
    vals.update(d)
    if _K_KybCandidate.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybCandidate
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybSearchResponse: Table = (
    (
        "results",
        "results",
        lambda v: (
            [unstructure_KybCandidate(x) if isinstance(x, KybCandidate) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
    ("count", "count", None, False),
)


def unstructure_KybSearchResponse(o: KybSearchResponse) -> dict[str, Any]:
    """Encode :class:`KybSearchResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybSearchResponse)


def structure_KybSearchResponse(d: Any) -> KybSearchResponse:
    """Decode a JSON object into :class:`KybSearchResponse`."""
    v: Any
    o = new_object(KybSearchResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_KybSearchResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybSearchResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_KybCandidate(x) if x.__class__ is dict else x for x in v]
    return o


_U_KybSelectRequest: Table = (
    ("kyb_response_id", "kyb_response_id", None, True),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("save_api_request", "save_api_request", None, False),
)


def unstructure_KybSelectRequest(o: KybSelectRequest) -> dict[str, Any]:
    """Encode :class:`KybSelectRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybSelectRequest)


def structure_KybSelectRequest(d: Any) -> KybSelectRequest:
    """Decode a JSON object into :class:`KybSelectRequest`."""
    o = new_object(KybSelectRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_KybSelectRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybSelectRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_KybSelectRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid KybSelectRequest."""
    check_model(d, at, _V_KybSelectRequest, _K_KybSelectRequest)


_U_KybOfficer: Table = (
    ("name", "name", None, False),
    ("role", "role", None, False),
    ("appointed_on", "appointed_on", None, False),
)


def unstructure_KybOfficer(o: KybOfficer) -> dict[str, Any]:
    """Encode :class:`KybOfficer` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybOfficer)


def structure_KybOfficer(d: Any) -> KybOfficer:
    """Decode a JSON object into :class:`KybOfficer`."""
    o = new_object(KybOfficer)
    vals = o.__dict__
    vals.update(d)
    if _K_KybOfficer.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybOfficer
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybCompanyRecord: Table = (
    ("kyb_response_id", "kyb_response_id", None, False),
    ("name", "name", None, False),
    ("legal_name", "legal_name", None, False),
    ("registration_number", "registration_number", None, False),
    ("country_code", "country_code", None, False),
    ("status", "status", None, False),
    ("incorporation_date", "incorporation_date", None, False),
    ("address", "address", None, False),
    (
        "officers",
        "officers",
        lambda v: (
            [unstructure_KybOfficer(x) if isinstance(x, KybOfficer) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("vendor_data", "vendor_data", None, False),
    (
        "business",
        "business",
        lambda v: unstructure_Business(v) if isinstance(v, Business) else v,
        False,
    ),
)


def unstructure_KybCompanyRecord(o: KybCompanyRecord) -> dict[str, Any]:
    """Encode :class:`KybCompanyRecord` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybCompanyRecord)


def structure_KybCompanyRecord(d: Any) -> KybCompanyRecord:
    """Decode a JSON object into :class:`KybCompanyRecord`."""
    v: Any
    o = new_object(KybCompanyRecord)
    vals = o.__dict__
    vals.update(d)
    if _K_KybCompanyRecord.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybCompanyRecord
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "officers" in vals:
        v = vals["officers"]
        if v and v.__class__ is list:
            vals["officers"] = [structure_KybOfficer(x) if x.__class__ is dict else x for x in v]
    if "business" in vals:
        v = vals["business"]
        if v.__class__ is dict:
            vals["business"] = structure_Business(v)
    return o


_K_KybSearchRequest = keys_of(_U_KybSearchRequest)
_K_KybCandidate = keys_of(_U_KybCandidate)
_K_KybSearchResponse = keys_of(_U_KybSearchResponse)
_K_KybSelectRequest = keys_of(_U_KybSelectRequest)
_K_KybOfficer = keys_of(_U_KybOfficer)
_K_KybCompanyRecord = keys_of(_U_KybCompanyRecord)

_V_KybSearchRequest: Any = (
    "KybSearchRequest",
    False,
    0,
    (
        ("country_code", True, False, ("str", None, None, None, None, ((_P5, "^[A-Z]{2}$"),))),
        ("name", False, False, ("str", 1, None, None, None, ())),
        ("registration_number", False, False, ("str", 1, None, None, None, ())),
        ("search_type", False, False, ("enum", _E_inline19, "contains, start_with, fuzzy")),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        ("metadata", False, False, ("obj",)),
        ("webhook_url", False, False, ("str", None, None, None, (is_uri, "uri"), ())),
    ),
    (),
)

_V_KybSelectRequest: Any = (
    "KybSelectRequest",
    False,
    0,
    (
        ("kyb_response_id", True, False, ("str", 1, None, None, None, ())),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        ("metadata", False, False, ("obj",)),
        ("save_api_request", False, False, ("bool",)),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'kyb__search' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_uri

from ..models.kyb__search import (
    KybCandidate,
    KybSearchRequest,
    KybSearchResponse,
    KybSearchResponseKybRegistry,
    KybSearchResponseKybRegistryCompany,
    KybSearchResponseKybRegistryPagination,
)
from . import Table, _E_inline70, check_model, encode_by_table, keys_of, new_object

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
        True,
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


_U_KybSearchResponseKybRegistryCompany: Table = (
    ("kyb_response_id", "kyb_response_id", None, False),
    ("name", "name", None, False),
    ("registration_number", "registration_number", None, False),
    ("status", "status", None, False),
    ("type", "type", None, False),
    ("risk_level", "risk_level", None, False),
    ("fetch_status", "fetch_status", None, False),
)


def unstructure_KybSearchResponseKybRegistryCompany(
    o: KybSearchResponseKybRegistryCompany,
) -> dict[str, Any]:
    """Encode :class:`KybSearchResponseKybRegistryCompany` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybSearchResponseKybRegistryCompany)


def structure_KybSearchResponseKybRegistryCompany(d: Any) -> KybSearchResponseKybRegistryCompany:
    """Decode a JSON object into :class:`KybSearchResponseKybRegistryCompany`."""
    o = new_object(KybSearchResponseKybRegistryCompany)
    vals = o.__dict__
    vals.update(d)
    if _K_KybSearchResponseKybRegistryCompany.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybSearchResponseKybRegistryCompany
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybSearchResponseKybRegistryPagination: Table = (
    ("total", "total", None, False),
    ("page", "page", None, False),
    ("per_page", "per_page", None, False),
)


def unstructure_KybSearchResponseKybRegistryPagination(
    o: KybSearchResponseKybRegistryPagination,
) -> dict[str, Any]:
    """Encode :class:`KybSearchResponseKybRegistryPagination` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybSearchResponseKybRegistryPagination)


def structure_KybSearchResponseKybRegistryPagination(
    d: Any,
) -> KybSearchResponseKybRegistryPagination:
    """Decode a JSON object into :class:`KybSearchResponseKybRegistryPagination`."""
    o = new_object(KybSearchResponseKybRegistryPagination)
    vals = o.__dict__
    vals.update(d)
    if _K_KybSearchResponseKybRegistryPagination.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybSearchResponseKybRegistryPagination
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybSearchResponseKybRegistry: Table = (
    (
        "companies",
        "companies",
        lambda v: (
            [
                unstructure_KybSearchResponseKybRegistryCompany(x)
                if isinstance(x, KybSearchResponseKybRegistryCompany)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "pagination",
        "pagination",
        lambda v: (
            unstructure_KybSearchResponseKybRegistryPagination(v)
            if isinstance(v, KybSearchResponseKybRegistryPagination)
            else v
        ),
        False,
    ),
    ("search_status", "search_status", None, False),
    ("search_resolved", "search_resolved", None, False),
)


def unstructure_KybSearchResponseKybRegistry(o: KybSearchResponseKybRegistry) -> dict[str, Any]:
    """Encode :class:`KybSearchResponseKybRegistry` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_KybSearchResponseKybRegistry)


def structure_KybSearchResponseKybRegistry(d: Any) -> KybSearchResponseKybRegistry:
    """Decode a JSON object into :class:`KybSearchResponseKybRegistry`."""
    v: Any
    o = new_object(KybSearchResponseKybRegistry)
    vals = o.__dict__
    vals.update(d)
    if _K_KybSearchResponseKybRegistry.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybSearchResponseKybRegistry
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "companies" in vals:
        v = vals["companies"]
        if v and v.__class__ is list:
            vals["companies"] = [
                structure_KybSearchResponseKybRegistryCompany(x) if x.__class__ is dict else x
                for x in v
            ]
    if "pagination" in vals:
        v = vals["pagination"]
        if v.__class__ is dict:
            vals["pagination"] = structure_KybSearchResponseKybRegistryPagination(v)
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
    ("request_id", "request_id", None, False),
    (
        "kyb_registry",
        "kyb_registry",
        lambda v: (
            unstructure_KybSearchResponseKybRegistry(v)
            if isinstance(v, KybSearchResponseKybRegistry)
            else v
        ),
        False,
    ),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
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
    if "kyb_registry" in vals:
        v = vals["kyb_registry"]
        if v.__class__ is dict:
            vals["kyb_registry"] = structure_KybSearchResponseKybRegistry(v)
    return o


_K_KybSearchRequest = keys_of(_U_KybSearchRequest)
_K_KybCandidate = keys_of(_U_KybCandidate)
_K_KybSearchResponseKybRegistryCompany = keys_of(_U_KybSearchResponseKybRegistryCompany)
_K_KybSearchResponseKybRegistryPagination = keys_of(_U_KybSearchResponseKybRegistryPagination)
_K_KybSearchResponseKybRegistry = keys_of(_U_KybSearchResponseKybRegistry)
_K_KybSearchResponse = keys_of(_U_KybSearchResponse)

_V_KybSearchRequest: Any = (
    "KybSearchRequest",
    False,
    0,
    (
        ("country_code", True, False, ("str", None, None, None, None, ())),
        ("name", False, False, ("str", 1, None, None, None, ())),
        ("registration_number", False, False, ("str", 1, None, None, None, ())),
        ("search_type", False, False, ("enum", _E_inline70, "contains, start_with, fuzzy")),
        ("vendor_data", False, False, ("str", None, None, None, None, ())),
        ("metadata", False, True, ("obj",)),
        ("webhook_url", False, False, ("str", None, None, None, (is_uri, "uri"), ())),
    ),
    (),
)

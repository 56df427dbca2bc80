# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'businesses' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import UserStatus
from ..models.businesses import (
    BusinessBatchDeleteRequest,
    BusinessBatchDeleteResponse,
    BusinessCreateRequest,
    BusinessListPage,
    BusinessUpdateRequest,
    BusinessUpdateStatusRequest,
)
from ..models.shared import Business
from . import (
    _P5,
    Table,
    _E_UserStatus,
    _M_UserStatus,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)
from .shared import structure_Business, unstructure_Business

_U_BusinessCreateRequest: Table = (
    ("vendor_data", "vendor_data", None, True),
    ("display_name", "display_name", None, False),
    ("legal_name", "legal_name", None, False),
    ("registration_number", "registration_number", None, False),
    ("country_code", "country_code", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, UserStatus) else v, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
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


_U_BusinessUpdateRequest: Table = (
    ("display_name", "display_name", None, False),
    ("legal_name", "legal_name", None, False),
    ("registration_number", "registration_number", None, False),
    ("country_code", "country_code", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, UserStatus) else v, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
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


_U_BusinessBatchDeleteRequest: Table = (
    ("vendor_data_list", "vendor_data_list", None, False),
    ("didit_internal_id_list", "didit_internal_id_list", None, False),
    ("delete_all", "delete_all", None, False),
)


def unstructure_BusinessBatchDeleteRequest(o: BusinessBatchDeleteRequest) -> dict[str, Any]:
    """Encode :class:`BusinessBatchDeleteRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BusinessBatchDeleteRequest)


def structure_BusinessBatchDeleteRequest(d: Any) -> BusinessBatchDeleteRequest:
    """Decode a JSON object into :class:`BusinessBatchDeleteRequest`."""
    o = new_object(BusinessBatchDeleteRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_BusinessBatchDeleteRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BusinessBatchDeleteRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_BusinessBatchDeleteRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid BusinessBatchDeleteRequest."""
    check_model(d, at, _V_BusinessBatchDeleteRequest, _K_BusinessBatchDeleteRequest)


_U_BusinessBatchDeleteResponse: Table = (
    ("deleted_count", "deleted_count", None, False),
    ("message", "message", None, False),
)


def unstructure_BusinessBatchDeleteResponse(o: BusinessBatchDeleteResponse) -> dict[str, Any]:
    """Encode :class:`BusinessBatchDeleteResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BusinessBatchDeleteResponse)


def structure_BusinessBatchDeleteResponse(d: Any) -> BusinessBatchDeleteResponse:
    """Decode a JSON object into :class:`BusinessBatchDeleteResponse`."""
    o = new_object(BusinessBatchDeleteResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_BusinessBatchDeleteResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BusinessBatchDeleteResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_BusinessListPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_Business(x) if isinstance(x, Business) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_BusinessListPage(o: BusinessListPage) -> dict[str, Any]:
    """Encode :class:`BusinessListPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BusinessListPage)


def structure_BusinessListPage(d: Any) -> BusinessListPage:
    """Decode a JSON object into :class:`BusinessListPage`."""
    v: Any
    o = new_object(BusinessListPage)
    vals = o.__dict__
    vals.update(d)
    if _K_BusinessListPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BusinessListPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_Business(x) if x.__class__ is dict else x for x in v]
    return o


_K_BusinessCreateRequest = keys_of(_U_BusinessCreateRequest)
_K_BusinessUpdateRequest = keys_of(_U_BusinessUpdateRequest)
_K_BusinessUpdateStatusRequest = keys_of(_U_BusinessUpdateStatusRequest)
_K_BusinessBatchDeleteRequest = keys_of(_U_BusinessBatchDeleteRequest)
_K_BusinessBatchDeleteResponse = keys_of(_U_BusinessBatchDeleteResponse)
_K_BusinessListPage = keys_of(_U_BusinessListPage)

_V_BusinessCreateRequest: Any = (
    "BusinessCreateRequest",
    False,
    0,
    (
        ("vendor_data", True, False, ("str", 1, None, None, None, ())),
        ("display_name", False, False, ("str", None, None, None, None, ())),
        ("legal_name", False, False, ("str", None, None, None, None, ())),
        ("registration_number", False, False, ("str", None, None, None, None, ())),
        ("country_code", False, False, ("str", None, None, None, None, ((_P5, "^[A-Z]{2}$"),))),
        ("status", False, False, ("enum", _E_UserStatus, "ACTIVE, FLAGGED, BLOCKED")),
        ("metadata", False, False, ("obj",)),
    ),
    (),
)

_V_BusinessUpdateRequest: Any = (
    "BusinessUpdateRequest",
    False,
    0,
    (
        ("display_name", False, False, ("str", None, None, None, None, ())),
        ("legal_name", False, False, ("str", None, None, None, None, ())),
        ("registration_number", False, False, ("str", None, None, None, None, ())),
        ("country_code", False, False, ("str", None, None, None, None, ((_P5, "^[A-Z]{2}$"),))),
        ("status", False, False, ("enum", _E_UserStatus, "ACTIVE, FLAGGED, BLOCKED")),
        ("metadata", False, False, ("obj",)),
    ),
    (),
)

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

_V_BusinessBatchDeleteRequest: Any = (
    "BusinessBatchDeleteRequest",
    False,
    0,
    (
        (
            "vendor_data_list",
            False,
            False,
            ("list", 1, None, ("str", 1, None, None, None, ()), False),
        ),
        (
            "didit_internal_id_list",
            False,
            False,
            ("list", 1, None, ("str", 1, None, None, None, ()), False),
        ),
        ("delete_all", False, False, ("bool",)),
    ),
    (),
)

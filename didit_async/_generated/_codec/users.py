# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'users' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_date

from ..enums import UserStatus
from ..models.users import (
    User,
    UserBatchDeleteRequest,
    UserBatchDeleteResponse,
    UserCreateRequest,
    UserListPage,
    UserUpdateRequest,
    UserUpdateStatusRequest,
)
from . import Table, _E_UserStatus, _M_UserStatus, check_model, encode_by_table, keys_of, new_object

_U_User: Table = (
    ("vendor_data", "vendor_data", None, True),
    ("didit_internal_id", "didit_internal_id", None, False),
    ("display_name", "display_name", None, False),
    ("full_name", "full_name", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, UserStatus) else v, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("portrait_image", "portrait_image", None, False),
    ("issuing_states", "issuing_states", None, False),
    ("approved_emails", "approved_emails", None, False),
    ("approved_phones", "approved_phones", None, False),
    ("features", "features", None, False),
    ("session_count", "session_count", None, False),
    ("approved_count", "approved_count", None, False),
    ("declined_count", "declined_count", None, False),
    ("in_review_count", "in_review_count", None, False),
    ("first_session_at", "first_session_at", None, False),
    ("last_session_at", "last_session_at", None, False),
    ("created_at", "created_at", None, False),
    ("updated_at", "updated_at", None, False),
)


def unstructure_User(o: User) -> dict[str, Any]:
    """Encode :class:`User` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_User)


def structure_User(d: Any) -> User:
    """Decode a JSON object into :class:`User`."""
    v: Any
    o = new_object(User)
    vals = o.__dict__
    vals.update(d)
    if _K_User.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_User
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_UserStatus[v]
    return o


_U_UserListPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_User(x) if isinstance(x, User) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_UserListPage(o: UserListPage) -> dict[str, Any]:
    """Encode :class:`UserListPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UserListPage)


def structure_UserListPage(d: Any) -> UserListPage:
    """Decode a JSON object into :class:`UserListPage`."""
    v: Any
    o = new_object(UserListPage)
    vals = o.__dict__
    vals.update(d)
    if _K_UserListPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserListPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_User(x) if x.__class__ is dict else x for x in v]
    return o


_U_UserCreateRequest: Table = (
    ("vendor_data", "vendor_data", None, True),
    ("display_name", "display_name", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("status", "status", lambda v: v.value if isinstance(v, UserStatus) else v, False),
    ("full_name", "full_name", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("issuing_states", "issuing_states", None, False),
    ("approved_emails", "approved_emails", None, False),
    ("approved_phones", "approved_phones", None, False),
)


def unstructure_UserCreateRequest(o: UserCreateRequest) -> dict[str, Any]:
    """Encode :class:`UserCreateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UserCreateRequest)


def structure_UserCreateRequest(d: Any) -> UserCreateRequest:
    """Decode a JSON object into :class:`UserCreateRequest`."""
    v: Any
    o = new_object(UserCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UserCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_UserStatus[v]
    return o


def validate_UserCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UserCreateRequest."""
    check_model(d, at, _V_UserCreateRequest, _K_UserCreateRequest)


_U_UserUpdateRequest: Table = (
    ("display_name", "display_name", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("full_name", "full_name", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("issuing_states", "issuing_states", None, False),
    ("approved_emails", "approved_emails", None, False),
    ("approved_phones", "approved_phones", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, UserStatus) else v, False),
)


def unstructure_UserUpdateRequest(o: UserUpdateRequest) -> dict[str, Any]:
    """Encode :class:`UserUpdateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UserUpdateRequest)


def structure_UserUpdateRequest(d: Any) -> UserUpdateRequest:
    """Decode a JSON object into :class:`UserUpdateRequest`."""
    v: Any
    o = new_object(UserUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UserUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_UserStatus[v]
    return o


def validate_UserUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UserUpdateRequest."""
    check_model(d, at, _V_UserUpdateRequest, _K_UserUpdateRequest)


_U_UserUpdateStatusRequest: Table = (
    ("status", "status", lambda v: v.value if isinstance(v, UserStatus) else v, True),
    ("reason", "reason", None, False),
)


def unstructure_UserUpdateStatusRequest(o: UserUpdateStatusRequest) -> dict[str, Any]:
    """Encode :class:`UserUpdateStatusRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UserUpdateStatusRequest)


def structure_UserUpdateStatusRequest(d: Any) -> UserUpdateStatusRequest:
    """Decode a JSON object into :class:`UserUpdateStatusRequest`."""
    v: Any
    o = new_object(UserUpdateStatusRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UserUpdateStatusRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserUpdateStatusRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_UserStatus[v]
    return o


def validate_UserUpdateStatusRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UserUpdateStatusRequest."""
    check_model(d, at, _V_UserUpdateStatusRequest, _K_UserUpdateStatusRequest)


_U_UserBatchDeleteRequest: Table = (
    ("vendor_data_list", "vendor_data_list", None, False),
    ("delete_all", "delete_all", None, False),
)


def unstructure_UserBatchDeleteRequest(o: UserBatchDeleteRequest) -> dict[str, Any]:
    """Encode :class:`UserBatchDeleteRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UserBatchDeleteRequest)


def structure_UserBatchDeleteRequest(d: Any) -> UserBatchDeleteRequest:
    """Decode a JSON object into :class:`UserBatchDeleteRequest`."""
    o = new_object(UserBatchDeleteRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UserBatchDeleteRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserBatchDeleteRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_UserBatchDeleteRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UserBatchDeleteRequest."""
    check_model(d, at, _V_UserBatchDeleteRequest, _K_UserBatchDeleteRequest)


_U_UserBatchDeleteResponse: Table = (
    ("deleted_count", "deleted_count", None, False),
    ("message", "message", None, False),
)


def unstructure_UserBatchDeleteResponse(o: UserBatchDeleteResponse) -> dict[str, Any]:
    """Encode :class:`UserBatchDeleteResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_UserBatchDeleteResponse)


def structure_UserBatchDeleteResponse(d: Any) -> UserBatchDeleteResponse:
    """Decode a JSON object into :class:`UserBatchDeleteResponse`."""
    o = new_object(UserBatchDeleteResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_UserBatchDeleteResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserBatchDeleteResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_User = keys_of(_U_User)
_K_UserListPage = keys_of(_U_UserListPage)
_K_UserCreateRequest = keys_of(_U_UserCreateRequest)
_K_UserUpdateRequest = keys_of(_U_UserUpdateRequest)
_K_UserUpdateStatusRequest = keys_of(_U_UserUpdateStatusRequest)
_K_UserBatchDeleteRequest = keys_of(_U_UserBatchDeleteRequest)
_K_UserBatchDeleteResponse = keys_of(_U_UserBatchDeleteResponse)

_V_UserCreateRequest: Any = (
    "UserCreateRequest",
    False,
    0,
    (
        ("vendor_data", True, False, ("str", 1, None, None, None, ())),
        ("display_name", False, False, ("str", None, None, None, None, ())),
        ("metadata", False, False, ("obj",)),
        ("status", False, False, ("enum", _E_UserStatus, "ACTIVE, FLAGGED, BLOCKED")),
        ("full_name", False, False, ("str", None, None, None, None, ())),
        ("date_of_birth", False, False, ("str", None, None, None, (is_date, "date"), ())),
        (
            "issuing_states",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
        (
            "approved_emails",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
        (
            "approved_phones",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
    ),
    (),
)

_V_UserUpdateRequest: Any = (
    "UserUpdateRequest",
    False,
    0,
    (
        ("display_name", False, False, ("str", None, None, None, None, ())),
        ("metadata", False, False, ("obj",)),
        ("full_name", False, False, ("str", None, None, None, None, ())),
        ("date_of_birth", False, False, ("str", None, None, None, (is_date, "date"), ())),
        (
            "issuing_states",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
        (
            "approved_emails",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
        (
            "approved_phones",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
        ("status", False, False, ("enum", _E_UserStatus, "ACTIVE, FLAGGED, BLOCKED")),
    ),
    (),
)

_V_UserUpdateStatusRequest: Any = (
    "UserUpdateStatusRequest",
    False,
    0,
    (
        ("status", True, False, ("enum", _E_UserStatus, "ACTIVE, FLAGGED, BLOCKED")),
        ("reason", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

_V_UserBatchDeleteRequest: Any = (
    "UserBatchDeleteRequest",
    False,
    1,
    (
        (
            "vendor_data_list",
            False,
            False,
            ("list", 1, None, ("str", 1, None, None, None, ()), False),
        ),
        ("delete_all", False, False, ("bool",)),
    ),
    ((("delete_all",), (("delete_all", False),), ("vendor_data_list",), "delete_all is false"),),
)

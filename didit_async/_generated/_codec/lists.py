# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'lists' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..enums import ListEntryType, ListType
from ..models.lists import DiditList, ListCreateRequest, ListPage, ListUpdateRequest
from . import (
    Table,
    _E_inline22,
    _E_ListEntryType,
    _M_ListEntryType,
    _M_ListType,
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


_U_ListUpdateRequest: Table = (
    ("name", "name", None, False),
    ("description", "description", None, False),
)


def unstructure_ListUpdateRequest(o: ListUpdateRequest) -> dict[str, Any]:
    """Encode :class:`ListUpdateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ListUpdateRequest)


def structure_ListUpdateRequest(d: Any) -> ListUpdateRequest:
    """Decode a JSON object into :class:`ListUpdateRequest`."""
    o = new_object(ListUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_ListUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ListUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_ListUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ListUpdateRequest."""
    check_model(d, at, _V_ListUpdateRequest, _K_ListUpdateRequest)


_U_DiditList: Table = (
    ("uuid", "uuid", None, True),
    ("name", "name", None, False),
    ("list_type", "list_type", lambda v: v.value if isinstance(v, ListType) else v, False),
    ("entry_type", "entry_type", lambda v: v.value if isinstance(v, ListEntryType) else v, False),
    ("description", "description", None, False),
    ("is_system", "is_system", None, False),
    ("entry_count", "entry_count", None, False),
    ("created_at", "created_at", None, False),
    ("updated_at", "updated_at", None, False),
)


def unstructure_DiditList(o: DiditList) -> dict[str, Any]:
    """Encode :class:`DiditList` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DiditList)


def structure_DiditList(d: Any) -> DiditList:
    """Decode a JSON object into :class:`DiditList`."""
    v: Any
    o = new_object(DiditList)
    vals = o.__dict__
    vals.update(d)
    if _K_DiditList.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DiditList
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "list_type" in vals:
        v = vals["list_type"]
        if v.__class__ is str:
            vals["list_type"] = _M_ListType[v]
    if "entry_type" in vals:
        v = vals["entry_type"]
        if v.__class__ is str:
            vals["entry_type"] = _M_ListEntryType[v]
    return o


_U_ListPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_DiditList(x) if isinstance(x, DiditList) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_ListPage(o: ListPage) -> dict[str, Any]:
    """Encode :class:`ListPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ListPage)


def structure_ListPage(d: Any) -> ListPage:
    """Decode a JSON object into :class:`ListPage`."""
    v: Any
    o = new_object(ListPage)
    vals = o.__dict__
    vals.update(d)
    if _K_ListPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ListPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_DiditList(x) if x.__class__ is dict else x for x in v]
    return o


_K_ListCreateRequest = keys_of(_U_ListCreateRequest)
_K_ListUpdateRequest = keys_of(_U_ListUpdateRequest)
_K_DiditList = keys_of(_U_DiditList)
_K_ListPage = keys_of(_U_ListPage)

_V_ListCreateRequest: Any = (
    "ListCreateRequest",
    False,
    0,
    (
        ("name", True, False, ("str", 1, None, None, None, ())),
        ("list_type", True, False, ("enum", _E_inline22, "allowlist, custom")),
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

_V_ListUpdateRequest: Any = (
    "ListUpdateRequest",
    False,
    0,
    (
        ("name", False, False, ("str", 1, None, None, None, ())),
        ("description", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'users__batch_delete' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_uuid

from ..models.users__batch_delete import UserBatchDeleteRequest, UserBatchDeleteResponse
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_UserBatchDeleteRequest: Table = (
    ("vendor_data_list", "vendor_data_list", None, False),
    ("delete_all", "delete_all", None, False),
    ("didit_internal_id_list", "didit_internal_id_list", None, False),
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
    ("deleted", "deleted", None, False),
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


_K_UserBatchDeleteRequest = keys_of(_U_UserBatchDeleteRequest)
_K_UserBatchDeleteResponse = keys_of(_U_UserBatchDeleteResponse)

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
        (
            "didit_internal_id_list",
            False,
            False,
            ("list", None, None, ("str", None, None, None, (is_uuid, "uuid"), ()), False),
        ),
    ),
    ((("delete_all",), (("delete_all", False),), ("vendor_data_list",), "delete_all is false"),),
)

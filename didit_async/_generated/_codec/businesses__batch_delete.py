# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'businesses__batch_delete' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_uuid

from ..models.businesses__batch_delete import (
    BusinessBatchDeleteRequest,
    BusinessBatchDeleteResponse,
)
from . import Table, check_model, encode_by_table, keys_of, new_object

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
    ("deleted", "deleted", None, False),
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


_K_BusinessBatchDeleteRequest = keys_of(_U_BusinessBatchDeleteRequest)
_K_BusinessBatchDeleteResponse = keys_of(_U_BusinessBatchDeleteResponse)

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
            ("list", 1, None, ("str", 1, None, None, (is_uuid, "uuid"), ()), False),
        ),
        ("delete_all", False, False, ("bool",)),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'transactions__create_sdk_token' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.transactions__create_sdk_token import TransactionSdkToken, TransactionSdkTokenRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_TransactionSdkTokenRequest: Table = (
    ("vendor_data", "vendor_data", None, True),
    ("ttl_seconds", "ttl_seconds", None, False),
    ("max_uses", "max_uses", None, True),
)


def unstructure_TransactionSdkTokenRequest(o: TransactionSdkTokenRequest) -> dict[str, Any]:
    """Encode :class:`TransactionSdkTokenRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionSdkTokenRequest)


def structure_TransactionSdkTokenRequest(d: Any) -> TransactionSdkTokenRequest:
    """Decode a JSON object into :class:`TransactionSdkTokenRequest`."""
    o = new_object(TransactionSdkTokenRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionSdkTokenRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionSdkTokenRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_TransactionSdkTokenRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionSdkTokenRequest."""
    check_model(d, at, _V_TransactionSdkTokenRequest, _K_TransactionSdkTokenRequest)


_U_TransactionSdkToken: Table = (
    ("sdk_token", "sdk_token", None, False),
    ("expires_at", "expires_at", None, False),
)


def unstructure_TransactionSdkToken(o: TransactionSdkToken) -> dict[str, Any]:
    """Encode :class:`TransactionSdkToken` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionSdkToken)


def structure_TransactionSdkToken(d: Any) -> TransactionSdkToken:
    """Decode a JSON object into :class:`TransactionSdkToken`."""
    o = new_object(TransactionSdkToken)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionSdkToken.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionSdkToken
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_TransactionSdkTokenRequest = keys_of(_U_TransactionSdkTokenRequest)
_K_TransactionSdkToken = keys_of(_U_TransactionSdkToken)

_V_TransactionSdkTokenRequest: Any = (
    "TransactionSdkTokenRequest",
    False,
    0,
    (
        ("vendor_data", True, False, ("str", None, None, None, None, ())),
        ("ttl_seconds", False, False, ("int", None, 86400)),
        ("max_uses", False, True, ("int", None, None)),
    ),
    (),
)

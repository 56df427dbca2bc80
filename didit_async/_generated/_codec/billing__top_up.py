# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'billing__top_up' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_uri

from ..models.billing__top_up import BillingTopUpRequest, BillingTopUpResponse
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_BillingTopUpRequest: Table = (
    ("amount_in_dollars", "amount_in_dollars", None, True),
    ("success_url", "success_url", None, False),
    ("cancel_url", "cancel_url", None, False),
)


def unstructure_BillingTopUpRequest(o: BillingTopUpRequest) -> dict[str, Any]:
    """Encode :class:`BillingTopUpRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BillingTopUpRequest)


def structure_BillingTopUpRequest(d: Any) -> BillingTopUpRequest:
    """Decode a JSON object into :class:`BillingTopUpRequest`."""
    o = new_object(BillingTopUpRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_BillingTopUpRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BillingTopUpRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_BillingTopUpRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid BillingTopUpRequest."""
    check_model(d, at, _V_BillingTopUpRequest, _K_BillingTopUpRequest)


_U_BillingTopUpResponse: Table = (
    ("checkout_session_id", "checkout_session_id", None, False),
    ("checkout_session_url", "checkout_session_url", None, False),
)


def unstructure_BillingTopUpResponse(o: BillingTopUpResponse) -> dict[str, Any]:
    """Encode :class:`BillingTopUpResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_BillingTopUpResponse)


def structure_BillingTopUpResponse(d: Any) -> BillingTopUpResponse:
    """Decode a JSON object into :class:`BillingTopUpResponse`."""
    o = new_object(BillingTopUpResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_BillingTopUpResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BillingTopUpResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_BillingTopUpRequest = keys_of(_U_BillingTopUpRequest)
_K_BillingTopUpResponse = keys_of(_U_BillingTopUpResponse)

_V_BillingTopUpRequest: Any = (
    "BillingTopUpRequest",
    False,
    0,
    (
        ("amount_in_dollars", True, False, ("num", 50, None)),
        ("success_url", False, False, ("str", None, None, None, (is_uri, "uri"), ())),
        ("cancel_url", False, False, ("str", None, None, None, (is_uri, "uri"), ())),
    ),
    (),
)

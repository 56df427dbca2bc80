# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'travel_rule_wallet_addresses__update' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.travel_rule_wallet_addresses__update import TravelRuleWalletAddressUpdateRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_TravelRuleWalletAddressUpdateRequest: Table = (
    ("holder_name", "holder_name", None, False),
    ("holder_vendor_data", "holder_vendor_data", None, False),
    ("entity_type", "entity_type", None, False),
    ("travel_address", "travel_address", None, False),
)


def unstructure_TravelRuleWalletAddressUpdateRequest(
    o: TravelRuleWalletAddressUpdateRequest,
) -> dict[str, Any]:
    """Encode :class:`TravelRuleWalletAddressUpdateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleWalletAddressUpdateRequest)


def structure_TravelRuleWalletAddressUpdateRequest(d: Any) -> TravelRuleWalletAddressUpdateRequest:
    """Decode a JSON object into :class:`TravelRuleWalletAddressUpdateRequest`."""
    o = new_object(TravelRuleWalletAddressUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleWalletAddressUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleWalletAddressUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_TravelRuleWalletAddressUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TravelRuleWalletAddressUpdateRequest."""
    check_model(
        d, at, _V_TravelRuleWalletAddressUpdateRequest, _K_TravelRuleWalletAddressUpdateRequest
    )


_K_TravelRuleWalletAddressUpdateRequest = keys_of(_U_TravelRuleWalletAddressUpdateRequest)

_V_TravelRuleWalletAddressUpdateRequest: Any = (
    "TravelRuleWalletAddressUpdateRequest",
    False,
    0,
    (
        ("holder_name", False, False, ("str", None, None, None, None, ())),
        ("holder_vendor_data", False, False, ("str", None, None, None, None, ())),
        ("entity_type", False, False, ("str", None, None, None, None, ())),
        ("travel_address", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'travel_rule_wallet_addresses__create' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.travel_rule_wallet_addresses__create import TravelRuleWalletAddressCreateRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_TravelRuleWalletAddressCreateRequest: Table = (
    ("address", "address", None, True),
    ("chain", "chain", None, False),
    ("holder_vendor_data", "holder_vendor_data", None, False),
    ("holder_name", "holder_name", None, False),
    ("entity_type", "entity_type", None, False),
    ("self_declared", "self_declared", None, False),
    ("travel_address", "travel_address", None, False),
)


def unstructure_TravelRuleWalletAddressCreateRequest(
    o: TravelRuleWalletAddressCreateRequest,
) -> dict[str, Any]:
    """Encode :class:`TravelRuleWalletAddressCreateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleWalletAddressCreateRequest)


def structure_TravelRuleWalletAddressCreateRequest(d: Any) -> TravelRuleWalletAddressCreateRequest:
    """Decode a JSON object into :class:`TravelRuleWalletAddressCreateRequest`."""
    o = new_object(TravelRuleWalletAddressCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleWalletAddressCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleWalletAddressCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_TravelRuleWalletAddressCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TravelRuleWalletAddressCreateRequest."""
    check_model(
        d, at, _V_TravelRuleWalletAddressCreateRequest, _K_TravelRuleWalletAddressCreateRequest
    )


_K_TravelRuleWalletAddressCreateRequest = keys_of(_U_TravelRuleWalletAddressCreateRequest)

_V_TravelRuleWalletAddressCreateRequest: Any = (
    "TravelRuleWalletAddressCreateRequest",
    False,
    0,
    (
        ("address", True, False, ("str", None, None, None, None, ())),
        ("chain", False, False, ("str", None, None, None, None, ())),
        ("holder_vendor_data", False, False, ("str", None, None, None, None, ())),
        ("holder_name", False, False, ("str", None, None, None, None, ())),
        ("entity_type", False, False, ("str", None, None, None, None, ())),
        ("self_declared", False, False, ("bool",)),
        ("travel_address", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

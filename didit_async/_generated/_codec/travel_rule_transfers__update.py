# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'travel_rule_transfers__update' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.travel_rule_transfers__update import TravelRuleTransferUpdateRequest
from . import Table, _E_inline137, check_model, encode_by_table, keys_of, new_object

_U_TravelRuleTransferUpdateRequest: Table = (
    ("payment_txn_id", "payment_txn_id", None, False),
    ("action", "action", None, False),
)


def unstructure_TravelRuleTransferUpdateRequest(
    o: TravelRuleTransferUpdateRequest,
) -> dict[str, Any]:
    """Encode :class:`TravelRuleTransferUpdateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleTransferUpdateRequest)


def structure_TravelRuleTransferUpdateRequest(d: Any) -> TravelRuleTransferUpdateRequest:
    """Decode a JSON object into :class:`TravelRuleTransferUpdateRequest`."""
    o = new_object(TravelRuleTransferUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleTransferUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleTransferUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_TravelRuleTransferUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TravelRuleTransferUpdateRequest."""
    check_model(d, at, _V_TravelRuleTransferUpdateRequest, _K_TravelRuleTransferUpdateRequest)


_K_TravelRuleTransferUpdateRequest = keys_of(_U_TravelRuleTransferUpdateRequest)

_V_TravelRuleTransferUpdateRequest: Any = (
    "TravelRuleTransferUpdateRequest",
    False,
    0,
    (
        ("payment_txn_id", False, False, ("str", None, None, None, None, ())),
        ("action", False, False, ("enum", _E_inline137, "cancel, resend")),
    ),
    (),
)

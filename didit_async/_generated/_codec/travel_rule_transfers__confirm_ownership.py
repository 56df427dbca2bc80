# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'travel_rule_transfers__confirm_ownership' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.travel_rule_transfers__confirm_ownership import TravelRuleOwnershipConfirmRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_TravelRuleOwnershipConfirmRequest: Table = (("confirmed", "confirmed", None, True),)


def unstructure_TravelRuleOwnershipConfirmRequest(
    o: TravelRuleOwnershipConfirmRequest,
) -> dict[str, Any]:
    """Encode :class:`TravelRuleOwnershipConfirmRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleOwnershipConfirmRequest)


def structure_TravelRuleOwnershipConfirmRequest(d: Any) -> TravelRuleOwnershipConfirmRequest:
    """Decode a JSON object into :class:`TravelRuleOwnershipConfirmRequest`."""
    o = new_object(TravelRuleOwnershipConfirmRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleOwnershipConfirmRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleOwnershipConfirmRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_TravelRuleOwnershipConfirmRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TravelRuleOwnershipConfirmRequest."""
    check_model(d, at, _V_TravelRuleOwnershipConfirmRequest, _K_TravelRuleOwnershipConfirmRequest)


_K_TravelRuleOwnershipConfirmRequest = keys_of(_U_TravelRuleOwnershipConfirmRequest)

_V_TravelRuleOwnershipConfirmRequest: Any = (
    "TravelRuleOwnershipConfirmRequest",
    False,
    0,
    (("confirmed", True, False, ("bool",)),),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'travel_rule_pickups__respond' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.travel_rule_pickups__respond import (
    TravelRulePickupAnswer,
    TravelRulePickupRespondRequest,
)
from . import Table, _E_inline139, check_model, encode_by_table, keys_of, new_object

_U_TravelRulePickupRespondRequest: Table = (
    ("decision", "decision", None, True),
    ("beneficiary_name", "beneficiary_name", None, False),
)


def unstructure_TravelRulePickupRespondRequest(o: TravelRulePickupRespondRequest) -> dict[str, Any]:
    """Encode :class:`TravelRulePickupRespondRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRulePickupRespondRequest)


def structure_TravelRulePickupRespondRequest(d: Any) -> TravelRulePickupRespondRequest:
    """Decode a JSON object into :class:`TravelRulePickupRespondRequest`."""
    o = new_object(TravelRulePickupRespondRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRulePickupRespondRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRulePickupRespondRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_TravelRulePickupRespondRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TravelRulePickupRespondRequest."""
    check_model(d, at, _V_TravelRulePickupRespondRequest, _K_TravelRulePickupRespondRequest)


_U_TravelRulePickupAnswer: Table = (("status", "status", None, False),)


def unstructure_TravelRulePickupAnswer(o: TravelRulePickupAnswer) -> dict[str, Any]:
    """Encode :class:`TravelRulePickupAnswer` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRulePickupAnswer)


def structure_TravelRulePickupAnswer(d: Any) -> TravelRulePickupAnswer:
    """Decode a JSON object into :class:`TravelRulePickupAnswer`."""
    o = new_object(TravelRulePickupAnswer)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRulePickupAnswer.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRulePickupAnswer
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_TravelRulePickupRespondRequest = keys_of(_U_TravelRulePickupRespondRequest)
_K_TravelRulePickupAnswer = keys_of(_U_TravelRulePickupAnswer)

_V_TravelRulePickupRespondRequest: Any = (
    "TravelRulePickupRespondRequest",
    False,
    0,
    (
        ("decision", True, False, ("enum", _E_inline139, "accept, decline")),
        ("beneficiary_name", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

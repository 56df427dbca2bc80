# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'travel_rule_inbound__register' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.travel_rule import TravelRuleTransfer
from ..models.travel_rule_inbound__register import (
    TravelRuleInboundRequest,
    TravelRuleInboundRequestOriginatingVasp,
    TravelRuleInboundResponse,
)
from . import Table, check_model, encode_by_table, keys_of, new_object
from .travel_rule import structure_TravelRuleTransfer, unstructure_TravelRuleTransfer

_U_TravelRuleInboundRequestOriginatingVasp: Table = (
    ("name", "name", None, False),
    ("lei", "lei", None, False),
    ("travel_address", "travel_address", None, False),
)


def unstructure_TravelRuleInboundRequestOriginatingVasp(
    o: TravelRuleInboundRequestOriginatingVasp,
) -> dict[str, Any]:
    """Encode :class:`TravelRuleInboundRequestOriginatingVasp` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleInboundRequestOriginatingVasp)


def structure_TravelRuleInboundRequestOriginatingVasp(
    d: Any,
) -> TravelRuleInboundRequestOriginatingVasp:
    """Decode a JSON object into :class:`TravelRuleInboundRequestOriginatingVasp`."""
    o = new_object(TravelRuleInboundRequestOriginatingVasp)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleInboundRequestOriginatingVasp.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleInboundRequestOriginatingVasp
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_TravelRuleInboundRequestOriginatingVasp(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TravelRuleInboundRequestOriginatingVasp."""
    check_model(
        d,
        at,
        _V_TravelRuleInboundRequestOriginatingVasp,
        _K_TravelRuleInboundRequestOriginatingVasp,
    )


_U_TravelRuleInboundRequest: Table = (
    ("chain", "chain", None, True),
    ("txid", "txid", None, True),
    ("wallet_address", "wallet_address", None, True),
    ("amount", "amount", None, True),
    ("currency", "currency", None, True),
    (
        "originator_data",
        "originator_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "beneficiary_data",
        "beneficiary_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "originating_vasp",
        "originating_vasp",
        lambda v: (
            unstructure_TravelRuleInboundRequestOriginatingVasp(v)
            if isinstance(v, TravelRuleInboundRequestOriginatingVasp)
            else v
        ),
        False,
    ),
)


def unstructure_TravelRuleInboundRequest(o: TravelRuleInboundRequest) -> dict[str, Any]:
    """Encode :class:`TravelRuleInboundRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleInboundRequest)


def structure_TravelRuleInboundRequest(d: Any) -> TravelRuleInboundRequest:
    """Decode a JSON object into :class:`TravelRuleInboundRequest`."""
    v: Any
    o = new_object(TravelRuleInboundRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleInboundRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleInboundRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "originating_vasp" in vals:
        v = vals["originating_vasp"]
        if v.__class__ is dict:
            vals["originating_vasp"] = structure_TravelRuleInboundRequestOriginatingVasp(v)
    return o


def validate_TravelRuleInboundRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TravelRuleInboundRequest."""
    check_model(d, at, _V_TravelRuleInboundRequest, _K_TravelRuleInboundRequest)


_U_TravelRuleInboundResponse: Table = (
    ("transaction_id", "transaction_id", None, False),
    ("txn_id", "txn_id", None, False),
    ("created", "created", None, False),
    (
        "travel_rule",
        "travel_rule",
        lambda v: unstructure_TravelRuleTransfer(v) if isinstance(v, TravelRuleTransfer) else v,
        False,
    ),
)


def unstructure_TravelRuleInboundResponse(o: TravelRuleInboundResponse) -> dict[str, Any]:
    """Encode :class:`TravelRuleInboundResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TravelRuleInboundResponse)


def structure_TravelRuleInboundResponse(d: Any) -> TravelRuleInboundResponse:
    """Decode a JSON object into :class:`TravelRuleInboundResponse`."""
    v: Any
    o = new_object(TravelRuleInboundResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleInboundResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleInboundResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "travel_rule" in vals:
        v = vals["travel_rule"]
        if v.__class__ is dict:
            vals["travel_rule"] = structure_TravelRuleTransfer(v)
    return o


_K_TravelRuleInboundRequestOriginatingVasp = keys_of(_U_TravelRuleInboundRequestOriginatingVasp)
_K_TravelRuleInboundRequest = keys_of(_U_TravelRuleInboundRequest)
_K_TravelRuleInboundResponse = keys_of(_U_TravelRuleInboundResponse)

_V_TravelRuleInboundRequestOriginatingVasp: Any = (
    "TravelRuleInboundRequestOriginatingVasp",
    False,
    0,
    (
        ("name", False, False, ("str", None, None, None, None, ())),
        ("lei", False, False, ("str", None, None, None, None, ())),
        ("travel_address", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

_V_TravelRuleInboundRequest: Any = (
    "TravelRuleInboundRequest",
    False,
    0,
    (
        ("chain", True, False, ("str", None, None, None, None, ())),
        ("txid", True, False, ("str", None, None, None, None, ())),
        ("wallet_address", True, False, ("str", None, None, None, None, ())),
        ("amount", True, False, ("str", None, None, None, None, ())),
        ("currency", True, False, ("str", None, None, None, None, ())),
        ("originator_data", False, False, ("obj",)),
        ("beneficiary_data", False, False, ("obj",)),
        (
            "originating_vasp",
            False,
            False,
            ("model", validate_TravelRuleInboundRequestOriginatingVasp),
        ),
    ),
    (),
)

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'wallet_screening' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.wallet_screening import WalletScreeningRequest, WalletScreeningResult
from . import Table, _E_inline20, _E_inline21, check_model, encode_by_table, keys_of, new_object

_U_WalletScreeningRequest: Table = (
    ("wallet_address", "wallet_address", None, True),
    ("blockchain", "blockchain", None, True),
    ("direction", "direction", None, False),
)


def unstructure_WalletScreeningRequest(o: WalletScreeningRequest) -> dict[str, Any]:
    """Encode :class:`WalletScreeningRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WalletScreeningRequest)


def structure_WalletScreeningRequest(d: Any) -> WalletScreeningRequest:
    """Decode a JSON object into :class:`WalletScreeningRequest`."""
    o = new_object(WalletScreeningRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_WalletScreeningRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WalletScreeningRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_WalletScreeningRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid WalletScreeningRequest."""
    check_model(d, at, _V_WalletScreeningRequest, _K_WalletScreeningRequest)


_U_WalletScreeningResult: Table = (
    ("wallet_address", "wallet_address", None, False),
    ("blockchain", "blockchain", None, False),
    ("risk_score", "risk_score", None, False),
    ("severity", "severity", None, False),
    ("sanctions_hit", "sanctions_hit", None, False),
    (
        "source_of_funds",
        "source_of_funds",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "destination_of_funds",
        "destination_of_funds",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_WalletScreeningResult(o: WalletScreeningResult) -> dict[str, Any]:
    """Encode :class:`WalletScreeningResult` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WalletScreeningResult)


def structure_WalletScreeningResult(d: Any) -> WalletScreeningResult:
    """Decode a JSON object into :class:`WalletScreeningResult`."""
    o = new_object(WalletScreeningResult)
    vals = o.__dict__
    vals.update(d)
    if _K_WalletScreeningResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WalletScreeningResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_WalletScreeningRequest = keys_of(_U_WalletScreeningRequest)
_K_WalletScreeningResult = keys_of(_U_WalletScreeningResult)

_V_WalletScreeningRequest: Any = (
    "WalletScreeningRequest",
    False,
    0,
    (
        ("wallet_address", True, False, ("str", 1, None, None, None, ())),
        (
            "blockchain",
            True,
            False,
            (
                "enum",
                _E_inline20,
                "BTC, ETH, LTC, XRP, BCH, DOGE, TRX, SOL, MATIC, BNB, USDT, USDC",
            ),
        ),
        (
            "direction",
            False,
            False,
            ("enum", _E_inline21, "inbound, outbound, deposit, withdrawal"),
        ),
    ),
    (),
)

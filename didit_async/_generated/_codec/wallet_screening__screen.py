# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'wallet_screening__screen' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.wallet_screening__screen import (
    WalletScreeningRequest,
    WalletScreeningResult,
    WalletScreeningResultCounterpartyConnection,
    WalletScreeningResultDestinationOfFund,
    WalletScreeningResultRiskFactor,
    WalletScreeningResultSourceOfFund,
)
from . import Table, _E_inline92, _E_inline93, check_model, encode_by_table, keys_of, new_object

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


_U_WalletScreeningResultSourceOfFund: Table = (
    ("category", "category", None, False),
    ("entity_name", "entity_name", None, False),
    ("entity_type", "entity_type", None, False),
    ("entity_subtype", "entity_subtype", None, False),
    ("exposure_direction", "exposure_direction", None, False),
    ("exposure_type", "exposure_type", None, False),
    ("is_direct", "is_direct", None, False),
    ("amount_usd", "amount_usd", None, False),
    ("percentage", "percentage", None, False),
    ("hops", "hops", None, False),
    ("country", "country", None, False),
)


def unstructure_WalletScreeningResultSourceOfFund(
    o: WalletScreeningResultSourceOfFund,
) -> dict[str, Any]:
    """Encode :class:`WalletScreeningResultSourceOfFund` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WalletScreeningResultSourceOfFund)


def structure_WalletScreeningResultSourceOfFund(d: Any) -> WalletScreeningResultSourceOfFund:
    """Decode a JSON object into :class:`WalletScreeningResultSourceOfFund`."""
    o = new_object(WalletScreeningResultSourceOfFund)
    vals = o.__dict__
    vals.update(d)
    if _K_WalletScreeningResultSourceOfFund.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WalletScreeningResultSourceOfFund
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_WalletScreeningResultDestinationOfFund: Table = (
    ("category", "category", None, False),
    ("entity_name", "entity_name", None, False),
    ("entity_type", "entity_type", None, False),
    ("entity_subtype", "entity_subtype", None, False),
    ("exposure_direction", "exposure_direction", None, False),
    ("exposure_type", "exposure_type", None, False),
    ("is_direct", "is_direct", None, False),
    ("amount_usd", "amount_usd", None, False),
    ("percentage", "percentage", None, False),
    ("hops", "hops", None, False),
    ("country", "country", None, False),
)


def unstructure_WalletScreeningResultDestinationOfFund(
    o: WalletScreeningResultDestinationOfFund,
) -> dict[str, Any]:
    """Encode :class:`WalletScreeningResultDestinationOfFund` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WalletScreeningResultDestinationOfFund)


def structure_WalletScreeningResultDestinationOfFund(
    d: Any,
) -> WalletScreeningResultDestinationOfFund:
    """Decode a JSON object into :class:`WalletScreeningResultDestinationOfFund`."""
    o = new_object(WalletScreeningResultDestinationOfFund)
    vals = o.__dict__
    vals.update(d)
    if _K_WalletScreeningResultDestinationOfFund.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WalletScreeningResultDestinationOfFund
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_WalletScreeningResultRiskFactor: Table = (
    ("source", "source", None, False),
    ("category", "category", None, False),
    ("label", "label", None, False),
    ("entity_name", "entity_name", None, False),
    ("direction", "direction", None, False),
    ("exposure_type", "exposure_type", None, False),
    ("amount_usd", "amount_usd", None, False),
    ("percentage", "percentage", None, False),
    ("is_high_risk", "is_high_risk", None, False),
    ("description", "description", None, False),
)


def unstructure_WalletScreeningResultRiskFactor(
    o: WalletScreeningResultRiskFactor,
) -> dict[str, Any]:
    """Encode :class:`WalletScreeningResultRiskFactor` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WalletScreeningResultRiskFactor)


def structure_WalletScreeningResultRiskFactor(d: Any) -> WalletScreeningResultRiskFactor:
    """Decode a JSON object into :class:`WalletScreeningResultRiskFactor`."""
    o = new_object(WalletScreeningResultRiskFactor)
    vals = o.__dict__
    vals.update(d)
    if _K_WalletScreeningResultRiskFactor.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WalletScreeningResultRiskFactor
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_WalletScreeningResultCounterpartyConnection: Table = (
    ("entity_name", "entity_name", None, False),
    ("entity_type", "entity_type", None, False),
    ("entity_subtype", "entity_subtype", None, False),
    ("risk_level", "risk_level", None, False),
    ("categories", "categories", None, False),
    ("received_usd", "received_usd", None, False),
    ("sent_usd", "sent_usd", None, False),
    ("received_hops", "received_hops", None, False),
    ("sent_hops", "sent_hops", None, False),
    ("percentage", "percentage", None, False),
    ("is_direct", "is_direct", None, False),
    ("country", "country", None, False),
)


def unstructure_WalletScreeningResultCounterpartyConnection(
    o: WalletScreeningResultCounterpartyConnection,
) -> dict[str, Any]:
    """Encode :class:`WalletScreeningResultCounterpartyConnection` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WalletScreeningResultCounterpartyConnection)


def structure_WalletScreeningResultCounterpartyConnection(
    d: Any,
) -> WalletScreeningResultCounterpartyConnection:
    """Decode a JSON object into :class:`WalletScreeningResultCounterpartyConnection`."""
    o = new_object(WalletScreeningResultCounterpartyConnection)
    vals = o.__dict__
    vals.update(d)
    if _K_WalletScreeningResultCounterpartyConnection.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WalletScreeningResultCounterpartyConnection
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


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
            [
                unstructure_WalletScreeningResultSourceOfFund(x)
                if isinstance(x, WalletScreeningResultSourceOfFund)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "destination_of_funds",
        "destination_of_funds",
        lambda v: (
            [
                unstructure_WalletScreeningResultDestinationOfFund(x)
                if isinstance(x, WalletScreeningResultDestinationOfFund)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("provider", "provider", None, False),
    ("screening_type", "screening_type", None, False),
    ("status", "status", None, False),
    ("summary", "summary", None, False),
    ("dominant_risk_category", "dominant_risk_category", None, False),
    (
        "risk_factors",
        "risk_factors",
        lambda v: (
            [
                unstructure_WalletScreeningResultRiskFactor(x)
                if isinstance(x, WalletScreeningResultRiskFactor)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "counterparty_connections",
        "counterparty_connections",
        lambda v: (
            [
                unstructure_WalletScreeningResultCounterpartyConnection(x)
                if isinstance(x, WalletScreeningResultCounterpartyConnection)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("report_signature", "report_signature", None, False),
)


def unstructure_WalletScreeningResult(o: WalletScreeningResult) -> dict[str, Any]:
    """Encode :class:`WalletScreeningResult` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WalletScreeningResult)


def structure_WalletScreeningResult(d: Any) -> WalletScreeningResult:
    """Decode a JSON object into :class:`WalletScreeningResult`."""
    v: Any
    o = new_object(WalletScreeningResult)
    vals = o.__dict__
    vals.update(d)
    if _K_WalletScreeningResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WalletScreeningResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "source_of_funds" in vals:
        v = vals["source_of_funds"]
        if v and v.__class__ is list:
            vals["source_of_funds"] = [
                structure_WalletScreeningResultSourceOfFund(x) if x.__class__ is dict else x
                for x in v
            ]
    if "destination_of_funds" in vals:
        v = vals["destination_of_funds"]
        if v and v.__class__ is list:
            vals["destination_of_funds"] = [
                structure_WalletScreeningResultDestinationOfFund(x) if x.__class__ is dict else x
                for x in v
            ]
    if "risk_factors" in vals:
        v = vals["risk_factors"]
        if v and v.__class__ is list:
            vals["risk_factors"] = [
                structure_WalletScreeningResultRiskFactor(x) if x.__class__ is dict else x
                for x in v
            ]
    if "counterparty_connections" in vals:
        v = vals["counterparty_connections"]
        if v and v.__class__ is list:
            vals["counterparty_connections"] = [
                structure_WalletScreeningResultCounterpartyConnection(x)
                if x.__class__ is dict
                else x
                for x in v
            ]
    return o


_K_WalletScreeningRequest = keys_of(_U_WalletScreeningRequest)
_K_WalletScreeningResultSourceOfFund = keys_of(_U_WalletScreeningResultSourceOfFund)
_K_WalletScreeningResultDestinationOfFund = keys_of(_U_WalletScreeningResultDestinationOfFund)
_K_WalletScreeningResultRiskFactor = keys_of(_U_WalletScreeningResultRiskFactor)
_K_WalletScreeningResultCounterpartyConnection = keys_of(
    _U_WalletScreeningResultCounterpartyConnection
)
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
                _E_inline92,
                "BTC, ETH, LTC, XRP, BCH, DOGE, TRX, SOL, MATIC, BNB, USDT, USDC, LIGHTNING",
            ),
        ),
        (
            "direction",
            False,
            False,
            ("enum", _E_inline93, "inbound, outbound, deposit, withdrawal"),
        ),
    ),
    (),
)

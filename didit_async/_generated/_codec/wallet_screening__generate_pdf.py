# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'wallet_screening__generate_pdf' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.wallet_screening__generate_pdf import (
    WalletScreeningReportCounterparty,
    WalletScreeningReportFundFlow,
    WalletScreeningReportRequest,
    WalletScreeningReportRiskFactor,
)
from . import (
    Table,
    _E_inline79,
    _E_inline94,
    _E_inline95,
    _E_inline96,
    _E_inline97,
    _E_inline98,
    _E_inline99,
    _E_inline100,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)

_U_WalletScreeningReportRiskFactor: Table = (
    ("source", "source", None, False),
    ("category", "category", None, False),
    ("label", "label", None, False),
    ("entity_name", "entity_name", None, True),
    ("direction", "direction", None, False),
    ("exposure_type", "exposure_type", None, False),
    ("amount_usd", "amount_usd", None, True),
    ("percentage", "percentage", None, False),
    ("is_high_risk", "is_high_risk", None, False),
    ("description", "description", None, False),
)


def unstructure_WalletScreeningReportRiskFactor(
    o: WalletScreeningReportRiskFactor,
) -> dict[str, Any]:
    """Encode :class:`WalletScreeningReportRiskFactor` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WalletScreeningReportRiskFactor)


def structure_WalletScreeningReportRiskFactor(d: Any) -> WalletScreeningReportRiskFactor:
    """Decode a JSON object into :class:`WalletScreeningReportRiskFactor`."""
    o = new_object(WalletScreeningReportRiskFactor)
    vals = o.__dict__
    vals.update(d)
    if _K_WalletScreeningReportRiskFactor.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WalletScreeningReportRiskFactor
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_WalletScreeningReportRiskFactor(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid WalletScreeningReportRiskFactor."""
    check_model(d, at, _V_WalletScreeningReportRiskFactor, _K_WalletScreeningReportRiskFactor)


_U_WalletScreeningReportFundFlow: Table = (
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


def unstructure_WalletScreeningReportFundFlow(o: WalletScreeningReportFundFlow) -> dict[str, Any]:
    """Encode :class:`WalletScreeningReportFundFlow` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WalletScreeningReportFundFlow)


def structure_WalletScreeningReportFundFlow(d: Any) -> WalletScreeningReportFundFlow:
    """Decode a JSON object into :class:`WalletScreeningReportFundFlow`."""
    o = new_object(WalletScreeningReportFundFlow)
    vals = o.__dict__
    vals.update(d)
    if _K_WalletScreeningReportFundFlow.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WalletScreeningReportFundFlow
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_WalletScreeningReportFundFlow(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid WalletScreeningReportFundFlow."""
    check_model(d, at, _V_WalletScreeningReportFundFlow, _K_WalletScreeningReportFundFlow)


_U_WalletScreeningReportCounterparty: Table = (
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


def unstructure_WalletScreeningReportCounterparty(
    o: WalletScreeningReportCounterparty,
) -> dict[str, Any]:
    """Encode :class:`WalletScreeningReportCounterparty` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WalletScreeningReportCounterparty)


def structure_WalletScreeningReportCounterparty(d: Any) -> WalletScreeningReportCounterparty:
    """Decode a JSON object into :class:`WalletScreeningReportCounterparty`."""
    o = new_object(WalletScreeningReportCounterparty)
    vals = o.__dict__
    vals.update(d)
    if _K_WalletScreeningReportCounterparty.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WalletScreeningReportCounterparty
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_WalletScreeningReportCounterparty(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid WalletScreeningReportCounterparty."""
    check_model(d, at, _V_WalletScreeningReportCounterparty, _K_WalletScreeningReportCounterparty)


_U_WalletScreeningReportRequest: Table = (
    ("provider", "provider", None, True),
    ("screening_type", "screening_type", None, True),
    ("risk_score", "risk_score", None, True),
    ("severity", "severity", None, True),
    ("status", "status", None, True),
    ("summary", "summary", None, True),
    ("wallet_address", "wallet_address", None, True),
    ("blockchain", "blockchain", None, True),
    ("sanctions_hit", "sanctions_hit", None, True),
    ("dominant_risk_category", "dominant_risk_category", None, True),
    (
        "risk_factors",
        "risk_factors",
        lambda v: (
            [
                unstructure_WalletScreeningReportRiskFactor(x)
                if isinstance(x, WalletScreeningReportRiskFactor)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "source_of_funds",
        "source_of_funds",
        lambda v: (
            [
                unstructure_WalletScreeningReportFundFlow(x)
                if isinstance(x, WalletScreeningReportFundFlow)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
    (
        "destination_of_funds",
        "destination_of_funds",
        lambda v: (
            [
                unstructure_WalletScreeningReportFundFlow(x)
                if isinstance(x, WalletScreeningReportFundFlow)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
    (
        "counterparty_connections",
        "counterparty_connections",
        lambda v: (
            [
                unstructure_WalletScreeningReportCounterparty(x)
                if isinstance(x, WalletScreeningReportCounterparty)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
    ("report_signature", "report_signature", None, True),
)


def unstructure_WalletScreeningReportRequest(o: WalletScreeningReportRequest) -> dict[str, Any]:
    """Encode :class:`WalletScreeningReportRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WalletScreeningReportRequest)


def structure_WalletScreeningReportRequest(d: Any) -> WalletScreeningReportRequest:
    """Decode a JSON object into :class:`WalletScreeningReportRequest`."""
    v: Any
    o = new_object(WalletScreeningReportRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_WalletScreeningReportRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WalletScreeningReportRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "risk_factors" in vals:
        v = vals["risk_factors"]
        if v and v.__class__ is list:
            vals["risk_factors"] = [
                structure_WalletScreeningReportRiskFactor(x) if x.__class__ is dict else x
                for x in v
            ]
    if "source_of_funds" in vals:
        v = vals["source_of_funds"]
        if v and v.__class__ is list:
            vals["source_of_funds"] = [
                structure_WalletScreeningReportFundFlow(x) if x.__class__ is dict else x for x in v
            ]
    if "destination_of_funds" in vals:
        v = vals["destination_of_funds"]
        if v and v.__class__ is list:
            vals["destination_of_funds"] = [
                structure_WalletScreeningReportFundFlow(x) if x.__class__ is dict else x for x in v
            ]
    if "counterparty_connections" in vals:
        v = vals["counterparty_connections"]
        if v and v.__class__ is list:
            vals["counterparty_connections"] = [
                structure_WalletScreeningReportCounterparty(x) if x.__class__ is dict else x
                for x in v
            ]
    return o


def validate_WalletScreeningReportRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid WalletScreeningReportRequest."""
    check_model(d, at, _V_WalletScreeningReportRequest, _K_WalletScreeningReportRequest)


_K_WalletScreeningReportRiskFactor = keys_of(_U_WalletScreeningReportRiskFactor)
_K_WalletScreeningReportFundFlow = keys_of(_U_WalletScreeningReportFundFlow)
_K_WalletScreeningReportCounterparty = keys_of(_U_WalletScreeningReportCounterparty)
_K_WalletScreeningReportRequest = keys_of(_U_WalletScreeningReportRequest)

_V_WalletScreeningReportRiskFactor: Any = (
    "WalletScreeningReportRiskFactor",
    False,
    0,
    (
        ("source", False, False, ("enum", _E_inline98, "attribution, exposure")),
        ("category", False, False, ("str", None, None, None, None, ())),
        ("label", False, False, ("str", None, None, None, None, ())),
        ("entity_name", False, True, ("str", None, None, None, None, ())),
        (
            "direction",
            False,
            False,
            ("enum", _E_inline99, "incoming, outgoing, connected, unknown, attribution"),
        ),
        (
            "exposure_type",
            False,
            False,
            ("enum", _E_inline100, "direct, indirect, unknown, attribution"),
        ),
        ("amount_usd", False, True, ("num", None, None)),
        ("percentage", False, False, ("num", None, None)),
        ("is_high_risk", False, False, ("bool",)),
        ("description", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

_V_WalletScreeningReportFundFlow: Any = (
    "WalletScreeningReportFundFlow",
    False,
    0,
    (
        ("category", False, False, ("str", None, None, None, None, ())),
        ("entity_name", False, False, ("str", None, None, None, None, ())),
        ("entity_type", False, False, ("str", None, None, None, None, ())),
        ("entity_subtype", False, False, ("str", None, None, None, None, ())),
        (
            "exposure_direction",
            False,
            False,
            ("enum", _E_inline94, "incoming, outgoing, connected"),
        ),
        ("exposure_type", False, False, ("enum", _E_inline95, "direct, indirect")),
        ("is_direct", False, False, ("bool",)),
        ("amount_usd", False, False, ("num", None, None)),
        ("percentage", False, False, ("num", None, None)),
        ("hops", False, False, ("int", None, None)),
        ("country", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

_V_WalletScreeningReportCounterparty: Any = (
    "WalletScreeningReportCounterparty",
    False,
    0,
    (
        ("entity_name", False, False, ("str", None, None, None, None, ())),
        ("entity_type", False, False, ("str", None, None, None, None, ())),
        ("entity_subtype", False, False, ("str", None, None, None, None, ())),
        ("risk_level", False, False, ("enum", _E_inline79, "UNKNOWN, LOW, MEDIUM, HIGH, CRITICAL")),
        (
            "categories",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
        ("received_usd", False, False, ("num", None, None)),
        ("sent_usd", False, False, ("num", None, None)),
        ("received_hops", False, False, ("int", None, None)),
        ("sent_hops", False, False, ("int", None, None)),
        ("percentage", False, False, ("num", None, None)),
        ("is_direct", False, False, ("bool",)),
        ("country", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

_V_WalletScreeningReportRequest: Any = (
    "WalletScreeningReportRequest",
    False,
    0,
    (
        ("provider", True, False, ("str", None, None, None, None, ())),
        ("screening_type", True, False, ("enum", _E_inline96, "WALLET_SCREENING")),
        ("risk_score", True, False, ("int", None, None)),
        ("severity", True, False, ("enum", _E_inline79, "UNKNOWN, LOW, MEDIUM, HIGH, CRITICAL")),
        ("status", True, False, ("enum", _E_inline97, "SCREENED, PENDING, ERROR")),
        ("summary", True, False, ("str", None, None, None, None, ())),
        ("wallet_address", True, False, ("str", None, None, None, None, ())),
        ("blockchain", True, False, ("str", None, None, None, None, ())),
        ("sanctions_hit", True, False, ("bool",)),
        ("dominant_risk_category", True, True, ("str", None, None, None, None, ())),
        (
            "risk_factors",
            False,
            False,
            ("list", None, None, ("model", validate_WalletScreeningReportRiskFactor), False),
        ),
        (
            "source_of_funds",
            True,
            False,
            ("list", None, None, ("model", validate_WalletScreeningReportFundFlow), False),
        ),
        (
            "destination_of_funds",
            True,
            False,
            ("list", None, None, ("model", validate_WalletScreeningReportFundFlow), False),
        ),
        (
            "counterparty_connections",
            True,
            False,
            ("list", None, None, ("model", validate_WalletScreeningReportCounterparty), False),
        ),
        ("report_signature", True, False, ("str", None, None, None, None, ())),
    ),
    (),
)

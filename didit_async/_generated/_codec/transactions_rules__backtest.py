# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'transactions_rules__backtest' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.transactions_rules import (
    TransactionRuleAggregation,
    TransactionRuleCondition,
    TransactionRuleScope,
)
from ..models.transactions_rules__backtest import (
    TransactionRuleBacktestRequest,
    TransactionRuleBacktestResult,
)
from . import Table, _E_inline116, check_model, encode_by_table, keys_of, new_object
from .transactions_rules import (
    structure_TransactionRuleAggregation,
    structure_TransactionRuleCondition,
    structure_TransactionRuleScope,
    unstructure_TransactionRuleAggregation,
    unstructure_TransactionRuleCondition,
    unstructure_TransactionRuleScope,
    validate_TransactionRuleAggregation,
    validate_TransactionRuleCondition,
    validate_TransactionRuleScope,
)

_U_TransactionRuleBacktestRequest: Table = (
    (
        "conditions",
        "conditions",
        lambda v: (
            [
                unstructure_TransactionRuleCondition(x)
                if isinstance(x, TransactionRuleCondition)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "aggregation",
        "aggregation",
        lambda v: (
            [
                unstructure_TransactionRuleAggregation(x)
                if isinstance(x, TransactionRuleAggregation)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("evaluation_mode", "evaluation_mode", None, False),
    (
        "scope",
        "scope",
        lambda v: unstructure_TransactionRuleScope(v) if isinstance(v, TransactionRuleScope) else v,
        False,
    ),
    ("period_days", "period_days", None, False),
)


def unstructure_TransactionRuleBacktestRequest(o: TransactionRuleBacktestRequest) -> dict[str, Any]:
    """Encode :class:`TransactionRuleBacktestRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionRuleBacktestRequest)


def structure_TransactionRuleBacktestRequest(d: Any) -> TransactionRuleBacktestRequest:
    """Decode a JSON object into :class:`TransactionRuleBacktestRequest`."""
    v: Any
    o = new_object(TransactionRuleBacktestRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleBacktestRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleBacktestRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "conditions" in vals:
        v = vals["conditions"]
        if v and v.__class__ is list:
            vals["conditions"] = [
                structure_TransactionRuleCondition(x) if x.__class__ is dict else x for x in v
            ]
    if "aggregation" in vals:
        v = vals["aggregation"]
        if v and v.__class__ is list:
            vals["aggregation"] = [
                structure_TransactionRuleAggregation(x) if x.__class__ is dict else x for x in v
            ]
    if "scope" in vals:
        v = vals["scope"]
        if v.__class__ is dict:
            vals["scope"] = structure_TransactionRuleScope(v)
    return o


def validate_TransactionRuleBacktestRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionRuleBacktestRequest."""
    check_model(d, at, _V_TransactionRuleBacktestRequest, _K_TransactionRuleBacktestRequest)


_U_TransactionRuleBacktestResult: Table = (
    ("evaluated", "evaluated", None, False),
    ("matched", "matched", None, False),
    ("affected_entities", "affected_entities", None, False),
    ("period_days", "period_days", None, False),
)


def unstructure_TransactionRuleBacktestResult(o: TransactionRuleBacktestResult) -> dict[str, Any]:
    """Encode :class:`TransactionRuleBacktestResult` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionRuleBacktestResult)


def structure_TransactionRuleBacktestResult(d: Any) -> TransactionRuleBacktestResult:
    """Decode a JSON object into :class:`TransactionRuleBacktestResult`."""
    o = new_object(TransactionRuleBacktestResult)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleBacktestResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleBacktestResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_TransactionRuleBacktestRequest = keys_of(_U_TransactionRuleBacktestRequest)
_K_TransactionRuleBacktestResult = keys_of(_U_TransactionRuleBacktestResult)

_V_TransactionRuleBacktestRequest: Any = (
    "TransactionRuleBacktestRequest",
    False,
    0,
    (
        (
            "conditions",
            False,
            False,
            ("list", None, None, ("model", validate_TransactionRuleCondition), False),
        ),
        (
            "aggregation",
            False,
            False,
            ("list", None, None, ("model", validate_TransactionRuleAggregation), False),
        ),
        ("evaluation_mode", False, False, ("enum", _E_inline116, "ALL, ANY")),
        ("scope", False, False, ("model", validate_TransactionRuleScope)),
        ("period_days", False, False, ("int", 1, 365)),
    ),
    (),
)

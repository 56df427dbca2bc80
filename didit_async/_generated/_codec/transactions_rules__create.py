# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'transactions_rules__create' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.transactions_rules import (
    TransactionRuleAction,
    TransactionRuleAggregation,
    TransactionRuleCondition,
    TransactionRuleScope,
)
from ..models.transactions_rules__create import TransactionRuleCreateRequest
from . import Table, _E_inline89, _E_inline116, check_model, encode_by_table, keys_of, new_object
from .transactions_rules import (
    structure_TransactionRuleAction,
    structure_TransactionRuleAggregation,
    structure_TransactionRuleCondition,
    structure_TransactionRuleScope,
    unstructure_TransactionRuleAction,
    unstructure_TransactionRuleAggregation,
    unstructure_TransactionRuleCondition,
    unstructure_TransactionRuleScope,
    validate_TransactionRuleAction,
    validate_TransactionRuleAggregation,
    validate_TransactionRuleCondition,
    validate_TransactionRuleScope,
)

_U_TransactionRuleCreateRequest: Table = (
    ("title", "title", None, True),
    ("description", "description", None, True),
    ("category", "category", None, True),
    ("mode", "mode", None, True),
    ("evaluation_mode", "evaluation_mode", None, False),
    (
        "scope",
        "scope",
        lambda v: unstructure_TransactionRuleScope(v) if isinstance(v, TransactionRuleScope) else v,
        False,
    ),
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
    (
        "actions",
        "actions",
        lambda v: (
            [
                unstructure_TransactionRuleAction(x) if isinstance(x, TransactionRuleAction) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_TransactionRuleCreateRequest(o: TransactionRuleCreateRequest) -> dict[str, Any]:
    """Encode :class:`TransactionRuleCreateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionRuleCreateRequest)


def structure_TransactionRuleCreateRequest(d: Any) -> TransactionRuleCreateRequest:
    """Decode a JSON object into :class:`TransactionRuleCreateRequest`."""
    v: Any
    o = new_object(TransactionRuleCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "scope" in vals:
        v = vals["scope"]
        if v.__class__ is dict:
            vals["scope"] = structure_TransactionRuleScope(v)
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
    if "actions" in vals:
        v = vals["actions"]
        if v and v.__class__ is list:
            vals["actions"] = [
                structure_TransactionRuleAction(x) if x.__class__ is dict else x for x in v
            ]
    return o


def validate_TransactionRuleCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionRuleCreateRequest."""
    check_model(d, at, _V_TransactionRuleCreateRequest, _K_TransactionRuleCreateRequest)


_K_TransactionRuleCreateRequest = keys_of(_U_TransactionRuleCreateRequest)

_V_TransactionRuleCreateRequest: Any = (
    "TransactionRuleCreateRequest",
    False,
    0,
    (
        ("title", True, False, ("str", None, None, None, None, ())),
        ("description", False, True, ("str", None, None, None, None, ())),
        ("category", True, False, ("str", None, None, None, None, ())),
        ("mode", True, False, ("enum", _E_inline89, "ACTIVE, DISABLED, TEST")),
        ("evaluation_mode", False, False, ("enum", _E_inline116, "ALL, ANY")),
        ("scope", False, False, ("model", validate_TransactionRuleScope)),
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
        (
            "actions",
            False,
            False,
            ("list", None, None, ("model", validate_TransactionRuleAction), False),
        ),
        ("metadata", False, False, ("obj",)),
    ),
    (),
)

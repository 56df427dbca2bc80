# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'transactions_rules__update' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.transactions_rules import (
    TransactionRuleAction,
    TransactionRuleAggregation,
    TransactionRuleCondition,
    TransactionRuleScope,
)
from ..models.transactions_rules__update import TransactionRuleUpdateRequest
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

_U_TransactionRuleUpdateRequest: Table = (
    ("title", "title", None, False),
    ("description", "description", None, True),
    ("category", "category", None, False),
    ("mode", "mode", None, False),
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


def unstructure_TransactionRuleUpdateRequest(o: TransactionRuleUpdateRequest) -> dict[str, Any]:
    """Encode :class:`TransactionRuleUpdateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionRuleUpdateRequest)


def structure_TransactionRuleUpdateRequest(d: Any) -> TransactionRuleUpdateRequest:
    """Decode a JSON object into :class:`TransactionRuleUpdateRequest`."""
    v: Any
    o = new_object(TransactionRuleUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleUpdateRequest
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


def validate_TransactionRuleUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionRuleUpdateRequest."""
    check_model(d, at, _V_TransactionRuleUpdateRequest, _K_TransactionRuleUpdateRequest)


_K_TransactionRuleUpdateRequest = keys_of(_U_TransactionRuleUpdateRequest)

_V_TransactionRuleUpdateRequest: Any = (
    "TransactionRuleUpdateRequest",
    False,
    0,
    (
        ("title", False, False, ("str", None, None, None, None, ())),
        ("description", False, True, ("str", None, None, None, None, ())),
        ("category", False, False, ("str", None, None, None, None, ())),
        ("mode", False, False, ("enum", _E_inline89, "ACTIVE, DISABLED, TEST")),
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

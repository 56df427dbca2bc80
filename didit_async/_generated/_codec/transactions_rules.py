# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'transactions_rules' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import is_uuid

from ..models.transactions_rules import (
    TransactionRule,
    TransactionRuleAction,
    TransactionRuleAggregation,
    TransactionRuleCondition,
    TransactionRuleScope,
)
from . import (
    _P3,
    Table,
    _E_inline78,
    _E_inline117,
    _E_inline118,
    _E_inline119,
    _E_inline120,
    _E_inline121,
    _E_inline122,
    _E_inline123,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)

_U_TransactionRuleScope: Table = (
    ("transaction_types", "transaction_types", None, False),
    ("directions", "directions", None, False),
    ("action_types", "action_types", None, False),
)


def unstructure_TransactionRuleScope(o: TransactionRuleScope) -> dict[str, Any]:
    """Encode :class:`TransactionRuleScope` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionRuleScope)


def structure_TransactionRuleScope(d: Any) -> TransactionRuleScope:
    """Decode a JSON object into :class:`TransactionRuleScope`."""
    o = new_object(TransactionRuleScope)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleScope.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleScope
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_TransactionRuleScope(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionRuleScope."""
    check_model(d, at, _V_TransactionRuleScope, _K_TransactionRuleScope)


_U_TransactionRuleCondition: Table = (
    ("field", "field", None, True),
    ("operator", "operator", None, True),
    ("value", "value", None, False),
    ("value_type", "value_type", None, False),
    ("score", "score", None, False),
    ("group_index", "group_index", None, False),
    ("group_logic", "group_logic", None, False),
    ("groups_logic", "groups_logic", None, False),
)


def unstructure_TransactionRuleCondition(o: TransactionRuleCondition) -> dict[str, Any]:
    """Encode :class:`TransactionRuleCondition` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionRuleCondition)


def structure_TransactionRuleCondition(d: Any) -> TransactionRuleCondition:
    """Decode a JSON object into :class:`TransactionRuleCondition`."""
    o = new_object(TransactionRuleCondition)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleCondition.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleCondition
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_TransactionRuleCondition(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionRuleCondition."""
    check_model(d, at, _V_TransactionRuleCondition, _K_TransactionRuleCondition)


_U_TransactionRuleAggregation: Table = (
    ("metric", "metric", None, False),
    ("field", "field", None, False),
    ("operator", "operator", None, False),
    ("value", "value", None, True),
    ("window", "window", None, False),
    (
        "filters",
        "filters",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_TransactionRuleAggregation(o: TransactionRuleAggregation) -> dict[str, Any]:
    """Encode :class:`TransactionRuleAggregation` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionRuleAggregation)


def structure_TransactionRuleAggregation(d: Any) -> TransactionRuleAggregation:
    """Decode a JSON object into :class:`TransactionRuleAggregation`."""
    o = new_object(TransactionRuleAggregation)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleAggregation.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleAggregation
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_TransactionRuleAggregation(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionRuleAggregation."""
    check_model(d, at, _V_TransactionRuleAggregation, _K_TransactionRuleAggregation)


_U_TransactionRuleAction: Table = (
    ("type", "type", None, True),
    ("value", "value", None, False),
    ("workflow_id", "workflow_id", None, False),
    ("tag_uuid", "tag_uuid", None, False),
    ("tag_name", "tag_name", None, False),
    ("tag_color", "tag_color", None, False),
    ("note", "note", None, False),
    ("list_id", "list_id", None, False),
    ("blueprint", "blueprint", None, False),
    ("grouping", "grouping", None, False),
    ("attach_matched_transaction", "attach_matched_transaction", None, False),
)


def unstructure_TransactionRuleAction(o: TransactionRuleAction) -> dict[str, Any]:
    """Encode :class:`TransactionRuleAction` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionRuleAction)


def structure_TransactionRuleAction(d: Any) -> TransactionRuleAction:
    """Decode a JSON object into :class:`TransactionRuleAction`."""
    o = new_object(TransactionRuleAction)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleAction.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleAction
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_TransactionRuleAction(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionRuleAction."""
    check_model(d, at, _V_TransactionRuleAction, _K_TransactionRuleAction)


_U_TransactionRule: Table = (
    ("uuid", "uuid", None, False),
    ("title", "title", None, False),
    ("description", "description", None, False),
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
    ("severity", "severity", None, False),
    ("source", "source", None, False),
    ("library_key", "library_key", None, False),
    ("latest_triggered_at", "latest_triggered_at", None, False),
    ("run_count", "run_count", None, False),
    ("approved_count", "approved_count", None, False),
    ("reviewed_count", "reviewed_count", None, False),
    ("declined_count", "declined_count", None, False),
    ("awaiting_user_count", "awaiting_user_count", None, False),
    ("approved_pct", "approved_pct", None, False),
    ("reviewed_pct", "reviewed_pct", None, False),
    ("declined_pct", "declined_pct", None, False),
    ("created_at", "created_at", None, False),
    ("updated_at", "updated_at", None, False),
)


def unstructure_TransactionRule(o: TransactionRule) -> dict[str, Any]:
    """Encode :class:`TransactionRule` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionRule)


def structure_TransactionRule(d: Any) -> TransactionRule:
    """Decode a JSON object into :class:`TransactionRule`."""
    v: Any
    o = new_object(TransactionRule)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRule.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRule
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


_K_TransactionRuleScope = keys_of(_U_TransactionRuleScope)
_K_TransactionRuleCondition = keys_of(_U_TransactionRuleCondition)
_K_TransactionRuleAggregation = keys_of(_U_TransactionRuleAggregation)
_K_TransactionRuleAction = keys_of(_U_TransactionRuleAction)
_K_TransactionRule = keys_of(_U_TransactionRule)

_V_TransactionRuleScope: Any = (
    "TransactionRuleScope",
    False,
    0,
    (
        (
            "transaction_types",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
        (
            "directions",
            False,
            False,
            ("list", None, None, ("enum", _E_inline78, "INBOUND, OUTBOUND"), False),
        ),
        (
            "action_types",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
    ),
    (),
)

_V_TransactionRuleCondition: Any = (
    "TransactionRuleCondition",
    False,
    0,
    (
        ("field", True, False, ("str", None, None, None, None, ())),
        (
            "operator",
            True,
            False,
            (
                "enum",
                _E_inline117,
                "eq, ne, gt, gte, lt, lte, in, not_in, contains, not_contains, contains_any, regex, fuzzy_match, exists, is_not_empty, is_not_null, not_exists, is_empty, is_null",
            ),
        ),
        ("value", False, False, None),
        ("value_type", False, False, ("enum", _E_inline118, "list, field, relative_date")),
        ("score", False, False, ("num", 0, 100)),
        ("group_index", False, False, ("int", None, None)),
        ("group_logic", False, False, ("enum", _E_inline119, "AND, OR")),
        ("groups_logic", False, False, ("enum", _E_inline119, "AND, OR")),
    ),
    (),
)

_V_TransactionRuleAggregation: Any = (
    "TransactionRuleAggregation",
    False,
    0,
    (
        (
            "metric",
            False,
            False,
            ("enum", _E_inline120, "count, sum, max, min, avg, distinct_count"),
        ),
        ("field", False, False, ("str", None, None, None, None, ())),
        ("operator", False, False, ("enum", _E_inline121, "eq, ne, gt, gte, lt, lte")),
        ("value", True, False, ("num", None, None)),
        ("window", False, False, ("str", None, None, None, None, ((_P3, "^\\d+(m|h|d)$"),))),
        ("filters", False, False, ("obj",)),
    ),
    (),
)

_V_TransactionRuleAction: Any = (
    "TransactionRuleAction",
    False,
    0,
    (
        (
            "type",
            True,
            False,
            (
                "enum",
                _E_inline122,
                "add_score, change_status, add_tags, add_note, add_to_list, open_case",
            ),
        ),
        ("value", False, False, None),
        ("workflow_id", False, False, ("str", None, None, None, (is_uuid, "uuid"), ())),
        ("tag_uuid", False, False, ("str", None, None, None, (is_uuid, "uuid"), ())),
        ("tag_name", False, False, ("str", None, None, None, None, ())),
        ("tag_color", False, False, ("str", None, None, None, None, ())),
        ("note", False, False, ("str", None, None, None, None, ())),
        ("list_id", False, False, ("str", None, None, None, (is_uuid, "uuid"), ())),
        ("blueprint", False, False, ("str", None, None, None, (is_uuid, "uuid"), ())),
        ("grouping", False, False, ("enum", _E_inline123, "by_applicant, by_rule_and_applicant")),
        ("attach_matched_transaction", False, False, ("bool",)),
    ),
    (),
)

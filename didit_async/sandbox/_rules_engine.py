"""How the sandbox applies transaction rules: conditions on a transaction's fields, an
aggregation over its subject's recent transactions, and a scope.

Shared by the transaction handlers (every new transaction runs through the application's ACTIVE
and TEST rules) and the rule handlers (a backtest runs a definition over stored transactions).

A condition's ``field`` is a dotted path into the transaction as ``/v3/transactions/`` stores it
(``transaction_details.amount``, ``subject.vendor_data``, ``custom_properties.channel``); the
short names ``amount``, ``currency``, ``direction`` and ``type`` read ``transaction_details``.
Conditions are grouped by ``group_index``: within a group they combine with ``group_logic``
(AND), groups with ``groups_logic`` (OR); ``evaluation_mode: ANY`` makes any one condition
enough. An aggregation computes ``metric`` (count, sum, max, min, avg, distinct_count) of
``field`` over the subject's transactions in the last ``window`` (``10m``, ``2h``, ``1d``),
this one included, and compares it with ``value``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

__all__ = ["definition_matches", "window_seconds"]

_SHORT = {"amount", "currency", "direction", "type"}
_MISSING = object()


def _get(tx: Mapping[str, Any], field: str) -> Any:
    if field in _SHORT:
        field = "transaction_details." + field
    value: Any = tx
    for part in field.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return _MISSING
        value = value[part]
    return value


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _compare(op: str, got: Any, want: Any) -> bool:
    a, b = _number(got), _number(want)
    if a is not None and b is not None:
        return _ordered(op, a, b)
    return _ordered(op, str(got), str(want))


def _ordered(op: str, left: Any, right: Any) -> bool:
    result: bool = {
        "eq": left == right,
        "ne": left != right,
        "gt": left > right,
        "gte": left >= right,
        "lt": left < right,
        "lte": left <= right,
    }[op]
    return result


def _condition(cond: Mapping[str, Any], tx: Mapping[str, Any]) -> bool:
    got = _get(tx, str(cond.get("field", "")))
    op = str(cond.get("operator", "eq"))
    want = cond.get("value")
    empty = got is _MISSING or got is None or got in ("", [], {})
    if op in ("exists", "is_not_null"):
        return got is not _MISSING and got is not None
    if op in ("not_exists", "is_null"):
        return got is _MISSING or got is None
    if op == "is_empty":
        return empty
    if op == "is_not_empty":
        return not empty
    if got is _MISSING or got is None:
        return op in ("ne", "not_in", "not_contains")
    wants = want if isinstance(want, list) else [want]
    if op in ("eq", "ne", "gt", "gte", "lt", "lte"):
        return _compare(op, got, want)
    if op == "in":
        return any(_compare("eq", got, w) for w in wants)
    if op == "not_in":
        return not any(_compare("eq", got, w) for w in wants)
    text = str(got).lower()
    if op == "contains":
        return str(want).lower() in text
    if op == "not_contains":
        return str(want).lower() not in text
    if op == "contains_any":
        return any(str(w).lower() in text for w in wants)
    if op == "regex":
        return re.search(str(want), str(got)) is not None
    if op == "fuzzy_match":
        return re.sub(r"\W", "", text) == re.sub(r"\W", "", str(want).lower())
    return False


def _conditions(conds: Sequence[Mapping[str, Any]], tx: Mapping[str, Any], mode: str) -> bool:
    if not conds:
        return True
    if mode == "ANY":
        return any(_condition(c, tx) for c in conds)
    groups: dict[int, list[Mapping[str, Any]]] = {}
    for cond in conds:
        groups.setdefault(int(cond.get("group_index") or 0), []).append(cond)
    results = []
    for members in groups.values():
        outcomes = [_condition(c, tx) for c in members]
        logic = str(members[0].get("group_logic") or "AND")
        results.append(all(outcomes) if logic == "AND" else any(outcomes))
    across = str(conds[0].get("groups_logic") or "OR")
    return all(results) if across == "AND" else any(results)


def window_seconds(window: str) -> float:
    """``10m``, ``2h``, ``1d`` in seconds (the pattern the spec allows)."""
    match = re.fullmatch(r"(\d+)([mhd])", window or "1d")
    if match is None:
        return 86400.0
    return int(match.group(1)) * {"m": 60.0, "h": 3600.0, "d": 86400.0}[match.group(2)]


def _aggregation(
    agg: Mapping[str, Any], tx: Mapping[str, Any], history: Iterable[Mapping[str, Any]]
) -> bool:
    now = float(tx.get("_at", 0.0))
    since = now - window_seconds(str(agg.get("window") or "1d"))
    subject = (tx.get("subject") or {}).get("vendor_data")
    field = str(agg.get("field") or "amount")
    rows = [
        t
        for t in history
        if since < float(t.get("_at", 0.0)) <= now
        and (t.get("subject") or {}).get("vendor_data") == subject
        and t is not tx
    ] + [tx]
    values = [v for v in (_get(t, field) for t in rows) if v is not _MISSING and v is not None]
    numbers = [n for n in (_number(v) for v in values) if n is not None]
    metric = str(agg.get("metric") or "count")
    result: Decimal
    if metric == "count":
        result = Decimal(len(rows))
    elif metric == "distinct_count":
        result = Decimal(len({str(v) for v in values}))
    elif not numbers:
        return False
    elif metric == "sum":
        result = sum(numbers, Decimal(0))
    elif metric == "max":
        result = max(numbers)
    elif metric == "min":
        result = min(numbers)
    else:
        result = sum(numbers, Decimal(0)) / len(numbers)
    return _compare(str(agg.get("operator") or "eq"), result, agg.get("value"))


def _in_scope(scope: Mapping[str, Any] | None, tx: Mapping[str, Any]) -> bool:
    if not scope:
        return True
    details = tx.get("transaction_details") or {}
    directions = scope.get("directions") or []
    if directions and str(details.get("direction", "")).upper() not in directions:
        return False
    types = scope.get("transaction_types") or []
    kinds = {str(tx.get("transaction_category")), str(details.get("type"))}
    return not types or bool(kinds & set(types))


def definition_matches(
    rule: Mapping[str, Any], tx: Mapping[str, Any], history: Iterable[Mapping[str, Any]]
) -> bool:
    """Whether ``rule`` (conditions, aggregation, scope, evaluation_mode) matches ``tx``, given
    the application's other transactions."""
    if not _in_scope(rule.get("scope"), tx):
        return False
    mode = str(rule.get("evaluation_mode") or "ALL")
    if not _conditions(rule.get("conditions") or [], tx, mode):
        return False
    history = list(history)
    return all(_aggregation(a, tx, history) for a in rule.get("aggregation") or [])

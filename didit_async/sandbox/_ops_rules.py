"""Handlers for transaction rules: custom and library (preset) rules, install/uninstall, and
backtests, and :func:`apply_rules`, which every new transaction runs through.

A rule in mode ACTIVE acts when it matches: ``change_status`` DECLINED declines the
transaction, IN_REVIEW or AWAITING_USER sends it to review, ``add_score`` adds to its risk
score. A TEST rule records its run (``is_test``) and acts on nothing; a DISABLED one does not
run. Matching is :mod:`._rules_engine`. The library holds four rules in two bundles
(``fintech_basics``, ``crypto_starter``); installing makes PRESET rules from them.
"""

from __future__ import annotations

import copy
import uuid
from typing import Any

from ._registry import Call, Result, _uuid_or_404, op
from ._rules_engine import definition_matches
from ._state import NOT_FOUND, ApiError, _field_error, _iso

__all__ = ["LIBRARY", "apply_rules"]

_EMPTY_SCOPE: dict[str, Any] = {"directions": [], "transaction_types": [], "action_types": []}


def _entry(
    key: str, bundle: str, title: str, category: str, rule: dict[str, Any]
) -> dict[str, Any]:
    return {
        "library_key": key,
        "title": title,
        "description": f"{title} (sandbox library).",
        "category": category,
        "evaluation_mode": "ALL",
        "scope": rule.get("scope", _EMPTY_SCOPE),
        "conditions": rule.get("conditions", []),
        "aggregation": rule.get("aggregation", []),
        "actions": rule["actions"],
        "metadata": {},
        "bundle": bundle,
        "tags": [category],
        "industries": ["fintech"] if bundle == "fintech_basics" else ["crypto"],
        "source": "didit",
    }


_REVIEW = [{"type": "change_status", "value": "IN_REVIEW"}]
LIBRARY: dict[str, dict[str, Any]] = {
    e["library_key"]: e
    for e in (
        _entry(
            "high_value_transfer",
            "fintech_basics",
            "High-value transfer",
            "amount",
            {
                "conditions": [{"field": "amount", "operator": "gte", "value": 5000}],
                "actions": [*_REVIEW, {"type": "add_score", "value": 30}],
            },
        ),
        _entry(
            "rapid_succession",
            "fintech_basics",
            "Three transactions within ten minutes",
            "velocity",
            {
                "aggregation": [
                    {"metric": "count", "operator": "gte", "value": 3, "window": "10m"}
                ],
                "actions": _REVIEW,
            },
        ),
        _entry(
            "crypto_large_outbound",
            "crypto_starter",
            "Large outbound crypto transfer",
            "crypto",
            {
                "scope": {**_EMPTY_SCOPE, "directions": ["OUTBOUND"]},
                "conditions": [
                    {"field": "currency", "operator": "in", "value": ["BTC", "ETH", "USDT"]},
                    {"field": "amount", "operator": "gte", "value": 1000},
                ],
                "actions": _REVIEW,
            },
        ),
        _entry(
            "sanctioned_country",
            "crypto_starter",
            "Counterparty in a sanctioned country",
            "geography",
            {
                "conditions": [
                    {"field": "counterparty.country", "operator": "in", "value": ["PRK", "IRN"]}
                ],
                "actions": [{"type": "change_status", "value": "DECLINED"}],
            },
        ),
    )
}
_FIELDS = ("conditions", "aggregation", "actions", "scope", "evaluation_mode", "metadata")


def _rules(c: Call) -> list[dict[str, Any]]:
    return [r for (app, _), r in c.state.entities.rest.rules.items() if app == c.a.api_key]


def _new_rule(c: Call, body: dict[str, Any], source: str, key: str | None) -> dict[str, Any]:
    now = _iso(c.state.clock.now())
    rule = {
        "uuid": str(uuid.uuid4()),
        "title": body["title"],
        "description": body.get("description"),
        "category": body.get("category") or "custom",
        "source": source,
        "library_key": key,
        "mode": body.get("mode") or "ACTIVE",
        "severity": body.get("severity", "MEDIUM"),
        "evaluation_mode": body.get("evaluation_mode") or "ALL",
        "scope": body.get("scope") or dict(_EMPTY_SCOPE),
        "conditions": body.get("conditions") or [],
        "aggregation": body.get("aggregation") or [],
        "actions": body.get("actions") or [],
        "metadata": body.get("metadata") or {},
        "run_count": 0,
        "approved_count": 0,
        "declined_count": 0,
        "reviewed_count": 0,
        "awaiting_user_count": 0,
        "latest_triggered_at": None,
        "created_at": now,
        "updated_at": now,
    }
    c.state.entities.rest.rules[(c.a.api_key, rule["uuid"])] = rule
    return rule


def _view(rule: dict[str, Any]) -> dict[str, Any]:
    runs = rule["run_count"]
    pct = {
        f"{kind}_pct": round(100.0 * rule[f"{kind}_count"] / runs, 1) if runs else 0.0
        for kind in ("approved", "declined", "reviewed")
    }
    return {**copy.deepcopy(rule), **pct}


def _get(c: Call) -> dict[str, Any]:
    rule = c.state.entities.rest.rules.get((c.a.api_key, _uuid_or_404(c.path["rule_uuid"])))
    if rule is None:
        raise ApiError(404, NOT_FOUND)
    return rule


@op("transactions_rules_list")
def rules_list(c: Call) -> Result:
    q = c.query
    rows = [
        r
        for r in _rules(c)
        if all(q.get(k) in (None, r.get(k)) for k in ("source", "category", "mode"))
        and (
            q.get("bundle") is None
            or LIBRARY.get(r["library_key"] or "", {}).get("bundle") == q["bundle"]
        )
        and (q.get("search") is None or q["search"].lower() in r["title"].lower())
    ]
    order = q.get("ordering", "created_at")
    field = order.lstrip("-")
    if rows and field in rows[0]:
        rows.sort(key=lambda r: str(r[field]), reverse=order.startswith("-"))
    return 200, c.state.page(rows, q, "/v3/transactions/rules/", 50, render=_view)


@op("transactions_rules_create")
def rules_create(c: Call) -> Result:
    title = c.field("title", required=True, kind=str)
    if any(r["title"] == title for r in _rules(c)):
        raise _field_error("title", "A rule with this title already exists.")
    return 201, _view(_new_rule(c, c.body, "CUSTOM", None))


@op("transactions_rules_retrieve")
def rules_retrieve(c: Call) -> Result:
    return 200, _view(_get(c))


@op("transactions_rules_update")
def rules_update(c: Call) -> Result:
    rule = _get(c)
    for key in ("title", "description", "category", "mode", *_FIELDS):
        if key in c.body:
            rule[key] = c.body[key]
    rule["updated_at"] = _iso(c.state.clock.now())
    return 200, _view(rule)


@op("transactions_rules_delete")
def rules_delete(c: Call) -> Result:
    rule = _get(c)
    del c.state.entities.rest.rules[(c.a.api_key, rule["uuid"])]
    return 204, None


@op("transactions_rules_backtest")
def rules_backtest(c: Call) -> Result:
    days = int(c.field("period_days") or 90)
    now = c.state.clock.now()
    ents = c.state.entities
    stored = [
        ents.transactions[key]
        for key in ents.transaction_order
        if key[0] == c.a.api_key and ents.transactions[key]["_at"] >= now - days * 86400
    ]
    matched = [t for t in stored if definition_matches(c.body, t, stored)]
    subjects = {(t.get("subject") or {}).get("vendor_data") for t in matched}
    return 200, {
        "evaluated": len(stored),
        "matched": len(matched),
        "affected_entities": len(subjects - {None}),
        "period_days": days,
    }


def _installed(c: Call) -> dict[str, dict[str, Any]]:
    return {r["library_key"]: r for r in _rules(c) if r["library_key"]}


@op("transactions_rules_list_library")
def rules_list_library(c: Call) -> Result:
    q = c.query
    installed = _installed(c)
    rows = [
        {**copy.deepcopy(e), "is_installed": k in installed}
        for k, e in LIBRARY.items()
        if all(q.get(f) in (None, e[f]) for f in ("bundle", "category"))
        and (q.get("search") is None or q["search"].lower() in e["title"].lower())
    ]
    return 200, c.state.page(rows, q, "/v3/transactions/rules/library/", 50)


def _keys(c: Call) -> list[str]:
    keys = list(c.field("library_keys", kind=list) or [])
    bundle = c.field("bundle", kind=str)
    if bundle is not None:
        in_bundle = [k for k, e in LIBRARY.items() if e["bundle"] == bundle]
        if not in_bundle:
            raise _field_error("bundle", f'Unknown bundle "{bundle}".')
        keys += in_bundle
    if not keys:
        raise _field_error("library_keys", "Give library_keys or a bundle.")
    unknown = [k for k in keys if k not in LIBRARY]
    if unknown:
        raise _field_error("library_keys", f"Unknown library keys: {', '.join(map(str, unknown))}.")
    return list(dict.fromkeys(keys))


@op("transactions_rules_install")
def rules_install(c: Call) -> Result:
    installed = _installed(c)
    new = [k for k in _keys(c) if k not in installed]
    for key in new:
        _new_rule(c, {**LIBRARY[key], "mode": "ACTIVE"}, "PRESET", key)
    return 200, {"installed_count": len(new), "installed_library_keys": new, "uninstalled_count": 0}


@op("transactions_rules_uninstall")
def rules_uninstall(c: Call) -> Result:
    installed = _installed(c)
    gone = [k for k in _keys(c) if k in installed]
    for key in gone:
        del c.state.entities.rest.rules[(c.a.api_key, installed[key]["uuid"])]
    return 200, {"installed_count": 0, "installed_library_keys": [], "uninstalled_count": len(gone)}


_STATUS_ACTION = {"DECLINED": "DECLINE", "IN_REVIEW": "REVIEW", "AWAITING_USER": "REVIEW"}


def apply_rules(c: Call, tx: dict[str, Any], now: float) -> list[dict[str, Any]]:
    """Run the application's rules on a new transaction: the hits of ACTIVE rules that match
    (as the built-in rules report them); every run is kept on ``tx["_rule_runs"]`` and the
    score added on ``tx["_score_delta"]``."""
    ents = c.state.entities
    history = [ents.transactions[k] for k in ents.transaction_order if k[0] == c.a.api_key]
    hits: list[dict[str, Any]] = []
    runs: list[dict[str, Any]] = []
    delta = 0
    for rule in _rules(c):
        if rule["mode"] == "DISABLED":
            continue
        matched = definition_matches(rule, tx, history)
        test = rule["mode"] == "TEST"
        target = next(
            (a.get("value") for a in rule["actions"] if a.get("type") == "change_status"), None
        )
        score = sum(
            int(a.get("value") or 0) for a in rule["actions"] if a.get("type") == "add_score"
        )
        if matched:
            rule["run_count"] += 1
            rule["latest_triggered_at"] = _iso(now)
            kind = {"DECLINED": "declined", "IN_REVIEW": "reviewed"}.get(str(target), "approved")
            if target == "AWAITING_USER":
                kind = "awaiting_user"
            rule[f"{kind}_count"] += 1
            if not test:
                delta += score
                if target in _STATUS_ACTION:
                    hits.append(
                        {
                            "rule": rule["title"],
                            "action": _STATUS_ACTION[str(target)],
                            "description": rule["description"] or rule["title"],
                        }
                    )
        runs.append(
            {
                "uuid": str(uuid.uuid4()),
                "rule": rule["uuid"],
                "rule_title": rule["title"],
                "rule_description": rule["description"],
                "rule_category": rule["category"],
                "matched": matched,
                "is_test": test,
                "mode": rule["mode"],
                "severity": rule["severity"],
                "score_delta": score if matched and not test else 0,
                "status_target": target,
                "action_summary": None,
                "metadata": {},
                "created_at": _iso(now),
            }
        )
    tx["_rule_runs"] = runs
    tx["_score_delta"] = delta
    return hits

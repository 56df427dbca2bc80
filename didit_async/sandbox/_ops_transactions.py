"""Handlers for transaction monitoring, wallet screening and event ingest.

Didit's own sandbox stores transactions without running rules; ours evaluates each one on
arrival with a small documented rule set, so integrations can exercise every outcome:

* ``blocklisted_party``: the subject's or counterparty's ``vendor_data``, ``wallet_address``,
  ``bank_account`` or ``country`` is on a blocklist of that entry type: DECLINED.
* ``blocked_entity``: the subject is a user or business whose status is BLOCKED: DECLINED;
  FLAGGED: IN_REVIEW (``flagged_entity``).
* ``large_amount``: ``transaction_details.amount`` of 10,000 or more: IN_REVIEW.
* ``velocity``: the subject's sixth or later transaction within 60 s (sandbox clock):
  IN_REVIEW.
* the application's own transaction rules (``_ops_rules``): an ACTIVE rule that matches with
  ``change_status`` DECLINED declines, IN_REVIEW or AWAITING_USER reviews.
* otherwise APPROVED; then a transfer that needs Travel Rule data (``_travel``) is
  AWAITING_USER until its exchange completes.

``risk_score`` is 100 for a decline, else 40 per review rule (max 90).

A repeated ``transaction_id`` answers the stored transaction (201) and creates nothing.
Each new transaction sends ``transaction.created`` to subscribed destinations.

Wallet screening is deterministic per address: the address's digest gives the risk score; an
address on a ``wallet_address`` blocklist (or ending in ``dead``) is a sanctions hit. Malformed
addresses for the chain answer 400.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import uuid
from decimal import Decimal, InvalidOperation
from typing import Any

from ._entity_events import emit_entity
from ._ops_rules import apply_rules
from ._registry import Call, Result, op
from ._screening import screening_extras
from ._state import NOT_FOUND, ApiError, _field_error, _iso
from ._travel import open_transfer

__all__ = ["LARGE_AMOUNT", "VELOCITY_LIMIT", "record", "transaction_view"]

LARGE_AMOUNT = Decimal("10000")
VELOCITY_LIMIT = 5  # transactions per subject per VELOCITY_WINDOW before review
VELOCITY_WINDOW = 60.0
PARTY_KEYS = ("vendor_data", "wallet_address", "bank_account", "country")


def _blocklisted(c: Call, party: dict[str, Any]) -> bool:
    ents = c.state.entities
    for entry in ents.entries.values():
        lst = ents.lists.get(entry["list_uuid"])
        if lst is None or lst["app_key"] != c.a.api_key or lst["list_type"] != "blocklist":
            continue
        key = {"user": "vendor_data", "business": "vendor_data"}.get(lst["entry_type"])
        key = key or lst["entry_type"]
        if key in PARTY_KEYS and party.get(key) == entry["value"]:
            return True
        # A bank account as Didit's published schema carries it: the party's payment method.
        method = party.get("payment_method") or {}
        if key == "bank_account" and method.get("account_id") == entry["value"]:
            return True
    return False


def _amount(details: dict[str, Any]) -> Decimal | None:
    try:
        return Decimal(str(details["amount"]))
    except (KeyError, InvalidOperation, ValueError):
        return None


def evaluate(c: Call, tx: dict[str, Any], now: float) -> tuple[str, list[dict[str, Any]]]:
    """The status and rule hits of a new transaction (the rules in the module docstring)."""
    hits: list[dict[str, Any]] = []
    subject = tx["subject"]
    vendor = subject.get("vendor_data")

    def hit(rule: str, action: str, description: str) -> None:
        hits.append({"rule": rule, "action": action, "description": description})

    if _blocklisted(c, subject) or _blocklisted(c, tx.get("counterparty") or {}):
        hit("blocklisted_party", "DECLINE", "A party is on a blocklist.")
    if vendor:
        entity = c.state.users.get((c.a.api_key, vendor)) or c.state.entities.businesses.get(
            (c.a.api_key, vendor)
        )
        status = entity.get("status") if entity else None
        if status == "BLOCKED":
            hit("blocked_entity", "DECLINE", "The subject is BLOCKED.")
        elif status == "FLAGGED":
            hit("flagged_entity", "REVIEW", "The subject is FLAGGED.")
    amount = _amount(tx["transaction_details"])
    if amount is not None and amount >= LARGE_AMOUNT:
        hit("large_amount", "REVIEW", f"Amount of {LARGE_AMOUNT} or more.")
    if vendor:
        times = c.state.entities.subject_times.setdefault((c.a.api_key, vendor), [])
        recent = len(times) - bisect.bisect_right(times, now - VELOCITY_WINDOW)
        if recent >= VELOCITY_LIMIT:
            hit("velocity", "REVIEW", f"More than {VELOCITY_LIMIT} transactions in 60 s.")
        times.append(now)
    hits += apply_rules(c, tx, now)  # the application's own transaction rules
    if any(h["action"] == "DECLINE" for h in hits):
        return "DECLINED", hits
    return ("IN_REVIEW" if hits else "APPROVED"), hits


def transaction_view(tx: dict[str, Any]) -> dict[str, Any]:
    """A stored transaction as ``/v3/transactions/`` answers it."""
    return {k: v for k, v in tx.items() if not k.startswith("_")}


def record(c: Call, key: tuple[str, str], tx: dict[str, Any], now: float) -> None:
    """Evaluate a new transaction, store it under ``key`` and tell subscribed destinations."""
    ents = c.state.entities
    subject, tid = tx["subject"], tx["transaction_id"]
    status, hits = evaluate(c, tx, now)
    reviews = sum(1 for h in hits if h["action"] == "REVIEW")
    tx["status"] = status
    if status != "DECLINED" and open_transfer(c.state, c.a.api_key, tx, now):
        tx["status"] = "AWAITING_USER"  # until its Travel Rule exchange completes
    tx["rule_hits"] = hits
    tx["risk_score"] = (
        100 if status == "DECLINED" else min(90, 40 * reviews + tx.get("_score_delta", 0))
    )
    ents.transactions[key] = tx
    ents.transaction_order.append(key)
    emit_entity(
        c.state,
        c.a,
        "transaction.created",
        {
            "transaction_id": tid,
            "uuid": tx["uuid"],
            "status": status,
            "vendor_data": subject.get("vendor_data"),
        },
    )


@op("transactions_create")
def transactions_create(c: Call) -> Result:
    tid = str(c.field("transaction_id", required=True, kind=str))
    category = c.field("transaction_category", required=True, kind=str)
    details = c.field("transaction_details", required=True, kind=dict)
    subject = c.field("subject", required=True, kind=dict)
    ents = c.state.entities
    key = (c.a.api_key, tid)
    if key in ents.transactions:
        return 201, transaction_view(ents.transactions[key])
    now = c.state.clock.now()
    tx: dict[str, Any] = {
        "uuid": str(uuid.uuid4()),
        "transaction_id": tid,
        "transaction_category": category,
        "transaction_details": details,
        "subject": subject,
        "counterparty": c.field("counterparty", kind=dict),
        "custom_properties": c.field("custom_properties", kind=dict),
        "transaction_at": c.field("transaction_at", kind=str) or _iso(now),
        "time_zone": c.field("time_zone", kind=str),
        "created_at": _iso(now),
        "_at": now,
    }
    for extra in ("travel_rule_details", "network_snapshot", "include_crypto_screening"):
        if c.field(extra) is not None:
            tx[extra] = c.body[extra]
    record(c, key, tx, now)
    return 201, transaction_view(tx)


@op("transactions_retrieve")
def transactions_retrieve(c: Call) -> Result:
    ents = c.state.entities
    wanted = c.path["transaction_id"]
    tx = ents.transactions.get((c.a.api_key, wanted))
    if tx is None:  # Didit's own uuid answers too
        tx = next(
            (
                t
                for (app, _), t in ents.transactions.items()
                if app == c.a.api_key and t["uuid"] == wanted
            ),
            None,
        )
    if tx is None:
        raise ApiError(404, NOT_FOUND)
    return 200, transaction_view(tx)


@op("transactions_list")
def transactions_list(c: Call) -> Result:
    vendor = c.query.get("vendor_data")
    ents = c.state.entities
    rows = [
        ents.transactions[key]
        for key in reversed(ents.transaction_order)
        if key[0] == c.a.api_key
        and (vendor is None or ents.transactions[key]["subject"].get("vendor_data") == vendor)
    ]
    return 200, c.state.page(
        rows, c.query, "/v3/transactions/", 50, render=transaction_view, max_limit=200
    )


_ADDRESS = {
    "BTC": r"(bc1[a-z0-9]{20,60}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})",
    "ETH": r"0x[0-9a-fA-F]{40}",
    "MATIC": r"0x[0-9a-fA-F]{40}",
    "BNB": r"0x[0-9a-fA-F]{40}",
    "USDT": r"(0x[0-9a-fA-F]{40}|T[1-9A-HJ-NP-Za-km-z]{33})",
    "USDC": r"0x[0-9a-fA-F]{40}",
    "TRX": r"T[1-9A-HJ-NP-Za-km-z]{33}",
}


@op("wallet_screening_screen")
def wallet_screening(c: Call) -> Result:
    address = str(c.field("wallet_address", required=True, kind=str)).strip()
    chain = str(c.field("blockchain", required=True, kind=str))
    pattern = _ADDRESS.get(chain, r"[0-9A-Za-z]{20,100}")
    if not re.fullmatch(pattern, address):
        raise _field_error("wallet_address", f"Not a valid {chain} address.")
    digest = int(hashlib.sha256(f"{chain}|{address}".encode()).hexdigest()[:8], 16)
    sanctioned = address.lower().endswith("dead") or _blocklisted(c, {"wallet_address": address})
    score = 100 if sanctioned else digest % 80
    severity = (
        "severe" if sanctioned else "high" if score >= 60 else "medium" if score >= 30 else "low"
    )
    screening = {
        "wallet_address": address,
        "blockchain": chain,
        "direction": c.field("direction", kind=str),
        "risk_score": score,
        "severity": severity,
        "sanctions_hit": sanctioned,
        "source_of_funds": [
            {"category": "exchange", "share": 0.7},
            {"category": "defi", "share": 0.3},
        ],
        "destination_of_funds": [{"category": "exchange", "share": 1.0}],
        "screened_at": _iso(c.state.clock.now()),
    }
    return 200, {**screening, **screening_extras(screening)}


def _event(c: Call, body: Any) -> dict[str, Any]:
    if not isinstance(body, dict) or not isinstance(body.get("event_type"), str):
        raise _field_error("event_type", "This field is required.")
    now = c.state.clock.now()
    event = {
        **body,
        "uuid": str(uuid.uuid4()),
        "occurred_at": body.get("occurred_at") or _iso(now),
        "created_at": _iso(now),
    }
    c.state.entities.events.append({**event, "_app": c.a.api_key})
    return event


@op("events_ingest")
def events_ingest(c: Call) -> Result:
    return 201, _event(c, c.body)


@op("events_ingest_batch")
def events_ingest_batch(c: Call) -> Result:
    events = c.field("events", required=True, kind=list)
    if not events:
        raise _field_error("events", "This list may not be empty.")
    for body in events:  # all or nothing: check every event before storing any
        if not isinstance(body, dict) or not isinstance(body.get("event_type"), str):
            raise _field_error("events", "Every event needs an event_type.")
    results = [_event(c, body) for body in events]
    return 201, {"accepted": len(results), "results": results}

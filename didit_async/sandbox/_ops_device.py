"""Handlers for the transaction SDK token, the device-facing ``/v1/transactions/`` and the
wallet screening PDF.

A token (``transactions_create_sdk_token``) names one ``vendor_data``, expires after
``ttl_seconds`` and allows ``max_uses`` submissions (unlimited when absent). A device
submission becomes a transaction of that ``vendor_data`` (visible on ``/v3/transactions/``
too) and runs through the same evaluation and rules; a device reads back only its own
``vendor_data``'s transactions. The PDF checks ``report_signature`` against the screening
the sandbox answered (``wallet_screening_screen`` signs what it returns).
"""

from __future__ import annotations

import hmac
import secrets
import uuid
from typing import Any

from ._ops_transactions import record
from ._pdf import minimal_pdf
from ._registry import Call, Result, op
from ._screening import report_signature
from ._state import NOT_FOUND, ApiError, _field_error, _iso

__all__ = ["device_view"]


@op("transactions_create_sdk_token")
def create_sdk_token(c: Call) -> Result:
    vendor_data = str(c.field("vendor_data", required=True, kind=str))
    ttl = int(c.field("ttl_seconds") or 900)
    token = "txsdk_" + secrets.token_urlsafe(24)
    expires = c.state.clock.now() + ttl
    c.state.entities.rest.sdk_tokens[token] = {
        "app_key": c.a.api_key,
        "vendor_data": vendor_data,
        "expires_at": expires,
        "uses_left": c.field("max_uses"),
    }
    return 201, {"sdk_token": token, "expires_at": _iso(expires)}


def _grant(c: Call) -> dict[str, Any]:
    return c.state.entities.rest.sdk_tokens[c.headers["x-transaction-token"]]


def device_view(tx: dict[str, Any], number: int) -> dict[str, Any]:
    """A stored transaction as ``/v1/transactions/`` answers it."""
    details = tx["transaction_details"]
    score = int(tx.get("risk_score", 0))
    return {
        "uuid": tx["uuid"],
        "environment": "sandbox",
        "transaction_number": number,
        "txn_id": tx["transaction_id"],
        "txn_date": tx["transaction_at"],
        "zone_id": tx.get("time_zone"),
        "transaction_type": str(details.get("type") or "finance"),
        "action_type": str(details.get("type") or "transfer"),
        "direction": str(details.get("direction") or "OUTBOUND"),
        "status": tx["status"],
        "source": "LIVE",
        "amount": str(details.get("amount")),
        "currency": str(details.get("currency")),
        "score": score,
        "severity": "CRITICAL" if score >= 100 else "HIGH" if score >= 60 else "LOW",
        "vendor_data": (tx.get("subject") or {}).get("vendor_data"),
        "metadata": {},
        "props": tx.get("custom_properties") or {},
        "tags": [],
        "parties": [],
        "payment_methods": [],
        "documents": [],
        "activities": [],
        "alerts": [],
        "rule_runs": tx.get("_rule_runs", []),
        "provider_results": [],
        "action_required": None,
        "cost_breakdown": None,
    }


@op("device_transactions_create")
def device_create(c: Call) -> Result:
    grant = _grant(c)
    if grant["uses_left"] is not None and grant["uses_left"] <= 0:
        raise ApiError(401, {"detail": "This token has been used up.", "code": "token_not_valid"})
    info = c.field("info", required=True, kind=dict)
    subject = c.field("subject", required=True, kind=dict)
    for name in ("direction", "amount", "currency"):
        if info.get(name) is None:
            raise _field_error(f"info.{name}", "This field is required.")
    tid = str(c.field("txnId", required=True, kind=str))
    key = (c.a.api_key, tid)
    ents = c.state.entities
    if key not in ents.transactions:
        now = c.state.clock.now()
        counterparty = c.field("counterparty", kind=dict) or {}
        tx: dict[str, Any] = {
            "uuid": str(uuid.uuid4()),
            "transaction_id": tid,
            "transaction_category": "finance",
            "transaction_details": {
                "amount": info["amount"],
                "currency": info["currency"],
                "direction": str(info["direction"]).upper(),
                "type": c.field("type", kind=str),
            },
            "subject": {"vendor_data": grant["vendor_data"], "full_name": subject.get("fullName")},
            "counterparty": {
                "full_name": counterparty.get("fullName"),
                "vendor_data": counterparty.get("externalUserId"),
            },
            "custom_properties": c.field("props", kind=dict),
            "transaction_at": c.field("txnDate", kind=str) or _iso(now),
            "time_zone": c.field("zoneId", kind=str),
            "created_at": _iso(now),
            "_at": now,
        }
        record(c, key, tx, now)
        if grant["uses_left"] is not None:
            grant["uses_left"] -= 1
    tx = ents.transactions[key]
    return 201, device_view(tx, ents.transaction_order.index(key) + 1)


@op("device_transactions_retrieve")
def device_retrieve(c: Call) -> Result:
    grant = _grant(c)
    ents = c.state.entities
    wanted = c.path["transaction_id"]
    for number, key in enumerate(ents.transaction_order, 1):
        tx = ents.transactions[key]
        mine = key[0] == c.a.api_key and tx["subject"].get("vendor_data") == grant["vendor_data"]
        if mine and wanted in (tx["uuid"], tx["transaction_id"]):
            return 200, device_view(tx, number)
    raise ApiError(404, NOT_FOUND)


@op("wallet_screening_generate_pdf")
def wallet_pdf(c: Call) -> Result:
    signature = str(c.field("report_signature", required=True, kind=str))
    if not hmac.compare_digest(signature.encode(), report_signature(c.body).encode()):
        raise _field_error(
            "report_signature", "The signature does not match this screening result."
        )
    lines = [
        "Wallet screening report",
        f"{c.body.get('blockchain')} {c.body.get('wallet_address')}",
        f"Risk score {c.body.get('risk_score')} ({c.body.get('severity')})",
    ]
    return 200, minimal_pdf(lines)

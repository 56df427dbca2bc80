"""Travel Rule state the transaction handlers and the Travel Rule handlers share: the
settings, and the exchange a transfer opens.

A transaction opens a Travel Rule exchange when it carries ``travel_rule_details`` or, with the
Travel Rule enabled, is an outbound transfer in a crypto currency at or above the threshold.
An exchange to a wallet registered as self-hosted (``travel_rule.wallet_addresses``) waits for
the ownership confirmation (UNCONFIRMED_OWNERSHIP); any other waits for the counterparty VASP
(AWAITING_COUNTERPARTY), which gets a pickup link (its path is in the timeline's first entry,
as the sandbox's stand-in for the e-mail Didit sends). Until the exchange completes, the
transaction is AWAITING_USER.
"""

from __future__ import annotations

import secrets
import uuid
from decimal import Decimal, InvalidOperation
from typing import Any

from ._state import _iso

__all__ = ["CRYPTO", "DEFAULT_SETTINGS", "open_transfer", "settings_for", "step"]

CRYPTO = frozenset({"BTC", "ETH", "USDT", "USDC", "MATIC", "BNB", "TRX", "SOL"})
DEFAULT_SETTINGS: dict[str, Any] = {
    "is_enabled": False,
    "jurisdiction": "EU",
    "name_matching_strictness": "DEFAULT",
    "confirmation_timeout_hours": 48,
    "timeout_outcome": "HOLD",
    "threshold_amount": "1000",
    "legal_name": "Sandbox VASP Ltd",
    "lei": "984500SANDBOX0000001",
    "compliance_email": "compliance@sandbox.invalid",
    "is_discoverable": True,
    "inbound_auto_accept": False,
    "allow_self_declaration": True,
    "allow_screenshot_proof": True,
    "auto_wallet_verification": False,
    "vasp_attribution_enabled": True,
    "travel_address": "ta-sandbox-vasp",
    "disabled_networks": [],
    "networks": {},
}


def settings_for(state: Any, app_key: str) -> dict[str, Any]:
    """The application's settings (the defaults until it changes them)."""
    settings: dict[str, Any] = state.entities.rest.travel_settings.setdefault(
        app_key, dict(DEFAULT_SETTINGS)
    )
    return settings


def step(transfer: dict[str, Any], status: str, now: float, detail: str) -> None:
    """Move an exchange to ``status``, recording it on the timeline."""
    transfer["status"] = status
    transfer["timeline"].append({"status": status, "at": _iso(now), "detail": detail})


def _amount(value: Any) -> Decimal:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return Decimal(0)


def open_transfer(state: Any, app_key: str, tx: dict[str, Any], now: float) -> bool:
    """Open the exchange ``tx`` needs, if any; True when it now waits for Travel Rule data."""
    details = tx.get("transaction_details") or {}
    given = tx.get("travel_rule_details")
    settings = settings_for(state, app_key)
    direction = str(details.get("direction") or "OUTBOUND").upper()
    needed = (
        settings["is_enabled"]
        and direction == "OUTBOUND"
        and str(details.get("currency", "")).upper() in CRYPTO
        and _amount(details.get("amount")) >= _amount(settings["threshold_amount"])
    )
    if not needed and not isinstance(given, dict):
        return False
    given = given if isinstance(given, dict) else {}
    counterparty = tx.get("counterparty") or {}
    # Didit's published transaction shape carries the counterparty's account (a wallet
    # address, for a crypto transfer) as `counterparty.payment_method.account_id`.
    wallet = str(
        given.get("beneficiary_wallet")
        or (counterparty.get("payment_method") or {}).get("account_id")
        or counterparty.get("wallet_address")
        or ""
    )
    own = any(
        key[0] == app_key and entry["address"] == wallet
        for key, entry in state.entities.rest.wallet_addresses.items()
    )
    transfer: dict[str, Any] = {
        "uuid": str(uuid.uuid4()),
        "status": "",
        "direction": direction,
        "rail": None if own else "EMAIL",
        "protocol": None,
        "ivms_version": "IVMS101.2023",
        "required": True,
        "ownership_confirmed": None,
        "deadline_at": _iso(now + settings["confirmation_timeout_hours"] * 3600),
        "timeline": [],
        "counterparty_vasp": {"name": "Counterparty VASP", "lei": "", "dd_score": 80},
        "originator_data": given.get("originator_data") or {},
        "beneficiary_data": given.get("beneficiary_data") or {},
        "created_at": _iso(now),
        "_wallet": wallet,
        "_tx_status": tx.get("status"),
    }
    tx["_travel_rule"] = transfer
    if own:
        step(transfer, "UNCONFIRMED_OWNERSHIP", now, "Waiting for the wallet owner to confirm.")
    else:
        token = "trp_" + secrets.token_urlsafe(18)
        state.entities.rest.pickups[token] = {"app_key": app_key, "tx": tx, "answered": False}
        step(
            transfer,
            "AWAITING_COUNTERPARTY",
            now,
            f"Pickup link sent to the beneficiary VASP: /v3/travel-rule/pickup/{token}/",
        )
    return True

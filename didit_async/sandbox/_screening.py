"""The signature the sandbox puts on a wallet screening, and the published-result fields that
come with it, so a screening can be sent back for its PDF report."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

__all__ = ["report_signature", "screening_extras"]

_SIGNING_KEY = b"didit-async sandbox wallet screening"


def report_signature(screening: dict[str, Any]) -> str:
    """What the sandbox signs a screening with: its address, chain, score and sanctions hit."""
    signed = (
        "|".join(str(screening.get(k)) for k in ("wallet_address", "blockchain", "risk_score"))
        + "|"
        + ("1" if screening.get("sanctions_hit") else "0")
    )
    return hmac.new(_SIGNING_KEY, signed.encode(), hashlib.sha256).hexdigest()


def screening_extras(screening: dict[str, Any]) -> dict[str, Any]:
    """The fields of Didit's published screening result the sandbox adds to a screening, so
    it can be sent back for a PDF: provider, status, summary, connections and the signature."""
    return {
        "provider": "sandbox",
        "screening_type": "WALLET_SCREENING",
        "status": "SCREENED",
        "summary": f"Risk score {screening['risk_score']} ({screening['severity']}).",
        "dominant_risk_category": "sanctions" if screening["sanctions_hit"] else None,
        "counterparty_connections": [],
        "report_signature": report_signature(screening),
    }

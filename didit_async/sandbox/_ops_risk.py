"""Handlers for risk scoring (email, IP, phone), Document AI and the KYB registry tiers.

Every outcome is decided by the input, so a test can ask for it (docs/sandbox.md lists them):

* email: a local part starting ``disposable`` declines (disposable domain), ``undeliverable``
  declines (the mailbox does not exist), ``breached`` goes to review with one breach; anything
  else is approved.
* IP: ``198.51.100.0/24`` is a VPN or Tor exit and ``203.0.113.0/24`` a data centre, both in
  review; anything else is approved.
* phone: a number ending ``0000`` is disposable and declines, ``1111`` is a VoIP number in review;
  anything else is approved. At most 4 scorings per number per hour, then 429.
* Document AI: a document whose bytes contain ``UNREADABLE`` is unreadable; a name you expect
  that is not the simulated holder's is a name mismatch; each check follows its ``*_action``.
* KYB tiers: a company whose name contains ``Pending`` answers 202 (still asking the registry)
  the first time, 200 afterwards.
"""

from __future__ import annotations

import hashlib
import ipaddress
from typing import Any

from ._ops_checks import _charge, _now
from ._registry import Call, Result, op
from ._scenarios import identity_for
from ._state import ApiError, _field_error

PHONE_RISK_LIMIT = 4
PHONE_RISK_WINDOW = 3600.0
VPN_NETWORK = ipaddress.ip_network("198.51.100.0/24")
DATA_CENTRE_NETWORK = ipaddress.ip_network("203.0.113.0/24")
ACTION_STATUS = {"DECLINE": "Declined", "REVIEW": "In Review", "NO_ACTION": "Approved"}
_RANK = {"Approved": 0, "In Review": 1, "Declined": 2}


def _warning(feature: str, risk: str, text: str, log_type: str = "warning") -> dict[str, Any]:
    return {
        "feature": feature,
        "risk": risk,
        "additional_data": None,
        "log_type": log_type,
        "short_description": text,
        "long_description": text + " (sandbox).",
    }


def _lifecycle(c: Call, kind: str) -> list[dict[str, Any]]:
    return [{"type": kind, "timestamp": _now(c), "details": None, "fee": 0.1}]


def _envelope(c: Call, status: str, key: str, report: dict[str, Any]) -> dict[str, Any]:
    return {
        "request_id": _charge(c),
        "status": status,
        "vendor_data": c.field("vendor_data", kind=str),
        "metadata": c.field("metadata"),
        "created_at": _now(c),
        key: report,
    }


@op("risk_email")
def risk_email(c: Call) -> Result:
    email = str(c.field("email", required=True, kind=str))
    local = email.split("@", 1)[0].lower()
    disposable = local.startswith("disposable")
    undeliverable = local.startswith("undeliverable")
    breached = local.startswith("breached")
    warnings = []
    status = "Approved"
    if disposable:
        status = "Declined"
        warnings.append(_warning("EMAIL", "DISPOSABLE_EMAIL", "Disposable email address", "error"))
    elif undeliverable:
        status = "Declined"
        warnings.append(_warning("EMAIL", "UNDELIVERABLE_EMAIL", "The mailbox does not exist"))
    elif breached:
        status = "In Review"
        warnings.append(_warning("EMAIL", "BREACHED_EMAIL", "Found in a data breach"))
    breaches = (
        [
            {
                "name": "SandboxLeak",
                "domain": "leak.sandbox.invalid",
                "breach_date": "2021-04-01",
                "breach_emails_count": 1200000,
                "description": "A simulated breach.",
                "logo_path": "",
                "data_classes": ["Email addresses", "Passwords"],
                "is_verified": True,
            }
        ]
        if breached
        else []
    )
    intelligence = {
        "score": {"Approved": 8.0, "In Review": 55.0, "Declined": 92.0}[status],
        "deliverable": "no" if undeliverable else "yes",
        "breach_risk_level": "high" if breached else "low",
        "breach_risk_index": 80.0 if breached else 2.0,
        "is_recent_breach": breached,
        "is_frequent_breached": False,
        "is_disposable": disposable,
        "is_free_domain": email.lower().endswith(("@gmail.com", "@outlook.com")),
        "is_breached": breached,
        "no_of_breaches": float(len(breaches)),
        "reason_codes": [w["risk"] for w in warnings],
    }
    report = {
        "status": status,
        "email": email,
        "is_breached": breached,
        "breaches": breaches,
        "is_disposable": disposable,
        "is_undeliverable": undeliverable,
        "verification_attempts": 0,
        "verified_at": None,
        "warnings": warnings,
        "lifecycle": _lifecycle(c, "EMAIL_RISK_SCORED"),
        "matches": [],
        "email_intelligence": intelligence,
        "enrichment": intelligence,
    }
    return 200, _envelope(c, status, "email", report)


@op("risk_ip")
def risk_ip(c: Call) -> Result:
    raw = str(c.field("ip_address", required=True, kind=str))
    try:
        ip = ipaddress.ip_address(raw)
    except ValueError:
        raise _field_error("ip_address", "Enter a valid IPv4 or IPv6 address.") from None
    vpn = ip in VPN_NETWORK
    data_centre = ip in DATA_CENTRE_NETWORK
    status = "In Review" if vpn or data_centre else "Approved"
    claimed = c.field("country_code", kind=str)
    seed = int(hashlib.sha256(str(ip).encode()).hexdigest()[:4], 16)
    country, code = [("Spain", "ES"), ("Germany", "DE"), ("United States", "US")][seed % 3]
    report = {
        "status": status,
        "ip_address": str(ip),
        "ip_country": country,
        "ip_country_code": code,
        "ip_state": None,
        "ip_city": None,
        "latitude": 40.0 + seed % 10,
        "longitude": -3.0 + seed % 7,
        "isp": "Sandbox Telecom",
        "organization": "Sandbox Hosting" if data_centre else "Sandbox Telecom",
        "is_vpn_or_tor": vpn,
        "is_data_center": data_centre,
        "time_zone": "UTC",
        "time_zone_offset": "+00:00",
        "asn_number": float(64500 + seed % 100),
        "asn_organization": "Sandbox AS",
        "connection_type": "hosting" if data_centre else "residential",
        "carrier": None,
        "proxy_type": "VPN" if vpn else None,
        "claimed_country": claimed,
        "country_mismatch": bool(claimed) and str(claimed).upper()[:2] != code,
        "threat": {"is_vpn_or_tor": vpn, "is_data_center": data_centre},
    }
    return 200, _envelope(c, status, "ip", report)


@op("risk_phone")
def risk_phone(c: Call) -> Result:
    number = str(c.field("phone_number", required=True, kind=str)).strip()
    digits = number.lstrip("+")
    if not digits.isdigit() or len(digits) < 8:
        raise _field_error("phone_number", "Enter a valid phone number in E.164 format.")
    _count_phone_attempt(c, number)
    disposable = digits.endswith("0000")
    voip = digits.endswith("1111")
    status = "Declined" if disposable else "In Review" if voip else "Approved"
    warnings = []
    if disposable:
        warnings.append(_warning("PHONE", "DISPOSABLE_NUMBER", "Disposable number", "error"))
    if voip:
        warnings.append(_warning("PHONE", "VOIP_NUMBER", "VoIP number"))
    intelligence = {
        "score": {"Approved": 6.0, "In Review": 48.0, "Declined": 90.0}[status],
        "phone_type_risk": "high" if disposable else "medium" if voip else "low",
        "phone_trust_index": 10.0 if disposable else 50.0 if voip else 90.0,
        "network_stability_index": 80.0,
        "is_disposable": disposable,
        "is_ported": False,
        "is_recently_ported": False,
        "carrier_type": "voip" if voip else "mobile",
        "reason_codes": [w["risk"] for w in warnings],
    }
    report = {
        "status": status,
        "phone_number_prefix": "+" + digits[:2],
        "phone_number": digits[2:],
        "full_number": "+" + digits,
        "country_code": c.field("country_code", kind=str),
        "country_name": "Sandbox",
        "carrier": {"name": "Sandbox Mobile", "type": "voip" if voip else "mobile"},
        "is_disposable": disposable,
        "is_virtual": voip,
        "verification_method": None,
        "verification_attempts": 0,
        "verified_at": None,
        "warnings": warnings,
        "lifecycle": _lifecycle(c, "PHONE_RISK_SCORED"),
        "matches": [],
        "phone_intelligence": intelligence,
        "enrichment": intelligence,
    }
    return 200, _envelope(c, status, "phone", report)


def _count_phone_attempt(c: Call, number: str) -> None:
    """Didit's anti-abuse cap: 4 scorings of one number per hour, per application."""
    now = c.state.clock.now()
    digest = hashlib.sha256(number.encode()).hexdigest()[:16]
    log = c.state.entities.rest.phone_risk_attempts.setdefault((c.a.api_key, digest), [])
    log[:] = [t for t in log if t > now - PHONE_RISK_WINDOW]
    if len(log) >= PHONE_RISK_LIMIT:
        wait = max(1, int(log[0] + PHONE_RISK_WINDOW - now + 0.999))
        raise ApiError(
            429,
            {"detail": f"Request was throttled. Expected available in {wait} seconds."},
            {"retry-after": str(wait), "x-ratelimit-limit": str(PHONE_RISK_LIMIT)},
        )
    log.append(now)


@op("document_ai_extract")
def document_ai_extract(c: Call) -> Result:
    document = c.files.get("document")
    if document is None:
        raise _field_error("document", "No file was submitted.")
    keys = [k.strip() for k in str(c.field("fields", required=True)).split(",") if k.strip()]
    if not keys:
        raise _field_error("fields", "Name at least one field to extract.")
    holder = identity_for(c.field("vendor_data", kind=str), None)
    unreadable = b"UNREADABLE" in document
    warnings: list[dict[str, Any]] = []
    status = "Approved"

    def flag(risk: str, action_field: str, default: str, text: str) -> None:
        nonlocal status
        action = str(c.field(action_field) or default)
        warnings.append(_warning("DOCUMENT_AI", risk, text))
        outcome = ACTION_STATUS.get(action, "Approved")
        if _RANK[outcome] > _RANK[status]:
            status = outcome

    extracted: dict[str, Any] = {}
    if unreadable:
        flag(
            "DOCUMENT_AI_UNREADABLE_DOCUMENT",
            "document_ai_unreadable_document_action",
            "REVIEW",
            "The document could not be read",
        )
    else:
        for key in keys:
            extracted[key] = _value_for(key, holder)
    name_on_document = f"{holder['first_name']} {holder['last_name']}"
    expected = " ".join(
        str(c.field(f) or "") for f in ("expected_first_name", "expected_last_name")
    ).strip()
    score = None
    if expected:
        score = 100.0 if expected.lower() == name_on_document.lower() else 20.0
        threshold = int(str(c.field("document_ai_name_match_score_threshold") or 80))
        if score < threshold:
            flag(
                "DOCUMENT_AI_NAME_MISMATCH",
                "document_ai_name_mismatch_action",
                "NO_ACTION",
                "The name on the document is not the one expected",
            )
    result = {
        "status": status,
        "extracted_data": extracted,
        "detected_codes": [],
        "fields": [
            {
                "key": k,
                "name": k.replace("_", " ").title(),
                "instruction": f"Read the {k.replace('_', ' ')}.",
                "type": "date" if "date" in k else "text",
                "required": True,
                "is_full_name": k == "full_name",
            }
            for k in keys
        ],
        "name_match_score": score,
        "name_on_document": None if unreadable else name_on_document,
        "warnings": warnings,
    }
    return 200, {
        "request_id": _charge(c),
        "document_ai": result,
        "vendor_data": c.field("vendor_data", kind=str),
        "metadata": c.field("metadata"),
        "created_at": _now(c),
    }


def _value_for(key: str, holder: dict[str, str]) -> str:
    if key in holder:
        return holder[key]
    if key == "full_name":
        return f"{holder['first_name']} {holder['last_name']}"
    if "date" in key:
        return "2024-01-15"
    return f"sandbox {key.replace('_', ' ')}"


def _registry(c: Call, tier: str) -> Result:
    handle = str(c.field("kyb_response_id", required=True, kind=str))
    candidate = c.state.entities.kyb_candidates.get(handle)
    if candidate is None or candidate["app_key"] != c.a.api_key:
        # Didit's facts document no 404 here: an unknown lookup is a field error.
        raise _field_error("kyb_response_id", "No registry lookup with this id.")
    asked = f"{handle}:{tier}"
    pending = (
        "pending" in candidate["name"].lower() and asked not in c.state.entities.rest.registry_asked
    )
    c.state.entities.rest.registry_asked.add(asked)
    delivered = "basic" if pending else tier
    seed = hashlib.sha256(handle.encode()).hexdigest()
    owners = [] if pending else _owners(seed, tier)
    registry = {
        "uuid": f"{seed[:8]}-{seed[8:12]}-4{seed[13:16]}-8{seed[17:20]}-{seed[20:32]}",
        "node_id": f"company-{seed[:8]}",
        "status": "Not Finished" if pending else "Approved",
        "registry_status": "active",
        "data_resolved": not pending,
        "company_name": candidate["name"],
        "registration_number": candidate["registration_number"],
        "country_code": candidate["country_code"],
        "region": None,
        "company_type": "Private limited company",
        "incorporation_date": None,
        "registered_address": candidate["address"],
        "tax_number": None,
        "risk_level": "low",
        "verification_status": None,
        "is_from_registry": True,
        "fetch_status": "pending" if pending else "resolved",
        "vat_validation_status": "not_applicable",
        "financial_summary": None,
        "officers": [
            {
                "uuid": owner["uuid"],
                "name": owner["name"],
                "designation": None,
                "role": "shareholder",
                "nationality": None,
                "is_active": True,
                "kyc_status": None,
                "kyc_session_url": None,
            }
            for owner in owners
        ],
        "beneficial_owners": owners if tier == "ubo" else [],
        "addresses": [{"address": candidate["address"], "type": "registered", "description": ""}],
        "is_editable": False,
        "registry_tier_delivered": delivered,
        "registry_ownership_status": "pending" if pending else "delivered",
    }
    body = {
        "request_id": _charge(c),
        "registry_tier_requested": tier,
        "registry_tier_delivered": delivered,
        "kyb_registry": registry,
        "vendor_data": c.field("vendor_data", kind=str),
        "metadata": c.field("metadata"),
        "created_at": _now(c),
    }
    return (202 if pending else 200), body


def _owners(seed: str, tier: str) -> list[dict[str, Any]]:
    people = [("Alex", "Director", 60.0), ("Sam", "Investor", 40.0)]
    return [
        {
            "uuid": f"{seed[i : i + 8]}-0000-4000-8000-{seed[20:32]}",
            "name": f"{first} {last}",
            "first_name": first,
            "last_name": last,
            "entity_type": "person",
            "roles": ["shareholder"] + (["ubo"] if tier == "ubo" else []),
            "ownership_min_shares": str(share),
            "ownership_max_shares": str(share),
            "is_active": True,
            "kyc_status": None,
            "kyc_session_url": None,
            "effective_ownership_percent": share,
        }
        for i, (first, last, share) in enumerate(people)
    ]


@op("kyb_retrieve_shareholders")
def kyb_shareholders(c: Call) -> Result:
    return _registry(c, "shareholders")


@op("kyb_retrieve_ubo")
def kyb_ubo(c: Call) -> Result:
    return _registry(c, "ubo")

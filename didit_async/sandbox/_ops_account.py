"""Handlers for the system health check, the account (register, verify, login, applications)
and billing."""

from __future__ import annotations

import secrets
import string
import uuid
from decimal import Decimal, InvalidOperation
from typing import Any

from ._registry import Call, Result, op
from ._state import (
    NOT_FOUND,
    ApiError,
    Application,
    _field_error,
    _iso,
)

# --- system and account ----------------------------------------------------------------------


@op("system_healthcheck")
def healthcheck(c: Call) -> Result:
    return 200, {"status": "ok", "timestamp": _iso(c.state.clock.now())}


PASSWORD_SPECIALS = set("!@#$%^&*()_+-=[]{}|;:,.<>?")


@op("account_register")
def register(c: Call) -> Result:
    email = str(c.field("email", required=True, kind=str)).strip().lower()
    password = str(c.field("password", required=True, kind=str))
    rules = [
        (len(password) >= 8, "Password must be at least 8 characters long."),
        (any(ch.isupper() for ch in password), "Password must contain an uppercase letter."),
        (any(ch.islower() for ch in password), "Password must contain a lowercase letter."),
        (any(ch.isdigit() for ch in password), "Password must contain a digit."),
        (
            any(ch in PASSWORD_SPECIALS for ch in password),
            "Password must contain a special character.",
        ),
    ]
    for ok, message in rules:
        if not ok:
            raise _field_error("password", message)
    if "@" not in email:
        raise _field_error("email", "Enter a valid email address.")
    if email.endswith(("@example.com", "@example.org", ".test", ".example", ".invalid")):
        raise ApiError(500, {"detail": "Could not deliver the verification email."})
    if email in c.state.accounts and c.state.accounts[email].get("verified"):
        raise _field_error("email", "An account with this email already exists.")
    code = "".join(secrets.choice(string.ascii_uppercase + string.digits) for _ in range(6))
    c.state.otps[email] = code
    c.state.accounts[email] = {"password": password, "verified": False, "api_key": None}
    return 201, {
        "message": "Registration successful. Check your email for the code.",
        "email": email,
    }


def _tokens(c: Call, email: str) -> dict[str, Any]:
    access = "eyJ" + secrets.token_urlsafe(32)
    c.state.tokens[access] = (email, c.state.clock.now() + 86400)
    return {
        "access_token": access,
        "refresh_token": "eyJ" + secrets.token_urlsafe(32),
        "expires_in": 86400,
    }


@op("account_verify_email")
def verify_email(c: Call) -> Result:
    email = str(c.field("email", required=True, kind=str)).strip().lower()
    code = str(c.field("code", required=True, kind=str))
    if c.state.otps.get(email) != code.upper():
        raise _field_error("code", "Invalid or expired code.")
    account = c.state.accounts[email]
    del c.state.otps[email]
    org = str(uuid.uuid4())
    key = "sk_sandbox_" + secrets.token_hex(16)
    app = c.state.add_application(f"{email}'s application", key, org)
    account.update(verified=True, api_key=key, org=org)
    body = _tokens(c, email)
    body["organization"] = {"uuid": org, "name": f"{email}'s organization", "contact_email": email}
    body["application"] = {
        "uuid": app.uuid,
        "name": app.name,
        "client_id": app.client_id,
        "api_key": key,
    }
    return 200, body


@op("account_login")
def login(c: Call) -> Result:
    email = str(c.field("email", required=True, kind=str)).strip().lower()
    password = str(c.field("password", required=True, kind=str))
    account = c.state.accounts.get(email)
    if account is None or not account.get("verified") or account["password"] != password:
        raise ApiError(401, {"detail": "Invalid email or password."})
    return 200, _tokens(c, email)


@op("account_resend_otp")
def resend_otp(c: Call) -> Result:
    email = str(c.field("email", required=True, kind=str)).strip().lower()
    if email not in c.state.accounts:
        raise _field_error("email", "No pending registration for this email.")
    c.state.otps[email] = "".join(
        secrets.choice(string.ascii_uppercase + string.digits) for _ in range(6)
    )
    return 200, {"message": "A new code was sent."}


def _credentials(app: Application) -> dict[str, Any]:
    return {
        "uuid": app.uuid,
        "name": app.name,
        "client_id": app.client_id,
        "api_key": app.api_key,
        "mode": "sandbox",
    }


@op("account_list_organizations")
def list_orgs(c: Call) -> Result:
    return 200, [{"uuid": c.a.org_id, "name": "Sandbox organization", "contact_email": None}]


@op("account_get_credentials")
def get_credentials(c: Call) -> Result:
    for app in c.state.apps.values():
        if app.uuid == c.path["app_id"] and app.org_id == c.path["org_id"] == c.a.org_id:
            return 200, _credentials(app)
    raise ApiError(404, NOT_FOUND)


@op("account_list_applications")
def list_applications(c: Call) -> Result:
    if c.path["org_id"] != c.a.org_id:
        raise ApiError(404, NOT_FOUND)
    return 200, [_credentials(a) for a in c.state.apps.values() if a.org_id == c.a.org_id]


@op("account_create_application")
def create_application(c: Call) -> Result:
    if c.path["org_id"] != c.a.org_id:
        # Someone else's organisation: refused, as the spec documents (no 404 on this route).
        raise ApiError(403, {"detail": "You do not have permission to perform this action."})
    name = str(c.field("name", required=True, kind=str))
    app = c.state.add_application(name, "sk_sandbox_" + secrets.token_hex(16), c.a.org_id)
    return 201, _credentials(app)


# --- billing ---------------------------------------------------------------------------------


def _money(value: Decimal) -> str:
    return f"{value:.4f}"


@op("billing_get_balance")
def balance(c: Call) -> Result:
    return 200, {
        "balance": _money(c.a.balance),
        "auto_refill_enabled": False,
        "auto_refill_amount": _money(Decimal(0)),
        "auto_refill_threshold": _money(Decimal(0)),
    }


@op("billing_top_up")
def top_up(c: Call) -> Result:
    raw = c.field("amount_in_dollars", required=True)
    try:
        amount = Decimal(str(raw))
    except InvalidOperation:
        raise _field_error("amount_in_dollars", "A valid number is required.") from None
    if isinstance(raw, bool) or amount < 50:
        raise _field_error("amount_in_dollars", "The minimum top-up is $50.")
    checkout = "cs_test_" + secrets.token_hex(8)
    c.state.checkouts[checkout] = (c.a.api_key, amount)
    return 200, {
        "checkout_session_id": checkout,
        "checkout_session_url": f"{c.state.base_url}/sandbox/checkout/{checkout}/",
    }

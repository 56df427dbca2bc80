"""Handlers for the standalone checks (ID, liveness, face match and search, age, AML, email,
phone, proof of address, database validation); each charges the application's balance."""

from __future__ import annotations

import secrets
import uuid
from decimal import Decimal
from typing import Any

from ._registry import Call, Result, op
from ._scenarios import identity_for
from ._state import (
    ApiError,
    _field_error,
    _iso,
)

# --- standalone checks -----------------------------------------------------------------------

CHECK_PRICE = Decimal("0.10")


def _charge(c: Call) -> str:
    if c.a.balance < CHECK_PRICE:
        raise ApiError(
            402,
            {"detail": "Insufficient credits to run this check.", "code": "insufficient_credits"},
        )
    c.a.balance -= CHECK_PRICE
    return str(uuid.uuid4())


def _report(status: str = "Approved", **fields: Any) -> dict[str, Any]:
    return {"status": status, "warnings": [], **fields}


def _now(c: Call) -> str:
    return _iso(c.state.clock.now())


@op("id_verification_verify")
def id_verification(c: Call) -> Result:
    if "front_image" not in c.files:
        raise _field_error("front_image", "No file was submitted.")
    who = identity_for(c.field("vendor_data", kind=str), None)
    status, warnings = _minimum_age(c, who["date_of_birth"])
    return 200, {
        "request_id": _charge(c),
        "created_at": _now(c),
        "id_verification": _report(
            status,
            warnings=warnings,
            document_type="Passport",
            document_number=who["document_number"],
            first_name=who["first_name"],
            last_name=who["last_name"],
            full_name=f"{who['first_name']} {who['last_name']}",
            date_of_birth=who["date_of_birth"],
            issuing_state="ESP",
            nationality="ESP",
            expiration_date="2031-01-01",
        ),
    }


def _minimum_age(c: Call, birth: str) -> tuple[str, list[dict[str, Any]]]:
    # minimum_age (multipart, so a string): decline when the simulated holder is younger.
    raw = c.field("minimum_age")
    if raw is None:
        return "Approved", []
    try:
        minimum = int(str(raw))
    except ValueError:
        raise _field_error("minimum_age", "A valid integer is required.") from None
    import datetime

    today = datetime.datetime.fromtimestamp(c.state.clock.now(), datetime.timezone.utc).date()
    born = datetime.date.fromisoformat(birth)
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if age >= minimum:
        return "Approved", []
    return "Declined", [
        {
            "feature": "ID_VERIFICATION",
            "risk": "MINIMUM_AGE_NOT_MET",
            "additional_data": {"age": age, "minimum_age": minimum},
            "log_type": "error",
            "short_description": "Minimum age not met",
            "long_description": f"The holder is {age}, below the minimum age of {minimum}.",
        }
    ]


def _needs(c: Call, *names: str) -> None:
    for name in names:
        if name not in c.files:
            raise _field_error(name, "No file was submitted.")


@op("passive_liveness_check")
def passive_liveness(c: Call) -> Result:
    _needs(c, "user_image")
    return 200, {
        "request_id": _charge(c),
        "created_at": _now(c),
        "liveness": _report(method="PASSIVE", score=96.2),
    }


@op("face_match_compare")
def face_match(c: Call) -> Result:
    _needs(c, "user_image", "ref_image")
    same = c.files["user_image"] == c.files["ref_image"]
    return 200, {
        "request_id": _charge(c),
        "created_at": _now(c),
        "face_match": _report("Approved" if same else "Declined", score=99.0 if same else 12.0),
    }


@op("face_search_search")
def face_search(c: Call) -> Result:
    _needs(c, "user_image")
    return 200, {
        "request_id": _charge(c),
        "created_at": _now(c),
        "face_search": _report(total_matches=0, matches=[]),
    }


@op("age_estimation_estimate")
def age_estimation(c: Call) -> Result:
    _needs(c, "user_image")
    return 200, {
        "request_id": _charge(c),
        "created_at": _now(c),
        "liveness": _report(method="PASSIVE", score=95.0, age_estimation=31.4),
    }


@op("aml_screen")
def aml(c: Call) -> Result:
    name = str(c.field("full_name", required=True, kind=str))
    hits = 1 if "sanction" in name.lower() else 0
    extra: dict[str, Any] = {}
    if c.field("include_adverse_media") is True:
        # A name containing "fraud" has one simulated adverse-media article.
        extra["adverse_media"] = (
            [{"title": f"{name} named in fraud inquiry", "source": "Sandbox Times"}]
            if "fraud" in name.lower()
            else []
        )
    if c.field("include_ongoing_monitoring") is True:
        extra["ongoing_monitoring"] = True
    return 200, {
        "request_id": _charge(c),
        "created_at": _now(c),
        "aml": _report(
            "In Review" if hits else "Approved",
            total_hits=hits,
            score=91.0 if hits else 0.0,
            hits=[
                {
                    "id": "hit-" + secrets.token_hex(4),
                    "caption": name,
                    "match_score": 91.0,
                    "review_status": "Unreviewed",
                    "datasets": ["Sanctions"],
                }
            ]
            * hits,
            **extra,
        ),
    }


_CODES: dict[str, str] = {}


@op("email_send")
def email_send(c: Call) -> Result:
    email = str(c.field("email", required=True, kind=str))
    _CODES[email] = "123456"
    return 200, {"request_id": _charge(c), "status": "Success", "reason": None}


@op("email_check")
def email_check(c: Call) -> Result:
    email = str(c.field("email", required=True, kind=str))
    code = str(c.field("code", required=True, kind=str))
    ok = _CODES.get(email) == code
    return 200, {
        "request_id": _charge(c),
        "created_at": _now(c),
        "status": "Approved" if ok else "Failed",
        "message": "Verified." if ok else "Wrong code.",
        "email": _report(
            "Approved" if ok else "Declined",
            email=email,
            is_breached=False,
            is_disposable=False,
            is_undeliverable=False,
            verification_attempts=1,
        ),
    }


@op("phone_send")
def phone_send(c: Call) -> Result:
    phone = str(c.field("phone_number", required=True, kind=str))
    _CODES[phone] = "123456"
    return 200, {"request_id": _charge(c), "status": "Success", "reason": None}


@op("phone_check")
def phone_check(c: Call) -> Result:
    phone = str(c.field("phone_number", required=True, kind=str))
    ok = _CODES.get(phone) == str(c.field("code", required=True, kind=str))
    return 200, {
        "request_id": _charge(c),
        "created_at": _now(c),
        "status": "Approved" if ok else "Failed",
        "message": "Verified." if ok else "Wrong code.",
        "phone": _report(
            "Approved" if ok else "Declined",
            full_number=phone,
            is_disposable=False,
            is_virtual=False,
        ),
    }


@op("poa_verify")
def poa(c: Call) -> Result:
    _needs(c, "document")
    address, holder = "1 Loopback Lane, Localhost", identity_for(c.field("vendor_data"), None)
    expected = {
        "expected_address": address,
        "expected_country": "US",
        "expected_first_name": holder["first_name"],
        "expected_last_name": holder["last_name"],
    }
    # Each expectation given and not met by the simulated bill declines with a warning.
    mismatched = [
        k
        for k, actual in expected.items()
        if c.field(k) is not None and str(c.field(k)).strip().lower() != actual.lower()
    ]
    return 200, {
        "request_id": _charge(c),
        "created_at": _now(c),
        "poa": _report(
            "Declined" if mismatched else "Approved",
            warnings=[
                {
                    "feature": "PROOF_OF_ADDRESS",
                    "risk": k.removeprefix("expected_").upper() + "_MISMATCH",
                    "log_type": "error",
                    "short_description": "Does not match the expected value",
                }
                for k in mismatched
            ],
            name_on_document=f"{holder['first_name']} {holder['last_name']}",
            document_type="Utility bill",
            issuer="Sandbox Power & Light",
            poa_address="1 Loopback Lane, Localhost",
            issue_date="2026-10-01",
        ),
    }


@op("database_validation_validate")
def database_validation(c: Call) -> Result:
    # A name containing "nomatch" matches no record, "partial" half of them; the matching
    # *_match_action decides between Declined (DECLINE) and Approved with a warning.
    name = " ".join(
        str(c.field(k) or "") for k in ("full_name", "first_name", "middle_name", "last_name")
    ).lower()
    match = "none" if "nomatch" in name else "partial" if "partial" in name else "full"
    action = {"none": "no_match_action", "partial": "partial_match_action"}.get(match)
    status = "Approved"
    warnings = []
    if action is not None:
        status = "Declined" if c.field(action) == "DECLINE" else "Approved"
        warnings.append(
            {
                "feature": "DATABASE_VALIDATION",
                "risk": "NO_MATCH" if match == "none" else "PARTIAL_MATCH",
                "log_type": "error" if status == "Declined" else "warning",
                "short_description": f"{match.capitalize()} match in the sources",
            }
        )
    return 200, {
        "request_id": _charge(c),
        "created_at": _now(c),
        "database_validation": _report(
            status,
            warnings=warnings,
            issuing_state=c.field("issuing_state"),
            match_type=match,
            services=c.field("services") or [],
            # Per field, as Didit's published schema documents the by-field form.
            validations=dict.fromkeys(
                ("full_name", "date_of_birth", "document_number"),
                "no_match" if match == "none" else f"{match}_match",
            ),
        ),
    }

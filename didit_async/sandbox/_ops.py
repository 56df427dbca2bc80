"""One handler per operation of the spec, keyed by operationId."""

from __future__ import annotations

import base64
import json
import secrets
import string
import uuid
from decimal import Decimal, InvalidOperation
from typing import Any

from didit_async._generated.enums import WebhookEventType

from ._ops_businesses import business_for_session
from ._ops_lists import list_risks
from ._questions import check_questions
from ._registry import HANDLERS, Call, Result, _uuid_or_404, op
from ._scenarios import SCENARIOS, identity_for, outcome_for
from ._state import (
    DECIDED,
    NOT_FOUND,
    UNFINISHED,
    ApiError,
    Application,
    Session,
    _field_error,
    _iso,
)

__all__ = ["HANDLERS", "Call"]


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


# --- sessions --------------------------------------------------------------------------------


def _blocklisted(c: Call, vendor_data: str | None, contact: dict[str, Any] | None) -> list[str]:
    who = identity_for(vendor_data, contact)
    risks = []
    for entry in c.state.blocklist:
        if entry["app_key"] != c.a.api_key:
            continue
        if entry["type"] == "face" and entry["value"] == who["face"]:
            risks.append("FACE_IN_BLOCKLIST")
        elif entry["type"] == "document" and entry["value"] == who["document_number"]:
            risks.append("ID_DOCUMENT_IN_BLOCKLIST")
        elif entry["type"] == "phone" and entry["value"] == who["phone"]:
            risks.append("PHONE_NUMBER_IN_BLOCKLIST")
        elif entry["type"] == "email" and entry["value"] == who["email"]:
            risks.append("EMAIL_IN_BLOCKLIST")
    return sorted(set(risks))


def _new_session(c: Call, workflow_id: str, vendor_data: str | None, **kw: Any) -> Session:
    st = c.state
    wf = st.workflows.get(workflow_id)
    now = st.clock.now()
    scenario = kw.pop("scenario", None)
    if wf is not None and any(str(f).startswith("KYB_") for f in wf.get("features", [])):
        kw.setdefault("kind", "business")  # a KYB session verifies the business vendor_data
    s = Session(
        session_id=str(uuid.uuid4()),
        number=next(st.numbers),
        token=secrets.token_urlsafe(9)[:12],
        app_key=c.a.api_key,
        workflow_id=workflow_id,
        workflow_version=int(wf["version"]) if wf else 1,
        vendor_data=vendor_data,
        scenario=scenario,
        outcome=outcome_for(scenario),
        created=now,
        due=st.due,
        **kw,
    )
    s.blocklist_risks = sorted(
        {*_blocklisted(c, vendor_data, s.contact_details), *list_risks(st, c.a.api_key, s)}
    )
    # An "expire" user never opens the link: the session waits out Didit's expiry instead.
    wait = st.expire_after if s.outcome.final == "Expired" else st.start_after
    s.next_step_at = now + wait
    st.sessions[s.session_id] = s
    st.session_order.append(s.session_id)  # oldest first; lists walk it reversed
    st.sessions_created += 1
    if vendor_data:
        st.by_vendor.setdefault((c.a.api_key, vendor_data), []).append(s.session_id)
    if vendor_data and s.kind == "business":
        business_for_session(st, c.a, vendor_data)
    elif vendor_data:
        user = st.users.get((c.a.api_key, vendor_data))
        if user is None:
            user = _user(vendor_data, now)
            st.users[(c.a.api_key, vendor_data)] = user
        user["session_count"] += 1
        user["first_session_at"] = user["first_session_at"] or _iso(now)
    return s


@op("sessions_create")
def create_session(c: Call) -> Result:
    st = c.state
    workflow_id = str(c.field("workflow_id", required=True, kind=str))
    if workflow_id not in st.workflows and workflow_id != _default_workflow(c)["uuid"]:
        raise _field_error("workflow_id", "Workflow not found.")
    if st.workflows.get(workflow_id, {}).get("status") == "draft":
        raise _field_error("workflow_id", "This workflow is a draft; publish it first.")
    vendor_data = c.field("vendor_data", kind=str)
    scenario = c.field("sandbox_scenario", kind=str)
    if scenario is not None and scenario not in SCENARIOS:
        raise _field_error("sandbox_scenario", f"Unknown scenario {scenario!r}.")
    callback = c.field("callback", kind=str)
    metadata = c.field("metadata")
    if vendor_data:
        for sid in st.by_vendor.get((c.a.api_key, vendor_data), []):
            s = st.sessions[sid]
            if (
                s.app_key == c.a.api_key
                and s.vendor_data == vendor_data
                and s.workflow_id == workflow_id
                and s.status in UNFINISHED
            ):
                # Didit's documented reuse: same unfinished session, callback/metadata updated.
                s.callback = callback
                s.metadata = metadata
                return 201, st.create_response(s)
    s = _new_session(
        c,
        workflow_id,
        vendor_data,
        callback=callback,
        callback_method=c.field("callback_method", kind=str) or "initiator",
        metadata=metadata,
        contact_details=c.field("contact_details", kind=dict),
        expected_details=c.field("expected_details", kind=dict),
        scenario=scenario,
    )
    return 201, st.create_response(s)


def _default_workflow(c: Call) -> dict[str, Any]:
    for wf in c.state.workflows.values():
        if wf["app_key"] == c.a.api_key and wf["is_default"]:
            return wf
    return _create_workflow(
        c, {"workflow_label": "Default KYC", "workflow_type": "kyc", "is_default": True}
    )


@op("sessions_retrieve_decision")
def retrieve_decision(c: Call) -> Result:
    s = c.state.session(c.a, _uuid_or_404(c.path["sessionId"]))
    return 200, c.state.decision(s)


@op("sessions_list")
def list_sessions(c: Call) -> Result:
    q = c.query
    statuses = {x.strip() for x in q["status"].split(",")} if q.get("status") else None
    kind = q.get("session_kind", "user")
    rows = []
    for sid in reversed(c.state.session_order):
        s = c.state.sessions[sid]
        if s.app_key != c.a.api_key or (kind != "all" and s.kind != kind):
            continue
        if q.get("vendor_data") is not None and s.vendor_data != q["vendor_data"]:
            continue
        if statuses is not None and s.status not in statuses:
            continue
        if q.get("workflow_id") and s.workflow_id != q["workflow_id"]:
            continue
        if q.get("search") and q["search"].lower() not in (s.vendor_data or "").lower():
            continue
        if q.get("date_from") and s.created < _query_time(q, "date_from"):
            continue
        if q.get("date_to") and s.created > _query_time(q, "date_to"):
            continue
        rows.append(s)
    return 200, c.state.page(rows, q, "/v3/sessions/", 50, render=c.state.list_row)


def _query_time(q: dict[str, str], name: str) -> float:
    """An ISO 8601 date-time filter as Unix seconds (a bad one answers 400, as Didit does)."""
    import datetime

    raw = q[name]
    try:
        when = datetime.datetime.fromisoformat(raw[:-1] + "+00:00" if raw.endswith("Z") else raw)
    except ValueError:
        raise _field_error(name, "Enter a valid date/time.") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.timezone.utc)
    return when.timestamp()


def _delete(c: Call, s: Session) -> None:
    del c.state.sessions[s.session_id]
    c.state.session_order.remove(s.session_id)
    if s.vendor_data:
        c.state.by_vendor[(s.app_key, s.vendor_data)].remove(s.session_id)
    # Queued deliveries of a deleted session are discarded, as Didit documents.
    c.state.outbox = type(c.state.outbox)(
        d for d in c.state.outbox if d.payload.get("session_id") != s.session_id
    )


@op("sessions_delete")
def delete_session(c: Call) -> Result:
    _delete(c, c.state.session(c.a, _uuid_or_404(c.path["sessionId"])))
    return 204, None


@op("sessions_batch_delete")
def batch_delete(c: Call) -> Result:
    numbers = c.field("session_numbers", kind=list)
    delete_all = c.field("delete_all") is True
    if not numbers and not delete_all:
        raise _field_error("session_numbers", "Provide session_numbers or delete_all.")
    wanted = {str(n) for n in numbers or []}
    matches = [
        c.state.sessions[sid]
        for sid in reversed(c.state.session_order)
        if c.state.sessions[sid].app_key == c.a.api_key
        and (delete_all or str(c.state.sessions[sid].number) in wanted)
    ]
    results = [
        {"session_number": s.number, "session_id": s.session_id, "deleted": True} for s in matches
    ]
    for s in matches:
        _delete(c, s)
    if len(matches) > 20:
        job_id = str(uuid.uuid4())
        c.state.jobs[job_id] = {
            "job_id": job_id,
            "status": "COMPLETED",
            "total": len(matches),
            "deleted_count": len(matches),
            "failed_count": 0,
            "created_at": _iso(c.state.clock.now()),
            "completed_at": _iso(c.state.clock.now()),
            "results": results,
        }
        return 202, {"job_id": job_id, "status": "PENDING", "total": len(matches)}
    return 200, {"results": results}


@op("sessions_retrieve_batch_delete_job")
def batch_delete_job(c: Call) -> Result:
    job = c.state.jobs.get(c.path["job_id"])
    if job is None:
        raise ApiError(404, NOT_FOUND)
    return 200, job


@op("sessions_update_status")
def update_status(c: Call) -> Result:
    s = c.state.session(c.a, _uuid_or_404(c.path["sessionId"]))
    new = str(c.field("new_status", required=True, kind=str))
    if new not in ("Approved", "Declined", "Resubmitted"):
        raise _field_error("new_status", f'"{new}" is not a valid choice.')
    if c.field("send_email") is True and not c.field("email_address"):
        raise _field_error("email_address", "Required when send_email is true.")
    if s.status not in (
        "Approved",
        "Declined",
        "In Review",
        "Kyc Expired",
        "Abandoned",
        "Resubmitted",
    ):
        raise ApiError(
            400, {"detail": f"Cannot change the status of a session that is {s.status}."}
        )
    if new == "Resubmitted" and s.status == "Resubmitted":
        raise ApiError(400, {"detail": "The new status is the same as the current status."})
    if new == "Resubmitted" and not c.field("nodes_to_resubmit", kind=list):
        raise _field_error("nodes_to_resubmit", "Required when new_status is Resubmitted.")
    if new != s.status:
        _review(c, s, new, c.field("comment", kind=str))
        c.state.set_status(s, new, actor="API_KEY")
        if new == "Resubmitted":
            s.next_step_at = c.state.clock.now() + c.state.start_after
    return 200, {"session_id": s.session_id}


def _review(c: Call, s: Session, new: str, comment: str | None) -> dict[str, Any]:
    review: dict[str, Any] = {
        "uuid": str(uuid.uuid4()),
        "activity_type": "STATUS_CHANGE",
        "actor_display": "API key",
        "actor_email": None,
        "actor_type": "API_KEY",
        "new_status": new,
        "previous_status": s.status,
        "comment": comment,
        "metadata": {},
        "created_at": _iso(c.state.clock.now()),
    }
    s.reviews.append(review)
    return review


@op("sessions_generate_pdf")
def generate_pdf(c: Call) -> Result:
    return 200, c.state.pdf(c.state.session(c.a, _uuid_or_404(c.path["sessionId"])))


@op("sessions_share")
def share(c: Call) -> Result:
    s = c.state.session(c.a, _uuid_or_404(c.path["sessionId"]))
    target = str(c.field("for_application_id", required=True, kind=str))
    ttl = c.field("ttl_in_seconds", kind=int) or 3600
    if not 60 <= ttl <= 86400:
        raise _field_error("ttl_in_seconds", "Must be between 60 and 86400.")
    if s.status not in DECIDED:
        raise ApiError(
            400, {"detail": "Only finished sessions (Approved, Declined, In Review) can be shared."}
        )
    if not any(a.uuid == target for a in c.state.apps.values()) or target == c.a.uuid:
        raise _field_error("for_application_id", "Unknown application.")
    token = (
        "eyJ"
        + base64.urlsafe_b64encode(json.dumps({"sid": s.session_id, "to": target}).encode())
        .decode()
        .rstrip("=")
        + "."
        + secrets.token_urlsafe(16)
    )
    expires = c.state.clock.now() + ttl
    c.state.share_tokens[token] = {
        "session_id": s.session_id,
        "to": target,
        "exp": expires,
        "used": False,
    }
    return 200, {"share_token": token, "expires_at": _iso(expires), "session_id": s.session_id}


@op("sessions_import_shared")
def import_shared(c: Call) -> Result:
    token = str(c.field("share_token", required=True, kind=str))
    workflow_id = str(c.field("workflow_id", required=True, kind=str))
    share_ = c.state.share_tokens.get(token)
    if share_ is None or share_["exp"] < c.state.clock.now() or share_["to"] != c.a.uuid:
        raise _field_error("share_token", "Invalid or expired share token.")
    if share_["used"]:
        raise ApiError(
            409, {"detail": "This session was already imported.", "code": "already_imported"}
        )
    source = c.state.sessions.get(share_["session_id"])
    if source is None:
        raise ApiError(404, NOT_FOUND)
    if workflow_id not in c.state.workflows:
        raise _field_error("workflow_id", "Workflow not found.")
    share_["used"] = True
    s = _new_session(
        c,
        workflow_id,
        c.field("vendor_data", kind=str),
        callback=None,
        callback_method="initiator",
        metadata=None,
        contact_details=source.contact_details,
        expected_details=source.expected_details,
        scenario=source.scenario,
    )
    s.imported_from = source.session_id
    s.next_step_at = None
    s.status = source.status if c.field("trust_review") is True else "In Review"
    return 201, c.state.create_response(s)


@op("sessions_reviews_list")
def reviews_list(c: Call) -> Result:
    s = c.state.session(c.a, _uuid_or_404(c.path["session_id"]))
    return 200, c.state.page(
        list(reversed(s.reviews)), c.query, f"/v3/sessions/{s.session_id}/reviews/", 50
    )


@op("sessions_reviews_create")
def reviews_create(c: Call) -> Result:
    s = c.state.session(c.a, _uuid_or_404(c.path["session_id"]))
    new = str(c.field("new_status", required=True, kind=str))
    if new not in ("Approved", "Declined", "In Review"):
        raise _field_error("new_status", f'"{new}" is not a valid choice.')
    review = _review(c, s, new, c.field("comment", kind=str))
    if new != s.status:
        c.state.set_status(s, new, actor="API_KEY")
    return 201, review


@op("sessions_list_events")
def list_events(c: Call) -> Result:
    s = c.state.session(c.a, _uuid_or_404(c.path["sessionId"]))
    return 200, c.state.page(
        list(reversed(s.events)), c.query, f"/v3/session/{s.session_id}/events/", 50
    )


@op("sessions_update_aml_hit_status")
def update_aml_hit(c: Call) -> Result:
    s = c.state.session(c.a, _uuid_or_404(c.path["sessionId"]))
    hit_id = str(c.field("hit_id", required=True, kind=str))
    status = str(c.field("review_status", required=True, kind=str))
    if status not in ("Unreviewed", "Confirmed Match", "False Positive", "Inconclusive"):
        raise _field_error("review_status", f'"{status}" is not a valid choice.')
    hits = (c.state.decision(s).get("aml_screenings") or [{}])[0].get("hits") or []
    if hit_id not in {h["id"] for h in hits}:
        raise ApiError(404, {"detail": "AML hit not found."})
    s.aml_hit_status[hit_id] = status
    return 200, {
        "message": "Hit status updated successfully",
        "hit_id": hit_id,
        "review_status": status,
    }


@op("sessions_update_feature_status")
def update_feature(c: Call) -> Result:
    s = c.state.session(c.a, _uuid_or_404(c.path["sessionId"]))
    new = str(c.field("new_status", required=True, kind=str))
    if new not in ("Approved", "Declined", "In Review"):
        raise _field_error("new_status", f'"{new}" is not a valid choice.')
    node = c.path["nodeId"]
    s.feature_status[node] = new
    c.state.emit(s, "data.updated")
    return 200, {
        "session_id": s.session_id,
        "node_id": node,
        "feature_type": "KYC",
        "new_status": new,
    }


@op("sessions_update_data")
def update_data(c: Call) -> Result:
    s = c.state.session(c.a, _uuid_or_404(c.path["sessionId"]))
    changes = {k: v for k, v in (c.body or {}).items() if k != "node_id"}
    s.data_overrides.update(changes)
    c.state.emit(s, "data.updated")
    return 200, {
        "session_id": s.session_id,
        "message": "Data updated.",
        "node_id": (c.body or {}).get("node_id", "feature_ocr_1"),
    }


@op("sessions_update_poa_data")
def update_poa(c: Call) -> Result:
    s = c.state.session(c.a, _uuid_or_404(c.path["sessionId"]))
    # Kept apart from the KYC overrides: the decision shows them as the POA report.
    c.state.entities.poa_corrections.setdefault(s.session_id, {}).update(c.body or {})
    c.state.emit(s, "data.updated")
    return 200, {
        "session_id": s.session_id,
        "message": "POA data updated.",
        "node_id": (c.body or {}).get("node_id", "feature_poa_1"),
    }


# --- blocklist -------------------------------------------------------------------------------

_BLOCK_KINDS = ("face", "document", "phone", "email")


@op("blocklist_add")
def blocklist_add(c: Call) -> Result:
    s = c.state.session(c.a, _uuid_or_404(str(c.field("session_id", required=True, kind=str))))
    who = identity_for(s.vendor_data, s.contact_details)
    values = {
        "face": who["face"],
        "document": who["document_number"],
        "phone": who["phone"],
        "email": who["email"],
    }
    for kind in _BLOCK_KINDS:
        if c.field(f"blocklist_{kind}") is True and not any(
            e["session_id"] == s.session_id and e["type"] == kind for e in c.state.blocklist
        ):
            c.state.blocklist.insert(
                0,
                {
                    "app_key": c.a.api_key,
                    "type": kind,
                    "value": values[kind],
                    "session_id": s.session_id,
                    "session_number": s.number,
                    "blocklisted_at": _iso(c.state.clock.now()),
                },
            )
    return 200, {"message": "Successfully updated blocklist."}


@op("blocklist_remove")
def blocklist_remove(c: Call) -> Result:
    s = c.state.session(c.a, _uuid_or_404(str(c.field("session_id", required=True, kind=str))))
    kinds = {k for k in _BLOCK_KINDS if c.field(f"unblock_{k}") is True}
    c.state.blocklist = [
        e for e in c.state.blocklist if not (e["session_id"] == s.session_id and e["type"] in kinds)
    ]
    return 200, {"message": "Successfully removed from blocklist."}


@op("blocklist_list")
def blocklist_list(c: Call) -> Result:
    kind = c.query.get("item_type")
    if kind is not None and kind not in _BLOCK_KINDS:
        raise _field_error("item_type", f'"{kind}" is not a valid choice.')
    rows = []
    for e in c.state.blocklist:
        if e["app_key"] != c.a.api_key or (kind and e["type"] != kind):
            continue
        row = {
            "type": e["type"],
            "session_id": e["session_id"],
            "session_number": e["session_number"],
            "blocklisted_at": e["blocklisted_at"],
        }
        key = {
            "face": "face_image",
            "document": "document_number",
            "phone": "phone_number",
            "email": "email",
        }[e["type"]]
        row[key] = e["value"]
        rows.append(row)
    return 200, c.state.page(rows, c.query, "/v3/blocklist/", 20)


# --- workflows -------------------------------------------------------------------------------

_FLAG_FEATURES = {
    "is_liveness_enabled": "LIVENESS",
    "is_face_match_enabled": "FACE_MATCH",
    "is_aml_enabled": "AML",
    "is_phone_verification_enabled": "PHONE",
    "is_email_verification_enabled": "EMAIL",
    "is_database_validation_enabled": "DATABASE_VALIDATION",
    "is_ip_analysis_enabled": "IP_ANALYSIS",
    "is_nfc_enabled": "NFC",
}


def _workflow_view(wf: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in wf.items() if k not in ("app_key", "features_list", "config")}


def _apply_workflow(wf: dict[str, Any], body: dict[str, Any]) -> None:
    for key in (
        "workflow_label",
        "workflow_type",
        "is_default",
        "max_retry_attempts",
        "retry_window_days",
        "status",
        "session_expiration_time",
        "is_desktop_allowed",
        "is_white_label_enabled",
    ):
        if key in body:
            wf[key] = body[key]
    wf["config"].update({k: v for k, v in body.items() if k.startswith(("is_", "face_", "aml_"))})
    if "features" in body:
        features = [str(f.get("feature")) for f in body["features"] if isinstance(f, dict)]
    else:
        features = ["ID_VERIFICATION"] + [
            name for flag, name in _FLAG_FEATURES.items() if wf["config"].get(flag)
        ]
    wf["features"] = features
    wf["features_list"] = features
    wf["total_price"] = f"{Decimal('0.15') * len(features):.2f}"  # a decimal string, as documented
    wf["min_price"] = wf["total_price"]
    wf["max_price"] = wf["total_price"]


def _create_workflow(c: Call, body: dict[str, Any]) -> dict[str, Any]:
    wid = str(uuid.uuid4())
    wf: dict[str, Any] = {
        "uuid": wid,
        "workflow_id": wid,
        "workflow_label": None,
        "workflow_type": "kyc",
        "is_default": False,
        "is_archived": False,
        "is_simple_workflow": True,
        "is_editable": True,
        "workflow_url": f"https://verify.didit.me/workflow/{wid}",
        "max_retry_attempts": 3,
        "retry_window_days": 7,
        "version": 1,
        "special_add_on_prices": {},
        "created_at": _iso(c.state.clock.now()),
        "app_key": c.a.api_key,
        "config": {},
    }
    _apply_workflow(wf, body)
    c.state.workflows[wid] = wf
    return wf


def _workflow(c: Call) -> dict[str, Any]:
    wf = c.state.workflows.get(_uuid_or_404(c.path["settings_uuid"]))
    if wf is None or wf["app_key"] != c.a.api_key:
        raise ApiError(404, NOT_FOUND)
    return wf


@op("workflows_list")
def workflows_list(c: Call) -> Result:
    return 200, [
        _workflow_view(w) for w in c.state.workflows.values() if w["app_key"] == c.a.api_key
    ]


@op("workflows_create")
def workflows_create(c: Call) -> Result:
    return 201, _workflow_view(_create_workflow(c, c.body))


@op("workflows_retrieve")
def workflows_retrieve(c: Call) -> Result:
    return 200, _workflow_view(_workflow(c))


@op("workflows_update")
def workflows_update(c: Call) -> Result:
    wf = _workflow(c)
    _apply_workflow(wf, c.body or {})
    wf["version"] += 1
    return 200, _workflow_view(wf)


@op("workflows_delete")
def workflows_delete(c: Call) -> Result:
    del c.state.workflows[_workflow(c)["uuid"]]
    return 204, None


# --- questionnaires --------------------------------------------------------------------------


def _questionnaire(c: Call) -> dict[str, Any]:
    q = c.state.questionnaires.get(_uuid_or_404(c.path["questionnaire_uuid"]))
    if q is None or q["app_key"] != c.a.api_key:
        raise ApiError(404, NOT_FOUND)
    return q


def _q_view(q: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in q.items() if k != "app_key"}


@op("questionnaires_list")
def questionnaires_list(c: Call) -> Result:
    return 200, [_q_view(q) for q in c.state.questionnaires.values() if q["app_key"] == c.a.api_key]


@op("questionnaires_create")
def questionnaires_create(c: Call) -> Result:
    title = c.field("title", required=True, kind=str)
    questions = c.field("questions", kind=list)
    elements = c.field("form_elements", required=questions is None, kind=list)
    if questions is not None:
        check_questions(questions)
    qid = str(uuid.uuid4())
    now = _iso(c.state.clock.now())
    q = {
        "uuid": qid,
        "title": title,
        "description": c.field("description"),
        "default_language": c.field("default_language") or "en",
        "languages": c.field("languages") or ["en"],
        "form_elements": elements,
        "questions": questions,
        "created_at": now,
        "updated_at": now,
        "app_key": c.a.api_key,
    }
    c.state.questionnaires[qid] = q
    return 201, _q_view(q)


@op("questionnaires_retrieve")
def questionnaires_retrieve(c: Call) -> Result:
    return 200, _q_view(_questionnaire(c))


@op("questionnaires_update")
def questionnaires_update(c: Call) -> Result:
    q = _questionnaire(c)
    if c.field("questions") is not None:
        check_questions(c.field("questions", kind=list))
    for key in (
        "title",
        "description",
        "default_language",
        "languages",
        "form_elements",
        "questions",
    ):
        if key in (c.body or {}):
            q[key] = c.body[key]
    q["updated_at"] = _iso(c.state.clock.now())
    return 200, _q_view(q)


@op("questionnaires_delete")
def questionnaires_delete(c: Call) -> Result:
    del c.state.questionnaires[_questionnaire(c)["uuid"]]
    return 204, None


# --- users -----------------------------------------------------------------------------------


def _user(vendor_data: str, now: float) -> dict[str, Any]:
    return {
        "vendor_data": vendor_data,
        "didit_internal_id": str(uuid.uuid4()),
        "display_name": None,
        "status": "ACTIVE",
        "metadata": {},
        "session_count": 0,
        "approved_count": 0,
        "declined_count": 0,
        "in_review_count": 0,
        "first_session_at": None,
        "last_session_at": None,
        "created_at": _iso(now),
        "updated_at": _iso(now),
    }


def _get_user(c: Call) -> dict[str, Any]:
    user = c.state.users.get((c.a.api_key, c.path["vendor_data"]))
    if user is None:
        raise ApiError(404, NOT_FOUND)
    return user


@op("users_list")
def users_list(c: Call) -> Result:
    status = c.query.get("status")
    rows = [
        u
        for (key, _), u in sorted(
            c.state.users.items(), key=lambda kv: kv[1]["created_at"], reverse=True
        )
        if key == c.a.api_key
        and (status is None or u["status"] == status)
        and (not c.query.get("search") or c.query["search"] in u["vendor_data"])
    ]
    return 200, c.state.page(rows, c.query, "/v3/users/", 50, max_limit=200)


@op("users_retrieve")
def users_retrieve(c: Call) -> Result:
    return 200, _get_user(c)


@op("users_create")
def users_create(c: Call) -> Result:
    vendor_data = str(c.field("vendor_data", required=True, kind=str))
    if (c.a.api_key, vendor_data) in c.state.users:
        raise ApiError(409, {"detail": "A user with this vendor_data already exists."})
    user = _user(vendor_data, c.state.clock.now())
    for key in (
        "display_name",
        "metadata",
        "status",
        "full_name",
        "date_of_birth",
        "issuing_states",
        "approved_emails",
        "approved_phones",
    ):
        if c.field(key) is not None:
            user[key] = c.body[key]
    c.state.users[(c.a.api_key, vendor_data)] = user
    return 201, user


@op("users_update")
def users_update(c: Call) -> Result:
    user = _get_user(c)
    for key in (
        "display_name",
        "metadata",
        "status",
        "full_name",
        "date_of_birth",
        "issuing_states",
        "approved_emails",
        "approved_phones",
    ):
        if key in (c.body or {}):
            user[key] = c.body[key]
    user["updated_at"] = _iso(c.state.clock.now())
    return 200, user


@op("users_update_status")
def users_update_status(c: Call) -> Result:
    user = _get_user(c)
    status = str(c.field("status", required=True, kind=str))
    if status not in ("ACTIVE", "FLAGGED", "BLOCKED"):
        raise _field_error("status", f'"{status}" is not a valid choice.')
    user["status"] = status
    return 200, user


@op("users_batch_delete")
def users_batch_delete(c: Call) -> Result:
    wanted = set(c.field("vendor_data_list", kind=list) or [])
    every = c.field("delete_all") is True
    if not wanted and not every:
        raise _field_error("vendor_data_list", "Provide vendor_data_list or delete_all.")
    doomed = [k for k in c.state.users if k[0] == c.a.api_key and (every or k[1] in wanted)]
    for k in doomed:
        del c.state.users[k]
    return 200, {"deleted_count": len(doomed), "message": f"Deleted {len(doomed)} users."}


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


# --- webhooks --------------------------------------------------------------------------------


def _destination_view(d: dict[str, Any], *, secret: bool) -> dict[str, Any]:
    view = {
        k: v
        for k, v in d.items()
        if k not in ("app_key", "secret_shared_key", "previous_secret", "previous_secret_expires")
    }
    view["secret_last4"] = d["secret_shared_key"][-4:]
    if secret:
        view["secret_shared_key"] = d["secret_shared_key"]
    return view


def _config(c: Call) -> dict[str, Any]:
    app = c.a
    return {
        "webhook_url": app.webhook_url,
        "webhook_version": app.webhook_version,
        "secret_shared_key": app.webhook_secret,
        "capture_method": app.capture_method,
        "data_retention_months": app.data_retention_months,
        "allowed_domains": list(app.allowed_domains),
        "destinations": [
            _destination_view(d, secret=False)
            for d in c.state.destinations.values()
            if d["app_key"] == app.api_key
        ],
        "subscribable_events": [
            "status.updated",
            "data.updated",
            "user.status.updated",
            "user.data.updated",
            "business.status.updated",
            "business.data.updated",
            "activity.created",
        ],
    }


@op("webhooks_get_config")
def get_config(c: Call) -> Result:
    return 200, _config(c)


@op("webhooks_update_config")
def update_config(c: Call) -> Result:
    body = c.body or {}
    app = c.a
    if "webhook_url" in body:
        app.webhook_url = body["webhook_url"]
    if "webhook_version" in body:
        if body["webhook_version"] not in ("v1", "v2", "v3"):
            raise _field_error("webhook_version", "Must be v1, v2 or v3.")
        app.webhook_version = body["webhook_version"]
    if body.get("rotate_secret_key") is True:
        app.webhook_secret = "whsec_" + secrets.token_hex(16)  # the old one stops at once
    if "capture_method" in body:
        app.capture_method = body["capture_method"]
    if "data_retention_months" in body:
        months = body["data_retention_months"]
        if months is not None and not (isinstance(months, int) and 1 <= months <= 120):
            raise _field_error("data_retention_months", "Must be between 1 and 120.")
        app.data_retention_months = months
    if "allowed_domains" in body:
        app.allowed_domains = list(body["allowed_domains"])
    return 200, _config(c)


def _destination(c: Call) -> dict[str, Any]:
    d = c.state.destinations.get(_uuid_or_404(c.path["destination_uuid"]))
    if d is None or d["app_key"] != c.a.api_key:
        raise ApiError(404, {"detail": "Webhook destination not found."})
    return d


def _check_events(events: Any) -> list[str]:
    allowed = {e.value for e in WebhookEventType}  # the spec's event names
    if not isinstance(events, list) or not events:
        raise _field_error("subscribed_events", "At least one event is required.")
    for e in events:
        if e not in allowed:
            raise _field_error("subscribed_events", f'"{e}" is not a valid choice.')
    return list(events)


@op("webhooks_destinations_create")
def destinations_create(c: Call) -> Result:
    url = str(c.field("url", required=True, kind=str))
    label = str(c.field("label", required=True, kind=str))
    events = _check_events(c.field("subscribed_events", required=True))
    if any(d["url"] == url and d["app_key"] == c.a.api_key for d in c.state.destinations.values()):
        raise _field_error("url", "A destination with this URL already exists.")
    did = str(uuid.uuid4())
    now = _iso(c.state.clock.now())
    d = {
        "uuid": did,
        "label": label,
        "url": url,
        "enabled": c.field("enabled") is not False,
        "webhook_version": c.field("webhook_version") or "v3",
        "subscribed_events": events,
        "secret_shared_key": "whsec_" + secrets.token_hex(16),
        "previous_secret_expires_at": None,
        "created_at": now,
        "updated_at": now,
        "app_key": c.a.api_key,
        "metrics_window_days": 30,
        "deliveries_count": 0,
        "failed_deliveries_count": 0,
        "average_response_time_ms": None,
        "error_rate_percentage": 0.0,
        "last_delivery_at": None,
        "health_status": "healthy",
    }
    c.state.destinations[did] = d
    return 201, _destination_view(d, secret=True)


@op("webhooks_destinations_list")
def destinations_list(c: Call) -> Result:
    return 200, [
        _destination_view(d, secret=False)
        for d in c.state.destinations.values()
        if d["app_key"] == c.a.api_key
    ]


@op("webhooks_destinations_retrieve")
def destinations_retrieve(c: Call) -> Result:
    return 200, _destination_view(_destination(c), secret=True)


@op("webhooks_destinations_update")
def destinations_update(c: Call) -> Result:
    d = _destination(c)
    body = c.body or {}
    if "subscribed_events" in body:
        d["subscribed_events"] = _check_events(body["subscribed_events"])
    for key in ("label", "url", "enabled", "webhook_version"):
        if key in body:
            d[key] = body[key]
    d["updated_at"] = _iso(c.state.clock.now())
    return 200, _destination_view(d, secret=True)


@op("webhooks_destinations_delete")
def destinations_delete(c: Call) -> Result:
    del c.state.destinations[_destination(c)["uuid"]]
    return 204, None


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
            validations={"match": match == "full"},
        ),
    }

"""Handlers for sessions (create, decide, list, delete, share, import, reviews, updates) and
the legacy blocklist."""

from __future__ import annotations

import base64
import json
import secrets
import uuid
from typing import Any

from ._ops_businesses import business_for_session
from ._ops_lists import list_risks
from ._ops_users import user_record
from ._ops_workflows import create_workflow
from ._registry import Call, Result, _uuid_or_404, op
from ._scenarios import SCENARIOS, identity_for, outcome_for
from ._session_filters import row_filter
from ._state import (
    DECIDED,
    NOT_FOUND,
    UNFINISHED,
    ApiError,
    Session,
    _field_error,
    _iso,
)

__all__ = ["default_workflow", "new_session"]

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


def new_session(c: Call, workflow_id: str, vendor_data: str | None, **kw: Any) -> Session:
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
            user = user_record(vendor_data, now)
            st.users[(c.a.api_key, vendor_data)] = user
        user["session_count"] += 1
        user["first_session_at"] = user["first_session_at"] or _iso(now)
    return s


@op("sessions_create")
def create_session(c: Call) -> Result:
    st = c.state
    workflow_id = str(c.field("workflow_id", required=True, kind=str))
    if workflow_id not in st.workflows and workflow_id != default_workflow(c)["uuid"]:
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
    s = new_session(
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


def default_workflow(c: Call) -> dict[str, Any]:
    for wf in c.state.workflows.values():
        if wf["app_key"] == c.a.api_key and wf["is_default"]:
            return wf
    return create_workflow(
        c, {"workflow_label": "Default KYC", "workflow_type": "kyc", "is_default": True}
    )


@op("sessions_retrieve_decision")
def retrieve_decision(c: Call) -> Result:
    s = c.state.session(c.a, _uuid_or_404(c.path["sessionId"]))
    return 200, c.state.decision(s)


@op("sessions_list")
def list_sessions(c: Call) -> Result:
    q = c.query
    statuses = set(q["status"].split(",")) if "status" in q else None  # checked by _drf
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
    keep = row_filter(q)
    if keep is not None:  # filters on what the row shows: render each row once to test it
        rows = [s for s in rows if keep(c.state.list_row(s), s)]
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
    s = c.state.session(c.a, _uuid_or_404(c.path["sessionId"]))
    _delete(c, s)
    # 200 with the outcome, as Didit's published schema answers (older answers: 204).
    return 200, {
        "session_id": s.session_id,
        "session_number": s.number,
        "face_retention_outcome": "deleted",
        "biometric_template_uuid": None,
    }


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
        {
            "session_number": s.number,
            "session_id": s.session_id,
            "deleted": True,
            "face_retention_outcome": "deleted",
            "biometric_template_uuid": None,
        }
        for s in matches
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
            "deleted": len(matches),
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
    s = new_session(
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
    ordering = c.query.get("ordering", "-created_at")  # newest first unless asked otherwise
    if ordering.lstrip("-") not in ("created_at", ""):
        raise _field_error("ordering", "Order by created_at or -created_at.")
    reviews = list(s.reviews) if ordering == "created_at" else list(reversed(s.reviews))
    return 200, c.state.page(reviews, c.query, f"/v3/sessions/{s.session_id}/reviews/", 50)


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


_DOCUMENT_CODES = {"Passport": "P", "Identity Card": "ID", "Driver's License": "DL"}


@op("sessions_update_data")
def update_data(c: Call) -> Result:
    s = c.state.session(c.a, _uuid_or_404(c.path["sessionId"]))
    changes = {k: v for k, v in (c.body or {}).items() if k != "node_id"}
    s.data_overrides.update(changes)
    c.state.emit(s, "data.updated")
    # The updated record, as Didit's published answer gives it (with the docs' acknowledgement).
    [record] = c.state.decision(s)["id_verifications"] or [dict(s.data_overrides)]
    shown = record.get("document_type")
    # This answer spells the document type as its code (the decision shows its name).
    record["document_type"] = _DOCUMENT_CODES.get(shown, shown) if shown else None
    return 200, {
        **record,
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
    # The updated record, as Didit's published answer gives it (with the docs' acknowledgement).
    poa = c.state.entities.poa_corrections[s.session_id]
    return 200, {
        **{k: v for k, v in poa.items() if k != "node_id"},
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

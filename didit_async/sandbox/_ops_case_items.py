"""Handlers for what hangs off a case: notes and their attachments, links, the event trail,
the checklist, AML hits, and the analytics computed over every case of the application.

Attachments are uploaded first (``notes/presign/``, multipart) and stored under a key of
their case; a note then references the key, and every view of the note carries a fresh
download URL served by the sandbox itself. Links point to real sandbox sessions (KYC for
``session``, KYB for ``business_session``) and transactions, by their Didit UUIDs.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from ._case_state import KINDS, actor, add_event, attachment_url, check_scope, note_view, now_iso
from ._ops_cases import get_case, refuse
from ._registry import Call, Result, _uuid_or_404, op
from ._state import NOT_FOUND, ApiError, _field_error

__all__: list[str] = []


def _base(c: Call, case: dict[str, Any], tail: str) -> str:
    return f"/v3/organization/{c.a.org_id}/application/{c.a.uuid}/cases/{case['uuid']}/{tail}"


# --- notes ---------------------------------------------------------------------------------


@op("list_case_notes")
def list_case_notes(c: Call) -> Result:
    case = get_case(c)
    rows = list(reversed(case["notes"]))
    page = c.state.page(rows, c.query, _base(c, case, "notes/"), 50)
    page["results"] = [note_view(c, n) for n in page["results"]]
    return 200, page


@op("create_case_note")
def create_case_note(c: Call) -> Result:
    case = get_case(c)
    comment = c.field("comment", required=True, kind=str)
    stored = c.state.entities.casework.attachments
    attachments = []
    for i, given in enumerate(c.field("attachments", kind=list) or []):
        key = str((given or {}).get("s3_key") or "")
        if key not in stored or stored[key][0] != case["uuid"]:
            raise _field_error(f"attachments[{i}]", "Upload the file to this case first.")
        _, filename, content = stored[key]
        attachments.append({"s3_key": key, "filename": filename, "file_size": len(content)})
    email, name = actor(c)
    note = {
        "uuid": str(uuid.uuid4()),
        "comment": comment,
        "actor_email": email,
        "actor_name": name,
        "mentioned_emails": [str(e) for e in c.field("mentioned_emails", kind=list) or []],
        "is_internal": bool(c.field("is_internal")),
        "attachments": attachments,
        "tags": [str(t) for t in c.field("tags", kind=list) or []],
        "created_at": now_iso(c.state),
    }
    case["notes"].append(note)
    add_event(c, case, "NOTE_ADDED", note_uuid=note["uuid"])
    return 201, note_view(c, note)


@op("delete_case_note")
def delete_case_note(c: Call) -> Result:
    case = get_case(c)
    wanted = _uuid_or_404(c.path["note_uuid"])
    kept = [n for n in case["notes"] if n["uuid"] != wanted]
    if len(kept) == len(case["notes"]):
        raise ApiError(404, NOT_FOUND)
    case["notes"] = kept
    return 204, None


@op("upload_case_note_attachment")
def upload_case_note_attachment(c: Call) -> Result:
    case = get_case(c)
    content = c.files.get("file", b"")
    if not content:
        raise _field_error("file", "The submitted file is empty.")
    ext = next((e for magic, (e, _) in KINDS.items() if content.startswith(magic)), "bin")
    filename = f"attachment.{ext}"
    key = f"cases/{case['uuid']}/notes/{uuid.uuid4()}/{filename}"
    c.state.entities.casework.attachments[key] = (case["uuid"], filename, content)
    url = attachment_url(c, key)
    return 201, {"s3_key": key, "url": url, "filename": filename, "file_size": len(content)}


@op("get_case_note_attachment_url")
def get_case_noteattachment_url(c: Call) -> Result:
    case = get_case(c)
    key = c.query.get("s3_key", "")
    found = c.state.entities.casework.attachments.get(key)
    if found is None or found[0] != case["uuid"]:
        raise ApiError(404, NOT_FOUND)
    return 200, {"s3_key": key, "url": attachment_url(c, key), "filename": found[1]}


# --- links ---------------------------------------------------------------------------------


def _linked(c: Call, kind: str, wanted: str) -> dict[str, Any]:
    """A summary of the application's session, business session or transaction, or 400."""
    if kind in ("session", "business_session"):
        s = c.state.sessions.get(wanted)
        if s is not None and s.app_key == c.a.api_key and (kind == "session") == (s.kind == "user"):
            return {
                "session_id": s.session_id,
                "session_number": s.number,
                "status": s.status,
                "vendor_data": s.vendor_data,
            }
    else:
        for (app_key, _), tx in c.state.entities.transactions.items():
            if app_key == c.a.api_key and tx["uuid"] == wanted:
                return {
                    "transaction_id": tx["transaction_id"],
                    "status": tx["status"],
                    "vendor_data": tx["subject"].get("vendor_data"),
                }
    raise refuse(f"No {kind.replace('_', ' ')} {wanted} in this application.")


@op("list_case_links")
def list_case_links(c: Call) -> Result:
    return 200, get_case(c)["links"]


@op("create_case_link")
def create_case_link(c: Call) -> Result:
    case = get_case(c)
    kind = c.field("entity_type", required=True, kind=str)
    wanted = c.field("entity_uuid", required=True, kind=str).lower()
    summary = _linked(c, kind, wanted)
    if any(x["linked_entity_uuid"] == wanted for x in case["links"]):
        raise refuse("This entity is already linked to the case.")
    link = {
        "uuid": str(uuid.uuid4()),
        "linked_entity_type": kind,
        "linked_entity_uuid": wanted,
        "linked_entity_summary": summary,
        "created_at": now_iso(c.state),
    }
    case["links"].append(link)
    add_event(c, case, "LINK_ADDED", entity_type=kind, entity_uuid=wanted)
    return 201, link


@op("delete_case_link")
def delete_case_link(c: Call) -> Result:
    case = get_case(c)
    wanted = _uuid_or_404(c.path["link_uuid"])
    link = next((x for x in case["links"] if x["uuid"] == wanted), None)
    if link is None:
        raise ApiError(404, NOT_FOUND)
    case["links"].remove(link)
    add_event(
        c,
        case,
        "LINK_REMOVED",
        entity_type=link["linked_entity_type"],
        entity_uuid=link["linked_entity_uuid"],
    )
    return 204, None


# --- events, checklist, AML ----------------------------------------------------------------


@op("list_case_events")
def list_case_events(c: Call) -> Result:
    case = get_case(c)
    rows = [{k: v for k, v in e.items() if k != "_at"} for e in case["events"]]
    return 200, c.state.page(rows, c.query, _base(c, case, "events/"), 50)


@op("list_case_checklist")
def list_case_checklist(c: Call) -> Result:
    return 200, get_case(c)["checklist"]


@op("toggle_case_checklist_item")
def toggle_case_checklist_item(c: Call) -> Result:
    case = get_case(c)
    wanted = _uuid_or_404(c.path["item_uuid"])
    item = next((x for x in case["checklist"] if x["uuid"] == wanted), None)
    if item is None:
        raise ApiError(404, NOT_FOUND)
    done = c.field("is_completed", required=True, kind=bool)
    if done == item["is_completed"]:
        return 200, item
    item["is_completed"] = done
    item["completed_by"] = actor(c)[0] if done else None
    item["completed_at"] = now_iso(c.state) if done else None
    if done and all(x["is_completed"] for x in case["checklist"]):
        add_event(c, case, "CHECKLIST_COMPLETED")
    return 200, item


@op("list_case_aml_hits")
def list_case_aml_hits(c: Call) -> Result:
    case = get_case(c)
    hits = []
    for link in case["links"]:
        s = c.state.sessions.get(link["linked_entity_uuid"])
        if s is None or link["linked_entity_type"] == "transaction":
            continue
        for screening in c.state.decision(s).get("aml_screenings") or []:
            for hit in screening.get("hits") or []:
                hits.append({**hit, "session_id": s.session_id})
    return 200, hits


# --- analytics -----------------------------------------------------------------------------


def _hours(pairs: list[tuple[float, float]]) -> float:
    return round(sum(b - a for a, b in pairs) / len(pairs) / 3600, 2) if pairs else 0.0


def _first(case: dict[str, Any], event_type: str) -> float | None:
    return next((e["_at"] for e in case["events"] if e["event_type"] == event_type), None)


def _metrics(cases: list[dict[str, Any]]) -> dict[str, Any]:
    resolved = [x for x in cases if x["status"] == "RESOLVED"]
    assigned = [x for x in cases if x["assignments"]]

    def rate(part: int, whole: int) -> float:
        return round(part / whole, 4) if whole else 0.0

    to_assign = [(x["_created"], t) for x in cases if (t := _first(x, "ASSIGNED")) is not None]
    to_resolve = [(x["_created"], x["_resolved"]) for x in resolved]
    handling = [(t, x["_resolved"]) for x in resolved if (t := _first(x, "ASSIGNED")) is not None]
    return {
        "created": len(cases),
        "assigned": len(assigned),
        "resolved": len(resolved),
        "threat_rate": rate(
            sum(x["resolution"] == "VALID_THREAT" for x in resolved), len(resolved)
        ),
        "false_positive_rate": rate(
            sum(x["resolution"] == "FALSE_POSITIVE" for x in resolved), len(resolved)
        ),
        "unresolved": len(cases) - len(resolved),
        "reassignment_rate": rate(sum(x["assignments"] > 1 for x in assigned), len(assigned)),
        "escalation_rate": rate(sum(_first(x, "ESCALATED") is not None for x in cases), len(cases)),
        "avg_assign_hours": _hours(to_assign),
        "avg_resolve_hours": _hours(to_resolve),
        "avg_handling_hours": _hours(handling),
    }


def _table(cases: list[dict[str, Any]], key: Callable[[dict[str, Any]], str]) -> list[Any]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for case in cases:
        groups[key(case)].append(case)
    return [{"key": k, **_metrics(v)} for k, v in sorted(groups.items())]


@op("get_case_analytics")
def get_case_analytics(c: Call) -> Result:
    app = check_scope(c)
    work = c.state.entities.casework
    start, end = c.query.get("date_from", ""), c.query.get("date_to", "9999")
    cases = [
        x
        for x in work.cases.values()
        if x["app_key"] == app.api_key and start <= x["created_at"][:10] <= end
    ]
    days: dict[str, dict[str, int]] = defaultdict(lambda: {"created": 0, "reviewed": 0})
    for case in cases:
        days[case["created_at"][:10]]["created"] += 1
        if case["resolved_at"]:
            days[case["resolved_at"][:10]]["reviewed"] += 1
    names = {u: bp["name"] for u, bp in work.blueprints.items()}
    now = now_iso(c.state)
    unresolved = [x for x in cases if x["status"] != "RESOLVED"]
    return 200, {
        "series": [{"date": d, **v} for d, v in sorted(days.items())],
        "tables": {
            "officer": _table(cases, lambda x: (x["assigned"] or {}).get("email", "unassigned")),
            "blueprint": _table(cases, lambda x: names.get(x["blueprint"] or "", "none")),
            "source": _table(cases, lambda x: str(x["source"])),
            "status": _table(cases, lambda x: str(x["status"])),
        },
        "totals": _metrics(cases),
        "queue": {
            "open": len(unresolved),
            "overdue": sum((x["due_at"] or "9999") < now for x in unresolved),
        },
    }

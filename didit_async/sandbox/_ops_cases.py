"""Handlers for cases: create, read, change, and the status transitions Didit documents.

Statuses and what moves between them (each change lands on the case's event trail):

* ``OPEN`` → ``AWAITING_USER`` (``request-info``); any status but resolved back to ``OPEN``
  only in bulk; a resolution → ``RESOLVED``, at once, or, when the case's blueprint names a
  four-eyes checker blueprint, staged in ``pending_resolution`` until ``approve`` (→
  ``RESOLVED``) or ``reject-approval`` (stays open). The maker of a staged resolution is the
  assigned officer (the caller when nobody is assigned) and cannot approve or reject it
  (403); nothing staged answers 409.
* ``RESOLVED`` → ``OPEN`` (``reopen``); a resolved case refuses assignment, escalation,
  transfer and a second resolution (400 with ``detail``).
* ``escalate`` and ``transfer`` move an unresolved case to another blueprint and unassign it,
  when its blueprint allows it.
"""

from __future__ import annotations

import uuid
from typing import Any

from didit_async._generated.enums import CaseEventType

from ._case_state import actor, add_event, check_scope, file_url, note_view, now_iso
from ._ops_case_blueprints import (
    blueprint_detail,
    blueprint_summary,
    checklist_from,
    referenced,
)
from ._pdf import minimal_pdf
from ._registry import Call, Result, _uuid_or_404, op
from ._state import NOT_FOUND, ApiError, _field_error

__all__ = ["case_detail", "get_case", "refuse"]

assert {"RESOLVED", "SUBMITTED_FOR_APPROVAL"} <= {e.value for e in CaseEventType}
ORDERING = {"created_at", "-created_at", "due_at", "-due_at"}


def refuse(detail: str, status: int = 400) -> ApiError:
    """A transition the case's state does not allow, as Didit answers it."""
    return ApiError(status, {"detail": detail})


def get_case(c: Call) -> dict[str, Any]:
    """The case of the path, in the calling application, or 404."""
    check_scope(c)
    case = c.state.entities.casework.cases.get(_uuid_or_404(c.path["case_uuid"]))
    if case is None or case["app_key"] != c.a.api_key:
        raise ApiError(404, NOT_FOUND)
    return case


def _subject(c: Call, given: Any) -> dict[str, Any] | None:
    """A case's subject: an existing user or business of the application, by Didit id."""
    if not given:
        return None
    if not isinstance(given, dict) or given.get("type") not in ("user", "business"):
        raise _field_error("subject", "Give the subject's type (user or business) and uuid.")
    kind, wanted = given["type"], str(given.get("uuid") or "")
    store = c.state.users if kind == "user" else c.state.entities.businesses
    for (app_key, vendor_data), entity in store.items():
        if app_key == c.a.api_key and entity["didit_internal_id"] == wanted:
            name = entity.get("display_name") or entity.get("legal_name") or vendor_data
            return {"type": kind, "uuid": wanted, "name": name, "external_id": vendor_data}
    raise _field_error("subject", f"No {kind} with uuid {wanted} in this application.")


def _officer(user_id: str, email: Any = None, name: Any = None) -> dict[str, Any]:
    return {
        "uuid": user_id,
        "full_name": str(name or f"Officer {user_id[:8]}"),
        "email": str(email or f"officer-{user_id[:8]}@sandbox.didit.me"),
    }


def _open_load(c: Call, user_id: str) -> int:
    return sum(
        1
        for case in c.state.entities.casework.cases.values()
        if case["app_key"] == c.a.api_key
        and case["status"] != "RESOLVED"
        and (case["assigned"] or {}).get("uuid") == user_id
    )


def assign(c: Call, case: dict[str, Any], user_id: Any, email: Any, name: Any) -> None:
    """Give ``case`` to ``user_id`` (None: to nobody), under its blueprint's rules."""
    if case["status"] == "RESOLVED":
        raise refuse("A resolved case cannot be assigned; reopen it first.")
    if user_id is None:
        if case["assigned"] is not None:
            case["assigned"], case["assigned_at"] = None, None
            add_event(c, case, "UNASSIGNED")
        return
    user_id = str(user_id)
    bp = c.state.entities.casework.blueprints.get(case["blueprint"] or "")
    if bp is not None and bp["assignee_pool"] and user_id not in bp["assignee_pool"]:
        raise refuse(f"{user_id} is not in the assignee pool of blueprint {bp['name']}.")
    if (case["assigned"] or {}).get("uuid") == user_id:
        return
    cap = bp["max_active_cases"] if bp is not None else None
    if cap is not None and _open_load(c, user_id) >= cap:
        raise refuse(f"{user_id} already holds {cap} open cases, the blueprint's maximum.")
    case["assigned"] = _officer(user_id, email, name)
    case["assigned_at"] = now_iso(c.state)
    case["assignments"] += 1
    add_event(c, case, "ASSIGNED", assignee_user_id=user_id)


def set_status(c: Call, case: dict[str, Any], status: str) -> None:
    if case["status"] != status:
        previous, case["status"] = case["status"], status
        add_event(c, case, "STATUS_CHANGED", previous=previous, new=status)


def resolve(c: Call, case: dict[str, Any], resolution: str, note: str | None) -> None:
    """Resolve, or stage the resolution for a four-eyes checker; 400 when it cannot."""
    if case["status"] == "RESOLVED":
        raise refuse("The case is already resolved.")
    if case["pending"] is not None:
        raise refuse("A resolution is already waiting for approval.")
    bp = c.state.entities.casework.blueprints.get(case["blueprint"] or "")
    if bp is not None and bp["require_resolution_note"] and not note:
        raise refuse("This case's blueprint requires a resolution note.")
    if bp is not None and bp["four_eyes_checker_blueprint"]:
        email, name = actor(c)
        maker = case["assigned"] or {"email": email, "full_name": name}
        case["pending"] = {
            "resolution": resolution,
            "resolution_notes": note,
            "maker_email": maker["email"],
            "maker_name": maker["full_name"],
            "maker_blueprint_id": bp["uuid"],
            "staged_at": now_iso(c.state),
        }
        add_event(c, case, "SUBMITTED_FOR_APPROVAL", resolution=resolution)
        return
    _close(c, case, resolution, note)


def _close(c: Call, case: dict[str, Any], resolution: str, note: str | None) -> None:
    previous = case["status"]
    case.update(
        status="RESOLVED",
        resolution=resolution,
        resolution_notes=note,
        resolved_at=now_iso(c.state),
        resolved_by_email=actor(c)[0],
        pending=None,
        _resolved=c.state.clock.now(),
    )
    add_event(c, case, "RESOLVED", previous=previous, new="RESOLVED", resolution=resolution)


def case_row(c: Call, case: dict[str, Any]) -> dict[str, Any]:
    """The case as the list shows it."""
    keys = [
        "uuid",
        "case_number",
        "title",
        "status",
        "resolution",
        "priority",
        "source",
        "tags",
        "subject",
        "assigned_at",
        "due_at",
        "resolved_at",
        "created_by_email",
        "created_by_name",
        "created_at",
        "updated_at",
    ]
    return {
        **{k: case[k] for k in keys},
        "assigned_to": case["assigned"],
        "blueprint": blueprint_summary(c, case["blueprint"]),
        "links_count": len(case["links"]),
        "notes_count": len(case["notes"]),
        "application_id": c.a.uuid,
        "application_name": c.a.name,
        "organization_id": c.a.org_id,
        "organization_name": "Sandbox organization",
    }


def _public(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in row.items() if not k.startswith("_")} for row in rows]


def case_detail(c: Call, case: dict[str, Any]) -> dict[str, Any]:
    """The whole case, with its notes, events, links and checklist."""
    bp = c.state.entities.casework.blueprints.get(case["blueprint"] or "")
    row = case_row(c, case)
    for key in ("created_by_email", "created_by_name", "application_id", "application_name"):
        row.pop(key)
    for key in ("organization_id", "organization_name"):
        row.pop(key)
    return {
        **row,
        "resolution_notes": case["resolution_notes"],
        "resolved_by_email": case["resolved_by_email"],
        "pending_resolution": case["pending"],
        "metadata": case["metadata"],
        "blueprint": None if bp is None else blueprint_detail(c, bp),
        "notes": [note_view(c, n) for n in case["notes"]],
        "events": _public(case["events"]),
        "links": case["links"],
        "checklist_items": case["checklist"],
    }


# --- create, read, change ----------------------------------------------------------------


@op("create_case")
def create_case(c: Call) -> Result:
    app = check_scope(c)
    work = c.state.entities.casework
    ref = referenced(c, "blueprint", c.field("blueprint", kind=str))
    bp = work.blueprints.get(ref or "")
    number = work.numbers.get(app.api_key, 0) + 1
    work.numbers[app.api_key] = number
    email, name = actor(c)
    now = now_iso(c.state)
    case: dict[str, Any] = {
        "uuid": str(uuid.uuid4()),
        "app_key": app.api_key,
        "case_number": f"CASE-{number:05d}",
        "title": c.field("title", required=True, kind=str),
        "status": "OPEN",
        "resolution": None,
        "resolution_notes": None,
        "priority": c.field("priority", kind=str) or "MEDIUM",
        "source": "MANUAL",
        "tags": [str(t) for t in c.field("tags", kind=list) or []],
        "subject": _subject(c, c.field("subject")),
        "assigned": None,
        "assigned_at": None,
        "assignments": 0,
        "due_at": c.field("due_at", kind=str),
        "resolved_at": None,
        "resolved_by_email": None,
        "pending": None,
        "metadata": {"links": c.field("links", kind=list) or []},
        "blueprint": None if bp is None else bp["uuid"],
        "notes": [],
        "events": [],
        "links": [],
        "checklist": checklist_from(bp),
        "created_by_email": email,
        "created_by_name": name,
        "created_at": now,
        "updated_at": now,
        "_created": c.state.clock.now(),
    }
    add_event(c, case, "CREATED", new="OPEN")
    assignee = c.field("assigned_to", kind=str)
    if assignee is not None:
        assign(c, case, assignee, None, None)
    elif bp is not None and bp["assignment_method"] == "AUTOMATIC" and bp["assignee_pool"]:
        pool = [str(u) for u in bp["assignee_pool"]]
        assign(c, case, min(pool, key=lambda u: (_open_load(c, u), pool.index(u))), None, None)
    work.cases[case["uuid"]] = case
    work.case_order.append(case["uuid"])
    return 201, case_detail(c, case)


def _matches(c: Call, case: dict[str, Any]) -> bool:
    q = c.query
    day = case["created_at"][:10]
    checks = [
        "status__in" not in q or case["status"] in q["status__in"].split(","),
        "source__in" not in q or case["source"] in q["source__in"].split(","),
        "priority" not in q or case["priority"] == q["priority"],
        "blueprint" not in q or case["blueprint"] == q["blueprint"],
        "assigned_to" not in q or (case["assigned"] or {}).get("uuid") == q["assigned_to"],
        q.get("unassigned") != "true" or case["assigned"] is None,
        "tag" not in q or q["tag"] in case["tags"],
        "search" not in q
        or q["search"].lower() in (case["title"] + " " + case["case_number"]).lower(),
        "date_from" not in q or day >= q["date_from"],
        "date_to" not in q or day <= q["date_to"],
        "due_before" not in q or (case["due_at"] or "9999") < q["due_before"],
        q.get("overdue") != "true"
        or (case["status"] != "RESOLVED" and (case["due_at"] or "9999") < now_iso(c.state)),
    ]
    return all(checks)


@op("list_cases")
def list_cases(c: Call) -> Result:
    app = check_scope(c)
    work = c.state.entities.casework
    ordering = c.query.get("ordering", "-created_at")
    if ordering not in ORDERING:
        raise _field_error("ordering", f'"{ordering}" is not a valid choice.')
    rows = [
        work.cases[u]
        for u in work.case_order
        if work.cases[u]["app_key"] == app.api_key and _matches(c, work.cases[u])
    ]
    key = ordering.lstrip("-")
    rows.sort(key=lambda x: (x[key] or "", x["_created"]), reverse=ordering.startswith("-"))
    path = f"/v3/organization/{app.org_id}/application/{app.uuid}/cases/"
    return 200, c.state.page(rows, c.query, path, 50, render=lambda x: case_row(c, x))


@op("get_case")
def get_case_op(c: Call) -> Result:
    return 200, case_detail(c, get_case(c))


@op("update_case")
def update_case(c: Call) -> Result:
    case = get_case(c)
    body = c.body if isinstance(c.body, dict) else {}
    if "title" in body:
        case["title"] = c.field("title", kind=str) or case["title"]
    if "priority" in body and body["priority"] != case["priority"]:
        old, case["priority"] = case["priority"], body["priority"]
        add_event(c, case, "PRIORITY_CHANGED", previous_priority=old, priority=body["priority"])
    if "due_at" in body and body["due_at"] != case["due_at"]:
        case["due_at"] = body["due_at"]
        add_event(c, case, "DUE_DATE_CHANGED", due_at=body["due_at"])
    if "tags" in body:
        new = [str(t) for t in body.get("tags") or []]
        for tag in [t for t in new if t not in case["tags"]]:
            add_event(c, case, "TAG_ADDED", tag=tag)
        for tag in [t for t in case["tags"] if t not in new]:
            add_event(c, case, "TAG_REMOVED", tag=tag)
        case["tags"] = new
    case["updated_at"] = now_iso(c.state)
    return 200, case_detail(c, case)


@op("delete_case")
def delete_case(c: Call) -> Result:
    case = get_case(c)
    work = c.state.entities.casework
    del work.cases[case["uuid"]]
    work.case_order.remove(case["uuid"])
    return 204, None


# --- transitions -------------------------------------------------------------------------


@op("assign_case")
def assign_case(c: Call) -> Result:
    case = get_case(c)
    body = c.body if isinstance(c.body, dict) else {}
    if "assignee_user_id" not in body:
        raise _field_error("assignee_user_id", "This field is required.")
    assign(c, case, body["assignee_user_id"], body.get("assignee_email"), body.get("assignee_name"))
    return 200, case_detail(c, case)


@op("resolve_case")
def resolve_case(c: Call) -> Result:
    case = get_case(c)
    resolve(c, case, c.field("resolution", required=True, kind=str), c.field("note", kind=str))
    return 200, case_detail(c, case)


@op("reopen_case")
def reopen_case(c: Call) -> Result:
    case = get_case(c)
    if case["status"] != "RESOLVED":
        raise refuse("Only a resolved case can be reopened.")
    case.update(status="OPEN", resolution=None, resolution_notes=None, resolved_at=None)
    case["resolved_by_email"] = None
    add_event(c, case, "REOPENED", previous="RESOLVED", new="OPEN")
    return 200, case_detail(c, case)


@op("request_case_info")
def request_case_info(c: Call) -> Result:
    case = get_case(c)
    if case["status"] != "OPEN":
        raise refuse(f"Only an open case can wait for the user; this one is {case['status']}.")
    set_status(c, case, "AWAITING_USER")
    return 200, case_detail(c, case)


def _move(c: Call, case: dict[str, Any], target: dict[str, Any], event: str) -> None:
    previous = case["blueprint"]
    case["blueprint"] = target["uuid"]
    if case["assigned"] is not None:
        case["assigned"], case["assigned_at"] = None, None
    add_event(c, case, event, from_blueprint=previous, to_blueprint=target["uuid"])


@op("escalate_case")
def escalate_case(c: Call) -> Result:
    case = get_case(c)
    if case["status"] == "RESOLVED":
        raise refuse("A resolved case cannot be escalated.")
    bp = c.state.entities.casework.blueprints.get(case["blueprint"] or "")
    if bp is None or not bp["escalation_enabled"] or not bp["escalation_blueprint"]:
        raise refuse("This case's blueprint does not allow escalation.")
    target = c.state.entities.casework.blueprints.get(bp["escalation_blueprint"])
    if target is None:
        raise refuse("The escalation blueprint no longer exists.")
    _move(c, case, target, "ESCALATED")
    return 200, case_detail(c, case)


@op("transfer_case")
def transfer_case(c: Call) -> Result:
    case = get_case(c)
    wanted = c.field("target_blueprint", required=True, kind=str)
    if case["status"] == "RESOLVED":
        raise refuse("A resolved case cannot be transferred.")
    bp = c.state.entities.casework.blueprints.get(case["blueprint"] or "")
    if bp is None or not bp["transfer_enabled"]:
        raise refuse("This case's blueprint does not allow transfers.")
    target = c.state.entities.casework.blueprints.get(wanted)
    if target is None or target["app_key"] != c.a.api_key:
        raise _field_error("target_blueprint", f'Invalid pk "{wanted}" - object does not exist.')
    if target["uuid"] == bp["uuid"]:
        raise refuse("The case is already under this blueprint.")
    _move(c, case, target, "TRANSFERRED")
    return 200, case_detail(c, case)


def _staged(c: Call) -> tuple[dict[str, Any], dict[str, Any]]:
    case = get_case(c)
    pending = case["pending"]
    if pending is None:
        raise refuse("No resolution is waiting for approval.", 409)
    if pending["maker_email"] == actor(c)[0]:
        raise refuse("The maker of a resolution cannot approve or reject it.", 403)
    return case, pending


@op("approve_case_resolution")
def approve_case_resolution(c: Call) -> Result:
    case, pending = _staged(c)
    add_event(c, case, "APPROVAL_GRANTED", maker_email=pending["maker_email"])
    _close(c, case, pending["resolution"], pending["resolution_notes"])
    return 200, case_detail(c, case)


@op("reject_case_resolution")
def reject_case_resolution(c: Call) -> Result:
    case, _ = _staged(c)
    case["pending"] = None
    add_event(c, case, "APPROVAL_REJECTED", notes=c.field("notes", kind=str))
    return 200, case_detail(c, case)


@op("apply_case_entity_action")
def apply_case_entity_action(c: Call) -> Result:
    case = get_case(c)
    subject = case["subject"]
    if subject is None:
        raise refuse("The case has no subject to act on.")
    action = c.field("action", required=True, kind=str)
    kind, vendor_data = subject["type"], subject["external_id"]
    store = c.state.users if kind == "user" else c.state.entities.businesses
    entity = store.get((c.a.api_key, vendor_data))
    if entity is None:
        raise refuse(f"The case's {kind} no longer exists.")
    if action == "set_status":
        status = c.field("status", kind=str)
        if status not in ("ACTIVE", "FLAGGED", "BLOCKED"):
            raise _field_error("status", "Give the new status: ACTIVE, FLAGGED or BLOCKED.")
        entity["status"] = status
    elif action == "add_tags":
        tags = c.field("tags", kind=list)
        if not tags:
            raise _field_error("tags", "Give at least one tag.")
        entity.setdefault("tags", [])
        entity["tags"] += [str(t) for t in tags if str(t) not in entity["tags"]]
    elif action == "add_note":
        note = c.field("note", kind=str)
        if not note:
            raise _field_error("note", "Give the note.")
        entity.setdefault("notes", []).append(note)
    else:
        entity["status"] = "BLOCKED"
    entity["updated_at"] = now_iso(c.state)
    add_event(c, case, "ENTITY_ACTION", action=action, entity_type=kind)
    return 200, {"entity_type": kind, "entity_uuid": subject["uuid"], "action": action}


@op("print_case")
def print_case(c: Call) -> Result:
    case = get_case(c)
    lines = [
        f"Case {case['case_number']}: {case['title']}",
        f"Status: {case['status']}  Priority: {case['priority']}",
        f"Resolution: {case['resolution'] or '-'}",
        *(f"{e['created_at']} {e['event_type']}" for e in case["events"]),
    ]
    return 200, {"url": file_url(c.state, minimal_pdf(lines), "application/pdf")}


# --- bulk ----------------------------------------------------------------------------------


def _bulk(c: Call, each: Any) -> Result:
    check_scope(c)
    work = c.state.entities.casework
    updated, failures = 0, []
    for raw in c.field("case_uuids", required=True, kind=list):
        case = work.cases.get(str(raw))
        try:
            if case is None or case["app_key"] != c.a.api_key:
                raise refuse("Not found.", 404)
            each(case)
            updated += 1
        except ApiError as exc:
            detail = exc.body.get("detail") if isinstance(exc.body, dict) else None
            failures.append({"case_uuid": str(raw), "detail": str(detail or exc.body)})
    return 200, {"updated": updated, "failures": failures}


@op("bulk_update_case_status")
def bulk_update_case_status(c: Call) -> Result:
    status = c.field("status", required=True, kind=str)
    resolution = c.field("resolution", kind=str)
    if status == "RESOLVED" and resolution is None:
        raise _field_error("resolution", "A resolution is required to resolve cases.")

    def each(case: dict[str, Any]) -> None:
        if status == "RESOLVED":
            resolve(c, case, str(resolution), c.field("note", kind=str))
        elif case["status"] == "RESOLVED":
            raise refuse("A resolved case must be reopened first.")
        else:
            set_status(c, case, status)

    return _bulk(c, each)


@op("bulk_assign_cases")
def bulk_assign_cases(c: Call) -> Result:
    body = c.body if isinstance(c.body, dict) else {}
    if "assignee_user_id" not in body:
        raise _field_error("assignee_user_id", "This field is required.")
    user = body["assignee_user_id"]
    return _bulk(
        c, lambda case: assign(c, case, user, body.get("assignee_email"), body.get("assignee_name"))
    )

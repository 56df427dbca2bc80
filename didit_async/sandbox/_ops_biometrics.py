"""Handlers for biometric templates: the face templates kept from finished sessions.

A session whose workflow has a face step (LIVENESS or FACE_MATCH) leaves one template when it
is decided (Approved, Declined or In Review): ``source_type: automatic_retention``, status
``active``, kept for 3 years (``expires_at``). Templates are made when the application next
reads or purges them, so nothing is kept for sessions still running. A purge erases the
template for good: it stays listed with ``status: purged`` and ``purged_at`` (Didit keeps the
record of the erasure), and purging it again answers ``already_purged``.
"""

from __future__ import annotations

import datetime
import uuid
from typing import Any

from ._registry import Call, Result, _uuid_or_404, op
from ._state import DECIDED, NOT_FOUND, ApiError, _field_error, _iso

FACE_STEPS = frozenset({"LIVENESS", "FACE_MATCH"})
RETENTION_SECONDS = 3 * 365 * 86400.0
_FILTERS = ("vendor_data", "vendor_user_uuid", "status", "source_type")


def _harvest(c: Call) -> None:
    """Make the templates of the application's decided sessions with a face step."""
    rest = c.state.entities.rest
    for s in c.state.sessions.values():
        if s.app_key != c.a.api_key or s.status not in DECIDED:
            continue
        if s.session_id in rest.templated_sessions:
            continue
        workflow = c.state.workflows.get(s.workflow_id, {})
        features = set(workflow.get("features_list", ["LIVENESS", "FACE_MATCH"]))
        if not features & FACE_STEPS:
            continue
        rest.templated_sessions.add(s.session_id)
        now = c.state.clock.now()
        user = c.state.users.get((s.app_key, s.vendor_data or "")) or {}
        template: dict[str, Any] = {
            "uuid": str(uuid.uuid4()),
            "vendor_user_uuid": user.get("didit_internal_id")
            or str(uuid.uuid5(uuid.NAMESPACE_URL, s.vendor_data or s.session_id)),
            "vendor_data": s.vendor_data,
            "source_type": "automatic_retention",
            "provenance_reference": s.session_id,
            "retention_policy": "retain_until_user_deleted",
            "retention_override": None,
            "retained_at": _iso(now),
            "expires_at": _iso(now + RETENTION_SECONDS),
            "retained_by": None,
            "retained_by_type": "SYSTEM",
            "instruction_class": "operational_session_delete",
            "instruction_source": "automatic_retention",
            "instruction_id": f"retain-{s.session_id}",
            "held_out_of_use": False,
            "status": "active",
            "purged_at": None,
            "_app": s.app_key,
            "_at": now,
        }
        rest.templates[template["uuid"]] = template


def _view(t: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in t.items() if not k.startswith("_")}


def _when(raw: str | None, name: str) -> float | None:
    if raw is None:
        return None
    try:
        return datetime.datetime.fromisoformat(raw.replace("Z", "+00:00")).timestamp()
    except ValueError:
        raise _field_error(name, "Enter a valid date/time.") from None


def _matching(c: Call, filters: dict[str, Any]) -> list[dict[str, Any]]:
    _harvest(c)
    since = _when(filters.get("retained_from"), "retained_from")
    until = _when(filters.get("retained_to"), "retained_to")
    return [
        t
        for t in c.state.entities.rest.templates.values()
        if t["_app"] == c.a.api_key
        and all(filters.get(k) in (None, t[k]) for k in _FILTERS)
        and (since is None or t["_at"] >= since)
        and (until is None or t["_at"] <= until)
    ]


@op("biometric_templates_list")
def templates_list(c: Call) -> Result:
    rows = _matching(c, c.query)
    order = c.query.get("ordering", "-retained_at")
    field = "_at" if order.lstrip("-") == "retained_at" else "expires_at"
    rows.sort(key=lambda t: t[field], reverse=order.startswith("-"))
    return 200, c.state.page(rows, c.query, "/v3/biometric-templates/", 50, render=_view)


@op("biometric_templates_count")
def templates_count(c: Call) -> Result:
    return 200, {"count": len(_matching(c, c.query))}


def _template(c: Call) -> dict[str, Any]:
    _harvest(c)
    template = c.state.entities.rest.templates.get(_uuid_or_404(c.path["template_uuid"]))
    if template is None or template["_app"] != c.a.api_key:
        raise ApiError(404, NOT_FOUND)
    return template


@op("biometric_templates_retrieve")
def templates_retrieve(c: Call) -> Result:
    return 200, _view(_template(c))


def _purge(c: Call, template: dict[str, Any]) -> dict[str, str]:
    if template["status"] == "purged":
        return {"uuid": template["uuid"], "outcome": "already_purged"}
    template["status"] = "purged"
    template["purged_at"] = _iso(c.state.clock.now())
    template["instruction_source"] = "explicit_template_purge"
    return {"uuid": template["uuid"], "outcome": "purged"}


@op("biometric_templates_purge")
def templates_purge(c: Call) -> Result:
    return 200, _purge(c, _template(c))


@op("biometric_templates_bulk_purge")
def templates_bulk_purge(c: Call) -> Result:
    wanted = c.field("template_uuids", kind=list)
    if c.field("delete_all"):
        doomed = _matching(c, c.body)
    elif wanted:
        _harvest(c)
        templates = c.state.entities.rest.templates
        doomed = [
            templates[u]
            for u in dict.fromkeys(str(x) for x in wanted)
            if u in templates and templates[u]["_app"] == c.a.api_key
        ]
    else:
        raise _field_error("template_uuids", "Give template_uuids, or delete_all: true.")
    return 200, {"results": [_purge(c, t) for t in doomed]}

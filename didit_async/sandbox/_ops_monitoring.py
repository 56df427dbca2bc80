"""Handlers for ongoing AML monitoring: the toggles for users and businesses, and their jobs.

A toggle names its entities by ``vendor_data_list`` and/or ``didit_internal_id_list``; names
that match nothing are listed in ``unmatched``. ``estimate_only`` answers the estimate (200)
and changes nothing. Otherwise a job starts (202, PENDING): one second later (sandbox clock) it
is PROCESSING with half the entities done, two seconds later COMPLETED. Per entity: turning on
an entity already monitored is ``already_enabled``; a BLOCKED one is ``skipped_blocked``; one
without identity data (a user with no approved session, a business with no legal name) is
``skipped_no_identity_data``; a user or business with identity data is ``screened_and_enabled``
(screened first, then monitored). Turning off is ``disabled``.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from ._registry import Call, Result, _uuid_or_404, op
from ._state import NOT_FOUND, ApiError, _field_error, _iso

__all__ = ["find_job", "job_view", "start_job"]

SCREENING_COST = 0.1
ANNUAL_COST = 1.2
_OUTCOMES = (
    "enabled",
    "screened_and_enabled",
    "already_enabled",
    "disabled",
    "skipped_no_identity_data",
    "skipped_blocked",
    "skipped_sandbox",
    "failed_provider",
    "failed_insufficient_balance",
)


def _targets(
    c: Call, kind: str, only: set[str] | None = None
) -> tuple[list[dict[str, Any]], list[str]]:
    store = c.state.users if kind == "user" else c.state.entities.businesses
    mine = {
        vd: e
        for (app, vd), e in store.items()
        if app == c.a.api_key and (only is None or vd in only)
    }
    by_id = {e["didit_internal_id"]: e for e in mine.values()}
    found: dict[str, dict[str, Any]] = {}
    unmatched: list[str] = []
    if c.field("update_all"):
        search = str(c.field("filter_search") or "").lower()
        statuses = c.field("filter_status", kind=list) or []
        for each in mine.values():
            if search in str(each["vendor_data"]).lower() and (
                not statuses or each.get("status") in statuses
            ):
                found[each["didit_internal_id"]] = each
    for name in c.field("vendor_data_list", kind=list) or []:
        entity = mine.get(str(name))
        if entity is None:
            unmatched.append(str(name))
        else:
            found[entity["didit_internal_id"]] = entity
    for raw in c.field("didit_internal_id_list", kind=list) or []:
        entity = by_id.get(str(raw))
        if entity is None:
            unmatched.append(str(raw))
        else:
            found[entity["didit_internal_id"]] = entity
    if not found and not unmatched and not c.field("update_all"):
        raise _field_error("vendor_data_list", "Name at least one entity.")
    return list(found.values()), unmatched


def _identified(kind: str, entity: dict[str, Any]) -> bool:
    if kind == "user":
        return bool(entity.get("approved_count"))
    return bool(entity.get("legal_name"))


def _outcome(c: Call, kind: str, entity: dict[str, Any], on: bool) -> str:
    key = (c.a.api_key, kind, entity["didit_internal_id"])
    monitored = c.state.entities.rest.monitored
    if not on:
        monitored.discard(key)
        return "disabled"
    if key in monitored:
        return "already_enabled"
    if entity.get("status") == "BLOCKED":
        return "skipped_blocked"
    if not _identified(kind, entity):
        return "skipped_no_identity_data"
    monitored.add(key)
    return "screened_and_enabled"


def _estimate(c: Call, kind: str, entities: list[dict[str, Any]]) -> dict[str, Any]:
    monitored = c.state.entities.rest.monitored
    already = sum((c.a.api_key, kind, e["didit_internal_id"]) in monitored for e in entities)
    blocked = sum(e.get("status") == "BLOCKED" for e in entities)
    no_data = sum(not _identified(kind, e) and e.get("status") != "BLOCKED" for e in entities)
    needing = len(entities) - already - blocked - no_data
    cost = round(needing * SCREENING_COST, 2)
    return {
        "users_total": len(entities),
        "already_enabled": already,
        "with_existing_aml": 0,
        "needing_screening": needing,
        "skipped_no_identity_data": no_data,
        "skipped_blocked": blocked,
        "estimated_screening_cost_usd": cost,
        "estimated_annual_monitoring_cost_usd": round((len(entities) - blocked) * ANNUAL_COST, 2),
        "balance_sufficient": c.a.balance >= Decimal(str(cost)),
    }


def start_job(c: Call, kind: str, *, scope: str = "", only: set[str] | None = None) -> Result:
    """A toggle: the estimate (``estimate_only``) or a new job for ``kind`` entities (those
    named ``only`` when given); ``scope`` names the endpoint family its job is read back on."""
    on = c.field("is_enabled", required=True, kind=bool)
    entities, unmatched = _targets(c, kind, only)
    estimate = _estimate(c, kind, entities)
    if c.field("estimate_only"):
        return 200, {**estimate, "unmatched": unmatched}
    now = c.state.clock.now()
    job = {
        "job_id": str(uuid.uuid4()),
        "is_enabled": on,
        "target_type": kind,
        "total": len(entities),
        "created_at": _iso(now),
        "estimate": estimate,
        "unmatched": unmatched,
        "_app": c.a.api_key,
        "_scope": scope,
        "_at": now,
        "_results": [
            {
                "didit_internal_id": e["didit_internal_id"],
                "vendor_data": e.get("vendor_data"),
                "outcome": _outcome(c, kind, e, on),
            }
            for e in entities
        ],
    }
    c.state.entities.rest.monitoring_jobs[job["job_id"]] = job
    return 202, job_view(c.state.clock.now(), job, toggle=True)


def job_view(now: float, job: dict[str, Any], *, toggle: bool = False) -> dict[str, Any]:
    """The job as it stands at ``now`` (PENDING, then PROCESSING after 1 s, COMPLETED after 2 s)."""
    elapsed = now - job["_at"]
    results = job["_results"]
    status, done = "PENDING", []
    if elapsed >= 2:
        status, done = "COMPLETED", results
    elif elapsed >= 1:
        status, done = "PROCESSING", results[: len(results) // 2]
    outcomes = {name: sum(r["outcome"] == name for r in done) for name in _OUTCOMES}
    view = {
        "job_id": job["job_id"],
        "status": status,
        "is_enabled": job["is_enabled"],
        "target_type": job["target_type"],
        "total": job["total"],
        "processed": len(done),
        "outcomes": outcomes,
        "results": done,
        "error": None,
        "created_at": job["created_at"],
        "completed_at": _iso(job["_at"] + 2) if status == "COMPLETED" else None,
    }
    if toggle:
        view.update(estimate=job["estimate"], unmatched=job["unmatched"])
    return view


@op("users_toggle_aml_monitoring")
def users_toggle(c: Call) -> Result:
    return start_job(c, "user")


@op("businesses_toggle_aml_monitoring")
def businesses_toggle(c: Call) -> Result:
    return start_job(c, "business")


def find_job(c: Call, scope: str | None = None) -> dict[str, Any]:
    """The job in the path, of this application (and of ``scope`` when given)."""
    job = c.state.entities.rest.monitoring_jobs.get(_uuid_or_404(c.path["job_id"]))
    if job is None or job["_app"] != c.a.api_key or scope not in (None, job["_scope"]):
        raise ApiError(404, NOT_FOUND)
    return job


@op("aml_retrieve_monitoring_job")
def retrieve_job(c: Call) -> Result:
    return 200, job_view(c.state.clock.now(), find_job(c))

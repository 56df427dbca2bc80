"""Handlers for business entities (KYB) and company-registry search.

A business is keyed by ``vendor_data`` like a user. It is created by hand, by a KYB session
(a session on a workflow with a ``KYB_*`` feature; the session's ``session_kind`` is
``business``), by an import, or by selecting a registry record with ``vendor_data``. Its
session counters are read from those sessions. Status changes send ``business.status.updated``
and profile changes ``business.data.updated`` (flat payloads with ``changed_fields`` and
``changes``), to destinations subscribed to them.

Registry search is deterministic: a name gives three candidates (``<name> Ltd``, ``<name>
Holdings``, ``<name> Group``), a registration number one; the registry record behind each is
stable for its inputs.
"""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

from ._entity_events import emit_entity
from ._registry import Call, Result, op
from ._state import NOT_FOUND, ApiError, Application, SandboxState, _field_error, _iso

__all__ = ["business_for_session", "new_business"]

STATUSES = ("ACTIVE", "FLAGGED", "BLOCKED")
PROFILE = ("display_name", "legal_name", "registration_number", "country_code", "metadata")
FINAL_COUNTS = {"Approved": "approved_count", "Declined": "declined_count"}


def new_business(state: SandboxState, app: Application, vendor_data: str) -> dict[str, Any]:
    """The business ``vendor_data`` of ``app``, created (ACTIVE, empty profile) if new."""
    key = (app.api_key, vendor_data)
    found = state.entities.businesses.get(key)
    if found is None:
        now = _iso(state.clock.now())
        found = {
            "vendor_data": vendor_data,
            "didit_internal_id": str(uuid.uuid4()),
            "display_name": None,
            "legal_name": None,
            "registration_number": None,
            "country_code": None,
            "status": "ACTIVE",
            "metadata": {},
            "created_at": now,
            "updated_at": now,
        }
        state.entities.businesses[key] = found
    return found


def business_for_session(state: SandboxState, app: Application, vendor_data: str) -> None:
    """A KYB session on ``vendor_data`` makes sure its business exists."""
    new_business(state, app, vendor_data)


def _view(state: SandboxState, app_key: str, b: dict[str, Any]) -> dict[str, Any]:
    sessions = [
        s
        for sid in state.by_vendor.get((app_key, b["vendor_data"]), [])
        if (s := state.sessions.get(sid)) is not None and s.kind == "business"
    ]
    counts = {"approved_count": 0, "declined_count": 0, "in_review_count": 0}
    for s in sessions:
        if s.status == "Approved":
            counts["approved_count"] += 1
        elif s.status == "Declined":
            counts["declined_count"] += 1
        elif s.status == "In Review":
            counts["in_review_count"] += 1
    last = max((s.created for s in sessions), default=None)
    return {
        **b,
        "session_count": len(sessions),
        **counts,
        "last_session_at": _iso(last) if last is not None else None,
    }


def _get(c: Call) -> dict[str, Any]:
    b = c.state.entities.businesses.get((c.a.api_key, c.path["vendor_data"]))
    if b is None:
        raise ApiError(404, NOT_FOUND)
    return b


def _status(value: Any) -> str:
    if value not in STATUSES:
        raise _field_error("status", f'"{value}" is not a valid choice.')
    return str(value)


def _set_status(c: Call, b: dict[str, Any], status: str) -> None:
    previous = b["status"]
    if previous == status:
        return
    b["status"] = status
    b["updated_at"] = _iso(c.state.clock.now())
    emit_entity(
        c.state,
        c.a,
        "business.status.updated",
        {
            "vendor_data": b["vendor_data"],
            "uuid": b["didit_internal_id"],
            "status": status,
            "previous_status": previous,
        },
    )


def _apply_profile(c: Call, b: dict[str, Any], body: dict[str, Any]) -> None:
    changes = {
        k: {"previous": b.get(k), "current": body[k]}
        for k in PROFILE
        if k in body and body[k] != b.get(k)
    }
    for k, change in changes.items():
        b[k] = change["current"]
    if changes:
        b["updated_at"] = _iso(c.state.clock.now())
        emit_entity(
            c.state,
            c.a,
            "business.data.updated",
            {
                "vendor_data": b["vendor_data"],
                "uuid": b["didit_internal_id"],
                "changed_fields": sorted(changes),
                "changes": changes,
            },
        )


@op("businesses_list")
def businesses_list(c: Call) -> Result:
    status = c.query.get("status")
    if status is not None:
        _status(status)
    search = c.query.get("search")
    rows = [
        b
        for (key, _), b in sorted(
            c.state.entities.businesses.items(), key=lambda kv: kv[1]["created_at"], reverse=True
        )
        if key == c.a.api_key
        and (status is None or b["status"] == status)
        and (
            not search
            or search in b["vendor_data"]
            or search.lower() in str(b.get("legal_name") or "").lower()
        )
    ]
    return 200, c.state.page(
        rows,
        c.query,
        "/v3/businesses/",
        50,
        render=lambda b: _view(c.state, c.a.api_key, b),
        max_limit=200,
    )


@op("businesses_create")
def businesses_create(c: Call) -> Result:
    # Optional in Didit's published schema: a business created without one gets an id.
    vendor_data = str(c.field("vendor_data", kind=str) or f"business-{uuid.uuid4()}")
    if (c.a.api_key, vendor_data) in c.state.entities.businesses:
        raise ApiError(409, {"detail": "A business with this vendor_data already exists."})
    b = new_business(c.state, c.a, vendor_data)
    for k in PROFILE:
        if c.field(k) is not None:
            b[k] = c.body[k]
    if c.field("status") is not None:
        b["status"] = _status(c.body["status"])
    return 201, _view(c.state, c.a.api_key, b)


@op("businesses_retrieve")
def businesses_retrieve(c: Call) -> Result:
    return 200, _view(c.state, c.a.api_key, _get(c))


@op("businesses_update")
def businesses_update(c: Call) -> Result:
    b = _get(c)
    body = c.body if isinstance(c.body, dict) else {}
    status = _status(body["status"]) if body.get("status") is not None else None
    _apply_profile(c, b, body)
    if status is not None:
        _set_status(c, b, status)
    return 200, _view(c.state, c.a.api_key, b)


@op("businesses_update_status")
def businesses_update_status(c: Call) -> Result:
    b = _get(c)
    _set_status(c, b, _status(c.field("status", required=True)))
    return 200, _view(c.state, c.a.api_key, b)


@op("businesses_batch_delete")
def businesses_batch_delete(c: Call) -> Result:
    by_vendor = set(c.field("vendor_data_list", kind=list) or [])
    by_id = set(c.field("didit_internal_id_list", kind=list) or [])
    every = c.field("delete_all") is True
    if not by_vendor and not by_id and not every:
        raise _field_error(
            "vendor_data_list", "Provide vendor_data_list, didit_internal_id_list or delete_all."
        )
    doomed = [
        key
        for key, b in c.state.entities.businesses.items()
        if key[0] == c.a.api_key
        and (every or key[1] in by_vendor or b["didit_internal_id"] in by_id)
    ]
    for key in doomed:
        del c.state.entities.businesses[key]
    return 200, {
        "deleted": len(doomed),  # Didit's published field; deleted_count as the docs pages say
        "deleted_count": len(doomed),
        "message": f"Deleted {len(doomed)} businesses.",
    }


# --- registry search -------------------------------------------------------------------------


def _record(candidate: dict[str, Any]) -> dict[str, Any]:
    seed = hashlib.sha256(candidate["kyb_response_id"].encode()).hexdigest()
    year = 1990 + int(seed[:2], 16) % 35
    return {
        "kyb_response_id": candidate["kyb_response_id"],
        "name": candidate["name"],
        "legal_name": candidate["name"],
        "registration_number": candidate["registration_number"],
        "country_code": candidate["country_code"],
        "status": "active",
        "incorporation_date": f"{year}-0{1 + int(seed[2], 16) % 9}-1{int(seed[3], 16) % 10}",
        "address": candidate["address"],
        "officers": [
            {"name": "Alex Director", "role": "director", "appointed_on": f"{year}-06-01"},
            {"name": "Sam Secretary", "role": "secretary", "appointed_on": f"{year + 1}-01-15"},
        ],
    }


@op("kyb_search")
def kyb_search(c: Call) -> Result:
    country = str(c.field("country_code", required=True, kind=str))
    name = c.field("name", kind=str)
    number = c.field("registration_number", kind=str)
    if not name and not number:
        raise _field_error("name", "Provide a name or a registration number.")
    if number:
        names = [name or f"Company {number}"]
    else:
        names = [f"{name} Ltd", f"{name} Holdings", f"{name} Group"]
    results = []
    for i, company in enumerate(names):
        digest = hashlib.sha256(f"{country}|{company}".encode()).hexdigest()
        candidate = {
            "kyb_response_id": str(uuid.uuid4()),
            "name": company,
            "registration_number": number or digest[:8].upper(),
            "country_code": country,
            "status": "active",
            "address": f"{10 + i} Registry Street, {country}",
        }
        c.state.entities.kyb_candidates[candidate["kyb_response_id"]] = {
            **candidate,
            "app_key": c.a.api_key,
        }
        results.append(candidate)
    # Didit's published answer nests the candidates under `kyb_registry`; the flat
    # `count`/`results` of the docs pages stay beside it.
    return 200, {
        "request_id": str(uuid.uuid4()),
        "kyb_registry": {
            "companies": [
                {
                    **{k: r[k] for k in ("kyb_response_id", "name", "registration_number")},
                    "status": "active",
                    "type": "company",
                    "risk_level": "low",
                    "fetch_status": "resolved",
                }
                for r in results
            ],
            "pagination": {"total": len(results), "page": 1, "per_page": len(results)},
            "search_status": "resolved",
            "search_resolved": True,
        },
        "vendor_data": c.field("vendor_data", kind=str),
        "metadata": c.field("metadata"),
        "created_at": _iso(c.state.clock.now()),
        "count": len(results),
        "results": results,
    }


@op("kyb_select")
def kyb_select(c: Call) -> Result:
    handle = str(c.field("kyb_response_id", required=True, kind=str))
    candidate = c.state.entities.kyb_candidates.get(handle)
    if candidate is None or candidate["app_key"] != c.a.api_key:
        raise ApiError(404, NOT_FOUND)
    record: dict[str, Any] = _record(candidate)
    vendor_data = c.field("vendor_data", kind=str)
    record["vendor_data"] = vendor_data
    record["business"] = None
    if vendor_data:
        b = new_business(c.state, c.a, vendor_data)
        _apply_profile(
            c,
            b,
            {
                "legal_name": record["legal_name"],
                "display_name": b.get("display_name") or record["name"],
                "registration_number": record["registration_number"],
                "country_code": record["country_code"],
                **({"metadata": c.body["metadata"]} if c.field("metadata") is not None else {}),
            },
        )
        record["business"] = _view(c.state, c.a.api_key, b)
    # Didit's published answer nests the company under `kyb_registry`.
    record["request_id"] = str(uuid.uuid4())
    record["registry_tier_requested"] = record["registry_tier_delivered"] = "basic"
    record["kyb_registry"] = {
        "uuid": str(uuid.uuid5(uuid.NAMESPACE_URL, handle)),
        "node_id": "feature_kyb_registry_1",
        "status": "Approved",
        "registry_status": "active",
        "data_resolved": True,
        "company_name": record["legal_name"],
        "registration_number": record["registration_number"],
        "country_code": record["country_code"],
        "incorporation_date": record["incorporation_date"],
        "registered_address": record["address"],
        "is_from_registry": True,
        "fetch_status": "resolved",
    }
    return 200, record

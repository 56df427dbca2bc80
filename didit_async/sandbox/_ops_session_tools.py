"""Handlers for the session tooling: arming a sandbox session's outcome, reviewing several AML
hits at once, and editing a KYB session's company data and parties.

* ``sessions_arm_sandbox`` (authenticated by the session's own ``Session-Token``) gives a
  ``Not Started`` session the outcome of a scenario slug, as ``sandbox_scenario`` does at
  creation; 400 once the session has started, or for an unknown slug.
* A KYB session (kind ``business``) has one company and two parties whose ids are derived from
  the session id (``kyb_company_uuid``, ``kyb_party_uuids``), since the sandbox's decisions do
  not list them: ``uuid5(NAMESPACE_URL, "didit-sandbox:<session id>:company")`` and
  ``...:party:0`` / ``...:party:1``.
"""

from __future__ import annotations

import uuid
from typing import Any

from ._registry import Call, Result, _uuid_or_404, op
from ._scenarios import SCENARIOS, identity_for, outcome_for
from ._state import NOT_FOUND, ApiError, Session, _field_error, _iso

__all__ = ["kyb_company_uuid", "kyb_party_uuids"]

_REVIEW = ("Unreviewed", "Confirmed Match", "False Positive", "Inconclusive")


@op("sessions_arm_sandbox")
def arm_sandbox(c: Call) -> Result:
    s = c.state.session(c.a, _uuid_or_404(c.path["sessionId"]))
    if s.token != c.headers.get("session-token"):
        raise ApiError(404, NOT_FOUND)  # another session's token
    scenario = str(c.field("scenario", required=True, kind=str))
    if scenario not in SCENARIOS:
        raise _field_error("scenario", f"Unknown scenario {scenario!r}.")
    if s.status != "Not Started":
        raise ApiError(400, {"detail": f"The session has already started ({s.status})."})
    s.scenario = scenario
    s.outcome = outcome_for(scenario)
    return 200, {"session_id": s.session_id, "scenario": scenario, "status": s.status}


@op("sessions_bulk_update_aml_hit_status")
def bulk_update_aml_hits(c: Call) -> Result:
    s = c.state.session(c.a, _uuid_or_404(c.path["sessionId"]))
    updates = c.field("hit_updates", required=True, kind=list)
    if not updates:
        raise _field_error("hit_updates", "This list may not be empty.")
    hits = (c.state.decision(s).get("aml_screenings") or [{}])[0].get("hits") or []
    known = {h["id"] for h in hits}
    for i, update in enumerate(updates):  # all or nothing: check every update first
        if update.get("review_status") not in _REVIEW:
            raise _field_error(f"hit_updates[{i}].review_status", "Not a valid choice.")
        if update.get("hit_id") not in known:
            raise _field_error(f"hit_updates[{i}].hit_id", "AML hit not found.")
    for update in updates:
        s.aml_hit_status[update["hit_id"]] = update["review_status"]
    return 200, {
        "message": f"Updated {len(updates)} AML hits.",
        "updated_count": len(updates),
        "hits": [{"hit_id": u["hit_id"], "review_status": u["review_status"]} for u in updates],
    }


def kyb_company_uuid(session_id: str) -> str:
    """The id of a KYB session's company in the sandbox."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"didit-sandbox:{session_id}:company"))


def kyb_party_uuids(session_id: str) -> list[str]:
    """The ids of a KYB session's two parties in the sandbox."""
    return [
        str(uuid.uuid5(uuid.NAMESPACE_URL, f"didit-sandbox:{session_id}:party:{i}"))
        for i in range(2)
    ]


def _kyb_session(c: Call) -> Session:
    s = c.state.session(c.a, _uuid_or_404(c.path["sessionId"]))
    if s.kind != "business":
        raise ApiError(404, {"detail": "This session has no KYB data."})
    return s


def _company(c: Call, s: Session) -> dict[str, Any]:
    companies = c.state.entities.rest.kyb_companies
    if s.session_id not in companies:
        companies[s.session_id] = {
            "uuid": kyb_company_uuid(s.session_id),
            "node_id": "feature_kyb_registry_1",
            "status": s.status,
            "registry_status": "active",
            "data_resolved": True,
            "company_name": f"{(s.vendor_data or 'Sandbox').title()} Ltd",
            "registration_number": "SB" + s.session_id[:6].upper(),
            "country_code": "GB",
            "region": None,
            "company_type": "Private limited company",
            "incorporation_date": "2015-03-01",
            "registered_address": "1 Registry Street, London",
            "tax_number": None,
            "is_from_registry": True,
            "fetch_status": "resolved",
            "vat_validation_status": "not_applicable",
            "officers": [],
            "beneficial_owners": [],
            "user_provided_data": None,
            "confirmed_by_user_at": None,
            "last_console_edit_at": None,
            "is_editable": True,
        }
    return companies[s.session_id]


_RENAMED = {"legal_address": "registered_address"}


@op("sessions_kyb_update_company")
def update_company(c: Call) -> Result:
    s = _kyb_session(c)
    if _uuid_or_404(c.path["companyUuid"]) != kyb_company_uuid(s.session_id):
        raise ApiError(404, NOT_FOUND)
    company = _company(c, s)
    edits = {k: v for k, v in c.body.items() if isinstance(k, str)}
    for key, value in edits.items():
        field = _RENAMED.get(key, key)
        if field in company or key in c.body:
            company[field] = value
    company["user_provided_data"] = {**(company["user_provided_data"] or {}), **edits}
    company["last_console_edit_at"] = _iso(c.state.clock.now())
    return 200, company


@op("sessions_kyb_update_party")
def update_party(c: Call) -> Result:
    s = _kyb_session(c)
    wanted = _uuid_or_404(c.path["partyUuid"])
    ids = kyb_party_uuids(s.session_id)
    if wanted not in ids:
        raise ApiError(404, NOT_FOUND)
    parties = c.state.entities.rest.kyb_parties
    key = (s.session_id, wanted)
    if key not in parties:
        who = identity_for(f"{s.vendor_data}:{ids.index(wanted)}", None)
        parties[key] = {
            "uuid": wanted,
            "entity_type": "person",
            "name": f"{who['first_name']} {who['last_name']}",
            "is_skipped": False,
            "requires_verification": True,
            "kyc_session_status": None,
            "kyc_session_url": None,
            "kyc_session_deleted": False,
            "kyb_sub_session_deleted": False,
        }
    party = parties[key]
    party["is_skipped"] = c.field("is_skipped", required=True, kind=bool)
    party["requires_verification"] = not party["is_skipped"]
    return 200, party

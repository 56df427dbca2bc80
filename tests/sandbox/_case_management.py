"""One raw HTTP call of each case-management operation (cases, blueprints, report templates,
regulatory reports, networks), for the sandbox's conformance test: every answer is checked
against the spec by the caller's ``call``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx

Call = Callable[..., Awaitable[httpx.Response]]
ROOT = "/v3/organization/{organization_id}/application/{application_id}/"
POOL = ["0f8f1f6e-6b7e-4c59-9a52-9d5f7a1b2c01", "0f8f1f6e-6b7e-4c59-9a52-9d5f7a1b2c02"]
PDF = b"%PDF-1.4 evidence"
REPORT = {
    "rentity_id": "RE-1",
    "reporting_person": {"first_name": "Ana", "last_name": "Silva"},
    "location": {"city": "Madrid"},
    "reason": "Structuring",
    "action": "Account frozen",
    "submission_date": "2026-12-08T09:00:00Z",
    "currency_code_local": "EUR",
    "narrative": {"what": "Deposits under the threshold", "why": "Avoiding reporting"},
}


async def exercise_case_management(
    call: Call, *, org: str, app: str, session_id: str, workflow_id: str, http: httpx.AsyncClient
) -> None:
    """Each of the 65 operations once, with a success (and the documented refusals)."""
    prefix = f"/v3/organization/{org}/application/{app}/"

    async def go(method: str, tail: str, ids: dict[str, str] | None = None, **kw: Any) -> Any:
        concrete = tail.format(**(ids or {}))
        answer = await call(method, ROOT + tail, prefix + concrete, **kw)
        return (
            answer.json() if answer.content and "json" in answer.headers["content-type"] else None
        )

    # a second user sharing a phone with the first session's user: a network
    for vendor in ("net-a", "net-b"):
        await http.post(
            "/v3/session/",
            json={
                "workflow_id": workflow_id,
                "vendor_data": vendor,
                "contact_details": {"phone": "+14155550000"},
            },
        )
    user = (await http.get("/v3/users/net-a/")).json()
    tx = (
        await http.post(
            "/v3/transactions/",
            json={
                "transaction_id": "case-tx",
                "transaction_category": "finance",
                "transaction_details": {"amount": "9000"},
                "subject": {"vendor_data": "net-a"},
            },
        )
    ).json()
    # blueprints
    await go("GET", "cases/blueprints/presets/")
    await go("POST", "cases/blueprints/presets/install/", json={"preset_keys": ["kyc"]})
    checker = await go(
        "POST", "cases/blueprints/", json={"name": "Checkers", "assignee_pool": POOL}
    )
    team = await go(
        "POST",
        "cases/blueprints/",
        json={
            "name": "AML team",
            "assignee_pool": POOL,
            "escalation_enabled": True,
            "escalation_blueprint": checker["uuid"],
            "transfer_enabled": True,
            "four_eyes_checker_blueprint": checker["uuid"],
            "content_config": {"checklist": {"enabled": True, "items": [{"label": "Review"}]}},
        },
    )
    bp = {"blueprint_uuid": team["uuid"]}
    await go("GET", "cases/blueprints/")
    await go("GET", "cases/blueprints/{blueprint_uuid}/", bp)
    await go("PATCH", "cases/blueprints/{blueprint_uuid}/", bp, json={"description": "AML"})
    # cases
    case = await go(
        "POST",
        "cases/",
        json={
            "title": "Structuring alert",
            "blueprint": team["uuid"],
            "subject": {"type": "user", "uuid": user["didit_internal_id"]},
        },
    )
    ids = {"case_uuid": case["uuid"]}
    await go("GET", "cases/", params={"status__in": "OPEN,AWAITING_USER", "ordering": "due_at"})
    await go("GET", "cases/{case_uuid}/", ids)
    await go("PATCH", "cases/{case_uuid}/", ids, json={"priority": "HIGH", "tags": ["aml"]})
    await go("POST", "cases/{case_uuid}/assign/", ids, json={"assignee_user_id": POOL[0]})
    await go("POST", "cases/{case_uuid}/request-info/", ids)
    upload = await go(
        "POST", "cases/{case_uuid}/notes/presign/", ids, files={"file": ("e.pdf", PDF)}
    )
    await go("GET", "cases/{case_uuid}/notes/presign/", ids, params={"s3_key": upload["s3_key"]})
    note = await go(
        "POST",
        "cases/{case_uuid}/notes/",
        ids,
        json={"comment": "Reviewed", "attachments": [{"s3_key": upload["s3_key"]}]},
    )
    await go("GET", "cases/{case_uuid}/notes/", ids)
    await go("DELETE", "cases/{case_uuid}/notes/{note_uuid}/", {**ids, "note_uuid": note["uuid"]})
    link = await go(
        "POST",
        "cases/{case_uuid}/links/",
        ids,
        json={"entity_type": "session", "entity_uuid": session_id},
    )
    await go(
        "POST",
        "cases/{case_uuid}/links/",
        ids,
        json={"entity_type": "transaction", "entity_uuid": tx["uuid"]},
    )
    await go("GET", "cases/{case_uuid}/links/", ids)
    await go("GET", "cases/{case_uuid}/aml/", ids)
    await go("DELETE", "cases/{case_uuid}/links/{link_uuid}/", {**ids, "link_uuid": link["uuid"]})
    items = await go("GET", "cases/{case_uuid}/checklist/", ids)
    await go(
        "PATCH",
        "cases/{case_uuid}/checklist/{item_uuid}/",
        {**ids, "item_uuid": items[0]["uuid"]},
        json={"is_completed": True},
    )
    await go("GET", "cases/{case_uuid}/print/", ids)
    await go(
        "POST",
        "cases/{case_uuid}/entity-actions/",
        ids,
        json={"action": "set_status", "status": "FLAGGED"},
    )
    resolve = {"resolution": "VALID_THREAT", "note": "Confirmed"}
    await go("POST", "cases/{case_uuid}/resolve/", ids, json=resolve)
    await go("POST", "cases/{case_uuid}/reject-approval/", ids, json={"notes": "More"})
    await go("POST", "cases/{case_uuid}/resolve/", ids, json=resolve)
    await go("POST", "cases/{case_uuid}/approve/", ids)
    await go("POST", "cases/{case_uuid}/reopen/", ids)
    other = await go("POST", "cases/", json={"title": "Second", "blueprint": team["uuid"]})
    await go("POST", "cases/{case_uuid}/escalate/", {"case_uuid": other["uuid"]})
    await go("POST", "cases/{case_uuid}/transfer/", ids, json={"target_blueprint": checker["uuid"]})
    await go(
        "POST",
        "cases/bulk/assign/",
        json={"case_uuids": [other["uuid"]], "assignee_user_id": POOL[1]},
    )
    await go(
        "POST",
        "cases/bulk/status/",
        json={"case_uuids": [other["uuid"]], "status": "AWAITING_USER"},
    )
    await go("GET", "cases/{case_uuid}/events/", ids)
    await go("GET", "cases/statistics/")
    # report templates and regulatory reports
    template = await go(
        "POST",
        "report-templates/",
        json={"name": "ES SAR", "jurisdiction": "ES", "report_type": "SAR", "field_config": {}},
    )
    tid = {"template_uuid": template["uuid"]}
    await go("GET", "report-templates/")
    await go("GET", "report-templates/{template_uuid}/", tid)
    await go("PATCH", "report-templates/{template_uuid}/", tid, json={"name": "Spain SAR"})
    report = await go(
        "POST", "cases/{case_uuid}/regulatory-reports/", ids, json={"template": template["uuid"]}
    )
    rid = {"report_uuid": report["uuid"]}
    await go("GET", "cases/{case_uuid}/regulatory-reports/", ids)
    await go("POST", "regulatory-reports/{report_uuid}/validate/", rid)
    await go("POST", "regulatory-reports/{report_uuid}/finalize/", rid)  # 400: incomplete
    await go("GET", "regulatory-reports/{report_uuid}/download-url/", rid)  # 409: not final
    await go("PATCH", "regulatory-reports/{report_uuid}/", rid, json=REPORT)
    await go("POST", "regulatory-reports/{report_uuid}/finalize/", rid)
    await go("GET", "regulatory-reports/{report_uuid}/download-url/", rid, params={"file": "xml"})
    await go("GET", "regulatory-reports/{report_uuid}/", rid)
    await go("DELETE", "regulatory-reports/{report_uuid}/", rid)  # 409: filed
    spare = await go(
        "POST", "regulatory-reports/", json={"case": case["uuid"], "template": template["uuid"]}
    )
    await go("GET", "regulatory-reports/", params={"status": "DRAFT"})
    await go("DELETE", "regulatory-reports/{report_uuid}/", {"report_uuid": spare["uuid"]})
    await go("DELETE", "report-templates/{template_uuid}/", tid)
    # networks
    page = await go("GET", "networks/")
    nid = {"network_uuid": page["results"][0]["uuid"]}
    for tail in ("", "graph/", "members/", "signals/", "timeline/", "map/"):
        await go("GET", "networks/{network_uuid}/" + tail, nid)
    await go("GET", "sessions/{session_id}/networks/", {"session_id": session_id})
    await go(
        "GET", "users/{vendor_user_uuid}/networks/", {"vendor_user_uuid": user["didit_internal_id"]}
    )
    business = (await http.post("/v3/businesses/create/", json={"vendor_data": "case-co"})).json()
    await go(
        "GET",
        "businesses/{vendor_business_uuid}/networks/",
        {"vendor_business_uuid": business["didit_internal_id"]},
    )
    kyb = {"business_session_id": "11111111-2222-3333-4444-555555555555"}
    await go("GET", "business-sessions/{business_session_id}/networks/", kyb)  # 404: none such
    tids = {"transaction_uuid": tx["uuid"], "transaction_party_uuid": kyb["business_session_id"]}
    await go("GET", "transactions/{transaction_uuid}/networks/", tids)
    await go(
        "GET", "transactions/{transaction_uuid}/parties/{transaction_party_uuid}/networks/", tids
    )
    # deletes last
    await go("DELETE", "cases/{case_uuid}/", {"case_uuid": other["uuid"]})
    await go("DELETE", "cases/blueprints/{blueprint_uuid}/", bp)


def seed_case_ids(http: httpx.Client, key: dict[str, str], ids: dict[str, str]) -> dict[str, Any]:
    """Real ids of the back office (a case with a note, a link and a checklist, a blueprint, a
    template and a report), for the fuzzer to aim path parameters at."""
    prefix = f"/v3/organization/{ids['organization_id']}/application/{ids['application_id']}/"

    def post(tail: str, body: dict[str, Any]) -> Any:
        answer = http.post(prefix + tail, headers=key, json=body)
        answer.raise_for_status()
        return answer.json()

    bp = post(
        "cases/blueprints/",
        {
            "name": "Fuzz",
            "assignee_pool": POOL,
            "content_config": {"checklist": {"enabled": True, "items": [{"label": "Look"}]}},
        },
    )
    case = post("cases/", {"title": "Fuzz", "blueprint": bp["uuid"]})
    note = post(f"cases/{case['uuid']}/notes/", {"comment": "Fuzz"})
    session_id = http.get("/v3/sessions/", headers=key).json()["results"][0]["session_id"]
    link = post(
        f"cases/{case['uuid']}/links/", {"entity_type": "session", "entity_uuid": session_id}
    )
    template = post(
        "report-templates/", {"name": "Fuzz", "jurisdiction": "ES", "report_type": "SAR"}
    )
    report = post(f"cases/{case['uuid']}/regulatory-reports/", {"template": template["uuid"]})
    return {
        "organization_id": [ids["organization_id"]],
        "application_id": [ids["application_id"]],
        "case_uuid": [case["uuid"]],
        "blueprint_uuid": [bp["uuid"]],
        "note_uuid": [note["uuid"]],
        "link_uuid": [link["uuid"]],
        "item_uuid": [case["checklist_items"][0]["uuid"]],
        "template_uuid": [template["uuid"]],
        "report_uuid": [report["uuid"]],
    }

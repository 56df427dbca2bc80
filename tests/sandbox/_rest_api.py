"""One call of each operation of the rest of Didit's published API (risk scoring, Document AI,
KYB registry tiers, transaction rules, Travel Rule, biometric templates, AML monitoring, session
tooling), as raw HTTP, for the sandbox's conformance test."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx

Call = Callable[..., Awaitable[httpx.Response]]
PDF = b"%PDF-1.4 sandbox document"


async def exercise_rest_api(
    call: Call, *, workflow_id: str, session_id: str, org_id: str, app_id: str
) -> None:
    """Every operation once, in an order where each finds what it needs; ``session_id`` is a
    decided session with AML hits on ``workflow_id``."""
    await call("POST", "/v3/email/risk/", json={"email": "breached.ana@sandbox-mail.dev"})
    await call("POST", "/v3/ip/risk/", json={"ip_address": "203.0.113.9"})
    await call("POST", "/v3/phone/risk/", json={"phone_number": "+14155551111"})
    await call(
        "POST",
        "/v3/document-ai/",
        files={"document": ("doc.pdf", PDF, "application/pdf")},
        data={"fields": "first_name,last_name"},
    )
    found = (
        await call("POST", "/v3/kyb/search/", json={"country_code": "GB", "name": "Pending"})
    ).json()
    handle = found["results"][0]["kyb_response_id"]
    first = await call("POST", "/v3/kyb/shareholders/", json={"kyb_response_id": handle})
    assert first.status_code == 202
    await call("POST", "/v3/kyb/shareholders/", json={"kyb_response_id": handle})
    await call("POST", "/v3/kyb/ubo/", json={"kyb_response_id": handle})
    await exercise_transaction_rules(call)
    await exercise_travel_rule(call)
    await exercise_biometric_templates(call)
    await exercise_aml_monitoring(call)
    await exercise_session_tools(call, workflow_id=workflow_id, session_id=session_id)
    pdf = await call(
        "GET", "/v3/users/{vendor_data}/generate-pdf/", "/v3/users/mon-user/generate-pdf/"
    )
    assert pdf.content.startswith(b"%PDF")
    await exercise_organization_scoped(call, org_id=org_id, app_id=app_id)


async def exercise_organization_scoped(call: Call, *, org_id: str, app_id: str) -> None:
    """The face upload and the bulk monitoring toggles with their jobs, ids passed explicitly."""
    import base64

    root = f"/v3/organization/{org_id}/application/{app_id}"
    tpl = "/v3/organization/{organization_id}/application/{application_id}"
    user = (await call("GET", "/v3/users/{vendor_data}/", "/v3/users/mon-user/")).json()
    await call(
        "POST",
        tpl + "/vendor-users/by-id/{didit_internal_id}/faces/upload/",
        f"{root}/vendor-users/by-id/{user['didit_internal_id']}/faces/upload/",
        json={"image": base64.b64encode(b"\xff\xd8face").decode(), "comment": "front"},
    )
    for family in ("vendor-users", "vendor-businesses", "businesses"):
        job = (
            await call(
                "PATCH",
                f"{tpl}/{family}/toggle-ongoing-monitoring/",
                f"{root}/{family}/toggle-ongoing-monitoring/",
                json={"is_enabled": True, "update_all": True},
            )
        ).json()
        await call(
            "GET",
            f"{tpl}/{family}/toggle-ongoing-monitoring/{{job_id}}/",
            f"{root}/{family}/toggle-ongoing-monitoring/{job['job_id']}/",
        )


async def exercise_session_tools(call: Call, *, workflow_id: str, session_id: str) -> None:
    """Arming a fresh session (with its own token), bulk AML review, KYB company and party."""
    from didit_async.sandbox._ops_session_tools import kyb_company_uuid, kyb_party_uuids

    fresh = (await call("POST", "/v3/session/", json={"workflow_id": workflow_id})).json()
    armed = await call(
        "POST",
        "/v3/session/{sessionId}/sandbox/arm/",
        f"/v3/session/{fresh['session_id']}/sandbox/arm/",
        headers={"Session-Token": fresh["session_token"], "x-api-key": ""},
        json={"scenario": "decline_aml_hit"},
    )
    assert armed.json()["scenario"] == "decline_aml_hit"
    decision = (
        await call(
            "GET", "/v3/session/{sessionId}/decision/", f"/v3/session/{session_id}/decision/"
        )
    ).json()
    hit = decision["aml_screenings"][0]["hits"][0]["id"]
    await call(
        "PATCH",
        "/v3/session/{sessionId}/bulk-update-aml-hit-status/",
        f"/v3/session/{session_id}/bulk-update-aml-hit-status/",
        json={"hit_updates": [{"hit_id": hit, "review_status": "Inconclusive"}]},
    )
    kyb = (
        await call(
            "POST",
            "/v3/workflows/",
            json={"workflow_label": "KYB", "features": [{"feature": "KYB_REGISTRY"}]},
        )
    ).json()
    ks = (
        await call(
            "POST", "/v3/session/", json={"workflow_id": kyb["uuid"], "vendor_data": "kyb-co"}
        )
    ).json()["session_id"]
    await call(
        "PATCH",
        "/v3/session/{sessionId}/kyb/{companyUuid}/update-data/",
        f"/v3/session/{ks}/kyb/{kyb_company_uuid(ks)}/update-data/",
        json={"company_name": "KYB Co Ltd", "website": "https://kyb.example"},
    )
    await call(
        "PATCH",
        "/v3/session/{sessionId}/kyb/parties/{partyUuid}/",
        f"/v3/session/{ks}/kyb/parties/{kyb_party_uuids(ks)[1]}/",
        json={"is_skipped": True},
    )


async def exercise_aml_monitoring(call: Call) -> None:
    """The user and business toggles (an estimate, then a job) and the job."""
    await call("POST", "/v3/users/create/", json={"vendor_data": "mon-user"})
    estimate = await call(
        "POST",
        "/v3/users/aml-monitoring/",
        json={"is_enabled": True, "estimate_only": True, "vendor_data_list": ["mon-user"]},
    )
    assert estimate.json()["users_total"] == 1
    await call(
        "POST", "/v3/businesses/create/", json={"vendor_data": "mon-biz", "legal_name": "Mon Ltd"}
    )
    job = (
        await call(
            "POST",
            "/v3/businesses/aml-monitoring/",
            json={"is_enabled": True, "vendor_data_list": ["mon-biz"]},
        )
    ).json()
    await call(
        "GET", "/v3/aml-monitoring/jobs/{job_id}/", f"/v3/aml-monitoring/jobs/{job['job_id']}/"
    )


async def exercise_biometric_templates(call: Call) -> None:
    """The templates left by the decided sessions made earlier in the conformance run."""
    listed = (await call("GET", "/v3/biometric-templates/")).json()
    assert listed["count"] >= 1, "a decided session with a face step leaves a template"
    await call("GET", "/v3/biometric-templates/count/", params={"status": "active"})
    first = listed["results"][0]["uuid"]
    path = f"/v3/biometric-templates/{first}/"
    await call("GET", "/v3/biometric-templates/{template_uuid}/", path)
    await call("DELETE", "/v3/biometric-templates/{template_uuid}/", path)
    purged = await call("POST", "/v3/biometric-templates/delete/", json={"delete_all": True})
    assert {r["outcome"] for r in purged.json()["results"]} <= {"purged", "already_purged"}


async def exercise_travel_rule(call: Call) -> None:
    """Settings, wallet addresses, the directory, an exchange through its pickup, ownership,
    an inbound registration and the widget."""
    await call("GET", "/v3/travel-rule/settings/")
    await call(
        "PUT", "/v3/travel-rule/settings/", json={"is_enabled": True, "threshold_amount": "100"}
    )
    entry = (
        await call(
            "POST",
            "/v3/travel-rule/wallet-addresses/",
            json={"address": "0x" + "11" * 20, "chain": "ETH", "holder_name": "Ana Silva"},
        )
    ).json()
    entry_path = f"/v3/travel-rule/wallet-addresses/{entry['uuid']}/"
    await call("GET", "/v3/travel-rule/wallet-addresses/")
    await call(
        "PATCH",
        "/v3/travel-rule/wallet-addresses/{entry_uuid}/",
        entry_path,
        json={"holder_name": "Ana"},
    )
    await call("GET", "/v3/travel-rule/vasps/")
    outbound = {
        "transaction_category": "finance",
        "transaction_details": {"amount": "250", "currency": "ETH", "direction": "outbound"},
        "subject": {"vendor_data": "tr-user"},
    }
    away = (
        await call(
            "POST",
            "/v3/transactions/",
            json={
                **outbound,
                "transaction_id": "tr-1",
                "counterparty": {"payment_method": {"account_id": "0xfar"}},
            },
        )
    ).json()
    transfer = (
        await call(
            "PATCH",
            "/v3/transactions/{transaction_id}/travel-rule/",
            f"/v3/transactions/{away['uuid']}/travel-rule/",
            json={"payment_txn_id": "0xfeed"},
        )
    ).json()
    token = transfer["timeline"][0]["detail"].split("/pickup/")[1].strip("/")
    open_route = {"x-api-key": ""}
    await call(
        "GET",
        "/v3/travel-rule/pickup/{token}/",
        f"/v3/travel-rule/pickup/{token}/",
        headers=open_route,
    )
    await call(
        "POST",
        "/v3/travel-rule/pickup/{token}/respond/",
        f"/v3/travel-rule/pickup/{token}/respond/",
        headers=open_route,
        json={"decision": "accept", "beneficiary_name": "Bo"},
    )
    own = (
        await call(
            "POST",
            "/v3/transactions/",
            json={
                **outbound,
                "transaction_id": "tr-2",
                "counterparty": {"payment_method": {"account_id": entry["address"]}},
            },
        )
    ).json()
    await call(
        "POST",
        "/v3/transactions/{transaction_id}/travel-rule/ownership/",
        f"/v3/transactions/{own['uuid']}/travel-rule/ownership/",
        json={"confirmed": True},
    )
    await call("DELETE", "/v3/travel-rule/wallet-addresses/{entry_uuid}/", entry_path)
    inbound = {
        "chain": "ETH",
        "txid": "0xin",
        "wallet_address": "0xmine",
        "amount": "3",
        "currency": "ETH",
    }
    assert (await call("POST", "/v3/travel-rule/inbound/", json=inbound)).status_code == 201
    widget = (
        await call(
            "POST",
            "/v3/travel-rule/widget-session/",
            json={"wallet_address": "0xw", "chain": "ETH"},
        )
    ).json()
    await call(
        "GET",
        "/v3/travel-rule/widget/{token}/",
        f"/v3/travel-rule/widget/{widget['token']}/",
        headers=open_route,
    )


async def exercise_transaction_rules(call: Call) -> None:
    """Rules, the library, a backtest, the SDK token and the device calls, the PDF."""
    await call("GET", "/v3/transactions/rules/library/")
    installed = await call(
        "POST", "/v3/transactions/rules/install/", json={"bundle": "fintech_basics"}
    )
    assert installed.json()["installed_count"] == 2
    rule = (
        await call(
            "POST",
            "/v3/transactions/rules/",
            json={
                "title": "Large EUR",
                "category": "amount",
                "mode": "ACTIVE",
                "conditions": [{"field": "amount", "operator": "gte", "value": 900}],
                "actions": [{"type": "change_status", "value": "DECLINED"}],
            },
        )
    ).json()
    path = f"/v3/transactions/rules/{rule['uuid']}/"
    await call("GET", "/v3/transactions/rules/")
    await call("GET", "/v3/transactions/rules/{rule_uuid}/", path)
    await call("PATCH", "/v3/transactions/rules/{rule_uuid}/", path, json={"mode": "TEST"})
    await call(
        "POST",
        "/v3/transactions/rules/backtest/",
        json={"conditions": [{"field": "amount", "operator": "gte", "value": 1}]},
    )
    await call("DELETE", "/v3/transactions/rules/{rule_uuid}/", path)
    await call(
        "DELETE", "/v3/transactions/rules/install/", json={"library_keys": ["rapid_succession"]}
    )
    token = (
        await call("POST", "/v3/transactions/sdk-token/", json={"vendor_data": "device-user"})
    ).json()["sdk_token"]
    device = {"X-Transaction-Token": token, "x-api-key": ""}
    tx = (
        await call(
            "POST",
            "/v1/transactions/",
            headers=device,
            json={
                "txnId": "dev-1",
                "type": "transfer",
                "info": {"direction": "OUTBOUND", "amount": 25, "currency": "EUR"},
                "subject": {"fullName": "Ana Silva"},
            },
        )
    ).json()
    await call(
        "GET",
        "/v1/transactions/{transaction_id}/",
        f"/v1/transactions/{tx['uuid']}/",
        headers=device,
    )
    screening = (
        await call(
            "POST",
            "/v3/wallet-screening/",
            json={"wallet_address": "0x" + "ab" * 20, "blockchain": "ETH"},
        )
    ).json()
    report = await call("POST", "/v3/wallet-screening/pdf/", json=pdf_request(screening))
    assert report.content.startswith(b"%PDF")


def pdf_request(screening: dict[str, Any]) -> dict[str, Any]:
    """A screening answer as the PDF endpoint takes it (Didit's published result shape)."""
    severity = {"low": "LOW", "medium": "MEDIUM", "high": "HIGH", "severe": "CRITICAL"}
    flows = [
        {"category": f["category"], "percentage": f["share"] * 100}
        for f in screening["source_of_funds"]
    ]
    return {
        **screening,
        "severity": severity[screening["severity"]],
        "source_of_funds": flows,
        "destination_of_funds": flows,
    }

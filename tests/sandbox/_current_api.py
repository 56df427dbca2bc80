"""One call of each operation taken from Didit's MCP server (applications, session retrieval
and imports, businesses and KYB, transactions and wallet screening, events, lists,
customization), shared by the sandbox's conformance test and its fuzzer."""

from __future__ import annotations

import base64
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

PNG = b"\x89PNG\r\n\x1a\n" + b"0" * 64
CSV = (
    "vendor_data,status,first_name,date_of_birth\n"
    "imported-1,Approved,Ana,1990-01-02\n"
    ",Approved,Ben,1990-01-02\n"
    "imported-3,Maybe,Eva,02/01/1990\n"
)
Call = Callable[..., Awaitable[httpx.Response]]


def data_url(text: str, mime: str = "text/csv") -> str:
    """``text`` as a base64 ``data:`` URL (what the sandbox's imports read)."""
    return f"data:{mime};base64," + base64.b64encode(text.encode()).decode()


async def exercise_current_api(
    call: Call, *, workflow_id: str, session_id: str, bearer: dict[str, str], org_id: str
) -> None:
    """Every new operation once, in an order where each finds what it needs."""
    await call(
        "GET",
        "/organizations/me/{org_id}/applications/",
        f"/auth/v2/organizations/me/{org_id}/applications/",
        headers=bearer,
    )
    await call("GET", "/v3/session/{sessionId}/", f"/v3/session/{session_id}/")
    # imports
    await call("GET", "/v3/session/imports/template/")
    job = (
        await call(
            "POST",
            "/v3/session/imports/",
            json={"source_file_url": data_url(CSV), "workflow_id": workflow_id},
        )
    ).json()
    assert (job["success_count"], job["error_count"]) == (1, 2), job
    await call("GET", "/v3/session/imports/{import_id}/", f"/v3/session/imports/{job['uuid']}/")
    errors = (
        await call(
            "GET",
            "/v3/session/imports/{import_id}/errors/",
            f"/v3/session/imports/{job['uuid']}/errors/",
        )
    ).json()
    assert {(e["row"], e["field"]) for e in errors["results"]} == {
        (2, "vendor_data"),
        (3, "status"),
        (3, "date_of_birth"),
    }
    # businesses and KYB
    await call(
        "POST",
        "/v3/businesses/create/",
        json={"vendor_data": "acme", "legal_name": "Acme Ltd", "country_code": "GB"},
    )
    await call("GET", "/v3/businesses/")
    await call("GET", "/v3/businesses/{vendor_data}/", "/v3/businesses/acme/")
    await call(
        "PATCH", "/v3/businesses/{vendor_data}/", "/v3/businesses/acme/", json={"display_name": "A"}
    )
    await call(
        "PATCH",
        "/v3/businesses/{vendor_data}/update-status/",
        "/v3/businesses/acme/update-status/",
        json={"status": "FLAGGED"},
    )
    found = (
        await call("POST", "/v3/kyb/search/", json={"country_code": "GB", "name": "Acme"})
    ).json()
    await call(
        "POST",
        "/v3/kyb/select/",
        json={"kyb_response_id": found["results"][0]["kyb_response_id"], "vendor_data": "acme"},
    )
    # transactions, wallets, events
    await call(
        "POST",
        "/v3/transactions/",
        json={
            "transaction_id": "tx-1",
            "transaction_category": "finance",
            "transaction_details": {"amount": "12.50", "currency": "EUR"},
            "subject": {"vendor_data": "user-1"},
        },
    )
    await call("GET", "/v3/transactions/")
    await call("GET", "/v3/transactions/{transaction_id}/", "/v3/transactions/tx-1/")
    await call(
        "POST",
        "/v3/wallet-screening/",
        json={"wallet_address": "0x" + "ab" * 20, "blockchain": "ETH"},
    )
    await call("POST", "/v3/events/", json={"event_type": "login", "vendor_data": "user-1"})
    await call(
        "POST",
        "/v3/events/batch/",
        json={"events": [{"event_type": "login"}, {"event_type": "logout"}]},
    )
    # lists
    lists = (await call("GET", "/v3/lists/", params={"list_type": "blocklist"})).json()
    assert lists["count"] == 12
    mine = (
        await call(
            "POST",
            "/v3/lists/",
            json={"name": "VIP emails", "list_type": "allowlist", "entry_type": "email"},
        )
    ).json()
    lpath = f"/v3/lists/{mine['uuid']}/"
    await call("GET", "/v3/lists/{list_uuid}/", lpath)
    await call("PATCH", "/v3/lists/{list_uuid}/", lpath, json={"description": "Known good"})
    entry = (
        await call(
            "POST",
            "/v3/lists/{list_uuid}/entries/",
            lpath + "entries/",
            json={"reference_session_id": session_id, "display_label": "From a session"},
        )
    ).json()
    await call("GET", "/v3/lists/{list_uuid}/entries/", lpath + "entries/")
    faces = next(x for x in lists["results"] if x["entry_type"] == "face")
    await call(
        "POST",
        "/v3/lists/{list_uuid}/entries/face-upload/",
        f"/v3/lists/{faces['uuid']}/entries/face-upload/",
        json={"image": base64.b64encode(PNG).decode(), "display_label": "Fraudster"},
    )
    await call(
        "DELETE",
        "/v3/lists/{list_uuid}/entries/{entry_uuid}/",
        f"{lpath}entries/{entry['uuid']}/",
    )
    await call("DELETE", "/v3/lists/{list_uuid}/", lpath)
    # customization
    await call("GET", "/v3/customization/")
    await call("PATCH", "/v3/customization/", files={"image_square": ("logo.png", PNG)})
    await call("POST", "/v3/businesses/delete/", json={"vendor_data_list": ["acme"]})


def seed_ids(http: httpx.Client, key: dict[str, str]) -> dict[str, list[Any]]:
    """Real ids of the new resources, for the fuzzer to aim path parameters at."""
    http.post(
        "/v3/businesses/create/", headers=key, json={"vendor_data": "fuzz-biz"}
    ).raise_for_status()
    http.post(
        "/v3/transactions/",
        headers=key,
        json={
            "transaction_id": "fuzz-tx",
            "transaction_category": "finance",
            "transaction_details": {"amount": 5},
            "subject": {"vendor_data": "fuzz-user"},
        },
    ).raise_for_status()
    lst = http.post(
        "/v3/lists/",
        headers=key,
        json={"name": "Fuzz", "list_type": "custom", "entry_type": "email"},
    ).json()
    entry = http.post(
        f"/v3/lists/{lst['uuid']}/entries/", headers=key, json={"value": "f@sandbox-mail.dev"}
    ).json()
    job = http.post(
        "/v3/session/imports/", headers=key, json={"source_file_url": data_url(CSV)}
    ).json()
    return {
        "list_uuid": [lst["uuid"]],
        "entry_uuid": [entry["uuid"]],
        "import_id": [job["uuid"]],
        "transaction_id": ["fuzz-tx"],
        "vendor_data": ["fuzz-user", "fuzz-biz"],
    }

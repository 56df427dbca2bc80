"""One call of each operation of the rest of Didit's published API (risk scoring, Document AI,
KYB registry tiers, transaction rules, Travel Rule, biometric templates, AML monitoring, session
tooling), as raw HTTP, for the sandbox's conformance test."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import httpx

Call = Callable[..., Awaitable[httpx.Response]]
PDF = b"%PDF-1.4 sandbox document"


async def exercise_rest_api(call: Call) -> None:
    """Every operation once, in an order where each finds what it needs."""
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

"""The sandbox behaves as Didit documents: lifecycle, reuse, paging, limits, webhooks, faults."""

from __future__ import annotations

import json

import anyio
import pytest
from starlette.applications import Starlette
from starlette.routing import Route

from didit_async import DiditRateLimitError, DiditWriteOutcomeUnknownError, FakeClock
from didit_async.sandbox import FaultConfig, Sandbox, SandboxConfig
from didit_async.webhooks import WebhookEvent, verify, webhook_endpoint

from .conftest import http_for

pytestmark = pytest.mark.anyio


async def workflow(sandbox: Sandbox) -> str:
    async with http_for(sandbox) as http:
        return str(
            (await http.post("/v3/workflows/", json={"workflow_label": "KYC"})).json()["uuid"]
        )


async def test_lifecycle_reuse_billing_and_expiry(sandbox: Sandbox) -> None:
    wid = await workflow(sandbox)
    async with sandbox.client() as client:
        before = (await client.billing.get_balance()).balance
        a = await client.sessions.create(
            workflow_id=wid, vendor_data="u1", sandbox_scenario="approve"
        )
        again = await client.sessions.create(
            workflow_id=wid, vendor_data="u1", callback="https://app.example/done"
        )
        assert again.session_id == a.session_id and again.callback == "https://app.example/done"
        assert a.status == "Not Started"
        sandbox.advance(1.5)
        assert (await client.sessions.retrieve_decision(a.session_id)).status == "In Progress"
        sandbox.advance(5)
        assert (await client.sessions.retrieve_decision(a.session_id)).status == "Approved"
        after = (await client.billing.get_balance()).balance
        assert before is not None and after is not None
        assert float(before) - float(after) == pytest.approx(0.15)  # one feature at $0.15
        fresh = await client.sessions.create(workflow_id=wid, vendor_data="u1")
        assert fresh.session_id != a.session_id  # finished sessions are never reused
        gone = await client.sessions.create(workflow_id=wid, sandbox_scenario="expire")
        sandbox.advance(60)  # an unopened link lives for the configured expiry (an hour)
        assert (await client.sessions.retrieve_decision(gone.session_id)).status == "Not Started"
        sandbox.advance(3600)
        assert (await client.sessions.retrieve_decision(gone.session_id)).status == "Expired"


async def test_pagination_newest_first_with_full_urls_and_filters(sandbox: Sandbox) -> None:
    wid = await workflow(sandbox)
    async with sandbox.client() as client:
        for i in range(7):
            await client.sessions.create(workflow_id=wid, vendor_data=f"user-{i}")
        page = await client.sessions.list(limit=3)
        assert page.count == 7 and [r.vendor_data for r in page.results] == [
            "user-6",
            "user-5",
            "user-4",
        ]
        assert page.next is not None and page.next.startswith("http://127.0.0.1:8765/v3/sessions/")
        everything = [r.vendor_data async for r in client.sessions.list(limit=3)]
        assert everything == [f"user-{i}" for i in range(6, -1, -1)]


async def test_blocklist_auto_declines_later_sessions_with_the_warning(sandbox: Sandbox) -> None:
    wid = await workflow(sandbox)
    async with sandbox.client() as client:
        first = await client.sessions.create(workflow_id=wid, vendor_data="fraudster")
        sandbox.advance(10)
        await client.blocklist.add(session_id=first.session_id, blocklist_face=True)
        again = await client.sessions.create(workflow_id=wid, vendor_data="fraudster")
        sandbox.advance(10)
        decision = await client.sessions.retrieve_decision(again.session_id)
        assert decision.status == "Declined"
        risks = [w.risk for w in decision.id_verifications[0].warnings or []]  # type: ignore[index]
        assert "FACE_IN_BLOCKLIST" in risks


async def test_rate_limits_answer_429_with_headers_on_a_sliding_window() -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True, rate_limit_scale=0.01))  # 6 GETs/min
    async with http_for(sandbox) as http:
        codes = [(await http.get("/v3/workflows/")).status_code for _ in range(7)]
        assert codes == [200] * 6 + [429]
        throttled = await http.get("/v3/workflows/")
        assert int(throttled.headers["retry-after"]) >= 1
        assert throttled.headers["x-ratelimit-limit"] == "6"
        assert "throttled" in throttled.json()["detail"]
        sandbox.advance(61)
        assert (await http.get("/v3/workflows/")).status_code == 200
    assert sandbox.stats.window_max["generic-get"] == 6


async def test_signed_webhooks_are_delivered_retried_and_rotated() -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    received: list[WebhookEvent] = []
    fail_first = {"left": 1}

    async def handler(event: WebhookEvent) -> None:
        if fail_first["left"]:
            fail_first["left"] -= 1
            raise RuntimeError("receiver down")
        received.append(event)

    wid = await workflow(sandbox)
    async with sandbox.client() as client:
        dest = await client.webhooks.destinations.create(
            label="app", url="https://hooks.app.example/didit", subscribed_events=["status.updated"]
        )
        secret = str(dest.secret_shared_key)
        sandbox.register_receiver(
            "https://hooks.app.example/didit",
            Starlette(routes=[Route("/didit", webhook_endpoint(handler, secrets=[secret]))]),
        )
        session = await client.sessions.create(workflow_id=wid, vendor_data="w1")
        sandbox.advance(10)
        await sandbox.deliver_webhooks()
        assert [e.status for e in received] == ["Approved"]  # In Progress failed, queued again
        sandbox.advance(61)
        await sandbox.deliver_webhooks()
        statuses = sorted(str(e.status) for e in received)
        assert statuses == ["Approved", "In Progress"]
        assert received[-1].session_id == session.session_id
        assert len({e.event_id for e in received}) == 2
    rotated = Sandbox(SandboxConfig(virtual_time=True))
    async with http_for(rotated) as http:
        d = (
            await http.post(
                "/v3/webhook/destinations/",
                json={
                    "label": "x",
                    "url": "https://r.example/h",
                    "subscribed_events": ["status.updated"],
                },
            )
        ).json()
        await http.post(f"/sandbox/destinations/{d['uuid']}/rotate/")
        captured: list[tuple[bytes, dict[str, str]]] = []

        async def capture(scope, receive, send):
            body, more = b"", True
            while more:
                message = await receive()
                body += message.get("body", b"")
                more = message.get("more_body", False)
            captured.append((body, {k.decode(): v.decode() for k, v in scope["headers"]}))
            await send({"type": "http.response.start", "status": 200, "headers": []})
            await send({"type": "http.response.body", "body": b""})

        rotated.register_receiver("https://r.example/h", capture)
        wid2 = (await http.post("/v3/workflows/", json={"workflow_label": "K"})).json()["uuid"]
        await http.post("/v3/session/", json={"workflow_id": wid2})
        rotated.advance(2)
        await rotated.deliver_webhooks()
    body, headers = captured[0]
    event = verify(
        body,
        {
            k: v
            for k, v in headers.items()
            if not k.endswith("-v2") and k != "x-signature" and k != "x-signature-simple"
        },
        d["secret_shared_key"],
        now=json.loads(body)["timestamp"],
    )
    assert event.used_previous_secret


async def test_dropped_answer_after_a_write_is_write_outcome_unknown() -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True, faults=FaultConfig(drop_rate=1.0)))
    wid = "00000000-0000-0000-0000-000000000000"
    async with sandbox.client(clock=FakeClock(), max_retries=2) as client:
        sandbox.app.faults.drop_rate = 0.0
        wid = (await client.workflows.create(workflow_label="K")).uuid
        sandbox.app.faults.drop_rate = 1.0
        with pytest.raises(DiditWriteOutcomeUnknownError) as info:
            await client.sessions.create(workflow_id=wid)
        assert "vendor_data" in str(info.value)
    assert len(sandbox.state.sessions) == 1  # the write happened; only the answer was lost


async def test_client_retries_injected_429s_and_5xx_on_reads() -> None:
    sandbox = Sandbox(
        SandboxConfig(
            virtual_time=True, faults=FaultConfig(error_rate=0.3, rate_limit_burst_rate=0.2, seed=3)
        )
    )
    async with sandbox.client(clock=FakeClock(), max_retries=8) as client:
        for _ in range(20):
            await client.system.healthcheck()
    assert sandbox.stats.injected_5xx + sandbox.stats.injected_429 > 0


async def test_chaos_bulk_creates_exactly_one_session_per_vendor_data() -> None:
    n = 300
    sandbox = Sandbox(
        SandboxConfig(
            virtual_time=True,
            rate_limit_scale=100,
            faults=FaultConfig(
                error_rate=0.10, rate_limit_burst_rate=0.05, drop_rate=0.02, jitter=0.0005, seed=11
            ),
        )
    )
    async with sandbox.client(clock=FakeClock(), max_retries=6) as client:
        sandbox.app.faults.error_rate = sandbox.app.faults.drop_rate = 0.0
        sandbox.app.faults.rate_limit_burst_rate = 0.0
        wid = (await client.workflows.create(workflow_label="bulk")).uuid
        sandbox.app.faults = FaultConfig(
            error_rate=0.10, rate_limit_burst_rate=0.05, drop_rate=0.02, jitter=0.0005, seed=11
        )
        rows = ({"workflow_id": wid, "vendor_data": f"bulk-{i}"} for i in range(n))
        results = []
        async with client.sessions.create_many(rows, concurrency=8) as run:
            async for result in run:
                results.append(result)
    assert len(results) == n and sorted(r.index for r in results) == list(range(n))
    failed = [r for r in results if not r.ok]
    assert failed == [], [type(r.error).__name__ for r in failed]
    by_vendor: dict[str | None, list[str]] = {}
    for s in sandbox.state.sessions.values():
        by_vendor.setdefault(s.vendor_data, []).append(s.session_id)
    assert len(sandbox.state.sessions) == n  # exactly n distinct sessions
    assert all(len(v) == 1 for v in by_vendor.values())  # each vendor_data once
    assert {r.session.session_id for r in results} == set(sandbox.state.sessions)  # type: ignore[union-attr]
    assert sandbox.stats.dropped > 0 and sandbox.stats.injected_5xx > 0


# uvicorn serves on asyncio; the in-process sandbox is what trio users test against.
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_served_on_loopback_over_a_real_socket() -> None:
    import httpx

    sandbox = Sandbox(SandboxConfig())
    async with sandbox.serve() as origin:
        assert origin.startswith("http://127.0.0.1:")
        async with httpx.AsyncClient(base_url=origin) as http:
            health = await http.get("/system/healthcheck")
            assert health.json()["status"] == "ok"
            denied = await http.get("/v3/sessions/")
            assert denied.status_code == 403


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_drop_over_loopback_hangs_up_after_the_write() -> None:
    import httpx

    sandbox = Sandbox(SandboxConfig(virtual_time=True, faults=FaultConfig(drop_rate=1.0)))
    async with (
        sandbox.serve() as origin,
        httpx.AsyncClient(base_url=origin, headers={"x-api-key": sandbox.api_key}) as http,
    ):
        sandbox.app.faults.drop_rate = 0.0
        wid = (await http.post("/v3/workflows/", json={"workflow_label": "K"})).json()["uuid"]
        sandbox.app.faults.drop_rate = 1.0
        # A lost answer, not a 500: the client sees the connection close mid-response.
        with pytest.raises(httpx.RemoteProtocolError):
            await http.post("/v3/session/", json={"workflow_id": wid, "vendor_data": "u1"})
    assert [s.vendor_data for s in sandbox.state.sessions.values()] == ["u1"]
    assert sandbox.stats.dropped == 1 and sandbox.stats.sessions_created == 1


_ = (anyio, DiditRateLimitError)

"""The ASGI endpoint inside a real Starlette app, and the deduplicator."""

from __future__ import annotations

import json
import time

import anyio
import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Route

from didit_async.webhooks import InMemoryDeduplicator, WebhookEvent, sign, webhook_endpoint

pytestmark = pytest.mark.anyio
SECRET = "whsec_receiver"


def make_app(handler, **kw):  # type: ignore[no-untyped-def]
    return Starlette(
        routes=[Route("/hooks/didit", webhook_endpoint(handler, secrets=[SECRET], **kw))]
    )


def delivery(event_id: str = "evt-1", **extra: object) -> tuple[bytes, dict[str, str]]:
    ts = int(time.time())
    payload = {
        "event_id": event_id,
        "webhook_type": "status.updated",
        "session_id": "s1",
        "status": "Approved",
        "timestamp": ts,
        **extra,
    }
    body = json.dumps(payload).encode()
    return body, sign(body, SECRET, timestamp=ts)


async def post(app, body: bytes, headers: dict[str, str]) -> httpx.Response:  # type: ignore[no-untyped-def]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        return await http.post("/hooks/didit", content=body, headers=headers)


async def test_valid_delivery_runs_the_handler_once_and_duplicates_answer_200() -> None:
    seen: list[WebhookEvent] = []

    async def handler(event: WebhookEvent) -> None:
        seen.append(event)

    app = make_app(handler)
    body, headers = delivery()
    first = await post(app, body, headers)
    again = await post(app, body, headers)
    assert first.status_code == 200 and again.status_code == 200
    assert again.json() == {"detail": "duplicate"}
    assert [e.event_id for e in seen] == ["evt-1"]


async def never(event: WebhookEvent) -> None:
    raise AssertionError("must not run")


async def test_bad_signature_401_and_malformed_400() -> None:
    app = make_app(never, max_body_bytes=500)
    body, headers = delivery()
    assert (
        await post(
            app, body, dict(headers, **{"X-Signature-V2": "0" * 64, "X-Signature": "0" * 64})
        )
    ).status_code == 401
    bad = b"{not json"
    assert (await post(app, bad, sign(b"{}", SECRET))).status_code == 400


# The endpoint stops reading an oversized body at the cap; httpx's in-memory test transport then
# warns that its request-body generator was never exhausted. That warning is the harness's.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
async def test_too_large_413_without_reading_the_rest() -> None:
    app = make_app(never, max_body_bytes=500)
    big, big_headers = delivery(pad="x" * 1000)
    assert (await post(app, big, big_headers)).status_code == 413


async def test_a_failing_handler_answers_500_and_the_retry_runs_it_again() -> None:
    calls = {"n": 0}

    async def flaky(event: WebhookEvent) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("database down")

    app = make_app(flaky)
    body, headers = delivery("evt-retry")
    assert (await post(app, body, headers)).status_code == 500
    assert (await post(app, body, headers)).status_code == 200
    assert calls["n"] == 2


async def test_concurrent_deliveries_of_one_event_run_the_handler_once() -> None:
    runs: list[str] = []

    async def slow(event: WebhookEvent) -> None:
        await anyio.sleep(0.01)
        runs.append(str(event.event_id))

    app = make_app(slow)
    body, headers = delivery("evt-fanout")
    async with anyio.create_task_group() as tg:
        for _ in range(10):
            tg.start_soon(post, app, body, headers)
    assert runs == ["evt-fanout"]


async def test_deduplicator_expires_and_stays_bounded() -> None:
    now = {"t": 0.0}
    dedup = InMemoryDeduplicator(ttl=10, max_entries=3, clock=lambda: now["t"])
    assert await dedup.claim("a") and not await dedup.claim("a")
    now["t"] = 11
    assert await dedup.claim("a")
    for key in "bcdef":
        await dedup.claim(key)
    assert len(dedup) == 3

"""The webhook endpoint against slow and oversized clients: bounded in time and in size."""

from __future__ import annotations

import json
import time
from collections.abc import MutableMapping
from typing import Any

import anyio
import httpx
import pytest

from didit_async.webhooks import WebhookEvent, serialize, sign, webhook_endpoint
from tests.loopback import read_until_closed, serve_in_thread

pytestmark = pytest.mark.anyio
SECRET = "whsec_hostile_clients_secret"


class Recorder:
    def __init__(self) -> None:
        self.events: list[WebhookEvent] = []

    async def __call__(self, event: WebhookEvent) -> None:
        self.events.append(event)


def delivery(event_id: str) -> tuple[bytes, dict[str, str]]:
    ts = int(time.time())
    body = serialize(
        {"event_id": event_id, "webhook_type": "status.updated", "session_id": "s1",
         "status": "Approved", "timestamp": ts}
    )  # fmt: skip
    return body, sign(body, SECRET, timestamp=ts)


def scope(headers: list[tuple[bytes, bytes]] | None = None) -> dict[str, Any]:
    return {"type": "http", "method": "POST", "path": "/", "headers": headers or []}


async def test_a_body_that_stalls_gets_408_with_connection_close_and_no_handler_run() -> None:
    seen = Recorder()
    app = webhook_endpoint(seen, secrets=SECRET, body_timeout=0.2)
    body, _ = delivery("evt-stall")
    reads = 0
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal reads
        reads += 1
        if reads == 1:
            return {"type": "http.request", "body": body[:10], "more_body": True}
        await anyio.sleep_forever()
        raise AssertionError("unreachable")

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    with anyio.fail_after(5):  # a guard: without a deadline the endpoint waits forever
        await app(scope(), receive, send)
    start, end = sent
    assert start["status"] == 408
    assert (b"connection", b"close") in start["headers"]
    assert json.loads(end["body"]) == {"detail": "body_timeout"}
    assert seen.events == []


async def test_the_deadline_bounds_the_whole_body_not_each_read() -> None:
    # A byte every 50 ms never leaves any single read waiting long; the body as a whole is
    # still late, and that is what counts.
    app = webhook_endpoint(Recorder(), secrets=SECRET, body_timeout=0.3)
    sent: list[MutableMapping[str, Any]] = []
    reads = 0

    async def receive() -> dict[str, Any]:
        nonlocal reads
        reads += 1
        await anyio.sleep(0.05)
        return {"type": "http.request", "body": b" ", "more_body": True}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    with anyio.fail_after(5):
        await app(scope(), receive, send)
    assert sent[0]["status"] == 408 and reads < 20


def test_body_timeout_must_be_positive() -> None:
    with pytest.raises(ValueError, match="body_timeout"):
        webhook_endpoint(Recorder(), secrets=SECRET, body_timeout=0)


async def _trickle(host: str, port: int) -> bytes:
    """One slowloris client: headers promise 100 kB, then a byte every 0.1 s until cut off."""
    stream = await anyio.connect_tcp(host, port)
    async with stream:
        await stream.send(
            b"POST / HTTP/1.1\r\nhost: test\r\ncontent-type: application/json\r\n"
            b"content-length: 100000\r\n\r\n{"
        )

        async def drip() -> None:
            try:
                while True:
                    await anyio.sleep(0.1)
                    await stream.send(b" ")
            except (anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
                return  # the server hung up: what we want

        async with anyio.create_task_group() as tg:
            tg.start_soon(drip)
            answer = await read_until_closed(stream)
            tg.cancel_scope.cancel()
    return answer


async def test_hundreds_of_trickling_clients_over_loopback_are_all_cut_off() -> None:
    # Slowloris against uvicorn: every trickling connection is answered 408 and closed by the
    # server within the deadline (before, each was held for as long as the client liked),
    # and a genuine delivery sent meanwhile is handled.
    seen = Recorder()
    app = webhook_endpoint(seen, secrets=SECRET, body_timeout=0.5)
    answers: list[bytes] = []
    with serve_in_thread(app) as (host, port):

        async def one() -> None:
            answers.append(await _trickle(host, port))

        with anyio.fail_after(20):  # a guard; the trickle itself would never end
            async with anyio.create_task_group() as tg:
                for _ in range(300):
                    tg.start_soon(one)
                await anyio.sleep(0.2)
                body, headers = delivery("evt-real")
                async with httpx.AsyncClient(base_url=f"http://{host}:{port}") as http:
                    real = await http.post("/", content=body, headers=headers)
    assert real.status_code == 200 and [e.event_id for e in seen.events] == ["evt-real"]
    assert len(answers) == 300
    assert all(a.startswith(b"HTTP/1.1 408 ") and b"body_timeout" in a for a in answers)

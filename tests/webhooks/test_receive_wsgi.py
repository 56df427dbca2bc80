"""The blocking receiver (``webhook_receiver``) answers every delivery as the ASGI endpoint does.

The same deliveries, in the same order, go to three receivers: the ASGI endpoint, the blocking
receiver's ``receive`` (what a Django or Flask view calls) and the blocking receiver mounted as
a WSGI app; their answers (status, detail, the headers Didit acts on) must be the same.
"""

from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from werkzeug.test import Client

from didit_async.webhooks import (
    InMemoryDeduplicator,
    WebhookAnswer,
    WebhookEvent,
    WebhookReceiver,
    serialize,
    sign,
    webhook_endpoint,
    webhook_receiver,
)

SECRET = "whsec_wsgi_receiver_secret"
NOW = 1_800_000_000
Delivery = tuple[str, bytes, dict[str, str]]  # method, body, headers
Answer = tuple[int, str, dict[str, str]]


def delivery(event_id: str | None = "evt-1", **extra: object) -> Delivery:
    payload: dict[str, object] = {
        "webhook_type": "status.updated",
        "session_id": "s1",
        "status": "Approved",
        "timestamp": NOW,
        **extra,
    }
    if event_id is not None:
        payload["event_id"] = event_id
    body = serialize(payload)
    return "POST", body, sign(body, SECRET, timestamp=NOW)


def script() -> list[Delivery]:
    """Every answer a receiver can give, in order."""
    ok = delivery("evt-1")
    method, body, headers = ok
    stale = {**headers, "X-Timestamp": str(NOW - 3600)}
    return [
        ok,
        ok,  # duplicate
        (method, body, {**headers, "X-Signature-V2": "0" * 64, "X-Signature": "0" * 64}),
        (method, body, {"X-Timestamp": headers["X-Timestamp"]}),  # missing_headers
        (method, body, stale),
        delivery("evt-old", timestamp=NOW - 421),  # stale_event
        (method, b"{not json", headers),
        (method, b"[1]", headers),
        delivery("evt-big", pad="x" * 2000),  # over max_body_bytes
        ("GET", b"", {}),
        delivery("evt-flaky"),  # the handler fails: 500, the claim released
        delivery("evt-flaky"),  # Didit's retry runs it
        delivery("evt-flaky"),
        delivery("evt-busy"),  # another delivery holds its lease: 503 in progress
        delivery(None),  # no event_id: deduplicated on the signed body
        delivery(None),
    ]


class Handler:
    def __init__(self) -> None:
        self.runs: list[str | None] = []

    def __call__(self, event: WebhookEvent) -> None:
        self.runs.append(event.event_id)
        if event.event_id == "evt-flaky" and self.runs.count("evt-flaky") == 1:
            raise RuntimeError("database down")


def dedup() -> InMemoryDeduplicator:
    found = InMemoryDeduplicator(clock=lambda: 1000.0)
    asyncio.run(found.claim("evt-busy"))  # its handler is running elsewhere
    return found


OPTIONS: dict[str, Any] = {"secrets": SECRET, "max_body_bytes": 1000, "clock": lambda: NOW + 5}


def answer_of(status: int, detail: str, headers: Any) -> Answer:
    kept = {k.lower(): v for k, v in headers.items()}
    return (
        status,
        detail,
        {k: kept[k] for k in ("allow", "retry-after", "content-type") if k in kept},
    )


def through_asgi(deliveries: list[Delivery], handler: Handler) -> list[Answer]:
    async def on_event(event: WebhookEvent) -> None:
        handler(event)

    endpoint = webhook_endpoint(on_event, deduplicator=dedup(), **OPTIONS)

    async def run() -> list[Answer]:
        transport = httpx.ASGITransport(app=endpoint)
        found = []
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            for method, body, headers in deliveries:
                r = await http.request(method, "/hooks", content=body, headers=headers)
                found.append(answer_of(r.status_code, r.json()["detail"], r.headers))
        return found

    return asyncio.run(run())


def through_receive(deliveries: list[Delivery], handler: Handler) -> list[Answer]:
    receiver = webhook_receiver(handler, deduplicator=dedup(), **OPTIONS)
    found = []
    for method, body, headers in deliveries:
        a = receiver.receive(body, headers, method=method)
        found.append(answer_of(a.status, a.detail, a.headers))
    return found


def through_wsgi(deliveries: list[Delivery], handler: Handler) -> list[Answer]:
    client = Client(webhook_receiver(handler, deduplicator=dedup(), **OPTIONS))
    found = []
    for method, body, headers in deliveries:
        r = client.open("/hooks", method=method, data=body, headers=headers)
        found.append(answer_of(r.status_code, r.get_json()["detail"], r.headers))
    return found


@pytest.mark.parametrize("blocking", [through_receive, through_wsgi])
def test_the_blocking_receiver_answers_every_delivery_as_the_asgi_endpoint(
    blocking: Callable[[list[Delivery], Handler], list[Answer]],
) -> None:
    deliveries = script()
    asgi_runs, blocking_runs = Handler(), Handler()
    expected = through_asgi(deliveries, asgi_runs)
    assert [(s, d) for s, d, _ in expected] == [
        (200, "ok"),
        (200, "duplicate"),
        (401, "bad_signature"),
        (401, "missing_headers"),
        (401, "stale_timestamp"),
        (401, "stale_event"),
        (400, "invalid_json"),
        (400, "not_an_object"),
        (413, "body_too_large"),
        (405, "method not allowed"),
        (500, "handler failed"),
        (200, "ok"),
        (200, "duplicate"),
        (503, "in progress"),
        (200, "ok"),
        (200, "duplicate"),
    ]
    assert blocking(deliveries, blocking_runs) == expected
    assert blocking_runs.runs == asgi_runs.runs == ["evt-1", "evt-flaky", "evt-flaky", None]


def test_a_deduplicator_outage_is_503_as_on_the_endpoint() -> None:
    class Down:
        async def claim(self, event_id: str) -> bool:
            raise ConnectionError("redis unreachable")

        async def release(self, event_id: str) -> None:
            raise AssertionError("nothing to release")

    receiver = webhook_receiver(Handler(), deduplicator=Down(), **OPTIONS)
    _, body, headers = delivery()
    answer = receiver.receive(body, headers)
    assert (answer.status, answer.detail) == (503, "deduplicator unavailable")


def test_the_handler_runs_on_the_requests_thread_outside_any_event_loop() -> None:
    # Django's ORM refuses to run where an event loop is running (SynchronousOnlyOperation).
    seen: list[tuple[int, bool]] = []

    def on_event(event: WebhookEvent) -> None:
        try:
            asyncio.get_running_loop()
            in_loop = True
        except RuntimeError:
            in_loop = False
        seen.append((threading.get_ident(), in_loop))

    receiver = webhook_receiver(on_event, **OPTIONS)
    _, body, headers = delivery()
    assert receiver.receive(body, headers).detail == "ok"
    assert seen == [(threading.get_ident(), False)]


def test_concurrent_request_threads_run_the_handler_once() -> None:
    # The in-memory deduplicator is atomic on one event loop; request threads share it safely
    # because its calls all run on the receiver's one loop thread.
    gate = threading.Event()
    runs: list[str | None] = []

    def slow(event: WebhookEvent) -> None:
        gate.wait(10)
        runs.append(event.event_id)

    receiver = webhook_receiver(slow, **OPTIONS)
    _, body, headers = delivery("evt-fanout")
    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = [pool.submit(receiver.receive, body, headers) for _ in range(8)]
        deadline = time.monotonic() + 10
        while sum(f.done() for f in futures) < 7 and time.monotonic() < deadline:
            time.sleep(0.01)
        gate.set()
        answers = [f.result() for f in futures]
    assert runs == ["evt-fanout"]
    assert sorted((a.status, a.detail, a.headers.get("Retry-After")) for a in answers) == [
        (200, "ok", None),
        *[(503, "in progress", "45")] * 7,
    ]
    assert receiver.receive(body, headers).detail == "duplicate"


def test_an_async_handler_is_refused_before_any_delivery() -> None:
    async def on_event(event: WebhookEvent) -> None: ...

    with pytest.raises(TypeError, match="plain function"):
        webhook_receiver(on_event, secrets=SECRET)
    with pytest.raises(ValueError, match="webhook_receiver needs at least one"):
        webhook_receiver(Handler(), secrets=["", ""])


def test_the_answer_and_the_receiver_never_show_the_secret() -> None:
    receiver = webhook_receiver(Handler(), **OPTIONS)
    assert isinstance(receiver, WebhookReceiver) and SECRET not in repr(receiver)
    assert repr(WebhookAnswer(200, "ok")) == (
        "WebhookAnswer(status=200, detail='ok', headers={'Content-Type': 'application/json'})"
    )
    assert WebhookReceiver.__module__ == WebhookAnswer.__module__ == "didit_async.webhooks"


def test_as_a_wsgi_app_it_reads_a_body_without_length_only_when_the_server_ends_it() -> None:
    # PEP 3333: without Content-Length, reading wsgi.input may block forever unless the server
    # says the stream ends (wsgi.input_terminated, as gunicorn and Werkzeug do).
    _, body, headers = delivery("evt-chunked")
    environ: dict[str, Any] = {
        "REQUEST_METHOD": "POST",
        **{"HTTP_" + k.upper().replace("-", "_"): v for k, v in headers.items()},
    }
    answers: list[str] = []

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        answers.append(status)

    receiver = webhook_receiver(Handler(), **OPTIONS)
    ended = {**environ, "wsgi.input": io.BytesIO(body), "wsgi.input_terminated": True}
    assert b"".join(receiver(ended, start_response)) == b'{"detail": "ok"}'
    unended = {**environ, "wsgi.input": io.BytesIO(body)}
    assert b"".join(receiver(unended, start_response)) == b'{"detail": "invalid_json"}'
    big = {**ended, "wsgi.input": io.BytesIO(body + b" " * 2000)}
    assert b"".join(receiver(big, start_response)) == b'{"detail": "body_too_large"}'
    assert [s.split()[0] for s in answers] == ["200", "400", "413"]


_FORKED = """
import os, signal, sys, time
from didit_async.webhooks import serialize, sign, webhook_receiver

def delivery(event_id):
    now = int(time.time())
    body = serialize({"event_id": event_id, "webhook_type": "status.updated",
                      "session_id": "s1", "status": "Approved", "timestamp": now})
    return body, sign(body, "whsec_fork", timestamp=now)

receiver = webhook_receiver(lambda event: None, secrets="whsec_fork")
print("parent", receiver.receive(*delivery("evt-parent")).detail, flush=True)
pid = os.fork()  # as gunicorn forks its workers from an app already in use
if pid == 0:
    signal.alarm(10)  # a child waiting on its parent's loop thread would hang here
    print("child", receiver.receive(*delivery("evt-child")).detail, flush=True)
    os._exit(0)
os.waitpid(pid, 0)
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_worker_gets_its_own_deduplicator_loop() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _FORKED], capture_output=True, text=True, timeout=60
    )
    assert done.stdout.split("\n")[:2] == ["parent ok", "child ok"], done.stderr[-2000:]

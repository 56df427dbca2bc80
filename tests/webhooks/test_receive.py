"""The ASGI endpoint inside a real Starlette app: status mapping, dedup, failures, cancellation."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import anyio
import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Mount, Route

from didit_async.webhooks import (
    InMemoryDeduplicator,
    WebhookDeduplicator,
    WebhookEvent,
    serialize,
    sign,
    webhook_endpoint,
)

pytestmark = pytest.mark.anyio
SECRET = "whsec_receiver_secret_value"
Handler = Callable[[WebhookEvent], Awaitable[None]]


def make_app(handler: Handler, **kw: Any) -> Starlette:
    endpoint = webhook_endpoint(handler, secrets=[SECRET], **kw)
    return Starlette(
        routes=[Route("/hooks/didit", endpoint), Mount("/mounted", app=endpoint)],
    )


def delivery(event_id: str | None = "evt-1", **extra: object) -> tuple[bytes, dict[str, str]]:
    ts = int(time.time())
    payload: dict[str, object] = {
        "webhook_type": "status.updated",
        "session_id": "s1",
        "status": "Approved",
        "timestamp": ts,
        **extra,
    }
    if event_id is not None:
        payload["event_id"] = event_id
    body = serialize(payload)
    return body, sign(body, SECRET, timestamp=ts)


async def post(
    app: Any, body: bytes, headers: dict[str, str], path: str = "/hooks/didit"
) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        return await http.post(path, content=body, headers=headers)


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


class Recorder:
    def __init__(self) -> None:
        self.events: list[WebhookEvent] = []

    async def __call__(self, event: WebhookEvent) -> None:
        self.events.append(event)


async def never(event: WebhookEvent) -> None:
    raise AssertionError("the handler must not run")


async def test_a_valid_delivery_runs_the_handler_once_and_duplicates_answer_200() -> None:
    seen = Recorder()
    app = make_app(seen)
    body, headers = delivery()
    first = await post(app, body, headers)
    again = await post(app, body, headers, path="/mounted/")  # same endpoint, mounted
    assert (first.status_code, first.json()) == (200, {"detail": "ok"})
    assert (again.status_code, again.json()) == (200, {"detail": "duplicate"})
    assert [e.event_id for e in seen.events] == ["evt-1"]
    assert seen.events[0].decision is None and seen.events[0].status == "Approved"


@pytest.mark.parametrize(
    ("mutate", "status", "detail"),
    [
        (
            lambda b, h: (b, {**h, "X-Signature-V2": "0" * 64, "X-Signature": "0" * 64}),
            401,
            "bad_signature",
        ),
        (
            lambda b, h: (b, {k: v for k, v in h.items() if k == "X-Timestamp"}),
            401,
            "missing_headers",
        ),
        (
            lambda b, h: (b, {**h, "X-Timestamp": str(int(h["X-Timestamp"]) - 3600)}),
            401,
            "stale_timestamp",
        ),
        (
            # An event older than Didit's last retry can be, under a fresh X-Timestamp.
            lambda b, h: (delivery(timestamp=int(h["X-Timestamp"]) - 421)[0], h),
            401,
            "stale_event",
        ),
        (lambda b, h: (b"{not json", h), 400, "invalid_json"),
        (lambda b, h: (b"[1]", h), 400, "not_an_object"),
    ],
)
async def test_deliveries_that_can_never_succeed_get_a_4xx(
    mutate: Callable[[bytes, dict[str, str]], tuple[bytes, dict[str, str]]],
    status: int,
    detail: str,
) -> None:
    body, headers = mutate(*delivery())
    response = await post(make_app(never), body, headers)
    assert (response.status_code, response.json()) == (status, {"detail": detail})


# The endpoint stops reading an oversized body at the cap; httpx's in-memory test transport then
# warns that its request-body generator was never exhausted. That warning is the harness's.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
async def test_too_large_413_from_content_length_or_while_reading() -> None:
    app = make_app(never, max_body_bytes=500)
    big, headers = delivery(pad="x" * 1000)
    response = await post(app, big, headers)
    assert (response.status_code, response.json()) == (413, {"detail": "body_too_large"})

    # no Content-Length (chunked): the cap applies while reading, chunk by chunk
    async def chunks() -> Any:
        for i in range(0, len(big), 100):
            yield big[i : i + 100]

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        streamed = await http.post("/hooks/didit", content=chunks(), headers=headers)
    assert streamed.status_code == 413


async def test_only_post() -> None:
    transport = httpx.ASGITransport(app=make_app(never))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        response = await http.get("/hooks/didit")
    assert response.status_code == 405 and response.headers["allow"] == "POST"


async def test_a_failing_handler_answers_500_and_the_retry_runs_it_again(
    caplog: pytest.LogCaptureFixture,
) -> None:
    calls: list[str] = []

    async def flaky(event: WebhookEvent) -> None:
        calls.append(str(event.event_id))
        if len(calls) == 1:
            raise RuntimeError("database down")

    app = make_app(flaky)
    body, headers = delivery("evt-retry")
    with caplog.at_level(logging.INFO):
        assert (await post(app, body, headers)).status_code == 500
        assert (await post(app, body, headers)).status_code == 200
        assert (await post(app, body, headers)).json() == {"detail": "duplicate"}
    assert calls == ["evt-retry", "evt-retry"]
    assert SECRET not in caplog.text


async def test_a_deduplicator_outage_is_retryable_503() -> None:
    class Down:
        async def claim(self, event_id: str) -> bool:
            raise ConnectionError("redis unreachable")

        async def release(self, event_id: str) -> None:
            raise AssertionError("nothing to release")

    body, headers = delivery()
    response = await post(make_app(never, deduplicator=Down()), body, headers)
    assert response.status_code == 503


async def test_concurrent_deliveries_of_one_event_run_the_handler_once() -> None:
    # Didit's copies arriving while the handler runs are told to come back (503), never that
    # the event is handled: the running handler could still fail. Their retries are duplicates.
    runs: list[str] = []
    gate = anyio.Event()

    async def slow(event: WebhookEvent) -> None:
        await gate.wait()
        runs.append(str(event.event_id))

    app = make_app(slow)
    body, headers = delivery("evt-fanout")
    answers: list[tuple[int, str, str | None]] = []
    nine_answered = anyio.Event()

    async def one() -> None:
        r = await post(app, body, headers)
        answers.append((r.status_code, r.json()["detail"], r.headers.get("retry-after")))
        if len(answers) == 9:
            nine_answered.set()

    async with anyio.create_task_group() as tg:
        for _ in range(10):
            tg.start_soon(one)
        with anyio.fail_after(10):
            await nine_answered.wait()  # all but the one whose handler waits for the gate
        gate.set()
    assert runs == ["evt-fanout"]
    assert sorted(answers) == [(200, "ok", None)] + [(503, "in progress", "45")] * 9
    retry = await post(app, body, headers)
    assert (retry.status_code, retry.json()) == (200, {"detail": "duplicate"})


async def test_a_retry_during_a_run_that_then_fails_runs_the_handler() -> None:
    # Before leases, the concurrent retry answered 200 "duplicate": when the first run then
    # failed, Didit had stopped retrying and the event was lost.
    runs: list[str] = []
    started, fail = anyio.Event(), anyio.Event()

    async def flaky(event: WebhookEvent) -> None:
        runs.append(str(event.event_id))
        if len(runs) == 1:
            started.set()
            await fail.wait()
            raise RuntimeError("database down")

    app = make_app(flaky)
    body, headers = delivery("evt-flaky-concurrent")
    first: list[httpx.Response] = []

    async def deliver() -> None:
        first.append(await post(app, body, headers))

    async with anyio.create_task_group() as tg:
        tg.start_soon(deliver)
        await started.wait()
        during = await post(app, body, headers)
        fail.set()
    assert (during.status_code, during.json()) == (503, {"detail": "in progress"})
    assert first[0].status_code == 500
    assert (await post(app, body, headers)).json() == {"detail": "ok"}  # Didit's next retry
    assert runs == ["evt-flaky-concurrent"] * 2


async def test_a_killed_workers_event_runs_on_didits_next_retry() -> None:
    # A worker SIGKILLed mid-handler (or a handler still running after Didit gave up on its
    # delivery) leaves its claim and never completes or releases it. Its lease must end before
    # Didit's next retry, a minute later, not hold the event back to the last one.
    clock = Clock()
    dedup = InMemoryDeduplicator(clock=clock)  # the default lease
    seen = Recorder()
    app = make_app(seen, deduplicator=dedup)
    body, headers = delivery("evt-killed")
    await dedup.claim("evt-killed")  # the killed worker's claim
    clock.t = 10  # a copy to another destination while the claim is live
    early = await post(app, body, headers)
    assert (early.status_code, early.json()) == (503, {"detail": "in progress"})
    assert early.headers["retry-after"] == "35"
    clock.t = 60  # Didit's first retry, a minute after the attempt that claimed it
    assert (await post(app, body, headers)).json() == {"detail": "ok"}
    assert [e.event_id for e in seen.events] == ["evt-killed"]
    clock.t = 300  # its last retry, and a duplicate for the whole TTL after that
    assert (await post(app, body, headers)).json() == {"detail": "duplicate"}
    clock.t = 60 + 86399
    assert (await post(app, body, headers)).json() == {"detail": "duplicate"}


async def test_fifty_re_posts_of_a_delivery_without_event_id_run_the_handler_once() -> None:
    # Someone who captured one delivery (no event_id: an older payload) re-posts it under fresh
    # X-Timestamps, which no signature covers. The dedup key is a digest of the signed body.
    seen = Recorder()
    app = make_app(seen)
    body, headers = delivery(None)
    stamp = int(headers["X-Timestamp"])
    answers = []
    for i in range(50):
        forged = {**headers, "X-Timestamp": str(stamp + i % 60 - 30)}
        answers.append((await post(app, body, forged)).json()["detail"])
    assert answers == ["ok"] + ["duplicate"] * 49
    assert len(seen.events) == 1
    # Re-encoded the way a proxy might (V2 still verifies): the same signed content, still once.
    reencoded = json.dumps(json.loads(body), indent=2).encode()
    assert (await post(app, reencoded, headers)).json() == {"detail": "duplicate"}
    # A different event of the same session (another status) is not a duplicate.
    other, other_headers = delivery(None, status="Declined")
    assert (await post(app, other, other_headers)).json() == {"detail": "ok"}
    assert [e.status for e in seen.events] == ["Approved", "Declined"]


async def test_a_deduplicator_with_only_claim_and_release_keeps_working() -> None:
    # The original protocol, as users implemented it: bool claims, release(event_id).
    class Seen:
        def __init__(self) -> None:
            self.ids: set[str] = set()
            self.calls: list[str] = []

        async def claim(self, event_id: str) -> bool:
            self.calls.append("claim")
            if event_id in self.ids:
                return False
            self.ids.add(event_id)
            return True

        async def release(self, event_id: str) -> None:
            self.calls.append("release")
            self.ids.discard(event_id)

    runs: list[str] = []

    async def flaky(event: WebhookEvent) -> None:
        runs.append(str(event.event_id))
        if len(runs) == 1:
            raise RuntimeError("database down")

    seen = Seen()
    dedup: WebhookDeduplicator = seen  # still satisfies the protocol
    app = make_app(flaky, deduplicator=dedup)
    body, headers = delivery("evt-old-protocol")
    answers = [(await post(app, body, headers)).json()["detail"] for _ in range(3)]
    assert answers == ["handler failed", "ok", "duplicate"]
    assert runs == ["evt-old-protocol"] * 2
    assert seen.calls == ["claim", "release", "claim", "claim"]


async def test_a_complete_that_fails_still_answers_ok_and_says_why(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # The handler ran: a 5xx now would make Didit run it again.
    class Flaky(InMemoryDeduplicator):
        async def complete(self, event_id: str, token: str) -> bool:
            raise ConnectionError("redis went away")

    seen = Recorder()
    body, headers = delivery("evt-complete-fails")
    with caplog.at_level(logging.WARNING):
        response = await post(make_app(seen, deduplicator=Flaky()), body, headers)
    assert (response.status_code, response.json()) == (200, {"detail": "ok"})
    assert "could not mark event evt-complete-fails done" in caplog.text


async def test_a_handler_that_outlived_its_lease_is_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = Clock()
    dedup = InMemoryDeduplicator(lease=10, clock=clock)
    taken_over: list[str] = []

    async def overruns(event: WebhookEvent) -> None:
        clock.t += 11  # the handler runs past its lease, and another delivery takes over
        taken_over.append((await dedup.claim(str(event.event_id))).state)

    body, headers = delivery("evt-overrun")
    with caplog.at_level(logging.WARNING):
        response = await post(make_app(overruns, deduplicator=dedup), body, headers)
    assert response.status_code == 200 and taken_over == ["leased"]
    assert "outlived its lease" in caplog.text
    assert (await dedup.claim("evt-overrun")).state == "in_progress"  # the new owner's lease


async def test_a_cancelled_handler_gives_its_claim_back() -> None:
    dedup = InMemoryDeduplicator()
    started = anyio.Event()

    async def hangs(event: WebhookEvent) -> None:
        started.set()
        await anyio.sleep_forever()

    endpoint = webhook_endpoint(hangs, secrets=SECRET, deduplicator=dedup)
    body, headers = delivery("evt-cancel")
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
    }

    async def receive() -> MutableMapping[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        raise AssertionError("no answer for a cancelled request")

    async with anyio.create_task_group() as tg:
        tg.start_soon(endpoint, scope, receive, send)  # type: ignore[arg-type]
        await started.wait()
        assert len(dedup) == 1
        tg.cancel_scope.cancel()
    assert len(dedup) == 0  # Didit's retry will run the handler


async def test_simple_only_deliveries_when_allowed_are_keyed_on_the_envelope() -> None:
    seen = Recorder()
    app = make_app(seen, allow_simple=True)
    body, headers = delivery(event_id="unauthenticated-under-simple")
    simple = {
        "X-Timestamp": headers["X-Timestamp"],
        "X-Signature-Simple": headers["X-Signature-Simple"],
    }
    assert (await post(app, body, simple)).status_code == 200
    assert (await post(app, body, simple)).json() == {"detail": "duplicate"}
    assert len(seen.events) == 1 and seen.events[0].envelope_only
    assert (await post(make_app(never), body, simple)).status_code == 401


async def test_virtual_clock_and_rotation() -> None:
    seen = Recorder()
    ts = 1_700_000_000
    body = serialize({"event_id": "e", "webhook_type": "data.updated", "timestamp": ts})
    headers = sign(body, "new", timestamp=ts, previous_secret="old")
    endpoint = webhook_endpoint(seen, secrets=["old"], clock=lambda: ts + 60.0)
    app = Starlette(routes=[Route("/h", endpoint)])
    only_previous = {k: v for k, v in headers.items() if k.endswith("-Previous")}
    only_previous["X-Timestamp"] = headers["X-Timestamp"]
    assert (await post(app, body, only_previous, path="/h")).status_code == 200
    assert seen.events[0].used_previous_secret


def test_configuration_errors_and_no_secret_in_repr() -> None:
    with pytest.raises(ValueError, match="non-empty webhook secret"):
        webhook_endpoint(never, secrets=[])
    with pytest.raises(ValueError, match="non-empty webhook secret"):
        webhook_endpoint(never, secrets="")
    endpoint = webhook_endpoint(never, secrets=[SECRET, "old-secret-value"])
    assert SECRET not in repr(endpoint) and "old-secret" not in repr(endpoint)
    assert "never" in repr(endpoint)


async def test_non_http_scopes_are_ignored() -> None:
    endpoint = webhook_endpoint(never, secrets=SECRET)

    async def receive() -> MutableMapping[str, Any]:
        raise AssertionError("not read")

    async def send(message: MutableMapping[str, Any]) -> None:
        raise AssertionError("not sent")

    await endpoint({"type": "websocket"}, receive, send)


async def test_called_with_a_request_the_endpoint_returns_its_answer_as_a_response() -> None:
    # The form Starlette's add_route annotation describes: a function of the request whose
    # result Starlette sends. The answer is the one the ASGI form sends.
    seen = Recorder()
    endpoint = webhook_endpoint(seen, secrets=[SECRET])

    async def view(request: Any) -> Any:
        answer = await endpoint(request)
        assert (answer.status, answer.detail) == (200, "ok") or answer.detail == "duplicate"
        return answer

    app = Starlette(routes=[Route("/hooks/didit", view, methods=["POST"])])
    body, headers = delivery("evt-request")
    first, again = await post(app, body, headers), await post(app, body, headers)
    assert (first.status_code, first.json()) == (200, {"detail": "ok"})
    assert (again.status_code, again.json()) == (200, {"detail": "duplicate"})
    assert [e.event_id for e in seen.events] == ["evt-request"]

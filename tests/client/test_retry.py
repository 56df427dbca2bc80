"""Retries in virtual time: what a user sees when Didit is slow, throttled or loses a response."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from didit_async import (
    DiditRateLimitError,
    DiditServerError,
    DiditTimeoutError,
    DiditWriteOutcomeUnknownError,
    FakeClock,
    RetryEvent,
    RetryPolicy,
)
from didit_async._http import ConnectError, ReadTimeout, Response
from didit_async._retry import server_wait_seconds

pytestmark = pytest.mark.anyio


async def test_429_with_retry_after_waits_at_least_that_long_then_succeeds(
    client_factory: Any, router: Any, ops: Any, clock: FakeClock, caplog: Any
) -> None:
    events: list[RetryEvent] = []
    route = router.get(f"{ops.V}/v3/session/abc/decision/").mock(
        side_effect=[
            Response(429, headers={"Retry-After": "2"}, json={"detail": "throttled"}),
            Response(200, json={"session_id": "abc"}),
        ]
    )
    caplog.set_level(logging.INFO, logger="didit_async")
    async with client_factory(on_retry=events.append) as client:
        body = await client.transport.request(ops.DECISION, path_params={"sessionId": "abc"})
    assert body == {"session_id": "abc"}
    assert route.call_count == 2
    assert len(events) == 1
    assert events[0].status == 429
    assert events[0].delay >= 2.0
    assert clock.now() >= 2.0
    assert clock.now() < 5.0  # and not absurdly longer
    assert any("retrying GET" in r.getMessage() for r in caplog.records)


async def test_503_503_200_on_a_get_succeeds(
    client: Any, router: Any, ops: Any, clock: FakeClock
) -> None:
    route = router.get(f"{ops.V}/v3/session/abc/decision/").mock(
        side_effect=[Response(503), Response(503), Response(200, json={"ok": True})]
    )
    assert await client.transport.request(ops.DECISION, path_params={"sessionId": "abc"}) == {
        "ok": True
    }
    assert route.call_count == 3
    # Exponential: the second wait is longer than the first.
    assert len(clock.sleeps) == 2
    assert clock.sleeps[1] > clock.sleeps[0]


async def test_read_timeout_on_session_create_without_vendor_data_is_not_retried(
    client: Any, router: Any, ops: Any
) -> None:
    route = router.post(f"{ops.V}/v3/session/").mock(side_effect=ReadTimeout("lost"))
    with pytest.raises(DiditWriteOutcomeUnknownError) as info:
        await client.transport.request(ops.SESSION_CREATE, json={"workflow_id": "wf"})
    assert route.call_count == 1
    message = str(info.value)
    assert "client.sessions.list(vendor_data=" in message
    assert info.value.method == "POST"
    assert info.value.path == "/v3/session/"


async def test_read_timeout_on_session_create_with_vendor_data_is_looked_up_then_retried(
    client: Any, router: Any, ops: Any
) -> None:
    route = router.post(f"{ops.V}/v3/session/").mock(
        side_effect=[ReadTimeout("lost"), Response(201, json={"session_id": "s1"})]
    )
    # The lost attempt made nothing (Didit lists no session for user-1), so it is sent again.
    lookup = router.get(f"{ops.V}/v3/sessions/").mock(
        return_value=Response(200, json={"count": 0, "next": None, "results": []})
    )
    body = await client.transport.request(
        ops.SESSION_CREATE, json={"workflow_id": "wf", "vendor_data": "user-1"}
    )
    assert body == {"session_id": "s1"}
    assert route.call_count == 2
    assert lookup.call_count == 1
    assert lookup.calls[0].request.url.params["vendor_data"] == "user-1"


async def test_connect_error_on_a_plain_write_is_retried_because_nothing_was_sent(
    client: Any, router: Any, ops: Any
) -> None:
    route = router.post(f"{ops.V}/v3/session/").mock(
        side_effect=[ConnectError("refused"), Response(201, json={"session_id": "s1"})]
    )
    assert await client.transport.request(ops.SESSION_CREATE, json={"workflow_id": "wf"}) == {
        "session_id": "s1"
    }
    assert route.call_count == 2


async def test_aml_idempotency_key_is_generated_once_and_kept_across_attempts(
    client: Any, router: Any, ops: Any
) -> None:
    route = router.post(f"{ops.V}/v3/aml/").mock(
        side_effect=[ReadTimeout("lost"), Response(503), Response(200, json={"hits": []})]
    )
    await client.transport.request(ops.AML, json={"full_name": "A B"})
    keys = {call.request.headers["Idempotency-Key"] for call in route.calls}
    assert route.call_count == 3
    assert len(keys) == 1
    assert next(iter(keys))


async def test_a_caller_supplied_idempotency_key_is_kept(
    client: Any, router: Any, ops: Any
) -> None:
    route = router.post(f"{ops.V}/v3/aml/").mock(return_value=Response(200, json={}))
    await client.transport.request(ops.AML, json={}, extra_headers={"idempotency-key": "mine"})
    assert route.calls[0].request.headers["idempotency-key"] == "mine"


async def test_a_5xx_on_a_plain_write_means_outcome_unknown_and_is_not_resent(
    client: Any, router: Any, ops: Any
) -> None:
    route = router.post(f"{ops.V}/v3/session/").mock(
        side_effect=[Response(502), Response(503), Response(500)]
    )
    for _ in range(3):
        with pytest.raises(DiditWriteOutcomeUnknownError):
            await client.transport.request(ops.SESSION_CREATE, json={"workflow_id": "wf"})
    assert route.call_count == 3  # one attempt each: none was re-sent


async def test_429_on_a_plain_write_is_retried(client: Any, router: Any, ops: Any) -> None:
    route = router.post(f"{ops.V}/v3/session/").mock(
        side_effect=[Response(429, headers={"Retry-After": "1"}), Response(201, json={})]
    )
    await client.transport.request(ops.SESSION_CREATE, json={"workflow_id": "wf"})
    assert route.call_count == 2


async def test_retries_are_spent_then_the_typed_error_carries_the_wait(
    client_factory: Any, router: Any, ops: Any
) -> None:
    route = router.get(f"{ops.V}/v3/session/a/decision/").mock(
        return_value=Response(429, headers={"Retry-After": "3", "x-request-id": "req-9"})
    )
    async with client_factory(max_retries=2) as client:
        with pytest.raises(DiditRateLimitError) as info:
            await client.transport.request(ops.DECISION, path_params={"sessionId": "a"})
    assert route.call_count == 3
    assert info.value.retry_after == 3.0
    assert info.value.request_id == "req-9"
    assert info.value.status == 429


async def test_a_server_wait_beyond_the_cap_is_not_waited_for(
    client: Any, router: Any, ops: Any, clock: FakeClock
) -> None:
    router.get(f"{ops.V}/v3/session/a/decision/").mock(
        return_value=Response(429, headers={"Retry-After": "3600"})
    )
    with pytest.raises(DiditRateLimitError) as info:
        await client.transport.request(ops.DECISION, path_params={"sessionId": "a"})
    assert info.value.retry_after == 3600.0
    assert "3600" in str(info.value)
    assert clock.now() < 60  # it did not sleep for an hour (nor block the limiter for long)


async def test_total_wait_is_capped(client_factory: Any, router: Any, ops: Any) -> None:
    route = router.get(f"{ops.V}/v3/session/a/decision/").mock(return_value=Response(503))
    policy = RetryPolicy(max_retries=50, initial_delay=1.0, max_delay=8.0, max_total=20.0)
    async with client_factory(retry_policy=policy) as client:
        with pytest.raises(DiditServerError):
            await client.transport.request(ops.DECISION, path_params={"sessionId": "a"})
    assert 2 < route.call_count < 10


async def test_timeouts_on_reads_are_retried_then_raise_a_timeout_error(
    client_factory: Any, router: Any, ops: Any
) -> None:
    route = router.get(f"{ops.V}/v3/session/a/decision/").mock(side_effect=ReadTimeout("slow"))
    async with client_factory(max_retries=1) as client:
        with pytest.raises(DiditTimeoutError):
            await client.transport.request(ops.DECISION, path_params={"sessionId": "a"})
    assert route.call_count == 2


def test_backoff_is_exponential_jittered_and_capped() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=10.0, jitter=0.25)
    for i, nominal in enumerate([0.5, 1.0, 2.0, 4.0, 8.0, 10.0, 10.0]):
        low = policy.backoff(i, floor=None, rand=0.999)
        high = policy.backoff(i, floor=None, rand=0.0)
        assert high == nominal
        assert 0.75 * nominal <= low < nominal
    # A server floor is never shortened by jitter.
    assert policy.backoff(0, floor=7.0, rand=0.999) == 7.0


def test_retry_after_http_date_and_ratelimit_reset_are_understood() -> None:
    wall = 1_800_000_000.0
    date = "Fri, 15 Jan 2027 08:00:05 GMT"
    from email.utils import parsedate_to_datetime

    target = parsedate_to_datetime(date).timestamp()
    assert server_wait_seconds({"Retry-After": date}, wall_now=target - 5) == 5.0
    assert server_wait_seconds({"X-RateLimit-Reset": str(int(wall + 7))}, wall_now=wall) == 7.0
    # Both present: the longer one is the floor.
    assert (
        server_wait_seconds(
            {"Retry-After": "2", "X-RateLimit-Reset": str(int(wall + 9))}, wall_now=wall
        )
        == 9.0
    )
    assert server_wait_seconds({"Retry-After": "soon"}, wall_now=wall) is None


async def test_a_429_pauses_the_scope_for_the_next_calls_too(
    client_factory: Any, router: Any, ops: Any, clock: FakeClock
) -> None:
    sent_at: list[float] = []

    def reply(request: Any) -> Response:
        sent_at.append(clock.now())
        if len(sent_at) == 1:
            return Response(429, headers={"Retry-After": "5", "X-RateLimit-Limit": "50"})
        return Response(200, content=b"%PDF")

    router.get(url__regex=r".*/generate-pdf/$").mock(side_effect=reply)
    async with client_factory(max_retries=0) as client:
        with pytest.raises(DiditRateLimitError):
            await client.transport.request(ops.PDF, path_params={"sessionId": "a"})
        # A different session, same scope: held back until Didit's wait has passed.
        assert await client.transport.request(ops.PDF, path_params={"sessionId": "b"}) == b"%PDF"
    assert sent_at[0] == 0.0
    assert sent_at[1] >= 5.0

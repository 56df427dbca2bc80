"""``client.sessions.watch`` on ``AsyncDidit`` ends on errors no retry heals, and on a store
that stays down, with the error on the session's change (asyncio and trio, virtual time)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import httpx
import pytest

from didit_async import (
    AsyncDidit,
    DiditAuthenticationError,
    DiditBadRequestError,
    DiditError,
    DiditNotFoundError,
    DiditPermissionError,
    DiditStoreUnavailableError,
    DiditValidationError,
    FakeClock,
    ScopeLimit,
)

pytestmark = pytest.mark.anyio

GOOD = "11111111-1111-4111-8111-111111111111"
REFUSED = {
    "22222222-2222-4222-8222-222222222400": 400,
    "22222222-2222-4222-8222-222222222401": 401,
    "22222222-2222-4222-8222-222222222403": 403,
    "22222222-2222-4222-8222-222222222404": 404,
}
MALFORMED = "not-a-session-id"
EXPECTED: dict[str, type[DiditError]] = {
    "22222222-2222-4222-8222-222222222400": DiditBadRequestError,
    "22222222-2222-4222-8222-222222222401": DiditAuthenticationError,
    "22222222-2222-4222-8222-222222222403": DiditPermissionError,
    "22222222-2222-4222-8222-222222222404": DiditNotFoundError,
    MALFORMED: DiditValidationError,
}


class FakeDidit:
    """Answers GET /v3/session/{id}/decision/: Approved, or the status the id asks for."""

    def __init__(self) -> None:
        self.polled: list[str] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        session_id = scope["path"].split("/")[3]
        self.polled.append(session_id)
        status = REFUSED.get(session_id, 200)
        if status == 200:
            body: dict[str, Any] = {"session_id": session_id, "status": "Approved"}
        elif status == 403:
            body = {"detail": "You do not have permission to perform this action."}
        else:
            body = {"detail": "refused"}
        data = json.dumps(body).encode()
        headers = [(b"content-type", b"application/json")]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": data})


class DownStore:
    """A rate-limit store that never answers, as a Redis store does while Redis is down."""

    async def try_acquire(self, buckets: Sequence[Any], now: float, margin: float) -> float:
        raise DiditStoreUnavailableError("The Redis rate-limit store did not answer.")

    async def penalize(self, bucket: str, limit: ScopeLimit, now: float, until: float) -> None:
        raise DiditStoreUnavailableError("The Redis rate-limit store did not answer.")


class Clock(FakeClock):
    """Virtual time that fails the test, instead of spinning forever, once a watch outlives
    every bound it has (an hour)."""

    async def sleep(self, seconds: float) -> None:
        assert self.now() < 3600, "the watch is still polling after every bound"
        await super().sleep(seconds)


def client_for(app: FakeDidit, **options: Any) -> AsyncDidit:
    origin = "http://127.0.0.1:9"
    return AsyncDidit(
        api_key="sk_test_watch_errors_0123456789",
        http_client=httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=origin),
        verification_base_url=origin,
        apx_base_url=origin,
        auth_base_url=origin + "/auth/v2",
        **options,
    )


async def test_each_error_no_retry_heals_ends_its_session_at_once_and_the_watch_ends() -> None:
    app, clock = FakeDidit(), Clock()
    ids = [GOOD, MALFORMED, *REFUSED]
    async with (
        client_for(app, clock=clock) as client,
        client.sessions.watch(ids, min_interval=1.0) as changes,
    ):
        events = [c async for c in changes]
    ended = {c.session_id: c for c in events if c.final}
    assert set(ended) == set(ids)
    assert ended[GOOD].status == "Approved" and ended[GOOD].error is None
    for sid, cls in EXPECTED.items():
        assert type(ended[sid].error) is cls, sid
        assert (ended[sid].status, ended[sid].ended_by) == (None, "error")
    # One request per refused id, none for the malformed one (refused before sending).
    assert sorted(app.polled) == sorted([GOOD, *REFUSED])
    assert clock.now() < 1.0  # nothing waited on a retry


async def test_a_rate_limit_store_that_stays_down_ends_the_watch_after_give_up_after() -> None:
    app, clock = FakeDidit(), Clock()
    async with client_for(app, clock=clock, rate_limit_store=DownStore()) as client:
        watcher = client.sessions.watch([GOOD], min_interval=2.0, give_up_after=60)
        async with watcher as changes:
            events = [c async for c in changes]
    assert [(c.session_id, c.ended_by) for c in events] == [(GOOD, "error")]
    assert isinstance(events[0].error, DiditStoreUnavailableError)
    assert app.polled == []  # nothing reached Didit
    assert 60 <= clock.now() <= 60 + 2 * 2.0
    assert 2 <= watcher.polls <= 60 / 2.0 + 2  # tried again every min_interval meanwhile

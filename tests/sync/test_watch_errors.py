"""``Didit.sessions.watch`` (blocking) ends on errors no retry heals and on a store that stays
down, with the error on the session's change, as on ``AsyncDidit``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import httpx

from didit_async import (
    Didit,
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
from didit_async.sandbox._sync import ThreadedASGITransport

GOOD = "11111111-1111-4111-8111-111111111111"
MALFORMED = "not-a-session-id"
REFUSED: dict[str, tuple[int, type[DiditError]]] = {
    "22222222-2222-4222-8222-222222222400": (400, DiditBadRequestError),
    "22222222-2222-4222-8222-222222222401": (401, DiditAuthenticationError),
    "22222222-2222-4222-8222-222222222403": (403, DiditPermissionError),
    "22222222-2222-4222-8222-222222222404": (404, DiditNotFoundError),
}


class Clock(FakeClock):
    """Virtual time that fails the test, instead of spinning forever, past every bound."""

    async def sleep(self, seconds: float) -> None:
        assert self.now() < 3600, "the watch is still polling after every bound"
        await super().sleep(seconds)


def client_for(polled: list[str], **options: Any) -> Didit:
    async def didit(scope: Any, receive: Any, send: Any) -> None:
        session_id = scope["path"].split("/")[3]
        polled.append(session_id)
        status = REFUSED.get(session_id, (200, DiditError))[0]
        body = {"session_id": session_id, "status": "Approved"} if status == 200 else {}
        if status == 403:
            body = {"detail": "You do not have permission to perform this action."}
        headers = [(b"content-type", b"application/json")]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": json.dumps(body).encode()})

    origin = "http://127.0.0.1:9"
    transport = ThreadedASGITransport(httpx.ASGITransport(app=didit))
    return Didit(
        api_key="sk_test_watch_errors_0123456789",
        http_client=httpx.Client(transport=transport, base_url=origin),
        verification_base_url=origin,
        apx_base_url=origin,
        auth_base_url=origin + "/auth/v2",
        **options,
    )


def test_each_error_no_retry_heals_ends_its_session_and_the_blocking_watch_ends() -> None:
    polled: list[str] = []
    clock = Clock()
    ids = [GOOD, MALFORMED, *REFUSED]
    with client_for(polled, clock=clock) as client:
        ended = {c.session_id: c for c in client.sessions.watch(ids, min_interval=1.0)}
    assert set(ended) == set(ids)
    assert (ended[GOOD].status, ended[GOOD].error) == ("Approved", None)
    assert type(ended[MALFORMED].error) is DiditValidationError
    for sid, (_, cls) in REFUSED.items():
        assert type(ended[sid].error) is cls, sid
    assert all(c.ended_by == "error" for sid, c in ended.items() if sid != GOOD)
    assert sorted(polled) == sorted([GOOD, *REFUSED])  # the malformed id was never sent
    assert clock.now() < 1.0


def test_a_store_that_stays_down_ends_the_blocking_watch_after_give_up_after() -> None:
    class DownStore:
        async def try_acquire(self, buckets: Sequence[Any], now: float, margin: float) -> float:
            raise DiditStoreUnavailableError("The Redis rate-limit store did not answer.")

        async def penalize(self, bucket: str, limit: ScopeLimit, now: float, until: float) -> None:
            raise DiditStoreUnavailableError("The Redis rate-limit store did not answer.")

    polled: list[str] = []
    clock = Clock()
    with client_for(polled, clock=clock, rate_limit_store=DownStore()) as client:
        events = list(client.sessions.watch([GOOD], min_interval=2.0, give_up_after=60))
    assert [(c.session_id, c.ended_by) for c in events] == [(GOOD, "error")]
    assert isinstance(events[0].error, DiditStoreUnavailableError)
    assert polled == [] and 60 <= clock.now() <= 64

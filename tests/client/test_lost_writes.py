"""A write whose first attempt may have reached Didit is never reported as "nothing was sent",
and the lookup of a lost create never takes an older session for it.

* The rate-limit store failing before a retry of such a write is outcome-unknown, carrying the
  ``Idempotency-Key`` the attempts used, so a retry with it cannot run the write twice.
* A 503 whose ``Retry-After`` is too long to wait is looked up, never taken as "not processed".
* Without a ``Date`` header on the lookup's answer, this machine's clock at the first attempt
  bounds the lookup: a session made before then (less the documented skew allowance) is not
  this create's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from didit_async import (
    AsyncDidit,
    DiditServerError,
    DiditStoreUnavailableError,
    DiditWriteOutcomeUnknownError,
    FakeClock,
    RetryPolicy,
    ScopeLimit,
    _http,
)
from didit_async._constants import CREATE_LOOKUP_CLOCK_SKEW_SECONDS
from didit_async._http import ReadTimeout, Response
from didit_async.sandbox import FaultConfig, Sandbox, SandboxConfig

pytestmark = pytest.mark.anyio

FAST = RetryPolicy(initial_delay=0.001, max_delay=0.01, jitter=0.0, max_retries=4)


class StoreDownAfter:
    """A rate-limit store that admits ``n`` requests, then fails as Redis does when it is down."""

    def __init__(self, n: int) -> None:
        self.left = n
        self.calls = 0

    async def try_acquire(
        self, buckets: Sequence[tuple[str, ScopeLimit]], now: float, margin: float
    ) -> float:
        self.calls += 1
        if self.left <= 0:
            raise DiditStoreUnavailableError(
                "The Redis rate-limit store did not answer (ConnectionError); nothing was sent "
                "to Didit. Retry later."
            )
        self.left -= 1
        return 0.0

    async def penalize(self, bucket: str, limit: ScopeLimit, now: float, until: float) -> None:
        pass


class _Keys(_http.AsyncBaseTransport):
    """The sandbox in-process, noting the Idempotency-Key of every AML screening it receives."""

    def __init__(self, sandbox: Sandbox) -> None:
        self._inner = sandbox.transport()
        self.keys: list[str] = []

    async def handle_async_request(self, request: _http.Request) -> _http.Response:
        if request.url.path == "/v3/aml/":
            self.keys.append(request.headers["idempotency-key"])
        return await self._inner.handle_async_request(request)


class _SyncKeys(_http.BaseTransport):
    def __init__(self, sandbox: Sandbox) -> None:
        self._inner = sandbox.sync_transport()
        self.keys: list[str] = []

    def handle_request(self, request: _http.Request) -> _http.Response:
        if request.url.path == "/v3/aml/":
            self.keys.append(request.headers["idempotency-key"])
        return self._inner.handle_request(request)


def _check_store_outage(info: pytest.ExceptionInfo[DiditWriteOutcomeUnknownError]) -> None:
    message = str(info.value)
    assert "nothing was sent" not in message
    assert "may or may not have been applied" in message
    assert "rate-limit store failed" in message
    assert "idempotency_key" in message  # how to retry safely
    assert isinstance(info.value.__cause__, DiditStoreUnavailableError)


async def test_a_store_outage_after_an_aml_attempt_reached_didit_is_outcome_unknown() -> None:
    sandbox = Sandbox(SandboxConfig(rate_limiting=False))
    sandbox.app.faults = FaultConfig(drop_rate=1.0)  # the screening runs, its answer is lost
    keys = _Keys(sandbox)
    store = StoreDownAfter(1)
    async with AsyncDidit(
        api_key=sandbox.api_key,
        http_client=_http.AsyncClient(transport=keys),
        rate_limit_store=store,
        retry_policy=FAST,
        **sandbox.base_urls(),
    ) as client:
        with pytest.raises(DiditWriteOutcomeUnknownError) as info:
            await client.aml.screen(full_name="Ann Example")
    _check_store_outage(info)
    assert keys.keys and info.value.idempotency_key == keys.keys[0]  # the key Didit saw
    assert len(keys.keys) == 1


def test_blocking_didit_reports_the_same_outcome_unknown_with_the_key() -> None:
    from didit_async import Didit

    sandbox = Sandbox(SandboxConfig(rate_limiting=False))
    sandbox.app.faults = FaultConfig(drop_rate=1.0)
    keys = _SyncKeys(sandbox)
    with (
        Didit(
            api_key=sandbox.api_key,
            http_client=_http.Client(transport=keys),
            rate_limit_store=StoreDownAfter(1),
            retry_policy=FAST,
            **sandbox.base_urls(),
        ) as client,
        pytest.raises(DiditWriteOutcomeUnknownError) as info,
    ):
        client.aml.screen(full_name="Ann Example")
    _check_store_outage(info)
    assert keys.keys == [info.value.idempotency_key]


async def test_a_store_outage_before_anything_left_still_says_nothing_was_sent() -> None:
    sandbox = Sandbox(SandboxConfig(rate_limiting=False))
    async with sandbox.client(rate_limit_store=StoreDownAfter(0)) as client:
        with pytest.raises(DiditStoreUnavailableError):
            await client.aml.screen(full_name="Ann Example")
    assert sandbox.stats.per_operation["aml_screen"] == 0


def _page(*rows: dict[str, Any]) -> dict[str, Any]:
    return {"count": len(rows), "next": None, "previous": None, "results": list(rows)}


def _row(session_id: str, created_at: str, vendor: str = "user-1") -> dict[str, Any]:
    return {
        "session_id": session_id,
        "session_number": 7,
        "session_url": f"https://verify.didit.me/session/tok-{session_id}",
        "vendor_data": vendor,
        "status": "Approved",
        "workflow_id": "wf",
        "created_at": created_at,
    }


def _iso(epoch: float) -> str:
    import datetime

    return datetime.datetime.fromtimestamp(epoch, datetime.timezone.utc).isoformat()


async def test_without_a_date_header_an_old_finished_session_is_not_taken_for_a_lost_create(
    client: Any, router: Any, ops: Any
) -> None:
    create = router.post(f"{ops.V}/v3/session/").mock(
        side_effect=[ReadTimeout("lost"), Response(201, json={"session_id": "new"})]
    )
    # No Date header, and the only session with this vendor_data finished in 2024.
    lookup = router.get(f"{ops.V}/v3/sessions/").mock(
        return_value=Response(200, json=_page(_row("old", "2024-03-01T10:00:00Z")))
    )
    body = await client.transport.request(
        ops.SESSION_CREATE, json={"workflow_id": "wf", "vendor_data": "user-1"}
    )
    assert body == {"session_id": "new"}
    assert create.call_count == 2 and lookup.call_count == 1


async def test_without_a_date_header_the_skew_allowance_bounds_the_window(
    client: Any, router: Any, ops: Any, clock: FakeClock
) -> None:
    sent_at = clock.wall()
    router.post(f"{ops.V}/v3/session/").mock(
        side_effect=[ReadTimeout("lost"), Response(201, json={"session_id": "new"})]
    )
    just_inside = _row("ours", _iso(sent_at - CREATE_LOOKUP_CLOCK_SKEW_SECONDS + 5))
    router.get(f"{ops.V}/v3/sessions/").mock(return_value=Response(200, json=_page(just_inside)))
    body = await client.transport.request(
        ops.SESSION_CREATE, json={"workflow_id": "wf", "vendor_data": "user-1"}
    )
    assert body["session_id"] == "ours"  # within the allowance: found, not made again
    assert body["session_token"] == "tok-ours"  # from the session URL's last segment


async def test_a_503_with_a_retry_after_too_long_to_wait_is_looked_up_not_resent(
    client: Any, router: Any, ops: Any, clock: FakeClock
) -> None:
    create = router.post(f"{ops.V}/v3/session/").mock(
        return_value=Response(503, headers={"Retry-After": "3600"})
    )
    lookup = router.get(f"{ops.V}/v3/sessions/").mock(
        return_value=Response(200, json=_page(_row("made", _iso(clock.wall()))))
    )
    body = await client.transport.request(
        ops.SESSION_CREATE, json={"workflow_id": "wf", "vendor_data": "user-1"}
    )
    assert body["session_id"] == "made"
    assert create.call_count == 1 and lookup.call_count == 1
    # Nothing found: the 503 is raised then, without waiting the hour or re-sending.
    lookup.mock(return_value=Response(200, json=_page()))
    with pytest.raises(DiditServerError):
        await client.transport.request(
            ops.SESSION_CREATE, json={"workflow_id": "wf", "vendor_data": "user-2"}
        )
    assert create.call_count == 2
    assert clock.now() < 60


@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_a_failed_lookup_after_a_5xx_is_outcome_unknown_naming_the_lookup(
    client: Any, router: Any, ops: Any, status: int
) -> None:
    create = router.post(f"{ops.V}/v3/session/").mock(return_value=Response(status))
    router.get(f"{ops.V}/v3/sessions/").mock(return_value=Response(403, json={"detail": "no"}))
    with pytest.raises(DiditWriteOutcomeUnknownError) as info:
        await client.transport.request(
            ops.SESSION_CREATE, json={"workflow_id": "wf", "vendor_data": "user-1"}
        )
    assert create.call_count == 1  # never re-sent without an answer from the lookup
    assert f"Didit answered {status}" in str(info.value)
    assert "looking it up failed too (DiditPermissionError 403" in str(info.value)
    assert type(info.value.__cause__).__name__ == "DiditPermissionError"


class _PenaltyDown(StoreDownAfter):
    """Admits every request; fails when asked to record a 429."""

    async def penalize(self, bucket: str, limit: ScopeLimit, now: float, until: float) -> None:
        raise DiditStoreUnavailableError("Redis did not answer; nothing was sent to Didit.")


async def test_a_store_failing_to_record_a_later_429_is_outcome_unknown_too(
    client_factory: Any, router: Any, ops: Any
) -> None:
    route = router.post(f"{ops.V}/v3/aml/").mock(
        side_effect=[ReadTimeout("lost"), Response(429, headers={"Retry-After": "1"})]
    )
    async with client_factory(rate_limit_store=_PenaltyDown(10**6)) as client:
        with pytest.raises(DiditWriteOutcomeUnknownError) as info:
            await client.transport.request(ops.AML, json={"full_name": "A B"})
    assert route.call_count == 2
    assert info.value.idempotency_key == route.calls[0].request.headers["Idempotency-Key"]
    assert isinstance(info.value.__cause__, DiditStoreUnavailableError)

"""One create never makes two sessions, even once the first finished: not when its answer is
lost or its 2xx is cut short, and a cancelled bulk run reports every session it made.

Didit reuses only an *unfinished* session for a repeated ``vendor_data``. These sandboxes finish
sessions at once (``start_after=0, finish_after=0``), so a blind re-send after a lost answer
would make a second session; the client must look the first one up instead.
"""

from __future__ import annotations

import gzip
import time
from typing import Any

import anyio
import pytest

from didit_async import (
    AsyncDidit,
    DiditWriteOutcomeUnknownError,
    FakeClock,
    _http,
)
from didit_async.sandbox import FaultConfig, Sandbox, SandboxConfig

pytestmark = pytest.mark.anyio

FINISHED = {"Approved", "Declined", "In Review", "Expired", "Abandoned"}


class _FastForward(FakeClock):
    """Retry and rate-limit waits take no real time, but time never runs slower than real time.

    The in-process sandbox stamps ``created_at`` and ``Date`` with the real clock, and the lookup
    measures "since the first attempt" with the client's. A plain FakeClock stands still while
    requests really run, so on a busy machine a session made more than the lookup's slack ago
    (in real time) looked older than the first attempt, and was created again: 301 of 300.
    """

    def __init__(self) -> None:
        super().__init__()
        self._real_start = time.monotonic()

    def now(self) -> float:
        return super().now() + (time.monotonic() - self._real_start)


class _Faulty(_http.AsyncBaseTransport):
    """The in-process sandbox, losing or cutting short the answers to the first ``n`` creates
    after Didit made the session."""

    def __init__(self, sandbox: Sandbox, mode: str, n: int = 1) -> None:
        self._inner = sandbox.transport()
        self.mode = mode
        self.left = n
        self.creates = 0

    async def handle_async_request(self, request: _http.Request) -> _http.Response:
        response = await self._inner.handle_async_request(request)
        if request.method != "POST" or request.url.path != "/v3/session/":
            return response
        self.creates += 1
        if self.left <= 0:
            return response
        self.left -= 1
        await response.aread()
        if self.mode == "drop":
            raise _http.ReadError("connection reset after the write", request=request)
        if self.mode == "truncate":
            return _http.Response(
                201, content=response.content[:20], headers={"content-type": "application/json"}
            )
        # The answer compressed and cut inside the gzip data: in the middle, or with only the
        # trailer missing (every byte of the JSON there, the stream still unfinished).
        packed = gzip.compress(response.content)
        cut = packed[: len(packed) // 2] if self.mode == "gzip-cut" else packed[:-8]
        headers = {"content-type": "application/json", "content-encoding": "gzip"}
        return _http.Response(201, stream=_http.ByteStream(cut), headers=headers)


async def _setup(mode: str, n: int = 1) -> tuple[Sandbox, _Faulty, AsyncDidit, str]:
    sandbox = Sandbox(SandboxConfig(start_after=0, finish_after=0))
    faulty = _Faulty(sandbox, mode, n)
    client = AsyncDidit(
        api_key=sandbox.api_key,
        http_client=_http.AsyncClient(transport=faulty),
        clock=_FastForward(),
        max_retries=4,
        **sandbox.base_urls(),
    )
    faulty.left += 1  # the workflow create below goes through untouched
    wid = (await client.workflows.create(workflow_label="K")).uuid
    faulty.left -= 1
    return sandbox, faulty, client, wid


@pytest.mark.parametrize("mode", ["drop", "truncate", "gzip-cut", "gzip-cut-trailer"])
async def test_a_lost_create_of_a_session_that_already_finished_is_found_not_made_twice(
    mode: str,
) -> None:
    sandbox, faulty, client, wid = await _setup(mode)
    async with client:
        session = await client.sessions.create(workflow_id=wid, vendor_data="user-1")
    sessions = list(sandbox.state.sessions.values())
    assert [s.session_id for s in sessions] == [session.session_id]
    assert sessions[0].status in FINISHED  # reuse could not have saved a blind re-send
    assert session.vendor_data == "user-1"
    assert faulty.creates == 1


async def test_a_create_that_never_happened_is_sent_again() -> None:
    sandbox = Sandbox(SandboxConfig(start_after=0, finish_after=0))
    async with sandbox.client(clock=_FastForward(), max_retries=3) as client:
        wid = (await client.workflows.create(workflow_label="K")).uuid
        sandbox.app.faults = FaultConfig(drop_rate=1.0, drop_after_write=False)
        sandbox.app.rng.seed(1)
        # Every request is dropped before the handler runs; lookups too. Nothing was made, and
        # the client says it could not tell rather than guessing.
        with pytest.raises(DiditWriteOutcomeUnknownError):
            await client.sessions.create(workflow_id=wid, vendor_data="user-2")
    assert len(sandbox.state.sessions) == 0


@pytest.mark.parametrize("mode", ["drop", "truncate", "gzip-cut", "gzip-cut-trailer"])
async def test_without_vendor_data_a_lost_create_is_outcome_unknown_and_not_resent(
    mode: str,
) -> None:
    sandbox, faulty, client, wid = await _setup(mode)
    async with client:
        with pytest.raises(DiditWriteOutcomeUnknownError) as info:
            await client.sessions.create(workflow_id=wid)
    assert "vendor_data" in str(info.value)
    assert faulty.creates == 1
    assert len(sandbox.state.sessions) == 1


@pytest.mark.parametrize("seed", [5, 23])
async def test_chaos_bulk_with_sessions_that_finish_at_once_makes_exactly_one_each(
    seed: int,
) -> None:
    n = 300
    sandbox = Sandbox(SandboxConfig(start_after=0, finish_after=0, rate_limit_scale=100))
    faults = FaultConfig(
        drop_rate=0.05, truncate_rate=0.03, error_rate=0.05, rate_limit_burst_rate=0.02, seed=seed
    )
    async with sandbox.client(clock=_FastForward(), max_retries=8) as client:
        wid = (await client.workflows.create(workflow_label="bulk")).uuid
        sandbox.app.faults = faults
        sandbox.app.rng.seed(seed)
        rows = ({"workflow_id": wid, "vendor_data": f"bulk-{i}"} for i in range(n))
        async with client.sessions.create_many(rows, concurrency=8) as run:
            results = [r async for r in run]
    assert sorted(r.index for r in results) == list(range(n))
    assert [r for r in results if not r.ok] == []
    sessions = list(sandbox.state.sessions.values())
    vendors = [s.vendor_data for s in sessions]
    assert len(sessions) == n  # exactly n sessions...
    assert len(set(vendors)) == n  # ...each vendor_data once: zero duplicates
    assert {r.session.session_id for r in results} == {s.session_id for s in sessions}  # type: ignore[union-attr]
    sandbox.state.tick()  # every session finishes at the first tick after its creation
    assert all(s.status in FINISHED for s in sessions)
    stats = sandbox.stats
    assert stats.dropped > 0 and stats.truncated > 0 and stats.injected_5xx > 0


async def test_a_cancelled_batch_reports_every_session_it_made() -> None:
    sandbox = Sandbox(SandboxConfig(start_after=0, finish_after=0, rate_limiting=False))
    async with sandbox.client(rate_limiting=False) as client:
        wid = (await client.workflows.create(workflow_label="bulk")).uuid
        # Each create takes effect at once, but its answer leaves 50 ms later: a cancellation
        # in that gap leaves a session the batch never saw.
        sandbox.app.faults = FaultConfig(delay_after_write=0.05)
        rows = ({"workflow_id": wid, "vendor_data": f"c-{i}"} for i in range(10_000))
        run = client.sessions.create_many(rows, concurrency=8)
        seen: list[Any] = []
        with anyio.move_on_after(0.5):
            async with run as results:
                async for result in results:
                    seen.append(result)
        made = {s.session_id for s in sandbox.state.sessions.values()}
        assert 0 < len(made) < 10_000
        assert run.unreported  # rows in flight when the batch was cancelled
        sandbox.app.faults = FaultConfig()
        late = await run.reconcile()
    reported = {r.session.session_id for r in seen + late if r.ok}
    assert reported == made  # every session that reached Didit is reported exactly once
    assert any(r.recovered for r in late)
    assert len({r.index for r in seen + late}) == len(seen) + len(late)

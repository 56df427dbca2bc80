"""The rate limiter against a simulated Didit: 60-second sliding windows, in virtual time."""

from __future__ import annotations

import random
from bisect import bisect_right
from collections import defaultdict
from itertools import pairwise
from typing import Any

import anyio
import pytest

from didit_async import DiditRateLimitError, FakeClock, RateLimiter, ScopeLimit
from didit_async._constants import RATE_LIMIT_RECOVERY_SECONDS, RATE_LIMIT_REPAUSE_SECONDS
from didit_async._http import Response
from didit_async._ratelimit import default_scope_limits

pytestmark = pytest.mark.anyio


def max_in_any_window(times: list[float], window: float = 60.0) -> int:
    """The most arrivals any window ``(t - window, t]`` of Didit's sliding counter saw."""
    ordered = sorted(times)
    worst = 0
    for i, t in enumerate(ordered):
        first = bisect_right(ordered, t - window)
        worst = max(worst, i + 1 - first)
    return worst


async def run_load(
    limiter: RateLimiter,
    clock: FakeClock,
    workload: dict[str, tuple[tuple[str, ...], int]],
    duration: float,
    *,
    latency: float = 0.5,
) -> dict[str, list[float]]:
    """Saturate: per kind, ``workers`` tasks acquire back to back until ``duration``.

    Each admitted request reaches "Didit" after a random network delay in [0, latency), and
    arrival times are what the server counts.
    """
    rng = random.Random(1234)
    arrivals: dict[str, list[float]] = defaultdict(list)

    async def worker(kind: str, scopes: tuple[str, ...]) -> None:
        while True:
            await limiter.acquire(scopes, key="k")
            if clock.now() >= duration:
                return
            arrivals[kind].append(clock.now() + rng.random() * latency)

    async with anyio.create_task_group() as tg:
        for kind, (scopes, workers) in workload.items():
            for _ in range(workers):
                tg.start_soon(worker, kind, scopes)
    return arrivals


async def test_ten_minutes_of_saturating_load_never_exceeds_a_window_and_uses_97_percent(
    clock: FakeClock,
) -> None:
    limiter = RateLimiter(default_scope_limits(), clock=clock)
    arrivals = await run_load(limiter, clock, {"get": (("generic-get",), 40)}, 600.0)
    gets = arrivals["get"]
    assert max_in_any_window(gets) <= 600
    assert len(gets) >= 0.97 * 600 * 10
    # And not only thanks to the first full minute: the steady state sustains >= 97 % too.
    steady = [t for t in gets if 120.0 <= t < 600.0]
    assert len(steady) >= 0.97 * 600 * 8


async def test_a_plain_full_bucket_would_trip_the_window_and_ours_does_not(
    clock: FakeClock,
) -> None:
    # The first minute is where a token bucket starting full lets ~2x through.
    limiter = RateLimiter({"s": ScopeLimit(100, 60.0)}, clock=clock)
    arrivals = await run_load(limiter, clock, {"x": (("s",), 10)}, 120.0)
    first_61s = [t for t in arrivals["x"] if t < 61.0]
    assert len(first_61s) <= 100
    assert max_in_any_window(arrivals["x"]) <= 100


async def test_mixed_session_creates_gets_and_pdfs_respect_method_and_endpoint_scopes(
    clock: FakeClock,
) -> None:
    limiter = RateLimiter(default_scope_limits(), clock=clock)
    arrivals = await run_load(
        limiter,
        clock,
        {
            "create": (("generic-write", "session-create"), 20),
            "get": (("generic-get",), 20),
            "pdf": (("generic-get", "session-generate-pdf"), 5),
        },
        240.0,
    )
    creates, gets, pdfs = arrivals["create"], arrivals["get"], arrivals["pdf"]
    assert max_in_any_window(creates) <= 300  # generic-write is the binding scope
    assert max_in_any_window(gets + pdfs) <= 600  # every GET counts in generic-get
    assert max_in_any_window(pdfs) <= 50  # and PDFs in their own scope on top
    # The binding scopes are used to the full, and PDFs, which compete with 20 GET workers for
    # generic-get in FIFO order, still get a steady share instead of starving.
    assert len(creates) >= 0.97 * 300 * 4
    assert len(gets) + len(pdfs) >= 0.97 * 600 * 4
    assert len(pdfs) >= 0.25 * 50 * 4


async def test_waiters_are_served_first_come_first_served(clock: FakeClock) -> None:
    limiter = RateLimiter({"s": ScopeLimit(1, 10.0)}, clock=clock, margin=0.0)
    order: list[tuple[int, float]] = []

    async def take(i: int) -> None:
        await limiter.acquire(["s"])
        order.append((i, clock.now()))

    async with anyio.create_task_group() as tg:
        for i in range(5):
            tg.start_soon(take, i)
            await anyio.lowlevel.checkpoint()
    assert [i for i, _ in order] == [0, 1, 2, 3, 4]
    assert [t for _, t in order] == [0.0, 10.0, 20.0, 30.0, 40.0]


async def test_a_cancelled_waiter_takes_no_token(clock: FakeClock) -> None:
    limiter = RateLimiter({"s": ScopeLimit(1, 10.0)}, clock=clock, margin=0.0)
    await limiter.acquire(["s"])  # t=0, the window is now full until t=10
    admitted: list[float] = []

    async with anyio.create_task_group() as tg:
        scope = anyio.CancelScope()

        async def doomed() -> None:
            with scope:
                await limiter.acquire(["s"])
                admitted.append(-1.0)

        tg.start_soon(doomed)
        await clock.sleep(5.0)
        scope.cancel()

    await limiter.acquire(["s"])
    admitted.append(clock.now())
    assert admitted == [10.0]  # the cancelled waiter consumed nothing


async def test_a_stray_429_pauses_the_scope_but_does_not_slow_it_down(clock: FakeClock) -> None:
    limiter = RateLimiter({"pdf": ScopeLimit(10, 60.0)}, clock=clock, margin=0.0)
    await limiter.acquire(["pdf"])
    blamed = await limiter.penalize(["pdf"], retry_after=5.0)
    assert blamed == "pdf"
    await limiter.acquire(["pdf"])
    assert clock.now() == 5.0  # paused until the server's wait had passed
    for _ in range(8):
        await limiter.acquire(["pdf"])
    # One 429 is not a wrong limit: the rest of the window is still there to use.
    assert clock.now() == 5.0


async def test_persistent_429s_cut_the_rate_which_recovers_quickly(clock: FakeClock) -> None:
    limiter = RateLimiter({"pdf": ScopeLimit(10, 60.0)}, clock=clock, margin=0.0)
    for _ in range(3):
        await limiter.acquire(["pdf"])
        await limiter.penalize(["pdf"], retry_after=1.0)
    cut_at = clock.now()
    times = []
    for _ in range(7):
        await limiter.acquire(["pdf"])
        times.append(clock.now())
    # Three 429s out of three requests: the limit is wrong, so the scope runs at half of it
    # after the pause (5 a window, 3 of them taken), growing back by one every 1.5 s until it
    # is whole again RATE_LIMIT_RECOVERY_SECONDS (15 s) after the cut, long before the window
    # would have let the first three out.
    assert [t - cut_at for t in times] == pytest.approx([1.0, 1.0, 3.0, 6.0, 9.0, 12.0, 15.0])
    assert times[-1] - cut_at == pytest.approx(RATE_LIMIT_RECOVERY_SECONDS)
    clock.advance(60.0)
    start = clock.now()
    for _ in range(10):
        await limiter.acquire(["pdf"])
    assert clock.now() == start


async def test_stray_429s_pause_a_scope_at_most_once_every_repause_period(
    clock: FakeClock,
) -> None:
    limiter = RateLimiter({"w": ScopeLimit(300, 60.0)}, clock=clock, margin=0.0)
    for _ in range(100):
        await limiter.acquire(["w"])
    await limiter.penalize(["w"], retry_after=1.0)
    await limiter.penalize(["w"], retry_after=3.0)  # during the pause: the longest wait wins
    await limiter.acquire(["w"])
    assert clock.now() == 3.0
    # Another stray 429 right after: the throttled request waits on its own, the scope doesn't
    # stop again (a burst with 5 % stray 429s would otherwise stall pause after pause).
    await limiter.penalize(["w"], retry_after=1.0)
    await limiter.acquire(["w"])
    assert clock.now() == 3.0
    clock.advance(RATE_LIMIT_REPAUSE_SECONDS)
    await limiter.penalize(["w"], retry_after=1.0)  # a period later: a pause again
    start = clock.now()
    await limiter.acquire(["w"])
    assert clock.now() == start + 1.0


async def test_a_few_429s_at_full_speed_are_noise_and_keep_the_limit(clock: FakeClock) -> None:
    # 5 % stray 429s (another client, a blip at Didit), each with Retry-After: 1.
    limiter = RateLimiter({"w": ScopeLimit(300, 60.0)}, clock=clock)
    rng = random.Random(5)
    admitted: list[float] = []
    throttled = 0

    async def worker() -> None:
        nonlocal throttled
        while clock.now() < 600.0:
            await limiter.acquire(["w"], key="k")
            if rng.random() < 0.05:
                throttled += 1
                await limiter.penalize(["w"], key="k", retry_after=1.0)
            else:
                admitted.append(clock.now())

    async with anyio.create_task_group() as tg:
        for _ in range(16):
            tg.start_soon(worker)
    assert throttled > 100
    sent = len(admitted) + throttled
    # Sent at >= 95 % of the limit over ten minutes: the pauses cost almost nothing, and the
    # limit was never cut (halving on each 429 ran at a fraction of it).
    assert sent >= 0.95 * 300 * 10
    assert max_in_any_window(admitted) <= 300


async def test_persistent_429s_from_a_second_client_on_the_key_are_survived(
    clock: FakeClock,
) -> None:
    # Didit really allows 100 a minute, but another process uses half of it unseen: every
    # request beyond 50 in a window is a 429 with the server's exact wait.
    limiter = RateLimiter({"s": ScopeLimit(100, 60.0)}, clock=clock, margin=0.0)
    ours: list[float] = []
    throttled: list[float] = []

    async def worker() -> None:
        while clock.now() < 600.0:
            await limiter.acquire(["s"])
            now = clock.now()
            recent = [t for t in ours if t > now - 60.0]
            if len(recent) >= 50:
                throttled.append(now)
                await limiter.penalize(["s"], retry_after=recent[0] + 60.0 - now)
            else:
                ours.append(now)

    async with anyio.create_task_group() as tg:
        for _ in range(8):
            tg.start_soon(worker)
    # Throttled but not stuck: the server's share is used, and honouring the server's exact
    # wait keeps it to one 429 a window (each pause ends when the server has room again).
    assert len(ours) >= 0.9 * 50 * 10
    assert len(throttled) <= 600 / 60 + 1


async def test_the_429_blames_the_scope_named_by_x_ratelimit_limit(clock: FakeClock) -> None:
    limiter = RateLimiter(default_scope_limits(), clock=clock)
    scopes = ["generic-get", "session-generate-pdf"]
    assert await limiter.penalize(scopes, retry_after=1.0, limit_header=600) == "generic-get"
    assert await limiter.penalize(scopes, retry_after=1.0) == "session-generate-pdf"


async def test_limits_are_per_api_key(clock: FakeClock) -> None:
    limiter = RateLimiter({"s": ScopeLimit(2, 60.0)}, clock=clock)
    for _ in range(2):
        await limiter.acquire(["s"], key="a")
    await limiter.acquire(["s"], key="b")
    assert clock.now() == 0.0


async def test_limiting_can_be_turned_off(clock: FakeClock) -> None:
    limiter = RateLimiter({"s": ScopeLimit(1, 60.0)}, clock=clock, enabled=False)
    for _ in range(100):
        await limiter.acquire(["s"])
    assert clock.now() == 0.0


async def test_unknown_and_empty_scopes_do_not_wait(clock: FakeClock) -> None:
    limiter = RateLimiter({"s": ScopeLimit(1, 60.0)}, clock=clock)
    for _ in range(5):
        await limiter.acquire([])  # e.g. the exempt healthcheck
        await limiter.acquire(["not-configured"])
    assert clock.now() == 0.0


def test_default_scopes_are_didits_documented_limits() -> None:
    limits = default_scope_limits()
    assert limits["generic-get"] == ScopeLimit(600, 60.0)
    assert limits["generic-write"] == ScopeLimit(300, 60.0)
    assert limits["session-generate-pdf"] == ScopeLimit(50, 60.0)
    assert limits["account-register"] == ScopeLimit(5, 3600.0)
    assert set(limits) == {
        "generic-get",
        "generic-write",
        "session-create",
        "session-generate-pdf",
        "session-update-kyc",
        "session-update-poa",
        "account-register",
        "ingest-write",
        "phone-risk-number",
    }
    assert limits["ingest-write"] == ScopeLimit(600, 60.0)
    assert limits["phone-risk-number"] == ScopeLimit(4, 3600.0)


async def test_a_keyed_scope_keeps_one_window_per_value(clock: FakeClock) -> None:
    limiter = RateLimiter({"per-number": ScopeLimit(1, 3600.0)}, clock=clock)
    await limiter.acquire(["per-number"], subkeys={"per-number": "a"})
    await limiter.acquire(["per-number"], subkeys={"per-number": "b"})  # another value: free
    assert clock.now() == 0.0
    with pytest.raises(DiditRateLimitError):  # the same value waits an hour: refused
        await limiter.acquire(["per-number"], subkeys={"per-number": "a"})


def test_simulated_counter_sees_a_burst(  # the checker itself must be able to fail
) -> None:
    assert max_in_any_window([0.0] * 601) == 601
    assert max_in_any_window([0.0, 60.0]) == 1
    assert max_in_any_window([0.0, 59.9]) == 2


async def test_a_wait_longer_than_allowed_fails_loudly_instead_of_blocking(
    clock: FakeClock,
) -> None:
    from didit_async import DiditRateLimitError

    limiter = RateLimiter(default_scope_limits(), clock=clock)
    scopes = ["generic-write", "account-register"]
    for _ in range(5):
        await limiter.acquire(scopes)
    with pytest.raises(DiditRateLimitError, match="account-register") as info:
        await limiter.acquire(scopes)
    assert info.value.retry_after is not None
    assert info.value.retry_after > 3000
    assert clock.now() == 0.0


async def test_watch_paces_its_polls_by_the_budget_of_the_decision_scopes(
    client_factory: Any, router: Any, ops: Any, clock: FakeClock
) -> None:
    """watch() spaces decision polls by the limit of the scopes a decision GET counts against
    (generic-get): four sessions at 4 polls/s go out a quarter second apart, not in one burst
    that the sliding window would echo a window later."""
    asked: list[float] = []

    def answer(request: Any) -> Response:
        asked.append(clock.now())
        session_id = request.url.path.split("/")[3]
        return Response(200, json={"session_id": session_id, "status": "Approved"})

    router.get(url__regex=rf"{ops.V}/v3/session/[^/]+/decision/").mock(side_effect=answer)
    ids = [f"9f2c3a1e-8d4b-4c5a-9e6f-1a2b3c4d5e6{i}" for i in range(4)]
    limits = {"generic-get": ScopeLimit(4, 1.0)}
    async with (
        client_factory(rate_limits=limits) as client,
        client.sessions.watch(ids, min_interval=0.0) as changes,
    ):
        final = {c.session_id async for c in changes if c.final}
    assert final == set(ids)
    assert [round(b - a, 6) for a, b in pairwise(asked)] == [0.25, 0.25, 0.25]

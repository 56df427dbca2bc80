"""RedisRateLimitStore against a real redis-server: atomic windows, the server's clock, shared
429 state, keys that expire, and what happens when Redis is down or slow."""

from __future__ import annotations

import logging
import time

import anyio
import pytest
from redis.asyncio import Redis

from bench.redis_server import RedisServer
from didit_async import DiditStoreUnavailableError, RateLimiter, ScopeLimit
from didit_async._constants import RATE_LIMIT_RECOVERY_SECONDS
from didit_async.redis import RedisRateLimitStore
from didit_async.sandbox import Sandbox, SandboxConfig

pytestmark = pytest.mark.anyio


def store(url: str, prefix: str, **kw: object) -> RedisRateLimitStore:
    # A generous timeout unless a test is about timeouts: the machine may be busy, and these
    # tests open hundreds of connections at once.
    kw.setdefault("timeout", 10.0)
    return RedisRateLimitStore.from_url(url, prefix=prefix, **kw)  # type: ignore[arg-type]


async def test_concurrent_acquirers_never_overfill_a_window_and_admit_all_or_none(
    redis_url: str, redis: Redis, prefix: str
) -> None:
    # Eight "processes" (separate clients, no local coordination) race 240 acquisitions into
    # two scopes: A (30 a minute) and B (20 a minute). Half the requests count in both.
    stores = [store(redis_url, prefix) for _ in range(8)]
    a, b = ("k:a", ScopeLimit(30, 60.0)), ("k:b", ScopeLimit(20, 60.0))
    admitted = {"ab": 0, "a": 0}

    async def one(s: RedisRateLimitStore, kind: str) -> None:
        buckets = [a, b] if kind == "ab" else [a]
        if await s.try_acquire(buckets, time.monotonic(), 0.0) == 0.0:
            admitted[kind] += 1

    async with anyio.create_task_group() as tg:
        for i in range(240):
            tg.start_soon(one, stores[i % 8], "ab" if i % 2 else "a")
    in_a = await redis.zcard(f"{prefix}{{k}}:a:log")
    in_b = await redis.zcard(f"{prefix}{{k}}:b:log")
    assert in_a == 30  # full, never over
    assert in_b <= 20
    # All or none: every admission the clients were told about is in every scope it names,
    # and nothing was recorded for a request that was turned away.
    assert in_a == admitted["ab"] + admitted["a"]
    assert in_b == admitted["ab"]
    for s in stores:
        await s.aclose()


async def test_limiters_in_many_processes_share_one_window(redis_url: str, prefix: str) -> None:
    # Four limiters (as four processes would have) at 10 a second over a 0.5 s window: 40
    # acquisitions take about 2 s together, not 0.5 s each.
    limiters = [
        RateLimiter({"s": ScopeLimit(5, 0.5)}, store=store(redis_url, prefix), margin=0.0)
        for _ in range(4)
    ]
    times: list[float] = []

    async def worker(limiter: RateLimiter) -> None:
        for _ in range(10):
            await limiter.acquire(["s"], key="k")
            times.append(time.monotonic())

    start = time.monotonic()
    async with anyio.create_task_group() as tg:
        for limiter in limiters:
            tg.start_soon(worker, limiter)
    for limiter in limiters:
        await limiter.store.aclose()  # type: ignore[attr-defined]
    # 40 / 5 = 8 windows' worth, the first one free: at least 7 × 0.5 s together, where four
    # unshared limiters would each be done in 1 s. (That no window holds more than its limit
    # is checked exactly, on the server's own log, by the test above.)
    assert len(times) == 40
    assert max(times) - start >= 7 * 0.5


async def test_windows_use_the_servers_clock_not_the_callers(
    redis_url: str, redis: Redis, prefix: str
) -> None:
    s = store(redis_url, prefix)
    bucket = [("k:s", ScopeLimit(2, 60.0))]
    assert await s.try_acquire(bucket, 0.0, 0.0) == 0.0
    assert await s.try_acquire(bucket, 5.0, 0.0) == 0.0
    # A host whose clock is a day ahead still finds the window full: only Redis's time counts.
    wait = await s.try_acquire(bucket, 86_400.0, 0.0)
    assert 55.0 < wait <= 60.0
    seconds, micros = await redis.time()
    server_now = seconds + micros / 1e6
    scores = [
        score for _, score in await redis.zrange(f"{prefix}{{k}}:s:log", 0, -1, withscores=True)
    ]
    assert len(scores) == 2
    assert all(abs(score - server_now) < 5.0 for score in scores)
    await s.aclose()


async def test_keys_expire_on_their_own(redis_url: str, redis: Redis, prefix: str) -> None:
    s = store(redis_url, prefix)
    lim = ScopeLimit(3, 0.2)
    await s.try_acquire([("k:s", lim)], 0.0, 0.1)
    await s.penalize("k:s", lim, 0.0, 0.5)
    log, state, throttled = (f"{prefix}{{k}}:s:{kind}" for kind in ("log", "state", "429"))
    # Each key lives just past the longest time it matters: the window (+ margin), the pause
    # plus the recovery, the window of 429s; one second of slack each.
    assert 0 < await redis.pttl(log) <= 300 + 1000
    assert 0 < await redis.pttl(throttled) <= 200 + 1000
    assert 0 < await redis.pttl(state) <= (0.5 + RATE_LIMIT_RECOVERY_SECONDS) * 1000 + 1000
    await anyio.sleep(1.5)
    assert await redis.exists(log, throttled) == 0
    await s.aclose()


async def test_a_429_seen_by_one_process_pauses_every_process(redis_url: str, prefix: str) -> None:
    one, other = store(redis_url, prefix), store(redis_url, prefix)
    lim = ScopeLimit(100, 60.0)
    assert await other.try_acquire([("k:s", lim)], 0.0, 0.0) == 0.0
    await one.penalize("k:s", lim, 1000.0, 1002.0)  # Retry-After: 2 (one's clock is its own)
    wait = await other.try_acquire([("k:s", lim)], 0.0, 0.0)
    assert 1.0 < wait <= 2.0  # the 2 s pause, less the time between the two calls
    await one.aclose()
    await other.aclose()


async def test_a_stray_429_soon_after_a_pause_does_not_pause_every_process_again(
    redis_url: str, prefix: str
) -> None:
    one, other = store(redis_url, prefix), store(redis_url, prefix)
    lim = ScopeLimit(300, 60.0)
    for _ in range(50):
        assert await other.try_acquire([("k:s", lim)], 0.0, 0.0) == 0.0
    await one.penalize("k:s", lim, 0.0, 0.3)
    assert 0.0 < await other.try_acquire([("k:s", lim)], 0.0, 0.0) <= 0.3
    await anyio.sleep(0.35)
    await one.penalize("k:s", lim, 0.0, 0.3)  # stray, within RATE_LIMIT_REPAUSE_SECONDS
    assert await other.try_acquire([("k:s", lim)], 0.0, 0.0) == 0.0
    await one.aclose()
    await other.aclose()


async def test_persistent_429s_cut_the_shared_rate_and_stray_ones_do_not(
    redis_url: str, prefix: str
) -> None:
    s = store(redis_url, prefix)
    lim = ScopeLimit(10, 60.0)
    for _ in range(3):
        assert await s.try_acquire([("k:cut", lim)], 0.0, 0.0) == 0.0
        await s.penalize("k:cut", lim, 0.0, 0.0)  # three 429s out of three: persistent
    # Cut to half of 10: two more fit beside the three, the next one waits for the recovery
    # (1.5 s per request), not for the window (60 s).
    assert [await s.try_acquire([("k:cut", lim)], 0.0, 0.0) for _ in range(2)] == [0.0, 0.0]
    wait = await s.try_acquire([("k:cut", lim)], 0.0, 0.0)
    assert 2.0 < wait < 3.5

    big = ScopeLimit(300, 60.0)
    for i in range(100):
        assert await s.try_acquire([("k:stray", big)], 0.0, 0.0) == 0.0
        if i % 20 == 0:
            await s.penalize("k:stray", big, 0.0, 0.0)  # 5 % stray 429s: noise
    assert await s.try_acquire([("k:stray", big)], 0.0, 0.0) == 0.0
    await s.aclose()


async def test_fail_closed_when_redis_stops_mid_run_and_nothing_reaches_didit(
    own_server: RedisServer, prefix: str
) -> None:
    s = store(own_server.url, prefix, timeout=0.5, outage_wait=0.5)
    sandbox = Sandbox(SandboxConfig(rate_limiting=False))
    async with sandbox.client(rate_limit_store=s) as client:
        wf = await client.workflows.create(workflow_label="kyc")
        await client.sessions.create(workflow_id=wf.uuid, vendor_data="before")
        own_server.stop()
        sent = sandbox.stats.requests
        with pytest.raises(DiditStoreUnavailableError, match="did not answer"):
            await client.sessions.create(workflow_id=wf.uuid, vendor_data="during")
        assert sandbox.stats.requests == sent  # failed closed: no request went out
        own_server.start()  # back: the next call goes through without a new client
        await client.sessions.create(workflow_id=wf.uuid, vendor_data="after")
    await s.aclose()
    assert sorted(x.vendor_data for x in sandbox.state.sessions.values()) == ["after", "before"]


async def test_fail_closed_when_redis_is_too_slow(own_server: RedisServer, prefix: str) -> None:
    s = store(own_server.url, prefix, timeout=0.3, outage_wait=0.0)
    limiter = RateLimiter({"s": ScopeLimit(10, 60.0)}, store=s)
    await limiter.acquire(["s"])
    own_server.pause()  # alive but not answering: a slow Redis
    try:
        start = time.monotonic()
        with pytest.raises(DiditStoreUnavailableError):
            await limiter.acquire(["s"])
        assert time.monotonic() - start < 2.0  # gave up after the timeout, did not hang
    finally:
        own_server.resume()
    await s.aclose()


async def test_local_fallback_warns_limits_per_process_and_returns_to_redis(
    own_server: RedisServer, prefix: str, caplog: pytest.LogCaptureFixture
) -> None:
    s = store(own_server.url, prefix, on_unavailable="local", local_share=0.5, retry_interval=0.2)
    limiter = RateLimiter({"s": ScopeLimit(6, 60.0)}, store=s, margin=0.0, max_wait=0.0)
    # Connected first, on another key: an admission into "k" would be lost in the restart below,
    # and "k" would then admit at its steady rate for a window (test_restart.py).
    await limiter.acquire(["s"], key="warm-up")
    own_server.stop()
    with caplog.at_level(logging.WARNING, logger="didit_async"):
        # Per process at half the limit: 3 go through at once, the 4th would have to wait.
        for _ in range(3):
            await limiter.acquire(["s"], key="k")
        with pytest.raises(Exception, match="would make this call wait"):
            await limiter.acquire(["s"], key="k")
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "limiting per process at 50%" in warnings[0]
    own_server.start()  # an empty Redis again: the shared window is used once more
    await anyio.sleep(0.3)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="didit_async"):
        for _ in range(6):
            await limiter.acquire(["s"], key="k")
    assert any("is back" in r.getMessage() for r in caplog.records)
    redis = Redis.from_url(own_server.url)
    assert await redis.zcard(f"{prefix}{{k}}:s:log") == 6
    await redis.aclose()
    await s.aclose()


def test_bad_options_are_refused(redis_url: str) -> None:
    with pytest.raises(ValueError, match="on_unavailable"):
        RedisRateLimitStore.from_url(redis_url, on_unavailable="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="local_share"):
        RedisRateLimitStore.from_url(redis_url, local_share=0.0)


def test_the_repr_never_shows_the_url_or_its_password() -> None:
    s = RedisRateLimitStore.from_url("redis://:hunter2-secret@127.0.0.1:1/0")
    assert "hunter2" not in repr(s) and "hunter2" not in str(vars(s).get("prefix"))

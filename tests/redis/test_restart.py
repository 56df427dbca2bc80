"""Redis restarted empty (no persistence): the windows it lost still count at Didit.

A store notices that its own admissions of the last window are gone from a log they cannot
have left, puts them back before admitting anything, and for one window admits no faster than
the scope's steady rate, so that admissions other processes made before the loss (and have not
put back yet) are not topped up with a fresh window's whole burst.
"""

from __future__ import annotations

import contextlib

import pytest
from redis.asyncio import Redis

from bench.redis_server import RedisServer
from didit_async import DiditStoreUnavailableError, ScopeLimit
from didit_async.redis import RedisRateLimitStore

pytestmark = pytest.mark.anyio

LIMIT = ScopeLimit(20, 60.0)
BUCKET = [("key:session-create", LIMIT)]


def store(server: RedisServer, prefix: str) -> RedisRateLimitStore:
    return RedisRateLimitStore.from_url(server.url, prefix=prefix, timeout=10.0)


async def restart_empty(server: RedisServer, *stores: RedisRateLimitStore) -> None:
    server.stop()
    server.start()
    for s in stores:  # reconnected, on another key (the subject of test_outage.py)
        with contextlib.suppress(DiditStoreUnavailableError):
            await s.try_acquire([("elsewhere:s", LIMIT)], 0.0, 0.0)


async def test_a_full_window_stays_full_after_redis_restarts_empty(
    own_server: RedisServer, prefix: str
) -> None:
    one, other = store(own_server, prefix), store(own_server, prefix)
    for _ in range(20):
        assert await one.try_acquire(BUCKET, 0.0, 0.0) == 0.0
    assert await one.try_acquire(BUCKET, 0.0, 0.0) > 50.0  # full for the rest of the minute
    await restart_empty(own_server, one, other)  # every window reset

    # The next request is not admitted (it was: Didit then answered 429) ...
    assert await one.try_acquire(BUCKET, 0.0, 0.0) > 50.0
    # ... because the 20 admissions are back in the shared log, where every process sees them.
    redis = Redis.from_url(own_server.url)
    assert await redis.zcard(f"{prefix}{{key}}:session-create:log") == 20
    await redis.aclose()
    assert await other.try_acquire(BUCKET, 0.0, 0.0) > 50.0
    await one.aclose()
    await other.aclose()


async def test_after_a_loss_a_scope_admits_at_its_steady_rate_not_a_fresh_burst(
    own_server: RedisServer, prefix: str
) -> None:
    one, other = store(own_server, prefix), store(own_server, prefix)
    for _ in range(2):
        assert await one.try_acquire(BUCKET, 0.0, 0.0) == 0.0
    await restart_empty(own_server, one, other)

    # Other processes may have filled the rest of the lost window: no burst of the 18 places
    # this process alone would leave, but the steady 20 a minute, one every 3 s or so.
    wait = await one.try_acquire(BUCKET, 0.0, 0.0)
    assert 0.0 < wait <= 61.0 / 20
    # Once one process has noticed the loss, the same holds for one that had nothing to put back.
    assert 0.0 < await other.try_acquire(BUCKET, 0.0, 0.0) <= 61.0 / 20
    await one.aclose()
    await other.aclose()

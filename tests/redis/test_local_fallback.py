"""The ``"local"`` fallback of the Redis store while Redis is down, shared by the threads of a
blocking ``Didit`` (each on its own event loop): exact, as the in-memory store is."""

from __future__ import annotations

import asyncio
import sys
import threading
from collections.abc import Iterator

import pytest

from bench.redis_server import free_port
from didit_async import ScopeLimit
from didit_async.redis import RedisRateLimitStore


@pytest.fixture
def often_switching_threads() -> Iterator[None]:
    # Threads switch every microsecond instead of every 5 ms, so a check and a record that
    # are not one step interleave within a test's run, not once a day.
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


@pytest.mark.usefixtures("often_switching_threads")
def test_the_local_fallback_admits_exactly_the_limit_across_threads() -> None:
    nobody = f"redis://127.0.0.1:{free_port()}/0"  # refused: the store falls back at once
    store = RedisRateLimitStore.from_url(nobody, on_unavailable="local", timeout=1.0)
    # Many windows, each with one place: 8 threads race for the last place 15,000 times over,
    # each request counting in a second scope too, as a create counts in session-create and
    # in generic-write.
    windows = [
        [(f"key:scope-{i}", ScopeLimit(1, 60.0)), ("key:generic-write", ScopeLimit(10**6, 60.0))]
        for i in range(15000)
    ]
    admitted: list[int] = []

    async def race() -> int:
        return sum([await store.try_acquire(w, 0.0, 0.0) == 0.0 for w in windows])

    def worker() -> None:
        admitted.append(asyncio.run(race()))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(admitted) == 8
    assert sum(admitted) == 15000  # one per window; without the lock a place went twice

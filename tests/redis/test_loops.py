"""A store or deduplicator used from two asyncio event loops in turn, as the blocking
``Didit`` does (one loop per thread): each loop gets its own Redis client, and they share
the state."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any

from redis.asyncio import Redis

from didit_async import ScopeLimit
from didit_async.redis import RedisRateLimitStore, RedisWebhookDeduplicator


@contextmanager
def two_loops(aclose: Callable[[], Awaitable[None]]) -> Iterator[list[asyncio.AbstractEventLoop]]:
    loops = [asyncio.new_event_loop(), asyncio.new_event_loop()]
    try:
        yield loops
    finally:
        for loop in loops:
            loop.run_until_complete(aclose())  # each loop closes its own client
            loop.close()


def test_a_store_on_a_user_client_serves_a_second_loop_and_shares_its_window(
    redis_url: str, prefix: str
) -> None:
    store = RedisRateLimitStore(Redis.from_url(redis_url), prefix=prefix, timeout=10.0)
    buckets = [("key:s", ScopeLimit(3, 60.0))]
    waits: list[Any] = []
    with two_loops(store.aclose) as (one, other):
        for loop in (one, other, one, other):
            waits.append(loop.run_until_complete(store.try_acquire(buckets, 0.0, 0.0)))
    # Three admissions, then the shared window is full for whichever loop asks.
    assert waits[:3] == [0.0, 0.0, 0.0]
    assert waits[3] > 0


def test_a_deduplicator_from_url_claims_once_across_loops(redis_url: str, prefix: str) -> None:
    dedup = RedisWebhookDeduplicator.from_url(redis_url, prefix=prefix, timeout=10.0)
    with two_loops(dedup.aclose) as (one, other):
        claims = [loop.run_until_complete(dedup.claim("evt-1")) for loop in (one, other, one)]
    assert [c.state for c in claims] == ["leased", "in_progress", "in_progress"]

"""redis-py's asyncio client cannot run under trio: both Redis classes say so at once."""

from __future__ import annotations

import pytest
import trio

from didit_async import RateLimiter, ScopeLimit
from didit_async.redis import RedisRateLimitStore, RedisWebhookDeduplicator


def test_a_store_built_outside_trio_fails_at_first_use_under_trio(redis_url: str) -> None:
    store = RedisRateLimitStore.from_url(redis_url)
    limiter = RateLimiter({"s": ScopeLimit(5, 60.0)}, store=store)

    async def main() -> None:
        await limiter.acquire(["s"])

    with pytest.raises(RuntimeError, match=r"needs asyncio.*cannot run under trio"):
        trio.run(main)


def test_construction_inside_trio_fails_with_the_same_error(redis_url: str) -> None:
    async def main() -> None:
        RedisWebhookDeduplicator.from_url(redis_url)

    with pytest.raises(RuntimeError, match="RedisWebhookDeduplicator needs asyncio"):
        trio.run(main)


def test_the_deduplicator_fails_at_first_use_under_trio(redis_url: str) -> None:
    dedup = RedisWebhookDeduplicator.from_url(redis_url)
    with pytest.raises(RuntimeError, match="needs asyncio"):
        trio.run(dedup.claim, "evt-1")

"""InMemoryDeduplicator in virtual time: once per event, expiry, bounded memory, atomic claims."""

from __future__ import annotations

import anyio
import anyio.lowlevel
import pytest

from didit_async.webhooks import InMemoryDeduplicator, WebhookDeduplicator

pytestmark = pytest.mark.anyio


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


async def test_first_time_only_until_the_claim_expires() -> None:
    clock = Clock()
    dedup = InMemoryDeduplicator(ttl=10, clock=clock)
    assert await dedup.claim("a")
    assert not await dedup.claim("a")
    clock.t = 9.9
    assert not await dedup.claim("a")
    clock.t = 10.0
    assert await dedup.claim("a")  # expired: Didit stopped retrying long ago


async def test_release_lets_the_next_delivery_run() -> None:
    dedup = InMemoryDeduplicator(clock=Clock())
    assert await dedup.claim("a")
    await dedup.release("a")
    await dedup.release("never-claimed")  # harmless
    assert await dedup.claim("a")


async def test_memory_is_bounded_and_expired_claims_are_dropped() -> None:
    clock = Clock()
    dedup = InMemoryDeduplicator(ttl=10, max_entries=3, clock=clock)
    for key in "abcd":
        assert await dedup.claim(key)
    assert len(dedup) == 3
    assert await dedup.claim("a")  # the oldest was forgotten early, as documented
    assert not await dedup.claim("d")
    clock.t = 100
    assert await dedup.claim("z") and len(dedup) == 1


async def test_a_released_and_reclaimed_event_keeps_expiry_order() -> None:
    clock = Clock()
    dedup = InMemoryDeduplicator(ttl=10, clock=clock)
    await dedup.claim("a")
    clock.t = 5
    await dedup.claim("b")
    await dedup.release("a")
    await dedup.claim("a")  # now expires at 15, after b (at 15 too) and in order
    clock.t = 14.9
    assert not await dedup.claim("a") and not await dedup.claim("b")
    clock.t = 15
    assert await dedup.claim("a") and await dedup.claim("b")


async def test_concurrent_claims_of_one_event_win_exactly_once() -> None:
    dedup = InMemoryDeduplicator()
    wins: list[bool] = []

    async def claim() -> None:
        await anyio.lowlevel.checkpoint()
        wins.append(await dedup.claim("same"))

    async with anyio.create_task_group() as tg:
        for _ in range(200):
            tg.start_soon(claim)
    assert wins.count(True) == 1 and len(wins) == 200


def test_it_satisfies_the_protocol_and_rejects_nonsense() -> None:
    dedup: WebhookDeduplicator = InMemoryDeduplicator()
    assert "claims=0" in repr(dedup)
    with pytest.raises(ValueError, match="ttl"):
        InMemoryDeduplicator(ttl=0)
    with pytest.raises(ValueError, match="max_entries"):
        InMemoryDeduplicator(max_entries=0)

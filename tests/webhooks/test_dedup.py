"""InMemoryDeduplicator in virtual time: once per event, expiry, bounded memory, atomic claims."""

from __future__ import annotations

from collections import OrderedDict

import anyio
import anyio.lowlevel
import pytest

from didit_async._constants import WEBHOOK_DEDUP_SWEEP
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


class CountingStore(OrderedDict[str, float]):
    """The deduplicator's store, counting every entry removed (the work a claim does)."""

    removed = 0

    def popitem(self, last: bool = True) -> tuple[str, float]:
        self.removed += 1
        return super().popitem(last=last)

    def __delitem__(self, key: str) -> None:
        self.removed += 1
        super().__delitem__(key)


async def test_one_claim_does_bounded_work_after_the_whole_store_expired() -> None:
    # A quiet spell after a burst: every claim has expired. The next event must not pay for
    # sweeping them all (10,000 removals in one claim stalled the loop); it sweeps a bounded
    # batch and later claims sweep the rest.
    clock = Clock()
    dedup = InMemoryDeduplicator(ttl=10, max_entries=20_000, clock=clock)
    for i in range(10_000):
        await dedup.claim(f"old-{i}")
    store = CountingStore(dedup._claims)
    dedup._claims = store
    clock.t = 100
    assert await dedup.claim("new")
    assert store.removed <= WEBHOOK_DEDUP_SWEEP + 1
    # Not swept yet, but expired: a new delivery of it is a first delivery again.
    assert await dedup.claim("old-9999")
    assert not await dedup.claim("old-9999") and not await dedup.claim("new")
    for i in range(400):
        store.removed = 0
        assert await dedup.claim(f"later-{i}")
        assert store.removed <= WEBHOOK_DEDUP_SWEEP + 1
    assert len(dedup) == 402  # every expired claim swept by now, every live one kept


async def test_a_full_store_evicts_its_oldest_claim_without_walking_to_it() -> None:
    # Full and churning (one eviction per new event). A plain dict leaves a hole at its front
    # for every entry popped there and finds its first live entry by walking the holes, so a
    # claim's cost grew with the store (up to 209 ms at 100,000). The store must be one whose
    # oldest entry is one step away: an OrderedDict (a linked list in insertion order).
    clock = Clock()
    dedup = InMemoryDeduplicator(ttl=1e9, max_entries=1_000, clock=clock)
    for i in range(1_000):
        await dedup.claim(f"e{i}")
    assert isinstance(dedup._claims, OrderedDict)
    store = CountingStore(dedup._claims)
    dedup._claims = store
    for i in range(1_000, 3_000):
        store.removed = 0
        assert await dedup.claim(f"e{i}")
        assert store.removed == 1  # exactly the oldest, nothing else
    assert len(dedup) == 1_000
    assert not await dedup.claim("e2000") and not await dedup.claim("e2999")
    assert await dedup.claim("e1999")  # evicted early, as documented: runs again

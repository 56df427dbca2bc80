"""InMemoryDeduplicator in virtual time: leases, done markers, bounded memory, atomic claims."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import anyio
import anyio.lowlevel
import pytest

from didit_async._constants import WEBHOOK_DEDUP_SWEEP
from didit_async.webhooks import Claim, InMemoryDeduplicator, LeasingDeduplicator

pytestmark = pytest.mark.anyio


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


async def handled(dedup: InMemoryDeduplicator, event_id: str) -> None:
    """One successful delivery: the claim, then the completion the endpoint makes."""
    claim = await dedup.claim(event_id)
    assert claim.state == "leased"
    assert await dedup.complete(event_id, claim.token)


async def test_a_done_event_is_a_duplicate_until_the_ttl_ends() -> None:
    clock = Clock()
    dedup = InMemoryDeduplicator(ttl=10, lease=2, clock=clock)
    await handled(dedup, "a")
    assert await dedup.claim("a") == Claim.done()
    clock.t = 9.9  # long past the lease: the done marker is what answers
    assert await dedup.claim("a") == Claim.done()
    clock.t = 10.0
    assert await dedup.claim("a")  # expired: Didit stopped retrying long ago


async def test_a_lease_nobody_completes_ends_after_the_lease_not_the_ttl() -> None:
    # A worker killed mid-handler: its lease holds the event back for 2 s, then a retry runs.
    clock = Clock()
    dedup = InMemoryDeduplicator(ttl=3600, lease=2, clock=clock)
    dead = await dedup.claim("a")
    assert await dedup.claim("a") == Claim.in_progress(2.0)
    clock.t = 1.5
    assert await dedup.claim("a") == Claim.in_progress(0.5)
    clock.t = 2.0
    retry = await dedup.claim("a")
    assert retry.state == "leased" and retry.token != dead.token


async def test_a_dead_workers_lease_ends_before_didits_next_retry() -> None:
    # Didit retries a minute after a failed attempt, then 4 minutes later, then never. A lease
    # left by a killed worker (or a handler overrunning Didit's 5 s) must be gone by the first
    # retry: with a 120 s lease the event hung on the last retry alone.
    clock = Clock()
    dedup = InMemoryDeduplicator(clock=clock)  # the defaults
    dead = await dedup.claim("a")
    clock.t = 30.0  # a copy to another destination while the handler may still run
    assert (await dedup.claim("a")).state == "in_progress"
    clock.t = 60.0  # Didit's first retry
    retry = await dedup.claim("a")
    assert retry.state == "leased" and retry.token != dead.token
    for lease in (60, 120, float("inf")):
        with pytest.raises(ValueError, match="under 60 s"):
            InMemoryDeduplicator(lease=lease)


async def test_release_gives_back_only_the_callers_lease() -> None:
    dedup = InMemoryDeduplicator(clock=Clock())
    claim = await dedup.claim("a")
    await dedup.release("a", "not-the-token")
    assert (await dedup.claim("a")).state == "in_progress"
    await dedup.release("a", claim.token)
    await dedup.release("never-claimed", "x")  # harmless
    assert await dedup.claim("a")


async def test_release_without_a_token_forgets_the_event_as_before() -> None:
    dedup = InMemoryDeduplicator(clock=Clock())
    await dedup.claim("leased")
    await handled(dedup, "done")
    await dedup.release("leased")
    await dedup.release("done")
    assert await dedup.claim("leased") and await dedup.claim("done")


async def test_a_late_complete_or_release_leaves_the_new_owner_alone() -> None:
    clock = Clock()
    dedup = InMemoryDeduplicator(ttl=100, lease=2, clock=clock)
    a = await dedup.claim("e")
    clock.t = 3  # A overran its lease; B's delivery takes the event over
    b = await dedup.claim("e")
    assert b.state == "leased"
    assert not await dedup.complete("e", a.token)
    await dedup.release("e", a.token)
    assert (await dedup.claim("e")).state == "in_progress"  # still B's
    assert await dedup.complete("e", b.token)
    assert not await dedup.complete("e", a.token)  # B finished first: A changes nothing
    await dedup.release("e", a.token)
    assert await dedup.claim("e") == Claim.done()


async def test_completing_an_expired_lease_nobody_retook_marks_it_done() -> None:
    clock = Clock()
    dedup = InMemoryDeduplicator(ttl=100, lease=2, clock=clock)
    a = await dedup.claim("e")
    clock.t = 5
    assert await dedup.complete("e", a.token)
    assert await dedup.claim("e") == Claim.done()


async def test_the_lease_never_outlives_the_ttl() -> None:
    clock = Clock()
    dedup = InMemoryDeduplicator(ttl=10, clock=clock)  # the default lease is 120 s
    await dedup.claim("a")
    assert await dedup.claim("a") == Claim.in_progress(10.0)
    clock.t = 10
    assert await dedup.claim("a")


async def test_memory_is_bounded_and_expired_claims_are_dropped() -> None:
    clock = Clock()
    dedup = InMemoryDeduplicator(ttl=10, max_entries=3, clock=clock)
    for key in "abcd":
        await handled(dedup, key)
    assert len(dedup) == 3
    assert await dedup.claim("a")  # the oldest was forgotten early, as documented
    assert not await dedup.claim("d")
    clock.t = 100
    assert await dedup.claim("z") and len(dedup) == 1


async def test_done_markers_are_evicted_before_leases() -> None:
    # A lease evicted early would let a concurrent retry run the handler beside the first
    # delivery; a day-old done marker only matters to a retry that has long stopped coming.
    dedup = InMemoryDeduplicator(max_entries=2, clock=Clock())
    await handled(dedup, "done")
    await dedup.claim("running")
    await dedup.claim("new")
    assert len(dedup) == 2
    assert (await dedup.claim("running")).state == "in_progress"
    assert await dedup.claim("done")


async def test_a_released_and_reclaimed_event_keeps_expiry_order() -> None:
    clock = Clock()
    dedup = InMemoryDeduplicator(ttl=10, lease=10, clock=clock)
    a = await dedup.claim("a")
    clock.t = 5
    await dedup.claim("b")
    await dedup.release("a", a.token)
    await dedup.claim("a")  # now expires at 15, after b (at 15 too) and in order
    clock.t = 14.9
    assert not await dedup.claim("a") and not await dedup.claim("b")
    clock.t = 15
    assert await dedup.claim("a") and await dedup.claim("b")


async def test_concurrent_claims_of_one_event_win_exactly_once() -> None:
    dedup = InMemoryDeduplicator()
    claims: list[Claim] = []

    async def claim() -> None:
        await anyio.lowlevel.checkpoint()
        claims.append(await dedup.claim("same"))

    async with anyio.create_task_group() as tg:
        for _ in range(200):
            tg.start_soon(claim)
    assert [c.state for c in claims].count("leased") == 1 and len(claims) == 200
    assert {c.state for c in claims} == {"leased", "in_progress"}  # never "done" while running


def test_it_satisfies_the_protocol_and_rejects_nonsense() -> None:
    dedup: LeasingDeduplicator = InMemoryDeduplicator(lease=30)
    assert "lease=30" in repr(dedup) and "leases=0" in repr(dedup)
    with pytest.raises(ValueError, match="ttl"):
        InMemoryDeduplicator(ttl=0)
    with pytest.raises(ValueError, match="lease"):
        InMemoryDeduplicator(lease=0)
    with pytest.raises(ValueError, match="max_entries"):
        InMemoryDeduplicator(max_entries=0)


class CountingStore(OrderedDict[str, Any]):
    """One of the deduplicator's stores, counting every entry removed (the work a call does)."""

    removed = 0
    _popping = False

    def popitem(self, last: bool = True) -> tuple[str, Any]:
        type(self).removed += 1
        # Python 3.10's OrderedDict.popitem deletes through __delitem__: count it once.
        self._popping = True
        try:
            return super().popitem(last=last)
        finally:
            self._popping = False

    def __delitem__(self, key: str) -> None:
        if not self._popping:
            type(self).removed += 1
        super().__delitem__(key)


def count_removals(dedup: InMemoryDeduplicator) -> type[CountingStore]:
    class Counting(CountingStore):
        pass

    dedup._leases = Counting(dedup._leases)
    dedup._done = Counting(dedup._done)
    return Counting


async def test_one_claim_does_bounded_work_after_the_whole_store_expired() -> None:
    # A quiet spell after a burst: every claim has expired, leases and done markers alike. The
    # next event must not pay for sweeping them all (10,000 removals in one claim stalled the
    # loop); it sweeps a bounded batch of each and later claims sweep the rest.
    clock = Clock()
    dedup = InMemoryDeduplicator(ttl=10, lease=5, max_entries=20_000, clock=clock)
    for i in range(5_000):
        await handled(dedup, f"old-{i}")
        await dedup.claim(f"dead-{i}")  # workers killed mid-handler
    counter = count_removals(dedup)
    clock.t = 100
    assert await dedup.claim("new")
    assert counter.removed <= 2 * WEBHOOK_DEDUP_SWEEP + 1
    # Not swept yet, but expired: a new delivery of it is a first delivery again.
    assert await dedup.claim("old-4999") and await dedup.claim("dead-4999")
    assert not await dedup.claim("old-4999") and not await dedup.claim("new")
    for i in range(400):
        counter.removed = 0
        assert await dedup.claim(f"later-{i}")
        assert counter.removed <= 2 * WEBHOOK_DEDUP_SWEEP + 1
    assert len(dedup) == 403  # every expired claim swept by now, every live one kept


async def test_a_full_store_evicts_its_oldest_claim_without_walking_to_it() -> None:
    # Full and churning (one eviction per new event). A plain dict leaves a hole at its front
    # for every entry popped there and finds its first live entry by walking the holes, so a
    # claim's cost grew with the store (up to 209 ms at 100,000). The stores must be ones whose
    # oldest entry is one step away: OrderedDicts (linked lists in insertion order).
    clock = Clock()
    dedup = InMemoryDeduplicator(ttl=1e9, max_entries=1_000, clock=clock)
    for i in range(1_000):
        await handled(dedup, f"e{i}")
    assert isinstance(dedup._done, OrderedDict) and isinstance(dedup._leases, OrderedDict)
    counter = count_removals(dedup)
    for i in range(1_000, 3_000):
        counter.removed = 0
        claim = await dedup.claim(f"e{i}")
        assert counter.removed == 1  # exactly the oldest, nothing else
        counter.removed = 0
        assert await dedup.complete(f"e{i}", claim.token)
        assert counter.removed == 1  # the lease, moved to the done markers
    assert len(dedup) == 1_000
    assert not await dedup.claim("e2000") and not await dedup.claim("e2999")
    assert await dedup.claim("e1999")  # evicted early, as documented: runs again

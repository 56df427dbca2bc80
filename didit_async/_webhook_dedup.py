"""Deduplicating Didit's deliveries: claims, leases and the in-memory store (no HTTP here).

Public through :mod:`didit_async.webhooks` (the Redis store through :mod:`didit_async.redis`).
The receivers, the ASGI endpoint and the WSGI receiver alike (``_webhook_receive.py``), claim
each event here before running its handler.

Delivery semantics, end to end. Didit delivers *at least once*: it re-sends the same body
(the same ``event_id``) on retries (after a 5xx, a 404 or a timeout; twice, 1 and then 4 more
minutes later) and to every destination. The endpoint turns that into *one successful handler
run per event* without ever telling Didit to stop before the outcome is known:

* before the handler runs, the event is claimed (atomically) with a short *lease*
  (``lease``, 45 s by default); the handler's success turns the lease into a *done* marker
  kept for ``ttl`` (a day by default, far longer than Didit retries);
* a delivery of a *done* event answers 200 ``duplicate`` without running the handler;
* a delivery that finds the event *leased* (its handler is running elsewhere) answers 503
  ``in progress`` with ``Retry-After``: Didit retries 5xx, so if the first run then fails or
  its worker is killed (OOM, SIGKILL, a deploy), a later retry finds the lease released or
  expired and runs the handler. A 2xx here would have lost the event;
* a handler that fails (or is cancelled) gives its lease back and answers 500, so Didit's
  retry runs it again: handlers must tolerate a re-run after a failure part-way through (make
  their writes idempotent, e.g. keyed on ``event_id``), since true exactly-once needs the
  handler's own writes and the claim in one transaction.

Each lease carries a token: completing or releasing acts only on the caller's own lease, so a
worker whose lease expired while its handler overran, and was re-taken by another, cannot
clobber the new owner's claim. A lease is shorter than Didit's retry interval (60 s; leases
of 60 s or more are refused): a worker killed mid-handler, or a handler still running after
Didit gave up on its delivery, holds its event back until the *next* retry at most, which runs
it. Keep handlers well under the lease (Didit waits 5 s; hand long work to a queue).
"""

from __future__ import annotations

import itertools
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Literal, Protocol, TypeGuard

import attrs

from ._constants import (
    WEBHOOK_DEDUP_LEASE_SECONDS,
    WEBHOOK_DEDUP_MAX_ENTRIES,
    WEBHOOK_DEDUP_MAX_LEASE_SECONDS,
    WEBHOOK_DEDUP_SWEEP,
    WEBHOOK_DEDUP_TTL_SECONDS,
)

__all__ = [
    "Claim",
    "InMemoryDeduplicator",
    "LeasingDeduplicator",
    "WebhookDeduplicator",
    "check_lease",
    "is_leasing",
]


@attrs.frozen
class Claim:
    """What claiming an event found: yours to run (a lease), already done, or in progress.

    Build one with :meth:`leased`, :meth:`done` or :meth:`in_progress`. True only when the
    claim is yours (``if await dedup.claim(event_id):`` keeps its meaning from when ``claim``
    returned a bool).

    >>> Claim.leased("t1"), bool(Claim.done()), Claim.in_progress(42.5).retry_after
    (Claim(state='leased', token='t1', retry_after=0.0), False, 42.5)
    """

    state: Literal["leased", "done", "in_progress"]
    token: str = ""
    """``leased``: pass it to ``complete`` or ``release`` (they act only on your own lease)."""
    retry_after: float = 0.0
    """``in_progress``: seconds until the holder's lease ends."""

    @classmethod
    def leased(cls, token: str) -> Claim:
        """The event is yours: run the handler, then ``complete`` or ``release`` with ``token``."""
        return cls("leased", token)

    @classmethod
    def done(cls) -> Claim:
        """The event was handled already: a duplicate delivery."""
        return _DONE

    @classmethod
    def in_progress(cls, retry_after: float) -> Claim:
        """Another holder's lease runs ``retry_after`` more seconds: its outcome is unknown."""
        return cls("in_progress", retry_after=retry_after)

    def __bool__(self) -> bool:
        return self.state == "leased"


_DONE = Claim("done")


class WebhookDeduplicator(Protocol):
    """Answers "is this the first time I see this event?", atomically.

    The minimal shape, what the endpoint needs at least: ``claim`` returns True exactly once
    per ``event_id`` while the claim lives, even for concurrent calls (False: answer 200
    ``duplicate``); ``release`` gives a claim back (the handler failed) so that Didit's retry
    runs the handler again. A store implementing only these two keeps working, with their
    limits: a delivery arriving while the handler still runs is answered ``duplicate``, and a
    worker killed mid-handler loses the event for as long as its claim lives.

    The leasing shape (:class:`LeasingDeduplicator`, what :class:`InMemoryDeduplicator` and
    :class:`~didit_async.redis.RedisWebhookDeduplicator` implement) closes both gaps:
    ``claim`` returns a :class:`Claim`, short-lived while the handler runs; the endpoint calls
    ``complete(event_id, token)`` after the handler succeeded (keep the event as done for the
    TTL) and ``release(event_id, token)`` after it failed, each acting only on the caller's own
    lease. A delivery finding a live lease answers 503 ``in progress``, which Didit retries.
    On a store with atomic compare-and-set, e.g. a dict under one event loop:

    >>> import anyio, itertools, time
    >>> class Leases:
    ...     def __init__(self, lease=120.0, ttl=86400.0):
    ...         self.lease, self.ttl, self.held, self.ids = lease, ttl, {}, itertools.count()
    ...     async def claim(self, event_id):
    ...         now = time.monotonic()
    ...         state, token, until = self.held.get(event_id, ("", "", now))
    ...         if until > now:  # done, or someone's live lease
    ...             return Claim.done() if state == "done" else Claim.in_progress(until - now)
    ...         token = str(next(self.ids))
    ...         self.held[event_id] = ("leased", token, now + self.lease)
    ...         return Claim.leased(token)
    ...     async def complete(self, event_id, token):
    ...         now = time.monotonic()
    ...         state, held, until = self.held.get(event_id, ("", "", now))
    ...         if until > now and held != token:
    ...             return False  # not ours any more: another delivery re-took it
    ...         self.held[event_id] = ("done", "", now + self.ttl)
    ...         return True
    ...     async def release(self, event_id, token=None):
    ...         if token is None or self.held.get(event_id, ("", ""))[1] == token:
    ...             self.held.pop(event_id, None)
    >>> async def deliveries():
    ...     d = Leases()
    ...     first = await d.claim("evt-1")
    ...     during = await d.claim("evt-1")  # the handler is still running
    ...     await d.complete("evt-1", first.token)
    ...     return first.state, during.state, (await d.claim("evt-1")).state
    >>> anyio.run(deliveries)
    ('leased', 'in_progress', 'done')

    In Redis: ``SET key token NX PX lease`` to claim, and two small Lua scripts that turn the
    value into ``done`` (``PX ttl``) or delete it only when it still equals ``token``
    (see ``didit_async/redis.py``).
    """

    async def claim(self, event_id: str) -> bool | Claim:
        """Record ``event_id``; True (or a leased :class:`Claim`) if the handler should run."""
        ...

    async def release(self, event_id: str) -> None:
        """Forget ``event_id`` so the next delivery of it is treated as new."""
        ...


class LeasingDeduplicator(WebhookDeduplicator, Protocol):
    """A :class:`WebhookDeduplicator` whose claims are leases, completed on success.

    ``claim`` answers with a :class:`Claim`. ``complete(event_id, token)`` turns the caller's
    own lease (or an expired lease nobody re-took) into a done marker kept for the TTL, and
    returns False, changing nothing, when another holder has the event now.
    ``release(event_id, token)`` deletes the lease only if it is still the caller's;
    ``release(event_id)`` without a token forgets the event whoever holds it.
    """

    async def claim(self, event_id: str) -> Claim:
        """A lease with a fresh token, else :meth:`Claim.done` or :meth:`Claim.in_progress`."""
        ...

    async def complete(self, event_id: str, token: str) -> bool:
        """The handler succeeded: keep the event as done; False if the lease was not ours."""
        ...

    async def release(self, event_id: str, token: str | None = None) -> None:
        """The handler failed: delete the lease if ``token`` still holds it (any, if None)."""
        ...


def check_lease(lease: float) -> None:
    """Refuse a lease that is not positive or not shorter than Didit's retry interval.

    Didit retries 60 s after a failed attempt (then 4 minutes later, then never): a lease of
    60 s or more would answer that retry ``in progress`` when the holder died or overran, and
    the event would then hang on Didit's last retry alone.
    """
    if not 0 < lease < WEBHOOK_DEDUP_MAX_LEASE_SECONDS:
        raise ValueError(
            f"lease must be positive and under {WEBHOOK_DEDUP_MAX_LEASE_SECONDS:.0f} s (Didit "
            f"retries {WEBHOOK_DEDUP_MAX_LEASE_SECONDS:.0f} s after a failed delivery; a longer "
            "lease held by a dead worker would refuse that retry), got "
            f"{lease!r}"
        )


def is_leasing(dedup: WebhookDeduplicator) -> TypeGuard[LeasingDeduplicator]:
    """True when ``dedup`` completes its claims (the leasing shape), not only releases them."""
    return callable(getattr(dedup, "complete", None))


class InMemoryDeduplicator:
    """A per-process leasing deduplicator: leases end after ``lease`` seconds, done markers
    after ``ttl``; memory is bounded.

    A claim is a lease of ``lease`` seconds (45 by default, at most ``ttl``, under 60: see
    :func:`check_lease`) until
    ``complete`` turns it into a done marker kept ``ttl`` seconds (a day). At most
    ``max_entries`` claims are kept, leases and done markers together; past that the oldest done
    marker (else the oldest lease) is forgotten early (its event could then run twice, which
    handlers must tolerate anyway). ``clock`` is for tests.

    Each call does a bounded amount of work however full the store is: one lookup, one insert,
    at most one eviction and, on ``claim``, at most ``WEBHOOK_DEDUP_SWEEP`` expired leases and
    as many expired done markers swept from the fronts (the rest go on later claims; an expired
    entry that has not been swept yet is already treated as absent). ``len()`` counts the
    entries held, swept or not.

    >>> import anyio
    >>> dedup = InMemoryDeduplicator(ttl=3600)
    >>> first = anyio.run(dedup.claim, "evt-1")
    >>> first.state, anyio.run(dedup.claim, "evt-1").state  # its handler is running
    ('leased', 'in_progress')
    >>> anyio.run(dedup.complete, "evt-1", first.token), anyio.run(dedup.claim, "evt-1").state
    (True, 'done')
    """

    def __init__(
        self,
        *,
        ttl: float = WEBHOOK_DEDUP_TTL_SECONDS,
        lease: float = WEBHOOK_DEDUP_LEASE_SECONDS,
        max_entries: int = WEBHOOK_DEDUP_MAX_ENTRIES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if ttl <= 0 or max_entries < 1:
            raise ValueError("ttl must be positive and max_entries at least 1")
        check_lease(lease)
        self._ttl = ttl
        self._lease = min(lease, ttl)  # a claim never outlives the TTL it was configured with
        self._max = max_entries
        self._clock = clock
        # Two stores, each with one fixed lifetime on a monotonic clock, so that in each the
        # insertion order is the expiry order (a re-claim or a completion re-inserts at the
        # back) and expiring is popping from the front. OrderedDicts, not dicts: a dict leaves
        # a hole at the front for every entry popped there, and finding its first live entry
        # walks all of them (a full store spent up to 200 ms per claim); the OrderedDict's
        # linked list reaches it in one step.
        self._leases: OrderedDict[str, tuple[float, str]] = OrderedDict()  # id -> expiry, token
        self._done: OrderedDict[str, float] = OrderedDict()  # id -> expiry
        self._tokens = itertools.count(1)

    def __len__(self) -> int:
        return len(self._leases) + len(self._done)

    def __repr__(self) -> str:
        return (
            f"InMemoryDeduplicator(ttl={self._ttl}, lease={self._lease}, "
            f"leases={len(self._leases)}, done={len(self._done)})"
        )

    async def claim(self, event_id: str) -> Claim:
        """A lease on ``event_id`` if nobody holds it; else :meth:`Claim.done` or in progress."""
        # No await between the checks and the insert, so no lock is needed: under cooperative
        # scheduling (asyncio or trio) two concurrent claims cannot interleave here.
        now = self._clock()
        self._sweep(now)
        expiry = self._done.get(event_id)
        if expiry is not None:
            if expiry > now:
                return _DONE
            del self._done[event_id]  # expired but not swept yet
        held = self._leases.get(event_id)
        if held is not None:
            if held[0] > now:
                return Claim.in_progress(held[0] - now)
            del self._leases[event_id]  # expired (its holder died or overran): re-taken below
        token = str(next(self._tokens))
        self._leases[event_id] = (now + self._lease, token)
        self._evict()
        return Claim("leased", token)

    async def complete(self, event_id: str, token: str) -> bool:
        """Keep ``event_id`` as done for ``ttl``; False, changing nothing, if not ours now."""
        now = self._clock()
        held = self._leases.get(event_id)
        if held is not None:
            if held[0] > now and held[1] != token:
                return False  # another delivery's live lease
            del self._leases[event_id]
        else:
            expiry = self._done.get(event_id)
            if expiry is not None:
                if expiry > now:
                    return False  # another delivery re-took our expired lease and completed
                del self._done[event_id]
        self._done[event_id] = now + self._ttl
        self._evict()
        return True

    async def release(self, event_id: str, token: str | None = None) -> None:
        """Delete the lease if ``token`` still holds it, so Didit's retry runs the handler.

        Without a token, forget ``event_id`` altogether, whoever holds it.
        """
        held = self._leases.get(event_id)
        if held is not None and (token is None or held[1] == token):
            del self._leases[event_id]
        if token is None:
            self._done.pop(event_id, None)

    def _evict(self) -> None:
        # Called after each insert, which adds one entry at most: one eviction keeps the bound.
        if len(self._leases) + len(self._done) > self._max:
            if self._done:
                self._done.popitem(last=False)
            else:
                self._leases.popitem(last=False)

    def _sweep(self, now: float) -> None:
        # Bounded per call, so a claim after a quiet day does not expire the whole store at
        # once; each claim adds one entry and sweeps several, so the sweep keeps ahead.
        leases, done = self._leases, self._done
        for _ in range(WEBHOOK_DEDUP_SWEEP):
            if not leases or leases[next(iter(leases))][0] > now:
                break
            leases.popitem(last=False)
        for _ in range(WEBHOOK_DEDUP_SWEEP):
            if not done or done[next(iter(done))] > now:
                return
            done.popitem(last=False)

"""Time, injectable: the retry loop and the rate limiter never call ``time`` or ``anyio.sleep``
directly, so tests can run minutes of backoff and throttling in milliseconds of real time.

>>> clock = SystemClock()
>>> clock.now() >= 0
True
"""

from __future__ import annotations

import heapq
import itertools
import time
from typing import Protocol

import anyio
import anyio.lowlevel

__all__ = ["Clock", "FakeClock", "SystemClock"]


class Clock(Protocol):
    """What the client needs from time.

    ``now`` is monotonic seconds (for windows and deadlines), ``wall`` is Unix time (to read
    ``Retry-After`` HTTP dates and ``X-RateLimit-Reset`` epochs), ``sleep`` waits.
    """

    def now(self) -> float: ...

    def wall(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real clock: ``time.monotonic``, ``time.time`` and ``anyio.sleep``."""

    def now(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        return time.time()

    async def sleep(self, seconds: float) -> None:
        await anyio.sleep(max(seconds, 0.0))

    def __repr__(self) -> str:
        return "SystemClock()"


class FakeClock:
    """Virtual time for tests, on asyncio and trio alike.

    ``sleep`` registers a deadline and yields; the sleeper whose deadline is earliest jumps the
    clock to that deadline and wakes, so concurrent sleepers wake in deadline order and time only
    moves forward. Nothing really waits.

    >>> clock = FakeClock(start=100.0)
    >>> clock.now()
    100.0
    """

    def __init__(self, start: float = 0.0, wall_start: float = 1_800_000_000.0) -> None:
        self._now = start
        self._wall_offset = wall_start - start
        self._sleepers: list[_Sleeper] = []
        self._seq = itertools.count()
        self.sleeps: list[float] = []  # every requested sleep, for assertions
        # Scheduler turns the earliest sleeper waits, with the clock unchanged and itself still
        # earliest, before it moves time forward: the turns that tasks which are not asleep
        # (an in-process request, a server handler) need to finish what they started at "now".
        self.settle_turns = 64

    def now(self) -> float:
        return self._now

    def wall(self) -> float:
        return self._now + self._wall_offset

    def advance(self, seconds: float) -> None:
        """Move time forward without sleeping (e.g. to let a token expire)."""
        self._now += seconds

    async def sleep(self, seconds: float) -> None:
        seconds = max(seconds, 0.0)
        self.sleeps.append(seconds)
        me = _Sleeper(self._now + seconds, next(self._seq))
        heapq.heappush(self._sleepers, me)
        try:
            while True:
                if self._sleepers[0] is not me:
                    # Only the earliest sleeper watches the clock; the rest park, so a turn of
                    # the scheduler costs the same with ten sleepers or ten thousand.
                    me.wake = anyio.Event()
                    await me.wake.wait()
                    continue
                # Let every runnable task run (and perhaps register a sooner sleep) first.
                await anyio.lowlevel.checkpoint()
                if self._sleepers[0] is me and await self._settled(me):
                    heapq.heappop(self._sleepers)
                    self._now = max(self._now, me.deadline)
                    self._wake_earliest()
                    return
        except BaseException:
            if me in self._sleepers:
                self._sleepers.remove(me)
                heapq.heapify(self._sleepers)
                self._wake_earliest()
            raise

    def _wake_earliest(self) -> None:
        if self._sleepers and self._sleepers[0].wake is not None:
            self._sleepers[0].wake.set()

    async def _settled(self, me: _Sleeper) -> bool:
        # Waking at the present moves no time, so nothing can be overtaken.
        if me.deadline <= self._now:
            return True
        # Time may only jump once the tasks that are not asleep have done their work. Without
        # this, a request sent at t could reach an in-process server at a later virtual time
        # than it left, which real time never does (the polling benchmark saw a 429 that way).
        # If the clock moved or a sooner sleeper arrived meanwhile, not yet.
        now = self._now
        for _ in range(self.settle_turns):
            await anyio.lowlevel.checkpoint()
            if self._sleepers[0] is not me:
                return False
        return self._now == now

    def __repr__(self) -> str:
        return f"FakeClock(now={self._now!r})"


class _Sleeper:
    __slots__ = ("deadline", "seq", "wake")

    def __init__(self, deadline: float, seq: int) -> None:
        self.deadline = deadline
        self.seq = seq
        self.wake: anyio.Event | None = None

    def __lt__(self, other: _Sleeper) -> bool:
        return (self.deadline, self.seq) < (other.deadline, other.seq)

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
        self._sleepers: list[tuple[float, int]] = []
        self._seq = itertools.count()
        self.sleeps: list[float] = []  # every requested sleep, for assertions

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
        entry = (self._now + seconds, next(self._seq))
        heapq.heappush(self._sleepers, entry)
        try:
            while True:
                # Let every runnable task run (and register its own sleep) before deciding who
                # is first; the earliest deadline wakes and moves the clock.
                await anyio.lowlevel.checkpoint()
                if self._sleepers[0] == entry:
                    heapq.heappop(self._sleepers)
                    self._now = max(self._now, entry[0])
                    return
        except BaseException:
            if entry in self._sleepers:
                self._sleepers.remove(entry)
                heapq.heapify(self._sleepers)
            raise

    def __repr__(self) -> str:
        return f"FakeClock(now={self._now!r})"

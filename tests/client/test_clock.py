"""FakeClock: virtual time that wakes sleepers in deadline order and never overtakes work."""

from __future__ import annotations

import anyio
import anyio.lowlevel
import pytest

from didit_async import FakeClock

pytestmark = pytest.mark.anyio


async def test_sleepers_wake_in_deadline_order_at_their_deadlines() -> None:
    clock = FakeClock()
    woke: list[tuple[str, float]] = []

    async def sleeper(name: str, seconds: float) -> None:
        await clock.sleep(seconds)
        woke.append((name, clock.now()))

    async with anyio.create_task_group() as tg:
        for name, seconds in [("c", 30.0), ("a", 10.0), ("b", 20.0), ("a2", 10.0)]:
            tg.start_soon(sleeper, name, seconds)
    # trio starts tasks in no fixed order, so the two 10 s sleepers may wake either way round.
    assert sorted(woke[:2]) == [("a", 10.0), ("a2", 10.0)]
    assert woke[2:] == [("b", 20.0), ("c", 30.0)]


async def test_time_does_not_jump_while_other_tasks_are_still_working() -> None:
    """A request started at t reaches an in-process server at t, however many turns it takes."""
    clock = FakeClock()
    seen_at: list[float] = []

    async def busy() -> None:
        for _ in range(40):  # an in-process HTTP round trip takes a few dozen turns
            await anyio.lowlevel.checkpoint()
        seen_at.append(clock.now())

    async with anyio.create_task_group() as tg:
        tg.start_soon(clock.sleep, 5.0)
        tg.start_soon(busy)
    assert seen_at == [0.0]
    assert clock.now() == 5.0


async def test_a_cancelled_sleeper_leaves_the_queue_and_the_next_one_still_wakes() -> None:
    clock = FakeClock()
    woke: list[float] = []

    async def late() -> None:
        await clock.sleep(100.0)
        woke.append(clock.now())

    async with anyio.create_task_group() as tg:
        with anyio.move_on_after(1):  # real seconds: the first sleeper is cancelled
            async with anyio.create_task_group() as inner:
                inner.start_soon(clock.sleep, 1.0)
                inner.cancel_scope.cancel()
        tg.start_soon(late)
    assert woke == [100.0]

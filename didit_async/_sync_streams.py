"""The async workloads read as blocking iterators: ``SyncBulkRun`` (``create_many``) and
``SyncWatcher`` (``watch``), for ``Didit.sessions`` and ``Didit.transactions``.

Each runs its async workload (``_bulk.py``, ``_polling.py``) on the calling thread's loop, with
its requests' I/O in the bridge's own threads; the workload advances only while the caller
iterates. Leaving early (``break``, an exception, Ctrl-C or a signal-raised exception,
``close()``, or dropping the object) stops the workload at once: no row is sent afterwards, every
in-flight slot comes back, and a stopped ``create_many`` reports the rows that may have reached
Didit (``unreported``, ``reconcile()``). Kept apart from ``_sync_sessions.py`` so the package can
export them without importing the sessions resource.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import weakref
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import AbstractAsyncContextManager
from types import TracebackType
from typing import Any, Generic, TypeVar

from ._bulk import BulkProgress, BulkResult, BulkRun
from ._constants import DEFAULT_RECONCILE_WAIT
from ._polling import StatusChange, Watcher
from ._sync_runtime import OFFLOAD_IO, LoopRunner, Workload, running_async_library

__all__ = ["SyncBulkRun", "SyncWatcher"]

T = TypeVar("T")
S = TypeVar("S", bound=AsyncIterator[Any])
_W = TypeVar("_W", bound="_Streamed[Any, Any]")


class _Driver(Generic[S]):
    """The loop side of a blocking workload: the task holding its ``async with``, its source.

    It refers to nothing of the iterator handed to the caller, so that one can be dropped and
    a finalizer stop the workload.
    """

    def __init__(self, runner: LoopRunner, open_: Callable[[], AbstractAsyncContextManager[S]]):
        self.runner = runner
        self.open = open_
        self.workload = Workload()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.thread: int | None = None
        self.task: asyncio.Task[None] | None = None
        self.source: S | None = None
        self.entered: asyncio.Event | None = None
        self.leave: asyncio.Event | None = None
        self.finished = False
        self.stopped_early = False

    async def drive(self) -> None:
        assert self.entered is not None
        assert self.leave is not None
        OFFLOAD_IO.set(self.workload)  # this task's context, inherited by the workload's tasks
        try:
            async with self.open() as source:
                self.source = source
                self.entered.set()
                await self.leave.wait()
        finally:
            self.entered.set()

    def abandon(self) -> None:
        """Stop from anywhere (a finalizer, another thread, a running loop): nothing of the
        workload leaves from now on, and its task is cancelled when its loop next runs."""
        self.workload.stop()
        task, loop = self.task, self.loop
        if task is not None and loop is not None and not task.done():
            with contextlib.suppress(RuntimeError):  # the loop is closed: its tasks are gone
                loop.call_soon_threadsafe(task.cancel)


class _Streamed(Generic[S, T]):
    """An async workload (an async context manager yielding an async iterator) read blockingly.

    One task on the thread's loop holds the workload's ``async with`` open (a task group must
    be entered and left by the same task); each ``next()`` runs the loop until the next result.
    The workload only advances while the caller asks for results, so a slow consumer slows it
    down instead of piling results up.

    Leaving a ``for`` loop over it early (``break``, an exception, a Ctrl-C), ``close()``,
    leaving its ``with`` block or dropping it stops the workload: nothing more is sent, and
    requests still travelling are given up (their answers closed as they come).
    """

    def __init__(self, runner: LoopRunner, open_: Callable[[], AbstractAsyncContextManager[S]]):
        self._runner = runner
        self._driver: _Driver[S] = _Driver(runner, open_)
        weakref.finalize(self, self._driver.abandon)

    @property
    def _source(self) -> S | None:
        return self._driver.source

    def _start(self) -> asyncio.AbstractEventLoop:
        driver = self._driver
        loop = self._runner.loop()
        driver.loop, driver.thread = loop, threading.get_ident()

        async def start() -> None:
            driver.entered, driver.leave = asyncio.Event(), asyncio.Event()
            driver.task = asyncio.get_running_loop().create_task(driver.drive())
            await driver.entered.wait()

        self._runner.run(loop, start())
        if driver.source is None:
            self._finish(loop)  # the workload failed to start: raise its error
        return loop

    def _own_loop(self) -> asyncio.AbstractEventLoop:
        driver = self._driver
        if driver.loop is None:
            return self._start()
        if driver.thread != threading.get_ident():
            raise RuntimeError("Iterate a Didit workload on the thread that started it.")
        if not self._runner.is_current(driver.loop):
            raise RuntimeError("This workload was interrupted; start a new one.")
        return driver.loop

    def _next(self) -> T:
        driver = self._driver
        if driver.stopped_early:
            interrupted = driver.loop is not None and not self._runner.is_current(driver.loop)
            how = "interrupted" if interrupted else "stopped early (a loop over it was left)"
            raise RuntimeError(f"This workload was {how}; start a new one.")
        if driver.finished:
            raise StopIteration
        loop = self._own_loop()
        source = driver.source
        assert source is not None
        taken: list[T] = []

        async def fetch() -> T:
            item: T = await source.__anext__()
            taken.append(item)
            return item

        try:
            return self._runner.run(loop, fetch())
        except StopAsyncIteration:
            self._finish(loop)
            raise StopIteration from None
        except BaseException:
            if taken:  # a signal landed after the result was taken: it never reached the caller
                self._not_delivered(taken[0])
            if not self._runner.is_current(loop):  # interrupted: its tasks are gone
                driver.workload.stop()
            raise

    def _not_delivered(self, item: T) -> None:
        """``item`` was taken from the workload but never reached the caller."""

    def _finish(self, loop: asyncio.AbstractEventLoop) -> None:
        """Leave the workload's ``async with`` (cancelling what is left) and raise its error."""
        driver = self._driver
        if driver.finished:
            return
        driver.finished = True
        task, leave = driver.task, driver.leave
        if task is None or leave is None or not self._runner.is_current(loop):
            driver.workload.stop()
            return

        async def finish() -> None:
            leave.set()
            await task

        try:
            self._runner.run(loop, finish())
        finally:
            driver.workload.stop()

    def close(self) -> None:
        """Stop the workload, if it is still running: nothing more is sent, and the requests
        still travelling are given up. Iterating it afterwards raises ``RuntimeError``."""
        driver = self._driver
        if driver.finished or driver.loop is None:
            driver.finished = True
            return
        driver.stopped_early = True
        loop = driver.loop
        if (
            driver.thread == threading.get_ident()
            and self._runner.is_current(loop)
            and not loop.is_running()
            and (running_async_library() is None or self._runner.runs_elsewhere(loop))
        ):
            self._finish(loop)
        else:
            # Another thread, or inside a running loop (garbage collected there): stop what can
            # be stopped without running the loop; its task is cancelled when the loop next runs.
            driver.finished = True
            driver.abandon()

    def __enter__(self: _W) -> _W:
        self._own_loop()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __iter__(self) -> Iterator[T]:
        return self._iterate()

    def _iterate(self) -> Iterator[T]:
        # A generator, so that leaving a `for` loop early (break, an exception, Ctrl-C) closes
        # it at once, and the `finally` stops the workload then, not at some later call.
        completed = False
        try:
            while True:
                try:
                    item = self._next()
                except StopIteration:
                    completed = True
                    return
                yield item
        finally:
            if not completed:
                self.close()

    def __next__(self) -> T:
        return self._next()


class SyncBulkRun(_Streamed[BulkRun[T], BulkResult[T]]):
    """A running batch of ``create_many``: iterate it for one result per request.

    ``progress`` holds the counts so far. Leaving the loop early (``break``, an exception,
    Ctrl-C or Celery's ``SoftTimeLimitExceeded``), ``close()`` or dropping the run stops it: no
    further row is sent, and rows still in flight are given up (their requests may still reach
    Didit). :attr:`unreported` then lists the rows sent, or finished, whose result you did not
    get, and :meth:`reconcile` returns a result for each one that made a session.
    """

    def __init__(self, runner: LoopRunner, run: BulkRun[T]) -> None:
        super().__init__(runner, lambda: run)
        self._run = run
        self.progress: BulkProgress = run.progress

    def _not_delivered(self, item: BulkResult[T]) -> None:
        self._run.mark_undelivered(item)

    @property
    def unreported(self) -> list[tuple[int, Mapping[str, Any]]]:
        """``(index, request)`` of every row sent, or finished, whose result did not reach you:
        after leaving the loop early, the rows to :meth:`reconcile`."""
        return self._run.unreported

    def reconcile(self, *, wait: float | None = DEFAULT_RECONCILE_WAIT) -> list[BulkResult[T]]:
        """Results for the :attr:`unreported` rows that made a session, after an early exit.

        Stops the run first if it is still going, then waits (up to ``wait`` seconds) for its
        requests still travelling to come back, so a session Didit was still making is seen;
        then as on ``AsyncDidit``: finished results are returned as they were, a row given up
        in flight is looked up by ``vendor_data`` (``transaction_id`` for transactions) and
        returned ``recovered`` if found, left out if it made nothing; a row without one comes
        back with ``DiditWriteOutcomeUnknownError``.

        ::

            run = client.sessions.create_many(rows)
            try:
                for r in run:
                    save(r)
            finally:  # a break, an error, Ctrl-C: the rows that reached Didit are not lost
                for r in run.reconcile():
                    save(r)
        """
        self.close()
        self._driver.workload.settle(wait)
        return self._runner.call(self._run.reconcile)


class SyncWatcher(_Streamed[Watcher[T], StatusChange[T]]):
    """Watches many sessions; iterate it for :class:`~didit_async.StatusChange` events.

    Iteration ends when every watched session has reached a wanted status or ended with an
    error on its change (see ``Didit.sessions.watch``). ``add(id)`` watches one more, before or
    during the iteration. Leaving the loop early, ``close()`` or dropping
    the watcher stops the polling.
    """

    def __init__(self, runner: LoopRunner, make: Callable[[list[str]], Watcher[T]], ids: list[str]):
        self._ids = ids
        super().__init__(runner, lambda: make(ids))

    def add(self, session_id: str) -> None:
        """Start watching one more session (no effect if it is already watched)."""
        source = self._source
        if source is None:
            if not session_id:
                raise ValueError("session_id must be a non-empty string")
            self._ids.append(session_id)
            return

        async def add() -> None:
            source.add(session_id)

        self._runner.run(self._own_loop(), add())

    @property
    def watching(self) -> int:
        """How many sessions are still being polled."""
        source = self._source
        return source.watching if source is not None else len(set(self._ids))

    @property
    def polls(self) -> int:
        """Decision requests made so far."""
        source = self._source
        return source.polls if source is not None else 0

"""The async workloads read as blocking iterators: ``SyncBulkRun`` (``create_many``) and
``SyncWatcher`` (``watch``), for ``Didit.sessions`` and ``Didit.transactions``.

Each runs its async workload (``_bulk.py``, ``_polling.py``) on the calling thread's loop; the
workload advances only while the caller iterates. Kept apart from ``_sync_sessions.py`` so the
package can export them without importing the sessions resource.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager
from types import TracebackType
from typing import Any, Generic, TypeVar

from ._bulk import BulkProgress, BulkResult, BulkRun
from ._polling import StatusChange, Watcher
from ._sync_runtime import OFFLOAD_IO, LoopRunner

__all__ = ["SyncBulkRun", "SyncWatcher"]

T = TypeVar("T")
S = TypeVar("S", bound=AsyncIterator[Any])
_W = TypeVar("_W", bound="_Streamed[Any, Any]")


class _Streamed(Generic[S, T]):
    """An async workload (an async context manager yielding an async iterator) read blockingly.

    One task on the thread's loop holds the workload's ``async with`` open (a task group must
    be entered and left by the same task); each ``next()`` runs the loop until the next result.
    The workload only advances while the caller asks for results, so a slow consumer slows it
    down instead of piling results up.
    """

    def __init__(self, runner: LoopRunner, open_: Callable[[], AbstractAsyncContextManager[S]]):
        self._runner = runner
        self._open = open_
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: int | None = None
        self._driver: asyncio.Task[None] | None = None
        self._source: S | None = None
        self._entered: asyncio.Event | None = None
        self._leave: asyncio.Event | None = None
        self._finished = False

    async def _drive(self) -> None:
        assert self._entered is not None
        assert self._leave is not None
        OFFLOAD_IO.set(True)  # this task's context, inherited by the workload's tasks
        try:
            async with self._open() as source:
                self._source = source
                self._entered.set()
                await self._leave.wait()
        finally:
            self._entered.set()

    def _start(self) -> asyncio.AbstractEventLoop:
        loop = self._runner.loop()
        self._loop, self._thread = loop, threading.get_ident()

        async def start() -> None:
            self._entered, self._leave = asyncio.Event(), asyncio.Event()
            self._driver = asyncio.get_running_loop().create_task(self._drive())
            await self._entered.wait()

        self._runner.run(loop, start())
        if self._source is None:
            self._finish(loop)  # the workload failed to start: raise its error
        return loop

    def _own_loop(self) -> asyncio.AbstractEventLoop:
        if self._loop is None:
            return self._start()
        if self._thread != threading.get_ident():
            raise RuntimeError("Iterate a Didit workload on the thread that started it.")
        if self._loop.is_closed():
            raise RuntimeError("This workload was interrupted; start a new one.")
        return self._loop

    def _next(self) -> T:
        if self._finished:
            raise StopIteration
        loop = self._own_loop()
        assert self._source is not None
        try:
            item: T = self._runner.run(loop, self._source.__anext__())
        except StopAsyncIteration:
            self._finish(loop)
            raise StopIteration from None
        return item

    def _finish(self, loop: asyncio.AbstractEventLoop) -> None:
        """Leave the workload's ``async with`` (cancelling what is left) and raise its error."""
        if self._finished:
            return
        self._finished = True
        driver, leave = self._driver, self._leave
        if driver is None or leave is None or loop.is_closed():
            return

        async def finish() -> None:
            leave.set()
            await driver

        self._runner.run(loop, finish())

    def __enter__(self: _W) -> _W:
        self._own_loop()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._loop is not None and self._thread == threading.get_ident():
            self._finish(self._loop)

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        return self._next()


class SyncBulkRun(_Streamed[BulkRun[T], BulkResult[T]]):
    """A running batch of ``create_many``: iterate it for one result per request.

    ``progress`` holds the counts so far.
    """

    def __init__(self, runner: LoopRunner, run: BulkRun[T]) -> None:
        super().__init__(runner, lambda: run)
        self.progress: BulkProgress = run.progress


class SyncWatcher(_Streamed[Watcher[T], StatusChange[T]]):
    """Watches many sessions; iterate it for :class:`~didit_async.StatusChange` events.

    Iteration ends when every watched session has reached a wanted status or ended with an
    error on its change (see ``Didit.sessions.watch``). ``add(id)`` watches one more, before or
    during the iteration.
    """

    def __init__(self, runner: LoopRunner, make: Callable[[list[str]], Watcher[T]], ids: list[str]):
        self._ids = ids
        super().__init__(runner, lambda: make(self._ids))

    def add(self, session_id: str) -> None:
        """Start watching one more session (no effect if it is already watched)."""
        if self._source is None:
            if not session_id:
                raise ValueError("session_id must be a non-empty string")
            self._ids.append(session_id)
            return
        source = self._source

        async def add() -> None:
            source.add(session_id)

        self._runner.run(self._own_loop(), add())

    @property
    def watching(self) -> int:
        """How many sessions are still being polled."""
        return self._source.watching if self._source is not None else len(set(self._ids))

    @property
    def polls(self) -> int:
        """Decision requests made so far."""
        return self._source.polls if self._source is not None else 0

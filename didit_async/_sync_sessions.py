"""``Didit.sessions``: the generated blocking operations plus the workloads, as iterators.

``create_many`` and ``watch`` run the async workloads (``_bulk.py``, ``_polling.py``) on the
calling thread's loop with their requests offloaded to worker threads, so they overlap exactly as
they do on ``AsyncDidit``; results come out of a plain iterator. Use them in a ``with`` block to
stop the work when you leave early (a ``for`` loop that runs to the end needs none):

::

    with client.sessions.create_many(rows) as results:
        for r in results:
            print(r.index, r.session.url if r.ok else r.error)
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable, Collection, Iterable, Iterator, Mapping
from contextlib import AbstractAsyncContextManager
from types import TracebackType
from typing import Any, Generic, TypeVar

from ._bulk import BulkProgress, BulkResult, BulkRun
from ._constants import (
    DEFAULT_BULK_CONCURRENCY,
    DEFAULT_WAIT_INITIAL_INTERVAL,
    DEFAULT_WAIT_MAX_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    DEFAULT_WATCH_CONCURRENCY,
    DEFAULT_WATCH_MIN_INTERVAL,
)
from ._generated.models import CreateSessionResponse, SessionDecision
from ._generated.resources.sessions import SyncSessionsResource
from ._polling import StatusChange, Watcher
from ._sessions import Sessions
from ._sync_runtime import OFFLOAD_IO, LoopRunner

__all__ = ["SyncBulkRun", "SyncSessions", "SyncWatcher"]

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

    Iteration ends when every watched session has reached a wanted status. ``add(id)`` watches
    one more, before or during the iteration.
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


class SyncSessions(SyncSessionsResource):
    """Verification sessions, blocking: every documented operation, plus workloads at scale.

    ::

        session = client.sessions.create(workflow_id=WF, vendor_data="user-42")
        decision = client.sessions.wait_for_decision(session.session_id)
    """

    _async: Sessions

    def __init__(self, runner: LoopRunner, resource: Sessions) -> None:
        super().__init__(runner, resource)
        self._loops = runner

    def create_many(
        self,
        requests: Iterable[Mapping[str, Any]],
        *,
        concurrency: int = DEFAULT_BULK_CONCURRENCY,
        on_progress: Callable[[BulkProgress], None] | None = None,
    ) -> SyncBulkRun[CreateSessionResponse]:
        """Create many sessions under the rate limits; iterate the result for one per request.

        ``requests`` (keyword-argument mappings for :meth:`create`) is read lazily, so a huge
        CSV streams. Results come in completion order, each with its input ``index``; a lost
        response is resolved by ``vendor_data``, never blindly re-sent (see
        ``AsyncDidit.sessions.create_many``).

        ::

            rows = ({"workflow_id": WF, "vendor_data": f"user-{i}"} for i in range(1000))
            for r in client.sessions.create_many(rows):
                print(r.index, r.session.url if r.ok else r.error)
        """
        run = self._async.create_many(requests, concurrency=concurrency, on_progress=on_progress)
        return SyncBulkRun(self._loops, run)

    def wait_for_decision(
        self,
        session_id: str,
        /,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        until: Collection[str] | None = None,
        initial_interval: float = DEFAULT_WAIT_INITIAL_INTERVAL,
        max_interval: float = DEFAULT_WAIT_MAX_INTERVAL,
    ) -> SessionDecision:
        """Poll the decision, blocking, until its status is final (or in ``until``).

        Raises ``DecisionTimeoutError`` after ``timeout`` seconds.

        ::

            decision = client.sessions.wait_for_decision(sid, until={"In Review"})
        """
        return self._runner.call(
            self._async.wait_for_decision,
            session_id,
            timeout=timeout,
            until=until,
            initial_interval=initial_interval,
            max_interval=max_interval,
        )

    def watch(
        self,
        session_ids: Iterable[str],
        *,
        until: Collection[str] | None = None,
        concurrency: int = DEFAULT_WATCH_CONCURRENCY,
        min_interval: float = DEFAULT_WATCH_MIN_INTERVAL,
    ) -> SyncWatcher[SessionDecision]:
        """Watch many sessions at once; iterate the result for status changes.

        The polls share the GET budget fairly, as on ``AsyncDidit`` (``N`` sessions are each
        polled about every ``N / 10`` seconds at 600/min).

        ::

            for change in client.sessions.watch(ids):
                print(change.session_id, change.previous, "->", change.status)
        """
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        sessions = self._async

        def make(ids: list[str]) -> Watcher[SessionDecision]:
            return sessions.watch(
                ids, until=until, concurrency=concurrency, min_interval=min_interval
            )

        return SyncWatcher(self._loops, make, list(session_ids))

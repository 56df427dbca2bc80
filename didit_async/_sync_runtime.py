"""How ``Didit`` runs the async client for blocking callers, on their own threads.

The design (docs/ARCHITECTURE.md §5): every calling thread drives a private event loop of its
own, and the one ``AsyncDidit`` behind the client runs there, unchanged: validation, retries,
rate limiting, pagination, bulk creation and polling are the async code. The bytes go through a
*blocking* httpx pool (``httpx.HTTPTransport``, thread-safe) behind a small bridge transport
(``_sync_bridge.py``), so a plain call costs one ``run_until_complete`` over bare sync httpx and
no thread hop. Concurrent workloads (``create_many``, ``watch``) set :data:`OFFLOAD_IO` so their
requests run in worker threads and overlap.

What threads share, and what they do not:

* shared: the connection pool, credentials, the rate-limit *windows* (one store, guarded by a
  lock, so eight threads together stay under Didit's limits) and the in-flight bound;
* per thread: the event loop, the rate limiter's FIFO queues (asyncio locks belong to a loop).

A thread whose event loop is running (a Jupyter cell, code under ``asyncio.run``/``trio.run``)
hands its calls to a private loop thread (``_sync_loop_thread.py``) and waits; a callback inside
a ``Didit`` call (its loop is one of ours) gets a clear ``RuntimeError`` instead, since its call
could wait for a slot only the blocked loop would free. A ``KeyboardInterrupt``,
``SystemExit`` or any exception a signal handler raises (Celery's ``SoftTimeLimitExceeded``)
that stops a call cancels whatever that thread's loop was running, waits briefly for the
cleanup, and starts the thread on a fresh loop next time: the client stays usable. Whatever a
closed loop's requests still hold (in-flight slots, connections) is given back as their blocking
I/O ends (``on_loop_closed``), whether or not the cleanup got to them.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import os
import sys
import threading
import weakref
from collections import deque
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, ParamSpec, Protocol, TypeVar

from . import _http
from ._errors import DiditConnectionError
from ._ratelimit import InMemoryRateLimitStore, RateLimiter, RateLimitStore, ScopeLimit
from ._seam import AsyncPaginator
from ._sync_loop_thread import LoopThread
from ._sync_pagination import BlockingPaginator
from ._sync_seam import SyncPaginator

__all__ = [
    "OFFLOAD_IO",
    "LockedStore",
    "LoopRunner",
    "PerThreadLimiter",
    "ThreadedShared",
    "Workload",
]

T = TypeVar("T")
P = ParamSpec("P")


class _StopAware(Protocol):
    def workload_stopped(self, workload: Workload) -> None: ...


class Workload:
    """A blocking workload's requests (``create_many``, ``watch``), seen from the I/O threads.

    Once :meth:`stop` is called no request of the workload leaves any more (one already waiting
    for a slot gives up), whatever its tasks do meanwhile; :meth:`settle` waits for the ones
    already sent to come back, so a lookup made after it sees what they did.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._travelling = 0
        self.stopped = False
        self._watchers: set[_StopAware] = set()

    def stop(self) -> None:
        """No request of this workload leaves from now on, and what its requests hold is
        given back (thread-safe, never waits for I/O)."""
        with self._cond:
            self.stopped = True
            watchers, self._watchers = self._watchers, set()
        for watcher in watchers:
            watcher.workload_stopped(self)

    def notify_on_stop(self, watcher: _StopAware) -> None:
        """Call ``watcher.workload_stopped(self)`` when the workload stops."""
        with self._cond:
            if self.stopped:
                notify = True
            else:
                notify = False
                self._watchers.add(watcher)
        if notify:
            watcher.workload_stopped(self)

    def depart(self) -> bool:
        """One request is about to leave: False (and it must not) once the workload stopped."""
        with self._cond:
            if self.stopped:
                return False
            self._travelling += 1
            return True

    def arrive(self) -> None:
        """A request that left has its answer's headers, or failed."""
        with self._cond:
            self._travelling -= 1
            self._cond.notify_all()

    def settle(self, timeout: float | None) -> bool:
        """Wait until no request that left is still travelling; False if ``timeout`` passed."""
        with self._cond:
            return self._cond.wait_for(lambda: self._travelling == 0, timeout)


# Set in the context of a concurrent workload: its requests run in worker threads so they
# overlap, instead of blocking the thread's loop one at a time.
OFFLOAD_IO: contextvars.ContextVar[Workload | None] = contextvars.ContextVar(
    "didit_offload_io", default=None
)

# How long an interrupted call's cleanup (cancelled requests, released limiter slots) may take.
_DRAIN_SECONDS = 5.0


class _ForkAware(Protocol):
    def after_fork(self) -> None: ...


class _LoopAware(Protocol):
    def loop_closed(self, loop: asyncio.AbstractEventLoop) -> None: ...


# Objects whose thread or socket state must not cross a fork (Celery's prefork workers import
# the module, and maybe call Didit, in the parent before forking).
_AFTER_FORK: weakref.WeakSet[_ForkAware] = weakref.WeakSet()


# Every loop Didit made: a call from a callback running on one is refused (LoopRunner._hop).
_DIDIT_LOOPS: weakref.WeakSet[asyncio.AbstractEventLoop] = weakref.WeakSet()

# In a forked child: the parent's event loops, never used nor closed (LoopRunner.after_fork).
_INHERITED_LOOPS: list[asyncio.AbstractEventLoop] = []


def _after_fork_in_child() -> None:
    for obj in list(_AFTER_FORK):
        obj.after_fork()


def reset_at_fork(obj: _ForkAware) -> None:
    """Call ``obj.after_fork()`` in a forked child (while ``obj`` is alive)."""
    _AFTER_FORK.add(obj)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)

# Objects holding something per loop that must be given back when that loop is closed, even if
# its tasks never ran their cleanup (an interrupted drain, a loop closed with a workload pending).
_LOOP_CLOSED: weakref.WeakSet[_LoopAware] = weakref.WeakSet()


def on_loop_closed(obj: _LoopAware) -> None:
    """Call ``obj.loop_closed(loop)`` after each of Didit's loops is closed (while alive)."""
    _LOOP_CLOSED.add(obj)


def _close(loop: asyncio.AbstractEventLoop) -> None:
    try:
        loop.close()
    finally:
        for obj in list(_LOOP_CLOSED):
            obj.loop_closed(loop)


def running_async_library() -> str | None:
    """The async library whose event loop runs on this thread (None: none does)."""
    if asyncio._get_running_loop() is not None:
        return "asyncio"
    trio = sys.modules.get("trio")
    if trio is not None:
        try:
            trio.lowlevel.current_trio_token()
        except RuntimeError:
            return None
        return "trio"
    return None


class LoopRunner:
    """A private event loop per calling thread; implements the sync seam's ``SyncRunner``."""

    def __init__(self) -> None:
        self._local = threading.local()
        self._lock = threading.Lock()
        self._loops: dict[int, tuple[threading.Thread, asyncio.AbstractEventLoop]] = {}
        self.closed = False
        # The loops of threads that have ended, appended as each thread ends (see loop()).
        self._ended: deque[asyncio.AbstractEventLoop] = deque()
        # The private loop threads of threads whose own event loop runs (notebooks).
        self._hops: list[LoopThread] = []
        # A client dropped without close() still closes its idle loops (no ResourceWarning).
        weakref.finalize(self, _close_loops, self._loops)
        _AFTER_FORK.add(self)

    def loop(self) -> asyncio.AbstractEventLoop:
        """The loop this thread's calls run on, made on first use: the thread's own, or, on a
        thread whose event loop is running, its private loop thread's."""
        if self.closed:
            raise DiditConnectionError("The client is closed; create a new Didit.")
        hop = self._hop()
        if hop is not None:
            return hop.submit(self.loop, self._loop_of(hop))
        return self._thread_loop()

    def _hop(self) -> LoopThread | None:
        """This thread's private loop thread if its event loop is running (None: it is not).

        A callback inside a Didit call (its loop is one of ours) is refused instead: the call
        it makes could wait for a slot that only the blocked loop would free.
        """
        library = running_async_library()
        if library is None:
            return None
        if asyncio._get_running_loop() in _DIDIT_LOOPS:
            raise RuntimeError(
                "Didit blocks, and this thread runs a callback inside a Didit call (such as "
                "on_progress): the call could wait on the very loop it blocks. Make it after "
                "the running call returns, or use AsyncDidit in async code."
            )
        hop: LoopThread | None = getattr(self._local, "hop", None)
        if hop is None or hop.stuck:
            hop = LoopThread(_DRAIN_SECONDS)
            self._local.hop = hop
            # The private thread ends with the thread it serves (its loop is then closed as
            # any ended thread's is) or with the client.
            self._local.hop_end = _ThreadEnd()
            weakref.finalize(self._local.hop_end, hop.stop)
            with self._lock:
                self._hops.append(hop)
        return hop

    def _loop_of(self, hop: LoopThread) -> Callable[[], asyncio.AbstractEventLoop | None]:
        def loop() -> asyncio.AbstractEventLoop | None:
            with self._lock:
                entry = self._loops.get(hop.ident)
            return None if entry is None else entry[1]

        return loop

    def _hop_for(self, loop: asyncio.AbstractEventLoop) -> LoopThread | None:
        """This thread's private loop thread if ``loop`` is its current loop."""
        hop: LoopThread | None = getattr(self._local, "hop", None)
        if hop is None or self._loop_of(hop)() is not loop:
            return None
        return hop

    def runs_elsewhere(self, loop: asyncio.AbstractEventLoop) -> bool:
        """Whether ``loop`` is the current loop of this thread's private loop thread."""
        return self._hop_for(loop) is not None

    def _thread_loop(self) -> asyncio.AbstractEventLoop:
        if self._ended:
            self._close_ended()
        loop: asyncio.AbstractEventLoop | None = getattr(self._local, "loop", None)
        if loop is None or loop.is_closed():
            loop = asyncio.new_event_loop()
            _DIDIT_LOOPS.add(loop)
            thread = threading.current_thread()
            self._close_idle(dead_only=True)
            with self._lock:
                self._loops[threading.get_ident()] = (thread, loop)
            self._local.loop = loop
            # Dropped with the thread's locals when the thread ends: its loop is then closed by
            # the next call of any thread, so what the loop holds (a Redis store's connections)
            # does not outlive the thread by more than that.
            self._local.end = _ThreadEnd()
            weakref.finalize(self._local.end, _thread_ended, weakref.ref(self), weakref.ref(loop))
        return loop

    def is_current(self, loop: asyncio.AbstractEventLoop) -> bool:
        """Whether ``loop`` is still this thread's, neither reset after an interruption (even
        one whose closing was itself interrupted) nor closed."""
        if getattr(self._local, "loop", None) is loop or self._hop_for(loop) is not None:
            return not loop.is_closed()
        return False

    def call(self, fn: Callable[P, Awaitable[T]], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Run ``fn(*args, **kwargs)`` on this thread's loop until it finishes (on its private
        loop thread's if this thread's event loop is running)."""
        if self.closed:
            raise DiditConnectionError("The client is closed; create a new Didit.")
        hop = self._hop()  # before making the coroutine: a refused call leaves none unawaited
        if hop is not None:
            return hop.submit(lambda: self.call(fn, *args, **kwargs), self._loop_of(hop))
        return self.run(self._thread_loop(), fn(*args, **kwargs))

    def run(self, loop: asyncio.AbstractEventLoop, aw: Awaitable[T]) -> T:
        """Run ``aw`` on ``loop`` (this thread's, or its private loop thread's) until it
        finishes."""
        if getattr(self._local, "loop", None) is not loop:
            hop = self._hop_for(loop)
            if hop is not None:
                return hop.submit(lambda: self.run(loop, aw), self._loop_of(hop))
        task = loop.create_task(aw if asyncio.iscoroutine(aw) else _coroutine(aw))
        try:
            result: T = loop.run_until_complete(task)
        except BaseException as exc:
            if isinstance(exc, Exception) and task.done():
                raise  # the call's own error; the loop is fine
            # A KeyboardInterrupt/SystemExit, from a signal or a callback: cancel what this
            # thread's loop was running and start over on a fresh loop.
            self.reset(loop)
            raise
        return result

    def reset(self, loop: asyncio.AbstractEventLoop) -> None:
        """Cancel every task of ``loop``, let them clean up briefly, close it and forget it."""
        self._local.loop = None
        with self._lock:
            self._loops.pop(threading.get_ident(), None)
        try:
            pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
            for t in pending:
                t.cancel()
            if pending:
                _run_through(loop, asyncio.wait(pending, timeout=_DRAIN_SECONDS))
            for t in pending:
                if t.done() and not t.cancelled():
                    t.exception()  # retrieved: no "exception was never retrieved" noise
            _run_through(loop, loop.shutdown_asyncgens())
        finally:
            _close(loop)

    def after_fork(self) -> None:
        """In a forked child: the parent's loops (and any held lock) are not ours to use.

        Nor to close: closing one unregisters its wake-up pipe from the epoll instance the
        child shares with the parent, and the parent's loop then never wakes for work done in
        other threads (its next ``create_many`` hung). They are kept, unused, so that no
        destructor closes them either.
        """
        self._local = threading.local()
        self._lock = threading.Lock()
        _INHERITED_LOOPS.extend(loop for _, loop in self._loops.values())
        _INHERITED_LOOPS.extend(self._ended)
        self._ended.clear()
        self._loops.clear()
        self._hops = []  # their threads do not exist in the child

    def paginate(self, paginator: AsyncPaginator[T]) -> SyncPaginator[T]:
        """A blocking view of ``paginator`` (see ``_sync_pagination``)."""
        return BlockingPaginator(self, paginator)

    def _close_idle(self, *, dead_only: bool) -> None:
        with self._lock:
            idle = [
                (ident, loop)
                for ident, (thread, loop) in self._loops.items()
                if not (dead_only and thread.is_alive()) and not loop.is_running()
            ]
            for ident, _ in idle:
                del self._loops[ident]
        for _, loop in idle:
            _shut_down(loop)

    def _close_ended(self) -> None:
        ended: list[asyncio.AbstractEventLoop] = []
        with contextlib.suppress(IndexError):  # another thread may empty it first
            while True:
                ended.append(self._ended.popleft())
        mine: list[asyncio.AbstractEventLoop] = []  # taken out here, so shut down here
        with self._lock:
            for ident, (_, loop) in list(self._loops.items()):
                if any(loop is e for e in ended) and not loop.is_running():
                    del self._loops[ident]
                    mine.append(loop)
        for loop in mine:
            _shut_down(loop)

    def close(self) -> None:
        """Refuse further calls; close every loop that is not running a call right now."""
        self.closed = True
        with self._lock:
            hops, self._hops = self._hops, []
        for hop in hops:
            hop.stop()
        self._close_idle(dead_only=False)


def _run_through(loop: asyncio.AbstractEventLoop, aw: Awaitable[Any]) -> None:
    """Run ``aw`` to the end on ``loop``, past a stop the interrupted run left scheduled.

    An interrupt can escape the loop just after a finished call scheduled its own
    ``loop.stop()``; that stale stop ends the next run early, once.
    """
    future = asyncio.ensure_future(aw, loop=loop)
    for _ in range(3):
        try:
            loop.run_until_complete(future)
        except RuntimeError:
            if future.done():
                raise
            continue
        return
    future.cancel()


class _ThreadEnd:
    """A thread-local marker whose collection says that its thread has ended."""


def _thread_ended(
    runner: weakref.ref[LoopRunner], loop: weakref.ref[asyncio.AbstractEventLoop]
) -> None:
    # Runs on the ending thread as its locals go: only note the loop for another thread to
    # close. Weak references, so that a client dropped long before the thread ends is not kept.
    r, lp = runner(), loop()
    if r is not None and lp is not None:
        r._ended.append(lp)


def _shut_down(loop: asyncio.AbstractEventLoop) -> None:
    """Close an idle ``loop``, first finalising its async generators as ``asyncio.run`` does:
    what is bound to the loop (a Redis store's connections) closes there, on its own loop."""
    if loop.is_closed() or loop.is_running():
        return
    if asyncio._get_running_loop() is None:  # a loop cannot be run inside another
        with contextlib.suppress(Exception):
            _run_through(loop, asyncio.wait_for(loop.shutdown_asyncgens(), _DRAIN_SECONDS))
    _close(loop)  # with the loop-closed hooks: the bridge frees the leases the loop held


def _close_loops(loops: dict[int, tuple[threading.Thread, asyncio.AbstractEventLoop]]) -> None:
    for _, loop in list(loops.values()):
        if not loop.is_running():
            _close(loop)
    loops.clear()


async def _coroutine(aw: Awaitable[T]) -> T:
    return await aw


class ThreadedShared:
    """Stands in for the transport's ``SharedResources``: one bridge client for all threads.

    The bridging client (``_http.DirectClient``) holds nothing bound to an event loop (its
    transport is :class:`BlockingTransport`), so every thread's loop can use it.
    """

    def __init__(
        self, client: _http.RequestSender, on_close: Callable[[], None], *, own_pool: bool
    ) -> None:
        self._client = client
        self._on_close = on_close
        self._own_pool = own_pool
        self.owns_client = True
        self.closed = False

    @property
    def traces_sends(self) -> bool:
        """As ``SharedResources.traces_sends``: our own pool only."""
        return self._own_pool

    def socket_timeouts(self, timeout: float | None) -> Any:
        """As ``SharedResources.socket_timeouts``: connecting stops after
        ``_http.CONNECT_TIMEOUT`` on our own pool; an injected client gets ``timeout``."""
        return _http.default_timeouts(timeout) if self._own_pool else timeout

    def client(self) -> _http.RequestSender:
        if self.closed:
            raise DiditConnectionError("The client is closed; create a new Didit.")
        return self._client

    def capacity(self) -> contextlib.AbstractAsyncContextManager[None]:
        # The in-flight bound lives in the blocking bridge, so nothing to hold here.
        return contextlib.nullcontext()

    async def aclose(self) -> None:
        self.close()

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._on_close()


class LockedStore:
    """The in-memory rate-limit store made safe for several threads' loops at once.

    Its methods never suspend, so the lock is never held across a suspension point.
    """

    def __init__(self, inner: InMemoryRateLimitStore) -> None:
        self._inner = inner
        self._lock = threading.Lock()
        _AFTER_FORK.add(self)

    def after_fork(self) -> None:
        self._lock = threading.Lock()  # another thread of the parent may have held it

    async def try_acquire(
        self, buckets: Sequence[tuple[str, ScopeLimit]], now: float, margin: float
    ) -> float:
        with self._lock:
            return await self._inner.try_acquire(buckets, now, margin)

    async def penalize(self, bucket: str, limit: ScopeLimit, now: float, until: float) -> None:
        with self._lock:
            await self._inner.penalize(bucket, limit, now, until)


class PerThreadLimiter(RateLimiter):
    """One set of windows (the store) for all threads; FIFO queues per thread's loop."""

    def __init__(self, like: RateLimiter) -> None:
        store: RateLimitStore = like.store
        if type(store) is InMemoryRateLimitStore:
            store = LockedStore(store)
        super().__init__(
            like.limits,
            clock=like.clock,
            store=store,
            enabled=like.enabled,
            margin=like.margin,
            max_wait=like.max_wait,
        )
        self._threads = threading.local()

    def _here(self) -> RateLimiter:
        limiter: RateLimiter | None = getattr(self._threads, "limiter", None)
        if limiter is None:
            limiter = RateLimiter(
                self.limits,
                clock=self.clock,
                store=self.store,
                enabled=self.enabled,
                margin=self.margin,
                max_wait=self.max_wait,
            )
            self._threads.limiter = limiter
        return limiter

    async def acquire(
        self, scopes: Sequence[str], *, key: str = "", subkeys: Mapping[str, str] | None = None
    ) -> None:
        if self.enabled:
            await self._here().acquire(scopes, key=key, subkeys=subkeys)

    async def penalize(
        self,
        scopes: Sequence[str],
        *,
        key: str = "",
        retry_after: float | None,
        limit_header: int | None = None,
        subkeys: Mapping[str, str] | None = None,
    ) -> str | None:
        return await self._here().penalize(
            scopes,
            key=key,
            retry_after=retry_after,
            limit_header=limit_header,
            subkeys=subkeys,
        )

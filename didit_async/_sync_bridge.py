"""``Didit``'s bridge: the async client's requests, sent through a blocking httpx pool.

:class:`BlockingTransport` is an httpx *async* transport whose sends block: inline on the
calling thread (which is blocked in its call anyway), or in one of its own threads for a
workload that set :data:`~didit_async._sync_runtime.OFFLOAD_IO`. Blocking I/O cannot be
cancelled, so what ``anyio.move_on_after`` does for ``AsyncDidit`` is done here in two halves:
the attempt's deadline is read from the cancel scopes around the request and handed to the
pool, which ends every socket operation by it (``_http.IO_DEADLINE``); when it passes, the
scope is let fire, so the call ends with the async client's own ``DiditTimeoutError``. A body
streams to the async client chunk by chunk, so its ``max_response_bytes`` cap stops the
reading, not just the keeping.

Each request holds one of ``max_concurrency`` in-flight slots from before it leaves until its
answer is closed, through a :class:`_Lease`: the wait for a slot ends at the attempt's deadline
too, and a request whose task or loop went away (a cancelled workload, a Ctrl-C) gives its slot
back as soon as its blocking I/O ends, never later, and never leaves if it had not yet.
"""

from __future__ import annotations

import asyncio
import contextvars
import math
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, NamedTuple, TypeVar

import anyio

from . import _http
from ._sync_runtime import OFFLOAD_IO, Workload, on_loop_closed, reset_at_fork

__all__ = ["BlockingTransport", "Opened", "own_pool", "via_client", "via_transport"]

T = TypeVar("T")

# A blocking read that timed out this close to the attempt's deadline is the deadline's doing;
# its cancel scope is given this long past the deadline to fire.
_DEADLINE_SLACK_SECONDS = 0.05

# A socket wait shortened to the deadline is never shortened to zero (a zero timeout makes a
# socket non-blocking, which fails as a read error instead of timing out).
_SHORTEST_WAIT_SECONDS = 0.001


class _Deadline(NamedTuple):
    """An attempt's deadline, on the event loop's clock and on ``time.monotonic()``."""

    loop: float
    at: float


def _attempt_deadline() -> _Deadline | None:
    """The deadline of the cancel scopes around this request, None when there is none.

    The async client bounds each attempt with ``anyio.move_on_after`` (its ``timeout`` and what
    is left of ``total_timeout``); blocking I/O cannot be cancelled, so the same deadline is
    handed to the blocking pool, which ends every socket operation by it.
    """
    loop_deadline = anyio.current_effective_deadline()
    if loop_deadline == math.inf:
        return None
    # The bridge runs on Didit's own asyncio loops, whose clock is anyio's there.
    now = asyncio.get_running_loop().time()
    return _Deadline(loop_deadline, time.monotonic() + (loop_deadline - now))


async def _surface_timeout(deadline: _Deadline | None) -> None:
    """After blocking I/O timed out: if the attempt's deadline is what passed, let its cancel
    scope fire, so the call ends exactly as on ``AsyncDidit`` (the same ``DiditTimeoutError``,
    naming the phase). The caller re-raises the I/O timeout if that does not happen."""
    if deadline is not None and deadline.at - time.monotonic() < _DEADLINE_SLACK_SECONDS:
        await anyio.sleep_until(deadline.loop + _DEADLINE_SLACK_SECONDS)


def _slot_deadline(deadline: _Deadline | None) -> float | None:
    """When the wait for a slot gives up: just before the attempt's deadline, so the slot
    wait's own error (not the cancel scope's timeout) ends the call."""
    return None if deadline is None else deadline.at - _DEADLINE_SLACK_SECONDS


class Opened(NamedTuple):
    """A blocking response whose headers have arrived; its body is read as it is asked for."""

    status_code: int
    headers: _http.Headers
    extensions: dict[str, Any]
    chunks: Iterator[bytes]
    close: Callable[[], None]


class _Abandoned(_http.ConnectError):
    """The request was given up (its task cancelled, its loop closed, its workload stopped)
    before it left: nothing was sent."""


# A lease's life: waiting for a slot -> holding one -> sending -> open (its answer's body
# unread) -> done; reading is "open, with a thread inside the body right now".
_WAITING, _HOLDING, _SENDING, _OPEN, _READING, _DONE = range(6)


class _Lease:
    """One request's in-flight slot, from waiting for it until its answer is closed.

    The loop that asked and the thread doing the blocking I/O can part ways: a workload's task is
    cancelled and does not wait for its thread, a loop is closed after an interruption with a
    thread still reading. So whichever of the two is last to touch the connection closes it and
    frees the slot, exactly once; a lease given up before its request left keeps it from leaving.
    """

    __slots__ = ("_given_up", "_in_flight", "_lock", "_opened", "_state", "loop", "workload")

    def __init__(
        self,
        in_flight: _InFlight,
        loop: asyncio.AbstractEventLoop | None,
        workload: Workload | None,
    ) -> None:
        self._in_flight = in_flight
        self.loop = loop
        self.workload = workload
        self._lock = threading.Lock()
        self._state = _WAITING
        self._given_up = False
        self._opened: Opened | None = None

    @property
    def given_up(self) -> bool:
        workload = self.workload
        return self._given_up or (workload is not None and workload.stopped)

    def try_slot(self) -> bool:
        """Take a free slot if there is one, without waiting."""
        return self._in_flight.take(self, None, wait=False) and self._hold()

    def wait_for_slot(self, until: float | None) -> None:
        """Wait for a slot until ``until`` (``time.monotonic()``): :class:`_http.SlotTimeout`
        after it, ``_Abandoned`` once given up. Interruptible (Ctrl-C) on the main thread."""
        self._in_flight.take(self, until, wait=True)
        if not self._hold():
            raise _Abandoned("the request was given up before it left")

    def _hold(self) -> bool:
        with self._lock:
            if not self._given_up:
                self._state = _HOLDING
                return True
            self._state = _DONE
        self._in_flight.give(self)
        return False

    def send(self, send: Callable[[_http.Request], Opened], request: _http.Request) -> Opened:
        """Send, with the slot held; in the I/O thread."""
        workload = self.workload
        with self._lock:
            state = self._state
            leaving = state == _HOLDING and not self._given_up
            leaving = leaving and (workload is None or workload.depart())
            if state == _HOLDING:
                self._state = _SENDING if leaving else _DONE
        if not leaving:
            if state == _HOLDING:
                self._in_flight.give(self)
            raise _Abandoned("the request was given up before it left")
        try:
            opened = send(request)
        except BaseException:
            self._end()
            raise
        finally:
            if workload is not None:
                workload.arrive()
        with self._lock:
            if not self._given_up:
                self._state, self._opened = _OPEN, opened
                return opened
        self._end(opened)
        raise _Abandoned("the request was given up while its answer was on its way")

    def read(self, chunks: Iterator[bytes]) -> bytes | None:
        """The next piece of the body (None at its end, or once the lease was closed)."""
        with self._lock:
            if self._state != _OPEN:
                return None
            self._state = _READING
        try:
            chunk = next(chunks, None)
        except BaseException:
            self._after_read()
            raise
        return None if self._after_read() else chunk

    def _after_read(self) -> bool:
        """Back to open after a read; True if the lease was closed meanwhile (closed now)."""
        with self._lock:
            if not self._given_up:
                self._state = _OPEN
                return False
            opened, self._opened = self._opened, None
        self._end(opened)
        return True

    def close(self) -> None:
        """Give the request up: its connection is closed and its slot freed, now if no thread
        is using them, else by that thread when it is done. Safe from any thread, repeatable."""
        opened: Opened | None = None
        with self._lock:
            self._given_up = True
            state = self._state
            if state == _OPEN:
                opened, self._opened = self._opened, None
            if state in (_WAITING, _HOLDING):
                self._state = _DONE
        if state in (_OPEN, _HOLDING):
            self._end(opened)
        elif state == _WAITING:
            self._in_flight.forget(self)  # a thread may be waiting for a slot: it gives up

    def _end(self, opened: Opened | None = None) -> None:
        with self._lock:
            self._state = _DONE
        try:
            if opened is not None:
                opened.close()
        finally:
            self._in_flight.give(self)


class _InFlight:
    """The bound on requests in flight (``max_concurrency``), of all threads together, and the
    leases alive, so a closed loop's or a stopped workload's can be given up."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._free = size
        self._cond = threading.Condition(threading.Lock())
        self._leases: set[_Lease] = set()

    @property
    def free(self) -> int:
        """Slots free right now."""
        return self._free

    def lease(self, loop: asyncio.AbstractEventLoop | None, workload: Workload | None) -> _Lease:
        lease = _Lease(self, loop, workload)
        with self._cond:
            self._leases.add(lease)
        if workload is not None:
            workload.notify_on_stop(self)
        return lease

    def take(self, lease: _Lease, until: float | None, *, wait: bool) -> bool:
        """Take a slot for ``lease``: False (``wait=False``) if none is free; else wait until
        ``until`` (``time.monotonic()``) or the lease is given up."""
        with self._cond:
            while self._free == 0 and not lease.given_up:
                if not wait:
                    return False
                if until is None:
                    self._cond.wait()
                    continue
                left = until - time.monotonic()
                if left <= 0:
                    raise _http.SlotTimeout(
                        f"Timed out waiting for a free request slot: max_concurrency={self.size} "
                        "requests stayed in flight for the whole timeout (nothing was sent). "
                        "Raise max_concurrency, lower a workload's concurrency, or give the "
                        "call a longer timeout."
                    )
                self._cond.wait(left)
            if lease.given_up:
                if not wait:
                    return False
                raise _Abandoned("the request was given up before it left")
            self._free -= 1
            return True

    def give(self, lease: _Lease) -> None:
        """Free ``lease``'s slot (it held one) and forget the lease."""
        with self._cond:
            self._free += 1
            self._leases.discard(lease)
            # Every waiter re-checks: one woken for a lease given up would waste a notify().
            self._cond.notify_all()

    def forget(self, lease: _Lease) -> None:
        """Forget a lease given up before it held a slot, waking its waiter to give up."""
        with self._cond:
            self._leases.discard(lease)
            self._cond.notify_all()

    def _give_up(self, which: Callable[[_Lease], bool]) -> None:
        with self._cond:
            orphans = [lease for lease in self._leases if which(lease)]
        for lease in orphans:
            lease.close()

    def loop_closed(self, loop: asyncio.AbstractEventLoop) -> None:
        """Give up every lease of ``loop``: nothing on a closed loop can close them any more."""
        self._give_up(lambda lease: lease.loop is loop)

    def workload_stopped(self, workload: Workload) -> None:
        """Give up every lease of a stopped workload: answers it will not read, sends it will
        not make (this thread's next call may be waiting for those slots)."""
        self._give_up(lambda lease: lease.workload is workload)


class _IOThreads:
    """The threads a workload's blocking I/O runs in, so its requests overlap.

    Ours, not the event loop's or anyio's: a cancelled caller does not wait for its thread (the
    lease cleans up after it), and threads whose loop was closed under them still finish and
    exit (at ``close()``, or at interpreter exit once their step is done), whatever became of
    that loop. Sends, body reads and the waits of plain calls for a slot get a pool each,
    ``max_concurrency`` threads, so reads of answers holding every slot never queue behind
    requests waiting for one of those slots.
    """

    def __init__(self, size: int) -> None:
        self._size = size
        self._lock = threading.Lock()
        self._pools: dict[str, ThreadPoolExecutor] = {}  # "send", "read", "wait": made on use

    async def run(self, purpose: str, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` in the ``purpose`` pool, in this context; a cancelled caller stops
        waiting at once (the step still running ends by its deadline, and its lease closes
        what it leaves)."""
        pool = self._pools.get(purpose)
        if pool is None:
            with self._lock:
                pool = self._pools.get(purpose)
                if pool is None:
                    pool = self._pools[purpose] = ThreadPoolExecutor(self._size, f"didit-{purpose}")
        context = contextvars.copy_context()
        return await asyncio.get_running_loop().run_in_executor(pool, context.run, fn, *args)

    def close(self) -> None:
        with self._lock:
            pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            pool.shutdown(wait=False, cancel_futures=True)


class BlockingTransport(_http.AsyncBaseTransport):
    """An httpx async transport that sends through a blocking pool, on the calling thread.

    Inline by default (the thread is blocked in its call anyway); in one of its threads when
    :data:`OFFLOAD_IO` is set, so a workload's requests overlap. Each attempt's deadline (the
    async client's ``timeout`` and ``total_timeout``) bounds its blocking I/O end to end, and
    the wait for an in-flight slot too; the body streams to the async client, which stops at
    ``max_response_bytes``. A request's slot (``max_concurrency``, all threads together) is freed
    when its answer is closed, or, if its task or loop is gone first (a cancelled workload, an
    interrupted call), as soon as its blocking I/O ends. Without ``send`` it sends through our
    own pool (:func:`own_pool`), and a forked child process gets a fresh one instead of sharing
    the parent's sockets.
    """

    def __init__(
        self, send: Callable[[_http.Request], Opened] | None, max_concurrency: int
    ) -> None:
        self._owns_pool = send is None
        self._close_pool: Callable[[], None] = _no_op
        if send is None:
            send, self._close_pool = own_pool()
        self._send_blocking = send
        self._in_flight = _InFlight(max_concurrency)
        self._threads = _IOThreads(max_concurrency)
        reset_at_fork(self)
        on_loop_closed(self)

    @property
    def free_slots(self) -> int:
        """In-flight slots free right now (``max_concurrency`` when nothing is in flight)."""
        return self._in_flight.free

    async def handle_async_request(self, request: _http.Request) -> _http.Response:
        deadline = _attempt_deadline()
        workload = OFFLOAD_IO.get()
        lease = self._in_flight.lease(asyncio.get_running_loop(), workload)
        threads = self._threads
        try:
            if workload is not None:
                # Not waited for when cancelled: the lease closes the answer when it comes.
                return await threads.run("send", self._open, request, deadline, lease, threads)
            if not lease.try_slot():
                # Every slot is busy, maybe with answers a workload of this very thread is
                # still to read: wait in a thread, so this loop runs (and they are read) meanwhile.
                await threads.run("wait", lease.wait_for_slot, _slot_deadline(deadline))
            return self._open(request, deadline, lease, None)
        except _http.PoolTimeout:
            lease.close()
            raise  # not the attempt's deadline firing: raised as the slot wait's own error
        except _http.TimeoutException:
            lease.close()
            await _surface_timeout(deadline)
            raise
        except BaseException:
            lease.close()
            raise

    def _open(
        self,
        request: _http.Request,
        deadline: _Deadline | None,
        lease: _Lease,
        threads: _IOThreads | None,
    ) -> _http.Response:
        """Send and wait for the headers, in the I/O thread; the body streams when read."""
        _http.SendTracker.blocking(request)
        if threads is not None:
            lease.wait_for_slot(_slot_deadline(deadline))
        previous = _http.IO_DEADLINE.at
        _http.IO_DEADLINE.at = None if deadline is None else deadline.at
        try:
            opened = lease.send(self._send_blocking, request)
        finally:
            _http.IO_DEADLINE.at = previous
        body = _BlockingBody(opened, lease, deadline, threads)
        return _http.Response(
            opened.status_code, headers=opened.headers, stream=body, extensions=opened.extensions
        )

    def close(self) -> None:
        """Close our own pool (an injected client is left open) and the I/O threads (each ends
        after its current step, which ends by that request's deadline)."""
        self._threads.close()
        self._close_pool()

    def after_fork(self) -> None:
        self._in_flight = _InFlight(self._in_flight.size)
        self._threads = _IOThreads(self._in_flight.size)  # the parent's threads are not here
        if self._owns_pool:
            # The parent's sockets are the parent's: leave them alone and start empty.
            self._send_blocking, self._close_pool = own_pool()

    def loop_closed(self, loop: asyncio.AbstractEventLoop) -> None:
        self._in_flight.loop_closed(loop)


class _BlockingBody(_http.AsyncByteStream):
    """A blocking response's body, read chunk by chunk as the async client asks for it.

    So the async client's size cap stops the reading (not just the keeping) of a huge body,
    and the attempt's deadline bounds every read. Closing it closes the response (a body not
    read to its end takes its connection with it, never back to the pool) and frees the
    request's in-flight slot, at once or, if a worker thread is still reading, when it is done.
    """

    def __init__(
        self,
        opened: Opened,
        lease: _Lease,
        deadline: _Deadline | None,
        threads: _IOThreads | None,
    ) -> None:
        self._opened = opened
        self._lease = lease
        self._deadline = deadline
        self._threads = threads

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while True:
            try:
                threads = self._threads
                if threads is not None:
                    chunk = await threads.run("read", self._next)
                else:
                    chunk = self._next()
            except _http.TimeoutException:
                await _surface_timeout(self._deadline)
                raise
            if chunk is None:
                return
            yield chunk

    def _next(self) -> bytes | None:
        at = None if self._deadline is None else self._deadline.at
        previous = _http.IO_DEADLINE.at
        _http.IO_DEADLINE.at = at
        try:
            chunk = self._lease.read(self._opened.chunks)
        finally:
            _http.IO_DEADLINE.at = previous
        # Our own pool's reads end by the deadline; an injected client's only by its own
        # timeouts, so its body is also checked chunk by chunk.
        if at is not None and time.monotonic() > at:
            raise _http.ReadTimeout("the body did not arrive within the timeout")
        return chunk

    async def aclose(self) -> None:
        self._lease.close()


def own_pool() -> tuple[Callable[[_http.Request], Opened], Callable[[], None]]:
    """``Didit``'s own blocking pool: how to send through it and how to close it.

    A bare httpx pool, the cheapest path; an ``httpx.Client`` when the environment names a
    proxy (``HTTPS_PROXY`` and the like), which routes through it as httpx does. Either way
    every socket operation ends by the attempt's deadline.
    """
    if _http.environment_proxies():
        client = _http.build_sync_client()
        return via_client(client), client.close
    pool = _http.build_sync_transport()
    return via_transport(pool), pool.close


def via_transport(transport: _http.BaseTransport) -> Callable[[_http.Request], Opened]:
    """Send with a bare blocking transport (our own pool): the cheapest path.

    The body is handed on still encoded: the async client decodes it as usual.
    """

    def send(request: _http.Request) -> Opened:
        response = transport.handle_request(request)
        chunks = iter(response.stream)  # type: ignore[arg-type]
        return Opened(
            response.status_code,
            response.headers,
            response.extensions,
            chunks,
            _closer(chunks, response),
        )

    return send


def via_client(client: _http.Client) -> Callable[[_http.Request], Opened]:
    """Send with a user's ``httpx.Client`` (its proxies, certificates, mounts and hooks).

    The body is handed on still encoded, as with our own pool: the async client inflates it a
    bounded piece at a time (httpx's ``iter_bytes`` would inflate each chunk whole).
    """

    def send(request: _http.Request) -> Opened:
        at = _http.IO_DEADLINE.at
        if at is not None:
            # Its transport is not ours to give a deadline; the most we can do is not let any
            # one socket operation wait past it (a stalled server is cut off at the deadline).
            left = max(at - time.monotonic(), _SHORTEST_WAIT_SECONDS)
            request.extensions["timeout"] = {
                phase: left if wait is None or wait > left else wait
                for phase, wait in request.extensions.get("timeout", {}).items()
            }
        response = client.send(request, stream=True, follow_redirects=False)
        chunks: Iterator[bytes]
        try:
            # A transport that answers with the body already in memory (a mock, a cache) leaves
            # nothing to stream raw: that body is handed on as httpx decoded it.
            content = response.content
        except _http.ResponseNotRead:
            chunks, headers = response.iter_raw(), response.headers
        else:
            chunks, headers = iter((content,)), response.headers.copy()
            for name in ("content-encoding", "content-length"):
                headers.pop(name, None)
        return Opened(
            response.status_code, headers, response.extensions, chunks, _closer(chunks, response)
        )

    return send


def _closer(chunks: Iterator[bytes], response: _http.Response) -> Callable[[], None]:
    def close() -> None:
        try:
            getattr(chunks, "close", _no_op)()  # a generator left half way
        finally:
            response.close()

    return close


def _no_op() -> None:
    pass

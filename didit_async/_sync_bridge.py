"""``Didit``'s bridge: the async client's requests, sent through a blocking httpx pool.

:class:`BlockingTransport` is an httpx *async* transport whose sends block: inline on the
calling thread (which is blocked in its call anyway), or in a worker thread for a workload that
set :data:`~didit_async._sync_runtime.OFFLOAD_IO`. Blocking I/O cannot be cancelled, so what
``anyio.move_on_after`` does for ``AsyncDidit`` is done here in two halves: the attempt's deadline
is read from the cancel scopes around the request and handed to the pool, which ends every
socket operation by it (``_http.IO_DEADLINE``); when it passes, the scope is let fire, so the
call ends with the async client's own ``DiditTimeoutError``. A body streams to the async
client chunk by chunk, so its ``max_response_bytes`` cap stops the reading, not just the keeping.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, NamedTuple

import anyio
import anyio.to_thread

from . import _http
from ._sync_runtime import OFFLOAD_IO, reset_at_fork

__all__ = ["BlockingTransport", "Opened", "own_pool", "via_client", "via_transport"]

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


class Opened(NamedTuple):
    """A blocking response whose headers have arrived; its body is read as it is asked for."""

    status_code: int
    headers: _http.Headers
    extensions: dict[str, Any]
    chunks: Iterator[bytes]
    close: Callable[[], None]


class BlockingTransport(_http.AsyncBaseTransport):
    """An httpx async transport that sends through a blocking pool, on the calling thread.

    Inline by default (the thread is blocked in its call anyway); in a worker thread when
    :data:`OFFLOAD_IO` is set, so a workload's requests overlap. Each attempt's deadline (the
    async client's ``timeout`` and ``total_timeout``) bounds its blocking I/O end to end, and
    the body streams to the async client, which stops at ``max_response_bytes``. A bounded
    semaphore keeps the in-flight requests of all threads under ``max_concurrency``. Without
    ``send`` it sends through our own pool (:func:`own_pool`), and a forked child process gets
    a fresh one instead of sharing the parent's sockets.
    """

    def __init__(
        self, send: Callable[[_http.Request], Opened] | None, max_concurrency: int
    ) -> None:
        self._owns_pool = send is None
        self._close_pool: Callable[[], None] = _no_op
        if send is None:
            send, self._close_pool = own_pool()
        self._send_blocking = send
        self._max_concurrency = max_concurrency
        self._slots = threading.BoundedSemaphore(max_concurrency)
        reset_at_fork(self)

    async def handle_async_request(self, request: _http.Request) -> _http.Response:
        deadline = _attempt_deadline()
        offload = OFFLOAD_IO.get()
        try:
            if offload:
                return await anyio.to_thread.run_sync(self._open, request, deadline, offload)
            return self._open(request, deadline, offload)
        except _http.TimeoutException:
            await _surface_timeout(deadline)
            raise

    def _open(
        self, request: _http.Request, deadline: _Deadline | None, offload: bool
    ) -> _http.Response:
        """Send and wait for the headers, in the I/O thread; the body streams when read."""
        _http.SendTracker.blocking(request)
        self._slots.acquire()
        previous = _http.IO_DEADLINE.at
        _http.IO_DEADLINE.at = None if deadline is None else deadline.at
        try:
            opened = self._send_blocking(request)
        except BaseException:
            self._slots.release()
            raise
        finally:
            _http.IO_DEADLINE.at = previous
        body = _BlockingBody(opened, self._slots.release, deadline, offload)
        return _http.Response(
            opened.status_code, headers=opened.headers, stream=body, extensions=opened.extensions
        )

    def close(self) -> None:
        """Close our own pool (an injected client is left open)."""
        self._close_pool()

    def after_fork(self) -> None:
        self._slots = threading.BoundedSemaphore(self._max_concurrency)
        if self._owns_pool:
            # The parent's sockets are the parent's: leave them alone and start empty.
            self._send_blocking, self._close_pool = own_pool()


class _BlockingBody(_http.AsyncByteStream):
    """A blocking response's body, read chunk by chunk as the async client asks for it.

    So the async client's size cap stops the reading (not just the keeping) of a huge body,
    and the attempt's deadline bounds every read. Closing it closes the response (a body not
    read to its end takes its connection with it, never back to the pool) and frees the
    request's in-flight slot.
    """

    def __init__(
        self,
        opened: Opened,
        release: Callable[[], None],
        deadline: _Deadline | None,
        offload: bool,
    ) -> None:
        self._opened = opened
        self._release: Callable[[], None] | None = release
        self._deadline = deadline
        self._offload = offload

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while True:
            try:
                if self._offload:
                    chunk = await anyio.to_thread.run_sync(self._next)
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
            chunk = next(self._opened.chunks, None)
        finally:
            _http.IO_DEADLINE.at = previous
        # Our own pool's reads end by the deadline; an injected client's only by its own
        # timeouts, so its body is also checked chunk by chunk.
        if at is not None and time.monotonic() > at:
            raise _http.ReadTimeout("the body did not arrive within the timeout")
        return chunk

    async def aclose(self) -> None:
        release, self._release = self._release, None
        if release is not None:
            try:
                self._opened.close()
            finally:
                release()


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

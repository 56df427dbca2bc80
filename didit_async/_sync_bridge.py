"""``Didit``'s bridge: the async client's requests, sent through a blocking httpx pool.

:class:`BlockingTransport` is an httpx *async* transport whose sends block: inline on the
calling thread (which is blocked in its call anyway), or in a worker thread for a workload that
set :data:`~didit_async._sync_runtime.OFFLOAD_IO`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import anyio.to_thread

from . import _http
from ._sync_runtime import OFFLOAD_IO, reset_at_fork

__all__ = ["BlockingTransport", "via_client", "via_transport"]


class BlockingTransport(_http.AsyncBaseTransport):
    """An httpx async transport that sends through a blocking pool, on the calling thread.

    Inline by default (the thread is blocked in its call anyway); in a worker thread when
    :data:`OFFLOAD_IO` is set, so a workload's requests overlap. A bounded semaphore keeps the
    in-flight requests of all threads under ``max_concurrency``. With ``pool`` (our own), a
    forked child process gets a fresh pool instead of sharing the parent's sockets.
    """

    def __init__(
        self,
        send: Callable[[_http.Request], _http.Response] | None,
        max_concurrency: int,
        *,
        pool: _http.BaseTransport | None = None,
    ) -> None:
        if pool is not None:
            send = via_transport(pool)
        assert send is not None
        self._send_blocking = send
        self._pool = pool
        self._max_concurrency = max_concurrency
        self._slots = threading.BoundedSemaphore(max_concurrency)
        reset_at_fork(self)

    async def handle_async_request(self, request: _http.Request) -> _http.Response:
        if OFFLOAD_IO.get():
            return await anyio.to_thread.run_sync(self._send, request)
        return self._send(request)

    def _send(self, request: _http.Request) -> _http.Response:
        with self._slots:
            return self._send_blocking(request)

    def close(self) -> None:
        """Close our own pool (an injected client is left open)."""
        if self._pool is not None:
            self._pool.close()

    def after_fork(self) -> None:
        self._slots = threading.BoundedSemaphore(self._max_concurrency)
        if self._pool is not None:
            # The parent's sockets are the parent's: leave them alone and start empty.
            self._pool = _http.build_sync_transport()
            self._send_blocking = via_transport(self._pool)


def via_transport(transport: _http.BaseTransport) -> Callable[[_http.Request], _http.Response]:
    """Send with a bare blocking transport (our own pool): the cheapest path.

    The body is read here and handed on still encoded: the async client decodes it as usual.
    """

    def send(request: _http.Request) -> _http.Response:
        started = time.monotonic()
        budget = (request.extensions.get("timeout") or {}).get("read")
        response = transport.handle_request(request)
        chunks: list[bytes] = []
        try:
            # httpx's read timeout is per socket read: a server trickling a byte per second
            # would hold this blocking thread forever. The attempt's whole budget bounds the body.
            for chunk in response.stream:  # type: ignore[union-attr]
                chunks.append(chunk)
                if budget is not None and time.monotonic() - started > budget:
                    raise _http.ReadTimeout("the body did not arrive within the timeout")
        finally:
            response.close()
        raw = b"".join(chunks)
        return _http.Response(
            response.status_code,
            headers=response.headers,
            stream=_http.ByteStream(raw),
            extensions=response.extensions,
        )

    return send


def via_client(client: _http.Client) -> Callable[[_http.Request], _http.Response]:
    """Send with a user's ``httpx.Client`` (its proxies, certificates, mounts and hooks).

    The client reads and decodes the body, so it is handed on without ``Content-Encoding``.
    """

    def send(request: _http.Request) -> _http.Response:
        response = client.send(request, follow_redirects=False)
        headers = response.headers.copy()
        for name in ("content-encoding", "content-length"):
            headers.pop(name, None)
        return _http.Response(
            response.status_code,
            headers=headers,
            stream=_http.ByteStream(response.content),
            extensions=response.extensions,
        )

    return send

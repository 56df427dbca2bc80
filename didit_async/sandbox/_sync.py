"""The sandbox for ``Didit``: a blocking httpx transport into the app, run on one thread.

The sandbox's state is not built for threads, and a blocking client may be called from many.
So the app runs on a private event loop thread of its own; each request (from any thread) is
handed to it and waited for. The thread starts on first use and stops when the sandbox is
garbage-collected (or at exit).
"""

from __future__ import annotations

import asyncio
import threading
import weakref

from didit_async import _http

__all__ = ["ThreadedASGITransport"]


class ThreadedASGITransport(_http.BaseTransport):
    """Runs every request through ``inner`` (an async transport) on one private loop thread."""

    def __init__(self, inner: _http.AsyncBaseTransport) -> None:
        self._inner = inner
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(
                    target=loop.run_forever, name="didit-sandbox", daemon=True
                )
                thread.start()
                weakref.finalize(self, _stop, loop, thread)
                self._loop = loop
            return self._loop

    def handle_request(self, request: _http.Request) -> _http.Response:
        body = request.read()
        copy = _http.Request(
            request.method,
            request.url,
            headers=request.headers,
            content=body,
            extensions=request.extensions,
        )
        future = asyncio.run_coroutine_threadsafe(self._handle(copy), self._running_loop())
        try:
            status, headers, raw = future.result()
        except BaseException:
            future.cancel()
            raise
        return _http.Response(status, headers=headers, stream=_http.ByteStream(raw))

    async def _handle(self, request: _http.Request) -> tuple[int, _http.Headers, bytes]:
        response = await self._inner.handle_async_request(request)
        try:
            raw = b"".join([chunk async for chunk in response.stream])  # type: ignore[union-attr]
        finally:
            await response.aclose()
        return response.status_code, response.headers, raw


def _stop(loop: asyncio.AbstractEventLoop, thread: threading.Thread) -> None:
    loop.call_soon_threadsafe(loop.stop)
    thread.join(timeout=5)
    if not thread.is_alive():
        loop.close()

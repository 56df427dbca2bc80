"""The pool a client and its ``with_options`` copies share, and their in-flight bound."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import Any

import anyio
import anyio.lowlevel
import sniffio

from . import _http
from ._errors import DiditConnectionError
from ._logging import logger

__all__ = ["SharedResources"]


class SharedResources:
    """What a client and its ``with_options`` copies share: the pool and the in-flight bound.

    Both are created lazily inside the running event loop (never at import or construction), and
    only a pool the client created itself is closed by ``aclose``. A pool of our own is also
    closed as its event loop ends (``asyncio.run``, ``anyio.run`` and ``trio.run`` cancel what is
    left on the loop, and a guard task closes the pool then), so a client reused across several
    ``asyncio.run`` calls leaves no socket of a dead loop to the garbage collector.
    """

    def __init__(
        self,
        http_client: _http.RequestSender | None,
        *,
        timeout: float | None,
        max_concurrency: int,
    ) -> None:
        self._client = http_client
        self.owns_client = http_client is None
        self._timeout = timeout
        self._max_concurrency = max_concurrency
        self._capacity: anyio.CapacityLimiter | None = None
        self._loop_token: object | None = None
        self._released: anyio.Event | None = None  # set by aclose: the guard need not close
        self.closed = False

    def _check_loop(self) -> None:
        # A pool (and a CapacityLimiter) belongs to the event loop that created it; reusing one
        # under a second `asyncio.run` gives "Event loop is closed" (httpx #2473). Rebuild ours
        # instead, with a warning, since the old loop can no longer close it.
        token = anyio.lowlevel.current_token()
        if self._loop_token is not None and token != self._loop_token:
            logger.warning("didit_async client reused in a new event loop; rebuilding its pool")
            if self.owns_client:
                self._client = None
            self._capacity = None
        self._loop_token = token

    def client(self) -> _http.RequestSender:
        if self.closed:
            raise DiditConnectionError("The client is closed; create a new AsyncDidit.")
        self._check_loop()
        if self._client is None:
            self._client = _http.build_async_client(self._timeout)
            if self.owns_client:
                self._released = anyio.Event()
                _close_with_loop(self._client, self._released, self._forget)
        return self._client

    @property
    def traces_sends(self) -> bool:
        """Whether requests can tell if they left (``_http.SendTracker``): our own pool only."""
        return self.owns_client

    def socket_timeouts(self, timeout: float | None) -> Any:
        """httpx's timeouts for an attempt bounded by ``timeout``: our own pool stops connecting
        after ``_http.CONNECT_TIMEOUT`` (a connect that timed out sent nothing, so even a write
        may go again); an injected client gets ``timeout`` for every phase."""
        return _http.default_timeouts(timeout) if self.owns_client else timeout

    def capacity(self) -> anyio.CapacityLimiter:
        self._check_loop()
        if self._capacity is None:
            self._capacity = anyio.CapacityLimiter(self._max_concurrency)
        return self._capacity

    def _forget(self, client: _http.RequestSender) -> None:
        """The guard closed ``client``: a later call in a loop still running builds a new one."""
        if self._client is client:
            self._client = None

    async def aclose(self) -> None:
        self.closed = True
        if self._client is not None and self.owns_client:
            if self._released is not None:
                with contextlib.suppress(RuntimeError):  # its loop is gone: the guard ran
                    self._released.set()
            await self._client.aclose()


def _close_with_loop(
    client: _http.RequestSender,
    released: anyio.Event,
    forget: Callable[[_http.RequestSender], None],
) -> None:
    """Close ``client`` when the running event loop ends, unless ``released`` is set first.

    A task left on the loop is cancelled as ``asyncio.run`` (or ``anyio.run``) ends, and a trio
    system task as ``trio.run`` ends; either closes the pool while its loop can still run the
    close. Without this the pool's sockets outlive their loop and the garbage collector warns.
    """

    async def guard() -> None:
        try:
            await released.wait()
        finally:
            if not released.is_set():
                forget(client)
                with anyio.CancelScope(shield=True):
                    try:
                        await client.aclose()
                    except Exception:  # a system task must not raise: trio would crash
                        logger.debug("closing the pool as its loop ended failed", exc_info=True)

    if sniffio.current_async_library() == "trio":
        import trio

        trio.lowlevel.spawn_system_task(guard)
        return
    task = asyncio.get_running_loop().create_task(guard())
    # A loop closed without cancelling its tasks drops the guard quietly (the pool is then left
    # to the collector, as before): no "Task was destroyed but it is pending!" error log.
    task._log_destroy_pending = False  # type: ignore[attr-defined]

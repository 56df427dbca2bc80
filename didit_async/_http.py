"""The one module that imports httpx.

Everything else in the package (and its tests) uses the names re-exported here, so swapping or
upgrading the HTTP library (httpx → httpx2) touches one file.
"""

from __future__ import annotations

import contextlib
import functools
import threading
import time
import urllib.request
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

import httpx
from httpx import (
    ASGITransport,
    AsyncBaseTransport,
    AsyncByteStream,
    AsyncClient,
    AsyncHTTPTransport,
    BaseTransport,
    ByteStream,
    Client,
    ConnectError,
    ConnectTimeout,
    DecodingError,
    Headers,
    HTTPError,
    HTTPTransport,
    Limits,
    LocalProtocolError,
    MockTransport,
    PoolTimeout,
    ReadError,
    ReadTimeout,
    RemoteProtocolError,
    Request,
    RequestError,
    Response,
    ResponseNotRead,
    Timeout,
    TimeoutException,
    TransportError,
    WriteError,
    WriteTimeout,
)

from ._constants import (
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_KEEPALIVE_CONNECTIONS,
    DEFAULT_TIMEOUT,
)
from ._errors import DiditValidationError

__all__ = [
    "CONNECT_TIMEOUT",
    "IO_DEADLINE",
    "NEVER_SENT_ERRORS",
    "USE_CLIENT_DEFAULT",
    "ASGITransport",
    "AsyncBaseTransport",
    "AsyncByteStream",
    "AsyncClient",
    "BaseTransport",
    "ByteStream",
    "Client",
    "ConnectError",
    "ConnectTimeout",
    "DecodingError",
    "DirectClient",
    "HTTPError",
    "HTTPTransport",
    "Headers",
    "Limits",
    "LocalProtocolError",
    "MockTransport",
    "PoolTimeout",
    "ReadError",
    "ReadTimeout",
    "RemoteProtocolError",
    "Request",
    "RequestSender",
    "Response",
    "ResponseNotRead",
    "SendTracker",
    "SlotTimeout",
    "Timeout",
    "TimeoutException",
    "TransportError",
    "WriteError",
    "WriteTimeout",
    "build_async_client",
    "build_sync_client",
    "build_sync_transport",
    "default_timeouts",
    "environment_proxies",
]

# httpx's "use the client's timeout" marker, for calls that pass no timeout of their own.
USE_CLIENT_DEFAULT: Any = httpx.USE_CLIENT_DEFAULT

# Failures that happen before a single byte of the request reached the server: retrying any
# request after these is safe, writes included. (PoolTimeout is also "never sent", but it means
# the pool is exhausted; retrying would only add load, so it is not in this tuple.)
NEVER_SENT_ERRORS: tuple[type[Exception], ...] = (ConnectError, ConnectTimeout)


class SlotTimeout(PoolTimeout):
    """``Didit``: no in-flight slot (``max_concurrency``) came free within the attempt's timeout.

    Nothing was sent. Its message says what to change; the client raises it as
    ``DiditTimeoutError``, not retried, as it does a wait for a pooled connection.
    """


# The own pools stop connecting after this long (seconds), whatever the attempt's timeout: a
# connect that timed out sent nothing, so any call may go again, where the attempt's deadline
# passing while still connecting would leave a write's outcome unknown.
CONNECT_TIMEOUT = 10.0


def environment_proxies() -> bool:
    """Whether the environment names an HTTP proxy (``HTTPS_PROXY``, ``HTTP_PROXY``, ``ALL_PROXY``).

    httpx's clients honour those (and ``NO_PROXY``); a bare transport does not, so a pool built
    straight on one is only used when none is named.
    """
    found = urllib.request.getproxies()
    return any(found.get(scheme) for scheme in ("http", "https", "all"))


def _own_limits() -> Limits:
    return Limits(
        max_connections=DEFAULT_MAX_CONNECTIONS,
        max_keepalive_connections=DEFAULT_MAX_KEEPALIVE_CONNECTIONS,
    )


def default_timeouts(timeout: float | None = DEFAULT_TIMEOUT) -> Timeout:
    """The own pools' socket timeouts: ``timeout`` for each operation, connect at most
    :data:`CONNECT_TIMEOUT` (an attempt's own ``timeout``, per client or per call, included).

    The same object for the same arguments, which is nearly every call (a client's timeout), so
    :class:`DirectClient` converts it once.
    """
    return _timeouts(timeout, CONNECT_TIMEOUT)


@functools.lru_cache(maxsize=32)
def _timeouts(timeout: float | None, connect_cap: float) -> Timeout:
    return Timeout(timeout, connect=min(timeout, connect_cap) if timeout is not None else None)


def build_async_client(timeout: float | None = DEFAULT_TIMEOUT) -> RequestSender:
    """The client's own connection pool: one per ``AsyncDidit`` (shared by ``with_options``).

    A :class:`DirectClient` over httpx's pool; an ``httpx.AsyncClient`` when the environment
    names a proxy, so that it (and ``NO_PROXY``) is honoured exactly as httpx does.
    """
    if environment_proxies():
        with _unusable_proxy():
            return AsyncClient(timeout=default_timeouts(timeout), limits=_own_limits())
    return DirectClient(AsyncHTTPTransport(limits=_own_limits()), default_timeouts(timeout))


def build_sync_transport() -> HTTPTransport:
    """``Didit``'s own blocking pool, shared by all threads (the async pool's limits).

    Every socket operation of this pool (connect, TLS, each write, each read) ends by the
    calling thread's :data:`IO_DEADLINE`, so an attempt's deadline holds however slowly a
    server trickles its headers or body.
    """
    transport = HTTPTransport(limits=_own_limits())
    _bound_by_deadline(transport)
    return transport


def build_sync_client() -> Client:
    """``Didit``'s own pool when the environment names a proxy: an ``httpx.Client``, which
    routes each request through the proxy (or not, by ``NO_PROXY``) as httpx does; every pool
    it holds ends its socket operations by :data:`IO_DEADLINE`, as :func:`build_sync_transport`.
    """
    with _unusable_proxy():
        client = Client(timeout=default_timeouts(), limits=_own_limits(), follow_redirects=False)
    for transport in (client._transport, *client._mounts.values()):
        if isinstance(transport, HTTPTransport):
            _bound_by_deadline(transport)
    return client


@contextlib.contextmanager
def _unusable_proxy() -> Iterator[None]:
    """httpx's refusal of the environment's proxy as a :class:`DiditValidationError`.

    httpx raises ``ValueError`` for a proxy URL it cannot use and ``ImportError`` for a SOCKS
    proxy without its extra. Neither is chained or quoted: a proxy URL may carry a password.
    """
    try:
        yield
    except (ImportError, ValueError) as exc:
        raise DiditValidationError(
            "environment",
            "proxy",
            f"the proxy HTTPS_PROXY, HTTP_PROXY or ALL_PROXY names cannot be used "
            f"({type(exc).__name__}): correct or unset it (for a socks5:// proxy, install "
            "httpx[socks]), or pass http_client= with the proxy configured",
        ) from None


def _bound_by_deadline(transport: HTTPTransport) -> None:
    """Put the deadline backend under ``transport``'s connections.

    THE ONE PLACE the SDK reaches into httpx's internals: httpx builds its httpcore pool with no
    way to pass a network backend (httpcore's public ``NetworkBackend`` interface), so ours is
    put in place of the one httpx chose (``transport._pool._network_backend``), wrapping it.
    Should an upgrade rename these attributes, building ``Didit`` fails here, loudly, and
    ``tests/sync/test_httpx_internals.py`` says which one.
    """
    pool = transport._pool
    pool._network_backend = _deadline_backend_type()(pool._network_backend)


class SendTracker:
    """Whether a request got past connecting, from httpcore's ``trace`` extension.

    Only httpx's own transports report through it (a mock or a custom transport may stay
    silent), so it is attached on the SDK's own pools only. Any event but a connection's own
    (``connection.connect_tcp``, ``connection.start_tls``) counts as possibly sent: a write
    whose attempt timed out before any such event never left, and may go again.
    """

    __slots__ = ("sent",)

    def __init__(self) -> None:
        self.sent = False

    def attach(self, request: Request) -> None:
        """Report ``request``'s progress here (on an async transport; see :meth:`blocking`)."""
        request.extensions["trace"] = self._atrace
        request.extensions[_TRACKER] = self

    @staticmethod
    def blocking(request: Request) -> None:
        """Before ``request`` goes to a blocking transport, whose trace callbacks are plain
        functions, not coroutines."""
        tracker = request.extensions.get(_TRACKER)
        if tracker is not None:
            request.extensions["trace"] = tracker._trace

    def _trace(self, name: str, info: Any) -> None:
        if not self.sent and not name.startswith("connection."):
            self.sent = True

    async def _atrace(self, name: str, info: Any) -> None:
        self._trace(name, info)


_TRACKER = "didit_send_tracker"


class RequestSender(Protocol):
    """What the transport needs of an async HTTP client: ``httpx.AsyncClient`` has it."""

    def build_request(
        self,
        method: str,
        url: str,
        *,
        params: Any = ...,
        content: Any = ...,
        data: Any = ...,
        files: Any = ...,
        headers: Any = ...,
        timeout: Any = ...,
    ) -> Request: ...

    async def send(
        self, request: Request, *, stream: bool = ..., follow_redirects: Any = ...
    ) -> Response: ...

    async def aclose(self) -> None: ...


class DirectClient:
    """:class:`RequestSender` straight over an async transport: ``Didit``'s internal bridge.

    The SDK sets every header a request carries itself and never follows a redirect, so what
    ``httpx.AsyncClient`` adds per request (default-header merging, a cookie jar, the auth and
    redirect loops, event hooks) is work with no effect here; skipping it is a third of the
    blocking client's own cost per call. A user's ``httpx.Client`` keeps all of that: the
    bridge hands each request to it whole (``_sync_bridge.via_client``).
    """

    def __init__(self, transport: AsyncBaseTransport, timeout: Timeout) -> None:
        self._transport = transport
        self.timeout = timeout
        self._default_timeout = timeout.as_dict()
        # The last per-call timeout given and its conversion, replaced whole.
        self._last: tuple[Any, dict[str, float | None]] = (None, self._default_timeout)
        self.is_closed = False

    def build_request(
        self,
        method: str,
        url: str,
        *,
        params: Any = None,
        content: Any = None,
        data: Any = None,
        files: Any = None,
        headers: Any = None,
        timeout: Any = USE_CLIENT_DEFAULT,
    ) -> Request:
        """An ``httpx.Request`` with this client's timeouts unless ``timeout`` is given."""
        if timeout is USE_CLIENT_DEFAULT:
            chosen = self._default_timeout
        else:
            last = self._last  # read once: another thread may replace it meanwhile
            if timeout is last[0]:
                chosen = last[1]  # the same per-call timeouts as the last call's
            else:
                chosen = (timeout if isinstance(timeout, Timeout) else Timeout(timeout)).as_dict()
                self._last = (timeout, chosen)
        return Request(
            method,
            url,
            params=params,
            content=content,
            data=data,
            files=files,
            headers=headers,
            extensions={"timeout": chosen},
        )

    async def send(
        self, request: Request, *, stream: bool = False, follow_redirects: Any = False
    ) -> Response:
        """The transport's answer to ``request``; with ``stream`` its body is left unread."""
        if self.is_closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        try:
            response = await self._transport.handle_async_request(request)
        except RequestError as exc:
            exc.request = request  # as httpx's clients do, for whoever inspects the cause
            raise
        response.request = request
        if not stream:
            try:
                await response.aread()
            except BaseException:
                await response.aclose()
                raise
        return response

    async def aclose(self) -> None:
        """Close the transport."""
        self.is_closed = True
        await self._transport.aclose()


class _IODeadline(threading.local):
    """When the calling thread's blocking I/O must end (``time.monotonic()``); None: no bound.

    Set around each blocking send and body read by ``Didit``'s bridge (``_sync_bridge``).
    """

    at: float | None = None


IO_DEADLINE = _IODeadline()

# A write is handed to the socket in pieces of this size, each with what is left of the
# deadline as its timeout, so a server that reads slowly cannot stretch one write far past it.
_WRITE_PIECE_BYTES = 64 * 1024


def _within(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` shortened to what is left of this thread's deadline; ``error`` once past it."""
    at = IO_DEADLINE.at
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise error("the attempt's deadline passed")
    return left if timeout is None or timeout > left else timeout


@functools.cache
def _deadline_backend_type() -> type[Any]:
    """The network backend ``Didit``'s own pool connects through (see :func:`_bound_by_deadline`).

    Built on first use, as is every httpcore import here: httpcore brings h11 (and trio, where
    it is installed) with it, which ``import didit_async`` and building a client need not pay;
    a bare ``import httpx`` does not import httpcore either.
    """
    import httpcore

    class _DeadlineStream(httpcore.NetworkStream):
        """A connection whose every socket operation ends by the thread's :data:`IO_DEADLINE`.

        httpcore closes a connection whose request or response failed half way, so one cut off
        here is never handed to the next request.
        """

        def __init__(self, inner: httpcore.NetworkStream) -> None:
            self._inner = inner

        def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
            return self._inner.read(max_bytes, _within(timeout, httpcore.ReadTimeout))

        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            if not buffer:
                return  # h11's end of a request without a body: nothing to wait for
            if len(buffer) <= _WRITE_PIECE_BYTES:
                self._inner.write(buffer, _within(timeout, httpcore.WriteTimeout))
                return
            for start in range(0, len(buffer), _WRITE_PIECE_BYTES):
                piece = buffer[start : start + _WRITE_PIECE_BYTES]
                self._inner.write(piece, _within(timeout, httpcore.WriteTimeout))

        def close(self) -> None:
            self._inner.close()

        def start_tls(
            self,
            ssl_context: Any,
            server_hostname: str | None = None,
            timeout: float | None = None,
        ) -> httpcore.NetworkStream:
            return _DeadlineStream(
                self._inner.start_tls(
                    ssl_context, server_hostname, _within(timeout, httpcore.ConnectTimeout)
                )
            )

        def get_extra_info(self, info: str) -> Any:
            return self._inner.get_extra_info(info)

    class _DeadlineBackend(httpcore.NetworkBackend):
        """Opens :class:`_DeadlineStream` connections through httpcore's own backend."""

        def __init__(self, inner: httpcore.NetworkBackend) -> None:
            self._inner = inner

        def connect_tcp(
            self,
            host: str,
            port: int,
            timeout: float | None = None,
            local_address: str | None = None,
            socket_options: Iterable[Any] | None = None,
        ) -> httpcore.NetworkStream:
            return _DeadlineStream(
                self._inner.connect_tcp(
                    host,
                    port,
                    _within(timeout, httpcore.ConnectTimeout),
                    local_address,
                    socket_options,
                )
            )

        def connect_unix_socket(
            self,
            path: str,
            timeout: float | None = None,
            socket_options: Iterable[Any] | None = None,
        ) -> httpcore.NetworkStream:
            return _DeadlineStream(
                self._inner.connect_unix_socket(
                    path, _within(timeout, httpcore.ConnectTimeout), socket_options
                )
            )

        def sleep(self, seconds: float) -> None:
            self._inner.sleep(seconds)

    return _DeadlineBackend

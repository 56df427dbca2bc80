"""The one module that imports httpx.

Everything else in the package (and its tests) uses the names re-exported here, so swapping or
upgrading the HTTP library (httpx → httpx2) touches one file.
"""

from __future__ import annotations

from typing import Any

import httpx
from httpx import (
    ASGITransport,
    AsyncBaseTransport,
    AsyncClient,
    BaseTransport,
    ByteStream,
    Client,
    ConnectError,
    ConnectTimeout,
    Headers,
    HTTPError,
    HTTPTransport,
    Limits,
    MockTransport,
    PoolTimeout,
    ReadError,
    ReadTimeout,
    RemoteProtocolError,
    Request,
    Response,
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

__all__ = [
    "NEVER_SENT_ERRORS",
    "USE_CLIENT_DEFAULT",
    "ASGITransport",
    "AsyncBaseTransport",
    "AsyncClient",
    "BaseTransport",
    "ByteStream",
    "Client",
    "ConnectError",
    "ConnectTimeout",
    "HTTPError",
    "HTTPTransport",
    "Headers",
    "Limits",
    "MockTransport",
    "PoolTimeout",
    "ReadError",
    "ReadTimeout",
    "RemoteProtocolError",
    "Request",
    "Response",
    "Timeout",
    "TimeoutException",
    "TransportError",
    "WriteError",
    "WriteTimeout",
    "bridge_client",
    "build_async_client",
    "build_sync_transport",
]

# httpx's "use the client's timeout" marker, for calls that pass no timeout of their own.
USE_CLIENT_DEFAULT: Any = httpx.USE_CLIENT_DEFAULT

# Failures that happen before a single byte of the request reached the server: retrying any
# request after these is safe, writes included. (PoolTimeout is also "never sent", but it means
# the pool is exhausted; retrying would only add load, so it is not in this tuple.)
NEVER_SENT_ERRORS: tuple[type[Exception], ...] = (ConnectError, ConnectTimeout)


def build_async_client(timeout: float | None = DEFAULT_TIMEOUT) -> AsyncClient:
    """The client's own connection pool: one per ``AsyncDidit`` (shared by ``with_options``)."""
    return AsyncClient(
        timeout=Timeout(timeout, connect=min(timeout, 10.0) if timeout is not None else None),
        limits=Limits(
            max_connections=DEFAULT_MAX_CONNECTIONS,
            max_keepalive_connections=DEFAULT_MAX_KEEPALIVE_CONNECTIONS,
        ),
        follow_redirects=False,
    )


def build_sync_transport() -> HTTPTransport:
    """``Didit``'s own blocking pool, shared by all threads (the async pool's limits)."""
    return HTTPTransport(
        limits=Limits(
            max_connections=DEFAULT_MAX_CONNECTIONS,
            max_keepalive_connections=DEFAULT_MAX_KEEPALIVE_CONNECTIONS,
        )
    )


def bridge_client(transport: AsyncBaseTransport, timeout: Timeout) -> AsyncClient:
    """An async client over ``transport`` with the given default timeouts (``Didit``'s bridge)."""
    return AsyncClient(transport=transport, timeout=timeout, follow_redirects=False)

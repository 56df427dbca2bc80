"""The blocking client's ``timeout=`` bounds a whole attempt against a server that trickles.

``Didit`` sends through a blocking httpx pool whose timeouts are per socket read; a server that
sends one byte every 0.3 s never trips them. Before the fix the body case returned normally
after the server had taken ~9 s (three times the whole ``timeout``), and the headers case held
the call for ~13 s. Now every socket operation of the pool ends by the attempt's deadline, and
the call fails exactly as ``AsyncDidit`` does.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest

from didit_async import AsyncDidit, Didit, DiditTimeoutError, DiditWriteOutcomeUnknownError

from .conftest import SERVER_THREAD, RawServer, Served

# No body: the only slow part is the status line and headers (44 bytes: ~13 s at 0.3 s a byte).
SLOW_HEAD = b"HTTP/1.1 204 No Content\r\nx-pad: aaaaaaaaaa\r\n\r\n"
# Headers at once, then a 30-byte body at 0.3 s a byte (~9 s).
SLOW_BODY = (b"HTTP/1.1 200 OK\r\ncontent-length: 30\r\n\r\n", b" " * 29 + b"1")
USER = b'{"vendor_data": "u1"}'


def trickle(head: bytes, body: bytes = b"", every: float = 0.3) -> Callable[..., None]:
    def answer(conn: socket.socket, served: Served) -> None:
        if head and not served.send(conn, head):
            return
        for byte in body:
            if not served.send(conn, bytes([byte])):
                return
            time.sleep(every)

    return answer


def at_once(status: bytes, body: bytes) -> Callable[..., None]:
    head = (
        b"HTTP/1.1 " + status + b"\r\ncontent-type: application/json\r\n"
        b"content-length: " + str(len(body)).encode() + b"\r\n\r\n"
    )

    def answer(conn: socket.socket, served: Served) -> None:
        served.send(conn, head + body)

    return answer


SLOW = {"headers": trickle(b"", SLOW_HEAD), "body": trickle(*SLOW_BODY)}
PHASE = {"headers": "waiting for the answer", "body": "reading the answer's body"}


def _new_threads(before: set[threading.Thread]) -> list[threading.Thread]:
    return [
        t
        for t in threading.enumerate()
        if t not in before and t.name != SERVER_THREAD and t.is_alive()
    ]


def test_sync_timeout_bounds_a_trickling_body(raw_server: Callable[..., RawServer]) -> None:
    server = raw_server(SLOW["body"])
    client = Didit(api_key="k", base_url=server.origin, timeout=1.0, max_retries=0)
    try:
        started = time.monotonic()
        with pytest.raises(DiditTimeoutError, match=PHASE["body"]):
            client.users.retrieve("u1")
        assert time.monotonic() - started < 2.5
    finally:
        client.close()


def test_sync_timeout_bounds_trickling_headers(raw_server: Callable[..., RawServer]) -> None:
    server = raw_server(SLOW["headers"])
    client = Didit(api_key="k", base_url=server.origin, timeout=1.0, max_retries=0)
    before = set(threading.enumerate())
    try:
        started = time.monotonic()
        with pytest.raises(DiditTimeoutError, match=PHASE["headers"]):
            client.users.retrieve("u1")
        assert time.monotonic() - started < 2.5
        # The deadline is the socket's own: no watchdog or worker thread is left behind.
        assert _new_threads(before) == []
    finally:
        client.close()


@pytest.mark.parametrize("phase", ["headers", "body"])
def test_the_timeout_is_the_async_clients_own(
    raw_server: Callable[..., RawServer], phase: str
) -> None:
    # The same server, the same call: the blocking client raises what AsyncDidit raises.
    server = raw_server(SLOW[phase])
    options: dict[str, Any] = {"api_key": "k", "base_url": server.origin, "max_retries": 0}

    async def from_async() -> BaseException:
        async with AsyncDidit(timeout=1.0, **options) as client:
            with pytest.raises(DiditTimeoutError) as info:
                await client.users.retrieve("u1")
        return info.value

    expected = anyio.run(from_async, backend="asyncio")
    with Didit(timeout=1.0, **options) as client, pytest.raises(DiditTimeoutError) as info:
        client.users.retrieve("u1")
    assert type(info.value) is type(expected)
    assert str(info.value) == str(expected)
    assert PHASE[phase] in str(info.value)


@pytest.mark.parametrize("phase", ["headers", "body"])
def test_a_timed_out_connection_is_closed_not_reused(
    raw_server: Callable[..., RawServer], phase: str
) -> None:
    # Had the half-answered connection gone back to the pool, the next call would read the
    # rest of the trickle as its own answer.
    server = raw_server(SLOW[phase], at_once(b"200 OK", USER))
    with Didit(api_key="k", base_url=server.origin, timeout=1.0, max_retries=0) as client:
        with pytest.raises(DiditTimeoutError):
            client.users.retrieve("u1")
        assert server.connections[0].gone.wait(5)  # the client closed it
        assert client.users.retrieve("u1").vendor_data == "u1"
    assert len(server.connections) == 2


@pytest.mark.parametrize("timeout", [None, 0.6])
def test_total_timeout_bounds_the_call_with_its_retries(
    raw_server: Callable[..., RawServer], timeout: float | None
) -> None:
    server = raw_server(SLOW["headers"])
    with Didit(
        api_key="k", base_url=server.origin, timeout=timeout, total_timeout=1.5, max_retries=5
    ) as client:
        started = time.monotonic()
        with pytest.raises(DiditTimeoutError):
            client.users.retrieve("u1")
        assert time.monotonic() - started < 3.0


def test_a_workload_request_is_bounded_too(raw_server: Callable[..., RawServer]) -> None:
    # create_many sends from worker threads (so its rows overlap): the same deadline holds
    # there, and a create that timed out after it was sent is reported as outcome unknown.
    server = raw_server(SLOW["headers"])
    rows = [{"workflow_id": "00000000-0000-4000-8000-00000000000" + str(i)} for i in range(3)]
    with Didit(api_key="k", base_url=server.origin, timeout=1.0, max_retries=0) as client:
        started = time.monotonic()
        with client.sessions.create_many(rows) as results:
            errors = [r.error for r in results]
        elapsed = time.monotonic() - started
    assert len(errors) == 3
    for error in errors:
        assert isinstance(error, DiditWriteOutcomeUnknownError)
        assert isinstance(error.__cause__, DiditTimeoutError)
    assert elapsed < 2.8  # one after another would take over 3 s


def test_an_injected_client_waits_no_longer_than_total_timeout(
    raw_server: Callable[..., RawServer],
) -> None:
    # A server that takes the request and says nothing. The injected client's own timeouts
    # (30 s) are not the call's: total_timeout ends it, with the async client's error.
    def stall(conn: socket.socket, served: Served) -> None:
        conn.recv(1)  # until the client hangs up (or the fixture shuts the server down)

    server = raw_server(stall)
    options: dict[str, Any] = {"api_key": "k", "base_url": server.origin, "max_retries": 0}

    async def from_async() -> BaseException:
        async with (
            httpx.AsyncClient(timeout=30) as http,
            AsyncDidit(http_client=http, total_timeout=1.0, **options) as client,
        ):
            with pytest.raises(DiditTimeoutError) as info:
                await client.users.retrieve("u1")
        return info.value

    expected = anyio.run(from_async, backend="asyncio")
    with (
        httpx.Client(timeout=30) as http,
        Didit(http_client=http, total_timeout=1.0, **options) as client,
    ):
        started = time.monotonic()
        with pytest.raises(DiditTimeoutError) as info:
            client.users.retrieve("u1")
        assert time.monotonic() - started < 2.5
    assert str(info.value) == str(expected)

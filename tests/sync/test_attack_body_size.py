"""The blocking client caps a body while it streams, as ``AsyncDidit`` does.

Before the fix ``Didit`` read a whole body into memory and only then applied
``max_response_bytes``: a server answering 200 MB (or forever) had it all read. Now the reading
stops about at the cap, with our own pool and with an injected ``httpx.Client``.
"""

from __future__ import annotations

import gzip
import json
import socket
import tracemalloc
from collections.abc import Callable, Iterable, Iterator
from itertools import repeat

import httpx
import pytest

from didit_async import Didit, DiditBadRequestError, DiditResponseTooLargeError
from didit_async._constants import DEFAULT_MAX_RESPONSE_BYTES, MAX_ERROR_BODY_BYTES

from .conftest import RawServer, Served

MIB = 1024 * 1024
HUGE = 200 * MIB
# What loopback's kernel buffers can hold between the two ends on top of what the client read.
BUFFERED = 16 * MIB
SID = "11111111-1111-4111-8111-111111111111"


def chunked(status: bytes, content_type: bytes, pieces: Iterable[bytes]) -> Callable[..., None]:
    """Answer ``pieces`` in chunked encoding, no Content-Length (so nothing is refused up
    front), until done or the client goes away."""
    head = (
        b"HTTP/1.1 " + status + b"\r\ncontent-type: " + content_type + b"\r\n"
        b"transfer-encoding: chunked\r\n\r\n"
    )

    def answer(conn: socket.socket, served: Served) -> None:
        if not served.send(conn, head):
            return
        for piece in pieces:
            if not served.send(conn, f"{len(piece):x}\r\n".encode() + piece + b"\r\n"):
                return
        served.send(conn, b"0\r\n\r\n")

    return answer


@pytest.fixture(params=["own pool", "injected httpx.Client"])
def client_for(request: pytest.FixtureRequest) -> Iterator[Callable[[RawServer], Didit]]:
    made: list[Didit] = []
    http = httpx.Client() if request.param != "own pool" else None

    def make(server: RawServer) -> Didit:
        client = Didit(api_key="k", base_url=server.origin, max_retries=0, http_client=http)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()
    if http is not None:
        http.close()


def test_a_huge_success_body_stops_being_read_at_the_cap(
    raw_server: Callable[..., RawServer], client_for: Callable[[RawServer], Didit]
) -> None:
    server = raw_server(chunked(b"200 OK", b"application/pdf", repeat(b"0" * MIB, HUGE // MIB)))
    client = client_for(server)
    with pytest.raises(DiditResponseTooLargeError):
        client.sessions.generate_pdf(SID)
    served = server.connections[0]
    assert served.finished.wait(10)
    # The client hung up about at the cap instead of reading on to 200 MiB.
    assert DEFAULT_MAX_RESPONSE_BYTES <= served.sent < DEFAULT_MAX_RESPONSE_BYTES + BUFFERED
    assert served.gone.is_set()


def test_a_huge_error_body_is_read_only_in_part(
    raw_server: Callable[..., RawServer], client_for: Callable[[RawServer], Didit]
) -> None:
    server = raw_server(chunked(b"400 Bad Request", b"text/plain", repeat(b"x" * MIB, HUGE // MIB)))
    client = client_for(server)
    with pytest.raises(DiditBadRequestError) as info:
        client.sessions.retrieve(SID)
    served = server.connections[0]
    assert served.finished.wait(10)
    assert served.sent < MAX_ERROR_BODY_BYTES + BUFFERED
    assert served.gone.is_set()
    assert len(str(info.value)) < 5000  # the message quotes a bounded part


def test_a_large_body_under_the_cap_streams_through_whole(
    raw_server: Callable[..., RawServer], client_for: Callable[[RawServer], Didit]
) -> None:
    pdf = b"%PDF-1.7\n" + bytes(range(256)) * (12 * 4096)  # 12 MiB, sent in 100 kB pieces
    pieces = [pdf[i : i + 100_000] for i in range(0, len(pdf), 100_000)]
    client = client_for(raw_server(chunked(b"200 OK", b"application/pdf", pieces)))
    assert client.sessions.generate_pdf(SID) == pdf


def test_a_compressed_json_body_is_decoded(
    raw_server: Callable[..., RawServer], client_for: Callable[[RawServer], Didit]
) -> None:
    # Both paths hand the body on still encoded; the async client inflates it.
    body = gzip.compress(json.dumps({"vendor_data": "u1", "status": "Active"}).encode())
    head = (
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-encoding: gzip\r\n"
        b"content-length: " + str(len(body)).encode() + b"\r\n\r\n"
    )

    def answer(conn: socket.socket, served: Served) -> None:
        served.send(conn, head + body)

    client = client_for(raw_server(answer))
    user = client.users.retrieve("u1")
    assert (user.vendor_data, user.status) == ("u1", "Active")


def test_a_gzip_bomb_stops_at_the_cap_on_both_paths(
    raw_server: Callable[..., RawServer], client_for: Callable[[RawServer], Didit]
) -> None:
    # 256 MiB of zeros, about 250 kB compressed. Before, an injected httpx.Client inflated the
    # whole bomb (2.1 GB RSS for a 1 GiB one) before any cap could see it.
    bomb = gzip.compress(b"0" * (256 * MIB), compresslevel=9)
    head = (
        b"HTTP/1.1 200 OK\r\ncontent-type: application/pdf\r\ncontent-encoding: gzip\r\n"
        b"content-length: " + str(len(bomb)).encode() + b"\r\n\r\n"
    )

    def answer(conn: socket.socket, served: Served) -> None:
        served.send(conn, head + bomb)

    client = client_for(raw_server(answer))
    tracemalloc.start()
    try:
        with pytest.raises(DiditResponseTooLargeError):
            client.sessions.generate_pdf(SID)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < DEFAULT_MAX_RESPONSE_BYTES + 16 * MIB  # the cap and some change, not 256 MiB

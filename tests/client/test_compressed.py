"""Compressed answers: inflated correctly, and never past the cap, however well they compress."""

from __future__ import annotations

import gzip
import json
import tracemalloc
import zlib
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from httpx import Response

from didit_async import (
    AsyncDidit,
    DiditBadRequestError,
    DiditResponseDecodeError,
    DiditResponseTooLargeError,
)
from didit_async._constants import MAX_ERROR_BODY_BYTES

pytestmark = pytest.mark.anyio

SID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
DECISION = {"session_id": SID, "status": "Approved", "metadata": {"ledger": 2**80}}


class _Chunks(httpx.AsyncByteStream):
    """The compressed bytes in network-sized chunks, counting how many were pulled."""

    def __init__(self, data: bytes, size: int = 16 * 1024) -> None:
        self.data, self.size, self.pulled = data, size, 0

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self

    async def __anext__(self) -> bytes:
        # A plain iterator rather than a generator: one left unfinished has nothing to finalise.
        start = self.pulled * self.size
        if start >= len(self.data):
            raise StopAsyncIteration
        self.pulled += 1
        return self.data[start : start + self.size]


def _client(handler: Any, **kw: Any) -> tuple[AsyncDidit, httpx.AsyncClient]:
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return AsyncDidit(api_key="test-key", http_client=http, rate_limiting=False, **kw), http


def _raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


@pytest.mark.parametrize(
    ("encoding", "pack"),
    [
        ("gzip", gzip.compress),
        ("x-gzip", gzip.compress),
        ("deflate", zlib.compress),  # zlib-wrapped, as the RFC says
        ("deflate", _raw_deflate),  # raw, as some servers send it
        ("identity", lambda b: b),
    ],
)
async def test_a_compressed_decision_decodes_exactly(encoding: str, pack: Any) -> None:
    body = json.dumps(DECISION).encode()

    def handler(request: httpx.Request) -> Response:
        # Only the encodings the client inflates itself are asked for.
        assert request.headers["accept-encoding"] == "gzip, deflate"
        headers = {"content-type": "application/json", "content-encoding": encoding}
        return Response(200, stream=_Chunks(pack(body), size=7), headers=headers)

    client, http = _client(handler)
    async with client, http:
        decision = await client.sessions.retrieve_decision(SID)
    assert decision.status.value == "Approved"
    assert decision.metadata == {"ledger": 2**80}


async def test_a_gzip_bomb_stops_at_the_cap_without_inflating_the_rest() -> None:
    inflated = 64 * 1024 * 1024  # 64 MiB of zeros: about 64 KB compressed
    bomb = gzip.compress(b"0" * inflated, compresslevel=9)
    stream = _Chunks(bomb)

    def handler(request: httpx.Request) -> Response:
        headers = {"content-type": "application/json", "content-encoding": "gzip"}
        return Response(200, stream=stream, headers=headers)

    client, http = _client(handler, max_response_bytes=1024 * 1024)
    tracemalloc.start()
    try:
        async with client, http:
            with pytest.raises(DiditResponseTooLargeError):
                await client.sessions.retrieve_decision(SID)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024  # the 1 MiB cap and some change, never the 64 MiB
    assert stream.pulled < len(bomb) // stream.size  # the rest of the bomb was never read


async def test_a_compressed_error_body_is_cut_at_the_error_cap() -> None:
    detail = "x" * (4 * MAX_ERROR_BODY_BYTES)
    body = gzip.compress(json.dumps({"detail": detail}).encode())

    def handler(request: httpx.Request) -> Response:
        headers = {"content-type": "application/json", "content-encoding": "gzip"}
        return Response(400, stream=_Chunks(body), headers=headers)

    client, http = _client(handler)
    async with client, http:
        with pytest.raises(DiditBadRequestError) as caught:
            await client.sessions.retrieve_decision(SID)
    assert caught.value.status == 400
    assert len(str(caught.value)) < 2 * MAX_ERROR_BODY_BYTES


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        ("br", b"\x8b\x02\x80{}\x03"),  # an encoding that was not asked for
        ("gzip", b"not gzip at all"),
        ("deflate", b"\x00\x01\x02 not deflate"),
    ],
)
async def test_a_body_that_does_not_inflate_is_a_decode_error(encoding: str, body: bytes) -> None:
    def handler(request: httpx.Request) -> Response:
        headers = {"content-type": "application/json", "content-encoding": encoding}
        # stream=, not content=: httpx would inflate content= here, in the fake server.
        return Response(200, stream=_Chunks(body), headers=headers)

    client, http = _client(handler, max_retries=0)
    async with client, http:
        with pytest.raises(DiditResponseDecodeError):
            await client.sessions.retrieve_decision(SID)

"""Compressed answers: inflated correctly, and never past the cap, however well they compress."""

from __future__ import annotations

import gzip
import json
import random
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


PDF = b"%PDF-1.7\n" + bytes(range(256)) * 64 + b"\n%%EOF\n"


async def _pdf(data: bytes, encoding: str, *, size: int = 7, **kw: Any) -> bytes:
    """What ``generate_pdf`` (a binary body, handed over as it arrives) returns for ``data``."""

    def handler(request: httpx.Request) -> Response:
        headers = {"content-type": "application/pdf", "content-encoding": encoding}
        return Response(200, stream=_Chunks(data, size=size), headers=headers)

    client, http = _client(handler, max_retries=0, **kw)
    async with client, http:
        return await client.sessions.generate_pdf(SID)


def _httpx_decodes(data: bytes, encoding: str) -> bytes:
    return Response(200, content=data, headers={"content-encoding": encoding}).content


@pytest.mark.parametrize(
    ("encoding", "pack"),
    [
        ("GZIP", gzip.compress),  # codings are case-insensitive
        ("gzip, identity", gzip.compress),  # identity in the list changes nothing
        ("identity, gzip", gzip.compress),
        (" deflate ,identity", zlib.compress),
        ("gzip, gzip", lambda b: gzip.compress(gzip.compress(b))),  # stacked: undone last first
        ("deflate, gzip", lambda b: gzip.compress(zlib.compress(b))),
        ("gzip, deflate", lambda b: _raw_deflate(gzip.compress(b))),
    ],
)
@pytest.mark.parametrize("size", [1, 7, 64 * 1024])
async def test_every_encoding_httpx_reads_decodes_to_the_same_bytes(
    encoding: str, pack: Any, size: int
) -> None:
    data = pack(PDF)
    assert await _pdf(data, encoding, size=size) == _httpx_decodes(data, encoding) == PDF


async def test_every_member_of_a_multi_member_gzip_body_is_kept() -> None:
    # RFC 1952: a gzip file is a series of members (what `gzip -c a b` writes). httpx keeps
    # only the first member's bytes; a PDF cut in half would be saved without a word.
    half = len(PDF) // 2
    data = gzip.compress(PDF[:half]) + gzip.compress(b"") + gzip.compress(PDF[half:])
    assert _httpx_decodes(data, "gzip") == PDF[:half]
    assert await _pdf(data, "gzip") == PDF


@pytest.mark.parametrize("after", [b"\x00" * 8, b"trailing garbage", b"\x1f"])
async def test_bytes_after_the_compressed_data_are_ignored_as_httpx_ignores_them(
    after: bytes,
) -> None:
    data = gzip.compress(PDF) + after
    assert await _pdf(data, "gzip") == _httpx_decodes(data, "gzip") == PDF


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("gzip", gzip.compress(PDF)[:-8]),  # every byte of the PDF, but not the gzip trailer
        ("gzip", gzip.compress(PDF)[: len(gzip.compress(PDF)) // 2]),
        ("deflate", zlib.compress(PDF)[:-4]),
        ("deflate", _raw_deflate(PDF)[:-1]),
        ("deflate", b"\x78"),  # one byte: not even the zlib header
        ("gzip", gzip.compress(PDF) + gzip.compress(PDF)[:30]),  # the second member cut
        ("gzip", gzip.compress(PDF) + b"\x1f\x8b\x08"),  # ... in its header
    ],
)
async def test_a_compressed_body_cut_short_is_a_decode_error_not_a_shorter_body(
    encoding: str, data: bytes
) -> None:
    # httpx hands over whatever inflated; a binary body is saved as it comes, so a cut PDF
    # would look like a whole one.
    with pytest.raises(DiditResponseDecodeError, match="cut short"):
        await _pdf(data, encoding)


@pytest.mark.parametrize("size", [1, 2, 3])
async def test_raw_deflate_is_told_from_zlib_however_the_first_bytes_arrive(size: int) -> None:
    # The wrapping was guessed from the first network chunk; a one-byte chunk guessed wrong.
    assert await _pdf(_raw_deflate(PDF), "deflate", size=size) == PDF


async def test_the_cap_counts_inflated_bytes_even_when_compression_makes_a_body_bigger() -> None:
    body = random.Random(0).randbytes(1024 * 1024)  # does not compress: gzip adds some bytes
    data = gzip.compress(body)
    assert len(data) > len(body)
    assert await _pdf(data, "gzip", size=64 * 1024, max_response_bytes=len(body)) == body
    with pytest.raises(DiditResponseTooLargeError):
        await _pdf(data, "gzip", size=64 * 1024, max_response_bytes=len(body) - 1)


@pytest.mark.parametrize("encoding", ["gzip, gzip, gzip, gzip", "gzip, br", "zstd"])
async def test_codings_not_asked_for_are_refused(encoding: str) -> None:
    with pytest.raises(DiditResponseDecodeError, match="not asked for"):
        await _pdf(gzip.compress(PDF), encoding)


@pytest.mark.parametrize("status", [200, 400])
async def test_a_bomb_inside_a_bomb_stops_at_the_cap_too(status: int) -> None:
    inner = gzip.compress(b"0" * (64 * 1024 * 1024), compresslevel=9)  # 64 MiB of zeros
    stream = _Chunks(gzip.compress(inner, compresslevel=9), size=1024)

    def handler(request: httpx.Request) -> Response:
        headers = {"content-type": "application/json", "content-encoding": "gzip, gzip"}
        return Response(status, stream=stream, headers=headers)

    client, http = _client(handler, max_response_bytes=1024 * 1024, max_retries=0)
    tracemalloc.start()
    try:
        async with client, http:
            expected = DiditResponseTooLargeError if status == 200 else DiditBadRequestError
            with pytest.raises(expected):
                await client.sessions.retrieve_decision(SID)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024


@pytest.mark.parametrize("status", [200, 204])
async def test_an_empty_answer_to_a_delete_is_fine_whatever_its_content_encoding(
    status: int,
) -> None:
    def handler(request: httpx.Request) -> Response:
        return Response(status, stream=_Chunks(b""), headers={"content-encoding": "gzip"})

    client, http = _client(handler, max_retries=0)
    async with client, http:
        assert await client.sessions.delete(SID) is None


async def test_a_delete_whose_unused_body_does_not_inflate_still_succeeded() -> None:
    # The 2xx says the list is gone (Didit answers it with no body, so the SDK reads none); a
    # body sent anyway is never read, so it cannot make the delete look lost (a retry would
    # answer 404).
    calls = []

    def handler(request: httpx.Request) -> Response:
        calls.append(request)
        headers = {"content-type": "application/json", "content-encoding": "gzip"}
        return Response(200, stream=_Chunks(b"{}not gzip"), headers=headers)

    client, http = _client(handler, max_retries=2)
    async with client, http:
        assert await client.lists.delete(SID) is None
    assert len(calls) == 1

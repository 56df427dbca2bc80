"""Reading one answer's body as it streams, never past its cap.

A success body past ``max_response_bytes`` is :class:`DiditResponseTooLargeError` (refused from
``Content-Length`` before a byte is read when it can be); an error body is cut at
``MAX_ERROR_BODY_BYTES`` and the rest is never read.

The cap counts the bytes as decoded, and compressed bodies are inflated here, a bounded piece at
a time: httpx would inflate each network chunk whole, so a gzip bomb (a few KB that inflate to
gigabytes) would take the memory before any cap could see it. Requests ask for gzip or deflate
only (``_transport_build``), the two encodings inflated here; any other is a decoding error.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator
from typing import Any

from . import _http
from ._constants import MAX_ERROR_BODY_BYTES
from ._seam import OperationMeta
from ._transport_classify import too_large


class _BodyTooLarge(Exception):
    """Raised inside the body stream when it passes the cap."""


class BodyUnreadable(Exception):
    """A success body that does not inflate (or uses an encoding not asked for): its words."""


class _CappedStream(_http.AsyncByteStream):
    """A response stream that stops at ``cap`` bytes: it ends early (``truncate``) or raises.

    Either way every iterator it opened is closed and every generator above it runs to its end,
    so nothing is left for the garbage collector to finalise (which trio reports).
    """

    def __init__(self, inner: Any, cap: int, *, truncate: bool) -> None:
        self._inner = inner
        self._cap = cap
        self._truncate = truncate

    async def __aiter__(self) -> AsyncIterator[bytes]:
        iterator = self._inner.__aiter__()
        size = 0
        try:
            while True:
                try:
                    chunk = await iterator.__anext__()
                except StopAsyncIteration:
                    return
                size += len(chunk)
                if size > self._cap:
                    if not self._truncate:
                        raise _BodyTooLarge
                    yield chunk[: len(chunk) - (size - self._cap)]
                    return
                yield chunk
        finally:
            close = getattr(iterator, "aclose", None)
            if close is not None:
                await close()

    async def aclose(self) -> None:
        await self._inner.aclose()


class _Inflater:
    """Inflates gzip or deflate never more than ``limit`` bytes per call (zlib's max_length)."""

    def __init__(self, encoding: str) -> None:
        self._gzip = encoding in ("gzip", "x-gzip")
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16 if self._gzip else zlib.MAX_WBITS)
        self._first = True

    def inflate(self, data: bytes, limit: int) -> tuple[bytes, bytes]:
        """Up to ``limit`` bytes of output, and the input not consumed yet."""
        try:
            out = self._zlib.decompress(data, limit)
        except zlib.error:
            if self._gzip or not self._first:
                raise
            # "deflate" is sent both zlib-wrapped (as the RFC says) and raw; httpx accepts both.
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
            out = self._zlib.decompress(data, limit)
        self._first = False
        return out, self._zlib.unconsumed_tail


async def read_body(op: OperationMeta, response: _http.Response, max_response_bytes: int) -> bytes:
    """The body, never more than the cap: a success body past ``max_response_bytes`` is an
    error; an error body is cut at ``MAX_ERROR_BODY_BYTES`` (the rest is not read)."""
    success = response.status_code < 300
    cap = max_response_bytes if success else MAX_ERROR_BODY_BYTES
    length = response.headers.get("content-length", "")
    if success and length.isdigit() and int(length) > cap:
        raise too_large(op, response, max_response_bytes)
    encoding = response.headers.get("content-encoding", "identity").strip().lower() or "identity"
    response.stream = _CappedStream(response.stream, cap, truncate=not success)
    try:
        if encoding == "identity":
            return await response.aread()
        if encoding not in ("gzip", "x-gzip", "deflate"):
            problem = f"a body in Content-Encoding {encoding[:40]!r}, which was not asked for"
        else:
            return await _inflate(response, _Inflater(encoding), cap, truncate=not success)
    except _BodyTooLarge:
        raise too_large(op, response, max_response_bytes) from None
    except zlib.error as exc:
        problem = f"a {encoding} body that does not inflate ({exc})"
    if success:
        raise BodyUnreadable(problem)
    return b""  # an error body in words we cannot read: its status still tells


async def _inflate(
    response: _http.Response, inflater: _Inflater, cap: int, *, truncate: bool
) -> bytes:
    """The raw stream inflated, a body past ``cap`` raising (or cut there, with ``truncate``)."""
    parts: list[bytes] = []
    size = 0
    # The (capped) stream itself rather than httpx's aiter_raw, whose inner iterator would be
    # left for the garbage collector to finalise when the cap ends the read early.
    raw = response.stream.__aiter__()  # type: ignore[union-attr]
    try:
        async for chunk in raw:
            while chunk:
                # One byte past the cap is enough to know; output that fills the limit is
                # therefore always past it, so nothing inflated is left pending in zlib.
                out, chunk = inflater.inflate(chunk, cap - size + 1)
                size += len(out)
                if size > cap:
                    if not truncate:
                        raise _BodyTooLarge
                    parts.append(out[: len(out) - (size - cap)])
                    return b"".join(parts)
                parts.append(out)
    finally:
        # Closed on the way out, early or not, so no generator is left for the GC to finalise.
        close = getattr(raw, "aclose", None)
        if close is not None:
            await close()
    return b"".join(parts)

"""Reading one answer's body as it streams, never past its cap.

A success body past ``max_response_bytes`` is :class:`DiditResponseTooLargeError` (refused from
``Content-Length`` before a byte is read when it can be); an error body is cut at
``MAX_ERROR_BODY_BYTES`` and the rest is never read.

The cap counts the bytes as decoded, and compressed bodies are inflated here, a bounded piece at
a time: httpx would inflate each network chunk whole, so a gzip bomb (a few KB that inflate to
gigabytes) would take the memory before any cap could see it. Requests ask for gzip or deflate
only (``_transport_build``), the two codings inflated here; any other is a decoding error.

What a legitimate body decodes to is what httpx would give: ``Content-Encoding`` is a list
(``identity`` in it changes nothing; stacked codings, at most ``_MAX_LAYERS``, are undone last
first), ``deflate`` may be zlib-wrapped or raw, and bytes after the compressed data are ignored.
Two differences, both where httpx would hand over less than the server sent without a word:
every member of a multi-member gzip body is inflated (httpx keeps the first), and a success body
whose compressed data stops before its end is cut short (unreadable, as an identity body shorter
than its ``Content-Length`` is), where httpx returns what inflated.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator
from typing import Any

from . import _http
from ._constants import MAX_ERROR_BODY_BYTES
from ._seam import OperationMeta
from ._transport_classify import too_large

_CODINGS = ("gzip", "x-gzip", "deflate")
# More layers than anyone sends; each costs a zlib state, so a hostile header cannot ask for many.
_MAX_LAYERS = 3
# What an inner layer of stacked codings inflates per step (the outermost one fills the cap).
_PIECE = 64 * 1024


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


def content_codings(header: str) -> list[str]:
    """The codings of a ``Content-Encoding`` value, in the order applied, without ``identity``.

    >>> content_codings("GZIP, identity")
    ['gzip']
    """
    names = (name.strip().lower() for name in header.split(","))
    return [name for name in names if name and name != "identity"]


def _compressed_cap(cap: int, layers: int) -> int:
    """The most compressed bytes a body of ``cap`` decoded bytes can take: deflate stores what
    does not compress, a few bytes per 64 KB block, so 1/8 more and a header is ample."""
    for _ in range(layers):
        cap += (cap >> 3) + 1024
    return cap


def _zlib_wrapped(head: bytes) -> bool:
    """Whether a deflate body starts with a zlib header (RFC 1950: method 8, and the first two
    bytes a multiple of 31), as the RFC says it should, rather than raw deflate, as some servers
    send it. No raw deflate stream a compressor writes starts like that."""
    return head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0


class _Inflater:
    """Inflates one gzip or deflate layer, never more than ``limit`` bytes per call."""

    def __init__(self, coding: str) -> None:
        self._gzip = coding in ("gzip", "x-gzip")
        # None until the first two bytes tell a deflate body's wrapping (or, between gzip
        # members, whether another member follows); they wait in _head.
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16) if self._gzip else None
        self._head = b""
        self._fed = False
        self._between = False  # a gzip member ended and no other has started
        self._done = False  # the compressed data ended: the rest is trailing bytes, ignored

    @property
    def complete(self) -> bool:
        """Whether the compressed data ended where it says it ends (or never started)."""
        return self._done or self._between or not self._fed

    def inflate(self, data: bytes, limit: int) -> tuple[bytes, bytes]:
        """Up to ``limit`` bytes of output, and the input not consumed yet."""
        if self._done:
            return b"", b""
        self._fed = self._fed or bool(data)
        if self._zlib is None:
            self._head += data
            if len(self._head) < 2:
                return b"", b""
            data, self._head = self._head, b""
            if not self._gzip:
                wbits = zlib.MAX_WBITS if _zlib_wrapped(data) else -zlib.MAX_WBITS
            elif data.startswith(b"\x1f\x8b"):
                wbits, self._between = zlib.MAX_WBITS | 16, False
            else:
                # Not another member: bytes after the body, ignored as httpx and gzip(1) do.
                self._done = True
                return b"", b""
            self._zlib = zlib.decompressobj(wbits)
        out = self._zlib.decompress(data, limit)
        if not self._zlib.eof:
            return out, self._zlib.unconsumed_tail
        rest = self._zlib.unused_data
        if self._gzip:
            # A gzip body is a series of members (RFC 1952 2.2), each inflated in turn.
            self._zlib, self._between = None, True
            return out, rest
        self._done = True
        return out, b""


class _Sink:
    """The inflated body so far; full one byte past the cap (raising, unless truncating)."""

    def __init__(self, cap: int, *, truncate: bool) -> None:
        self.parts: list[bytes] = []
        self.size = 0
        self._cap = cap
        self._truncate = truncate

    def room(self) -> int:
        # One byte past the cap is enough to know; output that fills the room is therefore
        # always past it, so nothing inflated is left pending in zlib.
        return self._cap - self.size + 1

    def take(self, out: bytes) -> bool:
        """Keep ``out``; True once the (truncated) body is full."""
        self.size += len(out)
        if self.size <= self._cap:
            self.parts.append(out)
            return False
        if not self._truncate:
            raise _BodyTooLarge
        self.parts.append(out[: len(out) - (self.size - self._cap)])
        return True


def _feed(layers: list[_Inflater], data: bytes, sink: _Sink, depth: int = 0) -> bool:
    """Push ``data`` through ``layers[depth:]`` into ``sink``; True once the sink is full."""
    inflater = layers[depth]
    last = depth == len(layers) - 1
    while True:
        # In pieces, so the cap's worth of output is never one allocation grown (and copied)
        # to its full size on top of what was kept.
        limit = min(sink.room(), _PIECE) if last else _PIECE
        out, data = inflater.inflate(data, limit)
        if sink.take(out) if last else bool(out) and _feed(layers, out, sink, depth + 1):
            return True
        # Output that filled the limit may have more pending in zlib: ask again until it stops.
        if not data and len(out) < limit:
            return False


async def read_body(op: OperationMeta, response: _http.Response, max_response_bytes: int) -> bytes:
    """The body, never more than the cap: a success body past ``max_response_bytes`` is an
    error; an error body is cut at ``MAX_ERROR_BODY_BYTES`` (the rest is not read)."""
    success = response.status_code < 300
    cap = max_response_bytes if success else MAX_ERROR_BODY_BYTES
    header = response.headers.get("content-encoding", "")
    codings = content_codings(header)
    raw_cap = _compressed_cap(cap, len(codings)) if codings else cap
    length = response.headers.get("content-length", "")
    if success and length.isdigit() and int(length) > raw_cap:
        raise too_large(op, response, max_response_bytes)
    response.stream = _CappedStream(response.stream, raw_cap, truncate=not success)
    shown = header.strip()[:40]
    try:
        if not codings:
            return await response.aread()
        if any(name not in _CODINGS for name in codings) or len(codings) > _MAX_LAYERS:
            problem = f"a body in Content-Encoding {shown!r}, which was not asked for"
        else:
            layers = [_Inflater(name) for name in reversed(codings)]
            body = await _inflate(response, layers, _Sink(cap, truncate=not success))
            if not success or all(layer.complete for layer in layers):
                return body
            problem = f"a {shown} body cut short (its compressed data stops before its end)"
    except _BodyTooLarge:
        raise too_large(op, response, max_response_bytes) from None
    except zlib.error as exc:
        problem = f"a {shown} body that does not inflate ({exc})"
    if success:
        raise BodyUnreadable(problem)
    return b""  # an error body in words we cannot read: its status still tells


async def _inflate(response: _http.Response, layers: list[_Inflater], sink: _Sink) -> bytes:
    """The raw stream inflated into ``sink``, until it ends or the sink is full."""
    # The (capped) stream itself rather than httpx's aiter_raw, whose inner iterator would be
    # left for the garbage collector to finalise when the cap ends the read early.
    raw = response.stream.__aiter__()  # type: ignore[union-attr]
    try:
        async for chunk in raw:
            if _feed(layers, chunk, sink):
                break
    finally:
        # Closed on the way out, early or not, so no generator is left for the GC to finalise.
        close = getattr(raw, "aclose", None)
        if close is not None:
            await close()
    return b"".join(sink.parts)

"""Reading one answer's body as it streams, never past its cap.

A success body past ``max_response_bytes`` is :class:`DiditResponseTooLargeError` (refused from
``Content-Length`` before a byte is read when it can be); an error body is cut at
``MAX_ERROR_BODY_BYTES`` and the rest is never read.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from . import _http
from ._constants import MAX_ERROR_BODY_BYTES
from ._seam import OperationMeta
from ._transport_classify import too_large


class _BodyTooLarge(Exception):
    """Raised inside the body stream when it passes the cap."""


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


async def read_body(op: OperationMeta, response: _http.Response, max_response_bytes: int) -> bytes:
    """The body, never more than the cap: a success body past ``max_response_bytes`` is an
    error; an error body is cut at ``MAX_ERROR_BODY_BYTES`` (the rest is not read)."""
    success = response.status_code < 300
    cap = max_response_bytes if success else MAX_ERROR_BODY_BYTES
    length = response.headers.get("content-length", "")
    if success and length.isdigit() and int(length) > cap:
        raise too_large(op, response, max_response_bytes)
    response.stream = _CappedStream(response.stream, cap, truncate=not success)
    try:
        content = await response.aread()
    except _BodyTooLarge:
        raise too_large(op, response, max_response_bytes) from None
    except _http.DecodingError:
        if success:
            raise
        return b""  # a compressed error body cut short: its words are lost, not its status
    if success and len(content) > cap:  # a compressed body that inflated past the cap
        raise too_large(op, response, max_response_bytes)
    return content

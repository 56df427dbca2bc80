"""Raw-response access for any call: status, headers and request id.

A context variable holds the active capture, so concurrent tasks never see each other's responses
(each task runs in its own context copy), and the typed result of every method stays unchanged.

::

    with didit_async.capture_response() as cap:
        session = await client.sessions.create(workflow_id=...)
    cap.response.status_code, cap.response.request_id, cap.response.headers["content-type"]

Inside the block ``cap.response`` is the last response received and ``cap.responses`` all of them
in order (a paginated walk records one per page; retries record every attempt). Tasks started
inside the block share the capture.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

import attrs

__all__ = ["RawResponse", "ResponseCapture", "capture_response", "record_response"]


@attrs.frozen
class RawResponse:
    """One HTTP response as the client received it (headers with credentials redacted)."""

    status_code: int
    headers: Mapping[str, str]
    request_id: str | None
    method: str
    url: str
    operation_id: str
    elapsed: float | None = None


@attrs.define
class ResponseCapture:
    """Filled while its ``capture_response()`` block is active."""

    responses: list[RawResponse] = attrs.field(factory=list)

    @property
    def response(self) -> RawResponse:
        """The last response; raises ``LookupError`` if no response was received yet."""
        if not self.responses:
            raise LookupError("no response was captured in this block")
        return self.responses[-1]


_CAPTURE: contextvars.ContextVar[ResponseCapture | None] = contextvars.ContextVar(
    "didit_async_capture", default=None
)


@contextmanager
def capture_response() -> Iterator[ResponseCapture]:
    """Capture the raw responses of the calls made inside the ``with`` block."""
    capture = ResponseCapture()
    token = _CAPTURE.set(capture)
    try:
        yield capture
    finally:
        _CAPTURE.reset(token)


def record_response(raw: RawResponse) -> None:
    """Called by the transport for every response received."""
    capture = _CAPTURE.get()
    if capture is not None:
        capture.responses.append(raw)

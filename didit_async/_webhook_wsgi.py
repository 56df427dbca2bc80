"""Receiving Didit's deliveries in blocking web frameworks: Django, Flask, any WSGI server.

Public through :func:`didit_async.webhooks.webhook_receiver`, which builds the receiver with its
verifier. The steps are the ASGI endpoint's own (``_webhook_receive.py``), run by a blocking
runner: the handler is called on the request's thread, outside any event loop (Django's ORM
refuses to run inside one), and each deduplicator call runs on one private event loop thread
per process (:class:`_DedupLoop`). The deduplicators are written for one event loop (the
in-memory one is atomic because nothing else runs between its check and its write, the Redis
one keeps a client per loop), and running all their calls on that one loop keeps them so for
any number of request threads; the user never runs an event loop.
"""

from __future__ import annotations

import asyncio
import inspect
import os
import threading
from collections.abc import Awaitable, Callable, Iterable, Mapping
from http import HTTPStatus
from typing import Any, Protocol, TypeVar

from ._webhook_dedup import WebhookDeduplicator
from ._webhook_receive import METHOD_NOT_ALLOWED, Receiving, Verifier, WebhookAnswer, run_inline

__all__ = ["Headers", "WebhookReceiver"]

T = TypeVar("T")

# How much of a body without Content-Length (chunked, on servers that end the stream) is read at
# a time.
_CHUNK = 64 * 1024


class Headers(Protocol):
    """Request headers as frameworks give them: a mapping, or Werkzeug's ``Headers``."""

    def items(self) -> Iterable[tuple[str, str]]:
        """Each header's name (any case) and value."""
        ...


class _DedupLoop:
    """One asyncio loop on a daemon thread, started on first use, running deduplicator calls.

    One per process: a forked child (gunicorn's workers, forked after the app was imported)
    starts its own, since the parent's thread did not come along.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None

    def call(self, step: Callable[[], Awaitable[T]]) -> T:
        """Run ``step()`` on the loop and block until it finishes; its error is raised here."""

        async def run() -> T:
            return await step()

        return asyncio.run_coroutine_threadsafe(run(), self._running()).result()

    def _running(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                threading.Thread(
                    target=loop.run_forever, name="didit-webhook-dedup", daemon=True
                ).start()
                self._loop = loop
            return self._loop

    def after_fork(self) -> None:
        """In a forked child: the parent's loop thread (and maybe its lock) did not come along."""
        self._lock = threading.Lock()
        self._loop = None


_LOOP = _DedupLoop()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_LOOP.after_fork)


class _BlockingRunner:
    """The WSGI receiver's runner: each step blocks, so nothing ever suspends."""

    def __init__(self, handler: Callable[[Any], object]) -> None:
        self._handler = handler

    async def call(self, step: Callable[[], Awaitable[T]]) -> T:
        return _LOOP.call(step)

    async def finish(self, step: Callable[[], Awaitable[T]]) -> T:
        # Nothing cancels a blocking call half way: it finishes anyway.
        return _LOOP.call(step)

    async def handle(self, event: Any) -> None:
        result = self._handler(event)
        if inspect.isawaitable(result):
            if inspect.iscoroutine(result):
                result.close()  # never run: no "was never awaited" warning on top
            raise TypeError(
                "the webhook_receiver handler returned an awaitable: it runs on the request's "
                "thread and must be a plain function (use webhook_endpoint for async handlers)"
            )


class WebhookReceiver:
    """Didit's deliveries for Django, Flask or any WSGI server (build it with
    :func:`~didit_async.webhooks.webhook_receiver`).

    :meth:`receive` takes the raw body and the headers a framework gives a view and returns the
    :class:`~didit_async.webhooks.WebhookAnswer` to send back; the receiver is also a WSGI app
    in itself, for a server or a dispatcher to mount. Either way every delivery gets the answer
    :func:`~didit_async.webhooks.webhook_endpoint` gives it.
    """

    def __init__(
        self,
        handler: Callable[[Any], object],
        verify: Verifier,
        rejected: type[Exception],
        deduplicator: WebhookDeduplicator,
        max_body_bytes: int,
    ) -> None:
        if inspect.iscoroutinefunction(handler):
            raise TypeError(
                "webhook_receiver runs its handler on the request's thread: give it a plain "
                "function (webhook_endpoint takes async handlers)"
            )
        self._handler = handler
        self._receiving = Receiving(verify, rejected, deduplicator)
        self._run = _BlockingRunner(handler)
        self._max = max_body_bytes

    def __repr__(self) -> str:  # never the secrets
        return f"webhook_receiver({getattr(self._handler, '__qualname__', self._handler)!r})"

    def receive(self, body: bytes, headers: Headers, *, method: str = "POST") -> WebhookAnswer:
        """Verify, deduplicate and handle one delivery; return what to answer Didit.

        ``body`` is the raw request body, unparsed (Django's ``request.body``, Flask's
        ``request.get_data()``); ``headers`` the request's headers (``request.headers`` in
        both); ``method`` the request's, when the view is not routed to POST alone. The
        handler runs here, on the calling thread; its error is logged and answered 500.
        """
        if method.upper() != "POST":
            return METHOD_NOT_ALLOWED
        found = {str(name): str(value) for name, value in headers.items()}
        return run_inline(self._receiving.answer(body, found, self._run))

    def __call__(
        self, environ: Mapping[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        """The receiver as a WSGI app: reads the body (up to ``max_body_bytes``) and answers."""
        headers = {
            name[5:].replace("_", "-"): str(value)
            for name, value in environ.items()
            if name.startswith("HTTP_")
        }
        for name in ("CONTENT_TYPE", "CONTENT_LENGTH"):
            if environ.get(name):
                headers[name.replace("_", "-")] = str(environ[name])
        if str(environ.get("REQUEST_METHOD", "")).upper() != "POST":
            answer = METHOD_NOT_ALLOWED
        else:
            body = self._read(environ, headers.get("CONTENT-LENGTH", ""))
            answer = body if isinstance(body, WebhookAnswer) else self.receive(body, headers)
        payload = answer.body
        start_response(
            f"{answer.status} {HTTPStatus(answer.status).phrase}",
            [*answer.headers.items(), ("Content-Length", str(len(payload)))],
        )
        return [payload]

    def _read(self, environ: Mapping[str, Any], declared: str) -> bytes | WebhookAnswer:
        stream = environ.get("wsgi.input")
        if stream is None:
            return b""
        if declared.isdigit():
            if int(declared) > self._max:
                return WebhookAnswer(413, "body_too_large")  # without reading a byte of it
            data: bytes = stream.read(int(declared))
            return data
        if not environ.get("wsgi.input_terminated"):
            return b""  # no length and no end marker: reading could wait forever (PEP 3333)
        chunks: list[bytes] = []
        size = 0
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > self._max:
                return WebhookAnswer(413, "body_too_large")
            chunks.append(chunk)
        return b"".join(chunks)

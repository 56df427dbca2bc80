"""The raw ASGI endpoint that receives Didit's deliveries (no Starlette import).

Public through :func:`didit_async.webhooks.webhook_endpoint`, which builds it with its verifier:
this module never imports ``webhooks`` (receiving sits below verifying in the import graph).
It reads the body, bounded in size and in time, and leaves the rest, verifying, deduplicating
(``_webhook_dedup.py``) and running the handler, to the steps it shares with the WSGI receiver
(``_webhook_receive.py``), so both answer every delivery alike.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import Any, Protocol, overload

import anyio

from ._constants import LOGGER_NAME
from ._webhook_dedup import WebhookDeduplicator
from ._webhook_receive import (
    METHOD_NOT_ALLOWED,
    AsyncRunner,
    Receiving,
    Verifier,
    WebhookAnswer,
)

__all__ = [
    "ASGIApp",
    "BodyRejected",
    "RequestLike",
    "WebhookEndpoint",
    "read_body",
]

_logger = logging.getLogger(LOGGER_NAME)

# The ASGI types as Starlette spells them, so the endpoint type-checks where Starlette and
# FastAPI expect an ASGI app (Mount, Route, middleware).
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
Handler = Callable[[Any], Awaitable[Any]]


class RequestLike(Protocol):
    """What the endpoint needs of a framework's request object: Starlette's ``Request`` fits."""

    @property
    def scope(self) -> Mapping[str, Any]:
        """The ASGI scope."""
        ...

    @property
    def receive(self) -> Receive:
        """The ASGI ``receive`` channel the body arrives on."""
        ...


class WebhookEndpoint:
    """The ASGI app behind :func:`didit_async.webhooks.webhook_endpoint` (build it there).

    Called as an ASGI app, ``endpoint(scope, receive, send)``, it answers the delivery. Called
    with a request, ``await endpoint(request)`` (Starlette's ``Request``, or anything with the
    ASGI ``scope`` and ``receive``), it returns the :class:`~didit_async.webhooks.WebhookAnswer`
    instead, itself an ASGI response: that second form is also what lets Starlette's
    ``app.add_route(path, endpoint)`` type-check, whose annotation asks for a request-to-response
    function. At run time Starlette's routes call it as an ASGI app either way.
    """

    # A class instance, not a function: Starlette's Route treats a plain function as a
    # request/response endpoint but mounts any other callable as a raw ASGI app.

    def __init__(
        self,
        handler: Handler,
        verify: Verifier,
        rejected: type[Exception],
        deduplicator: WebhookDeduplicator,
        max_body_bytes: int,
        body_timeout: float,
    ) -> None:
        self._handler = handler
        self._receiving = Receiving(verify, rejected, deduplicator)
        self._run = AsyncRunner(handler)
        self._max = max_body_bytes
        self._body_timeout = body_timeout

    def __repr__(self) -> str:  # never the secrets
        return f"webhook_endpoint({getattr(self._handler, '__qualname__', self._handler)!r})"

    # ``async def``, so servers that sniff the interface (uvicorn) see an ASGI 3 app.
    @overload
    async def __call__(self, scope: Scope, receive: Receive, send: Send, /) -> None: ...

    @overload
    async def __call__(self, request: RequestLike, /) -> Any: ...

    async def __call__(
        self, scope: Any, receive: Receive | None = None, send: Send | None = None, /
    ) -> Any:
        """``(scope, receive, send)``: answer over ASGI; ``(request)``: return the answer."""
        if receive is None or send is None:
            return await self._answer(scope.scope, scope.receive)
        if scope["type"] != "http":
            return None  # lifespan and websocket: nothing to do (the enclosing app handles it)
        answer = await self._answer(scope, receive)
        await answer(scope, receive, send)
        return None

    async def _answer(self, scope: Mapping[str, Any], receive: Receive) -> WebhookAnswer:
        if scope.get("method") != "POST":
            return METHOD_NOT_ALLOWED
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        try:
            body = await read_body(
                receive, headers, max_bytes=self._max, time_limit=self._body_timeout
            )
        except BodyRejected as exc:
            _logger.info("webhook rejected: %s", exc.detail)
            # The rest of the body is unread: the connection cannot carry another request.
            return WebhookAnswer(
                exc.status,
                exc.detail,
                {"Content-Type": "application/json", "Connection": "close"},
            )
        return await self._receiving.answer(body, headers, self._run)


class BodyRejected(Exception):
    """A request body that :func:`read_body` refused: answer ``status`` with ``detail``.

    413 ``body_too_large`` or 408 ``body_timeout``. The rest of the body is unread, so the
    answer should close the connection (``Connection: close``).
    """

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"{status} {detail}")
        self.status = status
        self.detail = detail


async def read_body(
    receive: Receive, headers: Mapping[str, str], *, max_bytes: int, time_limit: float
) -> bytes:
    """An ASGI request's whole body, bounded in size and in time, or :class:`BodyRejected`.

    A ``Content-Length`` over ``max_bytes`` is refused before a byte is read; a streamed body
    is refused as soon as it passes ``max_bytes``, so at most ``max_bytes`` plus one chunk is
    ever held. The whole body must arrive within ``time_limit`` seconds of the first read: a
    client trickling a byte a second cannot hold the handler (and its memory) for longer.
    Chunks are joined once at the end, so the cost is linear in the size. ``headers`` are the
    request's, names lower-cased.
    """
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise BodyRejected(413, "body_too_large")  # without reading a byte of it
    chunks: list[bytes] = []
    size = 0
    with anyio.move_on_after(time_limit) as deadline:
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > max_bytes:
                raise BodyRejected(413, "body_too_large")
            chunks.append(chunk)
            if not message.get("more_body"):
                break
    if deadline.cancelled_caught:
        raise BodyRejected(408, "body_timeout")
    return b"".join(chunks)

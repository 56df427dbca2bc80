"""Receiving Didit webhooks: the deduplicator and a raw ASGI endpoint (no Starlette import).

Public through :mod:`didit_async.webhooks`. This module imports the verifier lazily, so that
``webhooks`` can re-export from here without an import cycle.

Delivery semantics, end to end. Didit delivers *at least once*: it re-sends the same
``event_id`` on retries (after a 5xx, a 404 or a timeout) and to every destination. The endpoint
turns that into *at most one successful handler run per event while its claim lives*:

* a claim is taken (atomically) before the handler runs; a second delivery of the same event,
  concurrent or later, answers 200 ``duplicate`` without running the handler;
* a handler that fails (or is cancelled) gives the claim back and answers 500, so Didit's retry
  runs it again: handlers must tolerate a re-run after a failure part-way through (make their
  writes idempotent, e.g. keyed on ``event_id``), since true exactly-once needs the handler's
  own writes and the claim in one transaction;
* a claim outlives the handler by ``ttl`` (a day by default, far longer than Didit retries).
  A process that dies mid-handler loses an in-memory claim with it (so the retry runs); a
  shared store should give claims a lease of minutes that success then extends to the TTL.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import anyio

from ._constants import (
    LOGGER_NAME,
    WEBHOOK_DEDUP_MAX_ENTRIES,
    WEBHOOK_DEDUP_TTL_SECONDS,
    WEBHOOK_MAX_BODY_BYTES,
    WEBHOOK_TOLERANCE_SECONDS,
)

if TYPE_CHECKING:
    from .webhooks import WebhookEvent

__all__ = ["ASGIApp", "InMemoryDeduplicator", "WebhookDeduplicator", "webhook_endpoint"]

_logger = logging.getLogger(LOGGER_NAME)


class WebhookDeduplicator(Protocol):
    """Answers "is this the first time I see this event?", atomically.

    ``claim`` returns True exactly once per ``event_id`` while the claim lives, even for
    concurrent calls; ``release`` gives a claim back (the handler failed) so that Didit's retry
    runs the handler again. A shared store implements the same two methods, e.g. Redis
    ``SET key 1 NX EX ttl`` for ``claim`` and ``DEL key`` for ``release``.

    >>> class Redis:
    ...     def __init__(self, redis): self.redis = redis
    ...     async def claim(self, event_id): return bool(await self.redis.set(
    ...         f"didit:webhook:{event_id}", 1, nx=True, ex=86400))
    ...     async def release(self, event_id): await self.redis.delete(f"didit:webhook:{event_id}")
    """

    async def claim(self, event_id: str) -> bool:
        """Record ``event_id``; True if it was not already claimed (run the handler)."""
        ...

    async def release(self, event_id: str) -> None:
        """Forget ``event_id`` so the next delivery of it is treated as new."""
        ...


class InMemoryDeduplicator:
    """A per-process deduplicator: claims expire after ``ttl`` seconds; memory is bounded.

    At most ``max_entries`` claims are kept; past that the oldest is forgotten early (its event
    could then run twice, which handlers must tolerate anyway). ``clock`` is for tests.

    >>> import anyio
    >>> dedup = InMemoryDeduplicator(ttl=3600)
    >>> anyio.run(dedup.claim, "evt-1"), anyio.run(dedup.claim, "evt-1")
    (True, False)
    """

    def __init__(
        self,
        *,
        ttl: float = WEBHOOK_DEDUP_TTL_SECONDS,
        max_entries: int = WEBHOOK_DEDUP_MAX_ENTRIES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if ttl <= 0 or max_entries < 1:
            raise ValueError("ttl must be positive and max_entries at least 1")
        self._ttl = ttl
        self._max = max_entries
        self._clock = clock
        # event id -> expiry. Insertion order is expiry order (one fixed ttl, a monotonic
        # clock, and a re-claim re-inserts at the end), so expiring is popping from the front.
        self._claims: dict[str, float] = {}

    def __len__(self) -> int:
        return len(self._claims)

    def __repr__(self) -> str:
        return f"InMemoryDeduplicator(ttl={self._ttl}, claims={len(self._claims)})"

    async def claim(self, event_id: str) -> bool:
        """True the first time ``event_id`` is seen within ``ttl``; False for a duplicate."""
        # No await between the check and the insert, so no lock is needed: under cooperative
        # scheduling (asyncio or trio) two concurrent claims cannot interleave here.
        now = self._clock()
        self._expire(now)
        if event_id in self._claims:
            return False
        self._claims[event_id] = now + self._ttl
        if len(self._claims) > self._max:
            del self._claims[next(iter(self._claims))]
        return True

    async def release(self, event_id: str) -> None:
        """Forget ``event_id`` (its handler failed), so Didit's retry runs it again."""
        self._claims.pop(event_id, None)

    def _expire(self, now: float) -> None:
        claims = self._claims
        while claims:
            first = next(iter(claims))
            if claims[first] > now:
                return
            del claims[first]


# --- the endpoint ------------------------------------------------------------------------------

# The ASGI types as Starlette spells them, so the endpoint type-checks where Starlette and
# FastAPI expect an ASGI app (Mount, add_route, middleware).
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
Handler = Callable[["WebhookEvent"], Awaitable[Any]]

# Verification failures can never succeed on a retry, so none of them is a 5xx.
_STATUS_FOR_REASON: dict[str, int] = {
    "body_too_large": 413,
    "invalid_json": 400,
    "not_an_object": 400,
    "timestamp_mismatch": 400,
}  # everything else (headers, timestamps, signatures): 401


class _WebhookEndpoint:
    # A class instance, not a function: Starlette's Route treats a plain function as a
    # request/response endpoint but mounts any other callable as a raw ASGI app.

    def __init__(
        self,
        handler: Handler,
        secrets: Sequence[str],
        deduplicator: WebhookDeduplicator,
        max_body_bytes: int,
        tolerance: int,
        allow_simple: bool,
        clock: Callable[[], float] | None,
    ) -> None:
        self._handler = handler
        self._secrets = secrets
        self._dedup = deduplicator
        self._max = max_body_bytes
        self._tolerance = tolerance
        self._allow_simple = allow_simple
        self._clock = clock

    def __repr__(self) -> str:  # never the secrets
        return f"webhook_endpoint({getattr(self._handler, '__qualname__', self._handler)!r})"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return  # lifespan and websocket: nothing to do (the enclosing app handles lifespan)
        if scope.get("method") != "POST":
            await _respond(send, 405, "method not allowed", [(b"allow", b"POST")])
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self._max:
            await _respond(send, 413, "body_too_large")  # without reading a byte of it
            return
        body = await _read_body(receive, self._max)
        if body is None:
            await _respond(send, 413, "body_too_large")
            return

        from .webhooks import WebhookVerificationError, verify

        try:
            event = verify(
                body,
                headers,
                self._secrets,
                tolerance=self._tolerance,
                now=None if self._clock is None else self._clock(),
                allow_simple=self._allow_simple,
                max_body_bytes=self._max,
            )
        except WebhookVerificationError as exc:
            _logger.info("webhook rejected: %s", exc.reason)
            await _respond(send, _STATUS_FOR_REASON.get(exc.reason, 401), exc.reason)
            return
        # Without an event_id (older payloads, the Simple scheme) the authenticated envelope is
        # the best identity there is.
        key = event.event_id or f"{event.type}:{event.session_id}:{event.status}:{event.timestamp}"
        try:
            first = await self._dedup.claim(key)
        except Exception:
            # The store is down: this delivery can succeed later, so ask Didit to retry.
            _logger.exception("webhook deduplicator failed for event %s", event.event_id)
            await _respond(send, 503, "deduplicator unavailable")
            return
        if not first:
            await _respond(send, 200, "duplicate")
            return
        try:
            await self._handler(event)
        except BaseException as exc:
            # Retryable: give the claim back so Didit's next attempt runs the handler again.
            # Shielded, so a cancellation (client gone, server shutting down) still releases.
            with anyio.CancelScope(shield=True):
                await self._dedup.release(key)
            if not isinstance(exc, Exception):
                raise
            _logger.exception("webhook handler failed for event %s", event.event_id)
            await _respond(send, 500, "handler failed")
            return
        await _respond(send, 200, "ok")


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole request body, or None as soon as it passes ``limit`` bytes."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body"):
            break
    return b"".join(chunks)


async def _respond(
    send: Send, status: int, detail: str, extra: list[tuple[bytes, bytes]] | None = None
) -> None:
    body = json.dumps({"detail": detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
    await send(
        {"type": "http.response.start", "status": status, "headers": headers + (extra or [])}
    )
    await send({"type": "http.response.body", "body": body})


def webhook_endpoint(
    handler: Handler,
    *,
    secrets: str | Sequence[str],
    deduplicator: WebhookDeduplicator | None = None,
    max_body_bytes: int = WEBHOOK_MAX_BODY_BYTES,
    tolerance: int = WEBHOOK_TOLERANCE_SECONDS,
    allow_simple: bool = False,
    clock: Callable[[], float] | None = None,
) -> ASGIApp:
    """A raw ASGI app that receives Didit deliveries; mount it in Starlette or FastAPI.

    It reads the raw body, verifies it (see :func:`~didit_async.webhooks.verify`), claims the
    event in ``deduplicator`` (an :class:`InMemoryDeduplicator` by default; pass a shared one
    when several processes receive), runs ``await handler(event)`` and answers:

    ====== =============================================================================
    200    the handler ran, or the event was already claimed (``duplicate``)
    400    body not JSON, not an object, or its timestamp differs from ``X-Timestamp``
    401    missing headers, a bad or stale timestamp, no matching signature
    405    not a POST
    413    body over ``max_body_bytes`` (checked on ``Content-Length`` and while reading)
    500    the handler raised: the claim is released so Didit's retry runs it again
    503    the deduplicator raised: retryable too
    ====== =============================================================================

    Nothing that can never succeed gets a 5xx (Didit retries 5xx). Answer fast: Didit waits
    5 s, so hand long work to a queue. ``clock`` (Unix seconds) is for tests.

    Route it at both spellings of the path, with and without the trailing slash. Starlette and
    FastAPI answer the other spelling with a 307 redirect, which Didit does not follow: the
    delivery fails and the handler never runs. ``app.mount(path, ...)`` has the same trap (it
    only matches ``path + "/..."``), so use routes, not a mount:

    >>> from starlette.applications import Starlette  # doctest: +SKIP
    >>> async def on_event(event: WebhookEvent) -> None: ...  # doctest: +SKIP
    >>> endpoint = webhook_endpoint(on_event, secrets=[new_secret, old_secret])  # doctest: +SKIP
    >>> app = Starlette()  # or fastapi.FastAPI(): the same two calls  # doctest: +SKIP
    >>> for path in ("/webhooks/didit", "/webhooks/didit/"):  # doctest: +SKIP
    ...     app.add_route(path, endpoint, methods=["POST"])
    """
    keys = [secrets] if isinstance(secrets, str) else [s for s in secrets if s]
    if not keys or not all(keys):
        raise ValueError("webhook_endpoint needs at least one non-empty webhook secret")
    dedup = deduplicator if deduplicator is not None else InMemoryDeduplicator()
    return _WebhookEndpoint(
        handler, tuple(keys), dedup, max_body_bytes, tolerance, allow_simple, clock
    )

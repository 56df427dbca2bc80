"""Receiving Didit webhooks: the deduplicator and a raw ASGI endpoint (no Starlette import).

Public through :mod:`didit_async.webhooks`, which builds the endpoint with its verifier: this
module never imports ``webhooks`` (receiving sits below verifying in the import graph).

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
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import Any, Protocol

import anyio

from ._constants import (
    LOGGER_NAME,
    WEBHOOK_DEDUP_MAX_ENTRIES,
    WEBHOOK_DEDUP_SWEEP,
    WEBHOOK_DEDUP_TTL_SECONDS,
)

__all__ = [
    "ASGIApp",
    "BodyRejected",
    "InMemoryDeduplicator",
    "WebhookDeduplicator",
    "WebhookEndpoint",
    "read_body",
]

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

    Each ``claim`` does a bounded amount of work however full the store is: one lookup, one
    insert, at most one eviction and at most ``WEBHOOK_DEDUP_SWEEP`` expired claims swept from
    the front (the rest go on later claims; an expired claim that has not been swept yet is
    already treated as absent). ``len()`` counts the claims held, swept or not.

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
        # An OrderedDict, not a dict: a dict leaves a hole at the front for every entry
        # popped there, and finding its first live entry walks all of them (a full store
        # spent up to 200 ms per claim); the OrderedDict's linked list reaches it in one step.
        self._claims: OrderedDict[str, float] = OrderedDict()

    def __len__(self) -> int:
        return len(self._claims)

    def __repr__(self) -> str:
        return f"InMemoryDeduplicator(ttl={self._ttl}, claims={len(self._claims)})"

    async def claim(self, event_id: str) -> bool:
        """True the first time ``event_id`` is seen within ``ttl``; False for a duplicate."""
        # No await between the check and the insert, so no lock is needed: under cooperative
        # scheduling (asyncio or trio) two concurrent claims cannot interleave here.
        now = self._clock()
        claims = self._claims
        self._sweep(now)
        expiry = claims.get(event_id)
        if expiry is not None:
            if expiry > now:
                return False
            del claims[event_id]  # expired but not swept yet: a new claim, at the back
        claims[event_id] = now + self._ttl
        if len(claims) > self._max:
            claims.popitem(last=False)
        return True

    async def release(self, event_id: str) -> None:
        """Forget ``event_id`` (its handler failed), so Didit's retry runs it again."""
        self._claims.pop(event_id, None)

    def _sweep(self, now: float) -> None:
        # Bounded per call, so a claim after a quiet day does not expire the whole store at
        # once; each claim adds one entry and sweeps several, so the sweep keeps ahead.
        claims = self._claims
        for _ in range(WEBHOOK_DEDUP_SWEEP):
            if not claims or claims[next(iter(claims))] > now:
                return
            claims.popitem(last=False)


# --- the endpoint ------------------------------------------------------------------------------

# The ASGI types as Starlette spells them, so the endpoint type-checks where Starlette and
# FastAPI expect an ASGI app (Mount, add_route, middleware).
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
Handler = Callable[[Any], Awaitable[Any]]
# (body, lower-cased headers) -> the verified event; raises the verifier's error, which has a
# ``reason``. Given by ``webhooks.webhook_endpoint`` with the secrets and options bound.
Verifier = Callable[[bytes, Mapping[str, str]], Any]

# Verification failures can never succeed on a retry, so none of them is a 5xx.
_STATUS_FOR_REASON: dict[str, int] = {
    "body_too_large": 413,
    "invalid_json": 400,
    "not_an_object": 400,
    "timestamp_mismatch": 400,
}  # everything else (headers, timestamps, signatures): 401


class WebhookEndpoint:
    """The ASGI app behind :func:`didit_async.webhooks.webhook_endpoint` (build it there)."""

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
        self._verify = verify
        self._rejected = rejected
        self._dedup = deduplicator
        self._max = max_body_bytes
        self._body_timeout = body_timeout

    def __repr__(self) -> str:  # never the secrets
        return f"webhook_endpoint({getattr(self._handler, '__qualname__', self._handler)!r})"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return  # lifespan and websocket: nothing to do (the enclosing app handles lifespan)
        if scope.get("method") != "POST":
            await _respond(send, 405, "method not allowed", [(b"allow", b"POST")])
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        try:
            body = await read_body(
                receive, headers, max_bytes=self._max, time_limit=self._body_timeout
            )
        except BodyRejected as exc:
            _logger.info("webhook rejected: %s", exc.detail)
            await _respond(send, exc.status, exc.detail, [(b"connection", b"close")])
            return
        try:
            event = self._verify(body, headers)
        except self._rejected as exc:
            reason = str(getattr(exc, "reason", "rejected"))
            _logger.info("webhook rejected: %s", reason)
            await _respond(send, _STATUS_FOR_REASON.get(reason, 401), reason)
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


async def _respond(
    send: Send, status: int, detail: str, extra: list[tuple[bytes, bytes]] | None = None
) -> None:
    body = json.dumps({"detail": detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
    await send(
        {"type": "http.response.start", "status": status, "headers": headers + (extra or [])}
    )
    await send({"type": "http.response.body", "body": body})

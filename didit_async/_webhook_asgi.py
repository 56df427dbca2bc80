"""Receiving Didit webhooks: the deduplicator and a raw ASGI endpoint (no Starlette import).

Public through :mod:`didit_async.webhooks`, which builds the endpoint with its verifier: this
module never imports ``webhooks`` (receiving sits below verifying in the import graph).

Delivery semantics, end to end. Didit delivers *at least once*: it re-sends the same body
(the same ``event_id``) on retries (after a 5xx, a 404 or a timeout; twice, 1 and then 4 more
minutes later) and to every destination. The endpoint turns that into *one successful handler
run per event* without ever telling Didit to stop before the outcome is known:

* before the handler runs, the event is claimed (atomically) with a short *lease*
  (``lease``, 45 s by default); the handler's success turns the lease into a *done* marker
  kept for ``ttl`` (a day by default, far longer than Didit retries);
* a delivery of a *done* event answers 200 ``duplicate`` without running the handler;
* a delivery that finds the event *leased* (its handler is running elsewhere) answers 503
  ``in progress`` with ``Retry-After``: Didit retries 5xx, so if the first run then fails or
  its worker is killed (OOM, SIGKILL, a deploy), a later retry finds the lease released or
  expired and runs the handler. A 2xx here would have lost the event;
* a handler that fails (or is cancelled) gives its lease back and answers 500, so Didit's
  retry runs it again: handlers must tolerate a re-run after a failure part-way through (make
  their writes idempotent, e.g. keyed on ``event_id``), since true exactly-once needs the
  handler's own writes and the claim in one transaction.

Each lease carries a token: completing or releasing acts only on the caller's own lease, so a
worker whose lease expired while its handler overran, and was re-taken by another, cannot
clobber the new owner's claim. A lease is shorter than Didit's retry interval (60 s; leases
of 60 s or more are refused): a worker killed mid-handler, or a handler still running after
Didit gave up on its delivery, holds its event back until the *next* retry at most, which runs
it. Keep handlers well under the lease (Didit waits 5 s; hand long work to a queue).
"""

from __future__ import annotations

import itertools
import json
import logging
import math
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import Any, Literal, Protocol, TypeGuard

import anyio
import attrs

from ._constants import (
    LOGGER_NAME,
    WEBHOOK_DEDUP_LEASE_SECONDS,
    WEBHOOK_DEDUP_MAX_ENTRIES,
    WEBHOOK_DEDUP_MAX_LEASE_SECONDS,
    WEBHOOK_DEDUP_SWEEP,
    WEBHOOK_DEDUP_TTL_SECONDS,
)

__all__ = [
    "ASGIApp",
    "BodyRejected",
    "Claim",
    "InMemoryDeduplicator",
    "LeasingDeduplicator",
    "WebhookDeduplicator",
    "WebhookEndpoint",
    "check_lease",
    "read_body",
]

_logger = logging.getLogger(LOGGER_NAME)


@attrs.frozen
class Claim:
    """What claiming an event found: yours to run (a lease), already done, or in progress.

    Build one with :meth:`leased`, :meth:`done` or :meth:`in_progress`. True only when the
    claim is yours (``if await dedup.claim(event_id):`` keeps its meaning from when ``claim``
    returned a bool).

    >>> Claim.leased("t1"), bool(Claim.done()), Claim.in_progress(42.5).retry_after
    (Claim(state='leased', token='t1', retry_after=0.0), False, 42.5)
    """

    state: Literal["leased", "done", "in_progress"]
    token: str = ""
    """``leased``: pass it to ``complete`` or ``release`` (they act only on your own lease)."""
    retry_after: float = 0.0
    """``in_progress``: seconds until the holder's lease ends."""

    @classmethod
    def leased(cls, token: str) -> Claim:
        """The event is yours: run the handler, then ``complete`` or ``release`` with ``token``."""
        return cls("leased", token)

    @classmethod
    def done(cls) -> Claim:
        """The event was handled already: a duplicate delivery."""
        return _DONE

    @classmethod
    def in_progress(cls, retry_after: float) -> Claim:
        """Another holder's lease runs ``retry_after`` more seconds: its outcome is unknown."""
        return cls("in_progress", retry_after=retry_after)

    def __bool__(self) -> bool:
        return self.state == "leased"


_DONE = Claim("done")


class WebhookDeduplicator(Protocol):
    """Answers "is this the first time I see this event?", atomically.

    The minimal shape, what the endpoint needs at least: ``claim`` returns True exactly once
    per ``event_id`` while the claim lives, even for concurrent calls (False: answer 200
    ``duplicate``); ``release`` gives a claim back (the handler failed) so that Didit's retry
    runs the handler again. A store implementing only these two keeps working, with their
    limits: a delivery arriving while the handler still runs is answered ``duplicate``, and a
    worker killed mid-handler loses the event for as long as its claim lives.

    The leasing shape (:class:`LeasingDeduplicator`, what :class:`InMemoryDeduplicator` and
    :class:`~didit_async.redis.RedisWebhookDeduplicator` implement) closes both gaps:
    ``claim`` returns a :class:`Claim`, short-lived while the handler runs; the endpoint calls
    ``complete(event_id, token)`` after the handler succeeded (keep the event as done for the
    TTL) and ``release(event_id, token)`` after it failed, each acting only on the caller's own
    lease. A delivery finding a live lease answers 503 ``in progress``, which Didit retries.
    On a store with atomic compare-and-set, e.g. a dict under one event loop:

    >>> import anyio, itertools, time
    >>> class Leases:
    ...     def __init__(self, lease=120.0, ttl=86400.0):
    ...         self.lease, self.ttl, self.held, self.ids = lease, ttl, {}, itertools.count()
    ...     async def claim(self, event_id):
    ...         now = time.monotonic()
    ...         state, token, until = self.held.get(event_id, ("", "", now))
    ...         if until > now:  # done, or someone's live lease
    ...             return Claim.done() if state == "done" else Claim.in_progress(until - now)
    ...         token = str(next(self.ids))
    ...         self.held[event_id] = ("leased", token, now + self.lease)
    ...         return Claim.leased(token)
    ...     async def complete(self, event_id, token):
    ...         now = time.monotonic()
    ...         state, held, until = self.held.get(event_id, ("", "", now))
    ...         if until > now and held != token:
    ...             return False  # not ours any more: another delivery re-took it
    ...         self.held[event_id] = ("done", "", now + self.ttl)
    ...         return True
    ...     async def release(self, event_id, token=None):
    ...         if token is None or self.held.get(event_id, ("", ""))[1] == token:
    ...             self.held.pop(event_id, None)
    >>> async def deliveries():
    ...     d = Leases()
    ...     first = await d.claim("evt-1")
    ...     during = await d.claim("evt-1")  # the handler is still running
    ...     await d.complete("evt-1", first.token)
    ...     return first.state, during.state, (await d.claim("evt-1")).state
    >>> anyio.run(deliveries)
    ('leased', 'in_progress', 'done')

    In Redis: ``SET key token NX PX lease`` to claim, and two small Lua scripts that turn the
    value into ``done`` (``PX ttl``) or delete it only when it still equals ``token``
    (see ``didit_async/redis.py``).
    """

    async def claim(self, event_id: str) -> bool | Claim:
        """Record ``event_id``; True (or a leased :class:`Claim`) if the handler should run."""
        ...

    async def release(self, event_id: str) -> None:
        """Forget ``event_id`` so the next delivery of it is treated as new."""
        ...


class LeasingDeduplicator(WebhookDeduplicator, Protocol):
    """A :class:`WebhookDeduplicator` whose claims are leases, completed on success.

    ``claim`` answers with a :class:`Claim`. ``complete(event_id, token)`` turns the caller's
    own lease (or an expired lease nobody re-took) into a done marker kept for the TTL, and
    returns False, changing nothing, when another holder has the event now.
    ``release(event_id, token)`` deletes the lease only if it is still the caller's;
    ``release(event_id)`` without a token forgets the event whoever holds it.
    """

    async def claim(self, event_id: str) -> Claim:
        """A lease with a fresh token, else :meth:`Claim.done` or :meth:`Claim.in_progress`."""
        ...

    async def complete(self, event_id: str, token: str) -> bool:
        """The handler succeeded: keep the event as done; False if the lease was not ours."""
        ...

    async def release(self, event_id: str, token: str | None = None) -> None:
        """The handler failed: delete the lease if ``token`` still holds it (any, if None)."""
        ...


def check_lease(lease: float) -> None:
    """Refuse a lease that is not positive or not shorter than Didit's retry interval.

    Didit retries 60 s after a failed attempt (then 4 minutes later, then never): a lease of
    60 s or more would answer that retry ``in progress`` when the holder died or overran, and
    the event would then hang on Didit's last retry alone.
    """
    if not 0 < lease < WEBHOOK_DEDUP_MAX_LEASE_SECONDS:
        raise ValueError(
            f"lease must be positive and under {WEBHOOK_DEDUP_MAX_LEASE_SECONDS:.0f} s (Didit "
            f"retries {WEBHOOK_DEDUP_MAX_LEASE_SECONDS:.0f} s after a failed delivery; a longer "
            "lease held by a dead worker would refuse that retry), got "
            f"{lease!r}"
        )


def _leasing(dedup: WebhookDeduplicator) -> TypeGuard[LeasingDeduplicator]:
    return callable(getattr(dedup, "complete", None))


class InMemoryDeduplicator:
    """A per-process leasing deduplicator: leases end after ``lease`` seconds, done markers
    after ``ttl``; memory is bounded.

    A claim is a lease of ``lease`` seconds (45 by default, at most ``ttl``, under 60: see
    :func:`check_lease`) until
    ``complete`` turns it into a done marker kept ``ttl`` seconds (a day). At most
    ``max_entries`` claims are kept, leases and done markers together; past that the oldest done
    marker (else the oldest lease) is forgotten early (its event could then run twice, which
    handlers must tolerate anyway). ``clock`` is for tests.

    Each call does a bounded amount of work however full the store is: one lookup, one insert,
    at most one eviction and, on ``claim``, at most ``WEBHOOK_DEDUP_SWEEP`` expired leases and
    as many expired done markers swept from the fronts (the rest go on later claims; an expired
    entry that has not been swept yet is already treated as absent). ``len()`` counts the
    entries held, swept or not.

    >>> import anyio
    >>> dedup = InMemoryDeduplicator(ttl=3600)
    >>> first = anyio.run(dedup.claim, "evt-1")
    >>> first.state, anyio.run(dedup.claim, "evt-1").state  # its handler is running
    ('leased', 'in_progress')
    >>> anyio.run(dedup.complete, "evt-1", first.token), anyio.run(dedup.claim, "evt-1").state
    (True, 'done')
    """

    def __init__(
        self,
        *,
        ttl: float = WEBHOOK_DEDUP_TTL_SECONDS,
        lease: float = WEBHOOK_DEDUP_LEASE_SECONDS,
        max_entries: int = WEBHOOK_DEDUP_MAX_ENTRIES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if ttl <= 0 or max_entries < 1:
            raise ValueError("ttl must be positive and max_entries at least 1")
        check_lease(lease)
        self._ttl = ttl
        self._lease = min(lease, ttl)  # a claim never outlives the TTL it was configured with
        self._max = max_entries
        self._clock = clock
        # Two stores, each with one fixed lifetime on a monotonic clock, so that in each the
        # insertion order is the expiry order (a re-claim or a completion re-inserts at the
        # back) and expiring is popping from the front. OrderedDicts, not dicts: a dict leaves
        # a hole at the front for every entry popped there, and finding its first live entry
        # walks all of them (a full store spent up to 200 ms per claim); the OrderedDict's
        # linked list reaches it in one step.
        self._leases: OrderedDict[str, tuple[float, str]] = OrderedDict()  # id -> expiry, token
        self._done: OrderedDict[str, float] = OrderedDict()  # id -> expiry
        self._tokens = itertools.count(1)

    def __len__(self) -> int:
        return len(self._leases) + len(self._done)

    def __repr__(self) -> str:
        return (
            f"InMemoryDeduplicator(ttl={self._ttl}, lease={self._lease}, "
            f"leases={len(self._leases)}, done={len(self._done)})"
        )

    async def claim(self, event_id: str) -> Claim:
        """A lease on ``event_id`` if nobody holds it; else :meth:`Claim.done` or in progress."""
        # No await between the checks and the insert, so no lock is needed: under cooperative
        # scheduling (asyncio or trio) two concurrent claims cannot interleave here.
        now = self._clock()
        self._sweep(now)
        expiry = self._done.get(event_id)
        if expiry is not None:
            if expiry > now:
                return _DONE
            del self._done[event_id]  # expired but not swept yet
        held = self._leases.get(event_id)
        if held is not None:
            if held[0] > now:
                return Claim.in_progress(held[0] - now)
            del self._leases[event_id]  # expired (its holder died or overran): re-taken below
        token = str(next(self._tokens))
        self._leases[event_id] = (now + self._lease, token)
        self._evict()
        return Claim("leased", token)

    async def complete(self, event_id: str, token: str) -> bool:
        """Keep ``event_id`` as done for ``ttl``; False, changing nothing, if not ours now."""
        now = self._clock()
        held = self._leases.get(event_id)
        if held is not None:
            if held[0] > now and held[1] != token:
                return False  # another delivery's live lease
            del self._leases[event_id]
        else:
            expiry = self._done.get(event_id)
            if expiry is not None:
                if expiry > now:
                    return False  # another delivery re-took our expired lease and completed
                del self._done[event_id]
        self._done[event_id] = now + self._ttl
        self._evict()
        return True

    async def release(self, event_id: str, token: str | None = None) -> None:
        """Delete the lease if ``token`` still holds it, so Didit's retry runs the handler.

        Without a token, forget ``event_id`` altogether, whoever holds it.
        """
        held = self._leases.get(event_id)
        if held is not None and (token is None or held[1] == token):
            del self._leases[event_id]
        if token is None:
            self._done.pop(event_id, None)

    def _evict(self) -> None:
        # Called after each insert, which adds one entry at most: one eviction keeps the bound.
        if len(self._leases) + len(self._done) > self._max:
            if self._done:
                self._done.popitem(last=False)
            else:
                self._leases.popitem(last=False)

    def _sweep(self, now: float) -> None:
        # Bounded per call, so a claim after a quiet day does not expire the whole store at
        # once; each claim adds one entry and sweeps several, so the sweep keeps ahead.
        leases, done = self._leases, self._done
        for _ in range(WEBHOOK_DEDUP_SWEEP):
            if not leases or leases[next(iter(leases))][0] > now:
                break
            leases.popitem(last=False)
        for _ in range(WEBHOOK_DEDUP_SWEEP):
            if not done or done[next(iter(done))] > now:
                return
            done.popitem(last=False)


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
        # A store with only claim/release (the original protocol) is never asked to complete;
        # a Claim from a store without ``complete`` is run like a True.
        self._leases = deduplicator if _leasing(deduplicator) else None
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
        # event_id, or without one a digest of what the signature covers: never X-Timestamp
        # alone, which anyone re-posting a captured delivery can change.
        key = event.dedup_key
        dedup = self._dedup
        try:
            claim = await dedup.claim(key)
        except Exception:
            # The store is down: this delivery can succeed later, so ask Didit to retry.
            _logger.exception("webhook deduplicator failed for event %s", event.event_id)
            await _respond(send, 503, "deduplicator unavailable")
            return
        token: str | None = None
        if isinstance(claim, Claim):
            if claim.state == "in_progress":
                # Not a 2xx: the running handler may still fail or die, and Didit stops
                # retrying on a 2xx. Didit retries 5xx (a 409 is not documented as retried).
                wait = b"%d" % max(1, math.ceil(claim.retry_after))
                await _respond(send, 503, "in progress", [(b"retry-after", wait)])
                return
            token = claim.token if claim.state == "leased" else None
        if not claim:
            await _respond(send, 200, "duplicate")
            return
        leases = self._leases
        try:
            await self._handler(event)
        except BaseException as exc:
            # Retryable: give the claim back so Didit's next attempt runs the handler again.
            # Shielded, so a cancellation (client gone, server shutting down) still releases.
            with anyio.CancelScope(shield=True):
                try:
                    if leases is not None and token is not None:
                        await leases.release(key, token)
                    else:
                        await dedup.release(key)
                except Exception:
                    # A lease ends on its own; an old-style claim may block retries until its
                    # TTL. Either way the answer stays "failed, retry".
                    _logger.exception("webhook deduplicator could not release event %s", key)
            if not isinstance(exc, Exception):
                raise
            _logger.exception("webhook handler failed for event %s", event.event_id)
            await _respond(send, 500, "handler failed")
            return
        if leases is not None and token is not None:
            await self._complete(leases, key, token)
        await _respond(send, 200, "ok")

    @staticmethod
    async def _complete(dedup: LeasingDeduplicator, key: str, token: str) -> None:
        # The handler succeeded, so the answer is 200 whatever happens here: a 5xx would make
        # Didit's retry run it a second time. Shielded like release: a cancelled request must
        # not leave a finished event leased.
        with anyio.CancelScope(shield=True):
            try:
                mine = await dedup.complete(key, token)
            except Exception:
                _logger.exception(
                    "webhook deduplicator could not mark event %s done: a retry after its "
                    "lease ends would run the handler again",
                    key,
                )
                return
        if not mine:
            _logger.warning(
                "webhook event %s: the handler outlived its lease and another delivery took "
                "the event over (raise the deduplicator's lease above the slowest handler)",
                key,
            )


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

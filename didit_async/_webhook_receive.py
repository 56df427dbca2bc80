"""Receiving one delivery, whatever serves it: verify, claim, run the handler, answer.

Shared by the ASGI endpoint (``_webhook_asgi.py``) and the WSGI receiver (``_webhook_wsgi.py``),
so that both give every delivery the same answer. The steps are written once, as a coroutine
(:meth:`Receiving.answer`) that awaits nothing but its :class:`Runner`: the ASGI endpoint
awaits the deduplicator and the handler on its own event loop; the WSGI receiver's runner does
each step in blocking calls, so that coroutine finishes without ever suspending and is run to
its end on the request's thread with no event loop (:func:`run_inline`). The handler of a
blocking framework thus runs on the request's own thread, outside any event loop, as Django's
ORM requires.

Public through :mod:`didit_async.webhooks` (:class:`WebhookAnswer`); the verifier is passed in,
so this module never imports ``webhooks``.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Awaitable, Callable, Coroutine, Mapping, MutableMapping
from typing import Any, Protocol, TypeVar

import anyio
import attrs

from ._constants import LOGGER_NAME
from ._webhook_dedup import Claim, LeasingDeduplicator, WebhookDeduplicator, is_leasing

__all__ = [
    "METHOD_NOT_ALLOWED",
    "AsyncRunner",
    "Receiving",
    "Runner",
    "Verifier",
    "WebhookAnswer",
    "run_inline",
]

T = TypeVar("T")
_logger = logging.getLogger(LOGGER_NAME)

# (body, headers) -> the verified event; raises the verifier's error, which has a ``reason``.
# Given by ``webhooks.webhook_endpoint`` / ``webhook_receiver`` with the secrets bound.
Verifier = Callable[[bytes, Mapping[str, str]], Any]

# Verification failures can never succeed on a retry, so none of them is a 5xx.
_STATUS_FOR_REASON: dict[str, int] = {
    "body_too_large": 413,
    "invalid_json": 400,
    "not_an_object": 400,
}  # everything else (headers, timestamps, signatures): 401

_JSON = {"Content-Type": "application/json"}


@attrs.frozen
class WebhookAnswer:
    """What to answer Didit for one delivery: ``status``, a JSON body, ``headers``.

    The body is ``{"detail": detail}`` (``ok``, ``duplicate``, ``in progress``, a verification
    ``reason``, ...). In Django: ``HttpResponse(answer.body, status=answer.status,
    headers=answer.headers)``; in Flask: ``Response(answer.body, answer.status,
    answer.headers)``. It is also an ASGI app that sends itself, as Starlette's responses are.

    >>> answer = WebhookAnswer(200, "duplicate")
    >>> answer.status, answer.body, dict(answer.headers)
    (200, b'{"detail": "duplicate"}', {'Content-Type': 'application/json'})
    """

    status: int
    detail: str
    headers: Mapping[str, str] = attrs.field(factory=lambda: dict(_JSON))
    """``Content-Type`` and, when the answer needs them, ``Retry-After`` or ``Allow``."""

    @property
    def body(self) -> bytes:
        """The JSON body, ``{"detail": ...}``."""
        return json.dumps({"detail": self.detail}).encode()

    async def __call__(
        self,
        scope: MutableMapping[str, Any],
        receive: Callable[[], Awaitable[MutableMapping[str, Any]]],
        send: Callable[[MutableMapping[str, Any]], Awaitable[None]],
    ) -> None:
        """Send this answer as an ASGI HTTP response."""
        body = self.body
        headers = [
            (k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in self.headers.items()
        ]
        headers.append((b"content-length", b"%d" % len(body)))
        await send({"type": "http.response.start", "status": self.status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


METHOD_NOT_ALLOWED = WebhookAnswer(405, "method not allowed", {**_JSON, "Allow": "POST"})


def _answer(status: int, detail: str, **extra: str) -> WebhookAnswer:
    return WebhookAnswer(status, detail, {**_JSON, **extra} if extra else dict(_JSON))


class Runner(Protocol):
    """How a receiver runs the deduplicator's calls and the handler."""

    async def call(self, step: Callable[[], Awaitable[T]]) -> T:
        """Await ``step()``, a deduplicator call."""
        ...

    async def finish(self, step: Callable[[], Awaitable[T]]) -> T:
        """Await ``step()`` to its end even if the request is being cancelled."""
        ...

    async def handle(self, event: Any) -> None:
        """Run the user's handler on ``event``."""
        ...


class AsyncRunner:
    """The ASGI endpoint's runner: everything awaited on the server's event loop."""

    def __init__(self, handler: Callable[[Any], Awaitable[Any]]) -> None:
        self._handler = handler

    async def call(self, step: Callable[[], Awaitable[T]]) -> T:
        return await step()

    async def finish(self, step: Callable[[], Awaitable[T]]) -> T:
        # Shielded: a cancelled request (client gone, server shutting down) must still release
        # its claim, or mark a handled event done.
        with anyio.CancelScope(shield=True):
            result = await step()
        return result  # noqa: RET504 (outside the scope: mypy sees its exit swallow errors)

    async def handle(self, event: Any) -> None:
        await self._handler(event)


def run_inline(coro: Coroutine[Any, Any, T]) -> T:
    """Run ``coro``, which must never suspend, to its end on this thread, without a loop.

    The WSGI receiver's steps block instead of awaiting, so :meth:`Receiving.answer` finishes in
    one ``send``. A coroutine that does suspend is closed and refused.
    """
    try:
        coro.send(None)
    except StopIteration as done:
        result: T = done.value
        return result
    coro.close()
    raise RuntimeError("a blocking webhook step awaited an event loop")


class Receiving:
    """The steps both receivers share, given the verifier and the deduplicator."""

    def __init__(
        self, verify: Verifier, rejected: type[Exception], deduplicator: WebhookDeduplicator
    ) -> None:
        self._verify = verify
        self._rejected = rejected
        self._dedup = deduplicator
        # A store with only claim/release (the original protocol) is never asked to complete;
        # a Claim from a store without ``complete`` is run like a True.
        self._leases = deduplicator if is_leasing(deduplicator) else None

    async def answer(self, body: bytes, headers: Mapping[str, str], run: Runner) -> WebhookAnswer:
        """Verify the delivery, claim its event, run the handler and say what to answer."""
        try:
            event = self._verify(body, headers)
        except self._rejected as exc:
            reason = str(getattr(exc, "reason", "rejected"))
            _logger.info("webhook rejected: %s", reason)
            return _answer(_STATUS_FOR_REASON.get(reason, 401), reason)
        # event_id, or without one a digest of what the signature covers: never X-Timestamp
        # alone, which anyone re-posting a captured delivery can change.
        key: str = event.dedup_key
        dedup = self._dedup
        try:
            claim = await run.call(lambda: dedup.claim(key))
        except Exception:
            # The store is down: this delivery can succeed later, so ask Didit to retry.
            _logger.exception("webhook deduplicator failed for event %s", event.event_id)
            return _answer(503, "deduplicator unavailable")
        token: str | None = None
        if isinstance(claim, Claim):
            if claim.state == "in_progress":
                # Not a 2xx: the running handler may still fail or die, and Didit stops
                # retrying on a 2xx. Didit retries 5xx (a 409 is not documented as retried).
                wait = str(max(1, math.ceil(claim.retry_after)))
                return _answer(503, "in progress", **{"Retry-After": wait})
            token = claim.token if claim.state == "leased" else None
        if not claim:
            return _answer(200, "duplicate")
        leases = self._leases
        try:
            await run.handle(event)
        except BaseException as exc:
            # Retryable: give the claim back so Didit's next attempt runs the handler again.
            try:
                if leases is not None and token is not None:
                    await run.finish(lambda: leases.release(key, token))
                else:
                    await run.finish(lambda: dedup.release(key))
            except Exception:
                # A lease ends on its own; an old-style claim may block retries until its
                # TTL. Either way the answer stays "failed, retry".
                _logger.exception("webhook deduplicator could not release event %s", key)
            if not isinstance(exc, Exception):
                raise
            _logger.exception("webhook handler failed for event %s", event.event_id)
            return _answer(500, "handler failed")
        if leases is not None and token is not None:
            await _complete(run, leases, key, token)
        return _answer(200, "ok")


async def _complete(run: Runner, dedup: LeasingDeduplicator, key: str, token: str) -> None:
    # The handler succeeded, so the answer is 200 whatever happens here: a 5xx would make
    # Didit's retry run it a second time.
    try:
        mine = await run.finish(lambda: dedup.complete(key, token))
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

"""Verify, sign, parse and deduplicate Didit webhook deliveries.

Two verbs and one error, like the Standard Webhooks library:

>>> from didit_async import webhooks
>>> body = (b'{"session_id":"s1","status":"Approved","timestamp":1700000000,'
...         b'"webhook_type":"status.updated"}')
>>> headers = webhooks.sign(body, "whsec_test", timestamp=1700000000)
>>> event = webhooks.verify(body, headers, "whsec_test", now=1700000010)
>>> event.type, event.session_id, event.status
('status.updated', 's1', 'Approved')

How a delivery is checked (``verify``):

1. The body size is capped before anything else is read.
2. ``X-Timestamp`` must be within ``tolerance`` seconds of now, in both directions, before any
   HMAC is computed (a replayed delivery costs one integer comparison).
3. The body must be a JSON object with no ``NaN``/``Infinity``; its own ``timestamp``, when
   present, must equal ``X-Timestamp``.
4. Signatures are tried in order of strength, each with every secret given (``[new, old]``
   during a rotation) and against the ``-Previous`` headers too: ``X-Signature-V2`` (HMAC-SHA256
   of the canonical JSON, survives re-encoding by middleware), then ``X-Signature`` (HMAC of the
   raw bytes), then, only with ``allow_simple=True``, the deprecated ``X-Signature-Simple``, which
   covers the envelope only (the returned event says so: fetch the decision with
   ``client.sessions.retrieve_decision``). Comparisons are constant-time.

What V2 guarantees, precisely: a delivery verifies under V2 exactly when its *canonical* content
is what was signed. Re-indenting the body, reordering keys or escaping Unicode differently keeps
it valid (that is the point of V2); changing any value, key or the timestamp does not.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, Literal, Protocol

import attrs

from ._constants import (
    LOGGER_NAME,
    WEBHOOK_DEDUP_MAX_ENTRIES,
    WEBHOOK_DEDUP_TTL_SECONDS,
    WEBHOOK_MAX_BODY_BYTES,
    WEBHOOK_TOLERANCE_SECONDS,
)
from ._errors import DiditError

_logger = logging.getLogger(LOGGER_NAME)

__all__ = [
    "InMemoryDeduplicator",
    "WebhookDeduplicator",
    "WebhookEvent",
    "WebhookVerificationError",
    "canonical_json",
    "sign",
    "verify",
    "webhook_endpoint",
]

Reason = Literal[
    "missing_headers",
    "invalid_timestamp",
    "stale_timestamp",
    "future_timestamp",
    "timestamp_mismatch",
    "body_too_large",
    "invalid_json",
    "not_an_object",
    "bad_signature",
]


class WebhookVerificationError(DiditError):
    """The delivery is not a valid, fresh Didit webhook. ``reason`` says why (machine-readable).

    The message never contains a secret or a signature.
    """

    def __init__(self, reason: Reason, message: str) -> None:
        super().__init__(message)
        self.reason: Reason = reason


def _shorten_floats(value: Any) -> Any:
    # Didit's canonical form writes whole-valued floats as ints (2.0 -> 2), as JavaScript would.
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, dict):
        return {k: _shorten_floats(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shorten_floats(v) for v in value]
    return value


def canonical_json(value: Any) -> str:
    """Didit's V2 canonical form: whole floats as ints, keys sorted, compact, Unicode kept.

    >>> canonical_json({"b": 2.0, "a": ["é", 1.5]})
    '{"a":["é",1.5],"b":2}'
    """
    return _CANONICAL.encode(_shorten_floats(value))


# Built once: json.dumps/json.loads with non-default options construct a new encoder or decoder
# on every call, which is most of the cost for small bodies.
_CANONICAL = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)


def _hmac(secret: str, message: bytes) -> str:
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def _simple_message(timestamp: int | str, payload: Mapping[str, Any]) -> bytes:
    return (
        f"{timestamp}:{payload.get('session_id', '')}:{payload.get('status', '')}:"
        f"{payload.get('webhook_type', '')}"
    ).encode()


def sign(
    body: bytes | str,
    secret: str,
    *,
    timestamp: int | None = None,
    previous_secret: str | None = None,
) -> dict[str, str]:
    """The headers Didit would send with ``body``: ``X-Timestamp`` and all three signatures.

    With ``previous_secret`` (a rotation in progress) the ``-Previous`` variants are added, signed
    with it. Use it in tests and in the local sandbox; the body must be the exact bytes sent.
    """
    raw = body.encode("utf-8") if isinstance(body, str) else body
    ts = int(time.time()) if timestamp is None else int(timestamp)
    payload = json.loads(raw)
    canonical = canonical_json(payload).encode("utf-8")
    simple = _simple_message(ts, payload if isinstance(payload, dict) else {})
    headers = {"X-Timestamp": str(ts)}
    for suffix, key in (("", secret), ("-Previous", previous_secret)):
        if key is None:
            continue
        headers[f"X-Signature{suffix}"] = _hmac(key, raw)
        headers[f"X-Signature-V2{suffix}"] = _hmac(key, canonical)
        headers[f"X-Signature-Simple{suffix}"] = _hmac(key, simple)
    return headers


@attrs.frozen(slots=False)
class WebhookEvent:
    """A verified delivery.

    ``type`` is the ``webhook_type`` (``status.updated``, ``data.updated``,
    ``user.status.updated``, ...; unknown types parse too). ``decision`` is the typed
    :class:`~didit_async.models.SessionDecision` when the payload carries one. ``raw`` is the
    whole payload. ``scheme`` is the signature that matched (``v2``, ``raw`` or ``simple``);
    ``envelope_only`` is True for ``simple``: then only ``session_id``, ``status`` and
    ``webhook_type`` are authenticated, and the decision must be fetched with
    ``client.sessions.retrieve_decision``.
    """

    type: str | None
    event_id: str | None
    session_id: str | None
    status: str | None
    vendor_data: str | None
    timestamp: int
    raw: dict[str, Any] = attrs.field(repr=False)
    scheme: Literal["v2", "raw", "simple"]
    used_previous_secret: bool = False

    @functools.cached_property
    def decision(self) -> Any:
        """The typed ``SessionDecision`` (decoded on first access), or None.

        None as well for the Simple scheme, whose signature does not cover the decision.
        """
        raw_decision = self.raw.get("decision")
        if not isinstance(raw_decision, dict) or self.scheme == "simple":
            return None
        from .models import SessionDecision, decode

        return decode(SessionDecision, raw_decision)

    @property
    def envelope_only(self) -> bool:
        """True when only the envelope (not the body) was authenticated."""
        return self.scheme == "simple"


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def _lower(headers: Mapping[str, str]) -> dict[str, str]:
    return {k.lower(): v for k, v in headers.items()}


def verify(
    body: bytes,
    headers: Mapping[str, str],
    secrets: str | Sequence[str],
    *,
    tolerance: int = WEBHOOK_TOLERANCE_SECONDS,
    now: float | None = None,
    allow_simple: bool = False,
    max_body_bytes: int = WEBHOOK_MAX_BODY_BYTES,
) -> WebhookEvent:
    """Check a delivery and return the parsed event; raise :class:`WebhookVerificationError`.

    ``body`` is the raw request body (``await request.body()``), ``headers`` the request headers
    (any case), ``secrets`` one secret or several (``[new, old]`` during a rotation).
    """
    keys = [secrets] if isinstance(secrets, str) else [s for s in secrets if s]
    if not keys:
        raise ValueError("verify needs at least one webhook secret")
    if len(body) > max_body_bytes:
        raise WebhookVerificationError(
            "body_too_large", f"body is {len(body)} bytes, over the {max_body_bytes}-byte cap"
        )
    h = _lower(headers)
    stamp = h.get("x-timestamp")
    if stamp is None or not any(k in h for k in _SIGNATURE_HEADERS):
        raise WebhookVerificationError(
            "missing_headers", "X-Timestamp and an X-Signature header are required"
        )
    try:
        ts = int(stamp.strip())
    except ValueError:
        raise WebhookVerificationError(
            "invalid_timestamp", "X-Timestamp is not Unix seconds"
        ) from None
    current = time.time() if now is None else now
    if ts < current - tolerance:
        raise WebhookVerificationError(
            "stale_timestamp", f"delivery is {current - ts:.0f} s old (tolerance {tolerance} s)"
        )
    if ts > current + tolerance:
        raise WebhookVerificationError(
            "future_timestamp", f"delivery is {ts - current:.0f} s in the future"
        )
    try:
        payload = _DECODER.decode(body.decode("utf-8"))
    except ValueError:
        raise WebhookVerificationError("invalid_json", "body is not valid JSON") from None
    if not isinstance(payload, dict):
        raise WebhookVerificationError("not_an_object", "body is not a JSON object")
    body_ts = payload.get("timestamp")
    if isinstance(body_ts, (int, float)) and not isinstance(body_ts, bool) and body_ts != ts:
        raise WebhookVerificationError(
            "timestamp_mismatch", "the body's timestamp differs from X-Timestamp"
        )
    scheme, previous = _match(body, payload, h, keys, stamp.strip(), allow_simple)
    return _event(payload, ts, scheme, previous)


_SIGNATURE_HEADERS = (
    "x-signature-v2",
    "x-signature",
    "x-signature-simple",
    "x-signature-v2-previous",
    "x-signature-previous",
    "x-signature-simple-previous",
)


def _match(
    body: bytes,
    payload: dict[str, Any],
    h: Mapping[str, str],
    keys: Sequence[str],
    stamp: str,
    allow_simple: bool,
) -> tuple[Literal["v2", "raw", "simple"], bool]:
    schemes: list[tuple[Literal["v2", "raw", "simple"], str, Callable[[], bytes]]] = [
        ("v2", "x-signature-v2", lambda: canonical_json(payload).encode("utf-8")),
        ("raw", "x-signature", lambda: body),
    ]
    if allow_simple:
        schemes.append(("simple", "x-signature-simple", lambda: _simple_message(stamp, payload)))
    for scheme, header, message in schemes:
        candidates = [
            (sig.strip().lower(), prev)
            for sig, prev in ((h.get(header), False), (h.get(header + "-previous"), True))
            if sig
        ]
        if not candidates:
            continue
        try:
            msg = message()
        except ValueError:
            continue
        for key in keys:
            expected = _hmac(key, msg)
            for sig, previous in candidates:
                if hmac.compare_digest(expected, sig):
                    return scheme, previous
    raise WebhookVerificationError("bad_signature", "no signature matches the given secrets")


def _event(
    payload: dict[str, Any], ts: int, scheme: Literal["v2", "raw", "simple"], previous: bool
) -> WebhookEvent:
    def text(key: str) -> str | None:
        value = payload.get(key)
        return None if value is None else str(value)

    # Older entity events wrap the entity as {"event": ..., "data": {...}}.
    nested = payload.get("data")
    data: dict[str, Any] = nested if isinstance(nested, dict) else {}
    return WebhookEvent(
        type=text("webhook_type") or text("event"),
        event_id=text("event_id"),
        session_id=text("session_id"),
        status=text("status") or (None if data.get("status") is None else str(data["status"])),
        vendor_data=text("vendor_data")
        or (None if data.get("vendor_data") is None else str(data["vendor_data"])),
        timestamp=ts,
        raw=payload,
        scheme=scheme,
        used_previous_secret=previous,
    )


# --- idempotent processing -------------------------------------------------------------------


class WebhookDeduplicator(Protocol):
    """Answers "is this the first time I see this event?", atomically.

    ``claim`` returns True exactly once per ``event_id`` while the claim lives; ``release`` gives
    a claim back (after the handler failed) so Didit's retry can run the handler again. A shared
    store (Redis ``SET NX EX``) implements the same two methods.
    """

    async def claim(self, event_id: str) -> bool: ...

    async def release(self, event_id: str) -> None: ...


class InMemoryDeduplicator:
    """A per-process deduplicator: claims expire after ``ttl`` seconds, memory is bounded.

    >>> dedup = InMemoryDeduplicator(ttl=3600)
    """

    def __init__(
        self,
        *,
        ttl: float = WEBHOOK_DEDUP_TTL_SECONDS,
        max_entries: int = WEBHOOK_DEDUP_MAX_ENTRIES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._ttl = ttl
        self._max = max_entries
        self._clock = clock
        self._seen: dict[str, float] = {}  # insertion order = expiry order (fixed ttl)

    def __len__(self) -> int:
        return len(self._seen)

    async def claim(self, event_id: str) -> bool:
        # No await between the check and the insert: atomic under cooperative scheduling.
        now = self._clock()
        self._expire(now)
        if event_id in self._seen:
            return False
        self._seen[event_id] = now + self._ttl
        if len(self._seen) > self._max:
            self._seen.pop(next(iter(self._seen)))
        return True

    async def release(self, event_id: str) -> None:
        self._seen.pop(event_id, None)

    def _expire(self, now: float) -> None:
        while self._seen:
            first = next(iter(self._seen))
            if self._seen[first] > now:
                return
            del self._seen[first]


# --- receiving (ASGI) ------------------------------------------------------------------------

Handler = Callable[[WebhookEvent], Awaitable[None]]
ASGIApp = Callable[
    [
        dict[str, Any],
        Callable[[], Awaitable[dict[str, Any]]],
        Callable[[dict[str, Any]], Awaitable[None]],
    ],
    Awaitable[None],
]

_STATUS_FOR_REASON: dict[str, int] = {
    "body_too_large": 413,
    "invalid_json": 400,
    "not_an_object": 400,
}


def webhook_endpoint(
    handler: Handler,
    *,
    secrets: str | Sequence[str],
    deduplicator: WebhookDeduplicator | None = None,
    max_body_bytes: int = WEBHOOK_MAX_BODY_BYTES,
    tolerance: int = WEBHOOK_TOLERANCE_SECONDS,
    allow_simple: bool = False,
) -> ASGIApp:
    """A raw ASGI app that receives Didit deliveries (mount it in Starlette or FastAPI).

    Answers: 200 when the handler ran, or for a duplicate ``event_id``; 401 for a bad signature
    or timestamp; 400 for a malformed body; 413 for a body over the cap; 405 for another method.
    A failing handler answers 500 and releases the claim, because that delivery can succeed on
    Didit's retry; deliveries that can never succeed never get a 5xx.

    >>> from starlette.applications import Starlette  # doctest: +SKIP
    >>> from starlette.routing import Route  # doctest: +SKIP
    >>> async def on_event(event): ...  # doctest: +SKIP
    >>> app = Starlette(routes=[Route("/webhooks/didit", webhook_endpoint(on_event,
    ...     secrets=[new_secret, old_secret]))])  # doctest: +SKIP
    """
    dedup = deduplicator if deduplicator is not None else InMemoryDeduplicator()

    # A class instance, not a function: Starlette's Route treats a plain function as a
    # request/response endpoint but mounts any other callable as a raw ASGI app.
    class _Endpoint:
        async def __call__(
            self,
            scope: dict[str, Any],
            receive: Callable[[], Awaitable[dict[str, Any]]],
            send: Callable[[dict[str, Any]], Awaitable[None]],
        ) -> None:
            await app(scope, receive, send)

    async def app(
        scope: dict[str, Any],
        receive: Callable[[], Awaitable[dict[str, Any]]],
        send: Callable[[dict[str, Any]], Awaitable[None]],
    ) -> None:
        if scope["type"] != "http":
            return
        if scope.get("method") != "POST":
            await _respond(send, 405, "method not allowed")
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > max_body_bytes:
                await _respond(send, 413, "body too large")
                return
            chunks.append(chunk)
            more = bool(message.get("more_body"))
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        try:
            event = verify(
                b"".join(chunks),
                headers,
                secrets,
                tolerance=tolerance,
                allow_simple=allow_simple,
                max_body_bytes=max_body_bytes,
            )
        except WebhookVerificationError as exc:
            await _respond(send, _STATUS_FOR_REASON.get(exc.reason, 401), exc.reason)
            return
        key = event.event_id or f"{event.session_id}:{event.type}:{event.status}:{event.timestamp}"
        if not await dedup.claim(key):
            await _respond(send, 200, "duplicate")
            return
        try:
            await handler(event)
        except Exception:
            # Retryable: give the claim back so Didit's next attempt runs the handler again.
            await dedup.release(key)
            _logger.exception("webhook handler failed for event %s", event.event_id)
            await _respond(send, 500, "handler failed")
            return
        await _respond(send, 200, "ok")

    return _Endpoint()


async def _respond(
    send: Callable[[dict[str, Any]], Awaitable[None]], status: int, text: str
) -> None:
    body = json.dumps({"detail": text}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})

"""Verify, sign and parse Didit webhook deliveries; deduplicate and receive them over ASGI.

Two verbs and one error, like the Standard Webhooks library:

>>> from didit_async import webhooks
>>> body = webhooks.serialize({"session_id": "s1", "status": "Approved",
...                            "timestamp": 1700000000, "webhook_type": "status.updated"})
>>> headers = webhooks.sign(body, "whsec_test", timestamp=1700000000)
>>> event = webhooks.verify(body, headers, "whsec_test", now=1700000010)
>>> event.type, event.session_id, event.status, event.scheme
('status.updated', 's1', 'Approved', 'v2')

How ``verify`` checks a delivery, cheapest and most final checks first:

1. The body size is capped before anything is parsed (``body_too_large``).
2. ``X-Timestamp`` and at least one usable signature header must be present
   (``missing_headers``); the timestamp must be Unix seconds (``invalid_timestamp``) within
   ``tolerance`` seconds of now in both directions (``stale_timestamp``, ``future_timestamp``),
   before any HMAC is computed: a replayed delivery costs one integer comparison.
3. The body must be UTF-8 JSON with finite numbers only (no ``NaN``, ``Infinity``, ``1e999``:
   ``invalid_json``) and an object (``not_an_object``); its own ``timestamp``, when it is a
   number, must equal ``X-Timestamp`` (``timestamp_mismatch``).
4. Signatures are tried strongest first, each with every secret given (``[new, old]`` during a
   rotation) against the plain and the ``-Previous`` header (sent for 24 h after a rotation):
   ``X-Signature-V2`` (HMAC-SHA256 of the canonical JSON, survives re-encoding by middleware),
   then ``X-Signature`` (HMAC of the raw bytes), then, only with ``allow_simple=True``, the
   deprecated ``X-Signature-Simple``, which covers ``timestamp:session_id:status:webhook_type``
   only: the event then carries only those fields (``envelope_only``); fetch the decision with
   ``client.sessions.retrieve_decision``. Every comparison is constant-time (``bad_signature``).

What the signatures guarantee, precisely. Under V2 a delivery verifies exactly when the
*canonical* form of its body (:func:`canonical_json`) is what was signed: re-indenting, reordering
keys, escaping Unicode differently or writing ``2.0`` as ``2`` keeps it valid (the point of V2);
changing a value or a key does not. Under ``X-Signature`` alone any one-byte change fails. Any
change to a signature fails. ``X-Timestamp`` is not part of the V2 or raw message: it is bound to
the signed content by the body's own ``timestamp`` (every current Didit event has one), which
must equal it. A body without one verifies with any fresh ``X-Timestamp``; deduplicating on
``event_id`` is then what stops a replay.

Receiving is in :func:`webhook_endpoint` (a raw ASGI app) with a :class:`WebhookDeduplicator`.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import logging
import math
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import attrs

from ._constants import (
    LOGGER_NAME,
    WEBHOOK_BODY_TIMEOUT_SECONDS,
    WEBHOOK_MAX_BODY_BYTES,
    WEBHOOK_TOLERANCE_SECONDS,
)
from ._errors import DiditError
from ._webhook_asgi import ASGIApp, InMemoryDeduplicator, WebhookDeduplicator, WebhookEndpoint

if TYPE_CHECKING:
    from .models import SessionDecision

__all__ = [
    "InMemoryDeduplicator",
    "Reason",
    "Scheme",
    "WebhookDeduplicator",
    "WebhookEvent",
    "WebhookVerificationError",
    "canonical_json",
    "serialize",
    "sign",
    "verify",
    "webhook_endpoint",
]

_logger = logging.getLogger(LOGGER_NAME)

Scheme = Literal["v2", "raw", "simple"]
"""Which signature authenticated a delivery."""

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
"""Why a delivery was rejected (``WebhookVerificationError.reason``)."""


class WebhookVerificationError(DiditError):
    """The delivery is not a valid, fresh Didit webhook; ``reason`` says why, machine-readably.

    The message says what to check next and never contains a secret, a signature or the body.

    >>> try:
    ...     verify(b"{}", {}, "whsec_x")
    ... except WebhookVerificationError as exc:
    ...     exc.reason
    'missing_headers'
    """

    def __init__(self, reason: Reason, message: str) -> None:
        super().__init__(message)
        self.reason: Reason = reason

    def __repr__(self) -> str:
        return f"WebhookVerificationError({self.reason!r}, {str(self)!r})"


# --- canonical JSON ----------------------------------------------------------------------------

# Built once: json.dumps/json.loads with non-default options construct a new encoder or decoder
# on every call, which is a large share of the cost for a body of a few kilobytes.
_CANONICAL = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)


def _shorten_floats(value: Any) -> Any:
    # Didit's canonical form writes whole-valued floats as ints (2.0 -> 2), as JavaScript would.
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, dict):
        return {k: _shorten_floats(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_shorten_floats(v) for v in value]
    return value


def canonical_json(value: Any) -> str:
    """Didit's V2 canonical form: whole floats as ints, keys sorted, compact, Unicode kept.

    This string, UTF-8 encoded, is the message ``X-Signature-V2`` signs (no timestamp in it).
    Raises ``ValueError`` for ``NaN`` and infinities, which JSON cannot carry.

    >>> canonical_json({"b": 2.0, "a": ["é", 1.5, -0.0, 1e-7]})
    '{"a":["é",1.5,0,1e-07],"b":2}'
    """
    return _CANONICAL.encode(_shorten_floats(value))


def _parse_float(text: str) -> float | int:
    # The C scanner calls this only for numbers written with a fraction or an exponent, so
    # shortening here replaces a Python walk over the whole tree (most of the cost of V2).
    value = float(text)
    if value.is_integer():
        return int(value)
    if not math.isfinite(value):  # "1e999" overflows to inf: no finite JSON value to sign
        raise ValueError("number out of range")
    return value


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


_DECODER = json.JSONDecoder(parse_float=_parse_float, parse_constant=_reject_constant)


def _loads(body: bytes) -> Any:
    """The body's value, already in canonical shape (whole floats are ints); ValueError if bad."""
    try:
        return _DECODER.decode(body.decode("utf-8"))
    except RecursionError:  # absurd nesting: a malformed body, not a crash
        raise ValueError("JSON nested too deeply") from None


_WIRE = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def serialize(payload: Mapping[str, Any]) -> bytes:
    """The bytes Didit sends for ``payload``: keys sorted, compact separators, UTF-8.

    Floats are written as given (``95.0`` stays ``95.0``), so the raw body and its canonical form
    can differ, as they can in real deliveries. ``sign(payload, ...)`` signs exactly these bytes;
    send them as the request body.

    >>> serialize({"score": 95.0, "name": "Zoë"})
    b'{"name":"Zo\\xc3\\xab","score":95.0}'
    """
    return _WIRE.encode(dict(payload)).encode("utf-8")


# --- signing -----------------------------------------------------------------------------------


def _keys(secrets: str | Sequence[str]) -> list[bytes]:
    # Empty entries are dropped (an unset "old secret" slot), but an empty key set is a
    # configuration error: an empty HMAC key is one anybody can guess.
    given = [secrets] if isinstance(secrets, str) else list(secrets)
    keys = [s.encode("utf-8") for s in given if s]
    if not keys:
        raise ValueError("at least one non-empty webhook secret is needed")
    return keys


# HMAC-SHA256 (RFC 2104) with each key's padded inner and outer states computed once and
# copied per message: a third of the cost of hmac.new for a small body, which is most of
# verify's time when a rotation makes it try two secrets. Cached per key, few keys per process.
_IPAD = bytes(x ^ 0x36 for x in range(256))
_OPAD = bytes(x ^ 0x5C for x in range(256))
_BLOCK = 64  # SHA-256 block size


@functools.lru_cache(maxsize=64)
def _pads(key: bytes) -> tuple[Any, Any]:
    if len(key) > _BLOCK:
        key = hashlib.sha256(key).digest()
    key = key.ljust(_BLOCK, b"\0")
    return hashlib.sha256(key.translate(_IPAD)), hashlib.sha256(key.translate(_OPAD))


def _hex_hmac(key: bytes, message: bytes) -> str:
    inner, outer = _pads(key)
    inner = inner.copy()
    inner.update(message)
    outer = outer.copy()
    outer.update(inner.digest())
    return str(outer.hexdigest())


def _simple_message(timestamp: str, payload: Mapping[str, Any]) -> bytes:
    def field(name: str) -> str:
        value = payload.get(name)
        return "" if value is None else str(value)

    return f"{timestamp}:{field('session_id')}:{field('status')}:{field('webhook_type')}".encode()


def sign(
    body: bytes | str | Mapping[str, Any],
    secret: str,
    *,
    timestamp: int | None = None,
    previous_secret: str | None = None,
) -> dict[str, str]:
    """The headers Didit would send with ``body``: ``X-Timestamp`` and all three signatures.

    ``body`` is the exact bytes (or text) sent, or a payload mapping, which is signed as
    :func:`serialize` writes it (send ``serialize(payload)``). ``timestamp`` defaults to now.
    With ``previous_secret`` (a rotation in progress) the ``-Previous`` variants are added,
    signed with it. For tests and the local sandbox; raises ``ValueError`` if ``body`` is not
    finite JSON.

    >>> sorted(sign({"session_id": "s"}, "new", timestamp=1, previous_secret="old"))
    ... # doctest: +NORMALIZE_WHITESPACE
    ['X-Signature', 'X-Signature-Previous', 'X-Signature-Simple', 'X-Signature-Simple-Previous',
     'X-Signature-V2', 'X-Signature-V2-Previous', 'X-Timestamp']
    """
    if isinstance(body, Mapping):
        raw = serialize(body)
    else:
        raw = body.encode("utf-8") if isinstance(body, str) else bytes(body)
    stamp = str(int(time.time()) if timestamp is None else int(timestamp))
    payload = _loads(raw)
    canonical = _CANONICAL.encode(payload).encode("utf-8")
    simple = _simple_message(stamp, payload if isinstance(payload, dict) else {})
    headers = {"X-Timestamp": stamp}
    for suffix, key in (("", secret), ("-Previous", previous_secret)):
        if key is None:
            continue
        (k,) = _keys(key)
        headers[f"X-Signature{suffix}"] = _hex_hmac(k, raw)
        headers[f"X-Signature-V2{suffix}"] = _hex_hmac(k, canonical)
        headers[f"X-Signature-Simple{suffix}"] = _hex_hmac(k, simple)
    return headers


# --- the event ---------------------------------------------------------------------------------


@attrs.frozen(slots=False)  # slots=False: ``decision`` is a cached_property
class WebhookEvent:
    """A verified delivery.

    ``type`` (also ``webhook_type``) is ``status.updated``, ``data.updated``,
    ``user.status.updated``, ... (unknown types parse too). ``event_id`` is Didit's dedup key,
    the same on every retry and destination. ``decision`` is the typed
    :class:`~didit_async.models.SessionDecision` when the payload carries one. ``raw`` is the
    whole payload as authenticated (whole-valued floats read as ints, as in the canonical form).

    ``scheme`` is the signature that matched. For ``simple`` (``envelope_only``) only
    ``type``, ``session_id``, ``status`` and ``timestamp`` are authenticated: ``event_id``,
    ``vendor_data`` and ``decision`` are None, and ``raw`` must not be trusted; fetch the
    decision with ``client.sessions.retrieve_decision(event.session_id)``.

    >>> event = WebhookEvent(type="status.updated", event_id="e1", session_id="s1",
    ...     status="Approved", vendor_data="user-1", timestamp=1, raw={}, scheme="v2")
    >>> event.webhook_type, event.envelope_only, event.decision
    ('status.updated', False, None)
    """

    type: str | None
    event_id: str | None
    session_id: str | None
    status: str | None
    vendor_data: str | None
    timestamp: int
    raw: dict[str, Any] = attrs.field(repr=False)
    scheme: Scheme
    used_previous_secret: bool = False

    @property
    def webhook_type(self) -> str | None:
        """The same as ``type``, under Didit's field name."""
        return self.type

    @property
    def envelope_only(self) -> bool:
        """True when only the envelope, not the body, was authenticated (the Simple scheme)."""
        return self.scheme == "simple"

    @functools.cached_property
    def decision(self) -> SessionDecision | None:
        """The typed ``SessionDecision``, decoded on first access; None when there is none.

        None as well for the Simple scheme, whose signature does not cover it, and when the
        decision does not decode (a valid signature is still a valid delivery; the dict stays
        in ``raw["decision"]``).
        """
        raw_decision = self.raw.get("decision")
        if self.scheme == "simple" or not isinstance(raw_decision, dict):
            return None
        # Imported here: the models are generated code, and this module must import without them.
        from .models import SessionDecision, decode

        try:
            return decode(SessionDecision, raw_decision)
        except Exception:
            _logger.warning("webhook decision for event %s did not decode", self.event_id)
            return None


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _event(payload: dict[str, Any], ts: int, scheme: Scheme, previous: bool) -> WebhookEvent:
    get = payload.get
    if scheme == "simple":
        return WebhookEvent(
            type=_text(get("webhook_type")),
            event_id=None,
            session_id=_text(get("session_id")),
            status=_text(get("status")),
            vendor_data=None,
            timestamp=ts,
            raw=payload,
            scheme=scheme,
            used_previous_secret=previous,
        )
    # Older entity events wrap the entity as {"event": ..., "data": {...}}; current ones are flat.
    nested = get("data")
    data: dict[str, Any] = nested if isinstance(nested, dict) else {}
    return WebhookEvent(
        type=_text(get("webhook_type", get("event"))),
        event_id=_text(get("event_id")),
        session_id=_text(get("session_id")),
        status=_text(get("status", data.get("status"))),
        vendor_data=_text(get("vendor_data", data.get("vendor_data"))),
        timestamp=ts,
        raw=payload,
        scheme=scheme,
        used_previous_secret=previous,
    )


# --- verifying ---------------------------------------------------------------------------------

_SIGNED = ("x-signature-v2", "x-signature-v2-previous", "x-signature", "x-signature-previous")
_SIMPLE = ("x-signature-simple", "x-signature-simple-previous")


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
    """Check one delivery and return the parsed event, or raise :class:`WebhookVerificationError`.

    ``body`` is the raw request body (``await request.body()``), ``headers`` the request headers
    (any case), ``secrets`` one secret or several (``[new, old]`` during a rotation; empty
    entries are ignored). ``now`` (Unix seconds) is for tests. Raises ``ValueError`` when no
    non-empty secret is given.

    >>> body = serialize({"event_id": "e1", "webhook_type": "user.status.updated",
    ...                   "vendor_data": "user-1", "status": "Active", "timestamp": 1700000000})
    >>> event = verify(body, sign(body, "old", timestamp=1700000000), ["new", "old"],
    ...                now=1700000000)
    >>> event.event_id, event.vendor_data, event.session_id
    ('e1', 'user-1', None)
    """
    keys = _keys(secrets)
    if len(body) > max_body_bytes:
        raise WebhookVerificationError(
            "body_too_large", f"body is {len(body)} bytes, over the {max_body_bytes}-byte cap"
        )
    h = {k.lower(): v for k, v in headers.items()}  # lower-cased once
    stamp = h.get("x-timestamp")
    usable = _SIGNED + _SIMPLE if allow_simple else _SIGNED
    if stamp is None or not any(name in h for name in usable):
        raise WebhookVerificationError(
            "missing_headers",
            "X-Timestamp and an X-Signature-V2 or X-Signature header are required"
            + ("" if allow_simple else " (X-Signature-Simple only with allow_simple=True)"),
        )
    stamp = stamp.strip()
    # Digits only: int() would also take "+1_700_000_000" or non-ASCII digits.
    if not (stamp.isascii() and stamp.isdigit() and len(stamp) <= 12):
        raise WebhookVerificationError("invalid_timestamp", "X-Timestamp is not Unix seconds")
    ts = int(stamp)
    current = time.time() if now is None else now
    if ts < current - tolerance:
        raise WebhookVerificationError(
            "stale_timestamp",
            f"delivery is {current - ts:.0f} s old (tolerance {tolerance} s): a replay or a "
            "delivery held up on the way; check this server's clock",
        )
    if ts > current + tolerance:
        raise WebhookVerificationError(
            "future_timestamp",
            f"delivery is {ts - current:.0f} s in the future (tolerance {tolerance} s); check "
            "this server's clock",
        )
    try:
        payload = _loads(body)
    except ValueError:  # also UnicodeDecodeError
        raise WebhookVerificationError(
            "invalid_json", "body is not UTF-8 JSON with finite numbers"
        ) from None
    if not isinstance(payload, dict):
        raise WebhookVerificationError("not_an_object", "body is not a JSON object")
    body_ts = payload.get("timestamp")
    # Only a numeric body timestamp is compared: older entity events carry an ISO string there.
    if isinstance(body_ts, (int, float)) and not isinstance(body_ts, bool) and body_ts != ts:
        raise WebhookVerificationError(
            "timestamp_mismatch", "the body's timestamp differs from X-Timestamp"
        )
    scheme, previous = _match(body, payload, h, keys, stamp, allow_simple)
    return _event(payload, ts, scheme, previous)


def _candidates(h: Mapping[str, str], name: str) -> list[tuple[str, bool]]:
    """(signature, from the -Previous header) pairs worth comparing for one scheme."""
    found = []
    for header, previous in ((name, False), (name + "-previous", True)):
        sig = h.get(header)
        if sig:
            sig = sig.strip().lower()
            # compare_digest refuses non-ASCII text; such a header cannot match anyway.
            if sig.isascii():
                found.append((sig, previous))
    return found


def _first_match(macs: Iterable[str], candidates: Sequence[tuple[str, bool]]) -> tuple[bool, bool]:
    """(matched, from the -Previous header), keys outermost so the order is the caller's."""
    for expected in macs:
        for sig, previous in candidates:
            if hmac.compare_digest(expected, sig):
                return True, previous
    return False, False


def _looks_canonical(body: bytes) -> bool:
    # Only a guess, to choose the cheaper path first: a wrong guess costs one HMAC per secret,
    # never a wrong answer (the caller then re-encodes and checks properly). Canonical JSON has
    # no newline (always escaped inside strings) and no space after a colon; these two scans
    # catch the usual re-encodings (indented, or Python's default separators) for little cost.
    return body[:2] == b'{"' and b"\n" not in body and b'": ' not in body


def _match(
    body: bytes,
    payload: dict[str, Any],
    h: Mapping[str, str],
    keys: Sequence[bytes],
    stamp: str,
    allow_simple: bool,
) -> tuple[Scheme, bool]:
    v2 = _candidates(h, "x-signature-v2")
    if v2:
        # A body that arrived byte-for-byte in canonical form (the common case for an untouched
        # delivery) is its own V2 message: checking it as it is skips re-encoding, the costliest
        # step. Sound: a MAC over these exact bytes equal to the V2 MAC means these bytes are the
        # canonical message Didit signed.
        as_is = _looks_canonical(body)
        if as_is:
            matched, previous = _first_match((_hex_hmac(k, body) for k in keys), v2)
            if matched:
                return "v2", previous
        try:  # the payload is already canonical in shape: encoding is all that is left
            canonical: bytes | None = _CANONICAL.encode(payload).encode("utf-8")
        except (ValueError, RecursionError):
            canonical = None
        if canonical is not None and not (as_is and canonical == body):
            matched, previous = _first_match((_hex_hmac(k, canonical) for k in keys), v2)
            if matched:
                return "v2", previous
    raw = _candidates(h, "x-signature")
    if raw:
        matched, previous = _first_match((_hex_hmac(k, body) for k in keys), raw)
        if matched:
            return "raw", previous
    simple = _candidates(h, "x-signature-simple") if allow_simple else []
    if simple:
        message = _simple_message(stamp, payload)
        matched, previous = _first_match((_hex_hmac(k, message) for k in keys), simple)
        if matched:
            return "simple", previous
    raise WebhookVerificationError(
        "bad_signature",
        "no signature matches the given secrets: check the destination's secret_shared_key "
        "(pass [new, old] during a rotation) and that the body is passed unmodified",
    )


def webhook_endpoint(
    handler: Callable[[WebhookEvent], Awaitable[Any]],
    *,
    secrets: str | Sequence[str],
    deduplicator: WebhookDeduplicator | None = None,
    max_body_bytes: int = WEBHOOK_MAX_BODY_BYTES,
    body_timeout: float = WEBHOOK_BODY_TIMEOUT_SECONDS,
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
    408    the body did not arrive within ``body_timeout`` seconds (a slow or stalled client)
    413    body over ``max_body_bytes`` (checked on ``Content-Length`` and while reading)
    500    the handler raised: the claim is released so Didit's retry runs it again
    503    the deduplicator raised: retryable too
    ====== =============================================================================

    Nothing that can never succeed gets a 5xx (Didit retries 5xx). Answer fast: Didit waits
    5 s, so hand long work to a queue. ``clock`` (Unix seconds) is for tests.

    Hostile clients: the body is capped in size (``max_body_bytes``, 1 MiB by default) and in
    time (``body_timeout``, 10 s by default, counted from the first read; Didit itself gives
    up after 5 s), and a 408 or 413 answer carries ``Connection: close``, so a client
    trickling a byte a second holds a connection for ``body_timeout`` at most, never the
    handler. Headers are read by the server before the app runs: bound their time there (or
    in a proxy in front of it).

    >>> from starlette.applications import Starlette  # doctest: +SKIP
    >>> from starlette.routing import Route  # doctest: +SKIP
    >>> async def on_event(event: WebhookEvent) -> None: ...  # doctest: +SKIP
    >>> app = Starlette(routes=[Route("/webhooks/didit", webhook_endpoint(on_event,
    ...     secrets=[new_secret, old_secret]), methods=["POST"])])  # doctest: +SKIP
    >>> fastapi_app.mount("/webhooks/didit", webhook_endpoint(on_event, secrets=secret))
    ... # doctest: +SKIP
    """
    keys = [secrets] if isinstance(secrets, str) else [s for s in secrets if s]
    if not keys or not all(keys):
        raise ValueError("webhook_endpoint needs at least one non-empty webhook secret")
    if not body_timeout > 0 or max_body_bytes < 1:
        raise ValueError("body_timeout must be positive and max_body_bytes at least 1")
    dedup = deduplicator if deduplicator is not None else InMemoryDeduplicator()

    opts: dict[str, Any] = {"tolerance": tolerance, "allow_simple": allow_simple}
    opts["max_body_bytes"] = max_body_bytes

    def check(body: bytes, headers: Mapping[str, str]) -> WebhookEvent:
        return verify(body, headers, keys, now=None if clock is None else clock(), **opts)

    return WebhookEndpoint(
        handler, check, WebhookVerificationError, dedup, max_body_bytes, body_timeout
    )

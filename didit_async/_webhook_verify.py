"""Verifying Didit webhooks: the signature schemes, the freshness window and the event."""

from __future__ import annotations

import functools
import hashlib
import hmac
import logging
import math
import time
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

import attrs

from ._constants import (
    LOGGER_NAME,
    WEBHOOK_MAX_BODY_BYTES,
    WEBHOOK_MAX_EVENT_AGE_SECONDS,
    WEBHOOK_TOLERANCE_SECONDS,
)
from ._errors import DiditError
from ._webhook_sign import _CANONICAL, _hex_hmac, _keys, _loads, _simple_message

if TYPE_CHECKING:
    from .models import SessionDecision

__all__ = ["Reason", "Scheme", "WebhookEvent", "WebhookVerificationError", "verify"]

_logger = logging.getLogger(LOGGER_NAME)

Scheme = Literal["v2", "raw", "simple"]
"""Which signature authenticated a delivery."""

Reason = Literal[
    "missing_headers",
    "invalid_timestamp",
    "stale_timestamp",
    "future_timestamp",
    "stale_event",
    "body_too_large",
    "invalid_json",
    "not_an_object",
    "bad_signature",
]
"""Why a delivery was rejected (``WebhookVerificationError.reason``)."""


class WebhookVerificationError(DiditError):
    """The delivery is not a valid, fresh Didit webhook; ``reason`` says why, machine-readably.

    The message says what to check next and never contains a secret, a signature or the body.

    >>> from didit_async.webhooks import WebhookVerificationError, verify
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


# --- the event ---------------------------------------------------------------------------------


@attrs.frozen(slots=False)  # slots=False: ``decision`` is a cached_property
class WebhookEvent:
    """A verified delivery.

    ``type`` (also ``webhook_type``) is ``status.updated``, ``data.updated``,
    ``user.status.updated``, ... (unknown types parse too). ``event_id`` is Didit's dedup key,
    the same on every retry and destination; ``dedup_key`` is it, or for a payload without one
    a digest of the signed body. ``timestamp`` is ``X-Timestamp``, the time of this delivery
    (the event's own time is ``raw["timestamp"]``). ``decision`` is the typed
    ``SessionDecision`` when the payload carries one. ``raw`` is the
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
    def dedup_key(self) -> str:
        """What to deduplicate this delivery on; built only from what its signature covers.

        ``event_id`` when the payload has one (Didit's key, the same on every retry and
        destination). Otherwise ``sha256:`` and the digest of the signed body in canonical form:
        a retry re-sends that body unchanged, and nobody without the secret can vary it, so
        re-posting a captured delivery under fresh ``X-Timestamp`` values finds the same key.
        Under the Simple scheme the signed envelope, ``X-Timestamp`` included: a replay repeats
        it exactly, a retry (signed afresh) does not.

        >>> WebhookEvent(type="status.updated", event_id=None, session_id="s1",
        ...     status="Approved", vendor_data=None, timestamp=1, raw={"session_id": "s1"},
        ...     scheme="v2").dedup_key[:15]
        'sha256:03f4c24e'
        """
        if self.event_id is not None:
            return self.event_id
        if self.scheme == "simple":
            return f"simple:{self.timestamp}:{self.type}:{self.session_id}:{self.status}"
        try:
            # ``raw`` is already in canonical shape (whole floats read as ints): this encodes
            # exactly the V2 message, whichever serialization and scheme the delivery used.
            message = _CANONICAL.encode(self.raw).encode("utf-8", "surrogatepass")
        except (ValueError, RecursionError):  # a body verify parsed but JSON cannot re-encode
            message = repr(self.raw).encode("utf-8", "surrogatepass")
        return "sha256:" + hashlib.sha256(message).hexdigest()

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
    max_event_age: int = WEBHOOK_MAX_EVENT_AGE_SECONDS,
    now: float | None = None,
    allow_simple: bool = False,
    max_body_bytes: int = WEBHOOK_MAX_BODY_BYTES,
) -> WebhookEvent:
    """Check one delivery and return the parsed event, or raise :class:`WebhookVerificationError`.

    ``body`` is the raw request body (``await request.body()``), ``headers`` the request headers
    (any case), ``secrets`` one secret or several (``[new, old]`` during a rotation; empty
    entries are ignored). ``X-Timestamp`` must be within ``tolerance`` seconds of now; the
    event's own, signed ``timestamp`` (when the body has one) at most ``max_event_age`` seconds
    old, which covers Didit's last retry (see :mod:`didit_async.webhooks`). ``now`` (Unix
    seconds) is for tests. Raises ``ValueError`` when no non-empty secret is given.

    >>> from didit_async.webhooks import serialize, sign
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
    # The freshness that counts: the event's own timestamp is inside the signed body (X-Timestamp
    # is not, under V2 and X-Signature), and a retry re-sends it unchanged. Checked before the
    # HMAC because it can only refuse: a forged body fails the signature either way.
    event_time = _event_time(payload.get("timestamp"))
    if event_time is not None:
        if current - event_time > max_event_age:
            raise WebhookVerificationError(
                "stale_event",
                f"the event is {current - event_time:.0f} s old (its signed timestamp; at most "
                f"{max_event_age} s, Didit's last retry): a replay of an old delivery, or check "
                "this server's clock",
            )
        if event_time - current > tolerance:
            raise WebhookVerificationError(
                "future_timestamp",
                f"the event's timestamp is {event_time - current:.0f} s in the future "
                f"(tolerance {tolerance} s); check this server's clock",
            )
    scheme, previous = _match(body, payload, h, keys, stamp, allow_simple)
    return _event(payload, ts, scheme, previous)


def _event_time(value: Any) -> float | None:
    """The body's ``timestamp`` in Unix seconds: a number, or an ISO 8601 string with an offset
    (older entity events); None when there is none to read."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:  # an int past any float: as far off as a time can be
            return math.inf if value > 0 else -math.inf
    if isinstance(value, str) and 0 < len(value) <= 40:
        text = value[:-1] + "+00:00" if value[-1:] in ("Z", "z") else value
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return None
        if moment.tzinfo is not None:  # a time without an offset is not a point in time
            return moment.timestamp()
    return None


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
    # no newline (always escaped inside strings), no space after a colon and no whole float
    # (2.0 is written 2); these scans catch the usual re-encodings (indented, Python's default
    # separators, a serializer that keeps 2.0) for little cost. A string holding ".0," only
    # makes the guess wrong, never the answer.
    if body[:2] != b'{"' or b"\n" in body or b'": ' in body:
        return False
    at = body.find(b".0")
    while at != -1:
        if body[at + 2 : at + 3] in _AFTER_A_VALUE:
            return False
        at = body.find(b".0", at + 2)
    return True


_AFTER_A_VALUE = (b",", b"}", b"]")


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

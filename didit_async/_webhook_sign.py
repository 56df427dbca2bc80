"""Signing Didit webhooks: canonical JSON, the wire serialization and HMAC-SHA256 signatures."""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import time
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["canonical_json", "serialize", "sign"]


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


def _hex_hmac(key: bytes, message: bytes) -> str:
    return hmac.new(key, message, hashlib.sha256).hexdigest()


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

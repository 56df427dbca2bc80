"""Webhook ``verify`` against a straightforward reference implementation of the same algorithm.

The reference is what the Didit docs' Python sample grows into once it has every rule ``verify``
has (freshness both ways, body cap, no NaN, object body, the signed body timestamp at most
``max_event_age`` old and not ahead by more than the tolerance, V2 then raw, ``-Previous``
headers, several secrets): ``json.loads``, a recursive float walk, ``json.dumps``
and ``hmac.new`` per attempt. Two figures:

* agreement: both run over a deterministic corpus of deliveries (docs-shaped payloads with
  Unicode, floats such as ``2.0``, ``-0.0``, ``1e-7``, large ints; four serialisations; right,
  rotated and wrong secrets; fresh, stale and future timestamps; one-byte changes to the body,
  signature and timestamp; malformed bodies) and must give the same answer (the scheme that
  matched, or a rejection) on every one;
* speed: the time per call of each on a docs-shaped ``status.updated`` delivery with a decision,
  and on a small envelope without one (``verify`` also builds the event; the decision model is
  decoded lazily, on first access, in both cases not at all).

``python -m bench.webhooks`` prints the figures; ``run()`` returns them.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import random
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from didit_async._constants import (
    WEBHOOK_MAX_BODY_BYTES,
    WEBHOOK_MAX_EVENT_AGE_SECONDS,
    WEBHOOK_TOLERANCE_SECONDS,
)
from didit_async.webhooks import WebhookVerificationError, serialize, sign, verify

NOW = 1_774_970_000
SECRET = "whsec_bench_current"
OLD_SECRET = "whsec_bench_previous"


# --- the reference -----------------------------------------------------------------------------


def _shorten_floats(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: _shorten_floats(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shorten_floats(v) for v in value]
    return value


def _no_constants(name: str) -> Any:
    raise ValueError(name)


def reference_verify(
    body: bytes,
    headers: dict[str, str],
    secrets: str | Sequence[str],
    *,
    now: float,
    tolerance: int = WEBHOOK_TOLERANCE_SECONDS,
    max_event_age: int = WEBHOOK_MAX_EVENT_AGE_SECONDS,
    max_body_bytes: int = WEBHOOK_MAX_BODY_BYTES,
) -> str | None:
    """The scheme that matched (``v2`` or ``raw``), or None: the obvious code, no shortcuts."""
    keys = [secrets] if isinstance(secrets, str) else [s for s in secrets if s]
    if len(body) > max_body_bytes:
        return None
    h = {k.lower(): v for k, v in headers.items()}
    stamp = h.get("x-timestamp", "").strip()
    if not (stamp.isascii() and stamp.isdigit() and len(stamp) <= 12):
        return None
    ts = int(stamp)
    if abs(now - ts) > tolerance:
        return None
    try:
        payload = json.loads(body.decode("utf-8"), parse_constant=_no_constants)
        canonical = json.dumps(
            _shorten_floats(payload),
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=False,
            allow_nan=False,
        ).encode("utf-8")
    except (ValueError, RecursionError):  # UnicodeEncodeError (a lone surrogate) is a ValueError
        return None
    if not isinstance(payload, dict):
        return None
    body_ts = payload.get("timestamp")
    event_time = None
    if isinstance(body_ts, (int, float)) and not isinstance(body_ts, bool):
        try:
            event_time = float(body_ts)
        except OverflowError:
            event_time = float("inf") if body_ts > 0 else float("-inf")
    elif isinstance(body_ts, str) and 0 < len(body_ts) <= 40:
        try:
            text = body_ts[:-1] + "+00:00" if body_ts.endswith(("Z", "z")) else body_ts
            moment = datetime.fromisoformat(text)
        except ValueError:
            moment = None
        if moment is not None and moment.tzinfo is not None:
            event_time = moment.timestamp()
    if event_time is not None and not -tolerance <= now - event_time <= max_event_age:
        return None
    for scheme, header, message in (
        ("v2", "x-signature-v2", canonical),
        ("raw", "x-signature", body),
    ):
        for name in (header, header + "-previous"):
            sig = h.get(name, "").strip().lower()
            if not sig or not sig.isascii():
                continue
            for secret in keys:
                expected = hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()
                if hmac.compare_digest(expected, sig):
                    return scheme
    return None


def ours(
    body: bytes, headers: dict[str, str], secrets: str | Sequence[str], *, now: float
) -> str | None:
    """``verify`` reduced to the same answer: the scheme, or None for a rejection."""
    try:
        return verify(body, headers, secrets, now=now).scheme
    except WebhookVerificationError:
        return None


# --- the corpus --------------------------------------------------------------------------------


def docs_payload(ts: int = NOW) -> dict[str, Any]:
    """The ``status.updated`` sample from Didit's quick start, with a few awkward values added."""
    return {
        "event_id": "9c0c8b8a-1111-4222-9333-444444444444",
        "webhook_type": "status.updated",
        "timestamp": ts,
        "created_at": ts - 6,
        "application_id": "11111111-2222-3333-4444-555555555555",
        "environment": "live",
        "session_id": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
        "status": "Approved",
        "workflow_id": "22222222-3333-4444-5555-666666666666",
        "workflow_version": 4,
        "vendor_data": "user-123",
        "metadata": {"plan": "premium", "full_name": "Zoë Åström 李小龍", "emoji": "✅"},
        "decision": {
            "session_id": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
            "status": "Approved",
            "id_verifications": [
                {
                    "node_id": f"id_verification_{i}",
                    "status": "Approved",
                    "document_type": "Passport",
                    "first_name": "Zoë",
                    "last_name": "Åström",
                    "age": 34.0,
                    "warnings": [],
                }
                for i in range(3)
            ],
            "liveness_checks": [
                {"node_id": "liveness_1", "status": "Approved", "method": "PASSIVE", "score": 95.4}
            ],
            "face_matches": [{"node_id": "face_match_1", "status": "Approved", "score": 96.0}],
            "ip_analyses": [{"latitude": 40.4168, "longitude": -3.7038, "risk": -0.0}],
            "aml_screenings": [{"score": 1e-7, "hits": [], "total_hits": 0}],
            "reviews": [],
            "big": 2**64 + 1,
        },
    }


def _random_value(rng: random.Random, depth: int = 0) -> Any:
    atoms: list[Callable[[], Any]] = [
        lambda: None,
        lambda: rng.random() < 0.5,
        lambda: rng.randint(-(2**70), 2**70),
        lambda: rng.choice([2.0, -0.0, 1e-7, 0.1, 1.5e300, -3.25, 1e16, 95.4]),
        lambda: rng.uniform(-1e6, 1e6),
        lambda: "".join(rng.choice('aZ é李"\\\n\u2028😀') for _ in range(rng.randint(0, 8))),
    ]
    if depth < 3 and rng.random() < 0.4:
        if rng.random() < 0.5:
            return [_random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
        return {
            f"k{rng.randint(0, 99)}é": _random_value(rng, depth + 1)
            for _ in range(rng.randint(0, 4))
        }
    return rng.choice(atoms)()


def _serialisations(payload: dict[str, Any]) -> list[bytes]:
    shuffled = dict(sorted(payload.items(), key=lambda kv: hash(kv[0]) % 7))
    return [
        serialize(payload),
        json.dumps(payload, indent=2).encode(),
        json.dumps(payload, ensure_ascii=True).encode(),
        json.dumps(shuffled, ensure_ascii=False, separators=(", ", ": ")).encode(),
    ]


def corpus(seed: int = 4, size: int = 60) -> list[tuple[bytes, dict[str, str], Any]]:
    """Deliveries (body, headers, secrets): valid, rotated, stale, tampered and malformed."""
    rng = random.Random(seed)
    cases: list[tuple[bytes, dict[str, str], Any]] = []
    payloads = [docs_payload()] + [
        {
            "session_id": f"s{i}",
            "webhook_type": "data.updated",
            "timestamp": NOW,
            "v": _random_value(rng),
        }
        for i in range(size)
    ]
    for payload in payloads:
        signed = serialize(payload)
        headers = sign(signed, SECRET, timestamp=NOW, previous_secret=OLD_SECRET)
        for body in _serialisations(payload):
            cases.append((body, headers, SECRET))
            cases.append((body, headers, [OLD_SECRET]))
            cases.append((body, headers, ["whsec_wrong", SECRET]))
            cases.append((body, headers, "whsec_wrong"))
        v2_only = {k: v for k, v in headers.items() if "V2" in k or k == "X-Timestamp"}
        raw_only = {k.lower(): v for k, v in headers.items() if "V2" not in k}
        cases.append((signed, v2_only, SECRET))
        cases.append((signed, raw_only, SECRET))
        for ts in (NOW - 301, NOW + 301, NOW - 300, NOW + 300):
            moved = dict(payload, timestamp=ts)
            cases.append((serialize(moved), sign(moved, SECRET, timestamp=ts), SECRET))
        cases.append((signed, dict(headers, **{"X-Timestamp": str(NOW + 1)}), SECRET))
        # Retries: the same body under a later X-Timestamp, inside and outside the event age.
        for late in (60, 300, 360, 420, 421, 2 * 3600):
            old_body = serialize(dict(payload, timestamp=NOW - late))
            cases.append((old_body, sign(old_body, SECRET, timestamp=NOW), SECRET))
        for _ in range(4):
            i = rng.randrange(len(signed))
            flipped = signed[:i] + bytes([signed[i] ^ rng.randint(1, 255)]) + signed[i + 1 :]
            cases.append((flipped, headers, SECRET))
            sig = headers["X-Signature-V2"]
            j = rng.randrange(len(sig))
            bad_sig = sig[:j] + ("0" if sig[j] != "0" else "1") + sig[j + 1 :]
            cases.append((signed, {"X-Timestamp": str(NOW), "X-Signature-V2": bad_sig}, SECRET))
    good = sign(b"{}", SECRET, timestamp=NOW)
    for body in (b'{"a": NaN}', b'{"a": 1e999}', b"[1, 2]", b"{oops", b"\xff{}", b"[" * 100_000):
        cases.append((body, good, SECRET))
    return cases


# --- measuring ---------------------------------------------------------------------------------


def _per_call_pair(
    first: Callable[[], object], second: Callable[[], object], calls: int, repeats: int = 15
) -> tuple[float, float]:
    """Seconds per call of each, best of ``repeats`` interleaved rounds (other load on the machine
    only ever adds time, so the best round is the least disturbed one, for both alike)."""
    best = [float("inf"), float("inf")]
    for _ in range(repeats):
        for i, fn in enumerate((first, second)):
            start = time.perf_counter()
            for _ in range(calls):
                fn()
            best[i] = min(best[i], (time.perf_counter() - start) / calls)
    return best[0], best[1]


def _call(fn: Callable[..., object], *args: Any) -> Callable[[], object]:
    def call() -> object:
        return fn(*args, now=NOW)

    return call


def run(calls: int = 1000) -> dict[str, Any]:
    """Measure agreement and speed; returns the figures (times in microseconds per call)."""
    cases = corpus()
    disagreements = [
        i
        for i, (body, headers, secrets) in enumerate(cases)
        if reference_verify(body, headers, secrets, now=NOW)
        != ours(body, headers, secrets, now=NOW)
    ]
    accepted = sum(ours(b, h, s, now=NOW) is not None for b, h, s in cases)

    figures: dict[str, Any] = {
        "cases": len(cases),
        "accepted": accepted,
        "rejected": len(cases) - accepted,
        "disagreements": len(disagreements),
    }
    small = {
        "session_id": "s",
        "status": "Approved",
        "webhook_type": "status.updated",
        "timestamp": NOW,
    }
    no_whole_floats = _shorten_floats(docs_payload())  # serialised, byte-identical to canonical
    secrets = [OLD_SECRET, SECRET]  # a rotation: the first secret fails, the second matches
    for label, payload, reencode in (
        ("docs_delivery_reencoded", docs_payload(), True),
        ("docs_delivery_as_sent", docs_payload(), False),
        ("canonical_delivery_as_sent", no_whole_floats, False),
        ("small_envelope_as_sent", small, False),
    ):
        # Re-encoded (indented) on the way: only V2 can pass, after a full canonical re-encoding.
        body = json.dumps(payload, indent=2).encode() if reencode else serialize(payload)
        headers = sign(serialize(payload), SECRET, timestamp=NOW)
        assert ours(body, headers, secrets, now=NOW) == "v2"
        assert reference_verify(body, headers, secrets, now=NOW) == "v2"
        t_ours, t_ref = _per_call_pair(
            _call(verify, body, headers, secrets),
            _call(reference_verify, body, headers, secrets),
            calls,
        )
        figures[label] = {
            "bytes": len(body),
            "verify_us": round(t_ours * 1e6, 2),
            "reference_us": round(t_ref * 1e6, 2),
            "speedup": round(t_ref / t_ours, 2),
        }
    figures["met"] = figures["disagreements"] == 0 and all(
        isinstance(v, dict) and v["speedup"] >= 1.0 for v in figures.values() if isinstance(v, dict)
    )
    return figures


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))

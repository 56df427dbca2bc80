"""verify/sign: the docs' payloads, rotation, freshness, the Simple scheme, events, hard edges."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from didit_async.models import SessionDecision
from didit_async.webhooks import (
    WebhookEvent,
    WebhookVerificationError,
    serialize,
    sign,
    verify,
)

SECRET = "whsec_correct_horse_battery"
NOW = 1_774_970_000
EXAMPLES = Path(__file__).parent.parent / "fixtures" / "examples"

# The status.updated sample from Didit's quick start (seed docs), verbatim.
QUICK_START = {
    "event_id": "9c0c8b8a-1111-4222-9333-444444444444",
    "webhook_type": "status.updated",
    "timestamp": 1774970000,
    "created_at": 1774969994,
    "application_id": "11111111-2222-3333-4444-555555555555",
    "environment": "live",
    "session_id": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
    "status": "Approved",
    "workflow_id": "22222222-3333-4444-5555-666666666666",
    "workflow_version": 4,
    "vendor_data": "user-123",
    "metadata": {"plan": "premium"},
    "decision": {
        "session_id": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
        "status": "Approved",
        "id_verifications": [
            {
                "node_id": "id_verification_1",
                "status": "Approved",
                "document_type": "Passport",
                "warnings": [],
            }
        ],
        "liveness_checks": [
            {
                "node_id": "liveness_1",
                "status": "Approved",
                "method": "PASSIVE",
                "score": 95.4,
                "warnings": [],
            }
        ],
        "face_matches": [
            {"node_id": "face_match_1", "status": "Approved", "score": 96.1, "warnings": []}
        ],
        "reviews": [],
    },
}


def docs_payloads() -> list[dict[str, Any]]:
    fixtures = [json.loads(p.read_text()) for p in sorted(EXAMPLES.glob("WebhookSession*.json"))]
    return [QUICK_START, *fixtures]


def reason_of(body: bytes, headers: dict[str, str], secrets: Any = SECRET, **kw: Any) -> str:
    with pytest.raises(WebhookVerificationError) as info:
        verify(body, headers, secrets, **{"now": NOW, **kw})
    return info.value.reason


# --- the docs' payloads ------------------------------------------------------------------------


@pytest.mark.parametrize("index", range(len(docs_payloads())))
@pytest.mark.parametrize("style", ["indented", "shuffled", "ascii", "unicode", "whole-floats"])
def test_docs_payloads_verify_under_v2_however_serialised(index: int, style: str) -> None:
    payload = docs_payloads()[index]
    payload["metadata"] = {"full_name": "Zoë Åström 李小龍", "score": 95.0, "tiny": 1e-7}
    ts = int(payload.get("timestamp", NOW))
    headers = sign(serialize(payload), SECRET, timestamp=ts)
    sent = {
        "indented": json.dumps(payload, indent=4),
        "shuffled": json.dumps(dict(reversed(list(payload.items())))),
        "ascii": json.dumps(payload, ensure_ascii=True),
        "unicode": json.dumps(payload, ensure_ascii=False, separators=(",", ":")),
        # a JavaScript middleware: 95.0 comes back as 95
        "whole-floats": json.dumps({**payload, "metadata": {**payload["metadata"], "score": 95}}),
    }[style].encode()
    event = verify(sent, headers, SECRET, now=ts)
    assert event.scheme == "v2"
    assert event.type == event.webhook_type == payload["webhook_type"]
    assert event.raw["metadata"]["full_name"] == "Zoë Åström 李小龍"


def test_the_quick_start_delivery_is_a_typed_event() -> None:
    body = serialize(QUICK_START)
    event = verify(body, sign(body, SECRET, timestamp=NOW), SECRET, now=NOW)
    assert (event.event_id, event.session_id, event.status, event.vendor_data) == (
        "9c0c8b8a-1111-4222-9333-444444444444",
        "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
        "Approved",
        "user-123",
    )
    assert isinstance(event.decision, SessionDecision)
    assert event.decision.status == "Approved"
    assert vars(event)["decision"] is event.decision  # decoded once, then kept
    assert event.decision.liveness_checks and event.decision.liveness_checks[0].score == 95.4
    assert not event.envelope_only and not event.used_previous_secret
    assert "decision" not in repr(event)  # the payload (personal data) stays out of reprs


def test_a_decision_that_does_not_decode_keeps_the_delivery_valid(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import didit_async.models as models

    def broken(type_: object, data: object) -> object:
        raise TypeError("schema drift")

    monkeypatch.setattr(models, "decode", broken)
    body = serialize(QUICK_START)
    event = verify(body, sign(body, SECRET, timestamp=NOW), SECRET, now=NOW)
    assert event.decision is None
    assert event.raw["decision"]["status"] == "Approved"


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (  # current entity events are flat
            {
                "event_id": "e1",
                "webhook_type": "user.status.updated",
                "timestamp": NOW,
                "vendor_data": "user-9",
                "status": "Blocked",
                "previous_status": "Active",
            },
            ("user.status.updated", "e1", None, "Blocked", "user-9"),
        ),
        (  # the older entity envelope: {"event", "data"} and an ISO timestamp (NOW)
            {
                "event": "business.data.updated",
                "timestamp": "2026-03-31T15:13:20Z",
                "data": {"vendor_data": "biz-1", "status": "Active", "uuid": "u"},
            },
            ("business.data.updated", None, None, "Active", "biz-1"),
        ),
        (  # an event type nobody knows yet still parses and keeps its data
            {"webhook_type": "travel_rule.status.updated", "timestamp": NOW, "x": {"y": [1]}},
            ("travel_rule.status.updated", None, None, None, None),
        ),
    ],
)
def test_entity_legacy_and_unknown_events(
    payload: dict[str, Any], expected: tuple[object, ...]
) -> None:
    body = serialize(payload)
    event = verify(body, sign(body, SECRET, timestamp=NOW), SECRET, now=NOW)
    assert (event.type, event.event_id, event.session_id, event.status, event.vendor_data) == (
        expected
    )
    assert event.raw == payload
    assert event.decision is None


# --- rotation and secrets ----------------------------------------------------------------------


def test_a_delivery_signed_with_the_old_secret_verifies_with_new_and_old() -> None:
    body = serialize(QUICK_START)
    headers = sign(body, "old", timestamp=NOW)
    assert verify(body, headers, ["new", "old"], now=NOW).scheme == "v2"
    assert reason_of(body, headers, ["new"]) == "bad_signature"


def test_previous_headers_during_a_rotation() -> None:
    body = serialize(QUICK_START)
    headers = sign(body, "brand-new", timestamp=NOW, previous_secret="old")
    assert not verify(body, headers, ["brand-new", "old"], now=NOW).used_previous_secret
    # a receiver still configured with the old secret only: the -Previous headers carry it
    for scheme, name in (("v2", "X-Signature-V2-Previous"), ("raw", "X-Signature-Previous")):
        only = {"X-Timestamp": str(NOW), name: headers[name]}
        event = verify(body, only, "old", now=NOW)
        assert (event.scheme, event.used_previous_secret) == (scheme, True)
    simple = {
        "X-Timestamp": str(NOW),
        "X-Signature-Simple-Previous": headers["X-Signature-Simple-Previous"],
    }
    assert verify(body, simple, "old", now=NOW, allow_simple=True).used_previous_secret


def test_every_secret_is_tried_in_any_order() -> None:
    body = serialize({"session_id": "s", "timestamp": NOW})
    headers = sign(body, "b", timestamp=NOW)
    for secrets in (["a", "b", "c"], ["c", "b"], ("b",), ["", "b"]):
        assert verify(body, headers, secrets, now=NOW).session_id == "s"


@pytest.mark.parametrize("secrets", ["", [], ["", ""]])
def test_no_usable_secret_is_a_configuration_error(secrets: Any) -> None:
    with pytest.raises(ValueError, match="non-empty webhook secret"):
        verify(b"{}", {"X-Timestamp": str(NOW), "X-Signature-V2": "0" * 64}, secrets, now=NOW)


# --- freshness ---------------------------------------------------------------------------------


def test_a_delivery_older_or_newer_than_the_tolerance_fails_even_when_correctly_signed() -> None:
    for ts, reason in ((NOW - 301, "stale_timestamp"), (NOW + 301, "future_timestamp")):
        body = serialize({**QUICK_START, "timestamp": ts})
        headers = sign(body, SECRET, timestamp=ts)
        assert reason_of(body, headers) == reason
        assert verify(body, headers, SECRET, now=NOW, tolerance=301).scheme == "v2"
    body = serialize({**QUICK_START, "timestamp": NOW - 300})
    assert verify(body, sign(body, SECRET, timestamp=NOW - 300), SECRET, now=NOW)


def test_the_timestamp_is_checked_before_any_hmac(monkeypatch: pytest.MonkeyPatch) -> None:
    import didit_async._webhook_verify as verifying

    def no_hmac(key: bytes, message: bytes) -> str:
        raise AssertionError("HMAC computed for a stale delivery")

    body = serialize({**QUICK_START, "timestamp": NOW - 1000})
    headers = sign(body, SECRET, timestamp=NOW - 1000)
    monkeypatch.setattr(verifying, "_hex_hmac", no_hmac)
    assert reason_of(body, headers) == "stale_timestamp"


@pytest.mark.parametrize("stamp", ["", "abc", "-5", "+1774970000", "1_774_970_000", "١٢٣", "1.5"])
def test_timestamps_must_be_plain_unix_seconds(stamp: str) -> None:
    assert reason_of(b"{}", {"X-Timestamp": stamp, "X-Signature-V2": "0" * 64}) == (
        "invalid_timestamp"
    )


def test_a_retry_re_stamped_minutes_later_verifies() -> None:
    # Didit retries after 1 and 4 more minutes: the body keeps the event's timestamp, and
    # X-Timestamp is the delivery time.
    for late in (0, 60, 300):
        body = serialize({"session_id": "s", "timestamp": NOW - late})
        event = verify(body, sign(body, SECRET, timestamp=NOW), SECRET, now=NOW)
        assert event.timestamp == NOW and event.raw["timestamp"] == NOW - late
    same = serialize({"session_id": "s", "timestamp": float(NOW)})  # 1774970000.0 is the same
    assert verify(same, sign(same, SECRET, timestamp=NOW), SECRET, now=NOW)


@pytest.mark.parametrize("late", [0, 1, 30, 60])
def test_every_retry_didit_documents_verifies_for_a_first_attempt_up_to_a_minute_late(
    late: int,
) -> None:
    # Didit retries twice, 1 and then 4 more minutes after the attempt before, with the same
    # body; X-Timestamp is each attempt's own time. A first attempt leaving a second or more
    # after the event used to see its last retry refused (body and X-Timestamp 301+ s apart).
    body = serialize({**QUICK_START, "timestamp": NOW})
    first = NOW + late
    for attempt in (first, first + 60, first + 60 + 240):
        headers = sign(body, SECRET, timestamp=attempt)
        # Arriving at once, or at the end of Didit's 5 s wait on the attempt before.
        for arrival in (attempt, attempt + 5):
            event = verify(body, headers, SECRET, now=arrival)
            assert (event.event_id, event.timestamp) == (QUICK_START["event_id"], attempt)


def test_a_replayed_signed_body_older_than_the_last_retry_fails_whatever_x_timestamp_says() -> None:
    # X-Timestamp is not signed: a replayer picks any fresh one. The event's own timestamp is
    # signed, so it is the replay bound: 420 s by default, the last retry with room to spare.
    for age in (421, 550, 599, 3600, 86_400):
        body = serialize({**QUICK_START, "timestamp": NOW - age})
        for stamp in range(NOW - 300, NOW + 301, 50):
            assert reason_of(body, sign(body, SECRET, timestamp=stamp)) == "stale_event"
    # Exactly at the bound it still verifies; the bound can be set per call.
    body = serialize({**QUICK_START, "timestamp": NOW - 420})
    assert verify(body, sign(body, SECRET, timestamp=NOW), SECRET, now=NOW)
    late = serialize({**QUICK_START, "timestamp": NOW - 1000})
    assert verify(late, sign(late, SECRET, timestamp=NOW), SECRET, now=NOW, max_event_age=1000)
    # An event stamped in the future by more than the tolerance: a wrong clock somewhere.
    ahead = serialize({"session_id": "s", "timestamp": NOW + 301})
    assert reason_of(ahead, sign(ahead, SECRET, timestamp=NOW)) == "future_timestamp"


@pytest.mark.parametrize(
    ("stamp", "reason"),
    [(10**400, "future_timestamp"), (-(10**400), "stale_event"), (1e300, "future_timestamp")],
)
def test_an_event_timestamp_past_any_float_is_refused_not_a_crash(stamp: Any, reason: str) -> None:
    body = serialize({"session_id": "s", "timestamp": stamp})
    assert reason_of(body, sign(body, SECRET, timestamp=NOW)) == reason


def test_an_iso_event_timestamp_is_bound_like_a_number() -> None:
    # Older entity events carry the event time as an ISO 8601 string, signed all the same.
    for stamp in ("2026-03-31T15:13:20Z", "2026-03-31T16:13:20+01:00"):  # NOW, two spellings
        body = serialize({"event": "user.status.updated", "timestamp": stamp})
        assert verify(body, sign(body, SECRET, timestamp=NOW + 400), SECRET, now=NOW + 400)
        assert reason_of(body, sign(body, SECRET, timestamp=NOW + 421), now=NOW + 421) == (
            "stale_event"
        )
    # Without an offset it is not a point in time, and text that is not a date is not a time.
    for stamp in ("2020-01-01T00:00:00", "yesterday"):
        body = serialize({"event": "user.status.updated", "timestamp": stamp})
        assert verify(body, sign(body, SECRET, timestamp=NOW), SECRET, now=NOW)


# --- schemes -----------------------------------------------------------------------------------


def test_header_names_are_case_insensitive_and_any_mapping_works() -> None:
    body = serialize(QUICK_START)
    headers = sign(body, SECRET, timestamp=NOW)
    for variant in (
        {k.lower(): v for k, v in headers.items()},
        {k.upper(): v.upper() for k, v in headers.items()},
        httpx.Headers(headers),
    ):
        assert verify(body, variant, SECRET, now=NOW).scheme == "v2"


def test_raw_is_the_fallback_when_v2_is_absent_or_wrong() -> None:
    body = json.dumps(QUICK_START, indent=2).encode()
    headers = sign(body, SECRET, timestamp=NOW)
    assert verify(body, headers, SECRET, now=NOW).scheme == "v2"
    broken_v2 = dict(headers, **{"X-Signature-V2": "f" * 64})
    assert verify(body, broken_v2, SECRET, now=NOW).scheme == "raw"


def test_a_canonical_body_needs_no_re_encoding_and_answers_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import didit_async._webhook_verify as verifying

    payload = {**QUICK_START, "metadata": {"name": "Zoë"}}
    body = serialize(payload)  # no whole floats: byte-for-byte canonical
    headers = {k: v for k, v in sign(body, SECRET, timestamp=NOW).items() if "V2" in k}
    headers["X-Timestamp"] = str(NOW)

    class NoEncoding:
        def encode(self, value: object) -> str:
            raise AssertionError("re-encoded a canonical body")

    monkeypatch.setattr(verifying, "_CANONICAL", NoEncoding())
    assert verify(body, headers, ["other", SECRET], now=NOW).scheme == "v2"


def test_simple_only_when_allowed_and_then_only_the_envelope() -> None:
    body = serialize(QUICK_START)
    headers = sign(body, SECRET, timestamp=NOW)
    only_simple = {"X-Timestamp": str(NOW), "X-Signature-Simple": headers["X-Signature-Simple"]}
    assert reason_of(body, only_simple) == "missing_headers"
    event = verify(body, only_simple, SECRET, now=NOW, allow_simple=True)
    assert event.envelope_only and event.scheme == "simple"
    assert (event.type, event.session_id, event.status, event.timestamp) == (
        "status.updated",
        QUICK_START["session_id"],
        "Approved",
        NOW,
    )
    # the Simple signature does not cover these, so they are not handed out as if it did
    assert event.event_id is None and event.vendor_data is None and event.decision is None
    # ... and it does cover the envelope
    forged = serialize({**QUICK_START, "status": "Declined"})
    assert reason_of(forged, only_simple, allow_simple=True) == "bad_signature"


def test_sign_accepts_bytes_text_or_a_payload() -> None:
    payload = {"b": 1.0, "a": "é", "timestamp": NOW}
    assert serialize(payload) == '{"a":"é","b":1.0,"timestamp":1774970000}'.encode()
    by_bytes = sign(serialize(payload), SECRET, timestamp=NOW)
    assert sign(payload, SECRET, timestamp=NOW) == by_bytes
    assert sign(serialize(payload).decode(), SECRET, timestamp=NOW) == by_bytes
    assert by_bytes["X-Signature"] != by_bytes["X-Signature-V2"]  # 1.0 on the wire, 1 signed
    with pytest.raises(json.JSONDecodeError):
        sign(b"{not json", SECRET)
    with pytest.raises(ValueError, match="NaN"):
        sign(b'{"a": NaN}', SECRET)
    assert abs(int(sign(b"{}", SECRET)["X-Timestamp"]) - time.time()) < 5


# --- hard edges --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b'{"a": NaN}', "invalid_json"),
        (b'{"a": -Infinity}', "invalid_json"),
        (b'{"a": 1e999}', "invalid_json"),  # overflows to inf
        (b"{oops", "invalid_json"),
        (b'{"a": "\xff"}', "invalid_json"),  # not UTF-8
        (b'\xef\xbb\xbf{"a": 1}', "invalid_json"),  # a BOM
        (b'{"a": [' * 50_000 + b"]}" * 50_000, "invalid_json"),  # nesting deeper than Python
        (b"[1, 2]", "not_an_object"),
        (b'"text"', "not_an_object"),
        (b"null", "not_an_object"),
    ],
)
def test_malformed_bodies(body: bytes, reason: str) -> None:
    headers = {"X-Timestamp": str(NOW), "X-Signature-V2": "0" * 64}
    assert reason_of(body, headers, max_body_bytes=10**6) == reason


def test_size_cap_before_anything_else() -> None:
    body = serialize({"session_id": "s", "pad": "x" * 2000})
    assert reason_of(body, sign(body, SECRET, timestamp=NOW), max_body_bytes=1000) == (
        "body_too_large"
    )
    assert reason_of(body, {}, max_body_bytes=1000) == "body_too_large"
    assert verify(body, sign(body, SECRET, timestamp=NOW), SECRET, now=NOW, max_body_bytes=2100)


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-Timestamp": str(NOW)},
        {"X-Signature-V2": "0" * 64},
        {"X-Timestamp": str(NOW), "X-Signature-Simple": "0" * 64},  # Simple not allowed
    ],
)
def test_missing_headers(headers: dict[str, str]) -> None:
    assert reason_of(b"{}", headers) == "missing_headers"


@pytest.mark.parametrize("sig", ["", "  ", "zz", "é" * 64, "0" * 63, "0" * 65, "sha256=abc"])
def test_odd_signature_values_are_bad_signatures_not_crashes(sig: str) -> None:
    body = serialize({"session_id": "s"})
    assert reason_of(body, {"X-Timestamp": str(NOW), "X-Signature-V2": sig}) == "bad_signature"


def test_errors_never_show_the_secret_the_signature_or_the_body() -> None:
    body = serialize({**QUICK_START, "vendor_data": "very-private-user"})
    good = sign(body, SECRET, timestamp=NOW)
    attempts: list[tuple[bytes, dict[str, str], dict[str, Any]]] = [
        (body, dict(good, **{"X-Signature-V2": "f" * 64, "X-Signature": "f" * 64}), {}),
        (body, good, {"now": NOW + 10_000}),
        (body, good, {"max_body_bytes": 10}),
        (body[:-1], good, {}),
    ]
    for data, headers, kw in attempts:
        for secrets in ("other-secret", [SECRET + "-x", "other-secret"]):
            with pytest.raises(WebhookVerificationError) as info:
                verify(data, headers, secrets, **{"now": NOW, **kw})
            text = str(info.value) + repr(info.value) + str(info.value.args)
            for secret_thing in ("other-secret", SECRET, good["X-Signature-V2"], "very-private"):
                assert secret_thing not in text


def test_event_is_immutable() -> None:
    event = WebhookEvent(
        type="t",
        event_id=None,
        session_id=None,
        status=None,
        vendor_data=None,
        timestamp=1,
        raw={},
        scheme="v2",
    )
    with pytest.raises(AttributeError):
        event.status = "Approved"  # type: ignore[misc]


def test_public_surface() -> None:
    import didit_async.webhooks as webhooks

    assert webhooks.__all__ == sorted(webhooks.__all__)
    aliases = {"Reason", "Scheme"}  # Literal types: documented by the string after them
    assert all(getattr(webhooks, n).__doc__ for n in set(webhooks.__all__) - aliases)
    assert {"verify", "sign", "canonical_json", "serialize", "webhook_endpoint"} <= set(
        webhooks.__all__
    )


@pytest.mark.parametrize(
    "note",
    ["release v1.0, then v2.0]", "2.0}", "ends with 3.0"],
)
@pytest.mark.parametrize("score", [96.0, 96.5])
def test_bodies_that_only_look_like_whole_floats_or_carry_them_verify_either_way(
    note: str, score: float
) -> None:
    # verify guesses from the raw bytes whether a body is already canonical, to try the cheaper
    # check first; the guess must only ever change the order of work, never the answer.
    payload = {"note": note, "score": score, "session_id": "s", "timestamp": NOW}
    signed = sign(payload, SECRET, timestamp=NOW)
    for body in (serialize(payload), json.dumps(payload, separators=(",", ":")).encode()):
        event = verify(body, signed, SECRET, now=NOW)
        assert event.scheme == "v2"
        assert event.raw["note"] == note

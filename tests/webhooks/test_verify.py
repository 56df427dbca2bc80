"""verify/sign: exact canonical JSON, rotation, freshness, and every hard edge."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from didit_async.models import SessionDecision
from didit_async.webhooks import WebhookVerificationError, canonical_json, sign, verify

SECRET = "whsec_correct_horse_battery"
NOW = 1_774_970_000
EXAMPLES = Path(__file__).parent.parent / "fixtures" / "examples"

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
json_objects = st.dictionaries(st.text(max_size=8), json_values, max_size=6)


def deliver(payload: dict, *, secret: str = SECRET, ts: int = NOW, **dumps: object) -> tuple:
    body = json.dumps(payload, **dumps).encode()  # type: ignore[arg-type]
    return body, sign(body, secret, timestamp=ts)


def test_canonical_form_matches_didits_rules() -> None:
    value = {"b": 2.0, "a": {"z": [1.0, 1.5, -0.0], "é": "ü"}, "c": 1e-7}
    assert canonical_json(value) == '{"a":{"z":[1,1.5,0],"é":"ü"},"b":2,"c":1e-07}'


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(payload=json_objects)
def test_round_trip_for_any_json_object(payload: dict) -> None:
    payload.pop("timestamp", None)
    body, headers = deliver(payload, ensure_ascii=False)
    event = verify(body, headers, SECRET, now=NOW)
    assert event.raw == json.loads(body)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(payload=json_objects, data=st.data())
def test_any_change_that_changes_the_content_fails(payload: dict, data: st.DataObject) -> None:
    payload.pop("timestamp", None)
    body = canonical_json(payload).encode()
    headers = sign(body, SECRET, timestamp=NOW)
    i = data.draw(st.integers(0, len(body) - 1))
    flipped = body[:i] + bytes([body[i] ^ data.draw(st.integers(1, 255))]) + body[i + 1 :]
    try:
        changed = json.loads(flipped)
    except (ValueError, UnicodeDecodeError):
        changed = None
    try:
        same = changed is not None and canonical_json(changed) == canonical_json(payload)
    except ValueError:  # e.g. a digit flipped into 1e999: no longer finite JSON
        same = False
    if same:
        return  # the same canonical content: V2 is designed to accept it
    with pytest.raises(WebhookVerificationError):
        verify(flipped, headers, SECRET, now=NOW)


def test_a_changed_signature_or_timestamp_fails() -> None:
    body, headers = deliver({"session_id": "s", "status": "Approved", "timestamp": NOW})
    bad = dict(headers, **{"X-Signature-V2": "0" * 64, "X-Signature": "0" * 64})
    with pytest.raises(WebhookVerificationError) as info:
        verify(body, bad, SECRET, now=NOW)
    assert info.value.reason == "bad_signature"
    moved = dict(headers, **{"X-Timestamp": str(NOW + 1)})
    with pytest.raises(WebhookVerificationError):
        verify(body, moved, SECRET, now=NOW)


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("WebhookSessionPayload.*.json")))
@pytest.mark.parametrize("style", ["indented", "shuffled", "ascii", "unicode"])
def test_docs_payloads_verify_under_v2_however_serialised(path: Path, style: str) -> None:
    payload = json.loads(path.read_text())
    payload["full_name"] = "Zoë Åström 李"
    payload["score"] = 95.0
    ts = payload.get("timestamp", NOW)
    signed_body = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()
    headers = sign(signed_body, SECRET, timestamp=ts)
    reencoded = {
        "indented": json.dumps(payload, indent=4),
        "shuffled": json.dumps(dict(reversed(list(payload.items())))),
        "ascii": json.dumps(payload, ensure_ascii=True),
        "unicode": json.dumps(payload, ensure_ascii=False),
    }[style].encode()
    event = verify(reencoded, headers, SECRET, now=ts)
    assert event.scheme == "v2"
    assert event.type == payload["webhook_type"]


def test_the_decision_is_typed() -> None:
    payload = json.loads((EXAMPLES / "WebhookSessionPayload.2.json").read_text())
    body = json.dumps(payload).encode()
    event = verify(
        body, sign(body, SECRET, timestamp=payload["timestamp"]), SECRET, now=payload["timestamp"]
    )
    assert isinstance(event.decision, SessionDecision)
    assert event.decision.status == "Approved"
    assert event.event_id == payload["event_id"]


def test_rotation_old_secret_and_previous_headers() -> None:
    body, headers = deliver({"session_id": "s", "status": "Declined"}, secret="old")
    assert verify(body, headers, ["new", "old"], now=NOW).scheme == "v2"
    with pytest.raises(WebhookVerificationError):
        verify(body, headers, ["new"], now=NOW)
    rotated = sign(body, "brand-new", timestamp=NOW, previous_secret="old")
    event = verify(
        body,
        {
            "X-Timestamp": rotated["X-Timestamp"],
            "X-Signature-V2-Previous": rotated["X-Signature-V2-Previous"],
        },
        "old",
        now=NOW,
    )
    assert event.used_previous_secret


def test_first_secret_failing_does_not_reject_when_the_second_matches() -> None:
    body, headers = deliver({"session_id": "s"}, secret="b")
    assert verify(body, headers, ["a", "b", "c"], now=NOW).session_id == "s"


def test_stale_and_future_deliveries_fail_even_with_a_correct_signature() -> None:
    body, headers = deliver({"session_id": "s"}, ts=NOW - 301)
    with pytest.raises(WebhookVerificationError) as info:
        verify(body, headers, SECRET, now=NOW)
    assert info.value.reason == "stale_timestamp"
    body, headers = deliver({"session_id": "s"}, ts=NOW + 301)
    with pytest.raises(WebhookVerificationError) as info:
        verify(body, headers, SECRET, now=NOW)
    assert info.value.reason == "future_timestamp"
    assert verify(body, headers, SECRET, now=NOW + 1, tolerance=300).session_id == "s"


def test_headers_are_case_insensitive_and_raw_scheme_is_a_fallback() -> None:
    body, headers = deliver({"session_id": "s"})
    lower = {k.lower(): v for k, v in headers.items() if k != "X-Signature-V2"}
    assert verify(body, lower, SECRET, now=NOW).scheme == "raw"


def test_simple_scheme_only_when_allowed_and_marked_envelope_only() -> None:
    body, headers = deliver(
        {
            "session_id": "s",
            "status": "Approved",
            "webhook_type": "status.updated",
            "decision": {"status": "x"},
        }
    )
    only_simple = {
        "X-Timestamp": headers["X-Timestamp"],
        "X-Signature-Simple": headers["X-Signature-Simple"],
    }
    with pytest.raises(WebhookVerificationError):
        verify(body, only_simple, SECRET, now=NOW)
    event = verify(body, only_simple, SECRET, now=NOW, allow_simple=True)
    assert event.envelope_only and event.decision is None


@pytest.mark.parametrize(
    ("body", "reason"),
    [(b'{"a": NaN}', "invalid_json"), (b"[1, 2]", "not_an_object"), (b"{oops", "invalid_json")],
)
def test_malformed_bodies_are_rejected(body: bytes, reason: str) -> None:
    headers = {"X-Timestamp": str(NOW), "X-Signature-V2": "0" * 64}
    with pytest.raises(WebhookVerificationError) as info:
        verify(body, headers, SECRET, now=NOW)
    assert info.value.reason == reason


def test_size_cap_missing_headers_and_timestamp_mismatch() -> None:
    body, headers = deliver({"session_id": "s", "pad": "x" * 2000})
    with pytest.raises(WebhookVerificationError) as info:
        verify(body, headers, SECRET, now=NOW, max_body_bytes=1000)
    assert info.value.reason == "body_too_large"
    with pytest.raises(WebhookVerificationError) as info:
        verify(body, {"X-Signature-V2": headers["X-Signature-V2"]}, SECRET, now=NOW)
    assert info.value.reason == "missing_headers"
    body, headers = deliver({"session_id": "s", "timestamp": NOW - 5})
    with pytest.raises(WebhookVerificationError) as info:
        verify(body, headers, SECRET, now=NOW)
    assert info.value.reason == "timestamp_mismatch"


def test_errors_never_show_the_secret_or_signature() -> None:
    body, headers = deliver({"session_id": "s"})
    with pytest.raises(WebhookVerificationError) as info:
        verify(
            body,
            dict(headers, **{"X-Signature-V2": "f" * 64, "X-Signature": "f" * 64}),
            "other-secret",
            now=NOW,
        )
    text = str(info.value) + repr(info.value)
    assert "other-secret" not in text and SECRET not in text
    assert headers["X-Signature-V2"] not in text

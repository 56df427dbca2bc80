"""Canonical JSON, sign/verify round trips, and exactly which changes a signature catches.

What holds, precisely (and what these properties check):

* ``verify(body, sign(body, s), s)`` succeeds for every JSON object, however it is serialised.
* With only ``X-Signature`` (raw bytes), changing any one byte of the body fails.
* With ``X-Signature-V2``, a changed body verifies exactly when its canonical form is unchanged
  (re-indenting, ``\\u`` escapes, ``2.0`` for ``2``): "verifies => same canonical content".
  Every change to the *canonical* body that changes the parsed value fails.
* Changing any one character of the signature fails.
* ``X-Timestamp`` is not inside the V2 or raw message; it is bound to the signed content by the
  body's own ``timestamp``, which every Didit event carries: with it, any other timestamp fails.
"""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from didit_async.webhooks import (
    WebhookVerificationError,
    canonical_json,
    serialize,
    sign,
    verify,
)

SECRET = "whsec_correct_horse_battery"
NOW = 1_774_970_000

awkward_floats = st.sampled_from([2.0, -0.0, 0.0, 1e-7, 1.5e300, -2.5, 0.1, 1e16, 95.4, 5e-324])
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats(allow_nan=False, allow_infinity=False)
    | awkward_floats
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=25,
)
json_objects = st.dictionaries(
    st.text(max_size=8).filter(lambda k: k != "timestamp"), json_values, max_size=6
)
SETTINGS = settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)


def serialisations(payload: dict[str, Any]) -> dict[str, bytes]:
    return {
        "wire": serialize(payload),
        "canonical": canonical_json(payload).encode(),
        "indented": json.dumps(payload, indent=2).encode(),
        "ascii": json.dumps(payload, ensure_ascii=True).encode(),
        "reversed": json.dumps(dict(reversed(list(payload.items()))), ensure_ascii=False).encode(),
    }


def flip(data: bytes, i: int, mask: int) -> bytes:
    return data[:i] + bytes([data[i] ^ mask]) + data[i + 1 :]


def test_canonical_form_follows_didits_rules() -> None:
    value = {"b": 2.0, "a": {"z": [1.0, 1.5, -0.0, (3.0,)], "é": "ü"}, "c": 1e-7, "d": 2**70}
    assert canonical_json(value) == (
        '{"a":{"z":[1,1.5,0,[3]],"é":"ü"},"b":2,"c":1e-07,"d":1180591620717411303424}'
    )
    assert canonical_json(True) == "true"  # bools are not numbers here
    for bad in (math.nan, math.inf, -math.inf):
        with pytest.raises(ValueError, match="not JSON compliant"):
            canonical_json({"x": bad})


def test_golden_vector() -> None:
    """Pinned values, computed once with nothing but hmac and a hand-written canonical string."""
    body = (
        b'{\n  "webhook_type": "status.updated",\n'
        b'  "session_id": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",\n  "status": "Approved",\n'
        b'  "timestamp": 1774970000,\n  "vendor_data": "user-123",\n  "decision": {\n'
        b'    "full_name": "Zo\\u00eb \\u00c5str\\u00f6m",\n    "score": 96.0,\n'
        b'    "warnings": []\n  }\n}'
    )
    headers = sign(body, "whsec_golden", timestamp=1_774_970_000)
    assert headers == {
        "X-Timestamp": "1774970000",
        "X-Signature": "e9f71680806f8da349b528a24e4b2a21af8f6841860b305b3859751a2173e1f7",
        "X-Signature-V2": "33bc00c193d85127107345d267647e3a9c8fbeadcc05b6133bd6b231ca1cf2b6",
        "X-Signature-Simple": "b0218064f969495b95f21602b2e056aab65acdbf5d4c62c031d6c4ec87a35c36",
    }
    for only in ("X-Signature-V2", "X-Signature"):
        event = verify(
            body, {"X-Timestamp": "1774970000", only: headers[only]}, "whsec_golden", now=NOW
        )
        assert event.scheme == ("v2" if only == "X-Signature-V2" else "raw")


@SETTINGS
@given(value=json_values)
def test_canonical_form_is_a_fixed_point(value: object) -> None:
    text = canonical_json(value)
    assert canonical_json(json.loads(text)) == text
    assert canonical_json(json.loads(json.dumps(value, indent=1))) == text


@SETTINGS
@given(payload=json_objects)
def test_round_trip_for_any_json_object_however_serialised(payload: dict[str, Any]) -> None:
    headers = sign(payload, SECRET, timestamp=NOW)
    assert headers == sign(serialize(payload), SECRET, timestamp=NOW)
    for style, body in serialisations(payload).items():
        event = verify(body, headers, SECRET, now=NOW)
        assert event.scheme == "v2", style
        assert canonical_json(event.raw) == canonical_json(payload)
    # and each body verifies with the raw signature over its own bytes
    for body in serialisations(payload).values():
        raw_only = {k: v for k, v in sign(body, SECRET, timestamp=NOW).items() if "V2" not in k}
        assert verify(body, raw_only, SECRET, now=NOW).scheme == "raw"


@SETTINGS
@given(payload=json_objects, data=st.data())
def test_v2_accepts_a_changed_body_only_if_its_canonical_content_is_unchanged(
    payload: dict[str, Any], data: st.DataObject
) -> None:
    body = serialize(payload)
    headers = sign(body, SECRET, timestamp=NOW)
    changed = flip(body, data.draw(st.integers(0, len(body) - 1)), data.draw(st.integers(1, 255)))
    try:
        event = verify(changed, headers, SECRET, now=NOW)
    except WebhookVerificationError:
        return
    assert event.scheme == "v2"
    assert canonical_json(json.loads(changed)) == canonical_json(payload)


@SETTINGS
@given(payload=json_objects, data=st.data())
def test_any_change_to_the_canonical_body_that_changes_its_value_fails(
    payload: dict[str, Any], data: st.DataObject
) -> None:
    body = canonical_json(payload).encode()
    headers = sign(body, SECRET, timestamp=NOW)
    changed = flip(body, data.draw(st.integers(0, len(body) - 1)), data.draw(st.integers(1, 255)))
    try:
        same = canonical_json(json.loads(changed)) == canonical_json(payload)
    except ValueError:  # not JSON any more (or a digit became 1e999)
        same = False
    if same:  # e.g. "1e-07" -> "1E-07": the same number, so V2 rightly accepts it
        assert verify(changed, headers, SECRET, now=NOW).scheme == "v2"
        return
    with pytest.raises(WebhookVerificationError):
        verify(changed, headers, SECRET, now=NOW)


@SETTINGS
@given(payload=json_objects, data=st.data())
def test_with_the_raw_signature_alone_any_one_byte_change_fails(
    payload: dict[str, Any], data: st.DataObject
) -> None:
    body = json.dumps(payload, indent=data.draw(st.sampled_from([None, 2]))).encode()
    raw_only = {k: v for k, v in sign(body, SECRET, timestamp=NOW).items() if "V2" not in k}
    changed = flip(body, data.draw(st.integers(0, len(body) - 1)), data.draw(st.integers(1, 255)))
    with pytest.raises(WebhookVerificationError):
        verify(changed, raw_only, SECRET, now=NOW)


@SETTINGS
@given(payload=json_objects, data=st.data())
def test_any_change_to_one_signature_character_fails(
    payload: dict[str, Any], data: st.DataObject
) -> None:
    body = serialize(payload)
    headers = sign(body, SECRET, timestamp=NOW)
    name = data.draw(st.sampled_from(["X-Signature-V2", "X-Signature", "X-Signature-Simple"]))
    sig = headers[name]
    i = data.draw(st.integers(0, len(sig) - 1))
    other = data.draw(st.sampled_from("0123456789abcdef").filter(lambda c: c != sig[i]))
    tampered = {"X-Timestamp": headers["X-Timestamp"], name: sig[:i] + other + sig[i + 1 :]}
    with pytest.raises(WebhookVerificationError) as info:
        verify(body, tampered, SECRET, now=NOW, allow_simple=True)
    assert info.value.reason == "bad_signature"


@SETTINGS
@given(payload=json_objects, shift=st.integers(301, 10**6) | st.integers(-(10**6), -301))
def test_a_timestamp_beyond_the_tolerance_fails_when_the_body_carries_its_own(
    payload: dict[str, Any], shift: int
) -> None:
    payload = {**payload, "timestamp": NOW}
    body = serialize(payload)
    headers = sign(body, SECRET, timestamp=NOW)
    moved = dict(headers, **{"X-Timestamp": str(NOW + shift)})
    with pytest.raises(WebhookVerificationError) as info:
        verify(body, moved, SECRET, now=NOW, allow_simple=True)
    assert info.value.reason in {"timestamp_mismatch", "stale_timestamp", "future_timestamp"}


def test_without_a_body_timestamp_the_header_timestamp_is_not_authenticated() -> None:
    # Documented limit of Didit's V2 and raw schemes (the timestamp is not in the message):
    # only the Simple message covers it. Every current Didit event carries a body timestamp.
    body = serialize({"session_id": "s", "status": "Approved", "webhook_type": "status.updated"})
    headers = sign(body, SECRET, timestamp=NOW - 10_000)
    moved = dict(headers, **{"X-Timestamp": str(NOW)})
    assert verify(body, moved, SECRET, now=NOW).scheme == "v2"
    simple_only = {"X-Timestamp": str(NOW), "X-Signature-Simple": headers["X-Signature-Simple"]}
    with pytest.raises(WebhookVerificationError):
        verify(body, simple_only, SECRET, now=NOW, allow_simple=True)

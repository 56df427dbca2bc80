"""The fast response parser gives exactly what ``json.loads`` gives, or fails where it fails."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from didit_async import _json
from didit_async.models import SessionDecision, decode, decode_json


def same(a: Any, b: Any) -> bool:
    """Equal, and of the same types all the way down (1 and 1.0 differ; NaN equals NaN)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()  # unbounded: beyond 64 bits too
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(value=json_values, indent=st.sampled_from([None, 2]), ascii_only=st.booleans())
def test_parses_exactly_like_json_loads(value: Any, indent: int | None, ascii_only: bool) -> None:
    raw = json.dumps(value, indent=indent, ensure_ascii=ascii_only).encode()
    assert same(_json.loads(raw), json.loads(raw))


@pytest.mark.parametrize(
    "raw",
    [
        b'{"n": 123456789012345678901234567890}',  # beyond 64 bits: kept exact
        b'{"n": -9223372036854775809}',
        b'{"n": 18446744073709551616}',
        b'{"n": NaN, "m": -Infinity}',
        b'{"s": "\\ud800"}',  # lone surrogate
        b'\xef\xbb\xbf{"bom": true}',
        b'{"x": 1e400}',
        b'"just a string"',
        b'"\xed\xa0\x80"',  # a surrogate encoded in UTF-8: json.loads passes it through
        b"-" + b"7" * 4300,  # at Python's digit limit
        b"7" * 4300,
        b'{"a": 1, "a": 2}',  # duplicate keys: the last wins
        b"[" * 200 + b"]" * 200,
    ],
)
def test_edge_cases_match_json_loads(raw: bytes) -> None:
    assert same(_json.loads(raw), json.loads(raw))


def test_a_big_integer_in_metadata_survives_decoding() -> None:
    big = 2**80 + 1
    raw = json.dumps({"session_id": "s", "metadata": {"ledger": big}}).encode()
    assert decode_json(SessionDecision, raw).metadata == {"ledger": big}


@pytest.mark.parametrize("raw", [b"", b"{", b'{"a": }', b"\xff\xfe", b"[1,]", b'{"a":1} x'])
def test_invalid_bodies_raise_value_error_like_json_loads(raw: bytes) -> None:
    errors = []
    for parse in (json.loads, _json.loads):
        try:
            parse(raw)
        except ValueError as exc:
            errors.append(type(exc))
    assert len(errors) == 2  # both refused it, with a ValueError (JSONDecodeError or Unicode)


def test_an_ordinary_body_takes_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("json.loads was used")

    monkeypatch.setattr(json, "loads", refuse)
    assert _json.loads(b'{"n": 12345678901234567890123, "s": "x"}') == {
        "n": 12345678901234567890123,
        "s": "x",
    }


def test_without_msgspec_it_is_json_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_json, "_fast", None)
    raw = b'{"session_id": "s", "status": "Approved", "n": 1.0}'
    assert same(_json.loads(raw), json.loads(raw))


def test_decode_json_takes_text_or_bytes() -> None:
    text = '{"session_id": "s", "status": "In Review", "vendor_data": "caf\u00e9"}'
    from_text = decode_json(SessionDecision, text)
    assert from_text == decode_json(SessionDecision, text.encode())
    assert from_text == decode(SessionDecision, json.loads(text))
    assert from_text.vendor_data == "caf\u00e9"


number_literals = st.from_regex(
    rb"\A-?(0|[1-9][0-9]{0,40})(\.[0-9]{1,30})?([eE][+-]?[0-9]{1,4})?\Z", fullmatch=True
)


@settings(max_examples=500, deadline=None)
@given(raw=number_literals | st.binary(max_size=24))
def test_numbers_and_junk_parse_or_fail_like_json_loads(raw: bytes) -> None:
    """Every number json.loads reads comes back the same value and type; junk fails in both."""
    try:
        expected = json.loads(raw)
    except ValueError as exc:
        with pytest.raises(type(exc)):  # the same error: JSONDecodeError or UnicodeDecodeError
            _json.loads(raw)
        return
    assert same(_json.loads(raw), expected)

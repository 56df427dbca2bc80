"""The fast response parser gives exactly what ``json.loads`` gives, or fails where it fails."""

from __future__ import annotations

import json
import math
import sys
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
    if isinstance(a, float) and a == 0.0:
        return b == 0.0 and math.copysign(1.0, a) == math.copysign(1.0, b)  # -0.0 is not 0.0
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
        b'{"b": 1, "a": 2, "b": 3}',  # ... in the first one's place
        b"[" * 200 + b"]" * 200,
        b"[-0.0, 0.0, -0, -1e-400, 1e-400]",  # signed zeros, underflow
        b"[1e309, -1e309]",  # overflow: json.loads gives infinities
        b"[9007199254740993.0, 2.2250738585072011e-308, 4.9e-324, 1.7976931348623158e308]",
        b"0." + b"0" * 5000 + b"1",  # a float has no digit limit
        b'"\\ud83d\xed\xb8\x80"',  # escaped high surrogate, then an encoded low one
        b'"\\ud83d\\ude00\\u00e9\\/"',
        b"\t\n\r [1] \r\n",
        '{"s": "caf\u00e9"}'.encode("utf-16"),  # json.loads reads UTF-16 and -32 bytes too
        '{"s": "caf\u00e9"}'.encode("utf-16-le"),
        '{"s": "caf\u00e9"}'.encode("utf-16-be"),
        '{"s": "caf\u00e9"}'.encode("utf-32"),
        '{"s": "caf\u00e9"}'.encode("utf-32-be"),
        '["\U0001f600"]'.encode("utf-16-le"),
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


@pytest.mark.parametrize("limit", [640, 0])
def test_the_callers_integer_digit_limit_is_honoured(limit: int) -> None:
    # sys.set_int_max_str_digits is the caller's: a lower limit refuses, 0 lifts it.
    before = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(limit)
    try:
        for raw in (b"7" * 700, b"[-" + b"7" * 5000 + b"]"):
            try:
                expected = json.loads(raw)
            except ValueError:
                with pytest.raises(ValueError, match="digits"):
                    _json.loads(raw)
            else:
                assert same(_json.loads(raw), expected)
    finally:
        sys.set_int_max_str_digits(before)


_ws = st.sampled_from(["", " ", "\n", "\t", "\r\n", "\x0c", "\u00a0"])
_escapes = st.sampled_from(
    [
        '\\"',
        "\\\\",
        "\\/",
        "\\b",
        "\\u0000",
        "\\ud83d\\ude00",
        "\\ud800",
        "\\udc00",
        "\\x",
        "\x00",
        "\x1f",
    ]
)
_string_texts = st.lists(
    st.characters(codec=None).filter(lambda c: c not in '"\\')
    | _escapes
    | st.integers(0, 0xFFFF).map(lambda n: f"\\u{n:04x}"),
    max_size=8,
).map(lambda parts: '"' + "".join(parts) + '"')
_number_texts = st.from_regex(
    r"\A-?(0|[1-9][0-9]{0,25})(\.[0-9]{1,20})?([eE][+-]?[0-9]{1,3})?\Z", fullmatch=True
) | st.sampled_from(["NaN", "-Infinity", "-0", "01", "1.", "-", "1e309", "7" * 4301])


def _containers(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    item = st.tuples(_ws, inner, _ws).map("".join)
    pair = st.tuples(_ws, _string_texts, _ws, inner).map(lambda t: f"{t[0]}{t[1]}{t[2]}:{t[3]}")
    return st.lists(item, max_size=4).map(lambda xs: "[" + ",".join(xs) + "]") | st.lists(
        pair, max_size=4
    ).map(lambda xs: "{" + ",".join(xs) + "}")


_documents = st.recursive(
    _number_texts | _string_texts | st.sampled_from(["true", "false", "null", "nul"]),
    _containers,
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(
    text=_documents,
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32-be"]),
    damage=st.none() | st.tuples(st.integers(0, 200), st.binary(max_size=2), st.booleans()),
)
def test_written_documents_parse_or_fail_like_json_loads(
    text: str, encoding: str, damage: tuple[int, bytes, bool] | None
) -> None:
    """Raw JSON text as servers might write it (odd spacing, escapes, lone surrogates, numbers
    at the edges, other encodings), whole or damaged: the same value, or the same error."""
    raw = text.encode(encoding, "surrogatepass")
    if damage is not None:  # bytes put in at a point, and the rest kept or cut off
        at, insert, cut_off = damage
        raw = raw[:at] + insert + (b"" if cut_off else raw[at:])
    try:
        expected = json.loads(raw)
    except ValueError as exc:
        with pytest.raises(type(exc)):
            _json.loads(raw)
        return
    assert same(_json.loads(raw), expected)

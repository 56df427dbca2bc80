"""Checks on what the caller hands the transport, all before any I/O.

Every refusal is a :class:`~didit_async.DiditValidationError` naming the argument, so a bad
value never surfaces as a raw ``UnicodeEncodeError``/``httpx.InvalidURL`` from deep inside
httpx, and a request h11 would refuse mid-write is never sent (nor reported as a write of
unknown outcome).

>>> path_segment("vendor_data", "user/42?x")
'user%2F42%3Fx'
>>> path_segment("vendor_data", "..")
Traceback (most recent call last):
...
didit_async.DiditValidationError: vendor_data: ...
"""

from __future__ import annotations

import ipaddress
import json
import math
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlsplit

from ._constants import MAX_PATH_PARAM_CHARS
from ._errors import DiditValidationError

__all__ = [
    "check_base_url",
    "check_headers",
    "check_secret",
    "check_text",
    "check_timeout",
    "encode_json_body",
    "is_loopback",
    "path_segment",
]

# RFC 9110 token characters (a header name), and h11's field-value grammar: visible characters
# (and obs-text) with single inner runs of spaces/tabs; no CR, LF, NUL or other controls.
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+\Z")
_HEADER_VALUE = re.compile(r"(?:[\x21-\x7e](?:[ \t]*[\x21-\x7e])*)?\Z")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def check_text(field: str, value: str) -> None:
    """Reject a string that cannot be UTF-8 (lone surrogates) before it reaches the wire."""
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise DiditValidationError(
                field, "encoding", "contains a lone surrogate and cannot be sent as UTF-8"
            ) from None


def path_segment(
    field: str, value: Any, *, method: str | None = None, path: str | None = None
) -> str:
    """One path parameter, percent-encoded with nothing left safe, so it stays one segment.

    ``/``, ``?``, ``#`` and ``%`` are encoded; ``.`` and ``..`` (which every URL library
    resolves against the path, changing the route) and empty, over-long, control-character or
    non-UTF-8 values are refused: Didit could never accept them as identifiers.
    """

    def refuse(reason: str, message: str) -> DiditValidationError:
        return DiditValidationError(field, reason, message, method=method, path=path)

    if not isinstance(value, str):
        raise refuse("type", f"must be a string, not {type(value).__name__}")
    if not value.strip():
        raise refuse("empty", "must be a non-empty identifier")
    if len(value) > MAX_PATH_PARAM_CHARS:
        raise refuse("max_length", f"is {len(value)} characters; at most {MAX_PATH_PARAM_CHARS}")
    if value in (".", ".."):
        raise refuse("format", "cannot be '.' or '..' (it would change which endpoint is called)")
    if _CONTROL.search(value):
        raise refuse("format", "must not contain control characters")
    check_text(field, value)
    return quote(value, safe="")


def check_headers(field: str, headers: Any) -> dict[str, str]:
    """A plain ``{name: value}`` dict of headers h11 will send, or a validation error."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise DiditValidationError(
            field,
            "type",
            f"must be a mapping of header names to values, not {type(headers).__name__}",
        )
    out: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.match(name):
            raise DiditValidationError(
                field,
                "header",
                f"{name!r} is not a valid header name (letters, digits, -_.!#$%&'*+^`|~)",
            )
        if not isinstance(value, str):
            raise DiditValidationError(
                f"{field}[{name}]", "type", f"must be a str, not {type(value).__name__}"
            )
        if not _HEADER_VALUE.match(value):
            raise DiditValidationError(
                f"{field}[{name}]",
                "header",
                "must be printable ASCII without CR, LF, NUL or leading/trailing spaces",
            )
        out[name] = value
    return out


def check_secret(field: str, value: str) -> None:
    """Refuse a key or token no HTTP header can carry, without ever echoing its value.

    Left to h11, such a value fails mid-send with a message that quotes the header (the secret).
    """
    if not isinstance(value, str):
        raise DiditValidationError(field, "type", f"must be a str, not {type(value).__name__}")
    if not _HEADER_VALUE.match(value):
        raise DiditValidationError(
            field,
            "header",
            "must be printable ASCII without CR, LF, NUL or leading/trailing spaces (a stray "
            "newline copied with it?); the value is not shown",
        )


def check_count(field: str, value: Any) -> int:
    """A whole number >= 1 (``bool`` is not one, though Python counts it as an int)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise DiditValidationError(field, "range", f"must be an int >= 1, not {value!r}")
    return value


def check_timeout(field: str, value: Any) -> float | None:
    """A timeout in seconds: a finite positive number, or None for no limit."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise DiditValidationError(
            field, "type", f"must be a number of seconds or None, not {type(value).__name__}"
        )
    seconds = float(value)
    if not math.isfinite(seconds) or seconds <= 0:
        raise DiditValidationError(field, "range", f"must be a finite number > 0, not {value!r}")
    return seconds


def encode_json_body(body: Any, *, method: str, path: str) -> bytes:
    """The JSON body's bytes, exactly as httpx would encode them, or a validation error.

    NaN and infinities are not JSON (Didit would reject or misread them) and a lone surrogate
    cannot be UTF-8; both are refused before sending.
    """
    try:
        text = json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except ValueError as exc:  # NaN / inf, or a circular structure
        raise DiditValidationError(
            "body", "number", f"cannot be sent as JSON ({exc})", method=method, path=path
        ) from None
    except TypeError as exc:
        raise DiditValidationError(
            "body", "type", f"cannot be sent as JSON ({exc})", method=method, path=path
        ) from None
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        raise DiditValidationError(
            "body",
            "encoding",
            "contains a lone surrogate and cannot be sent as UTF-8",
            method=method,
            path=path,
        ) from None


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and ``localhost`` (the sandbox and local test servers).

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("10.0.0.1")
    (True, True, False)
    """
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(name: str, url: str, *, allow_insecure_http: bool) -> None:
    """Refuse a base URL that would send credentials in clear text to another machine."""
    parts = urlsplit(url)
    try:
        parts.port  # noqa: B018 (raises ValueError for a port out of range or not a number)
    except ValueError:
        raise DiditValidationError(name, "format", "has an invalid port") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise DiditValidationError(name, "format", f"must be an http(s) URL, not {url!r}")
    if parts.scheme == "http" and not allow_insecure_http and not is_loopback(parts.hostname):
        raise DiditValidationError(
            name,
            "insecure",
            f"is plain http to {parts.hostname}, which would send the API key unencrypted; use "
            "https, or pass allow_insecure_http=True if this really is a trusted network",
        )

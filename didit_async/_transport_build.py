"""Building one call before any I/O: the URL, query, headers, body and replay decision.

Everything here is checked by ``_guard`` and raises :class:`DiditValidationError` before a byte
is sent. :class:`Prepared` is built once per call and sent, unchanged, by every attempt.
"""

from __future__ import annotations

import contextvars
import json as jsonlib
import mimetypes
import os
import re
import uuid
from collections.abc import Awaitable, Callable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

import anyio
import attrs

from ._auth import Credentials
from ._constants import USER_AGENT
from ._guard import check_headers, check_text, encode_json_body, path_segment
from ._seam import NOT_GIVEN, UNSET, FileInput, OperationMeta

_PATH_PARAM = re.compile(r"\{([^}]+)\}")

# What may be done after an attempt that possibly reached Didit but gave no usable answer.
RESEND = "resend"  # repeating it is safe (reads, idempotent writes, a kept Idempotency-Key)
RESOLVE = "resolve"  # look for what the lost attempt made first (a create with vendor_data)
NEVER = "never"  # report DiditWriteOutcomeUnknownError

# Resolves a lost write: given the transport (to look with), the JSON body sent and the transport
# clock's ``now()`` at the first attempt, the body Didit would have answered (the object the lost
# attempt made), or None. The client hands them to the transport's constructor.
Resolver = Callable[[Any, Mapping[str, Any], float], Awaitable[Any]]

Multipart = list[tuple[str, tuple[str, bytes, str]]]

# Set by whoever wants to know (a bulk row) around a call: the operation ids whose lost answer
# the transport replaced with what a lookup found, so the caller can mark its result recovered.
RECOVERED: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar(
    "didit_recovered", default=None
)


def note_recovered(operation_id: str) -> None:
    """Record, for a caller watching :data:`RECOVERED`, that a lookup answered this call."""
    seen = RECOVERED.get()
    if seen is not None:
        seen.append(operation_id)


@attrs.define(slots=True)
class Prepared:
    """One call, built once and sent by every attempt."""

    url: str
    params: dict[str, str] | None
    headers: dict[str, str]
    content: bytes | None
    form: dict[str, str] | None
    multipart: Multipart | None
    replay: str
    attempt_timeout: float | None
    http_timeout: Any
    deadline: float | None  # clock.now() after which no attempt or retry starts
    # The per-call credential (a session token), masked in errors like the client's own.
    call_secrets: tuple[str, ...] = ()


def _encode_scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def encode_query(query: Mapping[str, Any] | None) -> dict[str, str]:
    """Query parameters on the wire: None/unset dropped, booleans lower-case, lists comma-joined.

    >>> encode_query({"status": ["Approved", "Declined"], "x": None, "flag": True, "n": 2})
    {'status': 'Approved,Declined', 'flag': 'true', 'n': '2'}
    """
    out: dict[str, str] = {}
    for key, value in (query or {}).items():
        if value is None or value is NOT_GIVEN or value is UNSET:
            continue
        if isinstance(value, (list, tuple, set, frozenset)):
            if not value:
                continue
            # Didit's list filters take comma-separated values (`status=Approved,Declined`).
            out[key] = ",".join(_encode_scalar(v) for v in value)
        else:
            out[key] = _encode_scalar(value)
        check_text("query", str(key))  # a key (extra_query's, say) is on the wire too
        check_text(key, out[key])
    return out


def _form_value(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return jsonlib.dumps(value, separators=(",", ":"))
    return _encode_scalar(value)


async def _read_file(field: str, value: FileInput) -> tuple[str, bytes, str]:
    """One multipart file as ``(filename, bytes, content type)``, read once before any attempt
    so every retry sends the same bytes."""
    if isinstance(value, bytes):
        return field, value, "application/octet-stream"
    if isinstance(value, tuple):
        name, content, ctype = value
        data = (
            content if isinstance(content, bytes) else await anyio.to_thread.run_sync(content.read)
        )
        return name, data, ctype
    if isinstance(value, os.PathLike):
        path = os.fspath(value)
        data = await anyio.Path(path).read_bytes()
        name = os.path.basename(path)
        return name, data, mimetypes.guess_type(name)[0] or "application/octet-stream"
    stream = value
    data = await anyio.to_thread.run_sync(stream.read)
    raw_name = getattr(stream, "name", None)
    name = os.path.basename(raw_name) if isinstance(raw_name, str) else field
    return name, data, mimetypes.guess_type(name)[0] or "application/octet-stream"


async def encode_body(
    op: OperationMeta,
    json: Any,
    files: Mapping[str, FileInput] | None,
    data: Mapping[str, Any] | None,
) -> tuple[bytes | None, dict[str, str] | None, Multipart | None]:
    """The body as ``(JSON bytes, form fields, multipart files)``; at most one JSON body."""
    content: bytes | None = None
    multipart: Multipart | None = None
    form: dict[str, str] | None = None
    if files:
        multipart = [(name, await _read_file(name, value)) for name, value in files.items()]
    if data:
        form = {
            k: _form_value(v)
            for k, v in data.items()
            if v is not None and v is not NOT_GIVEN and v is not UNSET
        }
        for k, v in form.items():
            check_text(k, v)
    if json is not None and multipart is None:
        content = encode_json_body(json, method=op.method, path=op.path)
    return content, form, multipart


def url_for(
    base_urls: Mapping[str, str], op: OperationMeta, path_params: Mapping[str, str] | None
) -> str:
    """The absolute URL; each path parameter becomes exactly one encoded segment.

    Values that could change the route (``.``, ``..``) or that Didit could never accept
    (empty, over-long, control characters, lone surrogates) are refused before sending.
    """
    params = path_params or {}

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        return path_segment(name, params.get(name), method=op.method, path=op.path)

    return base_urls[op.host] + _PATH_PARAM.sub(substitute, op.path)


def merge_headers(
    op: OperationMeta,
    default_headers: Mapping[str, str],
    credentials: Credentials,
    headers: Mapping[str, str] | None,
    extra_headers: Mapping[str, str] | None,
    credential: str | None = None,
) -> dict[str, str]:
    """Defaults, then credentials, then per-call headers (case-insensitively, last wins), plus
    an Idempotency-Key where the operation takes one and the caller gave none."""
    merged: dict[str, str] = {}

    def put(source: Mapping[str, str]) -> None:
        for key, value in source.items():
            for existing in [k for k in merged if k.lower() == key.lower()]:
                del merged[existing]
            merged[key] = value

    # Only the encodings _transport_body inflates with a bound (httpx would also offer br and
    # zstd when their packages are installed, and inflate those unbounded).
    put(
        {"User-Agent": USER_AGENT, "Accept": "application/json", "Accept-Encoding": "gzip, deflate"}
    )
    put(default_headers)
    put(credentials.headers_for(op, credential))  # raises before I/O without a usable one
    put(check_headers("headers", headers))
    put(check_headers("extra_headers", extra_headers))
    idem = op.idempotency
    if (
        idem.kind == "key_header"
        and idem.name
        and not any(k.lower() == idem.name.lower() for k in merged)
    ):
        # Generated once per call and kept across attempts: Didit replays the stored
        # response for a repeated key instead of screening (and billing) twice.
        merged[idem.name] = str(uuid.uuid4())
    return merged


def replay_for(op: OperationMeta, json: Any, resolvers: Mapping[str, Resolver]) -> str:
    """What may follow an attempt that possibly reached Didit: resend, resolve or never."""
    if op.method == "GET":
        return RESEND
    idem = op.idempotency
    if idem.kind == "always" or idem.kind == "key_header":
        return RESEND
    if (
        idem.kind == "if_body_field"
        and idem.name
        and isinstance(json, Mapping)
        and json.get(idem.name) not in (None, "", UNSET)
        and op.operation_id in resolvers
    ):
        # Didit reuses only an *unfinished* session for a repeated vendor_data: a blind
        # resend after the first one finished would make a second. Look it up first.
        return RESOLVE
    return NEVER

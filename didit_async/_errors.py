"""The exception tree of didit-async. Catch ``DiditError`` to catch everything the client raises.

::

    DiditError
    ├── DiditValidationError           bad arguments, raised before any request is sent
    │                                  (also a ValueError; the generated code raises it)
    ├── DiditAPIError                  Didit answered with an error status
    │   ├── DiditBadRequestError       400: Didit rejected the request body or query
    │   ├── DiditAuthenticationError   401: a wrong, malformed, revoked or expired credential
    │   │   └── DiditPermissionError   403: no key, or the key lacks the privilege for this call
    │   ├── DiditInsufficientCreditsError  402, or 403 about balance/billing
    │   ├── DiditNotFoundError         404
    │   ├── DiditConflictError         409
    │   ├── DiditRateLimitError        429, with ``retry_after`` seconds
    │   ├── DiditServerError           5xx
    │   └── DiditResponseDecodeError   a success status whose body is not what the operation
    │       │                          returns (not JSON, empty, too deeply nested, wrong shape)
    │       └── DiditResponseTooLargeError  the body exceeded ``max_response_bytes``
    ├── DiditConnectionError           no usable response (DNS, refused, reset)
    │   └── DiditTimeoutError          the attempt timed out
    ├── DiditWriteOutcomeUnknownError  a non-idempotent write whose response was lost: it may or
    │                                  may not have happened; the message says how to find out
    ├── DiditPaginationError           Didit's ``next`` link did not advance
    └── DiditStoreUnavailableError     the shared store (Redis) behind the rate limits or the
                                       webhook deduplicator did not answer in time

Every error carries ``status``, ``method``, ``path`` (the operation's path *template*, for
grouping and logs), ``url`` (the real URL with its ids, without the query string, which may carry
personal data), ``body`` (parsed defensively) and ``request_id`` (``None`` where they do not
apply). The message names the method and real URL, the cause and what to do next; no message or
repr ever contains a credential.

>>> try:
...     raise DiditNotFoundError("Session not found.", status=404, method="GET", path="/v3/x/")
... except DiditError as exc:
...     exc.status
404
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ._constants import MAX_ERROR_TEXT, MAX_REDACT_DEPTH, REDACTED, TRUNCATED
from ._generated.spec import SECRET_FIELDS
from ._json import loads as json_loads

__all__ = [
    "DiditAPIError",
    "DiditAuthenticationError",
    "DiditBadRequestError",
    "DiditConflictError",
    "DiditConnectionError",
    "DiditError",
    "DiditInsufficientCreditsError",
    "DiditNotFoundError",
    "DiditPaginationError",
    "DiditPermissionError",
    "DiditRateLimitError",
    "DiditResponseDecodeError",
    "DiditResponseTooLargeError",
    "DiditServerError",
    "DiditStoreUnavailableError",
    "DiditTimeoutError",
    "DiditValidationError",
    "DiditWriteOutcomeUnknownError",
    "connection_error_message",
    "error_from_response",
    "parse_error_body",
    "public_url",
    "redact",
    "scrub",
    "scrub_value",
    "sentence",
]


def redact(value: Any, _depth: int = 0) -> Any:
    """A copy of a JSON-like value with every sensitive key's value replaced by ``[REDACTED]``.

    Nesting deeper than ``MAX_REDACT_DEPTH`` is cut (a hostile body cannot exhaust the stack).

    >>> redact({"api_key": "k", "nested": [{"password": "p", "ok": 1}]})
    {'api_key': '[REDACTED]', 'nested': [{'password': '[REDACTED]', 'ok': 1}]}
    """
    if isinstance(value, (Mapping, list)) and _depth >= MAX_REDACT_DEPTH:
        return TRUNCATED
    if isinstance(value, Mapping):
        return {
            k: (REDACTED if str(k).lower() in SECRET_FIELDS else redact(v, _depth + 1))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [redact(v, _depth + 1) for v in value]
    return value


# `key: value`, `key=value`, `"key": "value"` for any sensitive key, in text a server echoed.
_SECRET_KEYS = "|".join(
    re.escape(k) for k in sorted(SECRET_FIELDS | {"x-api-key"}, key=len, reverse=True)
)
_SECRET_ASSIGNMENT = re.compile(
    r"(?i)((?:" + _SECRET_KEYS + r")[\"']?\s*[:=]\s*[\"']?)([^\"'\s&,;}<)\]]+)"
)
_BEARER = re.compile(r"(?i)(bearer\s+)([A-Za-z0-9._~+/=-]+)")


def scrub(text: str, secrets: tuple[str, ...] = (), *, limit: int = MAX_ERROR_TEXT) -> str:
    """``text`` bounded to ``limit`` characters, with echoed secrets replaced by ``[REDACTED]``.

    ``secrets`` are the caller's own credential values (exact matches); sensitive ``key=value``
    pairs and bearer tokens are masked whatever their value.

    >>> scrub("bad key sk_live_1 (api_key=sk_live_1)", ("sk_live_1",))
    'bad key [REDACTED] (api_key=[REDACTED])'
    """
    # Cut first (with room for a secret straddling the cut), so the regexes run on bounded text.
    text = text[: limit + 256]
    text = _SECRET_ASSIGNMENT.sub(lambda m: m.group(1) + REDACTED, text)
    text = _BEARER.sub(lambda m: m.group(1) + REDACTED, text)
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    if len(text) > limit:
        text = text[:limit] + "…"
    return text


def scrub_value(value: Any, secrets: tuple[str, ...], _depth: int = 0) -> Any:
    """``value`` with every string scrubbed of the caller's secrets (see :func:`scrub`)."""
    if isinstance(value, str):
        return scrub(value, secrets, limit=MAX_ERROR_TEXT)
    if _depth >= MAX_REDACT_DEPTH:
        return TRUNCATED if isinstance(value, (Mapping, list)) else value
    if isinstance(value, Mapping):
        return {k: scrub_value(v, secrets, _depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub_value(v, secrets, _depth + 1) for v in value]
    return value


class DiditError(Exception):
    """The root of every error raised by didit-async."""

    status: int | None = None
    method: str | None = None
    path: str | None = None
    body: Any = None
    request_id: str | None = None
    url: str | None = None

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        method: str | None = None,
        path: str | None = None,
        body: Any = None,
        request_id: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.method = method
        self.path = path
        # The real URL (ids included) without its query string, which may carry personal data.
        self.url = public_url(url) if url else None
        # Bodies are stored redacted: a 4xx echoing a password or key must not leak via the error.
        self.body = redact(body)
        self.request_id = request_id

    def __str__(self) -> str:
        target = self.url or self.path
        where = f" [{self.method} {target}]" if self.method and target else ""
        rid = f" (request id {self.request_id})" if self.request_id else ""
        return f"{self.message}{where}{rid}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, status={self.status!r})"


def public_url(url: str) -> str:
    """``url`` without query, fragment or user info: safe for messages and logs.

    >>> public_url("https://u:p@verification.didit.me/v3/session/abc/decision/?email=a@b.c")
    'https://verification.didit.me/v3/session/abc/decision/'
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def sentence(text: str) -> str:
    """``text`` ending with exactly one stop (Didit's details often end with one already).

    >>> sentence("Not found."), sentence("Not found"), sentence("Really?")
    ('Not found.', 'Not found.', 'Really?')
    """
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", ":")) else text + "."


# (cause, what to do) by the OS/TLS error found under a connection failure.
_CONNECT_CAUSES: tuple[tuple[str, str], ...] = (
    ("gaierror", "DNS lookup failed: check the host name in the base URL and your network/DNS"),
    (
        "ConnectionRefusedError",
        "connection refused: nothing is listening there; check the base URL's host and port "
        "(is the local sandbox running?)",
    ),
    (
        "SSLCertVerificationError",
        "TLS certificate verification failed: check the clock, proxies intercepting TLS, or "
        "http_client=httpx.AsyncClient(verify=...) for a private CA",
    ),
    (
        "SSLError",
        "TLS handshake failed: is the base URL https:// on a server that speaks plain http?",
    ),
    ("ConnectionResetError", "connection reset by the server or a proxy; it may be overloaded"),
)


def connection_error_message(exc: BaseException, *, timeout: bool = False) -> str:
    """Why a request got no response (refused, DNS, TLS, timeout, reset) and what to do.

    Looks through the exception's causes for the OS or TLS error underneath, so the message
    says more than the HTTP library's class name.
    """
    names: list[str] = []
    seen: set[int] = set()
    pending: list[BaseException] = [exc]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        names.extend(k.__name__ for k in type(current).__mro__)
        # trio reports every address it tried in an exception group under a plain OSError.
        pending.extend(getattr(current, "exceptions", ()))
        pending.extend(e for e in (current.__cause__, current.__context__) if e is not None)
    for name, text in _CONNECT_CAUSES:
        if name in names:
            return f"Could not reach Didit: {text}."
    kind = type(exc).__name__
    if timeout or "TimeoutException" in names:
        phase = {
            "ConnectTimeout": "connecting",
            "ReadTimeout": "waiting for the answer",
            "WriteTimeout": "sending the request",
        }.get(kind, "")
        during = f" while {phase}" if phase else ""
        return (
            f"The request timed out{during} ({kind}): the server did not answer in time; raise "
            "timeout= (per client or per call) or try again later."
        )
    if kind == "UnsupportedProtocol":
        return f"Could not reach Didit ({kind}): the base URL needs an http:// or https:// scheme."
    return (
        f"Could not reach Didit ({kind}): the connection failed; check the base URL and your "
        "network, then try again."
    )


class DiditValidationError(DiditError, ValueError):
    """The arguments cannot form a valid request; nothing was sent.

    ``field`` names the argument (dotted when nested), ``reason`` is a short code (``required``,
    ``enum``, ``type``, ``format``, ``min``, ``max``, ``min_length``, ``max_length``,
    ``pattern``, ``empty``, ``unknown``, ``depends``) and ``message`` says what was expected.
    The generated resource methods raise it directly (this module sits below the seam) and
    fill in the operation's ``method`` and ``path``.

    >>> err = DiditValidationError("session_id", "empty", "must not be empty")
    >>> isinstance(err, (DiditError, ValueError)), err.field
    (True, 'session_id')
    """

    def __init__(
        self,
        field: str,
        reason: str,
        message: str,
        *,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(f"{field}: {message}", method=method, path=path)
        self.field = field
        self.reason = reason
        self.message = message

    def __str__(self) -> str:
        where = f" [{self.method} {self.path}]" if self.method and self.path else ""
        return f"{self.field}: {self.message}{where}"


class DiditAPIError(DiditError):
    """Didit answered with a status that is not a success."""


class DiditBadRequestError(DiditAPIError):
    """400: Didit rejected the request. ``field_errors`` holds field-keyed messages if any."""

    @property
    def field_errors(self) -> dict[str, Any]:
        """``{"field": "message"}`` pairs from a DRF-style body (empty when there are none)."""
        if isinstance(self.body, dict):
            return {k: v for k, v in self.body.items() if k not in {"detail", "code", "error"}}
        return {}


class DiditAuthenticationError(DiditAPIError):
    """The credential is missing, wrong, revoked or expired (401; a 403 is the subclass below).

    Also raised *before sending* when a call needs an access token that has expired or a key that
    was never configured.
    """


class DiditPermissionError(DiditAuthenticationError):
    """403: no key was sent, or the key lacks the privilege, workflow or IP allow-listing for
    this call. Didit's newest error reference answers 401 for a wrong key; older (DRF) answers
    used 403 for that too, so the message names both and ``except DiditAuthenticationError``
    catches either."""


class DiditInsufficientCreditsError(DiditAPIError):
    """402, or a 403 about balance/billing: the check was not run; top up the balance."""


class DiditNotFoundError(DiditAPIError):
    """404: the object does not exist, or is outside the key's workflows/statuses."""


class DiditConflictError(DiditAPIError):
    """409: e.g. an ``Idempotency-Key`` reused with a different body."""


class DiditRateLimitError(DiditAPIError):
    """429 after the retries were spent (or the server asked for a wait longer than allowed).

    ``retry_after`` is the number of seconds the server asked for, when it said.
    """

    def __init__(self, message: str, *, retry_after: float | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class DiditServerError(DiditAPIError):
    """5xx: a failure on Didit's side."""


class DiditResponseDecodeError(DiditAPIError):
    """Didit answered a success status, but the body is not what the operation returns.

    Not JSON, cut short, empty where a body was expected, nested too deeply to parse, or of the
    wrong shape (``null`` or a string where an object or a list was expected). ``status`` is the
    status Didit sent. For a write that is not safe to repeat the client raises
    :class:`DiditWriteOutcomeUnknownError` instead (with this error as its ``__cause__``),
    since the write most likely happened.
    """


class DiditResponseTooLargeError(DiditResponseDecodeError):
    """The response body exceeded the client's ``max_response_bytes``; the rest was not read."""


class DiditConnectionError(DiditError):
    """No usable response: DNS failure, connection refused or reset, protocol error."""


class DiditTimeoutError(DiditConnectionError):
    """The attempt timed out (connect, read, write, or waiting for a pooled connection)."""


class DiditWriteOutcomeUnknownError(DiditError):
    """A write that may have reached Didit has no usable answer; it may or may not have happened.

    Its answer was lost, unusable or a 5xx, or the lookup that would have told failed, or the
    rate-limit store failed before it could be sent again. It was not re-sent, because that could
    do it twice (two sessions, two charges). The message says how to find out (for a session
    create: list sessions by ``vendor_data``, or pass ``vendor_data`` so the create is looked up
    and retried). ``idempotency_key`` is the ``Idempotency-Key`` the request carried (or None):
    send the request again with that key and Didit answers the first result instead of running
    it twice.
    """

    def __init__(self, message: str, *, idempotency_key: str | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.idempotency_key = idempotency_key


class DiditPaginationError(DiditError):
    """Didit's ``next`` link did not advance; walking on would loop forever."""


class DiditStoreUnavailableError(DiditError):
    """The shared store (Redis) behind the rate limits or webhook dedup failed or timed out.

    Raised by :mod:`didit_async.redis` stores created with ``on_unavailable="fail"`` (the
    default): nothing of this call was sent to Didit. Retry later, or choose
    ``on_unavailable="local"`` to fall back to per-process limiting while the store is down. (A
    store failing between the attempts of a write that may already have reached Didit raises
    :class:`DiditWriteOutcomeUnknownError` instead.)
    """


def parse_error_body(
    content: bytes, secrets: tuple[str, ...] = ()
) -> tuple[Any, str | None, str | None]:
    """Parse an error body defensively: ``(body, detail, code)``.

    Didit's error bodies share no envelope: ``{"detail": ...}``, ``{"detail", "code"}``,
    ``{"error": ...}``, field-keyed ``{"field": ["msg"]}``, a bare string, or nothing at all.
    Text is bounded (``MAX_ERROR_TEXT`` characters) and scrubbed of ``secrets`` and of
    credential-looking ``key=value`` pairs, so an echoed key never reaches a message.

    >>> parse_error_body(b'{"detail": "Nope", "code": "x"}')
    ({'detail': 'Nope', 'code': 'x'}, 'Nope', 'x')
    >>> parse_error_body(b"")
    (None, None, None)
    """
    if not content.strip():
        return None, None, None
    try:
        body: Any = json_loads(content)
    except ValueError:
        text = scrub(content[: MAX_ERROR_TEXT * 4].decode("utf-8", "replace").strip(), secrets)
        # An HTML error page from a proxy is noise, not a message.
        if text.startswith("<"):
            return text[:200], None, None
        return text, scrub(text, limit=200), None
    body = scrub_value(body, secrets)
    detail: str | None = None
    code: str | None = None
    if isinstance(body, dict):
        raw_detail = body.get("detail", body.get("message"))
        if isinstance(raw_detail, str):
            detail = raw_detail
        raw_code = body.get("code", body.get("error"))
        if isinstance(raw_code, str):
            code = scrub(raw_code, limit=200)
        if detail is None and isinstance(body.get("error"), str):
            detail = body["error"]
        if detail is None:
            # Field-keyed validation errors: "field: message; other: message".
            parts = []
            for key, val in redact(body).items():
                if key in {"code", "error"}:
                    continue
                msg = "; ".join(map(str, val)) if isinstance(val, list) else str(val)
                parts.append(f"{key}: {msg}")
            detail = "; ".join(parts) or None
    elif isinstance(body, str):
        detail = body
    elif isinstance(body, list) and body and all(isinstance(x, str) for x in body):
        detail = "; ".join(body)
    return body, (scrub(detail) if detail is not None else None), code


_CREDIT_HINTS = ("credit", "balance", "insufficient", "billing", "payment")


def error_from_response(
    status: int,
    content: bytes,
    *,
    method: str,
    path: str,
    request_id: str | None,
    bearer: bool = False,
    retry_after: float | None = None,
    secrets: tuple[str, ...] = (),
    url: str | None = None,
) -> DiditAPIError:
    """The typed error for an error response, with a message that says what to do next.

    The message holds at most ``MAX_ERROR_TEXT`` characters of what Didit said, with the
    caller's ``secrets`` (its key and tokens) and credential-looking values masked.
    """
    body, detail, code = parse_error_body(content, secrets)
    said = f": {detail.strip()}" if detail else ""
    if code and code not in (detail or ""):
        said += f" (code {code})"
    answered = sentence(f"Didit answered {status}{said}")
    kw: dict[str, Any] = {
        "status": status,
        "method": method,
        "path": path,
        "body": body,
        "request_id": request_id,
        "url": url,
    }
    credential = (
        "the access token (log in again with client.account.login(...))"
        if bearer
        else "the API key (api_key= or DIDIT_API_KEY; sandbox and live apps have different keys)"
    )
    hint_text = f"{detail or ''} {code or ''}".lower()
    if status == 402 or (status == 403 and any(h in hint_text for h in _CREDIT_HINTS)):
        return DiditInsufficientCreditsError(
            f"{answered} The balance does not cover this call; top it up "
            "(client.billing.top_up) and try again.",
            **kw,
        )
    if status == 401:
        return DiditAuthenticationError(
            f"{answered} Check {credential}: it is missing, wrong, revoked or expired.",
            **kw,
        )
    if status == 403:
        # Didit answers 403 both for a bad key (older DRF behaviour) and for a valid key without
        # the privilege; the message names both so the user checks the right thing.
        return DiditPermissionError(
            f"{answered} Check {credential}: it may be missing or wrong, or lack the privilege "
            "for this call (write:sessions, for instance), the workflow, or the IP allow-list.",
            **kw,
        )
    if status == 404:
        return DiditNotFoundError(
            f"{answered} Check the id in the URL: it does not exist, or belongs to another "
            "application, workflow or environment (sandbox and live keys see different data).",
            **kw,
        )
    if status == 409:
        return DiditConflictError(
            f"{answered} The request conflicts with the current state (an Idempotency-Key "
            "reused with a different body, or a duplicate); fetch the object and retry with a "
            "fresh key if needed.",
            **kw,
        )
    if status == 429:
        wait = f" Didit asked to wait {retry_after:g} s." if retry_after is not None else ""
        return DiditRateLimitError(
            f"{answered}{wait} The retries were spent; slow down or raise max_retries.",
            retry_after=retry_after,
            **kw,
        )
    if status >= 500:
        return DiditServerError(
            f"{answered} This is on Didit's side; try again later and quote the request id "
            "to Didit's support if it persists.",
            **kw,
        )
    if status == 400:
        return DiditBadRequestError(
            f"{answered} Fix the request (field_errors has the fields Didit named) and send it "
            "again.",
            **kw,
        )
    return DiditAPIError(answered, **kw)

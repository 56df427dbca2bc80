"""The exception tree of didit-async. Catch ``DiditError`` to catch everything the client raises.

::

    DiditError
    ├── DiditValidationError           bad arguments, raised before any request is sent
    │                                  (also a ValueError; the generated code raises it)
    ├── DiditAPIError                  Didit answered with an error status
    │   ├── DiditBadRequestError       400: Didit rejected the request body or query
    │   ├── DiditAuthenticationError   401/403 for a missing, wrong, revoked or expired credential
    │   │   └── DiditPermissionError   403: the credential is valid but lacks the privilege
    │   ├── DiditInsufficientCreditsError  402, or 403 about balance/billing
    │   ├── DiditNotFoundError         404
    │   ├── DiditConflictError         409
    │   ├── DiditRateLimitError        429, with ``retry_after`` seconds
    │   └── DiditServerError           5xx
    ├── DiditConnectionError           no usable response (DNS, refused, reset)
    │   └── DiditTimeoutError          the attempt timed out
    ├── DiditWriteOutcomeUnknownError  a non-idempotent write whose response was lost: it may or
    │                                  may not have happened; the message says how to find out
    └── DiditPaginationError           Didit's ``next`` link did not advance

Every error carries ``status``, ``method``, ``path`` (the operation's path *template*, so no
identifier such as ``vendor_data`` leaks into logs), ``body`` (parsed defensively) and
``request_id`` (``None`` where they do not apply). No message or repr ever contains a credential.

>>> try:
...     raise DiditNotFoundError("Session not found.", status=404, method="GET", path="/v3/x/")
... except DiditError as exc:
...     exc.status
404
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ._constants import REDACTED
from ._generated.spec import SECRET_FIELDS

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
    "DiditServerError",
    "DiditTimeoutError",
    "DiditValidationError",
    "DiditWriteOutcomeUnknownError",
    "error_from_response",
    "parse_error_body",
    "redact",
]


def redact(value: Any) -> Any:
    """A copy of a JSON-like value with every sensitive key's value replaced by ``[REDACTED]``.

    >>> redact({"api_key": "k", "nested": [{"password": "p", "ok": 1}]})
    {'api_key': '[REDACTED]', 'nested': [{'password': '[REDACTED]', 'ok': 1}]}
    """
    if isinstance(value, Mapping):
        return {
            k: (REDACTED if str(k).lower() in SECRET_FIELDS else redact(v))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [redact(v) for v in value]
    return value


class DiditError(Exception):
    """The root of every error raised by didit-async."""

    status: int | None = None
    method: str | None = None
    path: str | None = None
    body: Any = None
    request_id: str | None = None

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        method: str | None = None,
        path: str | None = None,
        body: Any = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.method = method
        self.path = path
        # Bodies are stored redacted: a 4xx echoing a password or key must not leak via the error.
        self.body = redact(body)
        self.request_id = request_id

    def __str__(self) -> str:
        where = f" [{self.method} {self.path}]" if self.method and self.path else ""
        rid = f" (request id {self.request_id})" if self.request_id else ""
        return f"{self.message}{where}{rid}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, status={self.status!r})"


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
    """The credential is missing, wrong, revoked or expired (401, or 403 for a bad key).

    Also raised *before sending* when a call needs an access token that has expired or a key that
    was never configured.
    """


class DiditPermissionError(DiditAuthenticationError):
    """403: the key is valid but lacks the privilege, workflow or IP allow-listing for this call."""


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


class DiditConnectionError(DiditError):
    """No usable response: DNS failure, connection refused or reset, protocol error."""


class DiditTimeoutError(DiditConnectionError):
    """The attempt timed out (connect, read, write, or waiting for a pooled connection)."""


class DiditWriteOutcomeUnknownError(DiditError):
    """A write that is not safe to repeat lost its response; it may or may not have happened.

    It was not retried, because a retry could do it twice (two sessions, two charges). The message
    says how to find out (for a session create: list sessions by ``vendor_data``, or pass
    ``vendor_data`` so the create becomes idempotent and is retried).
    """


class DiditPaginationError(DiditError):
    """Didit's ``next`` link did not advance; walking on would loop forever."""


def parse_error_body(content: bytes) -> tuple[Any, str | None, str | None]:
    """Parse an error body defensively: ``(body, detail, code)``.

    Didit's error bodies share no envelope: ``{"detail": ...}``, ``{"detail", "code"}``,
    ``{"error": ...}``, field-keyed ``{"field": ["msg"]}``, a bare string, or nothing at all.

    >>> parse_error_body(b'{"detail": "Nope", "code": "x"}')
    ({'detail': 'Nope', 'code': 'x'}, 'Nope', 'x')
    >>> parse_error_body(b"")
    (None, None, None)
    """
    if not content.strip():
        return None, None, None
    try:
        body: Any = json.loads(content)
    except ValueError:
        text = content.decode("utf-8", "replace").strip()
        # An HTML error page from a proxy is noise, not a message.
        if text.startswith("<"):
            return text[:200], None, None
        return text[:500], text[:200], None
    detail: str | None = None
    code: str | None = None
    if isinstance(body, dict):
        raw_detail = body.get("detail", body.get("message"))
        if isinstance(raw_detail, str):
            detail = raw_detail
        raw_code = body.get("code", body.get("error"))
        if isinstance(raw_code, str):
            code = raw_code
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
    return body, detail, code


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
) -> DiditAPIError:
    """The typed error for an error response, with a message that says what to do next."""
    body, detail, code = parse_error_body(content)
    said = f": {detail}" if detail else ""
    if code and code not in (detail or ""):
        said += f" (code {code})"
    kw: dict[str, Any] = {
        "status": status,
        "method": method,
        "path": path,
        "body": body,
        "request_id": request_id,
    }
    credential = (
        "the access token (log in again with client.account.login(...))"
        if bearer
        else "the API key (api_key= or DIDIT_API_KEY; sandbox and live apps have different keys)"
    )
    hint_text = f"{detail or ''} {code or ''}".lower()
    if status == 402 or (status == 403 and any(h in hint_text for h in _CREDIT_HINTS)):
        return DiditInsufficientCreditsError(
            f"Didit answered {status}{said}. The balance does not cover this call; top it up "
            "(client.billing.top_up) and try again.",
            **kw,
        )
    if status == 401:
        return DiditAuthenticationError(
            f"Didit answered 401{said}. Check {credential}: it is missing, wrong, revoked or "
            "expired.",
            **kw,
        )
    if status == 403:
        # Didit answers 403 both for a bad key (older DRF behaviour) and for a valid key without
        # the privilege; the message names both so the user checks the right thing.
        return DiditPermissionError(
            f"Didit answered 403{said}. Check {credential}: it may be missing or wrong, or lack "
            "the privilege for this call (e.g. write:sessions), the workflow, or the IP "
            "allow-list.",
            **kw,
        )
    if status == 404:
        return DiditNotFoundError(f"Didit answered 404{said}.", **kw)
    if status == 409:
        return DiditConflictError(f"Didit answered 409{said}.", **kw)
    if status == 429:
        wait = f" Didit asked to wait {retry_after:g} s." if retry_after is not None else ""
        return DiditRateLimitError(
            f"Didit answered 429{said}.{wait} The retries were spent; slow down or raise "
            "max_retries.",
            retry_after=retry_after,
            **kw,
        )
    if status >= 500:
        return DiditServerError(f"Didit answered {status}{said}.", **kw)
    if status == 400:
        return DiditBadRequestError(f"Didit answered 400{said}.", **kw)
    return DiditAPIError(f"Didit answered {status}{said}.", **kw)

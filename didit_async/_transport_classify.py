"""Reading one attempt's answer: a decoded body, a retry signal, or a typed error.

:func:`classify` turns an :class:`Outcome` into the decoded body of a success, raises
:class:`Retry` for an answer the retry loop may act on (429, a 5xx) and
:class:`Undecodable` for a success whose body is unusable, and the typed error (see
``_errors.py``) otherwise. The other errors the transport raises are built here too.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, NamedTuple

import attrs

from . import _http, _json
from ._auth import Credentials
from ._clock import Clock
from ._constants import REQUEST_ID_HEADERS
from ._errors import (
    DiditConnectionError,
    DiditError,
    DiditResponseDecodeError,
    DiditResponseTooLargeError,
    DiditTimeoutError,
    DiditWriteOutcomeUnknownError,
    connection_error_message,
    error_from_response,
)
from ._generated.spec import RECOVERY_HINTS, TOKEN_ISSUING_OPERATIONS
from ._logging import logger
from ._response import RawResponse, ResponseCapture
from ._retry import server_wait_seconds
from ._seam import OperationMeta
from ._transport_build import RESEND, Prepared

# Server errors worth sending a safe request again for (500 included: a transient failure as
# often as a bug, and a read or an idempotent write costs nothing to repeat).
RETRIED_5XX = frozenset({500, 502, 503, 504})


@attrs.define(slots=True)
class Outcome:
    """What one attempt produced: a response and its (size-capped) body."""

    response: _http.Response
    content: bytes
    capture: ResponseCapture | None = None
    raw: RawResponse | None = None
    #: Why a success body could not be read whole (it would not inflate), or None.
    unreadable: str | None = None


class Retry(Exception):
    """An error answer the retry loop may act on (429, a 5xx)."""

    def __init__(
        self,
        error: DiditError,
        reason: str,
        status: int,
        server_wait: float | None,
        limit_header: int | None,
    ) -> None:
        super().__init__(reason)
        self.error = error
        self.reason = reason
        self.status = status
        self.server_wait = server_wait
        self.limit_header = limit_header


class Undecodable(Exception):
    """A success status whose body is unusable (carries the DiditResponseDecodeError)."""

    def __init__(self, error: DiditResponseDecodeError, *, cut_short: bool) -> None:
        super().__init__(str(error))
        self.error = error
        self.cut_short = cut_short


class AttemptDeadline(Exception):
    """The whole-attempt deadline passed (connect + headers + body).

    ``sent`` is False when the request is known not to have left (it was still connecting).
    """

    def __init__(self, phase: str, *, sent: bool) -> None:
        super().__init__(phase)
        self.sent = sent


class Failed(NamedTuple):
    """An attempt that gave no answer to return, and what a retry of it must respect."""

    error: DiditError
    reason: str  # for RetryEvent and outcome_unknown
    safe: bool  # Didit did not take it (or the operation may repeat): send again, no lookup
    floor: float | None = None  # the server's own wait (Retry-After)
    status: int | None = None
    request_id: str | None = None
    applied: bool = True  # it may have taken effect at Didit (False: known not to have left)

    def why(self) -> str:
        """Why the outcome is unknown, as a clause for ``outcome_unknown``."""
        if self.status is not None and self.status >= 500:
            return (
                f"Didit answered {self.status}, and a server error does not say whether a write "
                "was applied"
            )
        if self.status is not None:
            return f"its answer was unusable ({self.reason})"
        return f"its answer was lost ({self.reason})"


def request_id(response: _http.Response, body: Any = None) -> str | None:
    """From a request-id header, else the ``request_id`` of an already-parsed JSON body (a body
    is never parsed a second time just to find it)."""
    headers = response.headers
    for header in REQUEST_ID_HEADERS:
        value = headers.get(header)
        if value:
            return str(value)
    if isinstance(body, Mapping):
        # Standalone checks (ID verification, AML, ...) put `request_id` in the JSON body.
        rid = body.get("request_id")
        if isinstance(rid, str):
            return rid
    return None


def classify(
    op: OperationMeta,
    prep: Prepared,
    outcome: Outcome,
    *,
    credentials: Credentials,
    clock: Clock,
    max_delay: float,
) -> Any:
    """The decoded body of a success; raises ``Retry`` for a retryable failure and the
    typed error otherwise. ``max_delay`` is the retry policy's: a longer server wait is final."""
    response, content = outcome.response, outcome.content
    status = response.status_code
    if 200 <= status < 300:
        # An operation that answers nothing has no body to lose: its status is the answer.
        if outcome.unreadable is not None and op.response_kind != "empty":
            raise Undecodable(
                DiditResponseDecodeError(
                    f"Didit answered {status} with {outcome.unreadable}.",
                    status=status,
                    method=op.method,
                    path=op.path,
                    request_id=request_id(response),
                ),
                cut_short=True,  # a body garbled in transit may come whole next time
            )
        body = decode(op, response, content)
        if outcome.raw is not None and outcome.raw.request_id is None:
            # Standalone checks carry their request id in the body (parsed once, above).
            rid = request_id(response, body)
            if rid is not None and outcome.capture is not None:
                responses = outcome.capture.responses
                responses[responses.index(outcome.raw)] = attrs.evolve(outcome.raw, request_id=rid)
        if op.operation_id in TOKEN_ISSUING_OPERATIONS:
            credentials.absorb(op, body)
        return body
    server_wait = server_wait_seconds(response.headers, wall_now=clock.wall())
    error = error_from_response(
        status,
        content,
        method=op.method,
        path=op.path,
        request_id=request_id(response),
        bearer=any(k.lower() == "authorization" for k in prep.headers),
        retry_after=server_wait,
        secrets=credentials.secret_values() + prep.call_secrets,
        url=prep.url,
    )
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("error body %s %s: %r", op.method, op.path, error.body)
    too_long = server_wait is not None and server_wait > max_delay
    if status == 429 and not too_long:
        # A 429 means Didit did nothing, so even a plain write can go again.
        limit = response.headers.get("x-ratelimit-limit", "")
        raise Retry(error, "429", status, server_wait, int(limit) if limit.isdigit() else None)
    if status == 429:
        raise error
    if status >= 500 and prep.replay != RESEND:
        # A write that is not safe to repeat: a 5xx does not say it was not applied (a proxy
        # that lost the upstream answer, a crash after the commit, a 503 from a balancer in
        # front of a server that did the work all answer one), so the retry loop looks it up
        # or reports it as outcome-unknown. A long server wait is not waited out (_send).
        raise Retry(error, str(status), status, server_wait, None)
    if status in RETRIED_5XX and not too_long:
        raise Retry(error, str(status), status, server_wait, None)
    raise error


def decode(op: OperationMeta, response: _http.Response, content: bytes) -> Any:
    """A success body as the operation returns it, or ``Undecodable``."""
    if op.response_kind == "empty" or (op.empty_ok and not content.strip()):
        return None
    if op.response_kind == "binary":
        return content
    problem: str | None = None
    body: Any = None
    cut_short = False
    if not content.strip():
        problem = "an empty body"
    else:
        try:
            body = _json.loads(content)
        except ValueError:
            problem = "a body that is not JSON (cut short, or not JSON at all)"
            cut_short = True
        else:
            # A list endpoint may answer a bare array (one page); others have one shape.
            expected: type | None = None if op.paginated else list if op.response_array else dict
            if body is None or not isinstance(body, (dict, list)):
                problem = f"JSON {type(body).__name__} where an object was expected"
            elif expected is not None and not isinstance(body, expected):
                problem = (
                    f"a JSON {type(body).__name__} where "
                    f"{'a list' if expected is list else 'an object'} was expected"
                )
            elif isinstance(body, list) and not all(isinstance(x, dict) for x in body):
                problem = "a list holding something other than objects"
    if problem is None:
        return body
    raise Undecodable(
        DiditResponseDecodeError(
            f"Didit answered {response.status_code} with {problem}.",
            status=response.status_code,
            method=op.method,
            path=op.path,
            request_id=request_id(response, body),
        ),
        cut_short=cut_short,
    )


def too_large(op: OperationMeta, response: _http.Response, max_response_bytes: int) -> DiditError:
    return DiditResponseTooLargeError(
        f"Didit's answer is larger than max_response_bytes={max_response_bytes}; it was "
        "not read. Raise max_response_bytes= on AsyncDidit if this answer is expected.",
        status=response.status_code,
        method=op.method,
        path=op.path,
        request_id=request_id(response),
    )


def transport_error(op: OperationMeta, exc: Exception, url: str) -> DiditError:
    timed_out = isinstance(exc, _http.TimeoutException)
    return (DiditTimeoutError if timed_out else DiditConnectionError)(
        connection_error_message(exc, timeout=timed_out),
        method=op.method,
        path=op.path,
        url=url,
    )


def attempt_timeout(op: OperationMeta, prep: Prepared, phase: str) -> DiditTimeoutError:
    """The attempt's end-to-end deadline passed while in ``phase`` (connecting, waiting...)."""
    bound = (
        f"within {prep.attempt_timeout:g} s"
        if prep.attempt_timeout is not None
        else "before total_timeout"
    )
    return DiditTimeoutError(
        f"The request timed out while {phase}: the attempt did not complete {bound} "
        "(connect, headers and body); raise timeout= (per client or per call) or try again "
        "later.",
        method=op.method,
        path=op.path,
        url=prep.url,
    )


def failure_name(error: DiditError) -> str:
    """A failure named for another error's message: its type and status; the error itself is
    that message's ``__cause__`` (its own text may say what is not true there, such as the
    store's "nothing was sent")."""
    status = f" {error.status}" if error.status else ""
    return f"{type(error).__name__}{status}, this error's __cause__"


def idempotency_key(op: OperationMeta, headers: Mapping[str, str]) -> str | None:
    """The ``Idempotency-Key`` this call carries, where the operation takes one."""
    name = op.idempotency.name if op.idempotency.kind == "key_header" else None
    if not name:
        return None
    return next((v for k, v in headers.items() if k.lower() == name.lower()), None)


def outcome_unknown(
    op: OperationMeta,
    reason: str,
    *,
    request_id: str | None = None,
    url: str | None = None,
    idempotency_key: str | None = None,
    repeatable: bool = False,
) -> DiditWriteOutcomeUnknownError:
    """The write may or may not have been applied (``reason`` says why we cannot tell).

    ``repeatable``: the operation is safe to send again (idempotent, or by its key)."""
    hint = RECOVERY_HINTS.get(op.operation_id, "Check whether it took effect before repeating it.")
    if idempotency_key:
        after = (
            " It carried an Idempotency-Key, kept on this error as `idempotency_key`: send it "
            "again with that key (extra_headers=) and Didit answers the first result instead "
            "of running it twice."
        )
    elif repeatable:
        after = " Sending it again is safe: the operation is idempotent."
    else:
        after = " It was not sent again, because repeating it blindly is not safe."
    return DiditWriteOutcomeUnknownError(
        f"{op.operation_id} may or may not have been applied: {reason}.{after} {hint}",
        method=op.method,
        path=op.path,
        request_id=request_id,
        url=url,
        idempotency_key=idempotency_key,
    )

"""The client layer's implementation of :class:`didit_async._seam.Transport`.

One call goes: **build** (``_build``: every argument checked before any I/O by ``_guard``; the URL
from the host base and one percent-encoded segment per path parameter; query, JSON or multipart
body; credentials per ``op.auth``) → for each **attempt** (``_attempt``): wait for every
rate-limit scope of the operation → take a concurrency slot → send and read the body, under one
end-to-end deadline and a streamed size cap, never following a redirect → **classify**
(``_classify``): a decoded body, a retry (see ``_retry.py``), or a typed error (see
``_errors.py``). An attempt that may have reached Didit without a usable answer is re-sent only
when that is safe; a session create with ``vendor_data`` is first looked up (``resolvers``).
"""

from __future__ import annotations

import json as jsonlib
import logging
import math
import mimetypes
import os
import random
import re
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

import anyio
import anyio.lowlevel
import attrs

from . import _http, _json
from ._auth import Credentials
from ._clock import Clock
from ._constants import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
    MAX_ERROR_BODY_BYTES,
    REQUEST_ID_HEADERS,
    USER_AGENT,
)
from ._errors import (
    DiditConnectionError,
    DiditError,
    DiditResponseDecodeError,
    DiditResponseTooLargeError,
    DiditTimeoutError,
    DiditValidationError,
    DiditWriteOutcomeUnknownError,
    connection_error_message,
    error_from_response,
)
from ._generated.spec import RECOVERY_HINTS, TOKEN_ISSUING_OPERATIONS
from ._guard import (
    check_base_url,
    check_headers,
    check_text,
    check_timeout,
    encode_json_body,
    path_segment,
)
from ._logging import logger, redact_headers
from ._pagination import Paginator
from ._ratelimit import RateLimiter
from ._response import RawResponse, ResponseCapture, active_capture
from ._retry import RetryCallback, RetryEvent, RetryPolicy, server_wait_seconds
from ._seam import NOT_GIVEN, UNSET, FileInput, NotGiven, OperationMeta, Timeout

__all__ = ["HttpTransport", "SharedResources"]

T = TypeVar("T")

_PATH_PARAM = re.compile(r"\{([^}]+)\}")


class SharedResources:
    """What a client and its ``with_options`` copies share: the pool and the in-flight bound.

    Both are created lazily inside the running event loop (never at import or construction), and
    only a pool the client created itself is closed by ``aclose``.
    """

    def __init__(
        self,
        http_client: _http.AsyncClient | None,
        *,
        timeout: float | None,
        max_concurrency: int,
    ) -> None:
        self._client = http_client
        self.owns_client = http_client is None
        self._timeout = timeout
        self._max_concurrency = max_concurrency
        self._capacity: anyio.CapacityLimiter | None = None
        self._loop_token: object | None = None
        self.closed = False

    def _check_loop(self) -> None:
        # A pool (and a CapacityLimiter) belongs to the event loop that created it; reusing one
        # under a second `asyncio.run` gives "Event loop is closed" (httpx #2473). Rebuild ours
        # instead, with a warning, since the old loop can no longer close it.
        token = anyio.lowlevel.current_token()
        if self._loop_token is not None and token != self._loop_token:
            logger.warning("didit_async client reused in a new event loop; rebuilding its pool")
            if self.owns_client:
                self._client = None
            self._capacity = None
        self._loop_token = token

    def client(self) -> _http.AsyncClient:
        if self.closed:
            raise DiditConnectionError("The client is closed; create a new AsyncDidit.")
        self._check_loop()
        if self._client is None:
            self._client = _http.build_async_client(self._timeout)
        return self._client

    def capacity(self) -> anyio.CapacityLimiter:
        self._check_loop()
        if self._capacity is None:
            self._capacity = anyio.CapacityLimiter(self._max_concurrency)
        return self._capacity

    async def aclose(self) -> None:
        self.closed = True
        if self._client is not None and self.owns_client:
            await self._client.aclose()


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


def _request_id(response: _http.Response, body: Any = None) -> str | None:
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


# What may be done after an attempt that possibly reached Didit but gave no usable answer.
_RESEND = "resend"  # repeating it is safe (reads, idempotent writes, a kept Idempotency-Key)
_RESOLVE = "resolve"  # look for what the lost attempt made first (a create with vendor_data)
_NEVER = "never"  # report DiditWriteOutcomeUnknownError

# Resolves a lost write: given the JSON body sent and the transport clock's ``now()`` at the first
# attempt, the body Didit would have answered (the object the lost attempt made), or None.
Resolver = Callable[[Mapping[str, Any], float], Awaitable[Any]]


class _AttemptTimeout(Exception):
    """The whole-attempt deadline passed (connect + headers + body)."""


@attrs.define(slots=True)
class _Prepared:
    """One call, built once and sent by every attempt."""

    url: str
    params: dict[str, str] | None
    headers: dict[str, str]
    content: bytes | None
    form: dict[str, str] | None
    multipart: list[tuple[str, tuple[str, bytes, str]]] | None
    replay: str
    attempt_timeout: float | None
    http_timeout: Any
    deadline: float | None  # clock.now() after which no attempt or retry starts


@attrs.define(slots=True)
class _Outcome:
    """What one attempt produced: a response and its (size-capped) body."""

    response: _http.Response
    content: bytes
    capture: ResponseCapture | None = None
    raw: RawResponse | None = None


class HttpTransport:
    """Sends operations to Didit over one shared httpx pool. Built by ``AsyncDidit``.

    ``timeout`` bounds each attempt end to end (connect, sending, waiting for headers and reading
    the whole body); ``total_timeout`` bounds a call with all its attempts and the waits between
    them. ``max_response_bytes`` caps a success body (read as it streams); error bodies are read
    up to ``MAX_ERROR_BODY_BYTES`` only.
    """

    def __init__(
        self,
        *,
        base_urls: Mapping[str, str],
        credentials: Credentials,
        shared: SharedResources,
        limiter: RateLimiter,
        retry_policy: RetryPolicy,
        clock: Clock,
        timeout: Timeout = DEFAULT_TIMEOUT,
        total_timeout: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        on_retry: RetryCallback | None = None,
        rng: random.Random | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        allow_insecure_http: bool = False,
    ) -> None:
        for host, url in base_urls.items():
            check_base_url(f"{host}_base_url", url, allow_insecure_http=allow_insecure_http)
        self.base_urls = {host: url.rstrip("/") for host, url in base_urls.items()}
        self.credentials = credentials
        self.shared = shared
        self.limiter = limiter
        self.retry_policy = retry_policy
        self.clock = clock
        self.timeout = (
            timeout if isinstance(timeout, NotGiven) else check_timeout("timeout", timeout)
        )
        self.total_timeout = check_timeout("total_timeout", total_timeout)
        self.default_headers = check_headers("default_headers", default_headers)
        self.on_retry = on_retry
        self._rng = rng or random.Random()
        if (
            isinstance(max_response_bytes, bool)
            or not isinstance(max_response_bytes, int)
            or (max_response_bytes < 1)
        ):
            raise DiditValidationError(
                "max_response_bytes", "range", "must be a positive number of bytes"
            )
        self.max_response_bytes = max_response_bytes
        # operation id -> the top-level JSON type its answer must have (dict or list).
        # operation id -> how to find the object a lost write made (see Resolver).
        self.resolvers: dict[str, Resolver] = {}

    def __repr__(self) -> str:
        return f"HttpTransport(hosts={self.base_urls!r})"

    # --- building --------------------------------------------------------------------------

    def url_for(self, op: OperationMeta, path_params: Mapping[str, str] | None) -> str:
        """The absolute URL; each path parameter becomes exactly one encoded segment.

        Values that could change the route (``.``, ``..``) or that Didit could never accept
        (empty, over-long, control characters, lone surrogates) are refused before sending.
        """
        params = path_params or {}

        def substitute(match: re.Match[str]) -> str:
            name = match.group(1)
            return path_segment(name, params.get(name), method=op.method, path=op.path)

        return self.base_urls[op.host] + _PATH_PARAM.sub(substitute, op.path)

    def _headers(
        self,
        op: OperationMeta,
        headers: Mapping[str, str] | None,
        extra_headers: Mapping[str, str] | None,
    ) -> dict[str, str]:
        merged: dict[str, str] = {}

        def put(source: Mapping[str, str]) -> None:
            for key, value in source.items():
                for existing in [k for k in merged if k.lower() == key.lower()]:
                    del merged[existing]
                merged[key] = value

        put({"User-Agent": USER_AGENT, "Accept": "application/json"})
        put(self.default_headers)
        put(self.credentials.headers_for(op))  # raises before I/O without a usable credential
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

    def _replay(self, op: OperationMeta, json: Any) -> str:
        """What may follow an attempt that possibly reached Didit: resend, resolve or never."""
        if op.method == "GET":
            return _RESEND
        idem = op.idempotency
        if idem.kind == "always" or idem.kind == "key_header":
            return _RESEND
        if (
            idem.kind == "if_body_field"
            and idem.name
            and isinstance(json, Mapping)
            and json.get(idem.name) not in (None, "", UNSET)
            and op.operation_id in self.resolvers
        ):
            # Didit reuses only an *unfinished* session for a repeated vendor_data: a blind
            # resend after the first one finished would make a second. Look it up first.
            return _RESOLVE
        return _NEVER

    def _replay_safe(self, op: OperationMeta, json: Any) -> bool:
        """May this request be sent again, as is, after it possibly reached Didit?"""
        return self._replay(op, json) == _RESEND

    def _timeout(self, timeout: Timeout) -> float | NotGiven | None:
        if isinstance(timeout, NotGiven):
            return self.timeout
        return check_timeout("timeout", timeout)

    async def _build(
        self,
        op: OperationMeta,
        *,
        path_params: Mapping[str, str] | None,
        query: Mapping[str, Any] | None,
        json: Any,
        files: Mapping[str, FileInput] | None,
        data: Mapping[str, Any] | None,
        headers: Mapping[str, str] | None,
        timeout: Timeout,  # noqa: ASYNC109 (an HTTP timeout, per the seam)
        extra_headers: Mapping[str, str] | None,
    ) -> _Prepared:
        url = self.url_for(op, path_params)
        params = encode_query(query)
        all_headers = self._headers(op, headers, extra_headers)
        content: bytes | None = None
        multipart: list[tuple[str, tuple[str, bytes, str]]] | None = None
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
            all_headers["Content-Type"] = "application/json"
        chosen = self._timeout(timeout)
        attempt_timeout = None if isinstance(chosen, NotGiven) else chosen
        total = self.total_timeout
        return _Prepared(
            url=url,
            params=params or None,
            headers=all_headers,
            content=content,
            form=form,
            multipart=multipart,
            replay=self._replay(op, json),
            attempt_timeout=attempt_timeout,
            # httpx's own per-socket-operation timeouts stay as a second line of defence.
            http_timeout=_http.USE_CLIENT_DEFAULT if isinstance(chosen, NotGiven) else chosen,
            deadline=None if total is None else self.clock.now() + total,
        )

    # --- sending ---------------------------------------------------------------------------

    async def request(
        self,
        op: OperationMeta,
        *,
        path_params: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        json: Any = None,
        files: Mapping[str, FileInput] | None = None,
        data: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,  # noqa: ASYNC109 (an HTTP timeout, per the seam)
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Send ``op`` and return the decoded JSON, the bytes of a binary body, or None."""
        if extra_body:
            if data is not None or files is not None:
                data = {**(data or {}), **extra_body}
            else:
                json = {**(json or {}), **extra_body}
        if extra_query:
            query = {**(query or {}), **extra_query}
        prepared = await self._build(
            op,
            path_params=path_params,
            query=query,
            json=json,
            files=files,
            data=data,
            headers=headers,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return await self._send(op, prepared, json)

    def paginate(
        self,
        op: OperationMeta,
        *,
        decode_item: Callable[[Any], T],
        path_params: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[T]:
        """A lazy paginator over ``op``; bad path parameters raise now, not on first await."""
        self.url_for(op, path_params)
        if extra_query:
            query = {**(query or {}), **extra_query}
        check_headers("extra_headers", extra_headers)
        self._timeout(timeout)

        async def fetch(page_query: dict[str, Any]) -> Any:
            return await self.request(
                op,
                path_params=path_params,
                query=page_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )

        return Paginator(fetch, decode_item, query)

    async def _send(self, op: OperationMeta, prep: _Prepared, json: Any) -> Any:
        """Attempts, retries and resolution of lost writes, until a body or an error."""
        key = self.credentials.rate_limit_identity()
        first_attempt = self.clock.now()
        waited = 0.0
        attempt = 0
        while True:
            attempt += 1
            await self.limiter.acquire(op.rate_limit_scopes, key=key)
            failure: DiditError
            try:
                outcome = await self._attempt(op, prep, attempt)
            except _AttemptTimeout as late:
                bound = (
                    f"within {prep.attempt_timeout:g} s"
                    if prep.attempt_timeout is not None
                    else "before total_timeout"
                )
                failure = DiditTimeoutError(
                    f"The request timed out while {late}: the attempt did not complete {bound} "
                    "(connect, headers and body); raise timeout= (per client or per call) or "
                    "try again later.",
                    method=op.method,
                    path=op.path,
                    url=prep.url,
                )
                reason = "AttemptTimeout"
            except _http.LocalProtocolError as exc:
                # h11 refused our own request before a byte of it was sent.
                raise DiditValidationError(
                    "headers",
                    "protocol",
                    f"the request cannot be sent ({exc})",
                    method=op.method,
                    path=op.path,
                ) from exc
            except _http.PoolTimeout as exc:
                # Not retried: it means the pool is exhausted, and retrying adds load.
                raise DiditTimeoutError(
                    "Timed out waiting for a pooled connection; lower concurrency or raise the "
                    "pool size (http_client=).",
                    method=op.method,
                    path=op.path,
                    url=prep.url,
                ) from exc
            except _http.TransportError as exc:
                reason = type(exc).__name__
                if isinstance(exc, _http.NEVER_SENT_ERRORS):
                    # Nothing reached Didit: any request may go again.
                    delay = self._next_delay(attempt, waited, floor=None, deadline=prep.deadline)
                    if delay is None:
                        raise self._transport_error(op, exc, prep.url) from exc
                    waited += delay
                    await self._before_retry(op, attempt, delay, reason, None, None)
                    continue
                failure = self._transport_error(op, exc, prep.url)
                failure.__cause__ = exc
            else:
                try:
                    return self._classify(op, prep, outcome)
                except _Undecodable as exc:
                    if prep.replay == _RESEND:
                        # A body cut short may come whole next time; a wrong shape will not.
                        delay = (
                            self._next_delay(attempt, waited, floor=None, deadline=prep.deadline)
                            if exc.cut_short
                            else None
                        )
                        if delay is None:
                            raise exc.error from None
                        waited += delay
                        await self._before_retry(
                            op, attempt, delay, "undecodable", exc.error.status, None
                        )
                        continue
                    # A 2xx to a write: it most likely happened, but its answer is unusable.
                    failure, reason = exc.error, "an undecodable answer"
                except _Retry as retry:
                    failure, reason = retry.error, retry.reason
                    if retry.status == 429:
                        await self.limiter.penalize(
                            op.rate_limit_scopes,
                            key=key,
                            retry_after=retry.server_wait,
                            limit_header=retry.limit_header,
                        )
                    if (
                        retry.status == 429
                        or prep.replay == _RESEND
                        or (retry.status == 503 and prep.replay == _RESOLVE)
                    ):
                        # 429 and 503 mean Didit did not take the request: no lookup needed.
                        delay = self._next_delay(
                            attempt, waited, floor=retry.server_wait, deadline=prep.deadline
                        )
                        if delay is None:
                            raise failure from None
                        waited += delay
                        await self._before_retry(
                            op, attempt, delay, reason, retry.status, failure.request_id
                        )
                        continue
                    if retry.status == 503 and prep.replay == _NEVER:
                        raise failure from None  # "unavailable": Didit did not take it
            # The attempt may have reached Didit and its answer is lost or unusable.
            if prep.replay == _NEVER:
                raise self._outcome_unknown(
                    op, reason, request_id=failure.request_id, url=prep.url
                ) from failure
            if prep.replay == _RESOLVE:
                found = await self._resolve(op, json, first_attempt, reason, failure)
                if found is not None:
                    return found
            delay = self._next_delay(attempt, waited, floor=None, deadline=prep.deadline)
            if delay is None:
                raise failure
            waited += delay
            await self._before_retry(op, attempt, delay, reason, failure.status, failure.request_id)

    async def _attempt(self, op: OperationMeta, prep: _Prepared, attempt: int) -> _Outcome:
        """One request and its whole body, within the attempt's end-to-end deadline."""
        debug = logger.isEnabledFor(logging.DEBUG)
        if debug:
            logger.debug(
                "request %s %s attempt=%d headers=%s",
                op.method,
                op.path,
                attempt,
                redact_headers(prep.headers),
            )
        client = self.shared.client()
        request = client.build_request(
            op.method,
            prep.url,
            params=prep.params,
            content=prep.content,
            data=prep.form,
            files=prep.multipart,
            headers=prep.headers,
            timeout=prep.http_timeout,
        )
        async with self.shared.capacity():
            started = self.clock.now()
            limit = prep.attempt_timeout
            if prep.deadline is not None:
                left = prep.deadline - started
                if left <= 0:
                    # Nothing was sent: a plain timeout, never an unknown outcome.
                    raise DiditTimeoutError(
                        "total_timeout passed before this attempt could start.",
                        method=op.method,
                        path=op.path,
                        url=prep.url,
                    )
                limit = left if limit is None else min(limit, left)
            with anyio.move_on_after(limit if limit is not None else math.inf) as scope:
                # Redirects are never followed, whatever client was injected: a 3xx to another
                # origin must not receive the key (it surfaces as an error instead).
                phase = "waiting for the answer"
                response = await client.send(request, stream=True, follow_redirects=False)
                phase = "reading the answer's body"
                try:
                    content = await self._read(op, response)
                finally:
                    await response.aclose()
            if scope.cancelled_caught:
                raise _AttemptTimeout(phase)
        capture = active_capture()
        raw: RawResponse | None = None
        if capture is not None:
            raw = RawResponse(
                status_code=response.status_code,
                headers=redact_headers(dict(response.headers)),
                request_id=_request_id(response),
                method=op.method,
                url=prep.url,
                operation_id=op.operation_id,
                elapsed=self.clock.now() - started,
            )
            capture.responses.append(raw)
        if debug:
            logger.debug(
                "response %s %s -> %d request_id=%s",
                op.method,
                op.path,
                response.status_code,
                _request_id(response),
            )
        return _Outcome(response, content, capture, raw)

    async def _read(self, op: OperationMeta, response: _http.Response) -> bytes:
        """The body, never more than the cap: a success body past ``max_response_bytes`` is an
        error; an error body is cut at ``MAX_ERROR_BODY_BYTES`` (the rest is not read)."""
        success = response.status_code < 300
        cap = self.max_response_bytes if success else MAX_ERROR_BODY_BYTES
        length = response.headers.get("content-length", "")
        if success and length.isdigit() and int(length) > cap:
            raise self._too_large(op, response)
        response.stream = _CappedStream(response.stream, cap, truncate=not success)
        try:
            content = await response.aread()
        except _BodyTooLarge:
            raise self._too_large(op, response) from None
        except _http.DecodingError:
            if success:
                raise
            return b""  # a compressed error body cut short: its words are lost, not its status
        if success and len(content) > cap:  # a compressed body that inflated past the cap
            raise self._too_large(op, response)
        return content

    def _too_large(self, op: OperationMeta, response: _http.Response) -> DiditError:
        return DiditResponseTooLargeError(
            f"Didit's answer is larger than max_response_bytes={self.max_response_bytes}; it was "
            "not read. Raise max_response_bytes= on AsyncDidit if this answer is expected.",
            status=response.status_code,
            method=op.method,
            path=op.path,
            request_id=_request_id(response),
        )

    def _classify(self, op: OperationMeta, prep: _Prepared, outcome: _Outcome) -> Any:
        """The decoded body of a success; raises ``_Retry`` for a retryable failure and the
        typed error otherwise."""
        response, content = outcome.response, outcome.content
        status = response.status_code
        if 200 <= status < 300:
            body = self._decode(op, response, content)
            if outcome.raw is not None and outcome.raw.request_id is None:
                # Standalone checks carry their request id in the body (parsed once, above).
                rid = _request_id(response, body)
                if rid is not None and outcome.capture is not None:
                    responses = outcome.capture.responses
                    responses[responses.index(outcome.raw)] = attrs.evolve(
                        outcome.raw, request_id=rid
                    )
            if op.operation_id in TOKEN_ISSUING_OPERATIONS:
                self.credentials.absorb(op, body)
            return body
        request_id = _request_id(response)
        server_wait = server_wait_seconds(response.headers, wall_now=self.clock.wall())
        error = error_from_response(
            status,
            content,
            method=op.method,
            path=op.path,
            request_id=request_id,
            bearer=any(k.lower() == "authorization" for k in prep.headers),
            retry_after=server_wait,
            secrets=self.credentials.secret_values(),
            url=prep.url,
        )
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("error body %s %s: %r", op.method, op.path, error.body)
        too_long = server_wait is not None and server_wait > self.retry_policy.max_delay
        if status == 429 and not too_long:
            # A 429 means Didit did nothing, so even a plain write can go again.
            limit = response.headers.get("x-ratelimit-limit", "")
            raise _Retry(error, "429", status, server_wait, int(limit) if limit.isdigit() else None)
        if status == 429:
            raise error
        if status in (502, 503, 504) and not too_long:
            raise _Retry(error, str(status), status, server_wait, None)
        if status in (502, 504) and prep.replay != _RESEND:
            # The gateway lost the upstream answer: the write may have happened.
            raise _Retry(error, str(status), status, None, None)
        raise error

    def _decode(self, op: OperationMeta, response: _http.Response, content: bytes) -> Any:
        """A success body as the operation returns it, or :class:`DiditResponseDecodeError`."""
        if op.response_kind == "empty":
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
                expected: type | None = (
                    None if op.paginated else list if op.response_array else dict
                )
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
        raise _Undecodable(
            DiditResponseDecodeError(
                f"Didit answered {response.status_code} with {problem}.",
                status=response.status_code,
                method=op.method,
                path=op.path,
                request_id=_request_id(response, body),
            ),
            cut_short=cut_short,
        )

    async def _resolve(
        self, op: OperationMeta, json: Any, since: float, reason: str, failure: DiditError
    ) -> Any:
        """The object a lost write made, found by the operation's resolver, or None."""
        resolver = self.resolvers[op.operation_id]
        try:
            return await resolver(json, since)
        except DiditError as exc:
            raise self._outcome_unknown(
                op, f"{reason}; looking it up failed too: {type(exc).__name__}"
            ) from failure

    def _transport_error(self, op: OperationMeta, exc: Exception, url: str) -> DiditError:
        timed_out = isinstance(exc, _http.TimeoutException)
        return (DiditTimeoutError if timed_out else DiditConnectionError)(
            connection_error_message(exc, timeout=timed_out),
            method=op.method,
            path=op.path,
            url=url,
        )

    def _next_delay(
        self, attempt: int, waited: float, *, floor: float | None, deadline: float | None = None
    ) -> float | None:
        policy = self.retry_policy
        if attempt > policy.max_retries:
            return None
        delay = policy.backoff(attempt - 1, floor=floor, rand=self._rng.random())
        if waited + delay > policy.max_total:
            return None
        if deadline is not None and self.clock.now() + delay >= deadline:
            return None
        return delay

    async def _before_retry(
        self,
        op: OperationMeta,
        attempt: int,
        delay: float,
        reason: str,
        status: int | None,
        request_id: str | None,
    ) -> None:
        event = RetryEvent(
            operation_id=op.operation_id,
            method=op.method,
            path=op.path,
            attempt=attempt,
            delay=delay,
            reason=reason,
            status=status,
            request_id=request_id,
        )
        logger.info(
            "retrying %s %s after %s (attempt %d failed); waiting %.3f s",
            op.method,
            op.path,
            reason,
            attempt,
            delay,
        )
        if self.on_retry is not None:
            self.on_retry(event)
        await self.clock.sleep(delay)

    @staticmethod
    def _outcome_unknown(
        op: OperationMeta, reason: str, *, request_id: str | None = None, url: str | None = None
    ) -> DiditWriteOutcomeUnknownError:
        hint = RECOVERY_HINTS.get(
            op.operation_id, "Check whether it took effect before repeating it."
        )
        return DiditWriteOutcomeUnknownError(
            f"The response to {op.operation_id} was lost or unusable ({reason}); it may or may "
            f"not have been applied, and it was not retried because repeating it is not safe. "
            f"{hint}",
            method=op.method,
            path=op.path,
            request_id=request_id,
            url=url,
        )


class _BodyTooLarge(Exception):
    """Raised inside the body stream when it passes the cap."""


class _CappedStream(_http.AsyncByteStream):
    """A response stream that stops at ``cap`` bytes: it ends early (``truncate``) or raises.

    Either way every iterator it opened is closed and every generator above it runs to its end,
    so nothing is left for the garbage collector to finalise (which trio reports).
    """

    def __init__(self, inner: Any, cap: int, *, truncate: bool) -> None:
        self._inner = inner
        self._cap = cap
        self._truncate = truncate

    async def __aiter__(self) -> AsyncIterator[bytes]:
        iterator = self._inner.__aiter__()
        size = 0
        try:
            while True:
                try:
                    chunk = await iterator.__anext__()
                except StopAsyncIteration:
                    return
                size += len(chunk)
                if size > self._cap:
                    if not self._truncate:
                        raise _BodyTooLarge
                    yield chunk[: len(chunk) - (size - self._cap)]
                    return
                yield chunk
        finally:
            close = getattr(iterator, "aclose", None)
            if close is not None:
                await close()

    async def aclose(self) -> None:
        await self._inner.aclose()


class _Retry(Exception):
    """An error answer the retry loop may act on (429, 502/503/504)."""

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


class _Undecodable(Exception):
    """A success status whose body is unusable (carries the DiditResponseDecodeError)."""

    def __init__(self, error: DiditResponseDecodeError, *, cut_short: bool) -> None:
        super().__init__(str(error))
        self.error = error
        self.cut_short = cut_short

"""The client layer's implementation of :class:`didit_async._seam.Transport`.

One call goes: validate and build (URL from the host base and percent-encoded path parameters,
query, JSON or multipart body, credentials per ``op.auth``) → for each attempt: wait for every
rate-limit scope of the operation → take a concurrency slot (bounded below the pool size) → send
→ record the raw response for :func:`~didit_async.capture_response` → success, retry (see
``_retry.py``) or a typed error (see ``_errors.py``).
"""

from __future__ import annotations

import json as jsonlib
import mimetypes
import os
import random
import re
import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar
from urllib.parse import quote

import anyio
import anyio.lowlevel

from . import _http, _json
from ._auth import Credentials
from ._clock import Clock
from ._constants import (
    DEFAULT_TIMEOUT,
    REQUEST_ID_HEADERS,
    USER_AGENT,
)
from ._errors import (
    DiditAPIError,
    DiditConnectionError,
    DiditError,
    DiditTimeoutError,
    DiditValidationError,
    DiditWriteOutcomeUnknownError,
    error_from_response,
)
from ._generated.spec import RECOVERY_HINTS
from ._logging import logger, redact_headers
from ._pagination import Paginator
from ._ratelimit import RateLimiter
from ._response import RawResponse, record_response
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
    for header in REQUEST_ID_HEADERS:
        value = response.headers.get(header)
        if value:
            return str(value)
    if body is None and "json" in response.headers.get("content-type", ""):
        # Standalone checks (ID verification, AML, ...) put `request_id` in the JSON body.
        try:
            body = jsonlib.loads(response.content)
        except ValueError:
            return None
    if isinstance(body, Mapping):
        rid = body.get("request_id")
        if isinstance(rid, str):
            return rid
    return None


class HttpTransport:
    """Sends operations to Didit over one shared httpx pool. Built by ``AsyncDidit``."""

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
        default_headers: Mapping[str, str] | None = None,
        on_retry: RetryCallback | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.base_urls = dict(base_urls)
        self.credentials = credentials
        self.shared = shared
        self.limiter = limiter
        self.retry_policy = retry_policy
        self.clock = clock
        self.timeout = timeout
        self.default_headers = dict(default_headers or {})
        self.on_retry = on_retry
        self._rng = rng or random.Random()

    def __repr__(self) -> str:
        return f"HttpTransport(hosts={self.base_urls!r})"

    # --- building --------------------------------------------------------------------------

    def url_for(self, op: OperationMeta, path_params: Mapping[str, str] | None) -> str:
        """The absolute URL; empty or missing path parameters are rejected before sending."""
        params = path_params or {}

        def substitute(match: re.Match[str]) -> str:
            name = match.group(1)
            value = params.get(name)
            if value is None or not str(value).strip():
                raise DiditValidationError(
                    name, "empty", "must be a non-empty identifier", method=op.method, path=op.path
                )
            # safe="" so a "/" or "?" inside an identifier cannot change the route.
            return quote(str(value), safe="")

        path = _PATH_PARAM.sub(substitute, op.path)
        return self.base_urls[op.host].rstrip("/") + path

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
        put(headers or {})
        put(extra_headers or {})
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

    @staticmethod
    def _replay_safe(op: OperationMeta, json: Any) -> bool:
        """May this request be sent again after it possibly reached Didit?"""
        if op.method == "GET":
            return True
        idem = op.idempotency
        if idem.kind == "always" or idem.kind == "key_header":
            return True
        if idem.kind == "if_body_field" and idem.name:
            return isinstance(json, Mapping) and json.get(idem.name) not in (None, "", UNSET)
        return False

    def _timeout(self, timeout: Timeout) -> Any:
        chosen = self.timeout if isinstance(timeout, NotGiven) else timeout
        return _http.USE_CLIENT_DEFAULT if isinstance(chosen, NotGiven) else chosen

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
        response = await self._send(
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
        if op.response_kind == "empty":
            return None
        if op.response_kind == "binary":
            return response.content
        if not response.content.strip():
            return None
        try:
            body = _json.loads(response.content)
        except ValueError as exc:
            raise DiditAPIError(
                f"Didit answered {response.status_code} with a body that is not JSON.",
                status=response.status_code,
                method=op.method,
                path=op.path,
                request_id=_request_id(response),
            ) from exc
        self.credentials.absorb(op, body)
        return body

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

        async def fetch(page_query: dict[str, Any]) -> Any:
            return await self.request(
                op,
                path_params=path_params,
                query=page_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )

        return Paginator(fetch, decode_item, query)

    async def _send(
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
    ) -> _http.Response:
        url = self.url_for(op, path_params)
        params = encode_query(query)
        all_headers = self._headers(op, headers, extra_headers)
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
        replay_safe = self._replay_safe(op, json)
        http_timeout = self._timeout(timeout)
        policy = self.retry_policy
        key = self.credentials.rate_limit_identity()
        waited = 0.0
        attempt = 0
        while True:
            attempt += 1
            await self.limiter.acquire(op.rate_limit_scopes, key=key)
            started = self.clock.now()
            logger.debug(
                "request %s %s attempt=%d headers=%s",
                op.method,
                op.path,
                attempt,
                redact_headers(all_headers),
            )
            try:
                async with self.shared.capacity():
                    response = await self.shared.client().request(
                        op.method,
                        url,
                        params=params or None,
                        json=json if json is not None and multipart is None else None,
                        data=form,
                        files=multipart,
                        headers=all_headers,
                        timeout=http_timeout,
                    )
            except _http.PoolTimeout as exc:
                # Not retried: it means the pool is exhausted, and retrying adds load.
                raise DiditTimeoutError(
                    "Timed out waiting for a pooled connection; lower concurrency or raise the "
                    "pool size (http_client=).",
                    method=op.method,
                    path=op.path,
                ) from exc
            except _http.TransportError as exc:
                never_sent = isinstance(exc, _http.NEVER_SENT_ERRORS)
                reason = type(exc).__name__
                if not never_sent and not replay_safe:
                    raise self._outcome_unknown(op, reason) from exc
                error: DiditError = (
                    DiditTimeoutError(
                        f"The request timed out ({reason}).", method=op.method, path=op.path
                    )
                    if isinstance(exc, _http.TimeoutException)
                    else DiditConnectionError(
                        f"Could not reach Didit ({reason}).", method=op.method, path=op.path
                    )
                )
                delay = self._next_delay(attempt, waited, floor=None)
                if delay is None:
                    raise error from exc
                waited += delay
                await self._before_retry(op, attempt, delay, reason, None, None)
                continue

            elapsed = self.clock.now() - started
            status = response.status_code
            request_id = _request_id(response)
            record_response(
                RawResponse(
                    status_code=status,
                    headers=redact_headers(dict(response.headers)),
                    request_id=request_id,
                    method=op.method,
                    url=url,
                    operation_id=op.operation_id,
                    elapsed=elapsed,
                )
            )
            logger.debug(
                "response %s %s -> %d request_id=%s", op.method, op.path, status, request_id
            )
            if 200 <= status < 300:
                return response

            server_wait = server_wait_seconds(response.headers, wall_now=self.clock.wall())
            if status == 429:
                limit_header = response.headers.get("x-ratelimit-limit", "")
                await self.limiter.penalize(
                    op.rate_limit_scopes,
                    key=key,
                    retry_after=server_wait,
                    limit_header=int(limit_header) if limit_header.isdigit() else None,
                )
            retryable = status == 429 or (
                status in (502, 503, 504) and replay_safe
            )  # a 429 means Didit did nothing, so even a plain write can go again
            if not retryable and status in (502, 504) and not replay_safe:
                # The gateway lost the upstream answer: the write may have happened.
                raise self._outcome_unknown(op, f"HTTP {status}", request_id=request_id)
            too_long = server_wait is not None and server_wait > policy.max_delay
            delay = (
                None
                if too_long or not retryable
                else self._next_delay(attempt, waited, floor=server_wait)
            )
            if delay is None:
                error_ = error_from_response(
                    status,
                    response.content,
                    method=op.method,
                    path=op.path,
                    request_id=request_id,
                    bearer=any(k.lower() == "authorization" for k in all_headers),
                    retry_after=server_wait,
                )
                logger.debug("error body %s %s: %r", op.method, op.path, error_.body)
                raise error_
            waited += delay
            await self._before_retry(op, attempt, delay, str(status), status, request_id)

    def _next_delay(self, attempt: int, waited: float, *, floor: float | None) -> float | None:
        policy = self.retry_policy
        if attempt > policy.max_retries:
            return None
        delay = policy.backoff(attempt - 1, floor=floor, rand=self._rng.random())
        if waited + delay > policy.max_total:
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
        op: OperationMeta, reason: str, *, request_id: str | None = None
    ) -> DiditWriteOutcomeUnknownError:
        hint = RECOVERY_HINTS.get(
            op.operation_id, "Check whether it took effect before repeating it."
        )
        return DiditWriteOutcomeUnknownError(
            f"The response to {op.operation_id} was lost ({reason}); it may or may not have "
            f"been applied, and it was not retried because repeating it is not safe. {hint}",
            method=op.method,
            path=op.path,
            request_id=request_id,
        )

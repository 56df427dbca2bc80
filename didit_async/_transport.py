"""The client layer's implementation of :class:`didit_async._seam.Transport`.

One call goes: **build** (``_build``, helpers in ``_transport_build.py``: every argument checked
before any I/O by ``_guard``; the URL from the host base and one percent-encoded segment per path
parameter; query, JSON or multipart body; credentials per ``op.auth``) → for each **attempt**
(``_attempt``): wait for every rate-limit scope of the operation → take a concurrency slot → send
and read the body (``_transport_body.py``), under one end-to-end deadline and a streamed size cap,
never following a redirect → **classify** (``_transport_classify.py``): a decoded body, a retry
(see ``_retry.py``), or a typed error (see ``_errors.py``). An attempt that may have reached Didit
without a usable answer (lost, unusable, or any 5xx) is re-sent only when that is safe; a session
create with ``vendor_data`` is first looked up (``resolvers``), and a call whose lookup fails, or
whose rate-limit store fails before a retry, is outcome-unknown.
"""

from __future__ import annotations

import logging
import math
import random
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import anyio
import anyio.lowlevel

from . import _http
from ._auth import Credentials
from ._clock import Clock
from ._constants import CLIENT_DEFAULT_ENV_VARS, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT
from ._errors import (
    DiditError,
    DiditStoreUnavailableError,
    DiditTimeoutError,
    DiditValidationError,
    DiditWriteOutcomeUnknownError,
)
from ._guard import check_base_url, check_headers, check_timeout
from ._logging import logger, redact_headers
from ._pagination import Paginator
from ._ratelimit import RateLimiter, scope_subkeys
from ._response import RawResponse, active_capture
from ._retry import RetryCallback, RetryEvent, RetryPolicy
from ._seam import NOT_GIVEN, FileInput, NotGiven, OperationMeta, Timeout
from ._transport_body import BodyUnreadable, read_body
from ._transport_build import (
    NEVER,
    RESEND,
    RESOLVE,
    Prepared,
    Resolver,
    encode_body,
    encode_query,
    merge_headers,
    note_recovered,
    replay_for,
    url_for,
)
from ._transport_classify import (
    AttemptDeadline,
    Failed,
    Outcome,
    Retry,
    Undecodable,
    attempt_timeout,
    classify,
    failure_name,
    idempotency_key,
    outcome_unknown,
    request_id,
    transport_error,
)
from ._transport_pool import SharedResources

__all__ = ["HttpTransport"]

T = TypeVar("T")


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
        client_defaults: Mapping[str, str | None] | None = None,
        resolvers: Mapping[str, Resolver] | None = None,
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
        # operation id -> how to find the object a lost write made (see Resolver).
        self.resolvers: Mapping[str, Resolver] = dict(resolvers or {})
        self.client_defaults = dict(client_defaults or {})

    def client_default(self, name: str) -> str:
        """The configured ``organization_id`` / ``application_id`` (see ``Transport``)."""
        value = self.client_defaults.get(name)
        if value is None:
            variable = CLIENT_DEFAULT_ENV_VARS.get(name, name.upper())
            raise DiditValidationError(
                name,
                "required",
                f"this operation needs your {name}: pass {name}=... to the call or to "
                f"AsyncDidit/Didit, or set {variable}. The ids are in the organization and "
                "application that client.account.verify_email / list_organizations / "
                "list_applications return (and in the Business Console's application settings).",
            )
        return value

    def __repr__(self) -> str:
        return f"HttpTransport(hosts={self.base_urls!r})"

    # --- building --------------------------------------------------------------------------

    def url_for(self, op: OperationMeta, path_params: Mapping[str, str] | None) -> str:
        """The absolute URL; each path parameter becomes exactly one encoded segment."""
        return url_for(self.base_urls, op, path_params)

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
        credential: str | None = None,
    ) -> Prepared:
        url = self.url_for(op, path_params)
        params = encode_query(query)
        all_headers = merge_headers(
            op, self.default_headers, self.credentials, headers, extra_headers, credential
        )
        content, form, multipart = await encode_body(op, json, files, data)
        if content is not None:
            all_headers["Content-Type"] = "application/json"
        chosen = self._timeout(timeout)
        attempt_timeout = None if isinstance(chosen, NotGiven) else chosen
        total = self.total_timeout
        return Prepared(
            url=url,
            params=params or None,
            headers=all_headers,
            content=content,
            form=form,
            multipart=multipart,
            replay=replay_for(op, json, self.resolvers),
            attempt_timeout=attempt_timeout,
            # httpx's own per-socket-operation timeouts stay as a second line of defence.
            http_timeout=(
                _http.USE_CLIENT_DEFAULT
                if isinstance(chosen, NotGiven)
                else self.shared.socket_timeouts(chosen)
            ),
            deadline=None if total is None else self.clock.now() + total,
            call_secrets=(credential,) if credential else (),
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
        credential: str | None = None,
    ) -> Any:
        """Send ``op`` and return the decoded JSON, the bytes of a binary body, or None.

        ``credential``: the per-call secret of an operation whose security scheme takes one.
        """
        _check_mapping("extra_body", extra_body)
        _check_mapping("extra_query", extra_query)
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
            credential=credential,
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
        _check_mapping("extra_query", extra_query)
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

    async def _send(self, op: OperationMeta, prep: Prepared, json: Any) -> Any:
        """Attempts, retries and resolution of lost writes, until a body or an error."""
        key = self.credentials.rate_limit_identity()
        subkeys = scope_subkeys(op.rate_limit_scopes, json)
        first_attempt = self.clock.now()
        waited = 0.0
        attempt = 0
        # The last attempt that may have taken effect at Didit (a write's), if any.
        applied: Failed | None = None
        while True:
            attempt += 1
            try:
                await self.limiter.acquire(op.rate_limit_scopes, key=key, subkeys=subkeys)
                # A 429 is recorded in the store.
                result = await self._try(op, prep, attempt, key, subkeys)
            except DiditStoreUnavailableError as exc:
                if applied is None:
                    raise  # nothing of this call took effect: the store's "nothing was sent"
                raise self._unknown(
                    op,
                    prep,
                    applied,
                    f"{applied.why()}; then the rate-limit store failed, stopping its retries "
                    "(the store's error is this one's __cause__)",
                ) from exc
            if not isinstance(result, Failed):
                return result
            failure = result.error
            if result.applied and op.method != "GET":
                applied = result
            if not result.safe:
                # The attempt may have reached Didit and its answer is lost, unusable or a 5xx.
                if prep.replay == NEVER:
                    raise self._unknown(op, prep, result, result.why()) from failure
                if prep.replay == RESOLVE:
                    found = await self._resolve(op, prep, json, first_attempt, result)
                    if found is not None:
                        return found
            delay = self._next_delay(attempt, waited, floor=result.floor, deadline=prep.deadline)
            if delay is None:
                raise failure  # its cause, if any, is the transport's error
            waited += delay
            await self._before_retry(
                op, attempt, delay, result.reason, result.status, result.request_id
            )

    async def _try(
        self,
        op: OperationMeta,
        prep: Prepared,
        attempt: int,
        key: str,
        subkeys: Mapping[str, str] | None = None,
    ) -> Any:
        """One attempt: the decoded answer, a :class:`Failed` to weigh for a retry, or a
        raised error that no retry can help."""
        try:
            outcome = await self._attempt(op, prep, attempt)
        except AttemptDeadline as late:
            timed_out = attempt_timeout(op, prep, str(late))
            # Cut off while still connecting, it never reached Didit: any request may go again.
            return Failed(
                timed_out,
                "AttemptTimeout",
                safe=not late.sent or prep.replay == RESEND,
                applied=late.sent,
            )
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
                str(exc)
                if isinstance(exc, _http.SlotTimeout)
                else "Timed out waiting for a pooled connection; lower concurrency or raise the "
                "pool size (http_client=).",
                method=op.method,
                path=op.path,
                url=prep.url,
            ) from exc
        except _http.TransportError as exc:
            failure = transport_error(op, exc, prep.url)
            failure.__cause__ = exc
            never_sent = isinstance(exc, _http.NEVER_SENT_ERRORS)
            return Failed(
                failure,
                type(exc).__name__,
                safe=never_sent or prep.replay == RESEND,
                applied=not never_sent,
            )
        try:
            return classify(
                op,
                prep,
                outcome,
                credentials=self.credentials,
                clock=self.clock,
                max_delay=self.retry_policy.max_delay,
            )
        except Undecodable as exc:
            if prep.replay != RESEND:
                # A 2xx to a write: it most likely happened, but its answer is unusable.
                return Failed(
                    exc.error,
                    "an undecodable answer",
                    safe=False,
                    status=exc.error.status,
                    request_id=exc.error.request_id,
                )
            if not exc.cut_short:
                raise exc.error from None  # a wrong shape will not come right next time
            # A body cut short may come whole next time.
            return Failed(exc.error, "undecodable", safe=True, status=exc.error.status)
        except Retry as retry:
            failure = retry.error
            if retry.status == 429:
                await self.limiter.penalize(
                    op.rate_limit_scopes,
                    key=key,
                    retry_after=retry.server_wait,
                    limit_header=retry.limit_header,
                    subkeys=subkeys,
                )
            # A 429 means Didit did nothing. A 5xx says nothing about a write: Didit documents
            # no 5xx (503 with Retry-After included) as "not processed" for a create, and a
            # proxy or a crash after the commit answers one after the work was done.
            return Failed(
                failure,
                retry.reason,
                safe=retry.status == 429 or prep.replay == RESEND,
                floor=retry.server_wait,
                status=retry.status,
                request_id=failure.request_id,
                applied=retry.status != 429,
            )

    async def _attempt(self, op: OperationMeta, prep: Prepared, attempt: int) -> Outcome:
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
        tracker: _http.SendTracker | None = None
        if prep.replay != RESEND and self.shared.traces_sends:
            # A write cut off while connecting never left: knowing it, we may send it again.
            tracker = _http.SendTracker()
            tracker.attach(request)
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
                unreadable: str | None = None
                try:
                    content = await read_body(op, response, self.max_response_bytes)
                except BodyUnreadable as exc:
                    content, unreadable = b"", str(exc)
                finally:
                    await response.aclose()
            if scope.cancelled_caught:
                sent = tracker is None or tracker.sent
                raise AttemptDeadline(phase if sent else "connecting", sent=sent)
        capture = active_capture()
        raw: RawResponse | None = None
        if capture is not None:
            raw = RawResponse(
                status_code=response.status_code,
                headers=redact_headers(dict(response.headers)),
                request_id=request_id(response),
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
                request_id(response),
            )
        return Outcome(response, content, capture, raw, unreadable)

    async def _resolve(
        self, op: OperationMeta, prep: Prepared, json: Any, since: float, failed: Failed
    ) -> Any:
        """The object a lost write made, found by the operation's resolver, or None."""
        resolver = self.resolvers[op.operation_id]
        try:
            found = await resolver(self, json, since)
        except DiditError as exc:
            # The lookup could not tell: the cause named is the lookup's failure.
            raise self._unknown(
                op,
                prep,
                failed,
                f"{failed.why()}; looking it up failed too ({failure_name(exc)})",
            ) from exc
        if found is not None:
            note_recovered(op.operation_id)
        return found

    @staticmethod
    def _unknown(
        op: OperationMeta, prep: Prepared, failed: Failed, why: str
    ) -> DiditWriteOutcomeUnknownError:
        return outcome_unknown(
            op,
            why,
            request_id=failed.error.request_id,
            url=prep.url,
            idempotency_key=idempotency_key(op, prep.headers),
            repeatable=prep.replay == RESEND,
        )

    def _next_delay(
        self, attempt: int, waited: float, *, floor: float | None, deadline: float | None = None
    ) -> float | None:
        policy = self.retry_policy
        if attempt > policy.max_retries:
            return None
        if floor is not None and floor > policy.max_delay:
            return None  # the server asked for a longer wait than the policy allows
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


def _check_mapping(name: str, value: Any) -> None:
    """The escape hatches take a mapping; anything else is refused before any I/O."""
    if value is not None and not isinstance(value, Mapping):
        raise DiditValidationError(
            name, "type", f"must be a mapping of field names to values, not {type(value).__name__}"
        )

"""``client.sessions``: the generated operations plus bulk creation and decision polling."""

from __future__ import annotations

import datetime
import email.utils
import urllib.parse
from collections.abc import AsyncIterable, Callable, Collection, Iterable, Mapping
from typing import Any

from ._bulk import BulkProgress, BulkRun
from ._clock import Clock, SystemClock
from ._constants import (
    CREATE_LOOKUP_CLOCK_SKEW_SECONDS,
    CREATE_LOOKUP_SLACK_SECONDS,
    DEFAULT_BULK_CONCURRENCY,
    DEFAULT_WAIT_INITIAL_INTERVAL,
    DEFAULT_WAIT_MAX_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    DEFAULT_WATCH_CONCURRENCY,
    DEFAULT_WATCH_GIVE_UP_AFTER,
    DEFAULT_WATCH_MIN_INTERVAL,
)
from ._errors import DiditResponseDecodeError, DiditValidationError
from ._generated._codec import decoder
from ._generated.models import CreateSessionResponse, SessionDecision
from ._generated.resources.sessions import (
    SESSIONS_LIST,
    SESSIONS_RETRIEVE_DECISION,
    SessionsResource,
)
from ._polling import Watcher, wait_for_decision
from ._response import capture_response
from ._seam import Transport

__all__ = ["Sessions", "find_created_session"]


def _created_at(row: Mapping[str, Any]) -> float | None:
    raw = row.get("created_at")
    if not isinstance(raw, str):
        return None
    try:
        when = datetime.datetime.fromisoformat(raw[:-1] + "+00:00" if raw.endswith("Z") else raw)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.timezone.utc)
    return when.timestamp()


def _server_time(headers: Mapping[str, str] | None) -> float | None:
    raw = headers.get("date") if headers is not None else None
    if not raw:
        return None
    try:
        return email.utils.parsedate_to_datetime(raw).timestamp()
    except (TypeError, ValueError, IndexError):
        return None


async def find_created_session(
    transport: Transport, clock: Clock, request: Mapping[str, Any], since: float
) -> dict[str, Any] | None:
    """The session a create with ``request``'s ``vendor_data`` made since ``since`` (the
    ``clock.now()`` of its first attempt), in any status, as a create answer; or None when
    Didit lists none.

    Didit reuses only an *unfinished* session for a repeated ``vendor_data``; once the first one
    finished (approved, declined, expired...) a re-sent create would make a second. Looking the
    session up before re-sending is what makes a lost create safe to repeat.

    "Since" is judged on Didit's clock where it can be: the ``Date`` of the lookup's answer,
    less the time elapsed here since the first attempt (and ``CREATE_LOOKUP_SLACK_SECONDS`` for
    the header's one-second resolution), is compared with each row's ``created_at``. Without a
    ``Date`` header this machine's wall clock at the first attempt stands in, less
    ``CREATE_LOOKUP_CLOCK_SKEW_SECONDS`` for the two clocks' disagreement: a session created
    before that is never taken for this create's. The answer is built from the list row
    (see :func:`recovered_answer` for the fields it lacks).
    """
    vendor = request.get("vendor_data")
    if not isinstance(vendor, str) or not vendor:
        return None
    workflow = request.get("workflow_id")
    query: dict[str, Any] = {"vendor_data": vendor, "session_kind": "all"}
    if workflow:
        query["workflow_id"] = workflow
    with capture_response() as capture:
        page = await transport.request(SESSIONS_LIST, query=query)
    elapsed = clock.now() - since
    server_now = _server_time(capture.responses[-1].headers if capture.responses else None)
    if server_now is not None:
        after = server_now - elapsed - CREATE_LOOKUP_SLACK_SECONDS
    else:
        after = clock.wall() - elapsed - CREATE_LOOKUP_CLOCK_SKEW_SECONDS
    rows = page.get("results") if isinstance(page, Mapping) else None
    if not isinstance(rows, list):
        raise DiditResponseDecodeError(
            "Didit's session list answered without a `results` list.",
            method=SESSIONS_LIST.method,
            path=SESSIONS_LIST.path,
        )
    for row in rows:  # newest first
        if not isinstance(row, Mapping) or row.get("vendor_data") != vendor:
            continue
        if workflow and row.get("workflow_id") not in (None, workflow):
            continue
        created = _created_at(row)
        if created is not None and created < after:
            return None  # newest first: this and every later row predate the first attempt
        if not isinstance(row.get("session_id"), str):
            continue
        return recovered_answer(row, vendor)
    return None


def recovered_answer(row: Mapping[str, Any], vendor: str) -> dict[str, Any]:
    """A create's answer rebuilt from a session list row.

    ``url`` is the row's ``session_url``, and ``session_token`` its last segment when it has
    the documented form ``https://verify.didit.me/session/<session_token>`` (else ``None``;
    ``sessions.retrieve_decision(session_id).session_url`` has it too). List rows do not carry
    ``metadata``, ``callback``, ``callback_method`` or ``workflow_version``: those are ``None``
    on a recovered session (``sessions.retrieve_decision`` returns the session in full).
    """
    url = row.get("session_url")
    token = None
    if isinstance(url, str):
        path = urllib.parse.urlsplit(url).path.rstrip("/")
        head, _, last = path.rpartition("/")
        if head.endswith("/session") and last:
            token = last
    return {
        "session_id": row["session_id"],
        "session_number": row.get("session_number"),
        "session_token": token,
        "url": url,
        "vendor_data": vendor,
        "status": row.get("status"),
        "workflow_id": row.get("workflow_id"),
        "session_kind": row.get("session_kind"),
        "created_at": row.get("created_at"),
    }


class Sessions(SessionsResource):
    """Verification sessions: every documented operation, plus workloads at scale.

    >>> async def main(client):  # doctest: +SKIP
    ...     session = await client.sessions.create(workflow_id=WF, vendor_data="user-42")
    ...     decision = await client.sessions.wait_for_decision(session.session_id)
    """

    async def _find_created(self, request: Mapping[str, Any], since: float) -> Any:
        return await find_created_session(self._transport, self._clock, request, since)

    @property
    def _clock(self) -> Clock:
        clock: Clock = getattr(self._transport, "clock", None) or SystemClock()
        return clock

    def create_many(
        self,
        requests: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
        *,
        concurrency: int = DEFAULT_BULK_CONCURRENCY,
        on_progress: Callable[[BulkProgress], None] | None = None,
        on_send: Callable[[int, Mapping[str, Any]], None] | None = None,
    ) -> BulkRun[CreateSessionResponse]:
        """Create many sessions under the rate limits; one result per request.

        ``requests`` is any iterable or async iterable of keyword-argument mappings for
        :meth:`create` (it is read lazily, so a huge CSV streams). Results come in completion
        order, each with its input ``index``. A lost response is resolved, never blindly re-sent:
        with ``vendor_data``, the session list is searched (that ``vendor_data`` and workflow,
        created since the first attempt, any status) and a session found is the row's result;
        the row is sent again only when none exists. Without ``vendor_data`` the row reports
        ``DiditWriteOutcomeUnknownError``.

        ``on_send(index, request)`` is called just before a row's first request leaves, once per
        row: write it to a journal (flushed) and a rerun after a crash knows which rows may have
        reached Didit without a recorded result, to look them up with :meth:`find_created`
        instead of sending them again (the bulk guide has the whole loop).

        >>> async def main(client):  # doctest: +SKIP
        ...     rows = ({"workflow_id": WF, "vendor_data": f"user-{i}"} for i in range(1000))
        ...     async with client.sessions.create_many(rows) as results:
        ...         async for r in results:
        ...             print(r.index, r.session.url if r.ok else r.error)
        """
        return BulkRun(
            requests,
            create=self.create,
            find_existing=self._find_existing,
            clock=self._clock,
            concurrency=concurrency,
            on_progress=on_progress,
            on_send=on_send,
        )

    async def find_created(
        self, vendor_data: str, /, *, since: float, workflow_id: str | None = None
    ) -> CreateSessionResponse | None:
        """The session a create with this ``vendor_data`` (and workflow) made at or after
        ``since``, in any status; None when Didit lists none.

        ``since`` is a Unix time (``time.time()``) taken just before the create was first sent,
        possibly by an earlier process: this is how a resumed bulk job finds out whether a row
        it sent before a crash made a session, before sending it again. It is the same lookup
        the client makes for a create whose answer was lost (one session-list call; the list
        row's ``metadata``, ``callback``, ``callback_method`` and ``workflow_version`` are
        ``None``). Judged on Didit's clock when its answer has a ``Date``.

        >>> async def main(client, sent_at):  # doctest: +SKIP
        ...     found = await client.sessions.find_created("user-42", since=sent_at)
        ...     session = found or await client.sessions.create(
        ...         workflow_id=WF, vendor_data="user-42")
        """
        if not isinstance(vendor_data, str) or not vendor_data:
            raise DiditValidationError(
                "vendor_data", "empty", "must be a non-empty string (the session's vendor_data)"
            )
        if isinstance(since, bool) or not isinstance(since, (int, float)):
            raise DiditValidationError("since", "type", "must be a Unix time (time.time())")
        clock = self._clock
        # find_created_session measures "since" on the monotonic clock; carry the wall-clock
        # age of the send over to it (an earlier process's monotonic time means nothing here).
        since_mono = clock.now() - max(clock.wall() - since, 0.0)
        request: dict[str, Any] = {"vendor_data": vendor_data}
        if workflow_id:
            request["workflow_id"] = workflow_id
        return await self._find_existing(request, since_mono)

    async def _find_existing(
        self, request: Mapping[str, Any], since: float
    ) -> CreateSessionResponse | None:
        """The session a row's create made since ``since``, in any status, or None."""
        found = await find_created_session(self._transport, self._clock, request, since)
        return None if found is None else decoder("CreateSessionResponse")(found)

    async def wait_for_decision(
        self,
        session_id: str,
        /,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        until: Collection[str] | None = None,
        initial_interval: float = DEFAULT_WAIT_INITIAL_INTERVAL,
        max_interval: float = DEFAULT_WAIT_MAX_INTERVAL,
    ) -> SessionDecision:
        """Poll the decision, with a growing interval, until the status is final (or in ``until``).

        Raises ``DecisionTimeoutError`` (a ``DiditError`` and a ``TimeoutError``) after
        ``timeout`` seconds.

        >>> async def main(client, sid):  # doctest: +SKIP
        ...     decision = await client.sessions.wait_for_decision(sid, until={"In Review"})
        """
        return await wait_for_decision(
            self.retrieve_decision,
            session_id,
            clock=self._clock,
            timeout=timeout,
            until=until,
            initial_interval=initial_interval,
            max_interval=max_interval,
        )

    def watch(
        self,
        session_ids: Iterable[str],
        *,
        until: Collection[str] | None = None,
        concurrency: int = DEFAULT_WATCH_CONCURRENCY,
        min_interval: float = DEFAULT_WATCH_MIN_INTERVAL,
        give_up_after: float | None = DEFAULT_WATCH_GIVE_UP_AFTER,
    ) -> Watcher[SessionDecision]:
        """Watch many sessions at once; iterate the result for status changes.

        Sessions are polled round-robin through the rate limiter, so with ``N`` sessions and the
        600/min GET budget none waits much longer than ``N / 10`` seconds between polls. Add more
        with ``watcher.add(session_id)`` while it runs; iteration ends when all are final or
        ended with an error on their change: at once for an error no retry heals (a malformed
        id, 400, 401, 403, 404), after ``give_up_after`` seconds of failing polls for one that
        can (5xx, connection trouble, the rate-limit store down; ``None``: never).

        >>> async def main(client, ids):  # doctest: +SKIP
        ...     async with client.sessions.watch(ids) as changes:
        ...         async for change in changes:
        ...             print(change.session_id, change.status)
        """
        return Watcher(
            self.retrieve_decision,
            session_ids,
            clock=self._clock,
            until=until,
            concurrency=concurrency,
            min_interval=min_interval,
            rate=self._get_rate(),
            give_up_after=give_up_after,
        )

    def _get_rate(self) -> float | None:
        """Decision polls per second the client's rate limits allow (None when unlimited).

        The budget is the tightest limited scope the polled operation counts against (the spec's
        ``x-rate-limit-scopes`` for ``sessions_retrieve_decision``: today only generic-get).
        """
        limiter = getattr(self._transport, "limiter", None)
        if limiter is None or not limiter.enabled:
            return None
        scopes = SESSIONS_RETRIEVE_DECISION.rate_limit_scopes
        rates = [
            lim.limit / lim.window for s in scopes if (lim := limiter.limits.get(s)) is not None
        ]
        return min(rates, default=None)

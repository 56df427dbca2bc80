"""``client.sessions``: the generated operations plus bulk creation and decision polling."""

from __future__ import annotations

import difflib
from collections.abc import AsyncIterable, Callable, Collection, Iterable, Mapping
from typing import Any, Literal

from ._bulk import BulkProgress, BulkRun
from ._clock import Clock, SystemClock
from ._constants import (
    DEFAULT_BULK_CONCURRENCY,
    DEFAULT_WAIT_INITIAL_INTERVAL,
    DEFAULT_WAIT_MAX_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    DEFAULT_WATCH_CONCURRENCY,
    DEFAULT_WATCH_MIN_INTERVAL,
)
from ._errors import DiditValidationError
from ._generated.enums import SessionStatus
from ._generated.models import CreateSessionResponse, SessionDecision, SessionListItem
from ._generated.resources import SessionsResource
from ._polling import Watcher, wait_for_decision
from ._seam import NOT_GIVEN, AsyncPaginator, Timeout

__all__ = ["Sessions"]

# Didit reuses an unfinished session for a repeated vendor_data (create-session docs).
_UNFINISHED = frozenset({"Not Started", "In Progress", "Resubmitted", "Awaiting User"})


class Sessions(SessionsResource):
    """Verification sessions: every documented operation, plus workloads at scale.

    >>> async def main(client):  # doctest: +SKIP
    ...     session = await client.sessions.create(workflow_id=WF, vendor_data="user-42")
    ...     decision = await client.sessions.wait_for_decision(session.session_id)
    """

    def list(
        self,
        *,
        session_kind: Literal["user", "business", "all"] | None = None,
        vendor_data: str | None = None,
        status: str | None = None,
        workflow_id: str | None = None,
        country: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        search: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[SessionListItem]:
        """List sessions, newest first: ``await`` it for one page, ``async for`` for every item.

        ``status`` is one status or several, comma-separated (``"Approved,In Review"``), spelled
        exactly as Didit does; a misspelling raises ``DiditValidationError`` before sending
        (Didit would answer an empty page).

        >>> async def main(client):  # doctest: +SKIP
        ...     page = await client.sessions.list(status="Approved", limit=20)
        ...     async for s in client.sessions.list(status="Approved,Declined"):
        ...         print(s.session_id, s.status)
        """
        if status is not None:
            _check_statuses(status)
        return super().list(
            session_kind=session_kind,
            vendor_data=vendor_data,
            status=status,
            workflow_id=workflow_id,
            country=country,
            date_from=date_from,
            date_to=date_to,
            search=search,
            limit=limit,
            offset=offset,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

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
    ) -> BulkRun[CreateSessionResponse]:
        """Create many sessions under the rate limits; one result per request.

        ``requests`` is any iterable or async iterable of keyword-argument mappings for
        :meth:`create` (it is read lazily, so a huge CSV streams). Results come in completion
        order, each with its input ``index``. A lost response is resolved, never blindly re-sent:
        with ``vendor_data`` through Didit's reuse of the unfinished session (after checking the
        session list), without it by reporting ``DiditWriteOutcomeUnknownError`` for that row.

        >>> async def main(client):  # doctest: +SKIP
        ...     rows = ({"workflow_id": WF, "vendor_data": f"user-{i}"} for i in range(1000))
        ...     async with client.sessions.create_many(rows) as results:
        ...         async for r in results:
        ...             print(r.index, r.session.url if r.ok else r.error)
        """
        return BulkRun(
            requests,
            create=self.create,
            find_existing=self._find_unfinished,
            concurrency=concurrency,
            on_progress=on_progress,
        )

    async def _find_unfinished(self, request: Mapping[str, Any]) -> CreateSessionResponse | None:
        """The session a lost create made, if any: listed by vendor_data, then re-fetched.

        When an unfinished session with this ``vendor_data`` exists, creating again returns it
        (Didit's documented reuse) with the full create response; nothing new is made.
        """
        page = await self.list(
            vendor_data=str(request["vendor_data"]),
            workflow_id=request.get("workflow_id"),
            session_kind="all",
        )
        for row in page.results:
            if str(row.status) in _UNFINISHED:
                return await self.create(**request)
        return None

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
    ) -> Watcher[SessionDecision]:
        """Watch many sessions at once; iterate the result for status changes.

        Sessions are polled round-robin through the rate limiter, so with ``N`` sessions and the
        600/min GET budget none waits much longer than ``N / 10`` seconds between polls. Add more
        with ``watcher.add(session_id)`` while it runs; iteration ends when all are final.

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
        )

    def _get_rate(self) -> float | None:
        """Decision polls per second the client's GET budget allows (None when unlimited)."""
        limiter = getattr(self._transport, "limiter", None)
        limit = (
            None if limiter is None or not limiter.enabled else limiter.limits.get("generic-get")
        )
        return None if limit is None else limit.limit / limit.window


def _check_statuses(status: object) -> None:
    """Each comma-separated status must be one Didit knows (case and spaces matter)."""
    if not isinstance(status, str):
        return  # the generated check reports the type
    known = [str(s.value) for s in SessionStatus]
    for part in status.split(","):
        if part in known:
            continue
        close = difflib.get_close_matches(part.strip(), known, n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        if part.strip() in known:
            hint = "; no spaces around the commas"
        raise DiditValidationError(
            "status",
            "enum",
            f"{part.strip()!r} is not a session status (one of {', '.join(known)}){hint}",
        )

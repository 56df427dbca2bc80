"""Polling decisions: one session until it is decided, or many at once, fairly.

Polling is the fallback to webhooks (``data.updated`` and entity events are webhook-only), but
high-throughput jobs use it anyway. Both helpers go through the client's rate limiter, so the
GET budget (600/min) is the only pace-setter and nothing here can trip a 429.

``watch`` visits sessions round-robin: each poll takes the session least recently polled, so with
``N`` sessions and a budget of ``R`` polls per second no session goes unpolled much longer than
``N / R`` seconds. State is one status per watched session and one queue entry per session:
memory grows with the number of sessions, never with time.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Awaitable, Callable, Collection, Iterable
from types import TracebackType
from typing import Any, Generic, TypeVar

import anyio
import attrs
from anyio.abc import TaskGroup
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from ._clock import Clock
from ._constants import (
    DEFAULT_WAIT_INITIAL_INTERVAL,
    DEFAULT_WAIT_MAX_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    DEFAULT_WATCH_CONCURRENCY,
    DEFAULT_WATCH_GIVE_UP_AFTER,
    DEFAULT_WATCH_MIN_INTERVAL,
    FINAL_STATUSES,
)
from ._errors import DiditAPIError, DiditError, DiditValidationError

__all__ = [
    "DecisionTimeoutError",
    "StatusChange",
    "Watcher",
    "stop_reason",
    "wait_for_decision",
]

D = TypeVar("D")

FetchFn = Callable[[str], Awaitable[D]]


class DecisionTimeoutError(DiditError, TimeoutError):
    """``wait_for_decision`` gave up: the session did not reach the wanted status in time."""

    def __init__(self, session_id: str, waited: float, last_status: str | None) -> None:
        super().__init__(
            f"Session {session_id} was still {last_status!r} after {waited:.0f} s; "
            "call wait_for_decision again or subscribe to the status.updated webhook."
        )
        self.session_id = session_id
        self.last_status = last_status


def _stop_statuses(until: Collection[str] | None) -> frozenset[str]:
    # A final status can never change again, so watching past it would poll forever.
    return FINAL_STATUSES | frozenset(until or ())


def stop_reason(status: str | None, until: Collection[str] | None = None) -> str | None:
    """Why polling stops at ``status``: ``"final"``, ``"until"``, or ``None`` (it does not).

    >>> stop_reason("Approved", {"In Review"})
    'final'
    >>> stop_reason("In Review", {"In Review"})
    'until'
    """
    if status in FINAL_STATUSES:
        return "final"
    if until is not None and status in until:
        return "until"
    return None


def _heals(exc: DiditError) -> bool:
    """Whether polling the same session again can succeed after ``exc``.

    Not after an argument refused before sending (a malformed id) or a 4xx other than 408 and
    429: a bad request, a wrong or unprivileged key, a session that does not exist stay so.
    """
    if isinstance(exc, DiditValidationError):
        return False
    if isinstance(exc, DiditAPIError) and exc.status is not None:
        return not 400 <= exc.status < 500 or exc.status in (408, 429)
    return True


def _status_of(decision: Any) -> str | None:
    status = getattr(decision, "status", None)
    return None if status is None else str(status)


async def wait_for_decision(
    fetch: FetchFn[D],
    session_id: str,
    *,
    clock: Clock,
    # A deadline in the client's clock (virtual in tests), so not anyio.fail_after.
    timeout: float | None = DEFAULT_WAIT_TIMEOUT,  # noqa: ASYNC109
    until: Collection[str] | None = None,
    initial_interval: float = DEFAULT_WAIT_INITIAL_INTERVAL,
    max_interval: float = DEFAULT_WAIT_MAX_INTERVAL,
) -> D:
    """Poll ``fetch(session_id)`` with a growing interval until its status is final or in ``until``.

    ``until`` adds to the final statuses (a session that reached ``Approved`` is done even when
    ``until={"In Review"}``); which one ended the wait is :func:`stop_reason` of the status. The
    deadline is honoured to the second: the last sleep is cut short to end at the deadline and
    one last poll happens there before :class:`DecisionTimeoutError`.
    """
    wanted = _stop_statuses(until)
    started = clock.now()
    deadline = None if timeout is None else started + timeout
    interval = initial_interval
    while True:
        decision = await fetch(session_id)
        status = _status_of(decision)
        if status in wanted:
            return decision
        now = clock.now()
        if deadline is not None and now >= deadline:
            raise DecisionTimeoutError(session_id, now - started, status)
        await clock.sleep(interval if deadline is None else min(interval, deadline - now))
        # Sessions take minutes; polling fast at first catches quick sandbox flows, then backs off.
        interval = min(interval * 1.5, max_interval)


@attrs.frozen
class StatusChange(Generic[D]):
    """A watched session changed status (``previous`` is ``None`` on the first observation).

    ``error`` is set, ``status`` and ``decision`` are ``None`` and ``ended_by`` is ``"error"``
    when the session can no longer be polled: at once on an error no retry heals (a malformed
    id, 400, 401, 403, 404, any 4xx but 408 and 429), or after polls have kept failing for
    ``give_up_after`` seconds with errors that can (5xx, connection trouble, the rate-limit
    store down). It is then no longer watched.

    ``ended_by`` says which condition stopped the watch for this session: ``"final"`` (a final
    status), ``"until"`` (a status in ``until``), ``"error"``, or ``None`` while it is watched.
    """

    session_id: str
    previous: str | None
    status: str | None
    decision: D | None = None
    error: DiditError | None = None
    ended_by: str | None = None

    @property
    def final(self) -> bool:
        """True when the session will not be polled again."""
        return self.ended_by is not None or self.error is not None or self.status in FINAL_STATUSES

    @property
    def needs_review(self) -> bool:
        """True when the session sits in ``In Review``: it waits for a person and will not move
        on by itself. Someone approves or declines it in Didit's console, or your code calls
        ``sessions.update_status``; pass ``until={"In Review"}`` to stop watching there."""
        return self.status == "In Review"


class Watcher(Generic[D]):
    """Watches many sessions at once; iterate it for :class:`StatusChange` events.

    >>> async def main(client, ids):  # doctest: +SKIP
    ...     async with client.sessions.watch(ids) as changes:
    ...         async for change in changes:
    ...             print(change.session_id, change.previous, "->", change.status)
    ...             # changes.add("another-session-id") works while it runs

    The iteration ends when every watched session has reached a final status or a status in
    ``until`` (``until`` adds to the final statuses, it does not replace them), or has ended
    with an error on its :class:`StatusChange` (``ended_by == "error"``): at once when the
    error cannot heal (a malformed id, a wrong key, a 403, a 404), after ``give_up_after``
    seconds of failing polls when it can (``None``: never give up). It never raises for a
    session's error, so one bad id does not stop the others.
    """

    def __init__(
        self,
        fetch: FetchFn[D],
        session_ids: Iterable[str],
        *,
        clock: Clock,
        until: Collection[str] | None = None,
        concurrency: int = DEFAULT_WATCH_CONCURRENCY,
        min_interval: float = DEFAULT_WATCH_MIN_INTERVAL,
        emit_initial: bool = True,
        rate: float | None = None,
        give_up_after: float | None = DEFAULT_WATCH_GIVE_UP_AFTER,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        if give_up_after is not None and not give_up_after >= 0:
            raise ValueError("give_up_after must be a number of seconds >= 0, or None")
        self._fetch = fetch
        self._clock = clock
        self._until = _stop_statuses(until)
        self._extra = frozenset(until or ())
        self._concurrency = concurrency
        self._min_interval = min_interval
        self._emit_initial = emit_initial
        # Polls per second the budget allows. A sliding window admits a whole window's worth at
        # once, so without pacing the first sessions would be polled twice in a burst and the
        # rest would wait a full window; spacing each session's polls N / rate apart keeps every
        # session's staleness near N / rate.
        self._rate = rate
        self._next_slot = float("-inf")
        # session id -> last seen status; the queue holds (session id, time last polled).
        self._status: dict[str, str | None] = {}
        self._queue: deque[tuple[str, float]] = deque()
        self._give_up_after = give_up_after
        self._failing_since: dict[str, float] = {}  # sessions whose polls fail, since when
        self._in_flight = 0
        self._wakeup = anyio.Event()
        self._tg: TaskGroup | None = None
        self._send: MemoryObjectSendStream[StatusChange[D]] | None = None
        self._receive: MemoryObjectReceiveStream[StatusChange[D]] | None = None
        self.polls = 0
        for session_id in session_ids:
            self.add(session_id)

    @property
    def watching(self) -> int:
        """How many sessions are still being polled."""
        return len(self._status)

    def add(self, session_id: str) -> None:
        """Start watching one more session (no effect if it is already watched)."""
        if not session_id:
            raise ValueError("session_id must be a non-empty string")
        if session_id in self._status:
            return
        self._status[session_id] = None
        self._queue.append((session_id, float("-inf")))
        self._wakeup.set()

    async def __aenter__(self) -> Watcher[D]:
        self._send, self._receive = anyio.create_memory_object_stream[StatusChange[D]](
            self._concurrency
        )
        self._wakeup = anyio.Event()
        if self._queue:
            self._wakeup.set()
        self._tg = anyio.create_task_group()
        await self._tg.__aenter__()
        for _ in range(self._concurrency):
            self._tg.start_soon(self._worker, self._send.clone())
        self._send.close()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        assert self._tg is not None
        assert self._receive is not None
        self._tg.cancel_scope.cancel()
        self._receive.close()
        return await self._tg.__aexit__(exc_type, exc, tb)

    def __aiter__(self) -> Watcher[D]:
        return self

    async def __anext__(self) -> StatusChange[D]:
        if self._receive is None:
            raise RuntimeError("use `async with client.sessions.watch(...) as changes`")
        try:
            return await self._receive.receive()
        except anyio.EndOfStream:
            raise StopAsyncIteration from None

    async def _worker(self, send: MemoryObjectSendStream[StatusChange[D]]) -> None:
        async with send:
            while True:
                if not self._queue:
                    if self._in_flight == 0 and not self._status:
                        self._wakeup.set()  # let the other idle workers see the end too
                        return
                    self._wakeup = anyio.Event() if self._wakeup.is_set() else self._wakeup
                    await self._wakeup.wait()
                    continue
                session_id, last_polled = self._queue.popleft()
                spacing = self._min_interval
                now = self._clock.now()
                if self._rate:
                    spacing = max(spacing, len(self._status) / self._rate)
                    # Polls also go out one slot (1 / rate) apart overall, the first round
                    # included: a burst would echo, one window later, through the sliding
                    # window, and leave some sessions waiting well past N / rate.
                    due = max(last_polled + spacing, self._next_slot, now)
                    self._next_slot = due + 1 / self._rate
                else:
                    due = last_polled + spacing
                if due > now:
                    await self._clock.sleep(due - now)
                self._in_flight += 1
                try:
                    change = await self._poll(session_id)
                finally:
                    self._in_flight -= 1
                if change is not None:
                    await send.send(change)
                if not self._queue and self._in_flight == 0 and not self._status:
                    self._wakeup.set()
                    return

    async def _poll(self, session_id: str) -> StatusChange[D] | None:
        previous = self._status.get(session_id)
        try:
            decision = await self._fetch(session_id)
        except DiditError as exc:
            now = self._clock.now()
            since = self._failing_since.setdefault(session_id, now)
            limit = self._give_up_after
            if _heals(exc) and (limit is None or now - since < limit):
                # Server error, connection trouble after the transport's own retries, the
                # store down: keep the session in rotation; the next visit tries again.
                self._queue.append((session_id, now))
                return None
            del self._status[session_id], self._failing_since[session_id]
            return StatusChange(session_id, previous, None, error=exc, ended_by="error")
        finally:
            self.polls += 1
        self._failing_since.pop(session_id, None)
        status = _status_of(decision)
        done = status in self._until
        if done:
            del self._status[session_id]
        else:
            self._status[session_id] = status
            self._queue.append((session_id, self._clock.now()))
            self._wakeup.set()
        if status != previous and (previous is not None or self._emit_initial or done):
            return StatusChange(
                session_id,
                previous,
                status,
                decision=decision,
                ended_by=stop_reason(status, self._extra) if done else None,
            )
        return None

"""``Didit.sessions``: the generated blocking operations plus the workloads, as iterators.

``create_many`` and ``watch`` run the async workloads (``_bulk.py``, ``_polling.py``) on the
calling thread's loop with their requests offloaded to worker threads, so they overlap exactly as
they do on ``AsyncDidit``; results come out of a plain iterator. Use them in a ``with`` block to
stop the work when you leave early (a ``for`` loop that runs to the end needs none):

::

    with client.sessions.create_many(rows) as results:
        for r in results:
            print(r.index, r.session.url if r.ok else r.error)
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any, TypeVar

from ._bulk import BulkProgress
from ._constants import (
    DEFAULT_BULK_CONCURRENCY,
    DEFAULT_WAIT_INITIAL_INTERVAL,
    DEFAULT_WAIT_MAX_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    DEFAULT_WATCH_CONCURRENCY,
    DEFAULT_WATCH_GIVE_UP_AFTER,
    DEFAULT_WATCH_MIN_INTERVAL,
)
from ._generated.models import CreateSessionResponse, SessionDecision
from ._generated.resources.sessions import SyncSessionsResource
from ._polling import Watcher
from ._sessions import Sessions
from ._sync_runtime import LoopRunner
from ._sync_streams import SyncBulkRun, SyncWatcher

__all__ = ["SyncSessions"]

T = TypeVar("T")


class SyncSessions(SyncSessionsResource):
    """Verification sessions, blocking: every documented operation, plus workloads at scale.

    ::

        session = client.sessions.create(workflow_id=WF, vendor_data="user-42")
        decision = client.sessions.wait_for_decision(session.session_id)
    """

    _async: Sessions

    def __init__(self, runner: LoopRunner, resource: Sessions) -> None:
        super().__init__(runner, resource)
        self._loops = runner

    def create_many(
        self,
        requests: Iterable[Mapping[str, Any]],
        *,
        concurrency: int = DEFAULT_BULK_CONCURRENCY,
        on_progress: Callable[[BulkProgress], None] | None = None,
        on_send: Callable[[int, Mapping[str, Any]], None] | None = None,
    ) -> SyncBulkRun[CreateSessionResponse]:
        """Create many sessions under the rate limits; iterate the result for one per request.

        ``requests`` (keyword-argument mappings for :meth:`create`) is read lazily, so a huge
        CSV streams. Results come in completion order, each with its input ``index``; a lost
        response is resolved by ``vendor_data``, never blindly re-sent (see
        ``AsyncDidit.sessions.create_many``). Leaving the loop early (``break``, an exception,
        Ctrl-C) stops the batch at once; the rows then in flight are reported by
        ``SyncBulkRun.reconcile``. ``on_send(index, request)`` is called just before a row's
        first request leaves (journal it there to make a job resumable; see the bulk guide).

        ::

            rows = ({"workflow_id": WF, "vendor_data": f"user-{i}"} for i in range(1000))
            for r in client.sessions.create_many(rows):
                print(r.index, r.session.url if r.ok else r.error)
        """
        run = self._async.create_many(
            requests, concurrency=concurrency, on_progress=on_progress, on_send=on_send
        )
        return SyncBulkRun(self._loops, run)

    def find_created(
        self, vendor_data: str, /, *, since: float, workflow_id: str | None = None
    ) -> CreateSessionResponse | None:
        """The session a create with this ``vendor_data`` (and workflow) made at or after
        ``since`` (a Unix time taken just before the create was first sent), in any status;
        None when Didit lists none. Blocking twin of ``AsyncDidit.sessions.find_created``.

        ::

            found = client.sessions.find_created("user-42", since=sent_at)
        """
        return self._runner.call(
            self._async.find_created, vendor_data, since=since, workflow_id=workflow_id
        )

    def wait_for_decision(
        self,
        session_id: str,
        /,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        until: Collection[str] | None = None,
        initial_interval: float = DEFAULT_WAIT_INITIAL_INTERVAL,
        max_interval: float = DEFAULT_WAIT_MAX_INTERVAL,
    ) -> SessionDecision:
        """Poll the decision, blocking, until its status is final (or in ``until``).

        Raises ``DecisionTimeoutError`` after ``timeout`` seconds.

        ::

            decision = client.sessions.wait_for_decision(sid, until={"In Review"})
        """
        return self._runner.call(
            self._async.wait_for_decision,
            session_id,
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
    ) -> SyncWatcher[SessionDecision]:
        """Watch many sessions at once; iterate the result for status changes.

        The polls share the GET budget fairly, as on ``AsyncDidit`` (``N`` sessions are each
        polled about every ``N / 10`` seconds at 600/min). A session that cannot be polled ends
        with the error on its change, as on ``AsyncDidit``: at once for a malformed id, 400,
        401, 403 or 404, after ``give_up_after`` seconds of failing polls for errors that can
        heal.

        ::

            for change in client.sessions.watch(ids):
                print(change.session_id, change.previous, "->", change.status)
        """
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        if give_up_after is not None and not give_up_after >= 0:
            raise ValueError("give_up_after must be a number of seconds >= 0, or None")
        sessions = self._async

        def make(ids: list[str]) -> Watcher[SessionDecision]:
            return sessions.watch(
                ids,
                until=until,
                concurrency=concurrency,
                min_interval=min_interval,
                give_up_after=give_up_after,
            )

        return SyncWatcher(self._loops, make, list(session_ids))

"""Bulk session creation under the rate limits, with no duplicates and no losses.

``create_many`` streams requests from any iterable or async iterable (a million-row CSV never
sits in memory), runs them with bounded concurrency (the rate limiter sets the pace), and yields
one :class:`BulkResult` per request in completion order, each tagged with its input index. One
failure never stops the batch.

How a lost response is resolved, never blindly re-sent:

* With ``vendor_data``: Didit reuses only an *unfinished* session for a repeated
  ``vendor_data``, so a blind re-send after the first session finished would make a second.
  Before any re-send, the transport (and, when its retries run out, the batch) lists sessions by
  ``vendor_data`` and workflow created since the row's first attempt, in any status: a session
  found there is the one this row created (``recovered=True``); none found means the create
  never happened, and only then is it sent again.
* Without ``vendor_data`` there is no way to tell, so the result carries the
  ``DiditWriteOutcomeUnknownError`` and the request is not re-sent.

Cancellation: leaving the ``async with`` block early (``break``, an exception, a cancelled
task) cancels the rows in flight. A cancelled create may still have reached Didit, so after the
block :attr:`BulkRun.unreported` lists every row that was sent (or finished) without its result
reaching you, and ``await run.reconcile()`` looks each one up by ``vendor_data`` and returns a
result for every row that made a session (rows without ``vendor_data`` come back as
``DiditWriteOutcomeUnknownError``). A request still travelling when you reconcile can land
after the lookup, so reconcile a few seconds after cancelling.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Mapping
from types import TracebackType
from typing import Any, Generic, TypeVar

import anyio
import attrs
from anyio.abc import TaskGroup
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from ._clock import Clock, SystemClock
from ._constants import DEFAULT_BULK_CONCURRENCY
from ._errors import (
    DiditConnectionError,
    DiditError,
    DiditServerError,
    DiditWriteOutcomeUnknownError,
)
from ._transport_build import RECOVERED
from ._transport_classify import failure_name

__all__ = ["BulkProgress", "BulkResult", "BulkRun"]

T = TypeVar("T")

# A 5xx after the transport's retries may or may not have written: resolve it like a lost answer.
_RESOLVABLE = (DiditConnectionError, DiditServerError, DiditWriteOutcomeUnknownError)


@attrs.frozen
class BulkResult(Generic[T]):
    """The outcome of one request of a batch.

    Exactly one of ``session`` and ``error`` is set. ``index`` is the request's position in the
    input; ``recovered`` says the session was found by ``vendor_data`` after a lost response.
    """

    index: int
    request: Mapping[str, Any]
    session: T | None = None
    error: DiditError | None = None
    recovered: bool = False

    @property
    def ok(self) -> bool:
        """True when the session exists."""
        return self.error is None


@attrs.define
class BulkProgress:
    """Counts so far, passed to ``on_progress`` after every result."""

    submitted: int = 0
    succeeded: int = 0
    failed: int = 0
    recovered: int = 0

    @property
    def done(self) -> int:
        """Requests finished, successfully or not."""
        return self.succeeded + self.failed


CreateFn = Callable[..., Awaitable[T]]
# (request, clock.now() at the row's first attempt) -> the session it made since then, or None.
FindFn = Callable[[Mapping[str, Any], float], Awaitable["T | None"]]


class BulkRun(Generic[T]):
    """A running batch: use it as ``async with`` and iterate it for results.

    >>> async def main(client):  # doctest: +SKIP
    ...     rows = ({"workflow_id": WF, "vendor_data": f"user-{i}"} for i in range(3000))
    ...     async with client.sessions.create_many(rows, concurrency=16) as results:
    ...         async for result in results:
    ...             print(result.index, result.session.url if result.ok else result.error)

    The task group lives inside the ``async with`` block (structured concurrency: leaving the
    block early cancels the outstanding requests cleanly, on asyncio and on trio alike).
    """

    # The request field a lost row is looked up by (a session batch: vendor_data).
    _lookup_key = "vendor_data"

    def __init__(
        self,
        requests: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
        *,
        create: CreateFn[T],
        find_existing: FindFn[T],
        concurrency: int = DEFAULT_BULK_CONCURRENCY,
        on_progress: Callable[[BulkProgress], None] | None = None,
        on_send: Callable[[int, Mapping[str, Any]], None] | None = None,
        clock: Clock | None = None,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self._clock: Clock = clock or SystemClock()
        # Rows sent, result not produced yet: index -> (request, clock.now() at first attempt).
        self._in_flight: dict[int, tuple[Mapping[str, Any], float]] = {}
        # Results produced but not yet handed to the caller.
        self._undelivered: dict[int, BulkResult[T]] = {}
        self._requests = requests
        self._create = create
        self._find_existing = find_existing
        self._concurrency = concurrency
        self._on_progress = on_progress
        self._on_send = on_send
        self.progress = BulkProgress()
        self._tg: TaskGroup | None = None
        self._results: MemoryObjectReceiveStream[BulkResult[T]] | None = None

    async def __aenter__(self) -> BulkRun[T]:
        send, receive = anyio.create_memory_object_stream[BulkResult[T]](self._concurrency)
        jobs_send, jobs_receive = anyio.create_memory_object_stream[tuple[int, Mapping[str, Any]]](
            self._concurrency
        )
        self._results = receive
        self._tg = anyio.create_task_group()
        await self._tg.__aenter__()
        self._tg.start_soon(self._produce, jobs_send)
        async with send:
            for _ in range(self._concurrency):
                self._tg.start_soon(self._work, jobs_receive.clone(), send.clone())
        jobs_receive.close()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        assert self._tg is not None
        assert self._results is not None
        if exc is not None or not self._results_exhausted:
            self._tg.cancel_scope.cancel()
        self._results.close()
        return await self._tg.__aexit__(exc_type, exc, tb)

    _results_exhausted = False

    def __aiter__(self) -> AsyncIterator[BulkResult[T]]:
        return self

    async def __anext__(self) -> BulkResult[T]:
        if self._results is None:
            raise RuntimeError("use `async with client.sessions.create_many(...) as results`")
        try:
            result = await self._results.receive()
        except anyio.EndOfStream:
            self._results_exhausted = True
            raise StopAsyncIteration from None
        self._undelivered.pop(result.index, None)
        return result

    @property
    def unreported(self) -> list[tuple[int, Mapping[str, Any]]]:
        """``(index, request)`` of every row that was sent, or finished, without its result
        reaching the caller: after leaving the block early, the rows to :meth:`reconcile`."""
        rows = {i: r.request for i, r in self._undelivered.items()}
        rows.update({i: request for i, (request, _) in self._in_flight.items()})
        return sorted(rows.items(), key=lambda item: item[0])

    def mark_undelivered(self, result: BulkResult[T]) -> None:
        """Count ``result`` among the :attr:`unreported` again: it was taken from the run but
        never reached the caller (the blocking client was interrupted while handing it over)."""
        self._undelivered[result.index] = result

    async def reconcile(self) -> list[BulkResult[T]]:
        """Results for the :attr:`unreported` rows that made a session, after an early exit.

        Finished results are returned as they were; a row cancelled in flight is looked up by
        ``vendor_data`` (created since its first attempt): found, it is a ``recovered`` result;
        not found, it made nothing and is left out. Rows without ``vendor_data`` cannot be looked
        up and come back with ``DiditWriteOutcomeUnknownError``.

        >>> async def main(client, rows):  # doctest: +SKIP
        ...     run = client.sessions.create_many(rows)
        ...     with anyio.move_on_after(10):
        ...         async with run as results:
        ...             async for r in results:
        ...                 save(r)
        ...     for r in await run.reconcile():
        ...         save(r)
        """
        out = list(self._undelivered.values())
        for index, (request, since) in sorted(self._in_flight.items()):
            if not request.get(self._lookup_key):
                out.append(
                    BulkResult(
                        index,
                        request,
                        error=DiditWriteOutcomeUnknownError(
                            "The batch was cancelled while this create was in flight; it may or "
                            "may not have made a session. Without vendor_data it cannot be looked "
                            "up: check client.sessions.list() before creating it again."
                        ),
                    )
                )
                continue
            try:
                found = await self._find_existing(request, since)
            except DiditError as exc:
                out.append(BulkResult(index, request, error=lookup_failed(request, exc)))
                continue
            if found is not None:
                out.append(BulkResult(index, request, session=found, recovered=True))
        self._undelivered.clear()
        self._in_flight.clear()
        return sorted(out, key=lambda r: r.index)

    async def _produce(self, jobs: MemoryObjectSendStream[tuple[int, Mapping[str, Any]]]) -> None:
        async with jobs:
            index = 0
            if isinstance(self._requests, AsyncIterable):
                async for request in self._requests:
                    await jobs.send((index, request))
                    index += 1
            else:
                for request in self._requests:
                    await jobs.send((index, request))
                    index += 1

    async def _work(
        self,
        jobs: MemoryObjectReceiveStream[tuple[int, Mapping[str, Any]]],
        results: MemoryObjectSendStream[BulkResult[T]],
    ) -> None:
        async with jobs, results:
            async for index, request in jobs:
                self.progress.submitted += 1
                if self._on_send is not None:
                    # Before the row's first request leaves: a journal written here names
                    # every row that may have reached Didit, whatever happens next.
                    self._on_send(index, request)
                since = self._clock.now()
                self._in_flight[index] = (request, since)
                result = await self._one(index, request, since)
                # Kept until the caller receives it, so a cancelled run can still report it.
                self._undelivered[index] = result
                del self._in_flight[index]
                if result.ok:
                    self.progress.succeeded += 1
                else:
                    self.progress.failed += 1
                if result.recovered:
                    self.progress.recovered += 1
                if self._on_progress is not None:
                    self._on_progress(self.progress)
                await results.send(result)

    async def _created(self, index: int, request: Mapping[str, Any]) -> BulkResult[T]:
        """The row created; ``recovered`` when the transport answered it from a lookup (its
        answer was lost, and the session it made was found instead of being made again)."""
        recovered: list[str] = []
        token = RECOVERED.set(recovered)
        try:
            session = await self._create(**request)
        finally:
            RECOVERED.reset(token)
        return BulkResult(index, request, session=session, recovered=bool(recovered))

    async def _one(self, index: int, request: Mapping[str, Any], since: float) -> BulkResult[T]:
        try:
            return await self._created(index, request)
        except _RESOLVABLE as exc:
            if not request.get(self._lookup_key):
                return BulkResult(index, request, error=exc)
            return await self._resolve(index, request, exc, since)
        except DiditError as exc:
            return BulkResult(index, request, error=exc)

    async def _resolve(
        self, index: int, request: Mapping[str, Any], first_error: DiditError, since: float
    ) -> BulkResult[T]:
        """Find out whether a create whose response was lost happened; never guess."""
        error: DiditError = first_error
        for _ in range(_RESOLVE_ATTEMPTS):
            try:
                existing = await self._find_existing(request, since)
            except DiditError as exc:
                # The session may exist: the lookup's failure is no answer about the row.
                return BulkResult(index, request, error=lookup_failed(request, exc))
            if existing is not None:
                return BulkResult(index, request, session=existing, recovered=True)
            try:
                # Not found: the create never made a session, so sending it again cannot
                # make a second one.
                return await self._created(index, request)
            except _RESOLVABLE as exc:
                error = exc
            except DiditError as exc:
                return BulkResult(index, request, error=exc)
        return BulkResult(index, request, error=error)


def lookup_failed(request: Mapping[str, Any], cause: DiditError) -> DiditWriteOutcomeUnknownError:
    """A row whose create may have happened, and whose lookup failed: outcome-unknown, naming
    the lookup's failure (also its ``__cause__``)."""
    if isinstance(cause, DiditWriteOutcomeUnknownError):
        return cause  # already says what happened and why the lookup could not tell
    error = DiditWriteOutcomeUnknownError(
        "This row may or may not have been created: its answer was lost, and looking it up "
        f"failed ({failure_name(cause)}). Look it up yourself before sending it again (by "
        f"{', '.join(f'{k}={v!r}' for k, v in _row_keys(request))}).",
        method=cause.method,
        path=cause.path,
        request_id=cause.request_id,
        url=cause.url,
    )
    error.__cause__ = cause
    return error


def _row_keys(request: Mapping[str, Any]) -> list[tuple[str, Any]]:
    return [(k, request[k]) for k in ("vendor_data", "transaction_id") if request.get(k)]


_RESOLVE_ATTEMPTS = 3

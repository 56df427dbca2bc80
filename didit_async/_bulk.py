"""Bulk session creation under the rate limits, with no duplicates and no losses.

``create_many`` streams requests from any iterable or async iterable (a million-row CSV never
sits in memory), runs them with bounded concurrency (the rate limiter sets the pace), and yields
one :class:`BulkResult` per request in completion order, each tagged with its input index. One
failure never stops the batch.

How a lost response is resolved, never blindly re-sent:

* With ``vendor_data``, a create is idempotent on Didit's side: an unfinished session with the
  same ``vendor_data`` on the workflow's latest version is returned instead of a new one. The
  transport already retries such a create. When the retries run out with the outcome still
  unknown, the batch lists sessions by ``vendor_data`` and workflow: a session found there is the
  one this request created (``recovered=True``); none found means the create never happened, and
  it is sent once more (safe for the same reason).
* Without ``vendor_data`` there is no way to tell, so the result carries the
  ``DiditWriteOutcomeUnknownError`` and the request is not re-sent.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Mapping
from types import TracebackType
from typing import Any, Generic, TypeVar

import anyio
import attrs
from anyio.abc import TaskGroup
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from ._constants import DEFAULT_BULK_CONCURRENCY
from ._errors import (
    DiditConnectionError,
    DiditError,
    DiditServerError,
    DiditWriteOutcomeUnknownError,
)

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
FindFn = Callable[[Mapping[str, Any]], Awaitable["T | None"]]


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

    def __init__(
        self,
        requests: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
        *,
        create: CreateFn[T],
        find_existing: FindFn[T],
        concurrency: int = DEFAULT_BULK_CONCURRENCY,
        on_progress: Callable[[BulkProgress], None] | None = None,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self._requests = requests
        self._create = create
        self._find_existing = find_existing
        self._concurrency = concurrency
        self._on_progress = on_progress
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
            return await self._results.receive()
        except anyio.EndOfStream:
            self._results_exhausted = True
            raise StopAsyncIteration from None

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
                result = await self._one(index, request)
                if result.ok:
                    self.progress.succeeded += 1
                else:
                    self.progress.failed += 1
                if result.recovered:
                    self.progress.recovered += 1
                if self._on_progress is not None:
                    self._on_progress(self.progress)
                await results.send(result)

    async def _one(self, index: int, request: Mapping[str, Any]) -> BulkResult[T]:
        try:
            return BulkResult(index, request, session=await self._create(**request))
        except _RESOLVABLE as exc:
            if not request.get("vendor_data"):
                return BulkResult(index, request, error=exc)
            return await self._resolve(index, request, exc)
        except DiditError as exc:
            return BulkResult(index, request, error=exc)

    async def _resolve(
        self, index: int, request: Mapping[str, Any], first_error: DiditError
    ) -> BulkResult[T]:
        """Find out whether a create whose response was lost happened; never guess."""
        error: DiditError = first_error
        for _ in range(_RESOLVE_ATTEMPTS):
            try:
                existing = await self._find_existing(request)
            except DiditError as exc:
                error = exc
                continue
            if existing is not None:
                return BulkResult(index, request, session=existing, recovered=True)
            try:
                # Not found: the create never reached Didit. Re-sending is safe because a
                # create with vendor_data reuses the unfinished session if one appears.
                return BulkResult(index, request, session=await self._create(**request))
            except _RESOLVABLE as exc:
                error = exc
            except DiditError as exc:
                return BulkResult(index, request, error=exc)
        return BulkResult(index, request, error=error)


_RESOLVE_ATTEMPTS = 3

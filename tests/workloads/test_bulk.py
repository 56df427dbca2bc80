"""create_many: every request gets exactly one result; lost responses are resolved, not re-sent."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Mapping
from typing import Any

import anyio
import anyio.lowlevel
import pytest

from didit_async._bulk import BulkProgress, BulkRun
from didit_async._errors import (
    DiditBadRequestError,
    DiditConnectionError,
    DiditWriteOutcomeUnknownError,
)

pytestmark = pytest.mark.anyio


class FakeDidit:
    """Sessions keyed by vendor_data, reused while unfinished, like Didit's create."""

    def __init__(self, *, lose_after_write: float = 0.0, lose_before_write: float = 0.0) -> None:
        self.sessions: dict[str, dict[str, Any]] = {}
        self.created: list[str] = []
        self.calls = 0
        self.rng = random.Random(7)
        self.lose_after_write = lose_after_write
        self.lose_before_write = lose_before_write

    async def create(self, **request: Any) -> dict[str, Any]:
        self.calls += 1
        await anyio.lowlevel.checkpoint()
        if self.rng.random() < self.lose_before_write:
            raise DiditConnectionError("connection refused")
        if request.get("vendor_data") == "bad":
            raise DiditBadRequestError("workflow_id: invalid", status=400)
        vendor = request.get("vendor_data")
        if vendor is not None and vendor in self.sessions:
            session = self.sessions[vendor]
        else:
            session = {"session_id": f"s{len(self.created)}", "vendor_data": vendor}
            self.created.append(session["session_id"])
            if vendor is not None:
                self.sessions[vendor] = session
        if self.rng.random() < self.lose_after_write:
            if vendor is None:
                raise DiditWriteOutcomeUnknownError("lost", method="POST", path="/v3/session/")
            raise DiditConnectionError("connection reset after the write")
        return session

    async def find(self, request: Mapping[str, Any], since: float) -> dict[str, Any] | None:
        await anyio.lowlevel.checkpoint()
        return self.sessions.get(str(request.get("vendor_data")))


async def collect(run: BulkRun[dict[str, Any]]) -> list[Any]:
    async with run as results:
        return [r async for r in results]


async def test_every_request_gets_one_result_tagged_with_its_index() -> None:
    didit = FakeDidit()
    rows = [{"workflow_id": "w", "vendor_data": f"user-{i}"} for i in range(50)]
    results = await collect(BulkRun(rows, create=didit.create, find_existing=didit.find))
    assert sorted(r.index for r in results) == list(range(50))
    assert all(r.ok and r.session["vendor_data"] == f"user-{r.index}" for r in results)
    assert len(didit.created) == 50


async def test_one_failure_does_not_stop_the_batch() -> None:
    didit = FakeDidit()
    rows = [{"vendor_data": "a"}, {"vendor_data": "bad"}, {"vendor_data": "c"}]
    results = {
        r.index: r
        for r in await collect(BulkRun(rows, create=didit.create, find_existing=didit.find))
    }
    assert isinstance(results[1].error, DiditBadRequestError)
    assert results[0].ok
    assert results[2].ok


async def test_lost_responses_with_vendor_data_are_recovered_without_duplicates() -> None:
    didit = FakeDidit(lose_after_write=0.2, lose_before_write=0.1)
    rows = [{"workflow_id": "w", "vendor_data": f"user-{i}"} for i in range(300)]
    results = await collect(
        BulkRun(rows, create=didit.create, find_existing=didit.find, concurrency=8)
    )
    assert len(results) == 300
    ok = [r for r in results if r.ok]
    # Every request accounted for: a session, or a typed error; never a silent loss.
    assert all(r.ok or r.error is not None for r in results)
    # Exactly one session per vendor_data, however many responses were lost.
    assert len(didit.created) == len(set(didit.created)) == len(didit.sessions)
    assert {r.session["vendor_data"] for r in ok} <= set(didit.sessions)
    assert any(r.recovered for r in results)
    assert len(ok) == 300


async def test_lost_response_without_vendor_data_is_reported_not_resent() -> None:
    didit = FakeDidit(lose_after_write=1.0)
    results = await collect(
        BulkRun([{"workflow_id": "w"}], create=didit.create, find_existing=didit.find)
    )
    assert isinstance(results[0].error, DiditWriteOutcomeUnknownError)
    assert didit.calls == 1


async def test_streams_async_iterables_and_reports_progress() -> None:
    didit = FakeDidit()
    seen: list[int] = []

    async def rows() -> AsyncIterator[dict[str, Any]]:
        for i in range(20):
            yield {"vendor_data": f"u{i}"}

    def on_progress(progress: BulkProgress) -> None:
        seen.append(progress.done)

    run = BulkRun(rows(), create=didit.create, find_existing=didit.find, on_progress=on_progress)
    results = await collect(run)
    assert len(results) == 20
    assert seen == list(range(1, 21))
    assert run.progress.succeeded == 20


async def test_leaving_early_cancels_the_rest_cleanly() -> None:
    didit = FakeDidit()
    rows = ({"vendor_data": f"u{i}"} for i in range(10_000))
    async with BulkRun(
        rows, create=didit.create, find_existing=didit.find, concurrency=4
    ) as results:
        async for _ in results:
            break
    # The generator was not drained: the batch stopped instead of creating 10,000 sessions.
    assert didit.calls < 100


def test_concurrency_must_be_positive() -> None:
    with pytest.raises(ValueError, match="concurrency"):
        BulkRun([], create=FakeDidit().create, find_existing=FakeDidit().find, concurrency=0)

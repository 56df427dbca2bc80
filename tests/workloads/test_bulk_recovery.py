"""``create_many`` rows whose answer was lost: every row the lookup answered is marked
``recovered`` and carries its session token, and a row whose lookup failed is outcome-unknown
(naming the lookup's failure), never the lookup's own error or "nothing was sent".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import anyio
import pytest

from didit_async import (
    AsyncDidit,
    Didit,
    DiditServerError,
    DiditStoreUnavailableError,
    DiditWriteOutcomeUnknownError,
    RetryPolicy,
    ScopeLimit,
    _http,
)
from didit_async.sandbox import FaultConfig, Sandbox, SandboxConfig

pytestmark = pytest.mark.anyio

FAST = RetryPolicy(initial_delay=0.001, max_delay=0.01, jitter=0.0, max_retries=3)
N = 12


def _sandbox() -> Sandbox:
    # Sessions finish at once: Didit's reuse of an unfinished session cannot hide a duplicate.
    return Sandbox(SandboxConfig(start_after=0, finish_after=0, rate_limiting=False))


class _Faults:
    """What the fake network does: lose the answer to the first create of the rows named in
    ``lose`` (after Didit made the session), and answer every session lookup ``lookup_status``."""

    def __init__(self, lose: set[str], lookup_status: int | None = None) -> None:
        self.lose = set(lose)
        self.lookup_status = lookup_status

    def before(self, request: _http.Request) -> _http.Response | None:
        if self.lookup_status is not None and request.url.path == "/v3/sessions/":
            return _http.Response(self.lookup_status, json={"detail": "lookup down"})
        return None

    def after(self, request: _http.Request) -> None:
        if request.method == "POST" and request.url.path == "/v3/session/":
            vendor = _http.Response(200, content=request.content).json().get("vendor_data")
            if vendor in self.lose:
                self.lose.discard(vendor)
                raise _http.ReadError("connection reset after the write", request=request)


class _Async(_http.AsyncBaseTransport):
    def __init__(self, sandbox: Sandbox, faults: _Faults) -> None:
        self._inner, self._faults = sandbox.transport(), faults

    async def handle_async_request(self, request: _http.Request) -> _http.Response:
        early = self._faults.before(request)
        if early is not None:
            return early
        response = await self._inner.handle_async_request(request)
        await response.aread()
        self._faults.after(request)
        return response


class _Sync(_http.BaseTransport):
    def __init__(self, sandbox: Sandbox, faults: _Faults) -> None:
        self._inner, self._faults = sandbox.sync_transport(), faults

    def handle_request(self, request: _http.Request) -> _http.Response:
        early = self._faults.before(request)
        if early is not None:
            return early
        response = self._inner.handle_request(request)
        response.read()
        self._faults.after(request)
        return response


class _StoreDownAfter:
    """A rate-limit store that admits ``n`` requests, then fails as Redis does when it is down."""

    def __init__(self, n: int) -> None:
        self.left = n

    async def try_acquire(
        self, buckets: Sequence[tuple[str, ScopeLimit]], now: float, margin: float
    ) -> float:
        if self.left <= 0:
            raise DiditStoreUnavailableError("Redis did not answer; nothing was sent to Didit.")
        self.left -= 1
        return 0.0

    async def penalize(self, bucket: str, limit: ScopeLimit, now: float, until: float) -> None:
        pass


def _async_client(sandbox: Sandbox, faults: _Faults, **kw: Any) -> AsyncDidit:
    kw.setdefault("rate_limiting", False)
    return AsyncDidit(
        api_key=sandbox.api_key,
        http_client=_http.AsyncClient(transport=_Async(sandbox, faults)),
        retry_policy=FAST,
        **sandbox.base_urls(),
        **kw,
    )


async def _workflow(client: AsyncDidit) -> str:
    return (await client.workflows.create(workflow_label="bulk")).uuid


def _rows(wf: str) -> list[dict[str, Any]]:
    return [{"workflow_id": wf, "vendor_data": f"r-{i}"} for i in range(N)]


LOST = {f"r-{i}" for i in range(0, N, 2)}


def _check_recovered(sandbox: Sandbox, results: list[Any]) -> None:
    assert sorted(r.index for r in results) == list(range(N))
    assert all(r.ok for r in results)
    recovered = {r.request["vendor_data"] for r in results if r.recovered}
    assert recovered == LOST  # every row answered by a lookup, and only those
    tokens = {s.session_id: s.token for s in sandbox.state.sessions.values()}
    assert len(tokens) == N  # one session per row
    for r in results:
        assert r.session.session_token == tokens[r.session.session_id]
        assert r.session.url.endswith(r.session.session_token)


async def test_every_row_found_by_a_lookup_is_marked_recovered_with_its_token() -> None:
    sandbox = _sandbox()
    async with _async_client(sandbox, _Faults(LOST)) as client:
        wf = await _workflow(client)
        async with client.sessions.create_many(_rows(wf), concurrency=4) as run:
            results = [r async for r in run]
    _check_recovered(sandbox, results)
    assert run.progress.recovered == len(LOST)


def test_blocking_create_many_marks_recovered_rows_too() -> None:
    sandbox = _sandbox()
    http = _http.Client(transport=_Sync(sandbox, _Faults(LOST)))
    with Didit(
        api_key=sandbox.api_key,
        http_client=http,
        retry_policy=FAST,
        rate_limiting=False,
        **sandbox.base_urls(),
    ) as client:
        wf = client.workflows.create(workflow_label="bulk").uuid
        results = list(client.sessions.create_many(_rows(wf), concurrency=4))
    _check_recovered(sandbox, results)


async def test_a_failed_lookup_leaves_the_row_outcome_unknown_naming_the_lookup() -> None:
    sandbox = _sandbox()
    async with _async_client(sandbox, _Faults({"r-0"}, lookup_status=500)) as client:
        wf = await _workflow(client)
        async with client.sessions.create_many(_rows(wf)[:3]) as run:
            results = {r.index: r async for r in run}
    lost = results[0]
    assert isinstance(lost.error, DiditWriteOutcomeUnknownError)
    assert "looking it up failed" in str(lost.error)
    assert "DiditServerError" in str(lost.error)
    assert isinstance(lost.error.__cause__, DiditServerError)  # the lookup's own failure
    assert "r-0" in {s.vendor_data for s in sandbox.state.sessions.values()}  # it does exist
    assert results[1].ok and results[2].ok


async def test_a_store_outage_after_a_row_reached_didit_is_outcome_unknown() -> None:
    sandbox = _sandbox()
    # Two admissions: the workflow, then the row's create. Its answer is lost after the session
    # was made; then Redis goes down before the lookup (or a re-send) can be admitted.
    async with _async_client(
        sandbox, _Faults({"r-0"}), rate_limiting=True, rate_limit_store=_StoreDownAfter(2)
    ) as client:
        wf = await _workflow(client)
        async with client.sessions.create_many(_rows(wf)[:1]) as run:
            [result] = [r async for r in run]
    assert isinstance(result.error, DiditWriteOutcomeUnknownError)
    assert "nothing was sent" not in str(result.error)
    assert isinstance(result.error.__cause__, DiditStoreUnavailableError)
    assert [s.vendor_data for s in sandbox.state.sessions.values()] == ["r-0"]


async def test_a_failed_transaction_lookup_is_outcome_unknown_too() -> None:
    sandbox = _sandbox()

    class _LostSubmit(_http.AsyncBaseTransport):
        def __init__(self) -> None:
            self._inner = sandbox.transport()

        async def handle_async_request(self, request: _http.Request) -> _http.Response:
            if request.method == "GET" and request.url.path.startswith("/v3/transactions/"):
                return _http.Response(503, json={"detail": "down"})
            response = await self._inner.handle_async_request(request)
            await response.aread()
            if request.method == "POST":
                raise _http.ReadError("reset after the write", request=request)
            return response

    row = {
        "transaction_id": "tx-1",
        "transaction_category": "finance",
        "transaction_details": {"amount": "10.00", "currency": "EUR"},
        "subject": {"vendor_data": "u"},
    }
    async with (
        AsyncDidit(
            api_key=sandbox.api_key,
            http_client=_http.AsyncClient(transport=_LostSubmit()),
            retry_policy=FAST,
            rate_limiting=False,
            **sandbox.base_urls(),
        ) as client,
        client.transactions.create_many([row]) as run,
    ):
        [result] = [r async for r in run]
    assert isinstance(result.error, DiditWriteOutcomeUnknownError)
    assert "looking it up failed" in str(result.error)
    assert "transaction_id='tx-1'" in str(result.error)


def test_blocking_create_many_reports_a_failed_lookup_as_outcome_unknown() -> None:
    sandbox = _sandbox()
    http = _http.Client(transport=_Sync(sandbox, _Faults({"r-0"}, lookup_status=500)))
    with Didit(
        api_key=sandbox.api_key,
        http_client=http,
        retry_policy=FAST,
        rate_limiting=False,
        **sandbox.base_urls(),
    ) as client:
        wf = client.workflows.create(workflow_label="bulk").uuid
        results = {r.index: r for r in client.sessions.create_many(_rows(wf)[:2])}
    assert isinstance(results[0].error, DiditWriteOutcomeUnknownError)
    assert isinstance(results[0].error.__cause__, DiditServerError)
    assert results[1].ok


async def test_reconcile_whose_lookup_fails_reports_outcome_unknown() -> None:
    sandbox = _sandbox()
    faults = _Faults(set())
    async with _async_client(sandbox, faults) as client:
        wf = await _workflow(client)
        # Each create takes effect at once, its answer leaves 200 ms later: cancelled in that gap.
        sandbox.app.faults = FaultConfig(delay_after_write=0.2)
        run = client.sessions.create_many(_rows(wf)[:2], concurrency=2)
        with anyio.move_on_after(0.05):
            async with run as results:
                async for _ in results:
                    pass
        assert [index for index, _ in run.unreported] == [0, 1]
        faults.lookup_status = 500
        late = await run.reconcile()
    assert [r.index for r in late] == [0, 1]
    for r in late:
        assert isinstance(r.error, DiditWriteOutcomeUnknownError)
        assert isinstance(r.error.__cause__, DiditServerError)
    assert len(sandbox.state.sessions) == 2  # both rows made their session

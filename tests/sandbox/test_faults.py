"""The sandbox's fault injection answers a server error after the write as well as before it,
and a create answered 5xx after the write is made once, never twice.

These sandboxes finish sessions at once (``start_after=0, finish_after=0``): Didit reuses only an
*unfinished* session for a repeated ``vendor_data``, so a blind re-send after a 5xx would make a
second session, and only the client's lookup before re-sending prevents it.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from typing import Any

import pytest

from didit_async import DiditWriteOutcomeUnknownError, RetryPolicy, _http
from didit_async.sandbox import FaultConfig, Sandbox, SandboxConfig

pytestmark = pytest.mark.anyio

FAST = RetryPolicy(initial_delay=0.001, max_delay=0.01, jitter=0.0, max_retries=6)


def _finishing_sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(start_after=0, finish_after=0, rate_limiting=False))


def _raw(sandbox: Sandbox) -> _http.AsyncClient:
    return _http.AsyncClient(
        transport=sandbox.transport(),
        base_url=sandbox.config.base_url,
        headers={"x-api-key": sandbox.api_key},
    )


@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_a_5xx_after_the_write_leaves_the_session_made_and_says_so(status: int) -> None:
    sandbox = _finishing_sandbox()
    async with _raw(sandbox) as raw:
        wf = (await raw.post("/v3/workflows/", json={"workflow_label": "k"})).json()["uuid"]
        sandbox.app.faults = FaultConfig(error_after_write_rate=1.0, error_statuses=(status,))
        answer = await raw.post("/v3/session/", json={"workflow_id": wf, "vendor_data": "u-1"})
        # A read is not a write: nothing to fail after.
        listed = await raw.get("/v3/sessions/", params={"vendor_data": "u-1"})
    assert answer.status_code == status
    assert answer.headers["x-sandbox-fault"] == "after-write"
    assert [s.vendor_data for s in sandbox.state.sessions.values()] == ["u-1"]
    assert listed.status_code == 200 and listed.json()["count"] == 1
    assert sandbox.stats.injected_5xx_after_write == 1


async def test_a_5xx_before_the_write_leaves_nothing_made_and_can_carry_retry_after() -> None:
    sandbox = _finishing_sandbox()
    async with _raw(sandbox) as raw:
        wf = (await raw.post("/v3/workflows/", json={"workflow_label": "k"})).json()["uuid"]
        sandbox.app.faults = FaultConfig(error_rate=1.0, error_statuses=(503,), error_retry_after=2)
        answer = await raw.post("/v3/session/", json={"workflow_id": wf, "vendor_data": "u-1"})
    assert answer.status_code == 503
    assert answer.headers["x-sandbox-fault"] == "before-write"
    assert answer.headers["retry-after"] == "2"
    assert sandbox.state.sessions == {}
    assert sandbox.stats.injected_5xx == 1 and sandbox.stats.injected_5xx_after_write == 0


@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_a_create_answered_5xx_after_the_write_is_found_not_made_twice(status: int) -> None:
    sandbox = _finishing_sandbox()
    async with sandbox.client(retry_policy=FAST, rate_limiting=False) as client:
        wf = (await client.workflows.create(workflow_label="k")).uuid
        sandbox.app.faults = FaultConfig(error_after_write_rate=1.0, error_statuses=(status,))
        session = await client.sessions.create(workflow_id=wf, vendor_data="u-1")
    sessions = list(sandbox.state.sessions.values())
    assert [s.session_id for s in sessions] == [session.session_id]
    assert session.session_token and session.url and session.session_token in session.url
    assert sandbox.stats.per_operation["sessions_create"] == 1  # never re-sent


async def test_a_503_with_retry_after_after_the_write_is_looked_up_too() -> None:
    sandbox = _finishing_sandbox()
    async with sandbox.client(retry_policy=FAST, rate_limiting=False) as client:
        wf = (await client.workflows.create(workflow_label="k")).uuid
        sandbox.app.faults = FaultConfig(
            error_after_write_rate=1.0, error_statuses=(503,), error_retry_after=0.005
        )
        session = await client.sessions.create(workflow_id=wf, vendor_data="u-1")
    assert [s.session_id for s in sandbox.state.sessions.values()] == [session.session_id]


async def test_a_create_answered_5xx_before_the_write_is_sent_again_once_nothing_is_found() -> None:
    sandbox = _finishing_sandbox()
    async with sandbox.client(retry_policy=FAST, rate_limiting=False) as client:
        wf = (await client.workflows.create(workflow_label="k")).uuid
        sandbox.app.faults = FaultConfig(error_rate=0.5, error_statuses=(500, 503), seed=3)
        sandbox.app.rng.seed(3)
        made = []
        for i in range(20):
            # A lookup that kept failing could not tell, and says so: never a guess.
            with contextlib.suppress(DiditWriteOutcomeUnknownError):
                made.append(await client.sessions.create(workflow_id=wf, vendor_data=f"u-{i}"))
    counts = Counter(s.vendor_data for s in sandbox.state.sessions.values())
    assert max(counts.values()) == 1  # never twice
    assert {s.vendor_data for s in made} <= set(counts)
    assert sandbox.stats.injected_5xx > 0


@pytest.mark.parametrize("status", [500, 503])
async def test_without_vendor_data_a_5xx_after_the_write_is_outcome_unknown(status: int) -> None:
    sandbox = _finishing_sandbox()
    async with sandbox.client(retry_policy=FAST, rate_limiting=False) as client:
        wf = (await client.workflows.create(workflow_label="k")).uuid
        sandbox.app.faults = FaultConfig(error_after_write_rate=1.0, error_statuses=(status,))
        with pytest.raises(DiditWriteOutcomeUnknownError) as info:
            await client.sessions.create(workflow_id=wf)
    assert f"Didit answered {status}" in str(info.value)
    assert "may or may not have been applied" in str(info.value)
    assert "client.sessions.list(vendor_data=" in str(info.value)  # how to find out
    assert len(sandbox.state.sessions) == 1
    assert sandbox.stats.per_operation["sessions_create"] == 1


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_blocking_didit_finds_a_create_answered_5xx_after_the_write(status: int) -> None:
    sandbox = _finishing_sandbox()
    with sandbox.sync_client(retry_policy=FAST, rate_limiting=False) as client:
        wf = client.workflows.create(workflow_label="k").uuid
        sandbox.app.faults = FaultConfig(error_after_write_rate=1.0, error_statuses=(status,))
        session = client.sessions.create(workflow_id=wf, vendor_data="u-1")
        sandbox.app.faults = FaultConfig(error_after_write_rate=1.0, error_statuses=(status,))
        with pytest.raises(DiditWriteOutcomeUnknownError):
            client.sessions.create(workflow_id=wf)
    vendors: list[Any] = [s.vendor_data for s in sandbox.state.sessions.values()]
    assert sorted(vendors, key=str) == sorted(["u-1", None], key=str)
    assert session.session_id in sandbox.state.sessions


@pytest.mark.parametrize("seed", [7, 19])
async def test_chaos_bulk_with_5xx_after_the_write_makes_every_row_exactly_once(seed: int) -> None:
    n = 200
    sandbox = _finishing_sandbox()
    async with sandbox.client(retry_policy=FAST, rate_limiting=False) as client:
        wf = (await client.workflows.create(workflow_label="k")).uuid
        sandbox.app.faults = FaultConfig(
            error_rate=0.05,
            error_after_write_rate=0.05,
            error_statuses=(500, 502, 503, 504),
            seed=seed,
        )
        sandbox.app.rng.seed(seed)
        rows = ({"workflow_id": wf, "vendor_data": f"row-{i}"} for i in range(n))
        async with client.sessions.create_many(rows, concurrency=8) as run:
            results = [r async for r in run]
    assert sorted(r.index for r in results) == list(range(n))
    assert [r.error for r in results if not r.ok] == []
    per_vendor = Counter(s.vendor_data for s in sandbox.state.sessions.values())
    assert len(per_vendor) == n and set(per_vendor.values()) == {1}  # zero duplicates
    after = sandbox.stats.injected_5xx_after_write
    assert after > 0 and sandbox.stats.injected_5xx > after  # both kinds were met
    # Every row whose create was answered 5xx after the write was found, not made again.
    assert sum(r.recovered for r in results) == after

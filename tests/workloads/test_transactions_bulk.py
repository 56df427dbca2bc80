"""``client.transactions.create_many`` under faults: exactly one transaction per id, none lost."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from didit_async import DiditConflictError, DiditServerError, FakeClock
from didit_async._transactions import TransactionBulkRun
from didit_async.sandbox import FaultConfig, Sandbox, SandboxConfig

pytestmark = pytest.mark.anyio
CHAOS = FaultConfig(
    error_rate=0.10, rate_limit_burst_rate=0.05, drop_rate=0.03, jitter=0.0005, seed=5
)


def rows(n: int) -> Any:
    return (
        {
            "transaction_id": f"tx-{i}",
            "transaction_category": "finance",
            "transaction_details": {"amount": str(10 + i), "currency": "EUR"},
            "subject": {"vendor_data": f"user-{i % 50}"},
        }
        for i in range(n)
    )


def stored(sandbox: Sandbox) -> list[str]:
    return [tx["transaction_id"] for tx in sandbox.state.entities.transactions.values()]


@pytest.mark.parametrize("max_retries", [6, 0])
async def test_chaos_bulk_stores_each_transaction_id_exactly_once(max_retries: int) -> None:
    # max_retries=0: the transport gives up at once and the batch resolves by transaction_id.
    n = 300
    sandbox = Sandbox(SandboxConfig(virtual_time=True, rate_limit_scale=100))
    async with sandbox.client(clock=FakeClock(), max_retries=max_retries) as client:
        sandbox.app.faults = CHAOS
        sandbox.app.rng.seed(CHAOS.seed)
        results = []
        async with client.transactions.create_many(rows(n), concurrency=8) as run:
            async for result in run:
                results.append(result)
    assert sorted(r.index for r in results) == list(range(n))
    ids = stored(sandbox)
    failed = [r for r in results if not r.ok]
    if max_retries:
        assert failed == [], [type(r.error).__name__ for r in failed]
    ok_ids = {r.session.transaction_id for r in results if r.ok}  # type: ignore[union-attr]
    failed_ids = {r.request["transaction_id"] for r in failed}
    # Exactly one transaction per id, none twice; every one answered ok is stored, and what
    # is stored beyond those is a reported row (a lost answer the lookups could not confirm).
    assert len(ids) == len(set(ids))
    assert len(ok_ids) + len(failed_ids) == n
    assert ok_ids <= set(ids) and set(ids) - ok_ids <= failed_ids
    assert sandbox.stats.dropped > 0 and sandbox.stats.injected_5xx > 0
    # Lost answers were looked up by transaction_id (by the transport before any resend, and by
    # the batch when the transport gave up), never blindly sent twice.
    assert sandbox.stats.per_operation["transactions_retrieve"] > 0


async def test_transactions_are_paced_under_ingest_write_without_429s() -> None:
    # 700 submits against a 600/min ingest-write limit (generic-write, 300/min, not counted).
    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    clock = FakeClock()
    async with sandbox.client(clock=clock) as client:
        sandbox.state.clock = _Follow(clock)  # type: ignore[assignment]
        async with client.transactions.create_many(rows(700), concurrency=16) as run:
            results = [r async for r in run]
    assert all(r.ok for r in results) and len(stored(sandbox)) == 700
    assert sandbox.stats.throttled == 0
    assert sandbox.stats.window_max["ingest-write"] <= 600
    assert "generic-write" not in sandbox.stats.window_max


class _Follow:
    """The sandbox's clock read from the client's FakeClock, so both see the same minute."""

    virtual = True

    def __init__(self, clock: FakeClock) -> None:
        self._clock = clock

    def now(self) -> float:
        return 1_800_000_000.0 + self._clock.now()

    def advance(self, seconds: float) -> None:
        raise NotImplementedError


async def test_a_409_for_a_repeated_id_is_resolved_to_the_stored_transaction() -> None:
    calls: list[str] = []
    stored_tx = {"transaction_id": "tx-1", "status": "APPROVED"}

    async def create(**request: Any) -> Any:
        calls.append("create")
        raise DiditConflictError("exists", status=409, method="POST", path="/v3/transactions/")

    async def find(request: Mapping[str, Any], since: float) -> Any:
        calls.append("find")
        return stored_tx

    run = TransactionBulkRun([{"transaction_id": "tx-1"}], create=create, find_existing=find)
    async with run:
        [result] = [r async for r in run]
    assert result.ok and result.recovered and result.session is stored_tx
    assert calls == ["create", "find"]


async def test_an_unstored_transaction_is_sent_again_once_then_reported() -> None:
    sent: list[str] = []

    async def create(**request: Any) -> Any:
        sent.append(request["transaction_id"])
        raise DiditServerError("down", status=503, method="POST", path="/v3/transactions/")

    async def find(request: Mapping[str, Any], since: float) -> Any:
        return None

    run = TransactionBulkRun([{"transaction_id": "tx-9"}], create=create, find_existing=find)
    async with run:
        [result] = [r async for r in run]
    assert not result.ok and isinstance(result.error, DiditServerError)
    assert sent == ["tx-9"] * 4  # the first try, then one re-send per lookup that found nothing

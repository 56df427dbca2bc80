"""A Redis outage shorter than ``outage_wait``, in the default ``"fail"`` mode: calls pause
until Redis answers again instead of failing; a longer one fails them, with nothing sent.

The server is killed (SIGKILL) and started again on the same port, as a crash and a restart
by a supervisor would.
"""

from __future__ import annotations

import threading

import pytest

from bench.redis_server import RedisServer
from didit_async import DiditStoreUnavailableError, ScopeLimit
from didit_async.redis import RedisRateLimitStore
from didit_async.sandbox import Sandbox, SandboxConfig

pytestmark = pytest.mark.anyio


async def test_a_one_second_outage_pauses_a_bulk_run_and_every_row_is_created(
    own_server: RedisServer, prefix: str
) -> None:
    store = RedisRateLimitStore.from_url(own_server.url, prefix=prefix, timeout=0.5)
    # In use before the outage, on other keys: admissions the restart loses would slow their
    # scopes down for a window afterwards (test_restart.py), which is not this test's subject.
    assert await store.try_acquire([("warm-up:s", ScopeLimit(10, 60.0))], 0.0, 0.0) == 0.0
    sandbox = Sandbox(SandboxConfig(rate_limiting=False))
    async with sandbox.client() as setup:
        wf = await setup.workflows.create(workflow_label="kyc")
    async with sandbox.client(rate_limit_store=store) as client:
        own_server.kill()
        back = threading.Timer(1.0, own_server.start)
        back.start()
        rows = [{"workflow_id": wf.uuid, "vendor_data": f"row-{i}"} for i in range(60)]
        try:
            async with client.sessions.create_many(rows, concurrency=8) as run:
                errors = [r.error for r in [r async for r in run] if not r.ok]
        finally:
            back.join()
    await store.aclose()
    assert errors == []  # were DiditStoreUnavailableError, nearly every row
    assert len(sandbox.state.sessions) == 60


async def test_an_outage_longer_than_outage_wait_fails_the_call_and_sends_nothing(
    own_server: RedisServer, prefix: str
) -> None:
    store = RedisRateLimitStore.from_url(own_server.url, prefix=prefix, outage_wait=0.5)
    sandbox = Sandbox(SandboxConfig(rate_limiting=False))
    async with sandbox.client(rate_limit_store=store) as client:
        wf = await client.workflows.create(workflow_label="kyc")
        own_server.kill()
        sent = sandbox.stats.requests
        with pytest.raises(DiditStoreUnavailableError, match="nothing was sent"):
            await client.sessions.create(workflow_id=wf.uuid, vendor_data="during")
        assert sandbox.stats.requests == sent
    await store.aclose()

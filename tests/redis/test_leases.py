"""Leases, in memory and in Redis alike: what a killed worker, a retry during processing, a done
event and a worker whose lease was taken over each lead to, for the store and for Didit.

Each test runs on ``InMemoryDeduplicator`` in virtual time and on ``RedisWebhookDeduplicator``
against a real redis-server in real time (its leases are timed by Redis's clock), with leases
of a fraction of a second."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import anyio
import httpx
import pytest

from didit_async.redis import RedisWebhookDeduplicator
from didit_async.webhooks import (
    Claim,
    InMemoryDeduplicator,
    LeasingDeduplicator,
    WebhookEvent,
    serialize,
    sign,
    webhook_endpoint,
)

pytestmark = pytest.mark.anyio
SECRET = "whsec_lease_secret_value"
Make = Callable[..., LeasingDeduplicator]


class Stores:
    """Makes deduplicators of one kind sharing one store (the workers), and lets time pass."""

    def __init__(self, make: Make, advance: Callable[[float], Awaitable[None]]) -> None:
        self.make = make
        self.advance = advance


@pytest.fixture(params=["memory", "redis"])
async def stores(request: pytest.FixtureRequest) -> AsyncIterator[Stores]:
    if request.param == "memory":
        now = [0.0]
        shared: dict[tuple[float, float], InMemoryDeduplicator] = {}

        def make_memory(*, ttl: float, lease: float) -> LeasingDeduplicator:
            # One process's store: every "worker" asking for the same settings shares it.
            key = (ttl, lease)
            if key not in shared:
                shared[key] = InMemoryDeduplicator(ttl=ttl, lease=lease, clock=lambda: now[0])
            return shared[key]

        async def tick(seconds: float) -> None:
            now[0] += seconds

        yield Stores(make_memory, tick)
        return
    url: str = request.getfixturevalue("redis_url")
    prefix: str = request.getfixturevalue("prefix")
    made: list[RedisWebhookDeduplicator] = []

    def make_redis(*, ttl: float, lease: float) -> LeasingDeduplicator:
        made.append(RedisWebhookDeduplicator.from_url(url, prefix=prefix, ttl=ttl, lease=lease))
        return made[-1]

    yield Stores(make_redis, anyio.sleep)
    for d in made:
        await d.aclose()


async def test_a_killed_workers_lease_blocks_retries_only_until_it_ends(stores: Stores) -> None:
    killed, retrying = (stores.make(ttl=60, lease=0.5) for _ in range(2))
    dead = await killed.claim("evt")  # then SIGKILL: no complete, no release
    during = await retrying.claim("evt")
    assert during.state == "in_progress" and 0 < during.retry_after <= 0.5
    await stores.advance(0.7)
    retry = await retrying.claim("evt")
    assert retry.state == "leased" and retry.token != dead.token
    assert await retrying.complete("evt", retry.token)
    assert await retrying.claim("evt") == Claim.done()


async def test_a_retry_while_the_handler_runs_is_in_progress_never_done(stores: Stores) -> None:
    workers = [stores.make(ttl=60, lease=30) for _ in range(3)]
    first = await workers[0].claim("evt")
    claims: list[Claim] = []

    async def retry(d: LeasingDeduplicator) -> None:
        claims.append(await d.claim("evt"))

    async with anyio.create_task_group() as tg:
        for i in range(30):
            tg.start_soon(retry, workers[i % 3])
    assert first and {c.state for c in claims} == {"in_progress"} and len(claims) == 30
    assert all(25 < c.retry_after <= 30 for c in claims)


async def test_a_completed_event_is_a_duplicate_for_the_whole_ttl(stores: Stores) -> None:
    d = stores.make(ttl=1.5, lease=0.2)
    claim = await d.claim("evt")
    assert await d.complete("evt", claim.token)
    await stores.advance(0.6)  # well past the lease: the done marker answers
    assert await d.claim("evt") == Claim.done()
    await stores.advance(1.2)  # past the TTL: Didit stopped retrying long ago
    assert (await d.claim("evt")).state == "leased"


async def test_a_late_complete_or_release_leaves_the_new_owner_alone(stores: Stores) -> None:
    a, b, c = (stores.make(ttl=60, lease=0.5) for _ in range(3))
    mine = await a.claim("evt")
    await stores.advance(0.7)  # A's handler overran its lease; B's delivery takes over
    theirs = await b.claim("evt")
    assert theirs.state == "leased"
    assert not await a.complete("evt", mine.token)
    await a.release("evt", mine.token)
    assert (await c.claim("evt")).state == "in_progress"  # still B's lease
    assert await b.complete("evt", theirs.token)
    assert not await a.complete("evt", mine.token)  # B finished first: A changes nothing
    await a.release("evt", mine.token)
    assert await c.claim("evt") == Claim.done()


async def test_release_deletes_only_the_callers_own_lease(stores: Stores) -> None:
    a, b = (stores.make(ttl=60, lease=30) for _ in range(2))
    mine = await a.claim("evt")
    await b.release("evt", "lease:someone-else")
    assert (await b.claim("evt")).state == "in_progress"
    await b.release("evt", mine.token)  # any worker can release it by its token
    assert (await b.claim("evt")).state == "leased"


async def test_completing_an_expired_lease_nobody_retook_marks_it_done(stores: Stores) -> None:
    d = stores.make(ttl=60, lease=0.3)
    mine = await d.claim("evt")
    await stores.advance(0.5)
    assert await d.complete("evt", mine.token)  # the handler did succeed
    assert await d.claim("evt") == Claim.done()


# --- through the endpoint: what Didit sees -----------------------------------------------------


def delivery(event_id: str) -> tuple[bytes, dict[str, str]]:
    ts = int(time.time())
    body = serialize(
        {
            "webhook_type": "status.updated",
            "session_id": "s1",
            "status": "Approved",
            "timestamp": ts,
            "event_id": event_id,
        }
    )
    return body, sign(body, SECRET, timestamp=ts)


async def post(app: Any, event_id: str) -> httpx.Response:
    body, headers = delivery(event_id)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://w") as http:
        return await http.post("/", content=body, headers=headers)


async def test_didit_retries_a_killed_workers_event_and_the_handler_runs(stores: Stores) -> None:
    runs: list[str] = []

    async def handler(event: WebhookEvent) -> None:
        runs.append(str(event.event_id))

    killed = stores.make(ttl=60, lease=0.5)
    await killed.claim("evt-killed")  # the worker that received it first died mid-handler
    app = webhook_endpoint(handler, secrets=SECRET, deduplicator=stores.make(ttl=60, lease=0.5))
    early = await post(app, "evt-killed")
    assert (early.status_code, early.json()) == (503, {"detail": "in progress"})
    assert early.headers["retry-after"] == "1"  # the lease's remaining 0.5 s, rounded up
    await stores.advance(0.7)
    assert (await post(app, "evt-killed")).json() == {"detail": "ok"}
    assert (await post(app, "evt-killed")).json() == {"detail": "duplicate"}
    assert runs == ["evt-killed"]


async def test_a_concurrent_retry_gets_503_and_its_later_retry_a_duplicate(
    stores: Stores,
) -> None:
    runs: list[str] = []
    started, finish = anyio.Event(), anyio.Event()

    async def handler(event: WebhookEvent) -> None:
        runs.append(str(event.event_id))
        started.set()
        await finish.wait()

    apps = [
        webhook_endpoint(handler, secrets=SECRET, deduplicator=stores.make(ttl=60, lease=30))
        for _ in range(2)
    ]
    first: list[httpx.Response] = []

    async def deliver() -> None:
        first.append(await post(apps[0], "evt-busy"))

    async with anyio.create_task_group() as tg:
        tg.start_soon(deliver)
        with anyio.fail_after(10):
            await started.wait()
        during = await post(apps[1], "evt-busy")
        finish.set()
    assert (during.status_code, during.json()) == (503, {"detail": "in progress"})
    assert 25 <= int(during.headers["retry-after"]) <= 30
    assert (first[0].status_code, first[0].json()) == (200, {"detail": "ok"})
    assert (await post(apps[1], "evt-busy")).json() == {"detail": "duplicate"}
    assert runs == ["evt-busy"]

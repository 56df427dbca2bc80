"""RedisWebhookDeduplicator against a real redis-server, alone and behind webhook_endpoint."""

from __future__ import annotations

import time

import anyio
import httpx
import pytest
from redis.asyncio import Redis

from bench.redis_server import RedisServer
from didit_async import DiditStoreUnavailableError
from didit_async.redis import RedisWebhookDeduplicator
from didit_async.webhooks import Claim, WebhookEvent, serialize, sign, webhook_endpoint

pytestmark = pytest.mark.anyio
SECRET = "whsec_redis_dedup_secret"


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


async def test_one_claim_wins_among_many_workers_racing(redis_url: str, prefix: str) -> None:
    workers = [RedisWebhookDeduplicator.from_url(redis_url, prefix=prefix) for _ in range(4)]
    claims: list[Claim] = []

    async def claim(d: RedisWebhookDeduplicator) -> None:
        claims.append(await d.claim("evt-race"))

    async with anyio.create_task_group() as tg:
        for i in range(40):
            tg.start_soon(claim, workers[i % 4])
    states = [c.state for c in claims]
    assert states.count("leased") == 1 and states.count("in_progress") == 39
    winner = next(c for c in claims if c)
    await workers[0].release("evt-race", winner.token)  # any worker may release it by token
    assert await workers[1].claim("evt-race")  # released: the next delivery runs
    for d in workers:
        await d.aclose()


async def test_a_lease_then_a_done_marker_each_expire(
    redis: Redis, redis_url: str, prefix: str
) -> None:
    d = RedisWebhookDeduplicator.from_url(redis_url, prefix=prefix, ttl=60, lease=0.3)
    claim = await d.claim("evt-ttl")
    assert claim and 0 < await redis.pttl(f"{prefix}evt-ttl") <= 300
    assert (await d.claim("evt-ttl")).state == "in_progress"
    await anyio.sleep(0.4)
    again = await d.claim("evt-ttl")
    assert again.state == "leased"
    assert await d.complete("evt-ttl", again.token)
    assert 59_000 < await redis.pttl(f"{prefix}evt-ttl") <= 60_000
    assert await redis.get(f"{prefix}evt-ttl") == b"done"
    await d.aclose()


async def test_the_default_lease_ends_before_didits_next_retry(
    redis: Redis, redis_url: str, prefix: str
) -> None:
    # A worker killed mid-handler leaves its lease in Redis; Didit retries a minute after the
    # attempt that took it. The lease must be gone by then, or the event waits for the last
    # retry alone (and is lost if that one fails too).
    d = RedisWebhookDeduplicator.from_url(redis_url, prefix=prefix)
    assert await d.claim("evt-dead")  # then SIGKILL: no complete, no release
    assert 0 < await redis.pttl(f"{prefix}evt-dead") <= 45_000
    await d.aclose()
    for lease in (60, 120):
        with pytest.raises(ValueError, match="under 60 s"):
            RedisWebhookDeduplicator.from_url(redis_url, prefix=prefix, lease=lease)


async def test_a_failed_handler_releases_its_claim_so_the_retry_runs_it(
    redis_url: str, prefix: str
) -> None:
    # Two workers behind one Redis; the first one's handler fails, Didit's retry reaches the
    # second, which runs the handler again; the third delivery is a duplicate.
    runs: list[str] = []

    async def flaky(event: WebhookEvent) -> None:
        runs.append(event.event_id or "")
        if len(runs) == 1:
            raise RuntimeError("database is down")

    dedups = [RedisWebhookDeduplicator.from_url(redis_url, prefix=prefix) for _ in range(2)]
    apps = [webhook_endpoint(flaky, secrets=SECRET, deduplicator=d) for d in dedups]
    body, headers = delivery("evt-flaky")
    answers = []
    for app in (apps[0], apps[1], apps[0]):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://w") as http:
            answers.append((await http.post("/", content=body, headers=headers)).json())
    assert answers == [{"detail": "handler failed"}, {"detail": "ok"}, {"detail": "duplicate"}]
    assert runs == ["evt-flaky", "evt-flaky"]
    for d in dedups:
        await d.aclose()


async def test_a_stopped_redis_answers_503_so_didit_retries(
    own_server: RedisServer, prefix: str
) -> None:
    runs: list[str] = []

    async def handler(event: WebhookEvent) -> None:
        runs.append(event.event_id or "")

    d = RedisWebhookDeduplicator.from_url(own_server.url, prefix=prefix, timeout=0.5)
    app = webhook_endpoint(handler, secrets=SECRET, deduplicator=d)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://w") as http:
        body, headers = delivery("evt-down")
        own_server.stop()
        down = await http.post("/", content=body, headers=headers)
        with pytest.raises(DiditStoreUnavailableError):
            await d.claim("evt-direct")
        own_server.start()
        up = await http.post("/", content=body, headers=headers)
    assert (down.status_code, up.status_code) == (503, 200)
    assert runs == ["evt-down"]  # not run while nobody could tell whether it was a duplicate
    await d.aclose()


async def test_event_id_with_a_lone_surrogate_is_claimed_once_and_released(
    redis_url: str, prefix: str
) -> None:
    # JSON can carry "\ud800"; before, redis-py raised a raw UnicodeEncodeError on claim, so the
    # delivery failed with a 500 instead of being deduplicated.
    dedup = RedisWebhookDeduplicator.from_url(redis_url, prefix=prefix)
    claim = await dedup.claim("evt-\ud800")
    assert claim and not await dedup.claim("evt-\ud800")
    assert await dedup.claim("evt-\udc00")  # a different id stays a different claim
    await dedup.release("evt-\ud800", claim.token)
    assert await dedup.claim("evt-\ud800")
    await dedup.release("evt-\ud800")  # without a token: forgotten whoever holds it
    assert await dedup.claim("evt-\ud800")
    await dedup.aclose()


async def test_a_claim_from_before_leases_still_counts_as_done(
    redis: Redis, redis_url: str, prefix: str
) -> None:
    # A rolling deploy: workers of the previous version set the key to "1" for the whole TTL.
    await redis.set(f"{prefix}evt-old", b"1", px=60_000)
    dedup = RedisWebhookDeduplicator.from_url(redis_url, prefix=prefix)
    assert await dedup.claim("evt-old") == Claim.done()
    await dedup.aclose()


async def test_a_client_that_decodes_responses_works_too(redis_url: str, prefix: str) -> None:
    dedup = RedisWebhookDeduplicator(
        Redis.from_url(redis_url, decode_responses=True), prefix=prefix
    )
    claim = await dedup.claim("evt-decoded")
    assert claim.state == "leased"
    assert (await dedup.claim("evt-decoded")).state == "in_progress"
    assert await dedup.complete("evt-decoded", claim.token)
    assert await dedup.claim("evt-decoded") == Claim.done()
    await dedup.aclose()

"""The webhook receiver the dedup benchmark runs under ``uvicorn --workers 4``.

Configured by environment (uvicorn imports it once per worker): ``BENCH_REDIS_URL``,
``BENCH_PREFIX``, ``BENCH_SECRET``, and ``BENCH_DEDUP`` = ``redis`` (the shared deduplicator) or
``memory`` (each worker its own, for comparison). The handler records each run in Redis
(``HINCRBY {prefix}runs event_id 1``), so the benchmark can count runs across workers.
"""

from __future__ import annotations

import os

from redis.asyncio import Redis

from didit_async.redis import RedisWebhookDeduplicator
from didit_async.webhooks import InMemoryDeduplicator, WebhookDeduplicator, WebhookEvent
from didit_async.webhooks import webhook_endpoint as _endpoint

URL = os.environ["BENCH_REDIS_URL"]
PREFIX = os.environ["BENCH_PREFIX"]
_counter = Redis.from_url(URL)


async def on_event(event: WebhookEvent) -> None:
    await _counter.hincrby(f"{PREFIX}runs", event.event_id or "", 1)


dedup: WebhookDeduplicator = (
    RedisWebhookDeduplicator.from_url(URL, prefix=f"{PREFIX}dedup:")
    if os.environ.get("BENCH_DEDUP") == "redis"
    else InMemoryDeduplicator()
)
app = _endpoint(on_event, secrets=os.environ["BENCH_SECRET"], deduplicator=dedup)

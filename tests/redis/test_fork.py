"""A Redis store built before ``fork`` (gunicorn ``--preload``, Celery's prefork pool: the
module-level setup the guide shows) is still ONE limit for the parent and every forked child.

Real forked processes (multiprocessing's ``fork`` start method) against a real redis-server.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from redis import Redis as BlockingRedis

from bench.redis_server import RedisServer
from didit_async import ScopeLimit
from didit_async.redis import RedisRateLimitStore
from didit_async.sandbox import Sandbox

BUCKET = [("key:session-create", ScopeLimit(20, 60.0))]
FORK = multiprocessing.get_context("fork")


def in_children(
    n: int, work: Callable[[], Any], go: Callable[[], None] = lambda: None
) -> list[Any]:
    """``work()`` in ``n`` forked children at once; what each returned. ``go`` runs in the
    parent once they are all started and waiting."""
    pipes: list[Connection] = []
    children = []
    for _ in range(n):
        ours, theirs = FORK.Pipe()

        def child(conn: Connection = theirs) -> None:
            conn.recv()  # wait for the parent's go, so the children run at the same time
            conn.send(work())

        process = FORK.Process(target=child, daemon=True)
        process.start()
        pipes.append(ours)
        children.append(process)
    go()
    for pipe in pipes:
        pipe.send("go")
    try:
        return [pipe.recv() if pipe.poll(30) else None for pipe in pipes]
    finally:
        for process in children:
            process.join(10)
            if process.is_alive():
                process.kill()


def test_forked_workers_hammering_one_limit_are_admitted_exactly_the_limit(
    redis_url: str, prefix: str
) -> None:
    store = RedisRateLimitStore.from_url(redis_url, prefix=prefix, timeout=10.0)
    # The parent uses the store before forking, as an app warming up at import would.
    assert asyncio.run(store.try_acquire(BUCKET, 0.0, 0.0)) == 0.0

    async def hammer() -> int:
        admitted = 0
        for _ in range(15):
            admitted += await store.try_acquire(BUCKET, time.monotonic(), 0.0) == 0.0
        return admitted

    admitted = in_children(3, lambda: asyncio.run(hammer()))
    assert None not in admitted
    # 45 tries by three workers against the 19 places left: exactly 19 admitted, all of them
    # in the shared log (forked workers that shared ids overwrote each other's entries).
    assert sum(admitted) == 19
    probe = BlockingRedis.from_url(redis_url)
    assert probe.zcard(f"{prefix}{{key}}:session-create:log") == 20
    probe.close()


def test_forked_children_let_go_of_the_parents_redis_connections(own_server: RedisServer) -> None:
    # A blocking Didit used before the fork keeps its thread's loop, and that loop's Redis
    # connection, open in the parent. The children must not hold it open (nor use it): once
    # the parent closes it, Redis sees it go, while the children still run.
    probe = BlockingRedis.from_url(own_server.url)
    store = RedisRateLimitStore.from_url(own_server.url, prefix="fork:", timeout=10.0)
    client = Sandbox().sync_client(rate_limit_store=store)
    client.billing.get_balance()
    assert len(probe.client_list()) == 2

    def count_while_children_wait() -> None:
        client.close()  # closes the parent's loop and its Redis connection
        deadline = time.monotonic() + 2.0
        while len(probe.client_list()) > 1 and time.monotonic() < deadline:
            time.sleep(0.02)
        seen.append(len(probe.client_list()) - 1)

    async def one() -> float:
        return await store.try_acquire(BUCKET, 0.0, 0.0)

    seen: list[int] = []
    waits = in_children(2, lambda: asyncio.run(one()), go=count_while_children_wait)
    assert seen == [0]  # was 1: the children's copies kept the parent's connection open
    assert waits == [0.0, 0.0]  # and each child still reaches Redis on its own connection
    probe.close()

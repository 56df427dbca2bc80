"""How many connections the Redis store and deduplicator hold: one client per LIVE event loop.

A thread-per-request server calls one blocking ``Didit`` from ever new threads (a loop each),
and a script may call ``asyncio.run()`` on one ``AsyncDidit`` again and again. Each loop's
connections must close when the loop ends, or Redis reaches ``maxclients``. Counted with
``CLIENT LIST`` on a server each test owns.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
import time
from pathlib import Path

from redis import Redis as BlockingRedis

from bench.redis_server import RedisServer
from didit_async.redis import RedisRateLimitStore, RedisWebhookDeduplicator
from didit_async.sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[2]


def clients_besides(probe: BlockingRedis) -> int:
    """Connected clients, not counting the probe itself."""
    return len(probe.client_list()) - 1


def settled(probe: BlockingRedis, at_most: int) -> int:
    # A close reaches the server a moment after the client's side: allow it a second.
    deadline = time.monotonic() + 1.0
    while (n := clients_besides(probe)) > at_most and time.monotonic() < deadline:
        time.sleep(0.02)
    return n


def test_one_didit_called_from_300_short_lived_threads_keeps_a_connection_per_live_thread(
    own_server: RedisServer,
) -> None:
    probe = BlockingRedis.from_url(own_server.url)
    store = RedisRateLimitStore.from_url(own_server.url, prefix="threads:", timeout=10.0)
    peak = 0
    with Sandbox().sync_client(rate_limit_store=store) as client:
        for _ in range(30):  # 300 threads, 10 alive at a time, each making one call
            batch = [threading.Thread(target=client.billing.get_balance) for _ in range(10)]
            for t in batch:
                t.start()
            for t in batch:
                t.join(30)
            peak = max(peak, clients_besides(probe))
        client.billing.get_balance()  # the main thread's call closes the ended threads' loops
        # The main thread's own connection and at most one left over from a thread that had
        # not quite ended, where every ended thread's connection used to stay open.
        assert settled(probe, 2) <= 2
    assert peak <= 10 + 2  # the live threads' own, plus the main thread's
    assert settled(probe, 0) == 0  # close() closes the rest
    probe.close()


def test_200_asyncio_runs_on_one_async_client_leave_no_connection_behind(
    own_server: RedisServer,
) -> None:
    probe = BlockingRedis.from_url(own_server.url)
    store = RedisRateLimitStore.from_url(own_server.url, prefix="runs:", timeout=10.0)
    client = Sandbox().client(rate_limit_store=store)
    for _ in range(200):
        asyncio.run(client.billing.get_balance())
        assert clients_besides(probe) <= 1  # closed as each run's loop shut down
    assert settled(probe, 0) == 0
    asyncio.run(client.aclose())
    probe.close()


def test_a_deduplicator_used_by_200_asyncio_runs_leaves_no_connection_behind(
    own_server: RedisServer,
) -> None:
    probe = BlockingRedis.from_url(own_server.url)
    dedup = RedisWebhookDeduplicator.from_url(own_server.url, prefix="runs:", timeout=10.0)
    states = [asyncio.run(dedup.claim(f"evt-{i % 2}")).state for i in range(200)]
    assert states[:3] == ["leased", "leased", "in_progress"]  # still one shared claim per event
    assert settled(probe, 0) == 0
    probe.close()


_MANUAL_LOOPS = """
import asyncio, sys
from redis import Redis
from didit_async import ScopeLimit
from didit_async.redis import RedisRateLimitStore

probe = Redis.from_url(sys.argv[1])
store = RedisRateLimitStore.from_url(sys.argv[1], prefix="manual:", timeout=10.0)
for _ in range(20):
    loop = asyncio.new_event_loop()
    assert loop.run_until_complete(store.try_acquire([("k:s", ScopeLimit(99, 60))], 0, 0)) == 0
    loop.close()
print(len(probe.client_list()) - 1)
"""


def test_a_store_used_on_loops_closed_without_shutdown_keeps_only_the_last_ones_connection(
    own_server: RedisServer,
) -> None:
    # Loops closed by hand, skipping shutdown_asyncgens: each one's connection is let go when
    # the next loop starts using the store. (In a child process: Python rightly warns about
    # the sockets such a loop leaves to the garbage collector.)
    done = subprocess.run(
        [sys.executable, "-c", _MANUAL_LOOPS, own_server.url],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) <= 1  # was 20

"""The blocking ``Didit`` with the Redis store, as a Celery or Django user would build it.

Each case runs in a child process, as in a Celery or Django worker: the whole life of the
client, from the first call to the last connection closed at exit, without pytest's own loop.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_SCRIPT = """
import sys
from concurrent.futures import ThreadPoolExecutor

from didit_async.redis import RedisRateLimitStore
from didit_async.sandbox import Sandbox

url, prefix, threads = sys.argv[1], sys.argv[2], int(sys.argv[3])
store = RedisRateLimitStore.from_url(url, prefix=prefix)
with Sandbox().sync_client(rate_limit_store=store) as client:
    found = [client.billing.get_balance().balance for _ in range(3)]
    if threads:
        with ThreadPoolExecutor(max_workers=threads) as pool:
            found += list(pool.map(lambda _: client.billing.get_balance().balance, range(8)))
print(len(found), "balances")
"""


def _run(redis_url: str, prefix: str, threads: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_SCRIPT), redis_url, prefix, str(threads)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )


def test_didit_with_the_redis_store_on_one_thread(redis_url: str, prefix: str) -> None:
    done = _run(redis_url, prefix, threads=0)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "3 balances"


def test_didit_with_the_redis_store_shared_by_threads(redis_url: str, prefix: str) -> None:
    done = _run(redis_url, prefix, threads=4)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "11 balances"

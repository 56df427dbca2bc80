"""The blocking webhook receiver on the Redis deduplicator, as a Django or Flask site runs it.

Two receivers, each with its own ``RedisWebhookDeduplicator`` on one key space (two worker
processes of one site), take concurrent copies of one delivery from request threads: the
handler runs once, the copies are told to come back (503) or are duplicates, and nothing needs
an event loop of the caller's. Runs in a child process, like ``test_sync_client.py``: the
receiver's loop thread keeps its redis-py connections until the process ends.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow  # a child process

_SCRIPT = """
import json
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from didit_async.redis import RedisWebhookDeduplicator
from didit_async.webhooks import serialize, sign, webhook_receiver

url, prefix = sys.argv[1], sys.argv[2]
runs = []
gate = threading.Event()


def on_event(event):
    gate.wait(10)
    runs.append(event.event_id)


def receiver():
    dedup = RedisWebhookDeduplicator.from_url(url, prefix=prefix)
    return webhook_receiver(on_event, secrets="whsec_redis", deduplicator=dedup)


workers = [receiver(), receiver()]
now = int(time.time())
body = serialize({"event_id": "evt-redis", "webhook_type": "status.updated",
                  "session_id": "s1", "status": "Approved", "timestamp": now})
headers = sign(body, "whsec_redis", timestamp=now)
with ThreadPoolExecutor(max_workers=6) as pool:
    futures = [pool.submit(workers[i % 2].receive, body, headers) for i in range(6)]
    deadline = time.monotonic() + 10
    while sum(f.done() for f in futures) < 5 and time.monotonic() < deadline:
        time.sleep(0.01)
    gate.set()
    answers = sorted((f.result().status, f.result().detail) for f in futures)
after = [w.receive(body, headers).detail for w in workers]
print(json.dumps({"runs": runs, "answers": answers, "after": after}))
"""


def test_two_receivers_on_one_redis_run_the_handler_once(redis_url: str, prefix: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_SCRIPT), redis_url, prefix],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout)
    assert found["runs"] == ["evt-redis"]
    assert found["answers"] == [[200, "ok"], *[[503, "in progress"]] * 5]
    assert found["after"] == ["duplicate", "duplicate"]

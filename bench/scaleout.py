"""Scale-out rows: one limit shared by worker processes through Redis, goodput under chaos, and
webhook dedup across uvicorn workers.

``python -m bench --only redis`` runs the three; ``python -m bench.scaleout worker ...`` is the
worker process of the shared-limit row. Redis comes from ``DIDIT_TEST_REDIS_URL`` or a
``redis-server`` started here on loopback (``bench/redis_server.py``).

"Share of the limit" is sessions created ÷ (one window's burst + the limit per minute × minutes
of run time), i.e. against what a perfect client could have created in the same time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

import anyio

ROOT = Path(__file__).resolve().parent.parent
Row = dict[str, Any]
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]


def _perfect(limit: int, elapsed: float) -> float:
    """What a perfect client creates in ``elapsed`` seconds: a window's burst, then the rate."""
    return limit + limit * elapsed / 60.0


def _workflow(sandbox: Any) -> str:
    # Created behind the API's back, so it takes no write from the windows being measured.
    from didit_async.sandbox._handlers import HANDLERS, Call

    st = sandbox.state
    call = Call(st, st.default_app, {}, {}, {"workflow_label": "bench"}, {})
    return str(HANDLERS["workflows_create"](call)[1]["uuid"])


# --- a. shared limit across worker processes -------------------------------------------------


async def _worker(args: argparse.Namespace) -> None:
    from didit_async import AsyncDidit, ScopeLimit
    from didit_async.redis import RedisRateLimitStore

    limit = args.write_limit
    store = RedisRateLimitStore.from_url(args.redis, prefix=args.prefix) if args.redis else None
    limits = {
        "generic-write": ScopeLimit(limit, 60.0),
        "session-create": ScopeLimit(limit * 2, 60.0),
        "generic-get": ScopeLimit(limit * 2, 60.0),
    }
    retries = 0

    def on_retry(event: Any) -> None:
        nonlocal retries
        retries += 1

    ok = failed = 0
    async with AsyncDidit(
        api_key=args.api_key,
        rate_limits=limits,
        rate_limit_store=store,
        max_retries=8,
        on_retry=on_retry,
        verification_base_url=args.origin,
        apx_base_url=args.origin,
        auth_base_url=args.origin + "/auth/v2",
    ) as client:
        # Warm up (imports, first connection) the way a long-running worker is: the very first
        # request of a cold process can reach the server over a second after the limiter
        # admitted it, more than the limiter's 1 s margin.
        await client.workflows.retrieve(args.workflow)
        print("ready", flush=True)
        await anyio.to_thread.run_sync(sys.stdin.readline)  # "go", for every worker at once
        rows = (
            {"workflow_id": args.workflow, "vendor_data": f"{args.tag}-{i}"}
            for i in range(args.count)
        )
        # Few in flight per worker: the sandbox is one process on the same cores, and a long
        # queue there delays arrivals past the limiter's 1 s margin (Didit would not queue).
        async with client.sessions.create_many(rows, concurrency=4) as results:
            async for r in results:
                ok += r.ok
                failed += not r.ok
    if store is not None:
        await store.aclose()
    print(json.dumps({"ok": ok, "failed": failed, "retries": retries}), flush=True)


async def _shared_run(redis_url: str | None, limit: int, n: int, workers: int) -> dict[str, Any]:
    from didit_async.sandbox import Sandbox, SandboxConfig

    sandbox = Sandbox(SandboxConfig(rate_limit_scale=limit / 300, start_after=3600))
    wf = _workflow(sandbox)
    prefix = f"bench:{uuid.uuid4().hex[:8]}:"
    results: list[dict[str, Any]] = []
    async with sandbox.serve() as origin:
        procs = []
        for w in range(workers):
            cmd = [sys.executable, "-m", "bench.scaleout", "worker", "--origin", origin,
                   "--api-key", sandbox.api_key, "--workflow", wf, "--count", str(n // workers),
                   "--tag", f"w{w}", "--write-limit", str(limit), "--prefix", prefix]  # fmt: skip
            if redis_url:
                cmd += ["--redis", redis_url]
            procs.append(
                subprocess.Popen(  # noqa: ASYNC220 (starting it does not block; reads go to threads)
                    cmd, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
                )
            )
        for p in procs:
            assert p.stdout is not None
            line = await anyio.to_thread.run_sync(p.stdout.readline)
            assert line.strip() == "ready", line
        start = time.perf_counter()
        for p in procs:
            assert p.stdin is not None
            p.stdin.write("go\n")
            p.stdin.flush()
        for p in procs:
            assert p.stdout is not None
            out = await anyio.to_thread.run_sync(p.stdout.read)
            await anyio.to_thread.run_sync(p.wait)
            results.append(json.loads(out.strip().splitlines()[-1]))
        elapsed = time.perf_counter() - start
    vendors = [s.vendor_data for s in sandbox.state.sessions.values() if s.vendor_data]
    return {
        "created": len(vendors),
        "distinct": len(set(vendors)) == len(vendors),
        "ok": sum(r["ok"] for r in results),
        "failed": sum(r["failed"] for r in results),
        "throttled": sandbox.stats.throttled,
        "elapsed": elapsed,
        "used": len(vendors) / _perfect(limit, elapsed),
        "window_max": sandbox.stats.window_max.get("generic-write", 0),
    }


async def shared_limit(redis_url: str, *, limit: int = 120, n: int = 360, workers: int = 4) -> Row:
    shared = await _shared_run(redis_url, limit, n, workers)
    alone = await _shared_run(None, limit, n, workers)
    met = (
        shared["throttled"] == 0
        and shared["used"] >= 0.95
        and shared["distinct"]
        and shared["created"] == n
    )
    return {
        "row": "9. Shared limit, 4 processes",
        "target": "one key shared through RedisRateLimitStore: 0 429s, ≥ 95% of the limit, "
        "no session created twice",
        "result": f"{shared['throttled']} 429s, {shared['used'] * 100:.1f}% of the limit "
        f"(without the store: {alone['throttled']} 429s)",
        "met": met,
        "detail": f"{workers} worker processes × {n // workers} create_many rows against the "
        f"loopback sandbox enforcing {limit} writes/min. With RedisRateLimitStore: "
        f"{shared['created']} created in {shared['elapsed']:.1f} s, "
        f"{'no' if shared['distinct'] else 'SOME'} duplicates, {shared['failed']} failed, "
        f"busiest server window {shared['window_max']}/{limit}. Same run, each process "
        f"limiting alone: {alone['created']} created in {alone['elapsed']:.1f} s "
        f"({alone['used'] * 100:.1f}% of the limit), {alone['throttled']} 429s, "
        f"{alone['failed']} failed, {'no' if alone['distinct'] else 'SOME'} duplicates",
    }


# --- b. goodput under chaos ------------------------------------------------------------------


class _Chaos:
    """Faults on session creates, as a gateway in front of Didit would produce them.

    Per create: 5 % answer 429 (``Retry-After: 1``), 5 % a 5xx before the write, 5 % a 5xx
    after the write took effect (the answer is lost), and every request 0-50 ms of jitter.
    """

    def __init__(self, app: Any, seed: int = 11) -> None:
        self.app = app
        self.rng = random.Random(seed)
        self.counts = {"429": 0, "5xx_before": 0, "5xx_after": 0, "creates": 0}

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not (
            scope["method"] == "POST" and scope["path"].rstrip("/") == "/v3/session"
        ):
            await self.app(scope, receive, send)
            return
        self.counts["creates"] += 1
        await anyio.sleep(self.rng.random() * 0.05)
        r = self.rng.random()
        if r < 0.05:
            self.counts["429"] += 1
            reset = str(int(time.time()) + 1).encode()
            await _answer(send, 429, [(b"retry-after", b"1"), (b"x-ratelimit-reset", reset)])
            return
        if r < 0.10:
            self.counts["5xx_before"] += 1
            await _answer(send, self.rng.choice([502, 503, 504]), [])
            return
        if r < 0.15:
            self.counts["5xx_after"] += 1

            async def swallow(message: Message) -> None:
                pass

            await self.app(scope, receive, swallow)  # the write happens; its answer is lost
            await _answer(send, self.rng.choice([502, 503, 504]), [])
            return
        await self.app(scope, receive, send)


async def _answer(send: Callable[[Message], Awaitable[None]], status: int, extra: Any) -> None:
    body = b'{"detail": "Simulated failure."}'
    headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
    await send({"type": "http.response.start", "status": status, "headers": headers + extra})
    await send({"type": "http.response.body", "body": body})


async def chaos_goodput(*, limit: int = 600, n: int = 1450) -> Row:
    import httpx

    from didit_async import AsyncDidit, ScopeLimit
    from didit_async.sandbox import Sandbox, SandboxConfig

    sandbox = Sandbox(SandboxConfig(rate_limit_scale=limit / 300, start_after=3600))
    wf = _workflow(sandbox)
    chaos = _Chaos(sandbox.app)
    limits = {
        "generic-write": ScopeLimit(limit, 60.0),
        "session-create": ScopeLimit(limit * 2, 60.0),
        "generic-get": ScopeLimit(limit * 2, 60.0),
    }
    http = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=chaos), base_url=sandbox.config.base_url
    )
    ok = failed = recovered = 0
    async with AsyncDidit(
        api_key=sandbox.api_key,
        rate_limits=limits,
        max_retries=8,
        http_client=http,
        **sandbox.base_urls(),
    ) as client:
        start = time.perf_counter()
        rows = ({"workflow_id": wf, "vendor_data": f"chaos-{i}"} for i in range(n))
        async with client.sessions.create_many(rows, concurrency=32) as results:
            async for r in results:
                ok += r.ok
                failed += not r.ok
                recovered += r.recovered
        elapsed = time.perf_counter() - start
    vendors = [s.vendor_data for s in sandbox.state.sessions.values() if s.vendor_data]
    distinct = len(set(vendors)) == len(vendors)
    used = len(vendors) / _perfect(limit, elapsed)
    c = chaos.counts
    return {
        "row": "10. Chaos goodput",
        "target": "10% 5xx (half after the write), 5% 429, jitter: every row created exactly "
        "once, ≥ 70% of the limit",
        "result": f"{len(vendors)} of {n} created once each, {used * 100:.1f}% of the limit",
        "met": len(vendors) == n and distinct and ok == n and used >= 0.70,
        "detail": f"{n} create_many rows at {limit} writes/min in {elapsed:.1f} s; "
        f"{c['creates']} create attempts, of which {c['429']} answered 429, "
        f"{c['5xx_before']} a 5xx before the write, {c['5xx_after']} a 5xx after it, plus "
        f"{sandbox.stats.throttled} 429s from the server's own window; "
        f"{'no' if distinct else 'SOME'} duplicates, {ok} ok, {failed} failed, "
        f"{recovered} resolved by vendor_data. A perfect client creates "
        f"{_perfect(limit, elapsed):.0f} in that time; this row measured 22% while the "
        "limiter still halved its rate on every 429",
    }


# --- c. webhook dedup across uvicorn workers -------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _dedup_run(redis_url: str, mode: str, events: int, copies: int, workers: int) -> Any:
    import httpx
    from redis.asyncio import Redis

    from didit_async.webhooks import serialize, sign

    secret = "whsec_bench_dedup_" + uuid.uuid4().hex
    prefix = f"bench:{uuid.uuid4().hex[:8]}:"
    port = _free_port()
    env = {**os.environ, "BENCH_REDIS_URL": redis_url, "BENCH_PREFIX": prefix,
           "BENCH_SECRET": secret, "BENCH_DEDUP": mode}  # fmt: skip
    server = subprocess.Popen(  # noqa: ASYNC220 (starting it does not block)
        [sys.executable, "-m", "uvicorn", "bench.dedup_receiver:app", "--host", "127.0.0.1",
         "--port", str(port), "--workers", str(workers), "--log-level", "warning",
         "--no-access-log"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    redis = Redis.from_url(redis_url)
    answers: dict[str, int] = {}
    retries: dict[str, int] = {}  # the re-deliveries of copies answered "in progress"
    later: list[tuple[bytes, dict[str, str]]] = []
    try:
        url = f"http://127.0.0.1:{port}/"
        limits = httpx.Limits(max_connections=96, max_keepalive_connections=0)
        async with httpx.AsyncClient(limits=limits, timeout=30) as http:
            for _ in range(200):  # until the workers accept
                try:
                    await http.get(url)
                    break
                except httpx.TransportError:
                    await anyio.sleep(0.1)
            await anyio.sleep(2.0)  # let every worker finish importing
            gate = anyio.Semaphore(32)
            start = time.perf_counter()

            async def deliver(body: bytes, headers: dict[str, str], retry: bool) -> None:
                r = await http.post(url, content=body, headers=headers)
                key = r.json().get("detail", str(r.status_code))
                counts = retries if retry else answers
                counts[key] = counts.get(key, 0) + 1
                if key == "in progress" and not retry:
                    later.append((body, headers))

            async def event(i: int) -> None:
                async with gate:
                    ts = int(time.time())
                    body = serialize({"webhook_type": "status.updated", "session_id": f"s{i}",
                                      "status": "Approved", "timestamp": ts,
                                      "event_id": f"evt-{i}"})  # fmt: skip
                    headers = sign(body, secret, timestamp=ts)
                    async with anyio.create_task_group() as tg:
                        for _ in range(copies):  # Didit's retries, all at once
                            tg.start_soon(deliver, body, headers, False)

            async def again(body: bytes, headers: dict[str, str]) -> None:
                async with gate:
                    await deliver(body, headers, True)

            async with anyio.create_task_group() as tg:
                for i in range(events):
                    tg.start_soon(event, i)
            elapsed = time.perf_counter() - start
            # A copy answered "in progress" (503) is one Didit delivers again later (a minute
            # later, here at once): every first run is over by now.
            async with anyio.create_task_group() as tg:
                for body, headers in later:
                    tg.start_soon(again, body, headers)
        runs = {k.decode(): int(v) for k, v in (await redis.hgetall(f"{prefix}runs")).items()}
        await redis.delete(f"{prefix}runs")
    finally:
        await redis.aclose()
        server.terminate()
        server.wait(20)
    return runs, answers, retries, elapsed


async def webhook_dedup(
    redis_url: str, *, events: int = 1000, copies: int = 3, workers: int = 4
) -> Row:
    runs, answers, retries, elapsed = await _dedup_run(redis_url, "redis", events, copies, workers)
    runs_mem, answers_mem, _, _ = await _dedup_run(redis_url, "memory", events, copies, workers)
    total, total_mem = sum(runs.values()), sum(runs_mem.values())
    met = (
        total == events
        and len(runs) == events
        and set(answers) <= {"ok", "duplicate", "in progress"}
        and answers.get("ok") == events
        and set(retries) <= {"duplicate"}  # once the run is over, never a second run
    )
    return {
        "row": "11. Webhook dedup, 4 workers",
        "target": f"uvicorn --workers {workers} with RedisWebhookDeduplicator; {events:,} events "
        f"each delivered {copies}× concurrently: the handler runs exactly {events:,} times",
        "result": f"{total:,} handler runs (per-process dedup: {total_mem:,})",
        "met": met,
        "detail": f"{events * copies:,} deliveries in {elapsed:.1f} s, answers {answers} "
        f"(each 'in progress', a 503, delivered again after all of them, as Didit retries: "
        f"{retries}); "
        f"{len(runs):,} distinct events ran, the most runs of one event "
        f"{max(runs.values(), default=0)}. The same run with each worker's own "
        f"InMemoryDeduplicator: {total_mem:,} runs, up to {max(runs_mem.values(), default=0)} "
        f"of one event, answers {answers_mem}",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scaleout")
    sub = parser.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("worker", help="one worker process of the shared-limit row")
    for name in ("--origin", "--api-key", "--workflow", "--tag", "--prefix"):
        w.add_argument(name, required=True)
    w.add_argument("--count", type=int, required=True)
    w.add_argument("--write-limit", type=int, required=True)
    w.add_argument("--redis", default=None)
    args = parser.parse_args(argv)
    anyio.run(_worker, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``make bench``: every figure a ratio against a baseline measured in the same run.

Writes ``BENCHMARKS.md``. Sizes can be scaled down for a quick look:
``python -m bench --quick``. Each row checks its own correctness (counts, no duplicates).
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio

from bench.startup import startup

ROOT = Path(__file__).resolve().parent.parent
PEER_DIR = ROOT / ".bench-deps"

Row = dict[str, Any]


def _best(samples: list[float]) -> float:
    return statistics.median(samples)


# --- 1. per-call overhead -------------------------------------------------------------------


async def per_call(n: int, rounds: int) -> Row:
    import httpx

    from didit_async import AsyncDidit
    from didit_async.sandbox import Sandbox, SandboxConfig

    async def measure(raw: httpx.AsyncClient, client: AsyncDidit, sid: str) -> _Ratios:
        path = f"/v3/session/{sid}/decision/"

        async def bare() -> None:
            for _ in range(n):
                json.loads((await raw.get(path)).content)

        async def ours() -> None:
            for _ in range(n):
                await client.sessions.retrieve_decision(sid)

        await bare()
        await ours()  # warm both pools
        return await _interleaved_ratios(bare, ours, rounds)

    sandbox = Sandbox(SandboxConfig(rate_limiting=False, start_after=0, finish_after=0))
    headers = {"x-api-key": sandbox.api_key}
    async with sandbox.serve() as origin:
        async with httpx.AsyncClient(base_url=origin, headers=headers) as raw:
            wf = (await raw.post("/v3/workflows/", json={"workflow_label": "b"})).json()["uuid"]
            sid = (await raw.post("/v3/session/", json={"workflow_id": wf})).json()["session_id"]
            async with AsyncDidit(
                api_key=sandbox.api_key, rate_limiting=False, **sandbox.base_urls(origin)
            ) as client:  # type: ignore[arg-type]
                loop = await measure(raw, client, sid)
        # The same calls in-process, where nothing but the client code is left to measure.
        async with (
            httpx.AsyncClient(
                transport=sandbox.transport(), base_url=origin, headers=headers
            ) as raw_local,
            sandbox.client(rate_limiting=False) as local,
        ):
            local_r = await measure(raw_local, local, sid)
    ratio = loop.wall
    per = 1e6 / n
    return {
        "row": "1. Per-call overhead",
        "target": "≤ 1.15× bare httpx + json.loads",
        "result": f"{ratio:.2f}× on loopback",
        "met": ratio <= 1.15,
        "detail": f"{rounds} interleaved rounds of {n} sequential retrieve_decision against the "
        "loopback sandbox (served in the same process), each round timing bare then SDK or SDK "
        "then bare in turn; the result is the median of the rounds' SDK/bare ratios: SDK "
        f"{loop.ours * per:.0f} µs/call, bare {loop.base * per:.0f} µs/call (medians); "
        f"ratio of CPU time (process_time, insensitive to other processes) {loop.cpu:.2f}×, "
        f"of the fastest rounds {loop.best:.2f}×; rounds' ratios spread {loop.spread}. "
        f"In-process, with no socket at all: {local_r.wall:.2f}× (CPU {local_r.cpu:.2f}×; "
        f"{local_r.ours * per:.0f} vs {local_r.base * per:.0f} µs): the client's own cost "
        "(validation, limiter, retries, decoding) is about "
        f"{(local_r.ours - local_r.base) * per:.0f} µs a call. On loopback the SDK's own pool "
        "sends straight through httpx's transport (_http.DirectClient), skipping the work "
        "httpx.AsyncClient does per request (cookie jar, auth and redirect loops, header merge) "
        "that the bare side pays; that is why it can be faster than bare; in-process both sides "
        f"go through an httpx.AsyncClient. {_load_note()}",
    }


class _Ratios:
    """Per-round ratios of ``ours`` to ``base`` (wall and CPU time), summarised robustly."""

    def __init__(self, base: list[float], ours: list[float], cpu_ratios: list[float]) -> None:
        ratios = sorted(o / b for o, b in zip(ours, base, strict=True))
        self.wall = statistics.median(ratios)
        self.cpu = statistics.median(cpu_ratios)
        self.best = min(ours) / min(base)
        self.base, self.ours = statistics.median(base), statistics.median(ours)
        q = len(ratios) // 4
        self.spread = f"{ratios[q]:.2f}-{ratios[-q - 1]:.2f}× (quartiles)"


async def _interleaved_ratios(
    base: Callable[[], Awaitable[None]], ours: Callable[[], Awaitable[None]], rounds: int
) -> _Ratios:
    """Many short rounds, the order alternating, so load from other processes hits both alike.

    Each round's ratio compares two runs a few milliseconds apart; the median of the ratios
    shrugs off rounds where a neighbour took the CPU. CPU time (``process_time``) counts only
    this process's work, so it is the figure least moved by a busy machine.
    """
    walls: dict[str, list[float]] = {"base": [], "ours": []}
    cpu_ratios: list[float] = []
    for i in range(rounds):
        order = [("base", base), ("ours", ours)]
        if i % 2:
            order.reverse()
        cpu: dict[str, float] = {}
        for name, fn in order:
            c0, t0 = time.process_time(), time.perf_counter()
            await fn()
            walls[name].append(time.perf_counter() - t0)
            cpu[name] = time.process_time() - c0
        if cpu["base"] > 0:
            cpu_ratios.append(cpu["ours"] / cpu["base"])
    return _Ratios(walls["base"], walls["ours"], cpu_ratios)


def _load_note() -> str:
    load = os.getloadavg()
    return (
        f"Load average during the run {load[0]:.1f} (1 min) / {load[1]:.1f} (5 min) on "
        f"{os.cpu_count()} cores"
    )


# --- 2. decoding ----------------------------------------------------------------------------


def _decision_payload() -> dict[str, Any]:
    """A decision with every field Didit's published schema documents, one item per array.

    Built from ``../shared/reference/didit-openapi-facts.json`` beside the clone; without it, a
    sandbox decision with an AML hit (fewer fields).
    """
    from tools import facts_check, facts_payload

    if not facts_check.FACTS.exists():
        return _sandbox_decision()
    facts = json.loads(facts_check.FACTS.read_text())
    op = facts["paths"]["/v3/session/{sessionId}/decision/"]["get"]
    found = facts_payload.success_schema(op)
    assert found is not None
    payload: dict[str, Any] = facts_payload.build(facts, found[1])
    return payload


def _sandbox_decision() -> dict[str, Any]:
    from didit_async.sandbox import Sandbox, SandboxConfig
    from didit_async.sandbox._scenarios import outcome_for

    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    st = sandbox.state
    from didit_async.sandbox._handlers import HANDLERS, Call

    app = st.default_app
    call = Call(
        st,
        app,
        {},
        {},
        {
            "workflow_label": "KYC",
            "is_liveness_enabled": True,
            "is_face_match_enabled": True,
            "is_aml_enabled": True,
        },
        {},
    )
    wf = HANDLERS["workflows_create"](call)[1]["uuid"]
    created = HANDLERS["sessions_create"](
        Call(
            st,
            app,
            {},
            {},
            {
                "workflow_id": wf,
                "vendor_data": "bench",
                "sandbox_scenario": "review_aml_possible_match",
            },
            {},
        )
    )[1]
    sandbox.advance(60)
    s = st.sessions[created["session_id"]]
    s.outcome = outcome_for("aml_hit")
    return st.decision(s)


def decoding(calls: int, rounds: int) -> Row:
    """Bytes of a full decision to models: our client's path against the peer's best path."""
    from didit_async.models import SessionDecision, decode, decode_json

    raw = json.dumps(_decision_payload()).encode()
    cases: dict[str, Callable[[], object]] = {
        # What AsyncDidit does with a response body (didit_async._json, then the decoder).
        "ours": lambda: decode_json(SessionDecision, raw),
        "ours_stdlib": lambda: decode(SessionDecision, json.loads(raw)),
        "loads": lambda: json.loads(raw),
    }
    peer_note = ""
    try:
        if str(PEER_DIR) not in sys.path:
            # Appended, so the venv's httpx and pydantic are the ones imported.
            sys.path.append(str(PEER_DIR))
        from didit.models.decision import DecisionResponse  # type: ignore[import-not-found]

        # The peer's client does resp.json() then model_validate; pydantic's own JSON parser
        # is the other way it could go. The faster of the two is the baseline.
        cases["peer"] = lambda: DecisionResponse.model_validate(json.loads(raw))
        cases["peer_json"] = lambda: DecisionResponse.model_validate_json(raw)
    except ImportError as exc:
        peer_note = f" (peer SDK not importable: {exc})"
    t, cpu, rounds_ratios = _bench_interleaved(cases, calls, rounds)
    peer_time = min(t["peer"], t["peer_json"]) if "peer" in t else None
    speedup = statistics.median(rounds_ratios) if rounds_ratios else None
    detail = (
        f"bytes to models, {rounds} interleaved rounds of {calls} calls per case, the order "
        "rotating each round; the result is the median over rounds of the peer's faster path's "
        f"time over ours: ours {t['ours'] * 1e6:.1f} µs (json.loads + our decoders "
        f"{t['ours_stdlib'] * 1e6:.1f} µs; json.loads alone {t['loads'] * 1e6:.1f} µs; "
        "medians)"
    )
    if peer_time and rounds_ratios:
        ordered = sorted(rounds_ratios)
        q = len(ordered) // 4
        detail += (
            f"; peer json.loads + model_validate {t['peer'] * 1e6:.1f} µs, model_validate_json "
            f"{t['peer_json'] * 1e6:.1f} µs. Rounds' ratios spread {ordered[q]:.2f}-"
            f"{ordered[-q - 1]:.2f}× (quartiles); CPU time (process_time) ratio "
            f"{cpu:.2f}×. With json.loads on both sides: "
            f"{t['peer'] / t['ours_stdlib']:.2f}×. Our client parses with msgspec, which "
            "answers exactly as json.loads does or refuses (didit_async/_json.py)"
        )
    return {
        "row": "2. Decoding a full decision",
        "target": "≥ 1.25× the peer's speed",
        "result": f"{speedup:.2f}× peer" if speedup else "n/a",
        "met": bool(speedup and speedup >= 1.25),
        "detail": detail + f"; {len(raw)} bytes. {_load_note()}" + peer_note,
    }


def _bench_interleaved(
    cases: dict[str, Callable[[], object]], calls: int, rounds: int
) -> tuple[dict[str, float], float, list[float]]:
    """Per-call times of each case (median of rounds), the CPU-time speedup and each round's.

    The cases take turns, starting one later each round, so a neighbour's burst of load hits
    one round of every case rather than every round of one; a round's ratio compares runs
    milliseconds apart. The speedup is the peer's faster path over ours.
    """
    for fn in cases.values():
        for _ in range(200):
            fn()
    wall: dict[str, list[float]] = {name: [] for name in cases}
    ratios: list[float] = []
    cpu_ratios: list[float] = []
    names = list(cases)
    for i in range(rounds):
        cpu: dict[str, float] = {}
        for name in names[i % len(names) :] + names[: i % len(names)]:
            fn = cases[name]
            c0, t0 = time.process_time(), time.perf_counter()
            for _ in range(calls):
                fn()
            wall[name].append((time.perf_counter() - t0) / calls)
            cpu[name] = time.process_time() - c0
        if "peer" in cases:
            ratios.append(min(wall["peer"][-1], wall["peer_json"][-1]) / wall["ours"][-1])
            if cpu["ours"] > 0:
                cpu_ratios.append(min(cpu["peer"], cpu["peer_json"]) / cpu["ours"])
    medians = {name: statistics.median(v) for name, v in wall.items()}
    return medians, statistics.median(cpu_ratios) if cpu_ratios else 0.0, ratios


# --- 3 and 7. bulk, clean and under chaos ---------------------------------------------------


async def bulk(n: int, *, chaos: bool) -> Row:
    from didit_async import AsyncDidit, ScopeLimit
    from didit_async.sandbox import FaultConfig, Sandbox, SandboxConfig

    # Limits scaled so that n creates take about a minute at full speed (the client knows them).
    per_minute = max(60, n)
    scale = per_minute / 300
    faults = (
        FaultConfig(
            error_rate=0.10, rate_limit_burst_rate=0.05, drop_rate=0.02, jitter=0.002, seed=7
        )
        if chaos
        else FaultConfig()
    )
    sandbox = Sandbox(SandboxConfig(rate_limit_scale=scale, start_after=3600, faults=FaultConfig()))
    limits = {
        "generic-write": ScopeLimit(int(300 * scale), 60.0),
        "session-create": ScopeLimit(int(600 * scale), 60.0),
        "generic-get": ScopeLimit(int(600 * scale), 60.0),
    }

    async def run(client: AsyncDidit) -> tuple[int, int, float]:
        async with client:
            wf = (await client.workflows.create(workflow_label="bulk")).uuid
            sandbox.app.faults = faults
            sandbox.app.rng.seed(faults.seed)
            start = time.perf_counter()
            ok = failed = 0
            rows = ({"workflow_id": wf, "vendor_data": f"bulk-{i}"} for i in range(n))
            async with client.sessions.create_many(rows, concurrency=32) as results:
                async for r in results:
                    ok += r.ok
                    failed += not r.ok
            return ok, failed, time.perf_counter() - start

    if chaos:
        # In-process, where a dropped connection is a real transport error (over uvicorn an
        # aborted ASGI app still answers 500).
        ok, failed, elapsed = await run(sandbox.client(rate_limits=limits, max_retries=8))
    else:
        async with sandbox.serve() as origin:
            ok, failed, elapsed = await run(
                AsyncDidit(
                    api_key=sandbox.api_key,
                    rate_limits=limits,
                    max_retries=8,
                    **sandbox.base_urls(origin),
                )
            )  # type: ignore[arg-type]
    sessions = list(sandbox.state.sessions.values())
    vendors = [s.vendor_data for s in sessions if s.vendor_data]
    distinct = len(set(vendors)) == len(vendors)
    creates = sum(1 for s in sessions if s.vendor_data)
    used = creates / (elapsed / 60) / (300 * scale)
    stats = sandbox.stats
    row: Row
    if chaos:
        met = creates == n and distinct and ok == n
        row = {
            "row": "7. Chaos bulk",
            "target": f"exactly {n} distinct sessions, each "
            "vendor_data once, every failure accounted for",
            "result": f"{creates} sessions, {'no' if distinct else 'SOME'} duplicates, "
            f"{ok} ok + {failed} reported",
            "met": met,
            "detail": f"injected {stats.injected_5xx} 5xx, {stats.injected_429} 429, "
            f"{stats.dropped} dropped connections; {elapsed:.1f} s",
        }
    else:
        throttled = stats.throttled
        met = used >= 0.97 and throttled == 0 and distinct and creates == n
        row = {
            "row": "3. Bulk create_many",
            "target": "≥ 97% of the limit, 0 429s, 0 duplicates, 0 losses",
            "result": f"{used * 100:.1f}% of limit, {throttled} 429s",
            "met": met,
            "detail": f"{n} sessions in {elapsed:.1f} s against a "
            f"{int(300 * scale)}/min write limit; {creates} created, "
            f"{'no' if distinct else 'SOME'} duplicates, {failed} failed",
        }
    return row


# --- 8. transactions bulk -------------------------------------------------------------------


async def transactions_bulk(n: int) -> Row:
    from didit_async import AsyncDidit, ScopeLimit
    from didit_async.sandbox import Sandbox, SandboxConfig

    # Measured as row 3 is: ingest-write scaled to n per minute, one request of the scope
    # before the batch (an event ingest), so the batch must cross one window boundary: the
    # last submit waits for the first admission to leave the window, and n submits in the
    # elapsed time, against the limit, is the share of the limit the client used.
    scale = max(60, n) / 600
    limit = int(600 * scale)
    sandbox = Sandbox(SandboxConfig(rate_limit_scale=scale))
    limits = {"ingest-write": ScopeLimit(limit, 60.0), "generic-get": ScopeLimit(limit, 60.0)}
    rows = (
        {
            "transaction_id": f"tx-{i}",
            "transaction_category": "finance",
            "transaction_details": {"amount": str(i % 500), "currency": "EUR"},
            "subject": {"vendor_data": f"user-{i % 1000}"},
        }
        for i in range(n)
    )
    async with sandbox.serve() as origin:
        client = AsyncDidit(
            api_key=sandbox.api_key, rate_limits=limits, max_retries=8, **sandbox.base_urls(origin)
        )  # type: ignore[arg-type]
        async with client:
            await client.events.ingest(event_type="bench.start")
            start = time.perf_counter()
            ok = failed = 0
            async with client.transactions.create_many(rows, concurrency=32) as results:
                async for r in results:
                    ok += r.ok
                    failed += not r.ok
            elapsed = time.perf_counter() - start
    ids = [tx["transaction_id"] for tx in sandbox.state.entities.transactions.values()]
    distinct = len(set(ids)) == len(ids)
    used = len(ids) / (elapsed / 60) / limit
    throttled = sandbox.stats.throttled
    peak = sandbox.stats.window_max.get("ingest-write", 0)
    return {
        "row": "12. Transactions bulk",
        "target": "≥ 97% of ingest-write, 0 429s, 0 duplicates, 0 losses",
        "result": f"{used * 100:.1f}% of limit, {throttled} 429s",
        "met": used >= 0.97 and throttled == 0 and distinct and len(ids) == n and ok == n,
        "detail": f"{n} transactions (transactions.create_many) in {elapsed:.1f} s against a "
        f"{limit}/min ingest-write limit, measured as row 3; busiest 60 s window at the "
        f"server {peak}/{limit}; {len(ids)} stored, {'no' if distinct else 'SOME'} "
        f"duplicates, {failed} failed",
    }


# --- 4. polling -----------------------------------------------------------------------------


class _SharedClock:
    """The sandbox's clock, driven by the client's FakeClock."""

    virtual = True

    def __init__(self, clock: Any, start: float) -> None:
        self._clock, self._base = clock, start - clock.now()

    def now(self) -> float:
        return float(self._base + self._clock.now())

    def advance(self, seconds: float) -> None:
        self._clock.advance(seconds)


async def polling(n: int) -> Row:
    from didit_async import FakeClock, Watcher
    from didit_async.sandbox import Sandbox, SandboxConfig

    clock = FakeClock()
    # The sandbox enforces Didit's 600/min GET limit on the client's virtual clock, so a 429 is
    # counted exactly where Didit would send one.
    sandbox = Sandbox(SandboxConfig(virtual_time=True, start_after=10**6))
    st = sandbox.state
    st.clock = _SharedClock(clock, st.clock.now())
    from didit_async.sandbox._handlers import HANDLERS, Call

    app = st.default_app
    wf = HANDLERS["workflows_create"](Call(st, app, {}, {}, {"workflow_label": "p"}, {}))[1]["uuid"]
    ids = [
        HANDLERS["sessions_create"](Call(st, app, {}, {}, {"workflow_id": wf}, {}))[1]["session_id"]
        for _ in range(n)
    ]
    polls: dict[str, list[float]] = {}
    tracemalloc.start()
    async with sandbox.client(clock=clock) as client:
        done = anyio.Event()
        twice = set()

        async def counted(sid: str) -> Any:
            decision = await client.sessions.retrieve_decision(sid)
            polls.setdefault(sid, []).append(clock.now())
            if len(polls[sid]) == 3:
                twice.add(sid)
                if len(twice) == n:
                    done.set()
            return decision

        # Runs until every session has been polled three times (two full gaps each).
        async with (
            Watcher(counted, ids, clock=clock, min_interval=0, rate=10.0) as changes,
            anyio.create_task_group() as tg,
        ):

            async def drain() -> None:
                async for _ in changes:
                    pass

            tg.start_soon(drain)
            await done.wait()
            tg.cancel_scope.cancel()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # Steady state: the gap between the 2nd and 3rd poll of each session (the first round is
    # the start-up burst that fills the empty window).
    gaps = sorted(p[2] - p[1] for p in polls.values() if len(p) >= 3)
    worst = gaps[-1] if gaps else float("inf")
    median = gaps[len(gaps) // 2] if gaps else float("inf")
    ideal = n / 10.0
    return {
        "row": "4. Polling with watch",
        "target": f"0 429s, worst staleness within 10% of {n} / 600 per min = {ideal:.0f} s",
        "result": f"worst {worst:.0f} s ({worst / ideal:.2f}× ideal), "
        f"{sandbox.stats.throttled} 429s",
        "met": worst <= ideal * 1.1 and sandbox.stats.throttled == 0,
        "detail": f"{n} sessions, {sum(len(p) for p in polls.values())} polls in "
        f"{clock.now():.0f} virtual s; median steady-state gap {median:.0f} s; peak traced "
        f"memory {peak / 2**20:.1f} MB. The sandbox enforces the 600/min GET limit on the same "
        "virtual clock; the gap sits about 1/60 above ideal because the client keeps a 1 s "
        "safety margin on each 60 s window",
    }


# --- 5. webhooks ----------------------------------------------------------------------------


def webhooks(calls: int) -> Row:
    """``bench.webhooks``: agreement over the delivery corpus, then speed on four deliveries."""
    from bench import webhooks as wh

    f = wh.run(calls)
    shapes = {k: v for k, v in f.items() if isinstance(v, dict)}
    worst = min(v["speedup"] for v in shapes.values())
    per_shape = "; ".join(
        f"{name.replace('_', ' ')} ({v['bytes']} B) {v['verify_us']:.1f} vs "
        f"{v['reference_us']:.1f} µs = {v['speedup']:.2f}×"
        for name, v in shapes.items()
    )
    return {
        "row": "5. Webhook verify",
        "target": "at least as fast as a straightforward reference, same answers",
        "result": f"{worst:.2f}× to {max(v['speedup'] for v in shapes.values()):.2f}× reference",
        "met": bool(f["met"]),
        "detail": f"same answer on all {f['cases']} corpus deliveries "
        f"({f['accepted']} accepted, {f['rejected']} rejected), {f['disagreements']} "
        f"disagreements; verify vs reference, best of 15 interleaved rounds: {per_shape}. "
        "The reference is the docs' sample with every rule verify has (`bench/webhooks.py`)",
    }


# --- 6. pagination memory -------------------------------------------------------------------


async def pagination(n: int) -> Row:
    from didit_async.sandbox import Sandbox, SandboxConfig
    from didit_async.sandbox._handlers import HANDLERS, Call

    sandbox = Sandbox(SandboxConfig(virtual_time=True, rate_limiting=False, start_after=10**6))
    st = sandbox.state
    app = st.default_app
    wf = HANDLERS["workflows_create"](Call(st, app, {}, {}, {"workflow_label": "p"}, {}))[1]["uuid"]
    for i in range(n):
        HANDLERS["sessions_create"](
            Call(st, app, {}, {}, {"workflow_id": wf, "vendor_data": f"v{i}"}, {})
        )
    gc.collect()
    seen = set()
    async with sandbox.client() as client:
        tracemalloc.start()
        base, _ = tracemalloc.get_traced_memory()
        count = 0
        async for row in client.sessions.list(limit=500):
            count += 1
            if count % 997 == 0:
                seen.add(row.session_id)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    growth = (peak - base) / 2**20
    return {
        "row": "6. Pagination memory",
        "target": f"iterating {n:,} sessions: peak growth < 20 MB",
        "result": f"{growth:.1f} MB",
        "met": growth < 20 and count == n,
        "detail": f"{count:,} items walked page by page (500 per page); the sandbox's own "
        "state is allocated before measuring",
    }


# --- 8. sync per-call overhead --------------------------------------------------------------


def sync_per_call(n: int) -> Row:
    """``Didit`` against bare blocking httpx, both calling a sandbox served by another process.

    The server runs in its own process so neither side pays for it in this one; rounds of ``n``
    sequential calls alternate between the two and the medians are compared.
    """
    import httpx

    from didit_async import Didit, ScopeLimit

    server = subprocess.Popen(
        [sys.executable, "-m", "didit_async.sandbox", "--port", "0", "--rate-limit-scale", "1000"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        info = json.loads(server.stdout.readline())
        origin, key = info["origin"], info["api_key"]
        urls = {k: info[k] for k in ("verification_base_url", "apx_base_url", "auth_base_url")}
        with (
            httpx.Client(base_url=origin, headers={"x-api-key": key}) as raw,
            Didit(api_key=key, rate_limiting=False, **urls) as client,
            # Limits high enough never to make a call wait: what is left is the limiter's cost.
            Didit(
                api_key=key, rate_limits={"generic-get": ScopeLimit(10**9, 60.0)}, **urls
            ) as limited,
        ):
            wf = raw.post("/v3/workflows/", json={"workflow_label": "b"}).json()["uuid"]
            sid = raw.post("/v3/session/", json={"workflow_id": wf}).json()["session_id"]
            path = f"/v3/session/{sid}/decision/"

            def bare() -> None:
                for _ in range(n):
                    json.loads(raw.get(path).content)

            def ours() -> None:
                for _ in range(n):
                    client.sessions.retrieve_decision(sid)

            def ours_limited() -> None:
                for _ in range(n):
                    limited.sessions.retrieve_decision(sid)

            cases = {"bare": bare, "ours": ours, "limited": ours_limited}
            for fn in cases.values():
                fn()  # warm the pools
            samples: dict[str, list[float]] = {k: [] for k in cases}
            for _ in range(15):
                for name, fn in cases.items():
                    start = time.perf_counter()
                    fn()
                    samples[name].append(time.perf_counter() - start)
    finally:
        server.terminate()
        server.wait()
    t = {k: _best(v) / n for k, v in samples.items()}
    ratio = t["ours"] / t["bare"]
    return {
        "row": "8. Sync per-call overhead",
        "target": "≤ 1.25× bare sync httpx + json.loads",
        "result": f"{ratio:.2f}× on loopback",
        "met": ratio <= 1.25,
        "detail": f"{n} sequential sessions.retrieve_decision per round, 15 interleaved rounds, "
        f"median, against the sandbox served by another process: Didit {t['ours'] * 1e6:.0f} "
        f"µs/call, bare httpx.Client {t['bare'] * 1e6:.0f} µs/call; with client-side rate "
        f"limiting on (limits never reached) {t['limited'] * 1e6:.0f} µs/call "
        f"({t['limited'] / t['bare']:.2f}×). Each call runs the AsyncDidit code on the calling "
        "thread's own event loop, over a blocking pool (docs/ARCHITECTURE.md §5), sent straight "
        "through httpx's transport: the per-request work of httpx's client layer (cookie jar, "
        "auth and redirect loops, header merge), which the bare side pays, is skipped",
    }


# --- report ---------------------------------------------------------------------------------


def install_peer() -> None:
    if (PEER_DIR / "didit").exists():
        return
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--target",
            str(PEER_DIR),
            "didit-sdk==0.4.0",
        ],
        check=False,
    )


def _scaleout_plan(q: bool) -> list[tuple[str, Callable[[], Any]]]:
    """Rows 9-11 (``bench/scaleout.py``); Redis from DIDIT_TEST_REDIS_URL or started here."""
    from bench import scaleout
    from bench.redis_server import redis_url

    def with_redis(row: Callable[[str], Any]) -> Callable[[], Any]:
        def run() -> Any:
            with redis_url() as url:
                return anyio.run(row, url)

        return run

    return [
        (
            "shared_limit",
            with_redis(lambda url: scaleout.shared_limit(url, n=240 if q else 360)),
        ),
        ("chaos_goodput", lambda: anyio.run(lambda: scaleout.chaos_goodput(n=600 if q else 1450))),
        (
            "webhook_dedup",
            with_redis(lambda url: scaleout.webhook_dedup(url, events=200 if q else 1000)),
        ),
    ]


async def _lost_writes(n: int, rounds: int) -> Row:
    """Row 13 (``bench/lost_writes.py``): 5xx after the write, against a perfect client."""
    from bench.lost_writes import chaos_after_write

    return await chaos_after_write(n, rounds)


def _merge(existing: str, fresh: list[Row]) -> list[Row]:
    """The rows of an existing BENCHMARKS.md, ``fresh`` ones replacing those of the same number.

    Each kept row keeps its own date: its ``measured`` cell, or for a table written before that
    column existed, the date in the file's "Measured ..." line.
    """
    by_name = {r["row"].split(".")[0]: r for r in fresh}
    old_date = next(
        (ln.split()[1].rstrip(",") for ln in existing.splitlines() if ln.startswith("Measured ")),
        "",
    )
    merged: list[Row] = []
    for line in existing.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) not in (5, 6) or not cells[0][:1].isdigit():
            continue
        number = cells[0].split(".")[0]
        if number in by_name:
            merged.append(by_name.pop(number))
        else:
            measured, detail = (cells[4], cells[5]) if len(cells) == 6 else (old_date, cells[4])
            merged.append(
                {
                    "row": cells[0],
                    "target": cells[1],
                    "result": cells[2],
                    "met": cells[3] == "yes",
                    "measured": measured,
                    "detail": detail,
                }
            )
    return merged + list(by_name.values())


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="small sizes, a quick look")
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument(
        "--only",
        help="comma-separated row names to run (per_call, decoding, bulk, polling, webhooks, "
        "pagination, chaos, sync, transactions, shared_limit, chaos_goodput, webhook_dedup, "
        "lost_writes; "
        "startup; "
        "'redis' = the three scale-out rows); their rows replace the same rows in --out, the "
        "others are kept",
    )
    args = parser.parse_args()
    q = args.quick
    if not args.only or "decoding" in args.only:
        install_peer()
    rows: list[Row] = []
    plan: list[tuple[str, Callable[[], Any]]] = [
        ("per_call", lambda: anyio.run(per_call, 20 if q else 50, 10 if q else 40)),
        ("decoding", lambda: decoding(20, 100 if q else 400)),
        ("bulk", lambda: anyio.run(lambda: bulk(300 if q else 3000, chaos=False))),
        ("polling", lambda: anyio.run(polling, 1000 if q else 10_000)),
        ("webhooks", lambda: webhooks(100 if q else 1000)),
        ("pagination", lambda: anyio.run(pagination, 10_000 if q else 100_000)),
        ("chaos", lambda: anyio.run(lambda: bulk(300 if q else 3000, chaos=True))),
        ("sync", lambda: sync_per_call(100 if q else 200)),
        *_scaleout_plan(q),
        ("transactions", lambda: anyio.run(transactions_bulk, 300 if q else 3000)),
        ("lost_writes", lambda: anyio.run(_lost_writes, 300, 3 if q else 7)),
        ("startup", lambda: startup(10 if q else 20)),
    ]
    if args.only:
        wanted = set(args.only.split(","))
        if "redis" in wanted:
            wanted |= {"shared_limit", "chaos_goodput", "webhook_dedup"}
        plan = [(name, run) for name, run in plan if name in wanted]
    today = str(datetime.date.today())
    for name, run in plan:
        print(f"running {name} ...", flush=True)
        row = run()
        row["measured"] = today
        print(f"  {row['row']}: {row['result']} ({'met' if row['met'] else 'MISSED'})", flush=True)
        rows.append(row)
    lines = [
        "# Benchmarks",
        "",
        f"Measured on {platform.machine()} with {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, by `python -m bench` (`make bench`; `--only` re-measures "
        "some rows and keeps the others, each with the date in its own column). Every figure is "
        "a ratio against a baseline measured in the same run."
        + (" Sizes from `--quick`." if q else ""),
        "",
        "| row | target | result | met | measured | detail |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    if args.only and args.out.exists():
        rows = _merge(args.out.read_text(), rows)
    for r in rows:
        lines.append(
            f"| {r['row']} | {r['target']} | {r['result']} | "
            f"{'yes' if r['met'] else '**no**'} | {r['measured']} | {r['detail']} |"
        )
    args.out.write_text("\n".join(lines) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

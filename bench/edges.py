"""Receiving under load: the webhook deduplicator when full, and the sandbox reading big bodies.

Every figure is a ratio against a baseline measured in the same run:

* dedup: the cost of one event in ``InMemoryDeduplicator`` (its claim, then the ``complete``
  that the endpoint makes after the handler) in a full store (100,000 handled events, each new
  event evicting the oldest; then each expiring a batch of older ones) against the same event
  in an empty store (flat means a ratio near 1), and the one event that follows a quiet spell
  in which the whole full store expired. The same workload also runs on
  ``NaiveDedup``, the plain-dict store the deduplicator used before, for comparison;
* request bodies: the time per megabyte for ``read_body`` (what the sandbox, the webhook
  endpoint and the CLI listener read bodies with) to take a 40 MB body in 64 KiB chunks, as a
  server hands them over, against a 10 MB one (1 means linear), beside the same for appending
  each chunk to a bytes object (how the sandbox read before); and a whole sandbox request
  with a 40 MB JSON body: its time and its peak traced memory against the body's size.

``python -m bench.edges`` prints the figures; ``run()`` returns them.
"""

from __future__ import annotations

import gc
import math
import statistics
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import anyio

from didit_async._webhook_asgi import read_body
from didit_async.sandbox import Sandbox, SandboxConfig
from didit_async.webhooks import InMemoryDeduplicator

FULL = 100_000


class NaiveDedup:
    """The store as it was: a dict in insertion order, popped from the front."""

    def __init__(self, *, ttl: float, max_entries: int, clock: Callable[[], float]) -> None:
        self._ttl, self._max, self._clock = ttl, max_entries, clock
        self._claims: dict[str, float] = {}

    async def claim(self, event_id: str) -> bool:
        now = self._clock()
        claims = self._claims
        while claims:
            first = next(iter(claims))
            if claims[first] > now:
                break
            del claims[first]
        if event_id in claims:
            return False
        claims[event_id] = now + self._ttl
        if len(claims) > self._max:
            del claims[next(iter(claims))]
        return True


async def _handle(dedup: Any, event_id: str) -> None:
    """One delivered event: the claim, and the completion when the store has leases."""
    claim = await dedup.claim(event_id)
    complete = getattr(dedup, "complete", None)
    if complete is not None:
        await complete(event_id, claim.token)


class _Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


async def _claims(make: Callable[..., Any], *, fill: int, n: int, expire: bool) -> list[float]:
    """Seconds per event for ``n`` new events after ``fill`` events, one event per ms.

    With ``expire`` the TTL is the fill's span, so from then on every new event finds older
    claims expired at the front (a steady stream); otherwise the TTL is a day and every new
    event evicts the oldest claim (a full store).
    """
    clock = _Clock()
    ttl = fill / 1000 if expire else 86400.0
    dedup = make(ttl=max(ttl, 1.0), max_entries=FULL, clock=clock)
    for i in range(fill):
        clock.t = i / 1000
        await _handle(dedup, f"fill-{i}")
    samples = []
    gc.collect()
    gc.disable()  # a collection pass over 100,000 claims is not the store's cost
    try:
        for i in range(n):
            clock.t = (fill + i) / 1000
            start = time.perf_counter()
            await _handle(dedup, f"new-{i}")
            samples.append(time.perf_counter() - start)
    finally:
        gc.enable()
    return samples


async def _after_quiet_spell(make: Callable[..., Any]) -> float:
    """Seconds for the first event after a full store has expired all at once."""
    clock = _Clock()
    dedup = make(ttl=60.0, max_entries=FULL, clock=clock)
    for i in range(FULL):
        await _handle(dedup, f"fill-{i}")
    clock.t = 3600.0
    gc.collect()
    start = time.perf_counter()
    await _handle(dedup, "after-the-quiet")
    return time.perf_counter() - start


async def dedup_row(n: int = 20_000) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, make in (("ours", InMemoryDeduplicator), ("naive dict", NaiveDedup)):
        for case, expire in (("evicting", False), ("expiring", True)):
            empty = await _claims(make, fill=0, n=n, expire=expire)
            full = await _claims(make, fill=FULL, n=n, expire=expire)
            out[f"{name}, {case}"] = {
                "empty_us": statistics.mean(empty) * 1e6,
                "full_us": statistics.mean(full) * 1e6,
                "ratio": statistics.mean(full) / statistics.mean(empty),
                "p99_full_us": sorted(full)[int(len(full) * 0.99)] * 1e6,
            }
        out[f"{name}, after a quiet spell"] = {"ms": await _after_quiet_spell(make) * 1e3}
    return out


async def _post_body(sandbox: Sandbox, size: int, chunk: int = 64 * 1024) -> tuple[float, int]:
    """Seconds and peak traced bytes for the sandbox to take a ``size``-byte control body."""
    payload = b'{"seconds": 0' + b" " * (size - 14) + b"}"
    pieces = [payload[i : i + chunk] for i in range(0, len(payload), chunk)]
    sent: list[Any] = []
    index = 0

    async def receive() -> dict[str, Any]:
        nonlocal index
        index += 1
        return {
            "type": "http.request",
            "body": pieces[index - 1],
            "more_body": index < len(pieces),
        }

    async def send(message: Any) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/sandbox/clock/advance/",
             "query_string": b"", "headers": []}  # fmt: skip
    gc.collect()
    tracemalloc.start()
    start = time.perf_counter()
    await sandbox.app(scope, receive, send)
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert sent[0]["status"] == 200, sent
    return elapsed, peak


async def _read(reader: Callable[..., Any], size: int, chunk: int = 64 * 1024) -> float:
    """Seconds for ``reader`` to take a ``size``-byte body from an ASGI receive."""
    piece = b" " * chunk
    count = size // chunk
    index = 0

    async def receive() -> dict[str, Any]:
        nonlocal index
        index += 1
        return {"type": "http.request", "body": piece, "more_body": index < count}

    gc.collect()
    start = time.perf_counter()
    body = await reader(receive)
    elapsed = time.perf_counter() - start
    assert len(body) == count * chunk
    return elapsed


async def _ours(receive: Any) -> bytes:
    return await read_body(receive, {}, max_bytes=1 << 40, time_limit=math.inf)


async def _concatenating(receive: Any) -> bytes:
    # How the sandbox read bodies before: appending each chunk to a bytes object.
    body = b""
    more = True
    while more:
        message = await receive()
        body += message.get("body", b"")
        more = bool(message.get("more_body"))
    return body


async def body_row() -> dict[str, Any]:
    small, big = 10_000_000, 40_000_000
    out: dict[str, Any] = {}
    for name, reader in (("ours", _ours), ("concatenating", _concatenating)):
        t_small = min([await _read(reader, small) for _ in range(3)])
        t_big = min([await _read(reader, big) for _ in range(2 if name == "ours" else 1)])
        out[name] = {
            "small_ms": t_small * 1e3,
            "big_ms": t_big * 1e3,
            "per_mb_ratio": (t_big / big) / (t_small / small),
        }
    sandbox = Sandbox(SandboxConfig(max_body_bytes=64 * 1024 * 1024))
    seconds, peak = await _post_body(sandbox, big)
    out["sandbox_request"] = {"seconds": seconds, "peak_over_size": peak / big}
    return out


async def run() -> dict[str, Any]:
    """Every figure of this module."""
    return {"dedup": await dedup_row(), "sandbox_bodies": await body_row()}


def main() -> None:
    figures = anyio.run(run)
    for name, row in figures["dedup"].items():
        if "ms" in row:
            print(f"dedup {name:32s} one event {row['ms']:8.3f} ms")
            continue
        print(
            f"dedup {name:32s} empty {row['empty_us']:7.2f} us  full {row['full_us']:9.2f} us"
            f"  ratio {row['ratio']:6.2f}x  p99 full {row['p99_full_us']:8.2f} us"
        )
    b = figures["sandbox_bodies"]
    for name in ("ours", "concatenating"):
        row = b[name]
        print(
            f"read body {name:14s} 10 MB {row['small_ms']:8.1f} ms  40 MB {row['big_ms']:8.1f} ms"
            f"  time per MB 40 vs 10 MB: {row['per_mb_ratio']:.2f}x"
        )
    req = b["sandbox_request"]
    print(
        f"sandbox request with a 40 MB JSON body: {req['seconds']:.3f} s, peak traced memory "
        f"{req['peak_over_size']:.2f}x the body"
    )


if __name__ == "__main__":
    main()

"""`didit sessions bulk-create` stopped half way (Ctrl-C, or killed outright) and run again.

A real `didit` process against the sandbox served on loopback. The sandbox holds every create's
answer back for a while after the session is made (``delay_after_write``), so the stop lands
with rows sent and unanswered; and its users finish in a fraction of a second, so a row sent
again after its session finished gets a second session (Didit reuses only unfinished ones),
which is what a rerun that forgot what it sent did.
"""

from __future__ import annotations

import collections
import csv
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import anyio
import attrs
import pytest

from didit_async import AsyncDidit
from didit_async.sandbox import FaultConfig, Sandbox, SandboxConfig
from tests.loopback import serve_in_thread

pytestmark = pytest.mark.slow

ROWS = 20
STOP_AFTER = 6  # results recorded before the stop


@attrs.define
class Served:
    sandbox: Sandbox
    origin: str
    seen: list[tuple[str, str, dict[str, list[str]]]]  # method, path, query of every request

    def lookups(self, since: int) -> int:
        """Session-list calls by vendor_data (the SDK's lookup of a create) from ``since`` on."""
        return sum(
            1
            for m, p, q in self.seen[since:]
            if (m, p) == ("GET", "/v3/sessions/") and "vendor_data" in q
        )


@pytest.fixture
def served() -> Iterator[Served]:
    sandbox = Sandbox(
        SandboxConfig(
            start_after=0.05, finish_after=0.1, faults=FaultConfig(delay_after_write=0.25)
        )
    )
    seen: list[tuple[str, str, dict[str, list[str]]]] = []

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            seen.append((scope["method"], scope["path"], parse_qs(scope["query_string"].decode())))
        await sandbox.app(scope, receive, send)

    with serve_in_thread(app) as (host, port):
        origin = f"http://{host}:{port}"
        sandbox.state.base_url = origin
        yield Served(sandbox, origin, seen)


def _client(served: Served) -> AsyncDidit:
    return AsyncDidit(served.sandbox.api_key, base_url=served.origin)


def _workflow(served: Served) -> str:
    async def make() -> str:
        async with _client(served) as c:
            wf = await c.workflows.create(workflow_label="Bulk", workflow_type="kyc")
            return str(wf.uuid)

    return anyio.run(make)


def _sessions_per_vendor(served: Served) -> collections.Counter[str]:
    async def count() -> collections.Counter[str]:
        async with _client(served) as c:
            return collections.Counter(
                [s.vendor_data or "" async for s in c.sessions.list(session_kind="all")]
            )

    return anyio.run(count)


def _didit(served: Served, tmp: Path, *args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIDIT_")}
    env.update(
        DIDIT_API_KEY=served.sandbox.api_key,
        DIDIT_BASE_URL=served.origin,
        XDG_CONFIG_HOME=str(tmp / "config"),
        PYTHONPATH=str(Path(__file__).resolve().parents[2]),
    )
    return subprocess.Popen(
        [sys.executable, "-m", "didit_async.cli", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _result_rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    return list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))


def _journal_lines(results: Path) -> list[str]:
    journal = results.with_name(results.name + ".journal")
    return journal.read_text().splitlines() if journal.exists() else []


def _journaled(line: str) -> str:
    return str(json.loads(line)["key"])


def _stop_mid_run(proc: subprocess.Popen[str], results: Path, sig: int) -> tuple[int, str]:
    deadline = time.monotonic() + 30
    while len(_result_rows(results)) < STOP_AFTER:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the run recorded nothing"
        time.sleep(0.02)
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=60)
    return proc.returncode, out + err


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["sigint", "sigkill"])
def test_a_stopped_bulk_create_run_again_makes_every_row_once(
    served: Served, tmp_path: Path, sig: int
) -> None:
    workflow_id = _workflow(served)
    src = tmp_path / "rows.csv"
    src.write_text("vendor_data\n" + "".join(f"user-{i}\n" for i in range(ROWS)))
    results = tmp_path / "results.csv"
    args = (
        "sessions", "bulk-create", "--from-csv", str(src), "--workflow-id", workflow_id,
        "-o", str(results), "--concurrency", "4",
    )  # fmt: skip

    code, err = _stop_mid_run(_didit(served, tmp_path, *args), results, sig)
    assert code == (130 if sig == signal.SIGINT else -signal.SIGKILL), err
    if sig == signal.SIGINT:
        assert "Interrupted: run the same command again" in " ".join(err.split())
    recorded = {r["vendor_data"] for r in _result_rows(results)}
    assert len(recorded) < ROWS, "the stop landed after the run had finished"
    # Rows that made a session without a recorded result, as Didit sees them; and the rows
    # the journal says were sent (before their request left) without a recorded result.
    made_unrecorded = set(_sessions_per_vendor(served)) - recorded
    journaled = {_journaled(line) for line in _journal_lines(results) if line.endswith("}")}
    sent_unrecorded = journaled - recorded
    mark = len(served.seen)

    rerun = _didit(served, tmp_path, *args)
    out, err = rerun.communicate(timeout=60)
    assert rerun.returncode == 0, err

    per_vendor = _sessions_per_vendor(served)
    duplicates = sum(n - 1 for n in per_vendor.values())
    rows = _result_rows(results)
    per_row = collections.Counter(int(r["row"]) for r in rows)
    missing = [i for i in range(1, ROWS + 1) if per_row[i] != 1]
    lookups = served.lookups(mark)
    print(
        f"\n{signal.Signals(sig).name}: recorded by the stopped run {len(recorded)}, "
        f"journaled-but-unrecorded {len(sent_unrecorded)}, of which Didit had made "
        f"{len(made_unrecorded)}; rerun lookups {lookups}, "
        f"duplicates {duplicates}, missing {len(missing)}"
    )
    assert duplicates == 0, {v: n for v, n in per_vendor.items() if n > 1}
    assert missing == []
    assert set(per_vendor) == {f"user-{i}" for i in range(ROWS)}
    # Every row's recorded session is the one Didit holds for it.
    held = {s.vendor_data: s.session_id for s in served.sandbox.state.sessions.values()}
    assert all(held[r["vendor_data"]] == r["session_id"] for r in rows)
    # Every row that made a session without a result was journaled as sent, and only the rows
    # journaled without a result were looked up: at most the rows in flight at the stop.
    assert made_unrecorded <= sent_unrecorded
    assert lookups <= len(sent_unrecorded) <= 4
    assert f"{len(recorded)} already done" in out + err

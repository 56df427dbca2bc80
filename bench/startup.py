"""Row 13: the cost of starting up: ``import didit_async`` plus building a client, in fresh
processes, against a bare ``import httpx`` measured in the same run, and against the same SDK
generated from half of the spec's operations (import time must not grow with the API).

Each sample is one fresh interpreter timing its own import with ``time.perf_counter`` (so
interpreter start-up, the same for every case, is left out), started in a neutral directory so
the package imported is the one meant (the installed tree, or the copy on ``PYTHONPATH``). The
three cases take turns, each once per round, so load on the machine touches them alike; every
case runs once untimed first so each reads compiled bytecode.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

_CHILD = {
    "httpx": "import httpx",
    "sdk": "import didit_async\ndidit_async.AsyncDidit(api_key='k')",
}
# Operations the hand-written layer names (sessions and transactions workloads): kept in the
# half spec so the package imports and builds a client as it does with the whole spec.
_KEEP = {
    "sessions_create",
    "sessions_list",
    "sessions_retrieve_decision",
    "transactions_create",
    "transactions_retrieve",
}


def _sample(code: str, pythonpath: str | None) -> float:
    timed = f"import time\n_t = time.perf_counter()\n{code}\nprint(time.perf_counter() - _t)\n"
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    # From a neutral directory: with `-c` the working directory comes first on sys.path, and
    # the repository's own didit_async there would shadow the copy PYTHONPATH names.
    out = subprocess.run(
        [sys.executable, "-c", timed],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=tempfile.gettempdir(),
    )
    return float(out.stdout.strip().splitlines()[-1])


def half_spec(spec: dict[str, Any]) -> tuple[dict[str, Any], int, int]:
    """``spec`` with every other operation removed (those the hand-written layer names kept);
    returns it with the operation counts before and after."""
    paths: dict[str, Any] = {}
    total = kept = 0
    for path, item in spec["paths"].items():
        new_item = {}
        for key, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                new_item[key] = op
                continue
            total += 1
            if total % 2 == 0 or op["operationId"] in _KEEP:
                new_item[key] = op
                kept += 1
        if any(isinstance(v, dict) and "operationId" in v for v in new_item.values()):
            paths[path] = new_item
    return {**spec, "paths": paths}, total, kept


def _packages(tmp: Path) -> tuple[str, str, int, int]:
    """Two copies of the package side by side, one as generated from the whole spec, one
    generated from half its operations; their sys.path entries (both cases then find the
    package, and everything else, the same way)."""
    sys.path.insert(0, str(ROOT))
    from codegen import generate
    from codegen.spec_loader import load_spec

    spec, total, kept = half_spec(load_spec(ROOT / "openapi" / "didit.yaml"))
    ignore = shutil.ignore_patterns("__pycache__")
    for name in ("full", "half"):
        shutil.copytree(ROOT / "didit_async", tmp / name / "didit_async", ignore=ignore)
    generate(spec, tmp / "half" / "didit_async" / "_generated")
    return str(tmp / "full"), str(tmp / "half"), total, kept


def startup(rounds: int) -> dict[str, Any]:
    """Medians of ``rounds`` fresh processes per case, in turns."""
    with tempfile.TemporaryDirectory() as tmp:
        full_path, half_path, total, kept = _packages(Path(tmp))
        cases = {
            "httpx": (_CHILD["httpx"], None),
            "full": (_CHILD["sdk"], full_path),
            "half": (_CHILD["sdk"], half_path),
        }
        for code, path in cases.values():
            _sample(code, path)  # compile to bytecode, untimed
        times: dict[str, list[float]] = {name: [] for name in cases}
        for i in range(rounds):
            order = list(cases)
            order = order[i % 3 :] + order[: i % 3]
            for name in order:
                times[name].append(_sample(*cases[name]))
    med = {name: statistics.median(v) for name, v in times.items()}
    ratio = med["full"] / med["httpx"]
    growth = med["full"] / med["half"]
    return {
        "row": "14. Start-up: import and a client",
        "target": "≤ 2× a bare `import httpx`; within 10% of the SDK with half the operations",
        "result": f"{ratio:.2f}× httpx; {growth:.2f}× half",
        "met": ratio <= 2.0 and abs(growth - 1) <= 0.10,
        "detail": (
            f"`import didit_async` plus `AsyncDidit(api_key=...)`, each sample a fresh "
            f"process timing its own import (interpreter start-up left out), medians of "
            f"{rounds} per case, the three cases in turns: ours {med['full'] * 1e3:.0f} ms, "
            f"bare `import httpx` {med['httpx'] * 1e3:.0f} ms, ours generated from half the "
            f"spec ({kept} of {total} operations: every other one, the five the hand-written "
            f"layer names kept; generated by `codegen` into a copy of the package in a temp "
            f"directory, beside an unchanged copy that the full figure is taken from, so both "
            f"find their imports alike) {med['half'] * 1e3:.0f} ms. Resources and their models "
            "load on first use (`_generated/roots.py`), so neither figure includes generated "
            "models"
        ),
    }

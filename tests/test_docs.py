"""The documentation site's code runs: every ```python block of the getting-started
page, the sandbox page and the guides is run as a script against a served sandbox, with only the
environment variables the sandbox tells users to export.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from didit_async.sandbox import SCENARIOS

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = [DOCS / "index.md", DOCS / "sandbox.md", *sorted((DOCS / "guides").glob("*.md"))]
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def _blocks() -> list[Any]:
    found = []
    for page in PAGES:
        for i, code in enumerate(_BLOCK.findall(page.read_text())):
            found.append(pytest.param(code, id=f"{page.relative_to(DOCS)}#{i + 1}"))
    return found


@pytest.fixture(scope="module")
def sandbox_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "didit_async.sandbox", "--port", "0", "--rate-limit-scale", "10"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    json.loads(proc.stdout.readline())
    exports = {}
    for line in proc.stdout:
        if line.startswith("export "):
            name, value = line.removeprefix("export ").strip().split("=", 1)
            exports[name] = value
        if len(exports) == 4:  # base URL, key, organization and application ids
            break
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIDIT_")}
    env.update(exports)
    env["PYTHONPATH"] = str(ROOT)
    env["HOME"] = str(tmp_path_factory.mktemp("home"))
    yield env
    proc.terminate()
    proc.communicate(timeout=10)


def test_every_guide_has_code_to_run() -> None:
    pages_with_code = {p.name for p in PAGES if _BLOCK.search(p.read_text())}
    assert {
        "index.md",
        "sandbox.md",
        "bulk.md",
        "polling.md",
        "webhooks.md",
        "errors.md",
        "sync.md",
        "kyb-and-transactions.md",
        "lists-and-imports.md",
        "case-management.md",
    } <= pages_with_code


def test_blocks_left_out_of_the_run_say_so() -> None:
    """A python block with an info string (`python title=...`) is not run: it must say why."""
    for page in PAGES:
        for info in re.findall(r"^```python (.+)$", page.read_text(), re.M):
            assert "needs Redis" in info, f"{page.name}: {info}"


def test_the_many_workers_guide_says_how_to_share_limits_and_dedup() -> None:
    # Every public name's rendered entry is checked on the built site: test_reference_site.py.
    workers = (DOCS / "guides" / "many-workers.md").read_text()
    for needle in ("RedisRateLimitStore", "RedisWebhookDeduplicator", 'on_unavailable="local"'):
        assert needle in workers, needle
    for needle in ("uvicorn", "Celery", "Several hosts", "trio", "DiditStoreUnavailableError"):
        assert needle in workers, needle


@pytest.mark.parametrize("code", _blocks())
def test_the_block_runs_against_the_sandbox(
    code: str, sandbox_env: dict[str, str], tmp_path: Path
) -> None:
    script = tmp_path / "block.py"
    script.write_text(code)
    done = subprocess.run(
        [sys.executable, str(script)],
        env=sandbox_env,
        capture_output=True,
        text=True,
        timeout=100,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert sandbox_env["DIDIT_API_KEY"] not in done.stdout + done.stderr


def test_the_sandbox_page_lists_every_scenario() -> None:
    text = (DOCS / "sandbox.md").read_text()
    missing = [name for name in SCENARIOS if f"| `{name}` |" not in text]
    assert missing == []
    assert "/sandbox/otp/{email}" in text and "DIDIT_BASE_URL" in text


def test_the_things_a_newcomer_could_not_find_are_documented() -> None:
    site = "\n".join(p.read_text() for p in DOCS.rglob("*.md"))
    for needle in ("DIDIT_LOG", "with_options", ".pages(", "has_next_page", "/sandbox/otp/"):
        assert needle in site, needle
    assert "Proposed README section" not in (DOCS / "cli.md").read_text()
    readme = (ROOT / "README.md").read_text()
    assert "mkdocs serve" in readme and "docs/index.md" in readme

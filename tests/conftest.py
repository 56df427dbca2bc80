"""Shared fixtures: every async test runs once on asyncio and once on trio.

Speed tiers: a test that starts a subprocess, serves on a real socket or forks is marked
``slow`` here, in one place, by what it uses (its module, its fixtures or the calls in its own
code), so ``make test-fast``
(``-m "not slow"``) keeps the inner loop short and ``make test`` still runs everything.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

TESTS = Path(__file__).parent

# Modules whose tests all run a subprocess, a real server (uvicorn, redis-server, a raw socket
# server) or a fork.
SLOW_MODULES = {
    "redis",  # every test there talks to a real redis-server
    "sync/test_attack_body_size.py",
    "sync/test_attack_deadline.py",
    "sync/test_loopback.py",
    "sandbox/test_loopback_fuzz.py",
    "sandbox/test_sandbox_command.py",
    "sandbox/test_local_webhooks.py",
    "webhooks/test_hostile_clients.py",
    "test_demo.py",
    "test_docs.py",
    "test_examples.py",
    "test_seed_snippets.py",
}
# Fixtures that start a real server.
SLOW_FIXTURES = {"raw_server", "redis_url"}
# Single tests elsewhere that serve on a real socket or run a subprocess, named for what they do.
SLOW_NAME_PARTS = ("loopback", "subprocess", "real_socket", "serves_on", "fork")
# A test whose own code starts a process, a server or a fork (wherever it lives, whatever its
# name): found in its source, so a new one is marked without a list to keep.
SLOW_CALLS = re.compile(r"\bsubprocess\.|\bPopen\(|\bos\.fork\(|\bserve\(|\buvicorn\b")
# Tests that generate the whole SDK from the spec (ruff runs as a subprocess) or run mypy over
# it: tens of seconds each on 2 cores. `make check-generated` and `make lint` cover the same
# ground in CI's own phases.
SLOW_TESTS = {
    "codegen/test_generator.py::test_check_passes_on_a_fresh_generation_and_detects_drift",
    "codegen/test_generator.py::test_committed_generated_code_matches_the_spec",
    "codegen/test_generator.py::test_generated_code_passes_mypy_strict",
    "codegen/test_generator.py::test_only_validators_a_request_body_reaches_are_emitted_each_a_rule_table",
    "codegen/test_generator.py::test_a_lint_finding_in_the_output_fails_generation",
}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "slow: starts a subprocess, serves on a real socket or forks (make test-fast skips)",
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        where = Path(str(item.path)).relative_to(TESTS).as_posix()
        slow = (
            where in SLOW_MODULES
            or where.split("/")[0] in SLOW_MODULES
            or SLOW_FIXTURES & set(getattr(item, "fixturenames", ()))
            or any(part in item.name for part in SLOW_NAME_PARTS)
            or f"{where}::{item.name}" in SLOW_TESTS
            or _starts_processes_or_servers(item)
        )
        if slow:
            item.add_marker(pytest.mark.slow)


def _starts_processes_or_servers(item: pytest.Item) -> bool:
    function = getattr(item, "function", None)
    if function is None:
        return False
    try:
        source = inspect.getsource(function)
    except (OSError, TypeError):
        return False
    return SLOW_CALLS.search(source) is not None


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)

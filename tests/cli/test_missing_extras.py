"""A command whose optional dependency is missing says, in one line, which extra to install:
no traceback. Each case runs in a fresh interpreter where the module cannot be imported."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow


def _didit_without(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    code = (
        f"import sys; sys.modules[{module!r}] = None\n"
        "from didit_async.cli import main\n"
        f"main({list(args)!r})\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, stdin=None
    )


@pytest.mark.parametrize(
    ("module", "args", "extra", "command"),
    [
        ("click", ("--help",), "cli", "didit"),
        ("rich", ("health",), "cli", "didit"),
        ("uvicorn", ("sandbox", "--port", "0"), "sandbox", "didit sandbox"),
        ("uvicorn", ("webhooks", "listen", "--secret", "x"), "sandbox", "didit webhooks listen"),
    ],
)
def test_a_missing_extra_is_one_line_naming_it(
    module: str, args: tuple[str, ...], extra: str, command: str
) -> None:
    done = _didit_without(module, *args)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert f"pip install 'didit-async[{extra}]'" in lines[0]
    assert "Traceback" not in done.stderr
    if command != "didit":
        assert f"`{command}`" in lines[0] or command in lines[0]

"""The built wheel works on its own: installed into a fresh virtual environment (not this
checkout), it serves the sandbox and runs the README's quick start against it.

The fresh environment gets the wheel with ``--no-deps --no-index`` and borrows the development
environment's site-packages for the dependencies only, so the test needs no network; the
package itself is imported from the wheel, which the test checks.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import sysconfig
from collections.abc import Iterator
from pathlib import Path

import pytest

from didit_async._constants import VERSION

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
_QUICK_START = re.compile(r"## Quick start\n\n```python\n(.*?)^```", re.S | re.M)


@pytest.fixture(scope="module")
def fresh_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(work), "."],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (wheel,) = work.glob("didit_async-*.whl")
    assert wheel.name == f"didit_async-{VERSION}-py3-none-any.whl"
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"),
            *("--no-deps", "--no-index", f"{wheel}[cli,sandbox]"),
        ],
        check=True,
        capture_output=True,
    )
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # A plain path line: the borrowed directory's own .pth files (this checkout's editable
    # install among them) are not run, so didit_async can only come from the wheel.
    Path(site, "borrowed_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return python


@pytest.fixture(scope="module")
def sandbox_env(fresh_python: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DIDIT_", "PYTHON"))}
    env["HOME"] = str(tmp_path_factory.mktemp("home"))
    proc = subprocess.Popen(
        [str(fresh_python), "-m", "didit_async.sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path_factory.mktemp("elsewhere"),
    )
    assert proc.stdout is not None
    json.loads(proc.stdout.readline())
    for line in proc.stdout:
        if line.startswith("export "):
            name, value = line.removeprefix("export ").strip().split("=", 1)
            env[name] = value
        if "DIDIT_API_KEY" in env and "DIDIT_BASE_URL" in env:
            break
    yield env
    proc.terminate()
    proc.communicate(timeout=10)


def _run(python: Path, code: str, env: dict, cwd: Path) -> str:
    done = subprocess.run(
        [str(python), "-c", code], env=env, cwd=cwd, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_wheel_is_what_runs(fresh_python: Path, tmp_path: Path, sandbox_env: dict) -> None:
    out = _run(
        fresh_python,
        "import didit_async, importlib.metadata as m;"
        "print(didit_async.__file__); print(m.version('didit-async'));"
        "print(m.metadata('didit-async')['License-Expression'])",
        sandbox_env,
        tmp_path,
    )
    where, version, licence = out.splitlines()
    assert str(fresh_python.parents[1]) in where and str(ROOT) not in where
    assert version == VERSION
    assert licence == "MIT"


def test_the_readme_quick_start_runs_from_the_wheel(
    fresh_python: Path, tmp_path: Path, sandbox_env: dict
) -> None:
    workflow_id = _run(
        fresh_python,
        "from didit_async import Didit\n"
        "with Didit() as c:\n"
        "    print(c.workflows.create(workflow_label='KYC', workflow_type='kyc').uuid)\n",
        sandbox_env,
        tmp_path,
    ).strip()
    quick_start = _QUICK_START.search((ROOT / "README.md").read_text())
    assert quick_start is not None
    code = re.sub(r'workflow_id="[^"]+"', f'workflow_id="{workflow_id}"', quick_start.group(1))
    scenario = 'vendor_data="user-123", sandbox_scenario="approve",'
    code = code.replace('vendor_data="user-123",', scenario)
    out = _run(fresh_python, code, sandbox_env, tmp_path)
    assert "Send the user to http" in out
    assert out.splitlines()[-1].startswith("Approved ")

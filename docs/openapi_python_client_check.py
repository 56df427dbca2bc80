"""Does the spec work with openapi-python-client? Generate a client, install it, import it.

    python docs/openapi_python_client_check.py

Generates a package from ``openapi/didit.yaml`` with openapi-python-client (installed on
demand into this interpreter if missing) into a temporary directory, installs it there with
pip (its version comes from the spec's ``info.version``, which must be PEP 440), imports it and
checks that one typed endpoint function and one model are there. Nothing is committed; the
temporary directory is removed. Prints what it did and the generator's warnings; exits non-zero
when generation, installation or the import fails. Not run in CI (it needs a package index
for openapi-python-client and the build backend, ~20 s).
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "didit.yaml"
PACKAGE = "didit_api_as_described_by_didit_async_client"  # from info.title


def _run(*command: str, cwd: Path | None = None) -> str:
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])} ... failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout + done.stderr


def main() -> int:
    try:
        importlib.import_module("openapi_python_client")
    except ImportError:
        _run(sys.executable, "-m", "pip", "install", "--quiet", "openapi-python-client")
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "client"
        log = _run(
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(SPEC),
            "--output-path",
            str(out),
            "--meta",
            "setup",
        )
        warnings = [ln for ln in log.splitlines() if ln.startswith("WARNING")]
        site = Path(tmp) / "site"
        _run(
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(site),
            str(out),
        )
        installed = sorted(p.name for p in site.glob("*.dist-info"))
        sys.path.insert(0, str(site))
        client = importlib.import_module(PACKAGE)
        create = importlib.import_module(f"{PACKAGE}.api.sessions.sessions_create")
        models = importlib.import_module(f"{PACKAGE}.models")
        assert callable(create.asyncio_detailed), "sessions_create has no asyncio_detailed"
        request = models.CreateSessionRequest(workflow_id="d8d2fa2d-c69c-471c-b7bc-bc71512b43ef")
        body = request.to_dict()
        assert body == {"workflow_id": "d8d2fa2d-c69c-471c-b7bc-bc71512b43ef"}, body
        print(f"generated, installed ({', '.join(installed)}) and imported {client.__name__}")
        print(f"sessions_create.asyncio_detailed exists; CreateSessionRequest encodes {body}")
        print(f"{len(warnings)} generator warning(s):")
        for warning in warnings:
            print("  " + warning)
    print(f"{time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

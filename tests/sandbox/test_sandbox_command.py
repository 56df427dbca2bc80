"""`didit sandbox`: the `export` lines it prints point the SDK and CLI at it; a busy port is a
one-line message, not a traceback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import anyio
import pytest
from click.testing import CliRunner

from didit_async import AsyncDidit
from didit_async.cli._main import cli
from didit_async.sandbox import main as sandbox_main


def test_the_printed_export_lines_point_the_sdk_at_the_sandbox(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "didit_async.sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        exports: dict[str, str] = {}
        for line in proc.stdout:
            if line.startswith("export "):
                name, value = line.removeprefix("export ").strip().split("=", 1)
                exports[name] = value
            if "DIDIT_API_KEY" in exports:
                break
        assert set(exports) == {"DIDIT_BASE_URL", "DIDIT_API_KEY"}
        for name in ("DIDIT_VERIFICATION_BASE_URL", "DIDIT_APX_BASE_URL", "DIDIT_AUTH_BASE_URL"):
            monkeypatch.delenv(name, raising=False)
        for name, value in exports.items():
            monkeypatch.setenv(name, value)

        async def main() -> str:
            async with AsyncDidit() as client:
                wf = await client.workflows.create(workflow_label="KYC", workflow_type="kyc")
                return str(wf.uuid)

        assert anyio.run(main)
    finally:
        proc.terminate()
        proc.communicate(timeout=10)


def test_a_busy_port_is_one_friendly_line(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert sandbox_main(["--port", str(port)]) == 1
        err = capsys.readouterr().err
        assert "already in use" in err and f"--port {port + 1}" in err
        assert "Traceback" not in err
        result = CliRunner().invoke(
            cli,
            ["webhooks", "listen", "--port", str(port)],
            env={"XDG_CONFIG_HOME": os.devnull, "DIDIT_WEBHOOK_SECRET": "whsec_x"},
        )
        assert result.exit_code == 1
        assert "already in use" in result.stderr
        assert result.exception is None or isinstance(result.exception, SystemExit)

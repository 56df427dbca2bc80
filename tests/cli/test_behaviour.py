"""Exit codes, help examples, lazy imports, webhooks verify/listen and `didit sandbox`."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import click
import httpx
import pytest
from click.testing import CliRunner

from didit_async.cli._app import State
from didit_async.cli._main import cli
from didit_async.sandbox import FaultConfig, Sandbox, SandboxConfig
from didit_async.webhooks import sign
from tests.cli.conftest import Didit

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


def _faulty(**faults: float) -> Didit:
    sandbox = Sandbox(SandboxConfig(faults=FaultConfig(**faults)))  # type: ignore[arg-type]
    return Didit(sandbox, max_retries=0)


def test_server_error_exit_6() -> None:
    result = _faulty(error_rate=1.0)("workflows", "list")
    assert result.exit_code == 6
    assert result.stderr.startswith("error: ") and len(result.stderr.splitlines()) == 1


def test_rate_limited_exit_5() -> None:
    result = _faulty(rate_limit_burst_rate=1.0)("workflows", "list")
    assert result.exit_code == 5
    assert "429" in result.stderr or "rate" in result.stderr.lower()


def test_lost_write_exit_8() -> None:
    result = _faulty(drop_rate=1.0)("billing", "top-up", "50")
    assert result.exit_code == 8, result.output


def test_lost_read_is_connection_exit_6() -> None:
    assert _faulty(drop_rate=1.0)("billing", "balance").exit_code == 6


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [prefix]
    for name, cmd in group.commands.items():
        if isinstance(cmd, click.Group):
            found += _commands(cmd, (*prefix, name))
        else:
            found.append((*prefix, name))
    return found


@pytest.mark.parametrize("path", _commands(cli), ids=lambda p: " ".join(p) or "didit")
def test_every_help_shows_an_example(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*path, "--help"], obj=State())
    assert result.exit_code == 0
    assert "Example:" in result.output and "didit " in result.output.split("Example:")[1]


def test_root_help_documents_exit_codes() -> None:
    out = CliRunner().invoke(cli, ["--help"], obj=State()).output
    for text in (
        "0 ok",
        "2 usage",
        "3 auth",
        "4 not found",
        "5 rate limited",
        "6 server",
        "7 validation",
        "8 write outcome unknown",
    ):
        assert text in out


def test_import_didit_async_does_not_load_the_cli() -> None:
    # httpx itself may import click/rich when installed; what matters is that our command
    # tree (and so the cli extra) loads only when `didit` runs.
    code = "import sys, didit_async, didit_async.cli; print('didit_async.cli._app' in sys.modules)"
    out = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["False"]


def test_no_key_is_an_auth_error(sandbox: Sandbox) -> None:
    result = Didit(sandbox, max_retries=0)("--api-key", "", "workflows", "list", key=False)
    assert result.exit_code == 3


def _delivery(secret: str) -> tuple[bytes, dict[str, str]]:
    payload = {
        "event_id": "evt_1",
        "webhook_type": "status.updated",
        "session_id": "s-1",
        "status": "Approved",
        "timestamp": int(time.time()),
        "created_at": int(time.time()),
    }
    body = json.dumps(payload).encode()
    return body, sign(body, secret, timestamp=int(time.time()))


def test_webhooks_verify(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body, headers = _delivery("whsec_test")
    (tmp_path / "body.json").write_bytes(body)
    (tmp_path / "headers.json").write_text(json.dumps(headers))
    runner = CliRunner()
    args = [
        "--json",
        "webhooks",
        "verify",
        "--body",
        str(tmp_path / "body.json"),
        "--headers-json",
        str(tmp_path / "headers.json"),
    ]
    ok = runner.invoke(cli, [*args, "--secret", "whsec_test"], obj=State())
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.stdout)["valid"] is True
    bad = runner.invoke(cli, [*args, "--secret", "whsec_wrong"], obj=State())
    assert bad.exit_code == 1
    report = json.loads(bad.stdout)
    assert report["valid"] is False and report["reason"]
    assert "whsec_wrong" not in bad.output
    # The secret from the environment; headers given one by one on the command line.
    monkeypatch.setenv("DIDIT_WEBHOOK_SECRET", "whsec_test")
    hdr = [x for k, v in headers.items() for x in ("-H", f"{k}: {v}")]
    human = runner.invoke(cli, ["webhooks", "verify", *hdr], input=body, obj=State())
    assert human.exit_code == 0 and "True" in human.output
    monkeypatch.delenv("DIDIT_WEBHOOK_SECRET")
    none = runner.invoke(cli, ["webhooks", "verify"], input=body, obj=State())
    assert none.exit_code == 2 and "secret" in none.stderr


def test_webhooks_verify_refuses_an_old_event_unless_told_its_age_is_fine(tmp_path: Path) -> None:
    # A delivery saved an hour ago and checked now under a fresh X-Timestamp: its signed event
    # time is what is too old, and --max-event-age (not --tolerance) is the knob.
    secret = "whsec_test"
    hour_ago = int(time.time()) - 3600
    body = json.dumps({"event_id": "evt_old", "session_id": "s-1", "timestamp": hour_ago})
    headers = sign(body.encode(), secret, timestamp=int(time.time()))
    hdr = [x for k, v in headers.items() for x in ("-H", f"{k}: {v}")]
    runner = CliRunner()
    base = ["--json", "webhooks", "verify", "--secret", secret, *hdr]
    old = runner.invoke(cli, base, input=body, obj=State())
    assert old.exit_code == 1 and json.loads(old.stdout)["reason"] == "stale_event"
    fine = runner.invoke(cli, [*base, "--max-event-age", "7200"], input=body, obj=State())
    assert fine.exit_code == 0 and json.loads(fine.stdout)["valid"] is True


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise AssertionError(f"nothing listening on {port}")


def test_webhooks_listen_verifies_each_delivery() -> None:
    port = _free_port()
    runner = CliRunner()
    box: dict[str, object] = {}

    def serve() -> None:
        box["result"] = runner.invoke(
            cli,
            [
                "--json",
                "webhooks",
                "listen",
                "--port",
                str(port),
                "--secret",
                "whsec_l",
                "--count",
                "2",
            ],
            obj=State(),
        )

    thread = threading.Thread(target=serve)
    thread.start()
    _wait_port(port)
    body, headers = _delivery("whsec_l")
    good = httpx.post(f"http://127.0.0.1:{port}/hook", content=body, headers=headers)
    forged = httpx.post(
        f"http://127.0.0.1:{port}/hook",
        content=body.replace(b"Approved", b"Declined"),
        headers=headers,
    )
    thread.join(timeout=15)
    assert (good.status_code, forged.status_code) == (200, 401)
    result = box["result"]
    lines = [json.loads(x) for x in result.stdout.splitlines()]  # type: ignore[attr-defined]
    assert [x["valid"] for x in lines] == [True, False]
    assert lines[0]["session_id"] == "s-1" and lines[1]["reason"]


def test_sandbox_command_serves_on_loopback(tmp_path: Path) -> None:
    port = _free_port()
    proc = subprocess.Popen(
        [PYTHON, "-m", "didit_async.cli", "sandbox", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        first = json.loads(proc.stdout.readline())  # type: ignore[union-attr]
        assert first["origin"] == f"http://127.0.0.1:{port}"
        env = {"XDG_CONFIG_HOME": str(tmp_path), "PATH": ""}
        from didit_async.sandbox import DEFAULT_API_KEY

        listed = subprocess.run(
            [
                PYTHON,
                "-m",
                "didit_async.cli",
                "--json",
                "--base-url",
                first["origin"],
                "--api-key",
                DEFAULT_API_KEY,
                "workflows",
                "create",
                "--label",
                "Real socket",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert listed.returncode == 0, listed.stderr
        assert json.loads(listed.stdout)["workflow_label"] == "Real socket"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()  # type: ignore[union-attr]


def test_errors_speak_cli_not_sdk(didit: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # The CLI speaks CLI: no `api_key=`/`AsyncDidit`, flag and argument names instead of SDK
    # field names such as settings_uuid.
    bad = didit("workflows", "get", "not-a-uuid")
    assert bad.exit_code == 7, bad.output
    assert bad.stderr.startswith("error: UUID: ")
    assert "settings_uuid" not in bad.stderr
    monkeypatch.setenv("DIDIT_BASE_URL", "127.0.0.1:8765")
    runner = CliRunner()
    no_scheme = runner.invoke(cli, ["workflows", "list"], obj=State())
    assert no_scheme.exit_code == 7
    assert "--base-url: must be an absolute http:// or https:// URL" in no_scheme.stderr
    monkeypatch.delenv("DIDIT_BASE_URL")
    unset = runner.invoke(
        cli, ["--base-url", "http://127.0.0.1:9", "workflows", "list"], obj=State()
    )
    assert "--api-key" in unset.stderr and "AsyncDidit" not in unset.stderr
    assert "api_key=" not in unset.stderr

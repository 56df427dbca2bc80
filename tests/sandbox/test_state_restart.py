"""`python -m didit_async.sandbox --state FILE` as a real process: stopped and started again it
has its workflows, sessions (still progressing), users and webhook destinations, whose secrets
still sign; event ids never repeat; a SIGKILL mid-run leaves a file that loads, with every write
the sandbox answered."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO, Any, ClassVar

import httpx
import pytest

from didit_async.sandbox import DEFAULT_API_KEY, Sandbox, SandboxConfig
from didit_async.webhooks import verify

pytestmark = pytest.mark.slow

KEY = {"x-api-key": DEFAULT_API_KEY}


def _state_line(stdout: IO[str]) -> str:
    """The start-up line saying where the state lives (after the `export` lines)."""
    for line in stdout:
        if line.startswith("state: "):
            return line.strip()
    raise AssertionError("the sandbox never said where its state lives")


class _Sandbox:
    """One sandbox process: its origin and the line saying where its state lives."""

    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "didit_async.sandbox", "--port", "0", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.origin = json.loads(self.proc.stdout.readline())["origin"]
        self.state_line = _state_line(self.proc.stdout)
        self.http = httpx.Client(base_url=self.origin, headers=KEY, timeout=10)

    def stop(self, sig: int = signal.SIGTERM) -> int:
        self.http.close()
        self.proc.send_signal(sig)
        _, err = self.proc.communicate(timeout=15)
        assert "Traceback" not in err, err
        return self.proc.returncode


class _Receiver(BaseHTTPRequestHandler):
    received: ClassVar[list[tuple[bytes, dict[str, str]]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["content-length"]))
        self.received.append((body, {k.lower(): v for k, v in self.headers.items()}))
        self.send_response(200)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


def test_a_restarted_sandbox_has_its_state_and_sessions_carry_on(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.sqlite"
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    hook = f"http://127.0.0.1:{server.server_address[1]}/hook"
    _Receiver.received = []
    try:
        first = _Sandbox("--state", str(path), "--user-delay", "3")
        assert first.state_line == f"state: kept in {path} (a new file)"
        wf = first.http.post(
            "/v3/workflows/", json={"workflow_label": "KYC", "workflow_type": "kyc"}
        ).json()
        dest = first.http.post(
            "/v3/webhook/destinations/",
            json={"label": "app", "url": hook, "subscribed_events": ["status.updated"]},
        ).json()
        first.http.post("/v3/users/create/", json={"vendor_data": "user-2"})
        session = first.http.post(
            "/v3/session/", json={"workflow_id": wf["uuid"], "vendor_data": "user-1"}
        ).json()
        sid = session["session_id"]
        deadline = time.monotonic() + 10
        while first.http.get(f"/v3/session/{sid}/decision/").json()["status"] == "Not Started":
            assert time.monotonic() < deadline
            time.sleep(0.1)
        assert first.stop() == 0  # half-way: the user opened the link, has not finished

        second = _Sandbox("--state", str(path), "--user-delay", "3")
        try:
            assert second.state_line == (
                f"state: kept in {path} (restored 1 workflows, 1 sessions, 1 webhook destinations)"
            )
            listed = second.http.get("/v3/workflows/").json()["results"]
            assert [w["uuid"] for w in listed] == [wf["uuid"]]
            users = second.http.get("/v3/users/").json()["results"]
            assert {u["vendor_data"] for u in users} == {"user-1", "user-2"}
            got = second.http.get(f"/v3/webhook/destinations/{dest['uuid']}/").json()
            assert got["url"] == hook
            deadline = time.monotonic() + 10
            while len(_Receiver.received) < 2 or (
                json.loads(_Receiver.received[-1][0])["status"] != "Approved"
            ):
                assert time.monotonic() < deadline, _Receiver.received
                time.sleep(0.1)
            decision = second.http.get(f"/v3/session/{sid}/decision/").json()
            assert decision["status"] == "Approved"
        finally:
            assert second.stop(signal.SIGINT) == 0
    finally:
        server.shutdown()
        server.server_close()
    # Every delivery, before and after the restart, verifies with the secret made before it,
    # and no event id came twice.
    events = [
        verify(body, headers, dest["secret_shared_key"]) for body, headers in _Receiver.received
    ]
    assert [e.status for e in events][-1] == "Approved"
    assert len({e.event_id for e in events}) == len(events)


def test_a_sigkill_mid_run_leaves_a_file_that_loads_with_every_answered_write(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sandbox.sqlite"
    box = _Sandbox("--state", str(path), "--rate-limit-scale", "100")
    answered: list[str] = []
    stop = threading.Event()

    def write() -> None:
        with httpx.Client(base_url=box.origin, headers=KEY, timeout=10) as http:
            while not stop.is_set():
                try:
                    r = http.post(
                        "/v3/workflows/",
                        json={"workflow_label": f"W{len(answered)}", "workflow_type": "kyc"},
                    )
                except httpx.TransportError:
                    return  # killed mid-request
                answered.append(r.json()["uuid"])

    writer = threading.Thread(target=write)
    writer.start()
    while len(answered) < 30:
        time.sleep(0.01)
    box.proc.send_signal(signal.SIGKILL)
    box.proc.communicate(timeout=15)
    stop.set()
    writer.join(timeout=15)
    box.http.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    db.close()
    with Sandbox(SandboxConfig(state_path=path)) as restored:
        assert restored.restored
        # Saved before each answer left: nothing the sandbox said it made is missing.
        assert set(answered) <= set(restored.state.workflows)

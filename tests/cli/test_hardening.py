"""The CLI under hostile input: bounded webhook listener, config file safety, no leaked secrets."""

from __future__ import annotations

import contextlib
import json
import os
import stat
import threading
import time
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from click.testing import CliRunner

from didit_async import AsyncDidit
from didit_async.cli import _config
from didit_async.cli._app import State
from didit_async.cli._config import config_path
from didit_async.cli._main import cli
from didit_async.cli._webhooks import listener_app
from didit_async.webhooks import serialize, sign
from tests.cli.conftest import Didit
from tests.cli.test_behaviour import _free_port, _wait_port
from tests.loopback import read_until_closed, serve_in_thread

WEBHOOK_SECRET = "whsec_cli_hardening_secret"


def _delivery() -> tuple[bytes, dict[str, str]]:
    ts = int(time.time())
    body = serialize(
        {"event_id": "e1", "webhook_type": "status.updated", "session_id": "s-1",
         "status": "Approved", "timestamp": ts}
    )  # fmt: skip
    return body, sign(body, WEBHOOK_SECRET, timestamp=ts)


async def _trickle(host: str, port: int, length: int = 100_000) -> bytes:
    stream = await anyio.connect_tcp(host, port)
    async with stream:
        await stream.send(b"POST /hook HTTP/1.1\r\nhost: t\r\ncontent-length: %d\r\n\r\n{" % length)

        async def drip() -> None:
            try:
                while True:
                    await anyio.sleep(0.1)
                    await stream.send(b" ")
            except (anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
                return

        async with anyio.create_task_group() as tg:
            tg.start_soon(drip)
            answer = await read_until_closed(stream)
            tg.cancel_scope.cancel()
    return answer


async def _chunked(host: str, port: int, chunks: int, size: int) -> bytes:
    # No Content-Length: the cap has to hold while the body streams in. The body never ends
    # (no final chunk), so only the cap can produce an answer.
    # The answer is read while sending: the listener answers 413 and hangs up at the cap, so
    # the rest of the sending can break, and the answer must be in hand by then.
    stream = await anyio.connect_tcp(host, port)
    answer = b""

    async def read() -> None:
        nonlocal answer
        answer = await read_until_closed(stream)

    async with stream, anyio.create_task_group() as tg:
        tg.start_soon(read)
        await stream.send(b"POST /hook HTTP/1.1\r\nhost: t\r\ntransfer-encoding: chunked\r\n\r\n")
        with contextlib.suppress(anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
            for _ in range(chunks):
                await stream.send(b"%x\r\n%s\r\n" % (size, b" " * size))
    return answer


@pytest.mark.anyio
async def test_listener_app_bounds_the_body_in_size_and_time() -> None:
    reports: list[dict[str, Any]] = []
    app = listener_app([WEBHOOK_SECRET], reports.append, max_body_bytes=64 * 1024, body_timeout=0.5)
    with serve_in_thread(app) as (host, port):
        with anyio.fail_after(15):  # guards: an unbounded listener would wait forever
            slow = await _trickle(host, port, length=1000)
            streamed = await _chunked(host, port, chunks=70, size=1024)  # 70 kB, no length
            async with httpx.AsyncClient(base_url=f"http://{host}:{port}") as http:
                declared = await http.post("/hook", content=b" " * (64 * 1024 + 1))
                body, headers = _delivery()
                good = await http.post("/hook", content=body, headers=headers)
    assert slow.startswith(b"HTTP/1.1 408 ")
    assert streamed.startswith(b"HTTP/1.1 413 ")
    assert declared.status_code == 413 and good.status_code == 200
    assert [(r["valid"], r.get("reason")) for r in reports] == [
        (False, "body_timeout"),
        (False, "body_too_large"),
        (False, "body_too_large"),
        (True, None),
    ]


def test_webhooks_listen_takes_body_limits_from_its_options() -> None:
    port = _free_port()
    box: dict[str, Any] = {}

    def serve() -> None:
        box["result"] = CliRunner().invoke(
            cli,
            ["--json", "webhooks", "listen", "--port", str(port), "--secret", WEBHOOK_SECRET,
             "--count", "2", "--max-body-bytes", "1000", "--body-timeout", "0.5"],
            obj=State(),
        )  # fmt: skip

    thread = threading.Thread(target=serve)
    thread.start()
    _wait_port(port)
    big = httpx.post(f"http://127.0.0.1:{port}/hook", content=b" " * 1001)
    slow = anyio.run(_trickle, "127.0.0.1", port, 900)
    thread.join(timeout=15)
    assert big.status_code == 413 and slow.startswith(b"HTTP/1.1 408 ")
    lines = [json.loads(x) for x in box["result"].stdout.splitlines()]
    assert [x["reason"] for x in lines] == ["body_too_large", "body_timeout"]
    bad = CliRunner().invoke(
        cli, ["webhooks", "listen", "--secret", "x", "--body-timeout", "0"], obj=State()
    )
    assert bad.exit_code == 2 and "body-timeout" in bad.output


# --- secrets and the config file -----------------------------------------------------------

PASSWORD = "MyStr0ng!Pass"


def _registered(didit: Didit, email: str) -> str:
    reg = didit("account", "register", email, input=f"{PASSWORD}\n{PASSWORD}\n")
    assert reg.exit_code == 0, reg.output
    return didit.sandbox.state.otps[email]


def _files_under(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} if root.exists() else {}


def test_no_save_writes_the_access_token_nowhere(didit: Didit, tmp_path: Path) -> None:
    code = _registered(didit, "nosave@gmail.com")
    result = didit("account", "verify", "nosave@gmail.com", code, "--no-save")
    assert result.exit_code == 0, result.output
    (token,) = didit.sandbox.state.tokens  # the access token Didit issued
    assert token not in result.output
    assert not config_path().exists()
    assert all(token.encode() not in data for data in _files_under(tmp_path).values())
    assert "Not saved" in result.output


def test_a_wrong_login_password_says_so_and_never_mentions_the_api_key(didit: Didit) -> None:
    code = _registered(didit, "wrongpw@gmail.com")
    assert didit("account", "verify", "wrongpw@gmail.com", code, "--save").exit_code == 0
    wrong = didit(
        "account", "login", "wrongpw@gmail.com", "--password-stdin", input="Not-The-Pass1\n"
    )
    assert wrong.exit_code == 3
    assert "email or password is wrong" in wrong.stderr
    assert "API key" not in wrong.output and "Not-The-Pass1" not in wrong.output


def test_login_output_masks_both_tokens(didit: Didit) -> None:
    code = _registered(didit, "masked@gmail.com")
    didit("account", "verify", "masked@gmail.com", code, "--no-save")
    before = set(didit.sandbox.state.tokens)
    login = didit(
        "--json", "account", "login", "masked@gmail.com", "--password-stdin", input=PASSWORD + "\n"
    )
    assert login.exit_code == 0, login.output
    (token,) = set(didit.sandbox.state.tokens) - before
    shown = json.loads(login.stdout)
    assert token not in login.output and PASSWORD not in login.output
    assert "…" in shown["access_token"] and "…" in shown["refresh_token"]
    assert json.loads(config_path().read_text())["default"]["access_token"] == token


def test_the_config_file_is_never_read_or_written_through_a_symlink(
    didit: Didit, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "shared-with-others.json"
    elsewhere.write_text(json.dumps({"default": {"base_url": "http://planted"}}))
    os.chmod(elsewhere, 0o644)
    path = config_path()
    path.parent.mkdir(parents=True)
    path.symlink_to(elsewhere)
    stored = didit("config", "set-key", "--stdin", input="sk_live_secret_key_123456\n")
    assert stored.exit_code != 0 and "symbolic link" in stored.output
    assert "sk_live_secret_key" not in elsewhere.read_text()  # the target was not written
    shown = didit("--json", "config", "show")
    assert shown.exit_code != 0 and "planted" not in shown.output  # nor read
    # A linked directory is refused too.
    path.unlink()
    path.parent.rmdir()
    (tmp_path / "real-dir").mkdir()
    path.parent.symlink_to(tmp_path / "real-dir")
    assert didit("config", "set", "base_url", "http://x").exit_code != 0
    assert not list((tmp_path / "real-dir").iterdir())


def test_a_save_replaces_the_file_atomically_with_an_owner_only_one(
    didit: Didit, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert didit("config", "set", "base_url", "http://kept").exit_code == 0
    path = config_path()
    os.chmod(path, 0o644)  # loosened by someone
    swaps: list[int] = []
    real_replace = os.replace

    def replace(src: Any, dst: Any) -> None:
        # The new content, key included, only ever sits in an owner-only file.
        assert stat.S_IMODE(os.stat(src).st_mode) == 0o600
        assert "sk_new_secret" in Path(src).read_text()
        swaps.append(1)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    assert didit("config", "set-key", "--stdin", input="sk_new_secret_0001\n").exit_code == 0
    assert swaps == [1] and stat.S_IMODE(os.stat(path).st_mode) == 0o600
    # A write that fails part-way leaves the previous file whole, and no stray temp file.
    monkeypatch.setattr(_config.json, "dump", _fail_midway)
    with pytest.raises(OSError, match="disk full"):
        _config.save("default", {"api_key": "sk_other_0000000000"})
    saved = json.loads(path.read_text())["default"]
    assert saved == {"api_key": "sk_new_secret_0001", "base_url": "http://kept"}
    assert [p.name for p in path.parent.iterdir()] == ["config.json"]


def _fail_midway(obj: Any, fh: Any, **kwargs: Any) -> None:
    fh.write('{"default": {')
    fh.flush()
    raise OSError("disk full")


ECHOED_KEY = "sk_live_echoed_secret_key_0123456789"
ECHOED_PASSWORD = "Echoed-Passw0rd!"


def _echoing_factory(api_key: str | None = None, **_: Any) -> AsyncDidit:
    # A server (or a proxy in front of it) that echoes whatever credential it got.
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/register/"):
            detail = f"password {json.loads(request.content)['password']} is too common"
            return httpx.Response(400, json={"detail": detail})
        key = request.headers.get("x-api-key")
        return httpx.Response(403, json={"detail": f"Key {key} is not valid for this host"})

    transport = httpx.MockTransport(answer)
    return AsyncDidit(
        api_key=api_key, max_retries=0, http_client=httpx.AsyncClient(transport=transport)
    )


def test_credentials_echoed_by_the_server_never_reach_the_terminal() -> None:
    runner = CliRunner()
    keyed = runner.invoke(
        cli,
        ["--api-key", ECHOED_KEY, "workflows", "list"],
        obj=State(client_factory=_echoing_factory),
    )
    assert keyed.exit_code == 3 and "is not valid for this host" in keyed.stderr
    # Masked by the SDK ("[REDACTED]") or, failing that, by the CLI (a short hint).
    assert ECHOED_KEY not in keyed.output
    assert "[REDACTED]" in keyed.stderr or ECHOED_KEY[:4] in keyed.stderr
    registered = runner.invoke(
        cli,
        ["account", "register", "echo@gmail.com", "--password-stdin"],
        input=ECHOED_PASSWORD + "\n",
        obj=State(client_factory=_echoing_factory),
    )
    assert registered.exit_code == 7 and "is too common" in registered.stderr
    assert ECHOED_PASSWORD not in registered.output

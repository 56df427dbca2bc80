"""The CLI under hostile input: bounded webhook listener, config file safety, no leaked secrets."""

from __future__ import annotations

import json
import threading
import time
from typing import Any

import anyio
import httpx
import pytest
from click.testing import CliRunner

from didit_async.cli._app import State, cli
from didit_async.cli._webhooks import listener_app
from didit_async.webhooks import serialize, sign
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
    stream = await anyio.connect_tcp(host, port)
    async with stream:
        await stream.send(b"POST /hook HTTP/1.1\r\nhost: t\r\ntransfer-encoding: chunked\r\n\r\n")
        for _ in range(chunks):
            await stream.send(b"%x\r\n%s\r\n" % (size, b" " * size))
        return await read_until_closed(stream)


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

"""Webhooks to a plain-http receiver on the developer's machine.

Plain http is allowed for loopback destinations only; the receiver answers at its path with
and without a trailing slash; every failed delivery shows in the destination's metrics and in
the sandbox's log.
"""

from __future__ import annotations

import logging
import socket
from typing import Any

import anyio
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.routing import Mount

from didit_async import DiditValidationError
from didit_async.sandbox import Sandbox, SandboxConfig
from didit_async.webhooks import WebhookEvent, webhook_endpoint

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8787/webhooks/didit",
        "http://localhost/hook",
        "http://[::1]:9000/",
        "https://hooks.example.com/didit",
    ],
)
async def test_loopback_http_and_any_https_destination_are_accepted(url: str) -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    async with sandbox.client() as client:
        dest = await client.webhooks.destinations.create(
            label="local", url=url, subscribed_events=["status.updated"]
        )
    assert dest.url == url


@pytest.mark.parametrize(
    "url",
    ["http://hooks.example.com/didit", "http://127.0.0.1.evil.example/x", "http://localhostx/"],
)
async def test_plain_http_elsewhere_is_refused_before_sending(url: str) -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    async with sandbox.client() as client:
        with pytest.raises(DiditValidationError, match="url"):
            await client.webhooks.destinations.create(
                label="x", url=url, subscribed_events=["status.updated"]
            )
    assert sandbox.stats.requests == 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Receiver:
    """A real Starlette app on a real loopback socket, routed as the docstring says."""

    def __init__(self, app: Starlette) -> None:
        self.port = _free_port()
        self.server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="error")
        )

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


async def _run_deliveries(
    sandbox: Sandbox, receiver: Receiver | None, urls: list[str], secret_for: dict[str, str]
) -> dict[str, Any]:
    """Create a destination per url, approve one session, deliver; return each destination."""
    async with sandbox.client() as client, anyio.create_task_group() as tg:
        if receiver is not None:
            tg.start_soon(receiver.server.serve)
            while not receiver.server.started:  # noqa: ASYNC110
                await anyio.sleep(0.01)
        dests = []
        for i, url in enumerate(urls):
            dest = await client.webhooks.destinations.create(
                label=f"d{i}", url=url, subscribed_events=["status.updated"]
            )
            secret_for[url] = str(dest.secret_shared_key)
            dests.append(dest)
        wf = await client.workflows.create(workflow_label="KYC", workflow_type="kyc")
        await client.sessions.create(
            workflow_id=wf.uuid, vendor_data="u", sandbox_scenario="approve"
        )
        sandbox.advance(10)
        await sandbox.deliver_webhooks()
        out = {d.url: await client.webhooks.destinations.retrieve(d.uuid) for d in dests}
        if receiver is not None:
            receiver.server.should_exit = True
    return out


# uvicorn serves on asyncio only.
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_the_docstring_routing_receives_at_both_spellings_of_the_path() -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    received: list[str] = []
    secrets: dict[str, str] = {}

    async def on_event(event: WebhookEvent) -> None:
        received.append(str(event.status))

    app = Starlette()
    receiver = Receiver(app)
    urls = [receiver.url("/webhooks/didit"), receiver.url("/webhooks/didit/")]

    class Lazy:
        # The secrets exist only once the destinations are created.
        async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
            endpoint = webhook_endpoint(on_event, secrets=sorted(secrets.values()))
            await endpoint(scope, receive, send)

    for path in ("/webhooks/didit", "/webhooks/didit/"):
        app.add_route(path, Lazy(), methods=["POST"])
    metrics = await _run_deliveries(sandbox, receiver, urls, secrets)
    assert all(m.failed_deliveries_count == 0 and m.deliveries_count >= 2 for m in metrics.values())
    assert received.count("Approved") == 2  # one delivery per destination, both handled


# uvicorn serves on asyncio only.
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_every_kind_of_failed_delivery_is_counted_and_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    sandbox.delivery_timeout = 0.3
    secrets: dict[str, str] = {}

    async def boom(event: WebhookEvent) -> None:
        raise RuntimeError("handler bug")

    async def slow(scope: Any, receive: Any, send: Any) -> None:
        await anyio.sleep(1)

    app = Starlette(
        routes=[
            # The old docstring's mount: the unslashed URL answers 307.
            Mount("/mounted", webhook_endpoint(boom, secrets="whsec_not_the_destinations")),
            Mount("/wrong-secret/", webhook_endpoint(boom, secrets="whsec_not_the_destinations")),
            Mount("/slow", slow),
        ]
    )
    app.add_route("/raises", webhook_endpoint(boom, secrets="x"), methods=["POST"])
    receiver = Receiver(app)
    refused = f"http://127.0.0.1:{_free_port()}/nobody-home"
    urls = {
        "3xx": receiver.url("/mounted"),
        "4xx": receiver.url("/wrong-secret/"),
        "timeout": receiver.url("/slow/"),
        "refused": refused,
    }
    with caplog.at_level(logging.WARNING, logger="didit_async.sandbox"):
        metrics = await _run_deliveries(sandbox, receiver, list(urls.values()), secrets)
    for kind, url in urls.items():
        m = metrics[url]
        assert m.deliveries_count >= 1, kind
        assert m.failed_deliveries_count == m.deliveries_count, kind
        assert str(m.health_status) == "failing", kind
        assert any(url in r.getMessage() for r in caplog.records), kind
    log = "\n".join(r.getMessage() for r in caplog.records)
    assert "HTTP 307 redirect" in log and "trailing slash" in log
    assert "HTTP 401" in log
    assert "ConnectError" in log
    assert "Timeout" in log
    failed = {r["url"]: r["error"] for r in sandbox.deliveries if not r["ok"]}
    assert set(failed) == set(urls.values())

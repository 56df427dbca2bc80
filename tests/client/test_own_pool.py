"""What both clients' own connection pools promise over a real socket: they go through the
proxy the environment names, and they keep no state between calls (no cookie jar)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from didit_async import AsyncDidit, Didit, DiditConnectionError
from didit_async.sandbox import Sandbox, SandboxConfig
from tests.loopback import serve_in_thread

# Never resolved: a request reaches the sandbox only if it went through the proxy.
ORIGIN = "http://didit.invalid"


class Recorder:
    """An ASGI front for the sandbox that records each request and may act as a proxy.

    As a proxy it takes absolute-form targets (``GET http://host/path``), as an HTTP proxy
    does, and answers from the sandbox. Every answer sets a cookie.
    """

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.seen: list[tuple[str, dict[str, str]]] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        self.seen.append((scope["path"], headers))
        if "://" in scope["path"]:
            path = urlsplit(scope["path"]).path
            scope = {**scope, "path": path, "raw_path": path.encode()}

        async def with_cookie(message: Any) -> None:
            if message["type"] == "http.response.start":
                message = {
                    **message,
                    "headers": [*message["headers"], (b"set-cookie", b"track=1; Path=/")],
                }
            await send(message)

        await self.sandbox.app(scope, receive, with_cookie)


@pytest.fixture
def recorder() -> Iterator[tuple[Recorder, str]]:
    rec = Recorder(Sandbox(SandboxConfig(start_after=0.0, finish_after=0.0)))
    with serve_in_thread(rec) as (host, port):
        yield rec, f"http://{host}:{port}"


@pytest.fixture
def proxy_env(monkeypatch: pytest.MonkeyPatch, recorder: tuple[Recorder, str]) -> Recorder:
    rec, proxy = recorder
    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", proxy)
    monkeypatch.setenv("http_proxy", proxy)
    return rec


def _urls(origin: str) -> dict[str, Any]:
    return {
        "verification_base_url": origin,
        "apx_base_url": origin,
        "auth_base_url": origin + "/auth/v2",
        "allow_insecure_http": True,
    }


def test_blocking_client_goes_through_the_environments_proxy(proxy_env: Recorder) -> None:
    with Didit(api_key=proxy_env.sandbox.api_key, **_urls(ORIGIN)) as client:
        workflow = client.workflows.create(workflow_label="KYC", workflow_type="kyc")
    assert workflow.workflow_label == "KYC"
    assert [path for path, _ in proxy_env.seen] == [f"{ORIGIN}/v3/workflows/"]


@pytest.mark.anyio
async def test_async_client_goes_through_the_environments_proxy(proxy_env: Recorder) -> None:
    async with AsyncDidit(api_key=proxy_env.sandbox.api_key, **_urls(ORIGIN)) as client:
        workflow = await client.workflows.create(workflow_label="KYC", workflow_type="kyc")
    assert workflow.workflow_label == "KYC"
    assert [path for path, _ in proxy_env.seen] == [f"{ORIGIN}/v3/workflows/"]


def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("all_proxy", raising=False)


def test_blocking_client_sends_no_cookie_back(
    recorder: tuple[Recorder, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_proxy(monkeypatch)
    rec, origin = recorder
    with Didit(api_key=rec.sandbox.api_key, **_urls(origin)) as client:
        client.workflows.create(workflow_label="KYC", workflow_type="kyc")
        client.workflows.list()
    assert len(rec.seen) == 2
    assert all("cookie" not in headers for _, headers in rec.seen)


@pytest.mark.anyio
async def test_async_client_sends_no_cookie_back(
    recorder: tuple[Recorder, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_proxy(monkeypatch)
    rec, origin = recorder
    async with AsyncDidit(api_key=rec.sandbox.api_key, **_urls(origin)) as client:
        await client.workflows.create(workflow_label="KYC", workflow_type="kyc")
        await client.workflows.list()
    assert len(rec.seen) == 2
    assert all("cookie" not in headers for _, headers in rec.seen)


@pytest.mark.anyio
async def test_a_failed_connection_names_the_request_it_failed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _no_proxy(monkeypatch)
    with socket.socket() as sock:  # a port nobody listens on once this closes
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    origin = f"http://127.0.0.1:{port}"
    async with AsyncDidit(api_key="k", max_retries=0, **_urls(origin)) as client:
        with pytest.raises(DiditConnectionError) as caught:
            await client.workflows.list()
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.ConnectError)
    assert str(cause.request.url) == f"{origin}/v3/workflows/"

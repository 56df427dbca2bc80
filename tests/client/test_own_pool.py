"""What both clients' own connection pools promise over a real socket: they go through the
proxy the environment names, they keep no state between calls (no cookie jar), and they stop
connecting after ``_http.CONNECT_TIMEOUT`` whatever the attempt's timeout."""

from __future__ import annotations

import contextlib
import socket
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from didit_async import (
    AsyncDidit,
    Didit,
    DiditConnectionError,
    DiditTimeoutError,
    DiditValidationError,
    DiditWriteOutcomeUnknownError,
    _http,
)
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
        list(client.workflows.list())
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


@contextlib.contextmanager
def _unanswered_port() -> Iterator[int]:
    """A loopback port whose TCP handshake never completes: its listener's backlog is full,
    so Linux drops further SYNs (as a firewall that drops packets does)."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port = listener.getsockname()[1]
        fillers = []
        try:
            for _ in range(8):
                filler = socket.socket()
                filler.setblocking(False)
                with contextlib.suppress(BlockingIOError):
                    filler.connect(("127.0.0.1", port))
                fillers.append(filler)
            time.sleep(0.1)
            yield port
        finally:
            for filler in fillers:
                filler.close()


@pytest.fixture
def short_connect_cap(monkeypatch: pytest.MonkeyPatch) -> float:
    # The own pools give up connecting after CONNECT_TIMEOUT seconds (10 in production); shorter
    # here so the test is quick. total_timeout below stops a client that ignores it at 3 s.
    _no_proxy(monkeypatch)
    monkeypatch.setattr(_http, "CONNECT_TIMEOUT", 0.3)
    return 0.3


def test_blocking_client_gives_up_connecting_before_the_attempt_deadline(
    short_connect_cap: float,
) -> None:
    # Didit's own pool used to stop connecting after 10 s (a connect timeout: nothing sent, so
    # any call may be retried); with the default per-attempt timeout it waited the whole 60 s,
    # and a write that never left was reported as an outcome unknown.
    with (
        _unanswered_port() as port,
        Didit(
            api_key="k", max_retries=0, total_timeout=3.0, **_urls(f"http://127.0.0.1:{port}")
        ) as client,
    ):
        started = time.monotonic()
        with pytest.raises(DiditTimeoutError) as caught:
            client.workflows.create(workflow_label="KYC", workflow_type="kyc")
        elapsed = time.monotonic() - started
    assert not isinstance(caught.value, DiditWriteOutcomeUnknownError)
    assert isinstance(caught.value.__cause__, httpx.ConnectTimeout)
    assert elapsed < 2.0


@pytest.mark.anyio
async def test_async_client_gives_up_connecting_before_the_attempt_deadline(
    short_connect_cap: float,
) -> None:
    # A per-call (or per-client) timeout used to replace the pool's connect bound with itself.
    with _unanswered_port() as port:
        async with AsyncDidit(
            api_key="k", max_retries=0, total_timeout=3.0, **_urls(f"http://127.0.0.1:{port}")
        ) as client:
            started = time.monotonic()
            with pytest.raises(DiditTimeoutError) as caught:
                await client.workflows.create(workflow_label="KYC", workflow_type="kyc")
            elapsed = time.monotonic() - started
    assert not isinstance(caught.value, DiditWriteOutcomeUnknownError)
    assert isinstance(caught.value.__cause__, httpx.ConnectTimeout)
    assert elapsed < 2.0


@contextlib.contextmanager
def _silent_port() -> Iterator[int]:
    """A loopback port that takes the connection and the request, and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)  # never accepted: the kernel completes handshakes and buffers
        yield listener.getsockname()[1]


def test_blocking_write_cut_off_while_connecting_is_known_not_sent_and_retried() -> None:
    # The attempt's timeout (0.3 s) passes before the pool's connect bound (10 s): the write
    # never left, so it is retried, and the final error is a plain timeout, not "unknown".
    retries: list[str] = []
    with (
        _unanswered_port() as port,
        Didit(
            api_key="k",
            max_retries=1,
            timeout=0.3,
            on_retry=lambda event: retries.append(event.reason),
            **_urls(f"http://127.0.0.1:{port}"),
        ) as client,
        pytest.raises(DiditTimeoutError, match="while connecting") as caught,
    ):
        client.workflows.create(workflow_label="KYC", workflow_type="kyc")
    assert not isinstance(caught.value, DiditWriteOutcomeUnknownError)
    assert retries == ["AttemptTimeout"]


@pytest.mark.anyio
async def test_async_write_cut_off_while_connecting_is_known_not_sent_and_retried() -> None:
    retries: list[str] = []
    with _unanswered_port() as port:
        async with AsyncDidit(
            api_key="k",
            max_retries=1,
            timeout=0.3,
            on_retry=lambda event: retries.append(event.reason),
            **_urls(f"http://127.0.0.1:{port}"),
        ) as client:
            with pytest.raises(DiditTimeoutError, match="while connecting") as caught:
                await client.workflows.create(workflow_label="KYC", workflow_type="kyc")
    assert not isinstance(caught.value, DiditWriteOutcomeUnknownError)
    assert retries == ["AttemptTimeout"]


def test_blocking_write_sent_then_unanswered_stays_an_unknown_outcome() -> None:
    with (
        _silent_port() as port,
        Didit(api_key="k", max_retries=1, timeout=0.3, **_urls(f"http://127.0.0.1:{port}")) as c,
        pytest.raises(DiditWriteOutcomeUnknownError),
    ):
        c.workflows.create(workflow_label="KYC", workflow_type="kyc")


@pytest.mark.anyio
async def test_async_write_sent_then_unanswered_stays_an_unknown_outcome() -> None:
    with _silent_port() as port:
        async with AsyncDidit(
            api_key="k", max_retries=1, timeout=0.3, **_urls(f"http://127.0.0.1:{port}")
        ) as client:
            with pytest.raises(DiditWriteOutcomeUnknownError):
                await client.workflows.create(workflow_label="KYC", workflow_type="kyc")


@pytest.fixture
def unusable_proxy(monkeypatch: pytest.MonkeyPatch) -> str:
    # httpx refuses a proxy scheme it does not speak; the URL carries a password.
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "ftp://user:hunter2-secret@127.0.0.1:1")
    monkeypatch.setenv("https_proxy", "ftp://user:hunter2-secret@127.0.0.1:1")
    return "hunter2-secret"


def test_blocking_client_names_an_unusable_proxy_without_its_password(
    unusable_proxy: str,
) -> None:
    with pytest.raises(DiditValidationError, match="HTTPS_PROXY") as caught:
        Didit(api_key="k")
    assert caught.value.reason == "proxy"
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert unusable_proxy not in str(caught.value)


@pytest.mark.anyio
async def test_async_client_names_an_unusable_proxy_before_sending(unusable_proxy: str) -> None:
    async with AsyncDidit(api_key="k") as client:
        with pytest.raises(DiditValidationError, match="HTTPS_PROXY") as caught:
            await client.workflows.list()
    assert caught.value.reason == "proxy"
    assert unusable_proxy not in str(caught.value)

"""Error messages a user can act on: one stop, the real URL, the cause, the fix."""

from __future__ import annotations

import socket
import ssl
from typing import Any

import httpx
import pytest
from httpx import Response

from didit_async import (
    AsyncDidit,
    DiditConnectionError,
    DiditNotFoundError,
    DiditTimeoutError,
)

pytestmark = pytest.mark.anyio

SID = "11111111-2222-3333-4444-555555555555"


async def test_a_404_names_the_real_url_once_punctuated_with_what_to_do(
    client: Any, router: Any, ops: Any
) -> None:
    router.get(f"{ops.V}/v3/session/{SID}/decision/").mock(
        return_value=Response(404, json={"detail": "Not found."})
    )
    with pytest.raises(DiditNotFoundError) as info:
        await client.transport.request(ops.DECISION, path_params={"sessionId": SID}, query={"q": 1})
    text = str(info.value)
    assert ".." not in text
    assert f"[GET {ops.V}/v3/session/{SID}/decision/]" in text
    assert "?q" not in text  # query strings may carry personal data
    assert "Check the id" in text
    assert ops.API_KEY not in text and ops.API_KEY not in repr(info.value)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_connection_refused_says_so_and_names_the_host() -> None:
    url = f"http://127.0.0.1:{_free_port()}"
    async with AsyncDidit(api_key="k", base_url=url, max_retries=0) as client:
        with pytest.raises(DiditConnectionError) as info:
            await client.sessions.retrieve_decision(SID)
    text = str(info.value)
    assert "connection refused" in text and "sandbox running" in text
    assert f"[GET {url}/v3/session/{SID}/decision/]" in text


async def test_a_timeout_says_which_phase_and_what_to_do() -> None:
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        async with AsyncDidit(api_key="k", base_url=url, max_retries=0, timeout=0.2) as client:
            with pytest.raises(DiditTimeoutError) as info:
                await client.sessions.retrieve_decision(SID)
    assert "timed out while waiting for the answer" in str(info.value)
    assert "timeout=" in str(info.value)


class Failing(httpx.AsyncBaseTransport):
    """A transport failing as httpx does: its ConnectError raised from the OS/TLS error."""

    def __init__(self, cause: BaseException) -> None:
        self.cause = cause

    async def handle_async_request(self, request: httpx.Request) -> Response:
        raise httpx.ConnectError("boom", request=request) from self.cause


@pytest.mark.parametrize(
    ("cause", "said"),
    [
        (socket.gaierror(-2, "Name or service not known"), "DNS lookup failed"),
        (ssl.SSLCertVerificationError("certificate verify failed"), "TLS certificate"),
        (ssl.SSLError("wrong version number"), "TLS handshake failed"),
    ],
)
async def test_dns_and_tls_failures_are_told_apart(cause: BaseException, said: str) -> None:
    http = httpx.AsyncClient(transport=Failing(cause))
    async with http, AsyncDidit(api_key="k", http_client=http, max_retries=0) as client:
        with pytest.raises(DiditConnectionError) as info:
            await client.sessions.retrieve_decision(SID)
    assert said in str(info.value)
    assert "Could not reach Didit (ConnectError)" not in str(info.value)

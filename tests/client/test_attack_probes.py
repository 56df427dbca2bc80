"""Probes of the client's hardening promises (test_hardening.py) with inputs those tests did not
try.

Each test failed on the code before its fix: a key h11 refused was quoted in the exception
message, a bad port, retry count or concurrency surfaced as a raw Python error (or a hang), and
non-mapping ``extra_body``/``extra_query`` escape hatches raised raw ``TypeError``s.
"""

from __future__ import annotations

from typing import Any

import anyio
import anyio.abc
import httpx
import pytest

from didit_async import AsyncDidit, Didit, DiditValidationError, ScopeLimit

pytestmark = pytest.mark.anyio

KEY_BODY = "sk_live_ATTACKPROBE"


async def _serve_once(listener: anyio.abc.SocketListener) -> None:
    async def answer(stream: anyio.abc.SocketStream) -> None:
        async with stream:
            await stream.receive(65536)
            await stream.send(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}")

    await listener.serve(answer)


async def _build_and_call(key: str, port: int) -> None:
    client = AsyncDidit(api_key=key, base_url=f"http://127.0.0.1:{port}")
    await client.users.retrieve("u1")


@pytest.mark.parametrize(
    "bad",
    [f"{KEY_BODY}\r\nX-Evil: 1", f"{KEY_BODY}\x00", f" {KEY_BODY}", f"{KEY_BODY}\u00e9", "\ud800"],
)
async def test_unsendable_api_key_is_refused_without_echoing_it(bad: str) -> None:
    # Before: the client was built, then h11 refused the header mid-send and the resulting
    # DiditValidationError quoted it ("Illegal header value b'sk_live_...'"), or a non-ASCII key
    # raised a raw UnicodeEncodeError. Both now fail at construction, the value never shown.
    async with await anyio.create_tcp_listener(local_host="127.0.0.1") as listener:
        port = listener.extra(anyio.abc.SocketAttribute.local_port)
        async with anyio.create_task_group() as tg:
            tg.start_soon(_serve_once, listener)
            with pytest.raises(DiditValidationError) as caught:
                await _build_and_call(bad, port)
            tg.cancel_scope.cancel()
    assert caught.value.field == "api_key"
    assert KEY_BODY not in str(caught.value)
    assert KEY_BODY not in repr(caught.value)


def test_unsendable_access_token_is_refused_without_echoing_it() -> None:
    with pytest.raises(DiditValidationError) as caught:
        AsyncDidit(access_token=f"{KEY_BODY}\n")
    assert caught.value.field == "access_token"
    assert KEY_BODY not in str(caught.value)


def test_sync_client_refuses_unsendable_key_without_echoing_it() -> None:
    with pytest.raises(DiditValidationError) as caught:
        Didit(api_key=f"{KEY_BODY}\r\n")
    assert KEY_BODY not in str(caught.value)


def test_base_url_with_invalid_port_is_a_validation_error() -> None:
    # Before: accepted, then every call raised a raw ValueError("Port out of range").
    for url in ("https://example.com:99999", "https://example.com:port"):
        with pytest.raises(DiditValidationError) as caught:
            AsyncDidit(api_key="k", base_url=url)
        assert caught.value.reason == "format"


@pytest.mark.parametrize("value", ["3", -1, True, 2.5])
def test_bad_max_retries_is_a_validation_error(value: Any) -> None:
    # Before: "3" raised a raw TypeError on the first retry decision; -1 was silently accepted.
    with pytest.raises(DiditValidationError) as caught:
        AsyncDidit(api_key="k", max_retries=value)
    assert caught.value.field == "max_retries"


@pytest.mark.parametrize("value", [0, -2, "4", True])
def test_bad_max_concurrency_is_a_validation_error(value: Any) -> None:
    # Before: max_concurrency=0 was accepted and every call then waited forever for a slot.
    with pytest.raises(DiditValidationError) as caught:
        AsyncDidit(api_key="k", max_concurrency=value)
    assert caught.value.field == "max_concurrency"


@pytest.mark.parametrize("client_class", [AsyncDidit, Didit])
@pytest.mark.parametrize(
    ("value", "field", "says"),
    [
        # Before: an unknown scope was stored and limited nothing, so a typo went unnoticed.
        ({"session_create": ScopeLimit(5, 60.0)}, "rate_limits", "unknown scope 'session_create'"),
        ({"session-create": 5}, "rate_limits['session-create']", "must be a ScopeLimit"),
        (
            {"session-create": ScopeLimit(5, float("inf"))},
            "rate_limits['session-create']",
            "finite",
        ),
        ([("session-create", ScopeLimit(5, 60.0))], "rate_limits", "must be a mapping"),
    ],
)
def test_bad_rate_limits_are_a_validation_error(
    client_class: Any, value: Any, field: str, says: str
) -> None:
    with pytest.raises(DiditValidationError) as caught:
        client_class(api_key="k", rate_limits=value)
    assert caught.value.field == field
    assert says in str(caught.value)


@pytest.mark.parametrize("value", [0, -1, "1", 1.5, True])
def test_bad_max_response_bytes_is_a_validation_error(value: Any) -> None:
    # Before: 0 or "1" was accepted and every success body then failed with a confusing error.
    with pytest.raises(DiditValidationError) as caught:
        AsyncDidit(api_key="k", max_response_bytes=value)
    assert caught.value.field == "max_response_bytes"


def _mock_client() -> tuple[AsyncDidit, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    client = AsyncDidit(
        api_key="k", http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
    )
    return client, sent


@pytest.mark.parametrize("hatch", ["extra_body", "extra_query"])
@pytest.mark.parametrize("value", [["a"], "ab"])
async def test_non_mapping_escape_hatch_is_a_validation_error(hatch: str, value: Any) -> None:
    client, sent = _mock_client()
    with pytest.raises(DiditValidationError):
        await client.users.update_status("u1", status="BLOCKED", **{hatch: value})
    assert sent == []


async def test_surrogate_query_key_is_a_validation_error() -> None:
    client, sent = _mock_client()
    with pytest.raises(DiditValidationError):
        await client.users.retrieve("u1", extra_query={"\ud800": "a"})
    assert sent == []

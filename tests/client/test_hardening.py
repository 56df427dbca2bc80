"""Every promise of the client holds under hostile input and hostile answers.

One section per promise; each test failed on the code before the fix.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import re
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote

import anyio
import anyio.abc
import httpx
import pytest
from httpx import Response

from didit_async import (
    AsyncDidit,
    DiditAPIError,
    DiditAuthenticationError,
    DiditBadRequestError,
    DiditError,
    DiditResponseDecodeError,
    DiditResponseTooLargeError,
    DiditTimeoutError,
    DiditValidationError,
    DiditWriteOutcomeUnknownError,
    _json,
    capture_response,
)
from didit_async import _transport as transport_module
from didit_async._auth import Secret
from didit_async._generated.operations import OPERATIONS

pytestmark = pytest.mark.anyio

# Cutting a body off mid-stream leaves httpx's chain of stream generators to be closed by the
# event loop, which trio reports as a ResourceWarning (the connection itself is closed at once).
CUT_OFF = pytest.mark.filterwarnings("ignore:Async generator:ResourceWarning")

SID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
WF = "11111111-2222-3333-4444-555555555555"
_PARAM = re.compile(r"\{([^}]+)\}")

# --- path parameters can never change the route -----------------------------------------------

HOSTILE = [
    "%2e",
    "%2e%2e",
    ".%2e",
    "a/../b",
    "../users",
    "/",
    "?status=Approved",
    "#frag",
    "a b",
    "ü-ñ",
    "a%2Fb",
    "..;",
    "\\..",
    "...",
]
REFUSED = [".", "..", "", "   ", "a\nb", "a\x00b", "a\rb", "\ud800", "x" * 1025]
PAIRS = [
    (op_id, name) for op_id, op in sorted(OPERATIONS.items()) for name in _PARAM.findall(op.path)
]


def _base(op: Any) -> str:
    return {"verification": "https://verification.didit.me", "apx": "https://apx.didit.me"}.get(
        op.host, "https://apx.didit.me/auth/v2"
    )


def test_the_walk_covers_every_path_parameter_of_the_table() -> None:
    assert len(PAIRS) >= 27
    assert {op for op, _ in PAIRS} == {o for o, m in OPERATIONS.items() if "{" in m.path}


@pytest.mark.parametrize(("op_id", "name"), PAIRS)
async def test_hostile_path_values_stay_one_segment_of_the_intended_route(
    client: Any, router: Any, op_id: str, name: str
) -> None:
    op = OPERATIONS[op_id]
    if "bearer" in op.auth and "api_key" not in op.auth:
        client.transport.credentials.set_access_token("tok", None)
    if op.auth == ("transaction_token",):
        client.transport.credentials.transaction_token = Secret("txsdk_tok")
    # The session token is passed per call (the sandbox-arm operation).
    per_call = {"credential": "sess_tok"} if op.auth == ("session_token",) else {}
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> Response:
        sent.append(request)
        return Response(200, json={})

    router.route().mock(side_effect=answer)
    others = dict.fromkeys(_PARAM.findall(op.path), "id-1")
    for value in HOSTILE:
        params = {**others, name: value}
        try:
            await client.transport.request(op, path_params=params, **per_call)
        except DiditResponseDecodeError:
            pass  # `{}` is the wrong shape for some operations; only the URL matters here
        except DiditWriteOutcomeUnknownError:
            pass  # ...and for a write, a wrong-shaped answer is outcome-unknown
        intended = _base(op) + _PARAM.sub(
            lambda m, p=params: quote(p[m.group(1)], safe=""),
            op.path,
        )
        url = sent[-1].url
        assert f"{url.scheme}://{url.host}{url.raw_path.decode()}".split("?")[0] == intended, value
        assert url.query == b"", value
        assert sent[-1].method == op.method
    for value in REFUSED:
        before = len(sent)
        with pytest.raises(DiditValidationError) as info:
            await client.transport.request(op, path_params={**others, name: value}, **per_call)
        assert info.value.field == name
        assert len(sent) == before, f"{value!r} was sent"


async def test_users_retrieve_dot_never_fetches_the_user_list(client: Any, router: Any) -> None:
    listing = router.get("https://verification.didit.me/v3/users/").mock(
        return_value=Response(200, json={"count": 0, "results": []})
    )
    for value in (".", ".."):
        with pytest.raises(DiditValidationError):
            await client.users.retrieve(value)
        with pytest.raises(DiditValidationError):
            await client.users.update_status(value, status="BLOCKED")
    assert not listing.called


# --- deeply nested JSON, parsed once ----------------------------------------------------------


@CUT_OFF
@pytest.mark.parametrize("depth", [1_000, 1_100, 5_000, 100_000])
async def test_deeply_nested_answers_never_raise_a_recursion_error(
    client: Any, router: Any, depth: int
) -> None:
    deep_list = b"[" * depth + b"]" * depth
    deep_obj = b'{"a":' * depth + b"1" + b"}" * depth
    route = router.get(f"https://verification.didit.me/v3/session/{SID}/decision/")
    json_type = {"content-type": "application/json"}
    for nested in (deep_list, deep_obj):
        body = b'{"session_id": "' + SID.encode() + b'", "metadata": ' + nested + b"}"
        for content in (nested, body):
            route.mock(return_value=Response(200, content=content, headers=json_type))
            # Too deep to parse, or the wrong shape: typed either way.
            with contextlib.suppress(DiditResponseDecodeError):
                await client.sessions.retrieve_decision(SID)
            route.mock(return_value=Response(400, content=content, headers=json_type))
            with pytest.raises(DiditBadRequestError) as info:
                await client.sessions.retrieve_decision(SID)
            assert len(str(info.value)) < 5_000


@CUT_OFF
async def test_a_body_too_deep_to_parse_is_a_decode_error(client: Any, router: Any) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    router.get(f"https://verification.didit.me/v3/session/{SID}/decision/").mock(
        return_value=Response(200, content=deep, headers={"content-type": "application/json"})
    )
    with pytest.raises(DiditResponseDecodeError):
        await client.sessions.retrieve_decision(SID)


async def test_every_json_body_is_parsed_exactly_once(
    client: Any, router: Any, ops: Any, monkeypatch: Any
) -> None:
    calls: list[bytes] = []
    real = _json.loads

    def counting(content: bytes) -> Any:
        calls.append(content)
        return real(content)

    monkeypatch.setattr(_json, "loads", counting)
    router.get(f"{ops.V}/v3/things/").mock(return_value=Response(200, json={"request_id": "r"}))
    with capture_response() as cap:
        assert await client.transport.request(ops.make()) == {"request_id": "r"}
    assert len(calls) == 1
    assert cap.response.request_id == "r"
    calls.clear()
    await client.transport.request(ops.make())
    assert len(calls) == 1


# --- transport security -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["http://example.com", "http://10.0.0.7:8000", "http://192.168.1.2", "http://didit.me"]
)
def test_the_key_never_goes_over_plain_http_to_another_machine(url: str) -> None:
    with pytest.raises(DiditValidationError, match="allow_insecure_http"):
        AsyncDidit("k", verification_base_url=url)
    assert AsyncDidit("k", verification_base_url=url, allow_insecure_http=True).base_urls


def test_the_environment_cannot_smuggle_a_plain_http_host(monkeypatch: Any) -> None:
    monkeypatch.setenv("DIDIT_APX_BASE_URL", "http://example.com")
    with pytest.raises(DiditValidationError):
        AsyncDidit("k")


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8765", "http://127.5.0.1", "http://localhost:9", "http://[::1]:80"]
)
def test_loopback_stays_allowed_for_the_sandbox(url: str) -> None:
    assert AsyncDidit("k", verification_base_url=url).base_urls["verification"] == url


async def test_redirects_are_not_followed_even_by_an_injected_client(
    router: Any, ops: Any, clock: Any
) -> None:
    router.get(f"{ops.V}/v3/things/").mock(
        return_value=Response(307, headers={"location": "https://evil.example/steal"})
    )
    evil = router.get("https://evil.example/steal").mock(return_value=Response(200, json={}))
    http = httpx.AsyncClient(follow_redirects=True)
    async with AsyncDidit(ops.API_KEY, http_client=http, clock=clock) as client:
        with pytest.raises(DiditAPIError) as info:
            await client.transport.request(ops.make())
    await http.aclose()
    assert info.value.status == 307
    assert not evil.called


# --- answers of the wrong shape ---------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        Response(200, content=b"null", headers={"content-type": "application/json"}),
        Response(200, json={"detail": "Authentication credentials were not provided."}),
        Response(200, json={"count": 1, "next": None, "results": [None]}),
        Response(200, json={"count": 1, "next": None, "results": [3]}),
        Response(200, json="text"),
        Response(204),
    ],
)
async def test_a_list_answer_of_the_wrong_shape_is_a_typed_error(
    client: Any, router: Any, answer: Response
) -> None:
    router.get("https://verification.didit.me/v3/sessions/").mock(return_value=answer)
    with pytest.raises(DiditResponseDecodeError):
        await client.sessions.list()
    with pytest.raises(DiditResponseDecodeError):
        async for _ in client.sessions.list():
            pass


@pytest.mark.parametrize(
    "answer",
    [
        Response(200, json={"detail": "nope"}),
        Response(200, content=b"null", headers={"content-type": "application/json"}),
        Response(200, json=[None]),
        Response(200),
        Response(204),
    ],
)
async def test_an_array_endpoint_answering_something_else_is_a_typed_error(
    client: Any, router: Any, answer: Response
) -> None:
    router.get("https://apx.didit.me/v3/workflows/").mock(return_value=answer)
    with pytest.raises(DiditResponseDecodeError):
        await client.workflows.list()


@pytest.mark.parametrize(
    "answer",
    [
        Response(200, json=[1, 2]),
        Response(200, json="ok"),
        Response(200, content=b"null", headers={"content-type": "application/json"}),
        Response(200),
        Response(204),
        Response(200, content=b'{"status": "App', headers={"content-type": "application/json"}),
    ],
)
async def test_an_object_endpoint_answering_something_else_is_a_typed_error(
    client: Any, router: Any, answer: Response
) -> None:
    router.get(f"https://verification.didit.me/v3/session/{SID}/decision/").mock(
        return_value=answer
    )
    with pytest.raises(DiditResponseDecodeError):
        await client.sessions.retrieve_decision(SID)


@pytest.mark.parametrize(
    "answer",
    [
        Response(201),
        Response(200),
        Response(204),
        Response(
            201, content=b'{"session_id": "3fa8', headers={"content-type": "application/json"}
        ),
        Response(201, json=["x"]),
    ],
)
async def test_an_unusable_2xx_to_a_create_is_outcome_unknown_never_a_model_of_none(
    client: Any, router: Any, answer: Response
) -> None:
    route = router.post("https://verification.didit.me/v3/session/").mock(return_value=answer)
    with pytest.raises(DiditWriteOutcomeUnknownError) as info:
        await client.sessions.create(workflow_id=WF)
    assert isinstance(info.value.__cause__, DiditResponseDecodeError)
    assert route.call_count == 1  # a plain create is never repeated


# --- bad arguments, refused before any I/O ----------------------------------------------------

BAD_HEADERS: list[Any] = [
    {"X-Trace": "a\r\nX-Injected: 1"},
    {"X-Trace": "a\nb"},
    {"X-Trace": "a\x00b"},
    {"X-Trace": " leading"},
    {"X-Trace": "ü"},
    {"X-Trace": 5},
    {"X-Trace": b"bytes"},
    {"Bad Name": "v"},
    {"X-\r\nA": "v"},
    {5: "v"},
    [("X-Trace", "v")],
    "X-Trace: v",
]


@pytest.mark.parametrize("headers", BAD_HEADERS)
async def test_bad_extra_headers_are_refused_before_sending(
    client: Any, router: Any, headers: Any
) -> None:
    route = router.route().mock(return_value=Response(201, json={"session_id": SID}))
    with pytest.raises(DiditValidationError):
        await client.sessions.create(workflow_id=WF, extra_headers=headers)
    with pytest.raises(DiditValidationError):
        await client.sessions.retrieve_decision(SID, extra_headers=headers)
    with pytest.raises(DiditValidationError):
        client.sessions.list(extra_headers=headers)
    assert not route.called


@pytest.mark.parametrize("headers", BAD_HEADERS[:4])
def test_bad_default_headers_are_refused_when_the_client_is_built(headers: Any) -> None:
    with pytest.raises(DiditValidationError):
        AsyncDidit("k", default_headers=headers)


async def test_a_request_h11_refuses_is_a_validation_error_not_an_unknown_outcome(
    client: Any, router: Any
) -> None:
    router.post("https://verification.didit.me/v3/session/").mock(
        side_effect=httpx.LocalProtocolError("Illegal header value")
    )
    with pytest.raises(DiditValidationError):
        await client.sessions.create(workflow_id=WF)


@pytest.mark.parametrize("timeout", [-1, 0, float("nan"), float("inf"), "5", True, [1]])
async def test_junk_timeouts_are_refused_before_sending(
    client: Any,
    router: Any,
    timeout: Any,  # noqa: ASYNC109 (the value under test)
) -> None:
    route = router.route().mock(return_value=Response(200, json={}))
    with pytest.raises(DiditValidationError):
        await client.sessions.retrieve_decision(SID, timeout=timeout)
    with pytest.raises(DiditValidationError):
        AsyncDidit("k", timeout=timeout)
    with pytest.raises(DiditValidationError):
        AsyncDidit("k", total_timeout=timeout)
    with pytest.raises(DiditValidationError):
        client.with_options(timeout=timeout)
    assert not route.called


async def test_lone_surrogates_and_non_finite_numbers_are_refused_before_sending(
    client: Any, router: Any
) -> None:
    route = router.route().mock(return_value=Response(201, json={"session_id": SID}))
    with pytest.raises(DiditValidationError):
        await client.sessions.create(workflow_id=WF, vendor_data="user-\ud800")
    with pytest.raises(DiditValidationError):
        await client.sessions.create(workflow_id=WF, metadata={"k": "\udfff"})
    for amount in (float("nan"), float("inf"), float("-inf")):
        with pytest.raises(DiditValidationError):
            await client.billing.top_up(amount_in_dollars=amount)
    with pytest.raises(DiditValidationError):
        await client.sessions.create(workflow_id=WF, metadata={"score": float("nan")})
    listing = client.sessions.list(vendor_data="\ud800")
    with pytest.raises(DiditValidationError):
        await listing
    assert not route.called


async def test_a_ten_megabyte_path_value_is_refused_before_sending(
    client: Any, router: Any
) -> None:
    route = router.route().mock(return_value=Response(200, json={}))
    with pytest.raises(DiditValidationError) as info:
        await client.users.retrieve("u" * 10_000_000)
    assert len(str(info.value)) < 300
    assert not route.called


# --- response size cap ------------------------------------------------------------------------


class _Stream(httpx.AsyncByteStream):
    """A body of ``chunks`` 1 MiB chunks, counting how many were pulled."""

    def __init__(self, chunks: int, fill: bytes = b" ") -> None:
        self.chunks = chunks
        self.pulled = 0
        self.fill = fill

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for _ in range(self.chunks):
            self.pulled += 1
            yield self.fill * (1024 * 1024)


@CUT_OFF
async def test_a_huge_success_body_is_cut_off_while_streaming(ops: Any, clock: Any) -> None:
    stream = _Stream(100)

    def handler(request: httpx.Request) -> Response:
        return Response(200, stream=stream, headers={"content-type": "application/json"})

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with AsyncDidit(
        ops.API_KEY, http_client=http, clock=clock, max_response_bytes=4 * 1024 * 1024
    ) as client:
        with pytest.raises(DiditResponseTooLargeError):
            await client.transport.request(ops.make())
    await http.aclose()
    assert stream.pulled <= 5  # 4 MiB admitted, the fifth chunk trips the cap; 95 never read


async def test_a_declared_length_over_the_cap_is_refused_without_reading(
    router: Any, ops: Any, clock: Any
) -> None:
    router.get(f"{ops.V}/v3/things/").mock(
        return_value=Response(
            200, content=b"{}" * 600, headers={"content-type": "application/json"}
        )
    )
    async with AsyncDidit(ops.API_KEY, clock=clock, max_response_bytes=1000) as client:
        with pytest.raises(DiditResponseTooLargeError):
            await client.transport.request(ops.make())


async def test_the_default_cap_admits_a_large_pdf(client: Any, router: Any, ops: Any) -> None:
    pdf = b"%PDF-1.7\n" + b"0" * (20 * 1024 * 1024)
    router.get(f"{ops.V}/v3/session/{SID}/generate-pdf/").mock(
        return_value=Response(200, content=pdf, headers={"content-type": "application/pdf"})
    )
    assert await client.transport.request(ops.PDF, path_params={"sessionId": SID}) == pdf


@CUT_OFF
async def test_a_huge_error_body_is_read_only_in_part_and_the_message_is_bounded(
    ops: Any, clock: Any
) -> None:
    stream = _Stream(100, fill=b"x")

    def handler(request: httpx.Request) -> Response:
        return Response(400, stream=stream, headers={"content-type": "text/plain"})

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with AsyncDidit(ops.API_KEY, http_client=http, clock=clock) as client:
        with pytest.raises(DiditBadRequestError) as info:
            await client.transport.request(ops.make())
    await http.aclose()
    assert stream.pulled == 1
    assert len(str(info.value)) < 3_000
    assert len(repr(info.value)) < 3_000
    assert len(str(info.value.body)) < 3_000


# --- secrets a server echoes never reach a message --------------------------------------------


@pytest.mark.parametrize(
    ("content", "ctype"),
    [
        (b'{"detail": "Invalid API key: KEY."}', "application/json"),
        (b'{"error": "bad", "message": "key KEY is revoked"}', "application/json"),
        (b'{"non_field_errors": ["x-api-key=KEY rejected"]}', "application/json"),
        (b"Forbidden: api_key=KEY", "text/plain"),
        (b"<html><body>key KEY</body></html>", "text/html"),
        (b'{"detail": "token TOKEN expired", "access_token": "TOKEN"}', "application/json"),
        (b'{"detail": "Authorization: Bearer abc.def.ghi"}', "application/json"),
        (b'{"detail": "session_token=zzz-SECRET-zzz"}', "application/json"),
    ],
)
async def test_secrets_echoed_by_the_server_never_reach_the_exception(
    client: Any, router: Any, ops: Any, content: bytes, ctype: str
) -> None:
    token = "eyJ-access-token-SECRET"
    client.transport.credentials.set_access_token(token, None)
    body = content.replace(b"KEY", ops.API_KEY.encode()).replace(b"TOKEN", token.encode())
    router.get(f"{ops.V}/v3/things/").mock(
        return_value=Response(401, content=body, headers={"content-type": ctype})
    )
    with pytest.raises(DiditAuthenticationError) as info:
        await client.transport.request(ops.make())
    for text in (str(info.value), repr(info.value), json.dumps(info.value.body, default=str)):
        assert ops.API_KEY not in text
        assert token not in text
        assert "abc.def.ghi" not in text
        assert "zzz-SECRET-zzz" not in text


# --- the hot path does only the work the call needs -------------------------------------------


async def test_the_hot_path_builds_nothing_nobody_reads(
    client: Any, router: Any, ops: Any, monkeypatch: Any
) -> None:
    def forbidden(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("built on the hot path")

    router.get(f"{ops.V}/v3/things/").mock(return_value=Response(200, json={"ok": 1}))
    await client.transport.request(ops.make())  # fingerprint the key once
    monkeypatch.setattr(transport_module, "RawResponse", forbidden)
    monkeypatch.setattr(transport_module, "redact_headers", forbidden)
    monkeypatch.setattr(client.transport.credentials, "absorb", forbidden)
    monkeypatch.setattr(hashlib, "sha256", forbidden)
    logging.getLogger("didit_async").setLevel(logging.WARNING)
    for _ in range(3):
        assert await client.transport.request(ops.make()) == {"ok": 1}


async def test_a_capture_still_gets_its_raw_response(client: Any, router: Any, ops: Any) -> None:
    router.get(f"{ops.V}/v3/things/").mock(
        return_value=Response(200, json={}, headers={"x-request-id": "rid-1"})
    )
    with capture_response() as cap:
        await client.transport.request(ops.make())
    assert cap.response.request_id == "rid-1"
    assert cap.response.headers.get("x-api-key") is None


# --- timeouts bound the whole attempt, total_timeout the whole call ---------------------------


@contextlib.asynccontextmanager
async def trickle_server(mode: str) -> AsyncIterator[str]:
    """A loopback server answering one byte every 0.4 s (of its headers, or of its body)."""
    head = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 5000\r\n\r\n"

    async def serve(stream: Any) -> None:
        async with stream:
            try:
                await stream.receive(65536)
                if mode == "body":
                    await stream.send(head)
                data = b" " * 5000 if mode == "body" else head
                for i in range(len(data)):
                    await stream.send(data[i : i + 1])
                    await anyio.sleep(0.4)
            except (anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
                pass

    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    async with listener, anyio.create_task_group() as tg:
        tg.start_soon(listener.serve, serve)
        yield f"http://127.0.0.1:{listener.extra(anyio.abc.SocketAttribute.local_port)}"
        tg.cancel_scope.cancel()


@pytest.mark.parametrize("mode", ["headers", "body"])
async def test_timeout_bounds_the_attempt_against_a_trickling_server(mode: str) -> None:
    async with (
        trickle_server(mode) as origin,
        AsyncDidit("k", verification_base_url=origin, timeout=1.0, max_retries=0) as client,
    ):
        # 5,000 bytes at 2.5 bytes/s is over half an hour: only an attempt deadline ends it.
        with anyio.fail_after(8), pytest.raises(DiditTimeoutError):
            await client.sessions.retrieve_decision(SID)


async def test_total_timeout_bounds_a_call_with_all_its_retries() -> None:
    async with (
        trickle_server("body") as origin,
        AsyncDidit(
            "k", verification_base_url=origin, timeout=1.0, max_retries=50, total_timeout=2.5
        ) as client,
    ):
        # 50 retries of 1 s each would take a minute; the total deadline stops it at 2.5 s.
        with anyio.fail_after(10), pytest.raises(DiditTimeoutError):
            await client.sessions.retrieve_decision(SID)


def test_timeout_errors_are_didit_errors() -> None:
    assert issubclass(DiditResponseDecodeError, DiditError)
    assert issubclass(DiditResponseTooLargeError, DiditResponseDecodeError)

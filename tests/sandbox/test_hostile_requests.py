"""The sandbox against hostile requests: credentials before the body, and a capped body."""

from __future__ import annotations

import json
from collections.abc import MutableMapping
from typing import Any

import httpx
import pytest

from didit_async import AsyncDidit
from didit_async.sandbox import Sandbox, SandboxConfig
from didit_async.sandbox._app import MAX_BODY_BYTES
from tests.loopback import serve_in_thread

pytestmark = pytest.mark.anyio
CHUNK = 1024 * 1024


class Client:
    """Feeds the sandbox app one request over raw ASGI, counting what it reads of the body."""

    def __init__(self, sandbox: Sandbox, *, endless: bool = False, body: bytes = b"{}") -> None:
        self.app = sandbox.app
        self.endless = endless
        self.body = body
        self.bytes_read = 0
        self.reads = 0
        self.sent: list[MutableMapping[str, Any]] = []

    async def receive(self) -> dict[str, Any]:
        self.reads += 1
        if not self.endless:
            self.bytes_read += len(self.body)
            return {"type": "http.request", "body": self.body, "more_body": False}
        if self.bytes_read > MAX_BODY_BYTES + 8 * CHUNK:
            # Far past the cap: stop here rather than feed an unbounded reader forever.
            raise AssertionError(f"the sandbox kept reading ({self.bytes_read} bytes)")
        self.bytes_read += CHUNK
        return {"type": "http.request", "body": b" " * CHUNK, "more_body": True}

    async def send(self, message: MutableMapping[str, Any]) -> None:
        self.sent.append(message)

    async def post(self, path: str, headers: dict[str, str]) -> tuple[int, Any, dict[str, str]]:
        scope = {
            "type": "http",
            "method": "POST",
            "path": path,
            "query_string": b"",
            "headers": [(k.encode(), v.encode()) for k, v in headers.items()],
        }
        await self.app(scope, self.receive, self.send)
        start, body = self.sent
        answer = {k.decode(): v.decode() for k, v in start["headers"]}
        return start["status"], json.loads(body["body"] or b"null"), answer


async def test_a_wrong_key_is_refused_before_a_byte_of_the_body_is_read() -> None:
    client = Client(Sandbox(), endless=True)
    status, body, _ = await client.post(
        "/v3/session/", {"x-api-key": "sk_wrong", "content-type": "application/json"}
    )
    assert (status, body) == (401, {"detail": "Invalid or missing API key"})
    assert client.reads == 0


async def test_no_key_and_an_unknown_route_read_no_body_either() -> None:
    sandbox = Sandbox()
    no_key = Client(sandbox, endless=True)
    assert (await no_key.post("/v3/session/", {}))[0] == 403
    unknown = Client(sandbox, endless=True)
    assert (await unknown.post("/v3/nothing-here/", {"x-api-key": sandbox.api_key}))[0] == 404
    assert no_key.reads == unknown.reads == 0


async def test_a_declared_body_over_the_cap_is_refused_unread() -> None:
    sandbox = Sandbox()
    client = Client(sandbox, endless=True)
    status, body, _ = await client.post(
        "/v3/session/",
        {
            "x-api-key": sandbox.api_key,
            "content-type": "application/json",
            "content-length": str(MAX_BODY_BYTES + 1),
        },
    )
    assert status == 413 and str(MAX_BODY_BYTES) in body["detail"]
    assert client.reads == 0


async def test_a_streamed_body_is_cut_off_at_the_cap() -> None:
    sandbox = Sandbox()
    client = Client(sandbox, endless=True)
    status, _, _ = await client.post(
        "/v3/session/", {"x-api-key": sandbox.api_key, "content-type": "application/json"}
    )
    assert status == 413
    assert MAX_BODY_BYTES < client.bytes_read <= MAX_BODY_BYTES + CHUNK  # never past one chunk


async def test_the_cap_is_configurable_and_control_routes_obey_it() -> None:
    sandbox = Sandbox(SandboxConfig(max_body_bytes=1000))
    over = Client(sandbox, body=b" " * 1001)
    assert (await over.post("/sandbox/clock/advance/", {}))[0] == 413
    under = Client(sandbox, body=b'{"seconds": 1}')
    assert (await under.post("/sandbox/clock/advance/", {}))[0] == 200


async def test_over_loopback_uploads_fit_the_cap_and_a_larger_body_is_answered_413() -> None:
    # Two 10 MB images (Didit's per-file limit) go through the SDK over a real socket. A 33 MB
    # body is answered 413 with a valid key and 401 with a wrong one (credentials first), and
    # the client reads the answer even though the server does not read the upload.
    image = b"\xff\xd8\xff" + b"\0" * (10 * 1000 * 1000 - 3)
    big = b" " * (MAX_BODY_BYTES + 1000)
    sandbox = Sandbox()
    with serve_in_thread(sandbox.app) as (host, port):
        origin = f"http://{host}:{port}"
        async with AsyncDidit(
            api_key=sandbox.api_key,
            verification_base_url=origin,
            apx_base_url=origin,
            auth_base_url=origin + "/auth/v2",
            max_retries=0,
        ) as client:
            ok = await client.id_verification.verify(front_image=image, back_image=image)
        async with httpx.AsyncClient(base_url=origin, timeout=30) as http:
            too_big = await http.post("/v3/session/", content=big, headers=json_key(sandbox))
            wrong_key = await http.post(
                "/v3/session/", content=big, headers={"x-api-key": "sk_wrong"}
            )
    assert ok.id_verification is not None
    assert too_big.status_code == 413 and wrong_key.status_code == 401


def json_key(sandbox: Sandbox) -> dict[str, str]:
    return {"x-api-key": sandbox.api_key, "content-type": "application/json"}

"""What goes on the wire: URLs, query, bodies, credentials, headers; what comes back."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path
from typing import Any

import anyio
import pytest

from didit_async import (
    DiditAuthenticationError,
    DiditError,
    DiditValidationError,
    FakeClock,
    capture_response,
)
from didit_async._generated.operations import OPERATIONS
from didit_async._http import Response
from didit_async._transport import encode_query

pytestmark = pytest.mark.anyio


async def test_url_uses_the_host_base_and_percent_encodes_path_parameters(
    client: Any, router: Any, ops: Any
) -> None:
    route = router.get(f"{ops.V}/v3/session/a%2Fb%3Fc/decision/").mock(
        return_value=Response(200, json={})
    )
    await client.transport.request(ops.DECISION, path_params={"sessionId": "a/b?c"})
    assert route.called


@pytest.mark.parametrize("bad", ["", "   "])
async def test_empty_path_parameter_is_rejected_before_sending(
    client: Any, router: Any, ops: Any, bad: str
) -> None:
    with pytest.raises(DiditValidationError) as info:
        await client.transport.request(ops.DECISION, path_params={"sessionId": bad})
    assert info.value.field == "sessionId"
    assert not router.calls  # nothing left the process


async def test_query_drops_none_lowercases_booleans_and_joins_lists(
    client: Any, router: Any, ops: Any
) -> None:
    route = router.get(f"{ops.V}/v3/things/").mock(return_value=Response(200, json={}))
    await client.transport.request(
        ops.make(), query={"a": None, "flag": False, "status": ["Approved", "Declined"], "n": 3}
    )
    url = route.calls[0].request.url
    assert url.params.get("flag") == "false"
    assert url.params.get("status") == "Approved,Declined"
    assert url.params.get("n") == "3"
    assert "a" not in url.params


def test_encode_query_skips_empty_lists() -> None:
    assert encode_query({"x": [], "y": True}) == {"y": "true"}


async def test_api_key_header_user_agent_and_extra_headers(
    client: Any, router: Any, ops: Any
) -> None:
    route = router.get(f"{ops.V}/v3/things/").mock(return_value=Response(200, json={}))
    await client.transport.request(ops.make(), extra_headers={"X-Trace": "t1"})
    headers = route.calls[0].request.headers
    assert headers["x-api-key"] == ops.API_KEY
    assert headers["user-agent"].startswith("didit-async/")
    assert headers["x-trace"] == "t1"


async def test_unauthenticated_endpoints_send_no_credentials(
    client: Any, router: Any, ops: Any
) -> None:
    route = router.get(f"{ops.V}/system/healthcheck").mock(
        return_value=Response(200, json={"status": "ok"})
    )
    await client.transport.request(ops.HEALTH)
    headers = route.calls[0].request.headers
    assert "x-api-key" not in headers
    assert "authorization" not in headers


async def test_login_token_is_kept_and_used_for_bearer_endpoints_until_it_expires(
    client_factory: Any, router: Any, ops: Any, clock: FakeClock
) -> None:
    router.post(f"{ops.AUTH}/programmatic/login/").mock(
        return_value=Response(
            200,
            json={"access_token": "jwt-ACCESS", "refresh_token": "jwt-REFRESH", "expires_in": 3600},
        )
    )
    orgs = router.get(f"{ops.AUTH}/organizations/me/").mock(return_value=Response(200, json=[]))
    async with client_factory(api_key=None) as client:
        with pytest.raises(DiditAuthenticationError, match="login"):
            await client.transport.request(ops.LIST_ORGS)  # no token yet: clear, nothing sent
        assert not orgs.called
        login = await client.transport.request(
            ops.LOGIN, json={"email": "a@b.c", "password": "Secret-123!"}
        )
        assert login["access_token"] == "jwt-ACCESS"
        assert "login" not in str(router.calls[0].request.headers).lower()  # no key sent
        assert "x-api-key" not in router.calls[0].request.headers
        await client.transport.request(ops.LIST_ORGS)
        assert orgs.calls[0].request.headers["authorization"] == "Bearer jwt-ACCESS"
        assert "x-api-key" not in orgs.calls[0].request.headers
        clock.advance(3600)
        assert client.access_token_expired
        with pytest.raises(DiditAuthenticationError, match="expired") as info:
            await client.transport.request(ops.LIST_ORGS)
        assert orgs.call_count == 1  # the expired token was never sent
        assert "jwt-ACCESS" not in str(info.value)


async def test_verify_email_gives_the_client_its_api_key_if_it_had_none(
    client_factory: Any, router: Any, ops: Any
) -> None:
    router.post(f"{ops.AUTH}/programmatic/verify-email/").mock(
        return_value=Response(
            200,
            json={
                "access_token": "jwt",
                "expires_in": 86400,
                "organization": {"uuid": "o"},
                "application": {"uuid": "a", "api_key": "NEW-KEY"},
            },
        )
    )
    route = router.get(f"{ops.APX}/v3/blocklist/").mock(return_value=Response(200, json={}))
    async with client_factory(api_key=None) as client:
        await client.transport.request(ops.VERIFY_EMAIL, json={"email": "a@b.c", "code": "X1"})
        assert client.has_api_key
        await client.transport.request(ops.BLOCKLIST_LIST)
    assert route.calls[0].request.headers["x-api-key"] == "NEW-KEY"
    assert "NEW-KEY" not in repr(client)


async def test_missing_api_key_fails_before_sending(
    client_factory: Any, router: Any, ops: Any
) -> None:
    async with client_factory(api_key=None) as client:
        with pytest.raises(DiditAuthenticationError, match="DIDIT_API_KEY"):
            await client.transport.request(ops.DECISION, path_params={"sessionId": "x"})
    assert not router.calls


async def test_binary_and_empty_responses(client: Any, router: Any, ops: Any) -> None:
    router.get(f"{ops.V}/v3/session/s/generate-pdf/").mock(
        return_value=Response(200, content=b"%PDF-1.7", headers={"content-type": "application/pdf"})
    )
    pdf = await client.transport.request(ops.PDF, path_params={"sessionId": "s"})
    assert pdf == b"%PDF-1.7"
    router.delete(f"{ops.V}/v3/session/s/delete/").mock(return_value=Response(204))
    delete = OPERATIONS["sessions_delete"]
    assert await client.transport.request(delete, path_params={"sessionId": "s"}) is None


async def test_multipart_accepts_bytes_files_paths_and_tuples(
    client: Any, router: Any, ops: Any, tmp_path: Path
) -> None:
    front = tmp_path / "front.png"
    front.write_bytes(b"PNG-FRONT")
    route = router.post(f"{ops.V}/v3/id-verification/").mock(return_value=Response(200, json={}))
    await client.transport.request(
        ops.ID_VERIFY,
        files={
            "front_image": front,
            "back_image": io.BytesIO(b"BACK"),
            "selfie": b"SELFIE",
            "extra": ("doc.pdf", b"PDF", "application/pdf"),
        },
        data={"save_api_request": True, "vendor_data": "u-1", "skip": None},
    )
    request = route.calls[0].request
    body = request.content
    assert request.headers["content-type"].startswith("multipart/form-data")
    for needle in (b"PNG-FRONT", b"BACK", b"SELFIE", b'filename="front.png"', b"image/png"):
        assert needle in body
    assert b'filename="doc.pdf"' in body
    assert b"true" in body
    assert b"skip" not in body


async def test_request_id_and_raw_response_are_captured_per_task(
    client: Any, router: Any, ops: Any
) -> None:
    def reply(request: Any) -> Response:
        sid = request.url.path.split("/")[3]
        return Response(200, json={"id": sid}, headers={"x-request-id": f"req-{sid}"})

    router.get(url__regex=r".*/decision/$").mock(side_effect=reply)
    seen: dict[str, str | None] = {}

    async def one(sid: str) -> None:
        with capture_response() as cap:
            await client.transport.request(ops.DECISION, path_params={"sessionId": sid})
        seen[sid] = cap.response.request_id
        assert cap.response.status_code == 200
        assert len(cap.responses) == 1

    async with anyio.create_task_group() as tg:
        for sid in ("a", "b", "c"):
            tg.start_soon(one, sid)
    assert seen == {"a": "req-a", "b": "req-b", "c": "req-c"}


async def test_captured_headers_and_errors_never_contain_the_key(
    client: Any, router: Any, ops: Any
) -> None:
    router.get(f"{ops.V}/v3/things/").mock(
        return_value=Response(
            403,
            json={"detail": "You do not have permission.", "api_key": ops.API_KEY},
            headers={"x-request-id": "rid-1"},
        )
    )
    with capture_response() as cap, pytest.raises(DiditError) as info:
        await client.transport.request(ops.make())
    err = info.value
    assert err.request_id == "rid-1"
    assert err.status == 403
    for text in (str(err), repr(err), repr(err.body), repr(cap.response)):
        assert ops.API_KEY not in text
    assert "API key" in str(err)


async def test_debug_logging_redacts_secrets(
    client_factory: Any, router: Any, ops: Any, caplog: Any, monkeypatch: Any
) -> None:
    monkeypatch.setenv("DIDIT_LOG", "debug")
    caplog.set_level(logging.DEBUG, logger="didit_async")
    router.post(f"{ops.AUTH}/programmatic/login/").mock(
        return_value=Response(400, json={"password": ["too weak: Secret-123!"]})
    )
    router.get(f"{ops.V}/v3/things/").mock(return_value=Response(200, json={}))
    async with client_factory() as client:
        await client.transport.request(ops.make())
        with pytest.raises(DiditError) as info:
            await client.transport.request(
                ops.LOGIN, json={"email": "a@b.c", "password": "Secret-123!"}
            )
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "request GET /v3/things/" in text
    assert ops.API_KEY not in text
    assert "Secret-123!" not in text
    assert "Secret-123!" not in str(info.value)
    assert "[REDACTED]" in text


async def test_per_call_timeout_reaches_httpx(client: Any, router: Any, ops: Any) -> None:
    route = router.get(f"{ops.V}/v3/things/").mock(return_value=Response(200, json={}))
    await client.transport.request(ops.make(), timeout=3.5)
    await client.transport.request(ops.make())
    first = route.calls[0].request.extensions["timeout"]
    second = route.calls[1].request.extensions["timeout"]
    assert first["read"] == 3.5
    assert second["read"] == 60.0


async def test_json_bodies_are_sent_as_json(client: Any, router: Any, ops: Any) -> None:
    route = router.post(f"{ops.V}/v3/session/").mock(return_value=Response(201, json={}))
    await client.transport.request(ops.SESSION_CREATE, json={"workflow_id": "wf", "x": None})
    assert json.loads(route.calls[0].request.content) == {"workflow_id": "wf", "x": None}
    assert route.calls[0].request.headers["content-type"] == "application/json"


async def test_request_id_from_a_standalone_checks_json_body(
    client: Any, router: Any, ops: Any
) -> None:
    router.post(f"{ops.V}/v3/id-verification/").mock(
        return_value=Response(200, json={"request_id": "body-rid", "id_verification": {}})
    )
    with capture_response() as cap:
        await client.transport.request(ops.ID_VERIFY, files={"front_image": b"x"})
    assert cap.response.request_id == "body-rid"

"""``extra_body=`` / ``extra_query=``: fields Didit accepts before the spec knows them reach the
wire, merged after validation; and secrets (including secret-bearing URLs) stay out of reprs."""

from __future__ import annotations

import json
from typing import Any

import pytest

from didit_async import DiditBadRequestError, DiditValidationError
from didit_async._http import Response
from didit_async.models import CreateSessionResponse, SessionListItem, decode

pytestmark = pytest.mark.anyio

WF = "11111111-2222-4333-8444-555555555555"
SID = "9f2c3a1e-8d4b-4c5a-9e6f-1a2b3c4d5e6f"


async def test_extra_body_and_query_reach_a_json_request(
    client: Any, router: Any, ops: Any
) -> None:
    route = router.post(f"{ops.V}/v3/session/").mock(
        return_value=Response(201, json={"session_id": SID})
    )
    await client.sessions.create(
        workflow_id=WF,
        vendor_data="user-1",
        extra_body={"callback_url": "https://example.com/cb", "new_flag": True},
        extra_query={"preview": "1"},
    )
    request = route.calls[0].request
    assert json.loads(request.content) == {
        "workflow_id": WF,
        "vendor_data": "user-1",
        "callback_url": "https://example.com/cb",
        "new_flag": True,
    }
    assert request.url.params["preview"] == "1"


async def test_declared_fields_are_still_validated_when_extra_body_is_given(
    client: Any, router: Any
) -> None:
    with pytest.raises(DiditValidationError) as info:
        await client.sessions.create(workflow_id="not-a-uuid", extra_body={"anything": 1})
    assert (info.value.field, info.value.method, info.value.path) == (
        "workflow_id",
        "POST",
        "/v3/session/",
    )
    assert not router.calls


async def test_extra_query_reaches_a_get_and_every_page_of_a_list(
    client: Any, router: Any, ops: Any
) -> None:
    decision = router.get(f"{ops.V}/v3/session/{SID}/decision/").mock(
        return_value=Response(200, json={"session_id": SID})
    )
    await client.sessions.retrieve_decision(SID, extra_query={"include_media": "false"})
    assert decision.calls[0].request.url.params["include_media"] == "false"

    pages = router.get(f"{ops.V}/v3/sessions/").mock(
        side_effect=[
            Response(
                200,
                json={
                    "count": 2,
                    "next": f"{ops.V}/v3/sessions/?offset=1&limit=1",
                    "previous": None,
                    "results": [{"session_id": SID}],
                },
            ),
            Response(
                200,
                json={"count": 2, "next": None, "previous": None, "results": [{"session_id": SID}]},
            ),
        ]
    )
    items = [s async for s in client.sessions.list(limit=1, extra_query={"region": "eu"})]
    assert len(items) == 2
    assert [c.request.url.params["region"] for c in pages.calls] == ["eu", "eu"]


async def test_extra_body_reaches_a_multipart_request(client: Any, router: Any, ops: Any) -> None:
    route = router.post(f"{ops.V}/v3/passive-liveness/").mock(
        return_value=Response(200, json={"request_id": "r-1"})
    )
    await client.passive_liveness.check(
        user_image=b"\xff\xd8jpeg", extra_body={"new_threshold_mode": "strict"}
    )
    body = route.calls[0].request.content
    assert b'name="new_threshold_mode"' in body
    assert b"strict" in body
    assert b'name="user_image"' in body


def test_secret_bearing_session_urls_and_tokens_are_masked_in_reprs() -> None:
    token = "eyJTOKEN-SECRET"
    created = decode(
        CreateSessionResponse,
        {
            "session_id": SID,
            "session_token": token,
            "url": f"https://verify.didit.me/session/{token}",
        },
    )
    listed = decode(
        SessionListItem,
        {"session_id": SID, "session_url": f"https://verify.didit.me/session/{token}"},
    )
    assert token not in repr(created)
    assert token not in repr(listed)
    assert created.url == f"https://verify.didit.me/session/{token}"  # still readable


def test_share_token_and_pdf_password_are_redacted_from_error_bodies() -> None:
    from didit_async._errors import error_from_response

    err = error_from_response(
        400,
        b'{"share_token": ["sh-SECRET is invalid"], "front_image_password": "pw-SECRET"}',
        method="POST",
        path="/v3/session/import-shared/",
        request_id=None,
    )
    assert isinstance(err, DiditBadRequestError)
    assert "SECRET" not in str(err.body)
    assert "SECRET" not in str(err)

"""``sessions.list(status=...)``: one comma-separated string or a list of statuses, each checked
before sending, on the wire as one comma-joined value; the async and the blocking client alike."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx

from didit_async import AsyncDidit, Didit, DiditValidationError
from didit_async.models import SessionStatus
from didit_async.sandbox import Sandbox, SandboxConfig

URL = "https://verification.didit.me/v3/sessions/"
EMPTY_PAGE = {"count": 0, "next": None, "previous": None, "results": []}
# What Didit gets for Approved and In Review, whichever form the caller used.
WIRE = b"status=Approved%2CIn+Review"

SAME_FILTER = [
    "Approved,In Review",
    ["Approved", "In Review"],
    ("Approved", SessionStatus.IN_REVIEW),
    [SessionStatus.APPROVED, SessionStatus.IN_REVIEW],
]
MISSPELLED = [
    ("Aproved", "not 'Aproved'"),
    ("approved", "not 'approved'"),
    ("Approved,In Reveiw", "not 'In Reveiw'"),
    ("Approved, Declined", "not ' Declined'"),  # no spaces around the commas
    (["Approved", "In review"], "not 'In review'"),
    ([], "at least one"),
]


@pytest.fixture
def mocked() -> Iterator[respx.Route]:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        yield router.get(URL).mock(return_value=httpx.Response(200, json=EMPTY_PAGE))


def _sent(route: respx.Route) -> list[bytes]:
    return [call.request.url.query for call in route.calls]


@pytest.mark.anyio
@pytest.mark.parametrize("status", SAME_FILTER)
async def test_a_string_a_list_and_enum_members_send_the_same_query(
    mocked: respx.Route, status: Any
) -> None:
    async with AsyncDidit(api_key="k") as client:
        page = await client.sessions.list(status=status)
        walked = [s async for s in client.sessions.list(status=status)]
    assert page.count == 0 and walked == []
    assert _sent(mocked) == [WIRE, WIRE]


@pytest.mark.parametrize("status", SAME_FILTER)
def test_the_blocking_client_sends_the_same_query(mocked: respx.Route, status: Any) -> None:
    with Didit(api_key="k") as client:
        assert client.sessions.list(status=status).first_page().count == 0
        assert list(client.sessions.list(status=status)) == []
    assert _sent(mocked) == [WIRE, WIRE]


@pytest.mark.anyio
async def test_one_enum_member_is_one_status(mocked: respx.Route) -> None:
    async with AsyncDidit(api_key="k") as client:
        await client.sessions.list(status=SessionStatus.KYC_EXPIRED)
    assert _sent(mocked) == [b"status=Kyc+Expired"]


@pytest.mark.anyio
@pytest.mark.parametrize(("status", "shown"), MISSPELLED)
async def test_a_misspelled_status_raises_before_sending(
    mocked: respx.Route, status: Any, shown: str
) -> None:
    async with AsyncDidit(api_key="k") as client:
        with pytest.raises(DiditValidationError) as info:
            await client.sessions.list(status=status)
        with pytest.raises(DiditValidationError):
            client.sessions.list(status=status)  # the lazy walk refuses too
    assert info.value.field == "status" and shown in str(info.value)
    assert (info.value.method, info.value.path) == ("GET", "/v3/sessions/")
    assert not mocked.called


@pytest.mark.parametrize(("status", "shown"), MISSPELLED)
def test_the_blocking_client_refuses_a_misspelled_status_too(
    mocked: respx.Route, status: Any, shown: str
) -> None:
    with Didit(api_key="k") as client, pytest.raises(DiditValidationError) as info:
        client.sessions.list(status=status)
    assert info.value.field == "status" and shown in str(info.value)
    assert (info.value.method, info.value.path) == ("GET", "/v3/sessions/")
    assert not mocked.called


@pytest.mark.anyio
async def test_the_sandbox_filters_by_the_comma_joined_statuses() -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    async with sandbox.client() as client:
        wf = await client.workflows.create(workflow_label="K", workflow_type="kyc")
        for scenario in ("approve", "decline", "review"):
            await client.sessions.create(
                workflow_id=wf.uuid, vendor_data=scenario, sandbox_scenario=scenario
            )
        sandbox.advance(10)
        by_string = await client.sessions.list(status="Approved,Declined")
        by_list = await client.sessions.list(status=[SessionStatus.APPROVED, "Declined"])
        approved = [s async for s in client.sessions.list(status="Approved")]
    assert {str(s.status) for s in by_string.results} == {"Approved", "Declined"}
    assert [s.session_id for s in by_list.results] == [s.session_id for s in by_string.results]
    assert [str(s.status) for s in approved] == ["Approved"]

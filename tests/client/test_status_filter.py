"""A misspelled status filter is refused before sending (issue 18.6)."""

from __future__ import annotations

import pytest

from didit_async import DiditValidationError
from didit_async.sandbox import Sandbox, SandboxConfig

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("status", "hint"),
    [
        ("Aproved", "did you mean 'Approved'"),
        ("approved", "did you mean 'Approved'"),
        ("Approved,In Reveiw", "did you mean 'In Review'"),
        ("Approved, Declined", "no spaces"),
    ],
)
async def test_a_misspelled_status_raises_before_sending(status: str, hint: str) -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    async with sandbox.client() as client:
        with pytest.raises(DiditValidationError) as info:
            await client.sessions.list(status=status)
        with pytest.raises(DiditValidationError):
            client.sessions.list(status=status)  # the lazy walk refuses too
    assert info.value.field == "status" and hint in str(info.value)
    assert sandbox.stats.requests == 0


async def test_valid_statuses_still_filter() -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    async with sandbox.client() as client:
        wf = await client.workflows.create(workflow_label="K", workflow_type="kyc")
        for scenario in ("approve", "decline"):
            await client.sessions.create(
                workflow_id=wf.uuid, vendor_data=scenario, sandbox_scenario=scenario
            )
        sandbox.advance(10)
        page = await client.sessions.list(status="Approved,Declined")
        approved = [s async for s in client.sessions.list(status="Approved")]
    assert {str(s.status) for s in page.results} == {"Approved", "Declined"}
    assert [str(s.status) for s in approved] == ["Approved"]

"""A user's PDF report through both clients against the sandbox."""

from __future__ import annotations

import pytest

from didit_async import DiditNotFoundError
from didit_async.sandbox import Sandbox, SandboxConfig


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(virtual_time=True))


@pytest.mark.anyio
async def test_the_report_lists_the_users_sessions(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        wf = await client.workflows.create(workflow_label="K", workflow_type="kyc")
        for _ in range(2):  # one after the other: an unfinished one would be reused
            await client.sessions.create(workflow_id=str(wf.uuid), vendor_data="ana")
            sandbox.advance(30)
        report = await client.users.generate_pdf("ana")
        assert report.startswith(b"%PDF") and report.rstrip().endswith(b"%%EOF")
        assert b"vendor_data: ana" in report and b"Sessions: 2" in report
        with pytest.raises(DiditNotFoundError):
            await client.users.generate_pdf("nobody")


def test_the_report_through_the_blocking_client(sandbox: Sandbox) -> None:
    with sandbox.sync_client() as client:
        client.users.create(vendor_data="ben")
        assert b"Sessions: 0" in client.users.generate_pdf("ben")

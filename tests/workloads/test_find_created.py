"""sessions.find_created: what a resumed bulk job asks about a row an earlier process sent."""

from __future__ import annotations

import time

import anyio
import pytest

from didit_async import DiditValidationError
from didit_async.sandbox import Sandbox, SandboxConfig

pytestmark = pytest.mark.anyio


async def test_finds_the_session_a_create_made_since_the_send_in_any_status() -> None:
    sandbox = Sandbox(SandboxConfig(start_after=0.02, finish_after=0.02))
    async with sandbox.client() as client:
        wf = await client.workflows.create(workflow_label="KYC", workflow_type="kyc")
        sent_at = time.time()
        made = await client.sessions.create(workflow_id=wf.uuid, vendor_data="user-1")
        await anyio.sleep(0.1)  # the user finished: a create sent again would make a second one
        found = await client.sessions.find_created("user-1", since=sent_at, workflow_id=wf.uuid)
        assert found is not None and found.session_id == made.session_id
        assert str(found.status) == "Approved"
        assert await client.sessions.find_created("user-2", since=sent_at) is None
        # A session of another workflow is not this row's.
        other = await client.workflows.create(workflow_label="Other", workflow_type="kyc")
        assert (
            await client.sessions.find_created("user-1", since=sent_at, workflow_id=other.uuid)
            is None
        )


async def test_an_empty_vendor_data_is_refused_before_any_request() -> None:
    sandbox = Sandbox()
    async with sandbox.client() as client:
        before = sandbox.stats.requests
        with pytest.raises(DiditValidationError, match="vendor_data"):
            await client.sessions.find_created("", since=time.time())
        assert sandbox.stats.requests == before

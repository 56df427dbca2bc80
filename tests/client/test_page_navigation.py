"""``Page.has_next_page()`` / ``Page.get_next_page()``: walking pages by hand keeps the filters."""

from __future__ import annotations

import pytest

from didit_async.sandbox import Sandbox, SandboxConfig

pytestmark = pytest.mark.anyio


async def test_pages_can_be_walked_by_hand_with_the_filters_kept() -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    async with sandbox.client() as client:
        wf = await client.workflows.create(workflow_label="K", workflow_type="kyc")
        for i in range(5):
            await client.sessions.create(
                workflow_id=wf.uuid, vendor_data=f"a{i}", sandbox_scenario="approve"
            )
        await client.sessions.create(
            workflow_id=wf.uuid, vendor_data="d", sandbox_scenario="decline"
        )
        sandbox.advance(10)
        page = await client.sessions.list(status="Approved", limit=2)
        seen = [s.vendor_data for s in page.results]
        hops = 0
        while page.has_next_page():
            page = await page.get_next_page()
            seen.extend(s.vendor_data for s in page.results)
            hops += 1
        assert hops == 2
        assert sorted(map(str, seen)) == [f"a{i}" for i in range(5)]
        with pytest.raises(RuntimeError, match="last page"):
            await page.get_next_page()

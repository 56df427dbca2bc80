"""Ongoing AML monitoring through both clients against the sandbox: an estimate changes
nothing, a toggle runs as a job whose status moves on, and each entity gets its outcome."""

from __future__ import annotations

import pytest

from didit_async import DiditBadRequestError, DiditNotFoundError
from didit_async.models import AmlMonitoringEstimate, AmlMonitoringToggleJob
from didit_async.sandbox import Sandbox, SandboxConfig

pytestmark = pytest.mark.anyio


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(virtual_time=True))


async def test_a_toggle_is_a_job_with_a_status_and_an_outcome_per_user(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        wf = await client.workflows.create(workflow_label="K", workflow_type="kyc")
        await client.sessions.create(workflow_id=str(wf.uuid), vendor_data="known")
        sandbox.advance(30)  # approved: the user now has identity data
        await client.users.create(vendor_data="new")
        await client.users.create(vendor_data="bad")
        await client.users.update_status("bad", status="BLOCKED")
        names = ["known", "new", "bad", "ghost"]
        estimate = await client.users.toggle_aml_monitoring(
            is_enabled=True, estimate_only=True, vendor_data_list=names
        )
        assert isinstance(estimate, AmlMonitoringEstimate)
        assert (estimate.users_total, estimate.needing_screening, estimate.unmatched) == (
            3,
            1,
            ["ghost"],
        )
        job = await client.users.toggle_aml_monitoring(is_enabled=True, vendor_data_list=names)
        assert isinstance(job, AmlMonitoringToggleJob) and job.status == "PENDING"
        sandbox.advance(1)
        halfway = await client.aml.retrieve_monitoring_job(str(job.job_id))
        assert (halfway.status, halfway.processed) == ("PROCESSING", 1)
        sandbox.advance(1)
        done = await client.aml.retrieve_monitoring_job(str(job.job_id))
        assert done.status == "COMPLETED" and done.completed_at is not None
        assert {r.vendor_data: r.outcome for r in done.results or []} == {
            "known": "screened_and_enabled",
            "new": "skipped_no_identity_data",
            "bad": "skipped_blocked",
        }
        again = await client.users.toggle_aml_monitoring(
            is_enabled=True, vendor_data_list=["known"]
        )
        off = await client.users.toggle_aml_monitoring(is_enabled=False, vendor_data_list=["known"])
        sandbox.advance(2)
        assert [
            r.outcome
            for r in (await client.aml.retrieve_monitoring_job(str(again.job_id))).results or []
        ] == ["already_enabled"]  # type: ignore[union-attr]
        assert [
            r.outcome
            for r in (await client.aml.retrieve_monitoring_job(str(off.job_id))).results or []
        ] == ["disabled"]  # type: ignore[union-attr]
        with pytest.raises(DiditBadRequestError):
            await client.users.toggle_aml_monitoring(is_enabled=True)
        with pytest.raises(DiditNotFoundError):
            await client.aml.retrieve_monitoring_job("00000000-0000-4000-8000-000000000000")


def test_businesses_through_the_blocking_client(sandbox: Sandbox) -> None:
    with sandbox.sync_client() as client:
        made = client.businesses.create(vendor_data="acme", legal_name="Acme Ltd")
        client.businesses.create(vendor_data="blank")
        job = client.businesses.toggle_aml_monitoring(
            is_enabled=True,
            didit_internal_id_list=[str(made.didit_internal_id)],
            vendor_data_list=["blank"],
        )
        sandbox.advance(2)
        done = client.aml.retrieve_monitoring_job(str(job.job_id))  # type: ignore[union-attr]
        assert done.target_type == "business"
        assert {r.vendor_data: r.outcome for r in done.results or []} == {
            "acme": "screened_and_enabled",
            "blank": "skipped_no_identity_data",
        }

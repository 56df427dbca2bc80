"""The organization-scoped operations (face upload, the bulk monitoring toggles and their jobs)
through both clients against the sandbox, with the organization and application ids passed
explicitly; and which credential they send."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from didit_async import DiditBadRequestError, DiditNotFoundError
from didit_async._generated.operations import OPERATIONS
from didit_async.models import AmlMonitoringEstimate, AmlMonitoringToggleJob
from didit_async.sandbox import Sandbox, SandboxConfig

pytestmark = pytest.mark.anyio
# The users' and businesses' operations under the organization prefix (the back office's
# cases, reports and networks share it, with tests of their own).
ORG_SCOPED = [
    op
    for op in OPERATIONS.values()
    if op.path.startswith("/v3/organization/")
    and op.resource.split(".")[0] in ("users", "businesses")
]


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(virtual_time=True))


def ids(sandbox: Sandbox) -> tuple[str, str]:
    app = sandbox.state.app_for_key(sandbox.api_key)
    assert app is not None
    return app.org_id, app.uuid


def test_the_seven_send_the_key_or_else_the_account_token() -> None:
    assert len(ORG_SCOPED) == 7
    by_id = {op.operation_id: op.auth for op in ORG_SCOPED}
    assert by_id.pop("users_upload_face") == ("api_key",)  # as Didit's facts declare
    assert set(by_id.values()) == {("api_key", "bearer")}


async def test_face_upload_needs_the_callers_own_organization(sandbox: Sandbox) -> None:
    org, app = ids(sandbox)
    async with sandbox.client() as client:
        user = await client.users.create(vendor_data="ana")
        image = base64.b64encode(b"\xff\xd8\xff\xe0jpeg").decode()
        face = await client.users.upload_face(
            str(user.didit_internal_id),
            image=image,
            comment="front",
            organization_id=org,
            application_id=app,
        )
        assert face.comment == "front" and face.image_url is not None
        with pytest.raises(DiditNotFoundError):  # another organization
            await client.users.upload_face(
                str(user.didit_internal_id),
                image=image,
                organization_id="00000000-0000-4000-8000-000000000000",
                application_id=app,
            )
        with pytest.raises(DiditBadRequestError, match="image"):
            await client.users.upload_face(
                str(user.didit_internal_id), image="%%%", organization_id=org, application_id=app
            )


async def test_bulk_toggles_filter_and_run_as_jobs_per_family(sandbox: Sandbox) -> None:
    org, app = ids(sandbox)
    async with sandbox.client() as client:
        for name in ("shop-1", "shop-2", "other"):
            await client.users.create(vendor_data=name)
        await client.users.update_status("shop-2", status="FLAGGED")
        estimate = await client.users.bulk_toggle_aml_monitoring(
            is_enabled=True,
            update_all=True,
            filter_search="shop",
            filter_status=["ACTIVE"],
            estimate_only=True,
            organization_id=org,
            application_id=app,
        )
        assert isinstance(estimate, AmlMonitoringEstimate) and estimate.users_total == 1
        job = await client.users.bulk_toggle_aml_monitoring(
            is_enabled=True,
            update_all=True,
            filter_search="shop",
            organization_id=org,
            application_id=app,
        )
        assert isinstance(job, AmlMonitoringToggleJob) and job.total == 2
        sandbox.advance(2)
        done = await client.users.retrieve_aml_monitoring_job(
            str(job.job_id), organization_id=org, application_id=app
        )
        assert done.status == "COMPLETED" and done.processed == 2
        with pytest.raises(DiditNotFoundError):  # read back on its own family only
            await client.businesses.retrieve_aml_monitoring_job(
                str(job.job_id), organization_id=org, application_id=app
            )


def test_business_families_through_the_blocking_client(sandbox: Sandbox) -> None:
    org, app = ids(sandbox)
    with sandbox.sync_client() as client:
        client.businesses.create(vendor_data="acme", legal_name="Acme Ltd")
        client.businesses.create(vendor_data="beta", legal_name="Beta Ltd")
        kyb = client.workflows.create(workflow_label="KYB", features=[{"feature": "KYB_REGISTRY"}])
        client.sessions.create(workflow_id=str(kyb.uuid), vendor_data="acme")
        every: Any = client.businesses.bulk_toggle_aml_monitoring(
            is_enabled=True, update_all=True, organization_id=org, application_id=app
        )
        sessions: Any = client.businesses.bulk_toggle_session_aml_monitoring(
            is_enabled=False, update_all=True, organization_id=org, application_id=app
        )
        assert (every.total, sessions.total) == (2, 1)  # only acme has a KYB session
        sandbox.advance(2)
        done = client.businesses.retrieve_session_aml_monitoring_job(
            str(sessions.job_id), organization_id=org, application_id=app
        )
        assert [(r.vendor_data, r.outcome) for r in done.results or []] == [("acme", "disabled")]
        assert (
            client.businesses.retrieve_aml_monitoring_job(
                str(every.job_id), organization_id=org, application_id=app
            ).total
            == 2
        )

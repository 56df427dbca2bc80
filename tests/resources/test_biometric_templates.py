"""Biometric templates through both clients against the sandbox: a decided session with a face
step leaves one, filters and counts find it, and a purge erases it for good."""

from __future__ import annotations

import pytest

from didit_async import DiditBadRequestError, DiditNotFoundError
from didit_async.sandbox import Sandbox, SandboxConfig

pytestmark = pytest.mark.anyio


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(virtual_time=True))


async def test_only_decided_sessions_with_a_face_step_leave_templates(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        face = await client.workflows.create(
            workflow_label="Face", workflow_type="kyc", is_liveness_enabled=True
        )
        no_face = await client.workflows.create(
            workflow_label="AML only", workflow_type="kyc", is_aml_enabled=True
        )
        decided = await client.sessions.create(workflow_id=str(face.uuid), vendor_data="ana")
        await client.sessions.create(workflow_id=str(no_face.uuid), vendor_data="ben")
        await client.sessions.create(
            workflow_id=str(face.uuid), vendor_data="cy", sandbox_scenario="abandon"
        )
        assert (await client.biometric_templates.count()).count == 0  # nothing decided yet
        sandbox.advance(30)
        templates = [t async for t in client.biometric_templates.list()]
        assert [(t.vendor_data, t.provenance_reference) for t in templates] == [
            ("ana", decided.session_id)
        ]
        assert templates[0].status == "active" and templates[0].source_type == (
            "automatic_retention"
        )
        assert (await client.biometric_templates.count(vendor_data="ben")).count == 0


async def test_a_purge_erases_for_good_and_says_so_the_second_time(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        wf = await client.workflows.create(
            workflow_label="Face", workflow_type="kyc", is_face_match_enabled=True
        )
        for who in ("a", "b", "c"):
            await client.sessions.create(workflow_id=str(wf.uuid), vendor_data=who)
        sandbox.advance(30)
        all_three = [t async for t in client.biometric_templates.list(ordering="retained_at")]
        assert len(all_three) == 3
        first = str(all_three[0].uuid)
        assert (await client.biometric_templates.purge(first)).outcome == "purged"
        assert (await client.biometric_templates.purge(first)).outcome == "already_purged"
        gone = await client.biometric_templates.retrieve(first)
        assert gone.status == "purged" and gone.purged_at is not None
        assert (await client.biometric_templates.count(status="active")).count == 2
        bulk = await client.biometric_templates.bulk_purge(delete_all=True, vendor_data="b")
        assert [r.outcome for r in bulk.results or []] == ["purged"]
        with pytest.raises(DiditBadRequestError):
            await client.biometric_templates.bulk_purge()
        with pytest.raises(DiditNotFoundError):
            await client.biometric_templates.retrieve("00000000-0000-4000-8000-000000000000")


def test_templates_through_the_blocking_client(sandbox: Sandbox) -> None:
    with sandbox.sync_client() as client:
        wf = client.workflows.create(
            workflow_label="Face", workflow_type="kyc", is_liveness_enabled=True
        )
        client.sessions.create(workflow_id=str(wf.uuid), vendor_data="sync-user")
        sandbox.advance(30)
        [template] = list(client.biometric_templates.list(vendor_data="sync-user"))
        result = client.biometric_templates.bulk_purge(template_uuids=[str(template.uuid)])
        assert [r.outcome for r in result.results or []] == ["purged"]
        assert client.biometric_templates.count(status="active").count == 0

"""Case management through ``AsyncDidit`` against the sandbox: every operation, and the
organization and application ids the client takes once (constructor, environment, per call)."""

from __future__ import annotations

import httpx
import pytest

from didit_async import (
    AsyncDidit,
    Didit,
    DiditNotFoundError,
    DiditValidationError,
    capture_response,
)
from didit_async._generated.operations import OPERATIONS
from didit_async.sandbox import Sandbox, SandboxConfig

from ._case_management import exercise_case_management

# The back office's routes (the users' and businesses' organization-scoped toggles and face
# upload share the prefix but are not case management).
CASE_OPS = {
    k
    for k, op in OPERATIONS.items()
    if op.path.startswith("/v3/organization/")
    and op.resource.split(".")[0] not in ("users", "businesses")
}


def test_the_back_office_is_65_operations_on_the_organization_scoped_routes() -> None:
    tags = {OPERATIONS[k].resource.split(".")[0] for k in CASE_OPS}
    assert len(CASE_OPS) == 65
    assert tags == {"cases", "networks", "regulatory_reports", "report_templates"}


@pytest.mark.anyio
async def test_every_case_management_operation_answers_through_async_didit() -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    async with sandbox.client() as client:
        with capture_response() as seen:
            await exercise_case_management(client, sandbox)
    answered = {r.operation_id for r in seen.responses if r.status_code < 300}
    assert answered >= CASE_OPS, sorted(CASE_OPS - answered)
    assert all(r.status_code < 300 for r in seen.responses)


@pytest.mark.anyio
async def test_the_ids_come_from_the_constructor_and_a_call_may_name_others() -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    ids = sandbox.ids()
    bare = sandbox.client(organization_id=None, application_id=None)
    with capture_response() as sent, pytest.raises(DiditValidationError) as missing:
        await bare.cases.create(title="No ids")
    assert sent.responses == []  # stopped before sending
    assert missing.value.field == "organization_id"
    assert "DIDIT_ORGANIZATION_ID" in str(missing.value)
    assert "list_organizations" in str(missing.value)  # where to find it
    async with bare, sandbox.client(**ids) as client:
        case = await client.cases.create(title="Scoped")
        again = await bare.cases.retrieve(case.uuid, **ids)
        assert again.uuid == case.uuid
        with pytest.raises(DiditNotFoundError):
            await client.cases.retrieve(case.uuid, application_id=ids["organization_id"])


def test_the_ids_come_from_the_environment_and_are_checked_when_the_client_is_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    ids = sandbox.ids()
    monkeypatch.setenv("DIDIT_ORGANIZATION_ID", ids["organization_id"])
    monkeypatch.setenv("DIDIT_APPLICATION_ID", ids["application_id"])
    with sandbox.sync_client(organization_id=None, application_id=None) as client:
        assert client.cases.create(title="From the environment").status == "OPEN"
        derived = client.with_options(application_id=ids["organization_id"])
        with pytest.raises(DiditNotFoundError):
            derived.cases.create(title="Another application")
    monkeypatch.setenv("DIDIT_APPLICATION_ID", "not-a-uuid")
    with pytest.raises(DiditValidationError) as bad:
        Didit(api_key="k")
    assert bad.value.field == "DIDIT_APPLICATION_ID"
    with pytest.raises(DiditValidationError):
        AsyncDidit(api_key="k", organization_id="org-1")


@pytest.mark.anyio
async def test_network_pages_whose_next_is_an_offset_are_walked_to_the_end() -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    async with sandbox.client() as client:
        wf = await client.workflows.create(workflow_label="KYC", workflow_type="kyc")
        for vendor, device in (("a1", "d-1"), ("a2", "d-1"), ("b1", "d-2"), ("b2", "d-2")):
            await client.sessions.create(
                workflow_id=str(wf.uuid), vendor_data=vendor, metadata={"device_id": device}
            )
        first = await client.networks.list(limit=1)
        assert first.count == 2 and first.next == "?offset=1"  # Didit answers the offset
        walked = [n.uuid async for n in client.networks.list(limit=1)]
    assert len(set(walked)) == 2


@pytest.mark.anyio
async def test_a_file_url_the_sandbox_never_issued_is_not_found() -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    async with sandbox.client() as client:
        case = await client.cases.create(title="Printed")
        printed = await client.cases.print(case.uuid)
    async with httpx.AsyncClient(transport=sandbox.transport()) as http:
        issued = await http.get(str(printed.url))
        forged = await http.get(str(printed.url).rsplit("/", 1)[0] + "/not-a-token")
    assert issued.headers["content-type"] == "application/pdf"
    assert issued.content.startswith(b"%PDF")
    assert forged.status_code == 404

"""Session tooling through both clients against the sandbox: arming a sandbox session's
outcome with its own token, reviewing several AML hits at once, and editing a KYB session's
company data and parties."""

from __future__ import annotations

import pytest

from didit_async import DiditBadRequestError, DiditNotFoundError, DiditValidationError
from didit_async.sandbox import Sandbox, SandboxConfig
from didit_async.sandbox._ops_session_tools import kyb_company_uuid, kyb_party_uuids
from didit_async.sandbox._scenarios import SCENARIOS

pytestmark = pytest.mark.anyio
DOCUMENTED = [s for s in SCENARIOS if s == "approve" or ("_" in s and s != "aml_hit")]


def test_arm_takes_the_sixteen_documented_slugs() -> None:
    assert len(DOCUMENTED) == 16


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(virtual_time=True))


@pytest.mark.parametrize("slug", DOCUMENTED)
async def test_an_armed_session_ends_in_the_armed_scenario(sandbox: Sandbox, slug: str) -> None:
    async with sandbox.client() as client:
        wf = await client.workflows.create(workflow_label="K", workflow_type="kyc")
        created = await client.sessions.create(workflow_id=str(wf.uuid))
        armed = await client.sessions.arm_sandbox(
            created.session_id, scenario=slug, session_token=str(created.session_token)
        )
        assert (armed.scenario, armed.status) == (slug, "Not Started")
        sandbox.advance(30)
        decision = await client.sessions.retrieve_decision(created.session_id)
    assert decision.status == SCENARIOS[slug].final


async def test_arming_refuses_started_sessions_unknown_slugs_and_wrong_tokens(
    sandbox: Sandbox,
) -> None:
    async with sandbox.client() as client:
        wf = await client.workflows.create(workflow_label="K", workflow_type="kyc")
        created = await client.sessions.create(workflow_id=str(wf.uuid))
        other = await client.sessions.create(workflow_id=str(wf.uuid))
        token = str(created.session_token)
        with pytest.raises(DiditBadRequestError, match="scenario"):
            await client.sessions.arm_sandbox(
                created.session_id, scenario="win_lottery", session_token=token
            )
        with pytest.raises(DiditNotFoundError):  # the token of another session
            await client.sessions.arm_sandbox(
                other.session_id, scenario="approve", session_token=token
            )
        with pytest.raises(DiditValidationError):  # checked before sending
            await client.sessions.arm_sandbox(
                created.session_id, scenario="approve", session_token=""
            )
        sandbox.advance(30)
        with pytest.raises(DiditBadRequestError, match="already started"):
            await client.sessions.arm_sandbox(
                created.session_id, scenario="decline_aml_hit", session_token=token
            )


async def test_bulk_aml_review_is_all_or_nothing(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        wf = await client.workflows.create(
            workflow_label="K", workflow_type="kyc", is_aml_enabled=True
        )
        created = await client.sessions.create(workflow_id=str(wf.uuid), sandbox_scenario="aml_hit")
        sandbox.advance(30)
        sid = created.session_id
        hits = [h.id for h in (await client.sessions.retrieve_decision(sid)).aml_screenings[0].hits]  # type: ignore[index,union-attr]
        assert len(hits) == 2
        with pytest.raises(DiditBadRequestError, match="hit_id"):
            await client.sessions.bulk_update_aml_hit_status(
                sid,
                hit_updates=[
                    {"hit_id": hits[0], "review_status": "False Positive"},
                    {"hit_id": "hit-nope", "review_status": "False Positive"},
                ],
            )
        answer = await client.sessions.bulk_update_aml_hit_status(
            sid, hit_updates=[{"hit_id": h, "review_status": "False Positive"} for h in hits]
        )
        assert answer.additional_properties["updated_count"] == 2
        screening = (await client.sessions.retrieve_decision(sid)).aml_screenings[0]  # type: ignore[index]
        assert {h.review_status for h in screening.hits} == {"False Positive"}  # type: ignore[union-attr]


def test_kyb_company_and_parties_through_the_blocking_client(sandbox: Sandbox) -> None:
    with sandbox.sync_client() as client:
        wf = client.workflows.create(workflow_label="KYB", features=[{"feature": "KYB_REGISTRY"}])
        sid = client.sessions.create(workflow_id=str(wf.uuid), vendor_data="acme").session_id
        company = client.sessions.kyb.update_company(
            sid, kyb_company_uuid(sid), company_name="Acme Holdings", registered_capital_amount=None
        )
        assert company.company_name == "Acme Holdings"
        assert company.user_provided_data == {
            "company_name": "Acme Holdings",
            "registered_capital_amount": None,
        }
        assert company.last_console_edit_at is not None
        first, second = kyb_party_uuids(sid)
        assert client.sessions.kyb.update_party(sid, first, is_skipped=True).is_skipped
        restored = client.sessions.kyb.update_party(sid, first, is_skipped=False)
        assert restored.requires_verification and not restored.is_skipped
        with pytest.raises(DiditNotFoundError):
            client.sessions.kyb.update_party(
                sid, "00000000-0000-4000-8000-000000000000", is_skipped=True
            )
        kyc = client.workflows.create(workflow_label="KYC", workflow_type="kyc")
        person = client.sessions.create(workflow_id=str(kyc.uuid)).session_id
        with pytest.raises(DiditNotFoundError):  # not a KYB session
            client.sessions.kyb.update_party(person, second, is_skipped=True)

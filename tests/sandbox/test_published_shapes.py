"""The sandbox answers in the shapes of Didit's published schema and honours its filters.

Lists of workflows and questionnaires are pages; deleting a session answers 200 with its
outcome; a partial workflow update leaves the features alone; a decision holds exactly the
reports of its workflow's features (and the answered questionnaire for a questionnaire step);
the session list's documented filters and the reviews' ordering work.
"""

from __future__ import annotations

from typing import Any

import pytest

from didit_async import DiditBadRequestError
from didit_async.sandbox import Sandbox

from .conftest import http_for

pytestmark = pytest.mark.anyio


async def test_workflow_and_questionnaire_lists_are_pages(sandbox: Sandbox) -> None:
    async with http_for(sandbox) as http:
        for n in range(3):
            await http.post("/v3/workflows/", json={"workflow_label": f"W{n}"})
            await http.post(
                "/v3/questionnaires/",
                json={
                    "title": f"Q{n}",
                    "form_elements": [{"element_type": "short_text", "label": {"en": "Employer"}}],
                },
            )
        page = (await http.get("/v3/workflows/", params={"limit": 2})).json()
        qpage = (await http.get("/v3/questionnaires/", params={"limit": 2})).json()
    assert page["count"] >= 3 and len(page["results"]) == 2 and page["next"]
    assert qpage["count"] == 3 and len(qpage["results"]) == 2
    q = qpage["results"][0]
    assert q["questionnaire_id"] == q["uuid"] and q["status"] == "published"
    assert q["sections"][0]["title"] == q["title"]
    async with sandbox.client() as client:
        labels = [w.workflow_label async for w in client.workflows.list(limit=1)]
        titles = [x.title async for x in client.questionnaires.list(limit=2)]
    assert {"W0", "W1", "W2"} <= set(labels)  # every page walked, one workflow a page
    assert sorted(titles) == ["Q0", "Q1", "Q2"]


async def test_deleting_a_session_answers_its_outcome(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        s = await client.sessions.create(workflow_id=await _workflow(sandbox), vendor_data="d")
        outcome = await client.sessions.delete(s.session_id)
    assert outcome is not None
    assert (outcome.session_id, outcome.session_number) == (s.session_id, s.session_number)
    assert outcome.face_retention_outcome == "deleted"


async def test_a_patch_without_features_keeps_the_features(sandbox: Sandbox) -> None:
    features = [{"feature": "OCR"}, {"feature": "LIVENESS"}, {"feature": "AML"}]
    async with sandbox.client() as client:
        wf = await client.workflows.create(workflow_label="KYC", features=features)
        renamed = await client.workflows.update(wf.uuid, workflow_label="Renamed")
        again = await client.workflows.retrieve(wf.uuid)
        replaced = await client.workflows.update(wf.uuid, features=[{"feature": "OCR"}])
    assert renamed.workflow_label == "Renamed"
    assert renamed.features == again.features == ["OCR", "LIVENESS", "AML"]
    assert replaced.features == ["OCR"]


async def _finished(sandbox: Sandbox, features: list[dict[str, Any]], vendor: str) -> Any:
    async with sandbox.client() as client:
        wf = await client.workflows.create(workflow_label="Steps", features=features)
        s = await client.sessions.create(
            workflow_id=wf.uuid, vendor_data=vendor, sandbox_scenario="approve"
        )
        sandbox.advance(120)
        decision = await client.sessions.retrieve_decision(s.session_id)
        [row] = [r async for r in client.sessions.list(vendor_data=vendor)]
        return decision, row


async def test_the_decision_holds_exactly_the_reports_of_the_workflows_features(
    sandbox: Sandbox,
) -> None:
    decision, row = await _finished(sandbox, [{"feature": "OCR"}, {"feature": "AML"}], "f1")
    assert decision.status == "Approved"
    assert len(decision.id_verifications or []) == 1
    assert len(decision.aml_screenings or []) == 1
    assert decision.liveness_checks == [] and decision.face_matches == []
    assert decision.ip_analyses == []
    assert not decision.questionnaire_responses
    # its list row shows the same features and the same person
    assert [f.feature for f in row.features or []] == ["OCR", "AML"]
    idv = (decision.id_verifications or [])[0]
    assert row.full_name == f"{idv.first_name} {idv.last_name}"


async def test_a_questionnaire_step_puts_its_answers_in_the_decision(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        q = await client.questionnaires.create(
            title="Source of funds",
            form_elements=[{"element_type": "short_text", "label": {"en": "Employer"}}],
        )
    steps = [
        {"feature": "OCR"},
        {"feature": "QUESTIONNAIRE", "config": {"questionnaire_id": q.uuid}},
    ]
    decision, _ = await _finished(sandbox, steps, "f2")
    [answered] = decision.questionnaire_responses or []
    assert answered.questionnaire_id == q.uuid and answered.title == "Source of funds"
    [section] = answered.sections or []
    assert [item.title for item in section.items or []] == ["Employer"]


async def _workflow(sandbox: Sandbox) -> str:
    async with sandbox.client() as client:
        return (await client.workflows.create(workflow_label="KYC")).uuid


@pytest.mark.parametrize(
    ("name", "match", "miss"),
    [
        ("country", "esp", "FRA"),
        ("document_type", "P", "DL"),
        ("document_name", "passport", "licence"),
        ("region", "Europe", "Asia"),
        ("screened_full_name", "{last}", "Nobody"),
        ("didit_internal_id", "{internal}", "00000000-0000-4000-8000-000000000000"),
        ("euuid", "{internal}", "00000000-0000-4000-8000-000000000000"),
        ("session_type", "API", "WEB"),
        ("is_kyc_to_be_reviewed", False, True),
        ("status_initialized_as_in_review", False, True),
    ],
)
async def test_each_session_list_filter_keeps_only_matching_sessions(
    sandbox: Sandbox, name: str, match: Any, miss: Any
) -> None:
    async with sandbox.client() as client:
        wid = await _workflow(sandbox)
        done = await client.sessions.create(
            workflow_id=wid, vendor_data="match-me", sandbox_scenario="approve"
        )
        sandbox.advance(120)
        await client.sessions.create(workflow_id=wid, vendor_data="not-started")
        page = await client.sessions.list(vendor_data="match-me")
        row = page.results[0]
        last = (row.full_name or "").split()[-1]
        value = match.format(last=last, internal=row.didit_internal_id) if match else match
        found = [s.session_id async for s in client.sessions.list(**{name: value})]
        missed = [s.session_id async for s in client.sessions.list(**{name: miss})]
    assert done.session_id in found
    assert done.session_id not in missed


async def test_filters_without_a_matching_session_and_bad_booleans(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        wid = await _workflow(sandbox)
        await client.sessions.create(workflow_id=wid, vendor_data="w", sandbox_scenario="approve")
        sandbox.advance(120)
        assert [s async for s in client.sessions.list(api_service="AML")] == []
        assert [s async for s in client.sessions.list(warning="NO_SUCH_RISK")] == []
        assert [s async for s in client.sessions.list(organization_name="Acme")] == []
    async with http_for(sandbox) as http:
        bad = await http.get("/v3/sessions/", params={"is_kyc_to_be_reviewed": "maybe"})
        not_an_id = await http.get("/v3/sessions/", params={"euuid": "someone"})
        no_such_service = await http.get("/v3/sessions/", params={"api_service": "AAA"})
    assert bad.status_code == 400 and "is_kyc_to_be_reviewed" in bad.json()
    assert no_such_service.status_code == 400 and "api_service" in no_such_service.json()
    assert not_an_id.status_code == 400 and "euuid" in not_an_id.json()


async def test_reviews_follow_the_ordering_asked_for(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        wid = await _workflow(sandbox)
        s = await client.sessions.create(
            workflow_id=wid, vendor_data="r", sandbox_scenario="approve"
        )
        sandbox.advance(120)
        for status in ("In Review", "Declined"):
            await client.sessions.reviews.create(s.session_id, new_status=status)
            sandbox.advance(1)
        newest = [r.new_status async for r in client.sessions.reviews.list(s.session_id)]
        oldest = [
            r.new_status
            async for r in client.sessions.reviews.list(s.session_id, ordering="created_at")
        ]
        with pytest.raises(DiditBadRequestError):
            await client.sessions.reviews.list(s.session_id, ordering="status")
    assert newest == ["Declined", "In Review"] and oldest == ["In Review", "Declined"]


async def test_the_import_template_follows_the_import_type(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        users = await client.sessions.imports.template()
        txs = await client.sessions.imports.template(import_type="transactions")
    assert users.columns != txs.columns


async def test_batch_deletes_kyb_and_updates_answer_the_published_shapes(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        wid = await _workflow(sandbox)
        s = await client.sessions.create(
            workflow_id=wid, vendor_data="k", sandbox_scenario="approve"
        )
        sandbox.advance(120)
        kyc = await client.sessions.update_data(s.session_id, document_number="X123")
        poa = await client.sessions.update_poa_data(s.session_id, issuer="Water Co")
        await client.users.create(vendor_data="gone")
        users = await client.users.batch_delete(vendor_data_list=["gone"])
        found = await client.kyb.search(country_code="GB", name="Acme")
        registry = found.kyb_registry
        assert registry is not None and registry.companies
        picked = await client.kyb.select(kyb_response_id=registry.companies[0].kyb_response_id)
        deleted = await client.sessions.batch_delete(session_numbers=[s.session_number])
    assert (kyc.document_number, poa.issuer) == ("X123", "Water Co")  # the updated record
    assert users.deleted == 1
    assert picked.kyb_registry is not None and picked.kyb_registry.company_name
    [row] = deleted.results or []
    assert row.face_retention_outcome == "deleted"

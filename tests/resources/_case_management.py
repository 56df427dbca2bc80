"""Every case-management operation once through ``AsyncDidit`` (the twin of
``tests/sync/_case_management.py``, which runs them through the blocking ``Didit``)."""

from __future__ import annotations

import httpx

from didit_async import AsyncDidit
from didit_async.sandbox import Sandbox
from didit_async.sandbox._ops_networks import party_ids
from tests.sync._case_management import PDF, POOL, REPORT_FIELDS

__all__ = ["download", "exercise_case_management"]


async def exercise_case_management(client: AsyncDidit, sandbox: Sandbox) -> None:
    """All 65 operations once; asserts what a compliance team would read from each."""
    # Subjects and evidence: two users sharing a phone (a network), a business, a transaction.
    for vendor in ("net-a", "net-b"):
        await client.sessions.create(
            workflow_id=await _workflow(client),
            vendor_data=vendor,
            contact_details={"phone": "+14155550000"},
        )
    kyb = await client.sessions.create(
        workflow_id=await _workflow(client, kyb=True), vendor_data="acme-co"
    )
    sandbox.advance(30)
    session = (await client.sessions.list(vendor_data="net-a")).results[0]
    user = await client.users.retrieve("net-a")
    tx = await client.transactions.create(
        transaction_id="case-tx-1",
        transaction_category="finance",
        transaction_details={"amount": "9000"},
        subject={"vendor_data": "net-a"},
    )
    # blueprints
    presets = await client.cases.blueprints.list_presets()
    assert {p.preset_key for p in presets.results or []} >= {"kyc", "aml_investigation"}
    assert (await client.cases.blueprints.install_presets(preset_keys=["kyc"])).created == ["kyc"]
    checker = await client.cases.blueprints.create(name="Checkers", assignee_pool=[POOL[1]])
    senior = await client.cases.blueprints.create(name="Senior", assignee_pool=[POOL[1]])
    team = await client.cases.blueprints.create(
        name="AML team",
        assignee_pool=POOL,
        escalation_enabled=True,
        escalation_blueprint=senior.uuid,
        transfer_enabled=True,
        four_eyes_checker_blueprint=checker.uuid,
        content_config={"checklist": {"enabled": True, "items": [{"label": "Review", "order": 1}]}},
    )
    assert (await client.cases.blueprints.retrieve(team.uuid)).escalation_blueprint_name == "Senior"
    await client.cases.blueprints.update(team.uuid, description="Money laundering alerts")
    assert len([b async for b in client.cases.blueprints.list()]) == 4
    # a case, its notes, links, checklist, events
    case = await client.cases.create(
        title="Structuring alert",
        blueprint=team.uuid,
        priority="HIGH",
        subject={"type": "user", "uuid": user.didit_internal_id},
    )
    assert case.status == "OPEN" and case.checklist_items
    assert [c.uuid async for c in client.cases.list(status__in=["OPEN"])] == [case.uuid]
    await client.cases.update(case.uuid, tags=["structuring"])
    await client.cases.assign(case.uuid, assignee_user_id=POOL[0])
    await client.cases.request_info(case.uuid)
    upload = await client.cases.notes.upload_attachment(
        case.uuid, file=("e.pdf", PDF, "application/pdf")
    )
    assert upload.s3_key
    url = (await client.cases.notes.get_attachment_url(case.uuid, s3_key=upload.s3_key)).url
    assert await download(sandbox, url) == PDF
    note = await client.cases.notes.create(
        case.uuid, comment="Deposits reviewed", attachments=[{"s3_key": upload.s3_key}]
    )
    assert [n.uuid async for n in client.cases.notes.list(case.uuid)] == [note.uuid]
    assert (await client.cases.retrieve(case.uuid)).notes_count == 1
    link = await client.cases.links.create(
        case.uuid, entity_type="session", entity_uuid=session.session_id
    )
    await client.cases.links.create(case.uuid, entity_type="transaction", entity_uuid=tx.uuid)
    await client.cases.links.create(
        case.uuid, entity_type="business_session", entity_uuid=kyb.session_id
    )
    assert len(await client.cases.links.list(case.uuid)) == 3
    await client.cases.links.delete(case.uuid, link.uuid)
    assert isinstance(await client.cases.list_aml_hits(case.uuid), list)
    item = (await client.cases.checklist.list(case.uuid))[0]
    assert (
        await client.cases.checklist.update(case.uuid, item.uuid, is_completed=True)
    ).is_completed
    assert (await client.cases.print(case.uuid)).url
    assert (
        await client.cases.apply_entity_action(case.uuid, action="add_tags", tags=["sar"])
    ).action
    # four-eyes resolution: staged, rejected, staged again, approved; then reopened
    staged = await client.cases.resolve(case.uuid, resolution="VALID_THREAT", note="Confirmed")
    assert staged.pending_resolution is not None and staged.status != "RESOLVED"
    await client.cases.reject_resolution(case.uuid, notes="Add the bank statement")
    await client.cases.resolve(case.uuid, resolution="VALID_THREAT", note="Confirmed")
    assert (await client.cases.approve_resolution(case.uuid)).status == "RESOLVED"
    assert (await client.cases.reopen(case.uuid)).status == "OPEN"
    await client.cases.transfer(case.uuid, target_blueprint=checker.uuid)
    other = await client.cases.create(title="Second alert", blueprint=team.uuid)
    assert (await client.cases.escalate(other.uuid)).blueprint.uuid == senior.uuid
    assert (
        await client.cases.bulk_assign(case_uuids=[other.uuid], assignee_user_id=POOL[1])
    ).updated == 1
    bulk = await client.cases.bulk_update_status(case_uuids=[other.uuid], status="AWAITING_USER")
    assert bulk.updated == 1 and bulk.failures == []
    assert (await client.cases.list_events(case.uuid)).results[0].event_type == "CREATED"
    assert (await client.cases.analytics()).totals.created == 2
    # report templates and regulatory reports
    template = await client.report_templates.create(
        name="Spain SAR", jurisdiction="ES", report_type="SAR", field_config={"rentity_id": "RE-1"}
    )
    await client.report_templates.update(template.uuid, name="Spain SAR v2")
    assert (await client.report_templates.retrieve(template.uuid)).name == "Spain SAR v2"
    assert [t.uuid async for t in client.report_templates.list()] == [template.uuid]
    draft = await client.cases.regulatory_reports.create(case.uuid, template=template.uuid)
    assert [r.uuid async for r in client.cases.regulatory_reports.list(case.uuid)] == [draft.uuid]
    assert (await client.regulatory_reports.validate(draft.uuid)).is_valid is False
    await client.regulatory_reports.update(draft.uuid, **REPORT_FIELDS)
    assert (await client.regulatory_reports.validate(draft.uuid)).status == "VALIDATED"
    filed = await client.regulatory_reports.finalize(draft.uuid)
    assert filed.status == "FINALIZED" and filed.report_number
    xml = await client.regulatory_reports.get_download_url(draft.uuid, file="xml")
    assert (await download(sandbox, xml.download_url)).startswith(b"<?xml")
    spare = await client.regulatory_reports.create(case=case.uuid, template=template.uuid)
    assert (await client.regulatory_reports.retrieve(spare.uuid)).status == "DRAFT"
    assert len([r async for r in client.regulatory_reports.list(case=case.uuid)]) == 2
    await client.regulatory_reports.delete(spare.uuid)
    await client.report_templates.delete(template.uuid)
    # networks: net-a and net-b share a phone
    network = (await client.networks.list()).results[0]
    assert network.member_counts and network.member_counts["total"] == 2
    assert (await client.networks.retrieve(network.uuid)).uuid == network.uuid
    graph = await client.networks.graph(network.uuid)
    assert graph.metrics and graph.metrics.edge_count
    assert len((await client.networks.list_members(network.uuid)).results or []) == 2
    assert (await client.networks.list_signals(network.uuid)).results
    assert (await client.networks.timeline(network.uuid)).results
    assert (await client.networks.map(network.uuid)).points
    assert (await client.networks.list_for_session(session.session_id)).results
    assert (await client.networks.list_for_user(user.didit_internal_id)).results
    assert (await client.networks.list_for_business_session(kyb.session_id)).results == []
    business = await client.businesses.retrieve("acme-co")
    assert (await client.networks.list_for_business(business.didit_internal_id)).results == []
    assert (await client.networks.list_for_transaction(tx.uuid)).results
    party = party_ids({"uuid": tx.uuid})["subject"]
    assert (await client.networks.list_for_transaction_party(tx.uuid, party)).results
    # deletes last
    await client.cases.notes.delete(case.uuid, note.uuid)
    await client.cases.delete(other.uuid)
    await client.cases.blueprints.delete(senior.uuid)


async def download(sandbox: Sandbox, url: object) -> bytes:
    """What a presigned URL the sandbox answered serves (it serves them itself)."""
    async with httpx.AsyncClient(transport=sandbox.transport()) as http:
        answer = await http.get(str(url))
    assert answer.status_code == 200
    return answer.content


async def _workflow(client: AsyncDidit, *, kyb: bool = False) -> str:
    label = "Case KYB" if kyb else "Case KYC"
    async for wf in client.workflows.list():
        if wf.workflow_label == label:
            return str(wf.uuid)
    features = [{"feature": "KYB_REGISTRY"}] if kyb else None
    made = await client.workflows.create(workflow_label=label, features=features)
    return str(made.uuid)

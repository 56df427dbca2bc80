"""Every case-management operation (cases, blueprints, report templates, regulatory reports,
networks) once through the blocking client, each answered with a success, for the
every-operation test."""

from __future__ import annotations

import httpx

from didit_async import Didit
from didit_async.sandbox import Sandbox
from didit_async.sandbox._ops_networks import party_ids

PDF = b"%PDF-1.4 evidence"
POOL = ["0f8f1f6e-6b7e-4c59-9a52-9d5f7a1b2c01", "0f8f1f6e-6b7e-4c59-9a52-9d5f7a1b2c02"]
REPORT_FIELDS = {
    "rentity_id": "RE-1",
    "reporting_person": {"first_name": "Ana", "last_name": "Silva"},
    "location": {"city": "Madrid"},
    "reason": "Structuring",
    "action": "Account frozen",
    "submission_date": "2026-12-08T09:00:00Z",
    "currency_code_local": "EUR",
    "narrative": {"what": "Ten deposits under the threshold", "why": "Avoiding reporting"},
}


def exercise_case_management(client: Didit, sandbox: Sandbox) -> None:
    """All 65 operations once; asserts what a compliance team would read from each."""
    # Subjects and evidence: two users sharing a phone (a network), a business, a transaction.
    for vendor in ("net-a", "net-b"):
        client.sessions.create(
            workflow_id=_workflow(client),
            vendor_data=vendor,
            contact_details={"phone": "+14155550000"},
        )
    kyb = client.sessions.create(workflow_id=_workflow(client, kyb=True), vendor_data="acme-co")
    sandbox.advance(30)
    session = next(iter(client.sessions.list(vendor_data="net-a")))
    user = client.users.retrieve("net-a")
    tx = client.transactions.create(
        transaction_id="case-tx-1",
        transaction_category="finance",
        transaction_details={"amount": "9000"},
        subject={"vendor_data": "net-a"},
    )
    # blueprints
    presets = client.cases.blueprints.list_presets()
    assert {p.preset_key for p in presets.results or []} >= {"kyc", "aml_investigation"}
    assert client.cases.blueprints.install_presets(preset_keys=["kyc"]).created == ["kyc"]
    checker = client.cases.blueprints.create(name="Checkers", assignee_pool=[POOL[1]])
    senior = client.cases.blueprints.create(name="Senior", assignee_pool=[POOL[1]])
    team = client.cases.blueprints.create(
        name="AML team",
        assignee_pool=POOL,
        escalation_enabled=True,
        escalation_blueprint=senior.uuid,
        transfer_enabled=True,
        four_eyes_checker_blueprint=checker.uuid,
        content_config={"checklist": {"enabled": True, "items": [{"label": "Review", "order": 1}]}},
    )
    assert client.cases.blueprints.retrieve(team.uuid).escalation_blueprint_name == "Senior"
    client.cases.blueprints.update(team.uuid, description="Money laundering alerts")
    assert len(list(client.cases.blueprints.list())) == 4
    # a case, its notes, links, checklist, events
    case = client.cases.create(
        title="Structuring alert",
        blueprint=team.uuid,
        priority="HIGH",
        subject={"type": "user", "uuid": user.didit_internal_id},
    )
    assert case.status == "OPEN" and case.checklist_items
    assert [c.uuid for c in client.cases.list(status__in=["OPEN"])] == [case.uuid]
    client.cases.update(case.uuid, tags=["structuring"])
    client.cases.assign(case.uuid, assignee_user_id=POOL[0])
    client.cases.request_info(case.uuid)
    upload = client.cases.notes.upload_attachment(case.uuid, file=("e.pdf", PDF, "application/pdf"))
    assert upload.s3_key
    url = client.cases.notes.get_attachment_url(case.uuid, s3_key=upload.s3_key).url
    assert download(sandbox, url) == PDF
    note = client.cases.notes.create(
        case.uuid, comment="Deposits reviewed", attachments=[{"s3_key": upload.s3_key}]
    )
    assert [n.uuid for n in client.cases.notes.list(case.uuid)] == [note.uuid]
    assert client.cases.retrieve(case.uuid).notes_count == 1
    link = client.cases.links.create(
        case.uuid, entity_type="session", entity_uuid=session.session_id
    )
    client.cases.links.create(case.uuid, entity_type="transaction", entity_uuid=tx.uuid)
    client.cases.links.create(case.uuid, entity_type="business_session", entity_uuid=kyb.session_id)
    assert len(client.cases.links.list(case.uuid)) == 3
    client.cases.links.delete(case.uuid, link.uuid)
    assert isinstance(client.cases.list_aml_hits(case.uuid), list)
    item = client.cases.checklist.list(case.uuid)[0]
    assert client.cases.checklist.update(case.uuid, item.uuid, is_completed=True).is_completed
    assert client.cases.print(case.uuid).url
    assert client.cases.apply_entity_action(case.uuid, action="add_tags", tags=["sar"]).action
    # four-eyes resolution: staged, rejected, staged again, approved; then reopened
    staged = client.cases.resolve(case.uuid, resolution="VALID_THREAT", note="Confirmed")
    assert staged.pending_resolution is not None and staged.status != "RESOLVED"
    client.cases.reject_resolution(case.uuid, notes="Add the bank statement")
    client.cases.resolve(case.uuid, resolution="VALID_THREAT", note="Confirmed")
    assert client.cases.approve_resolution(case.uuid).status == "RESOLVED"
    assert client.cases.reopen(case.uuid).status == "OPEN"
    client.cases.transfer(case.uuid, target_blueprint=checker.uuid)
    other = client.cases.create(title="Second alert", blueprint=team.uuid)
    assert client.cases.escalate(other.uuid).blueprint.uuid == senior.uuid
    assert client.cases.bulk_assign(case_uuids=[other.uuid], assignee_user_id=POOL[1]).updated == 1
    bulk = client.cases.bulk_update_status(case_uuids=[other.uuid], status="AWAITING_USER")
    assert bulk.updated == 1 and bulk.failures == []
    assert next(iter(client.cases.list_events(case.uuid))).event_type == "CREATED"
    assert client.cases.analytics().totals.created == 2
    # report templates and regulatory reports
    template = client.report_templates.create(
        name="Spain SAR", jurisdiction="ES", report_type="SAR", field_config={"rentity_id": "RE-1"}
    )
    client.report_templates.update(template.uuid, name="Spain SAR v2")
    assert client.report_templates.retrieve(template.uuid).name == "Spain SAR v2"
    assert [t.uuid for t in client.report_templates.list()] == [template.uuid]
    draft = client.cases.regulatory_reports.create(case.uuid, template=template.uuid)
    assert [r.uuid for r in client.cases.regulatory_reports.list(case.uuid)] == [draft.uuid]
    assert client.regulatory_reports.validate(draft.uuid).is_valid is False
    client.regulatory_reports.update(draft.uuid, **REPORT_FIELDS)
    assert client.regulatory_reports.validate(draft.uuid).status == "VALIDATED"
    filed = client.regulatory_reports.finalize(draft.uuid)
    assert filed.status == "FINALIZED" and filed.report_number
    xml = client.regulatory_reports.get_download_url(draft.uuid, file="xml")
    assert download(sandbox, xml.download_url).startswith(b"<?xml")
    spare = client.regulatory_reports.create(case=case.uuid, template=template.uuid)
    assert client.regulatory_reports.retrieve(spare.uuid).status == "DRAFT"
    assert len(list(client.regulatory_reports.list(case=case.uuid))) == 2
    client.regulatory_reports.delete(spare.uuid)
    client.report_templates.delete(template.uuid)
    # networks: net-a and net-b share a phone
    network = next(iter(client.networks.list()))
    assert network.member_counts and network.member_counts["total"] == 2
    assert client.networks.retrieve(network.uuid).uuid == network.uuid
    graph = client.networks.graph(network.uuid)
    assert graph.metrics and graph.metrics.edge_count
    assert len(client.networks.list_members(network.uuid).results or []) == 2
    assert client.networks.list_signals(network.uuid).results
    assert client.networks.timeline(network.uuid).results
    assert client.networks.map(network.uuid).points
    assert client.networks.list_for_session(session.session_id).results
    assert client.networks.list_for_user(user.didit_internal_id).results
    assert client.networks.list_for_business_session(kyb.session_id).results == []
    business = client.businesses.retrieve("acme-co")
    assert client.networks.list_for_business(business.didit_internal_id).results == []
    assert client.networks.list_for_transaction(tx.uuid).results
    party = party_ids({"uuid": tx.uuid})["subject"]
    assert client.networks.list_for_transaction_party(tx.uuid, party).results
    # deletes last
    client.cases.notes.delete(case.uuid, note.uuid)
    client.cases.delete(other.uuid)
    client.cases.blueprints.delete(senior.uuid)


def download(sandbox: Sandbox, url: object) -> bytes:
    """What a presigned URL the sandbox answered serves (it serves them itself)."""
    with httpx.Client(transport=sandbox.sync_transport()) as http:
        answer = http.get(str(url))
    assert answer.status_code == 200
    return answer.content


def _workflow(client: Didit, *, kyb: bool = False) -> str:
    label = "Case KYB" if kyb else "Case KYC"
    for wf in client.workflows.list():
        if wf.workflow_label == label:
            return str(wf.uuid)
    features = [{"feature": "KYB_REGISTRY"}] if kyb else None
    made = client.workflows.create(workflow_label=label, features=features)
    return str(made.uuid)

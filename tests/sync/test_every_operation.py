"""Every operation of the spec, called through the blocking ``Didit`` against the sandbox."""

from __future__ import annotations

from didit_async import Didit, capture_response
from didit_async._generated.operations import OPERATIONS
from didit_async.models import CreateSessionResponse, SessionDecision, Workflow
from didit_async.sandbox import Sandbox, SandboxConfig

from ._case_management import exercise_case_management
from ._current_api import exercise_current_api
from ._rest_api import exercise_rest_api

PNG = b"\x89PNG\r\n\x1a\n" + b"0" * 64


def test_every_resource_group_answers_with_models_through_the_sync_client() -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    with sandbox.sync_client() as client, capture_response() as seen:
        assert isinstance(client, Didit)
        assert client.system.healthcheck().status is not None
        # account: register, the emailed code, verify (adopts the token), login
        email = "dev@sandbox-mail.dev"
        client.account.register(email=email, password="MyStr0ng!Pass")
        client.account.resend_otp(email=email)
        verified = client.account.verify_email(email=email, code=sandbox.state.otps[email])
        client.account.login(email=email, password="MyStr0ng!Pass")
        org, app = verified.organization.uuid, verified.application.uuid
        assert client.account.list_organizations()[0].uuid == org
        assert client.account.get_credentials(org, app).uuid == app
        partner = client.account.create_application(org, name="Partner")
        # workflows and questionnaires
        wf = client.workflows.create(
            workflow_label="KYC",
            workflow_type="kyc",
            is_liveness_enabled=True,
            is_face_match_enabled=True,
            is_aml_enabled=True,
        )
        assert isinstance(wf, Workflow)
        assert any(w.uuid == wf.uuid for w in client.workflows.list())
        assert client.workflows.retrieve(wf.uuid).uuid == wf.uuid
        client.workflows.update(wf.uuid, aml_decline_threshold=75)
        q = client.questionnaires.create(
            title="Source of funds",
            form_elements=[{"element_type": "short_text", "label": {"en": "Employer?"}}],
        )
        assert [x.uuid for x in client.questionnaires.list()] == [q.uuid]
        assert client.questionnaires.retrieve(q.uuid).title == "Source of funds"
        client.questionnaires.update(q.uuid, title="Funds")
        client.questionnaires.delete(q.uuid)
        # sessions
        created = client.sessions.create(
            workflow_id=wf.uuid,
            vendor_data="user-123",
            sandbox_scenario="review_aml_possible_match",
            contact_details={"email": "u@sandbox-mail.dev"},
        )
        assert isinstance(created, CreateSessionResponse)
        sid = created.session_id
        sandbox.advance(30)
        decision = client.sessions.retrieve_decision(sid)
        assert isinstance(decision, SessionDecision)
        assert decision.status == "In Review"
        assert [s.session_id for s in client.sessions.list(vendor_data="user-123")] == [sid]
        assert decision.aml_screenings
        hit = decision.aml_screenings[0].hits[0].id  # type: ignore[index]
        client.sessions.update_aml_hit_status(sid, hit_id=hit, review_status="False Positive")
        client.sessions.update_feature_status(sid, "feature_aml_1", new_status="Approved")
        client.sessions.update_data(sid, first_name="Ana")
        client.sessions.update_poa_data(sid, issuer="Power Co")
        client.sessions.reviews.create(sid, new_status="Approved", comment="Looks good")
        assert [r.comment for r in client.sessions.reviews.list(sid)][-1] == "Looks good"
        assert list(client.sessions.list_events(sid))
        client.sessions.update_status(sid, new_status="Declined")
        assert client.sessions.generate_pdf(sid).startswith(b"%PDF")
        shared = client.sessions.share(sid, for_application_id=partner.uuid)
        assert partner.api_key is not None
        other = client.with_options(api_key=partner.api_key)
        pwf = other.workflows.create(workflow_label="P")
        imported = other.sessions.import_shared(
            share_token=shared.share_token, workflow_id=pwf.uuid
        )
        assert imported.session_id
        # blocklist
        client.blocklist.add(session_id=sid, blocklist_face=True, blocklist_email=True)
        assert list(client.blocklist.list(item_type="face"))
        client.blocklist.remove(session_id=sid, unblock_email=True)
        # users
        assert any(u.vendor_data == "user-123" for u in client.users.list())
        assert client.users.retrieve("user-123").vendor_data == "user-123"
        client.users.create(vendor_data="user-999")
        assert client.users.update("user-999", display_name="Nine").display_name == "Nine"
        client.users.update_status("user-999", status="FLAGGED")
        client.users.batch_delete(vendor_data_list=["user-999"])
        # billing
        assert client.billing.get_balance().balance is not None
        assert client.billing.top_up(amount_in_dollars=50).checkout_session_url
        # webhooks
        client.webhooks.get_config()
        client.webhooks.update_config(webhook_url=None, data_retention_months=12)
        dest = client.webhooks.destinations.create(
            label="main",
            url="https://hooks.example/didit",
            webhook_version="v3",
            subscribed_events=["status.updated"],
        )
        assert [d.uuid for d in client.webhooks.destinations.list()] == [dest.uuid]
        assert client.webhooks.destinations.retrieve(dest.uuid).label == "main"
        client.webhooks.destinations.update(dest.uuid, enabled=False)
        client.webhooks.destinations.delete(dest.uuid)
        # standalone checks
        client.id_verification.verify(front_image=("front.png", PNG, "image/png"), vendor_data="u")
        client.passive_liveness.check(user_image=PNG)
        client.face_match.compare(user_image=PNG, ref_image=PNG)
        client.face_search.search(user_image=PNG)
        client.age_estimation.estimate(user_image=PNG)
        client.poa.verify(document=("bill.pdf", b"%PDF-1.4", "application/pdf"))
        assert client.aml.screen(full_name="Sanction Person").request_id
        client.email.send(email="a@sandbox-mail.dev")
        client.email.check(email="a@sandbox-mail.dev", code="123456")
        client.phone.send(phone_number="+14155552671")
        client.phone.check(phone_number="+14155552671", code="123456")
        client.database_validation.validate(issuing_state="ESP", validation_type="id")
        exercise_current_api(client, org_id=str(org), session_id=sid)
        exercise_case_management(client, sandbox)
        own = sandbox.state.app_for_key(sandbox.api_key)  # the key the client sends
        assert own is not None
        exercise_rest_api(
            client, workflow_id=str(wf.uuid), session_id=sid, org_id=own.org_id, app_id=own.uuid
        )
        # deletes last
        many = [client.sessions.create(workflow_id=wf.uuid) for _ in range(21)]
        job = client.sessions.batch_delete(session_numbers=[s.session_number for s in many])
        client.sessions.retrieve_batch_delete_job(job.job_id)  # type: ignore[union-attr]
        client.sessions.delete(sid)
        client.workflows.delete(wf.uuid)
    # Every operation went out through the sync client and was answered with a success.
    assert {r.operation_id for r in seen.responses} == set(OPERATIONS)
    assert all(r.status_code < 300 for r in seen.responses)

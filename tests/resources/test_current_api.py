"""The operations and fields taken from Didit's MCP server (businesses and KYB, transactions and
wallet screening, lists, session imports and retrieval, customization, applications, events, new
fields on older operations) through ``AsyncDidit`` against the sandbox: what a user would see."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.routing import Route

from didit_async import (
    DiditBadRequestError,
    DiditConflictError,
    DiditNotFoundError,
    DiditPermissionError,
    DiditValidationError,
)
from didit_async.sandbox import Sandbox, SandboxConfig
from didit_async.webhooks import WebhookEvent, webhook_endpoint

pytestmark = pytest.mark.anyio
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(virtual_time=True))


def tx(tid: str, vendor: str = "u1", amount: Any = "10", **extra: Any) -> dict[str, Any]:
    return {
        "transaction_id": tid,
        "transaction_category": "finance",
        "transaction_details": {"amount": amount, "currency": "EUR"},
        "subject": {"vendor_data": vendor},
        **extra,
    }


async def collect(sandbox: Sandbox, url: str, secret: str) -> list[WebhookEvent]:
    received: list[WebhookEvent] = []

    async def handler(event: WebhookEvent) -> None:
        received.append(event)

    sandbox.register_receiver(
        url, Starlette(routes=[Route("/h", webhook_endpoint(handler, secrets=[secret]))])
    )
    return received


async def test_businesses_lifecycle_kyb_sessions_and_webhooks(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        dest = await client.webhooks.destinations.create(
            label="b",
            url="https://b.example/h",
            subscribed_events=["business.status.updated", "business.data.updated"],
        )
        received = await collect(sandbox, "https://b.example/h", str(dest.secret_shared_key))
        created = await client.businesses.create(
            vendor_data="acme", legal_name="Acme Ltd", country_code="GB", metadata={"tier": 1}
        )
        assert (created.status, created.session_count) == ("ACTIVE", 0)
        with pytest.raises(DiditConflictError):
            await client.businesses.create(vendor_data="acme")
        await client.businesses.update("acme", display_name="Acme", legal_name="Acme Limited")
        await client.businesses.update_status("acme", status="FLAGGED")
        await client.businesses.update("acme", status="FLAGGED")  # no change: no event
        wf = await client.workflows.create(
            workflow_label="KYB", features=[{"feature": "KYB_REGISTRY"}]
        )
        session = await client.sessions.create(
            workflow_id=wf.uuid, vendor_data="acme", sandbox_scenario="approve"
        )
        sandbox.advance(10)
        business = await client.businesses.retrieve("acme")
        assert (business.session_count, business.approved_count) == (1, 1)
        assert (await client.sessions.retrieve(session.session_id)).session_kind == "business"
        flagged = [b.vendor_data async for b in client.businesses.list(status="FLAGGED")]
        assert flagged == ["acme"]
        await sandbox.deliver_webhooks()
        kinds = [(e.type, e.raw.get("changed_fields"), e.status) for e in received]
        assert kinds == [
            ("business.data.updated", ["display_name", "legal_name"], None),
            ("business.status.updated", None, "FLAGGED"),
        ]
        assert received[1].raw["previous_status"] == "ACTIVE"
        await client.businesses.create(vendor_data="globex")
        gone = await client.businesses.batch_delete(
            didit_internal_id_list=[str(business.didit_internal_id)]
        )
        assert gone.deleted_count == 1
        assert [b.vendor_data async for b in client.businesses.list()] == ["globex"]
        with pytest.raises(DiditNotFoundError):
            await client.businesses.retrieve("acme")


async def test_kyb_search_and_select_store_the_record(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        by_number = await client.kyb.search(country_code="DE", registration_number="HRB 1234")
        assert [c.registration_number for c in by_number.results] == ["HRB 1234"]
        with pytest.raises(DiditBadRequestError):
            await client.kyb.search(country_code="DE")
        found = await client.kyb.search(country_code="DE", name="Muster")
        record = await client.kyb.select(
            kyb_response_id=found.results[1].kyb_response_id, vendor_data="muster"
        )
        assert record.legal_name == "Muster Holdings" and record.officers
        assert (await client.businesses.retrieve("muster")).registration_number == (
            found.results[1].registration_number
        )
        with pytest.raises(DiditNotFoundError):
            await client.kyb.select(kyb_response_id="nope")


async def test_transactions_rules_idempotency_and_webhook(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        dest = await client.webhooks.destinations.create(
            label="t", url="https://t.example/h", subscribed_events=["transaction.created"]
        )
        received = await collect(sandbox, "https://t.example/h", str(dest.secret_shared_key))
        ok = await client.transactions.create(**tx("t1"))
        assert (ok.status, ok.risk_score, ok.rule_hits) == ("APPROVED", 0, [])
        again = await client.transactions.create(**tx("t1", amount="99999"))
        assert again.uuid == ok.uuid and again.status == "APPROVED"  # the stored one
        big = await client.transactions.create(**tx("t2", amount=25_000))
        assert big.status == "IN_REVIEW" and [h.rule for h in big.rule_hits or []] == [
            "large_amount"
        ]
        await client.users.create(vendor_data="bad", status="BLOCKED")
        blocked = await client.transactions.create(**tx("t3", vendor="bad"))
        assert (blocked.status, blocked.risk_score) == ("DECLINED", 100)
        for i in range(4):
            await client.transactions.create(**tx(f"v{i}"))
        fast = await client.transactions.create(**tx("v4"))
        assert fast.status == "IN_REVIEW" and "velocity" in [h.rule for h in fast.rule_hits or []]
        assert (await client.transactions.retrieve("t2")).status == "IN_REVIEW"
        assert (await client.transactions.retrieve(str(big.uuid))).transaction_id == "t2"
        with pytest.raises(DiditNotFoundError):
            await client.transactions.retrieve("missing")
        mine = [t.transaction_id async for t in client.transactions.list(vendor_data="u1")]
        assert mine == ["v4", "v3", "v2", "v1", "v0", "t2", "t1"]
        with pytest.raises(DiditValidationError):
            await client.transactions.create(**tx("t9", transaction_category="lottery"))
        await sandbox.deliver_webhooks()
        assert len(received) == 8 and {e.type for e in received} == {"transaction.created"}


async def test_wallet_screening(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        address = "0x" + "12" * 20
        first = await client.wallet_screening.screen(wallet_address=address, blockchain="ETH")
        second = await client.wallet_screening.screen(wallet_address=address, blockchain="ETH")
        assert first.risk_score == second.risk_score and first.sanctions_hit is False
        with pytest.raises(DiditBadRequestError):
            await client.wallet_screening.screen(wallet_address="0x12", blockchain="ETH")
        [wallets] = (
            await client.lists.list(list_type="blocklist", entry_type="wallet_address")
        ).results
        await client.lists.entries.create(wallets.uuid, value=address)
        hit = await client.wallet_screening.screen(wallet_address=address, blockchain="ETH")
        assert (hit.sanctions_hit, hit.severity, hit.risk_score) == (True, "severe", 100)


async def test_lists_and_entries_decline_and_block_like_the_blocklist(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        system = [x async for x in client.lists.list(list_type="blocklist")]
        assert len(system) == 12 and all(x.is_system for x in system)
        emails = next(x for x in system if x.entry_type == "email")
        users = next(x for x in system if x.entry_type == "user")
        with pytest.raises(DiditPermissionError):
            await client.lists.update(emails.uuid, name="mine")
        with pytest.raises(DiditValidationError):  # refused before sending: Didit makes those
            await client.lists.create(name="x", list_type="blocklist", entry_type="email")  # type: ignore[arg-type]
        wf = await client.workflows.create(workflow_label="KYC")
        first = await client.sessions.create(workflow_id=wf.uuid, vendor_data="mallory")
        sandbox.advance(10)
        entry = await client.lists.entries.create(
            emails.uuid, reference_session_id=first.session_id, comment="fraud"
        )
        assert entry.value == "mallory@sandbox.invalid"
        with pytest.raises(DiditBadRequestError):
            await client.lists.entries.create(emails.uuid, value="mallory@sandbox.invalid")
        retry = await client.sessions.create(
            workflow_id=wf.uuid, vendor_data="mallory", sandbox_scenario="approve"
        )
        sandbox.advance(10)
        decision = await client.sessions.retrieve_decision(retry.session_id)
        risks = [w.risk for r in decision.id_verifications or [] for w in r.warnings or []]
        assert decision.status == "Declined" and "EMAIL_IN_BLOCKLIST" in risks
        dest = await client.webhooks.destinations.create(
            label="u", url="https://u.example/h", subscribed_events=["user.status.updated"]
        )
        received = await collect(sandbox, "https://u.example/h", str(dest.secret_shared_key))
        await client.users.create(vendor_data="eve")
        blocked = await client.lists.entries.create(users.uuid, value="eve")
        assert (await client.users.retrieve("eve")).status == "BLOCKED"
        await client.lists.entries.delete(users.uuid, blocked.uuid)
        assert (await client.users.retrieve("eve")).status == "ACTIVE"
        await sandbox.deliver_webhooks()
        assert [(e.type, e.status) for e in received] == [
            ("user.status.updated", "BLOCKED"),
            ("user.status.updated", "ACTIVE"),
        ]
        vip = await client.lists.create(name="VIP", list_type="allowlist", entry_type="phone")
        with pytest.raises(DiditBadRequestError):
            await client.lists.create(name="VIP", list_type="custom", entry_type="phone")
        await client.lists.entries.create(vip.uuid, value="+14155550000", display_label="CEO")
        await client.lists.entries.create(vip.uuid, value="+14155550001")
        found = [e.value async for e in client.lists.entries.list(vip.uuid, search="ceo")]
        assert found == ["+14155550000"]
        assert (await client.lists.retrieve(vip.uuid)).entry_count == 2
        faces = next(x for x in system if x.entry_type == "face")
        face = await client.lists.entries.upload_face(
            faces.uuid, image=base64.b64encode(PNG).decode(), display_label="suspect"
        )
        assert str(face.value).startswith("face-")
        with pytest.raises(DiditBadRequestError):
            await client.lists.entries.upload_face(vip.uuid, image=base64.b64encode(PNG).decode())
        await client.lists.delete(vip.uuid)
        with pytest.raises(DiditNotFoundError):
            await client.lists.retrieve(vip.uuid)


async def test_imports_process_rows_and_report_errors(sandbox: Sandbox) -> None:
    ndjson = (
        '{"vendor_data": "b1", "legal_name": "B One", "status": "FLAGGED"}\n{"vendor_data": "b2"}\n'
    )
    url = "data:application/x-ndjson;base64," + base64.b64encode(ndjson.encode()).decode()
    async with sandbox.client() as client:
        template = await client.sessions.imports.template()
        assert template.required_columns == ["vendor_data", "status"]
        job = await client.sessions.imports.create(
            source_file_url=url, import_type="business_verification", source_format="ndjson"
        )
        assert (job.status, job.success_count, job.error_count) == ("completed_with_errors", 1, 1)
        errors = [e async for e in client.sessions.imports.list_errors(job.uuid)]
        assert [(e.row, e.field) for e in errors] == [(2, "legal_name")]
        assert (await client.businesses.retrieve("b1")).status == "FLAGGED"
        rows = "transaction_id,transaction_category,vendor_data,amount\nh1,finance,u9,20000\n"
        tx_job = await client.sessions.imports.create(
            source_file_url="data:text/csv," + rows.replace("\n", "%0A"),
            import_type="transactions",
        )
        assert tx_job.status == "completed"
        assert (await client.transactions.retrieve("h1")).status == "IN_REVIEW"
        failed = await client.sessions.imports.create(source_file_url="https://files.example/x.csv")
        assert failed.status == "failed"
        assert (await client.sessions.imports.retrieve(failed.uuid)).error_count == 1


async def test_customization_persists_uploaded_images(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        before = await client.customization.retrieve()
        assert before.image_square is None
        updated = await client.customization.update(image_favicon=PNG)
        assert updated.image_favicon and updated.image_square is None
        assert (await client.customization.retrieve()).image_favicon == updated.image_favicon
        with pytest.raises(DiditBadRequestError):
            await client.customization.update()
        with pytest.raises(DiditBadRequestError):
            await client.customization.update(image_square=b"not an image")


async def test_applications_events_and_session_retrieve(sandbox: Sandbox) -> None:
    email = "dev@sandbox-mail.dev"
    async with sandbox.client() as client:
        await client.account.register(email=email, password="MyStr0ng!Pass")
        code = sandbox.state.otps[email]
        verified = await client.account.verify_email(email=email, code=code)
        org = str(verified.organization.uuid)  # type: ignore[union-attr]
        await client.account.create_application(org, name="Second")
        apps = await client.account.list_applications(org)
        assert {str(a.name) for a in apps} == {"Second", f"{email}'s application"}
        one = await client.events.ingest(
            event_type="login", vendor_data="u1", extra_body={"ip": "1.2.3.4"}
        )
        assert one.event_type == "login" and one.additional_properties["ip"] == "1.2.3.4"
        batch = await client.events.ingest_batch(events=[{"event_type": "a"}, {"event_type": "b"}])
        assert batch.accepted == 2
        with pytest.raises(DiditValidationError):
            await client.events.ingest_batch(events=[])
        wf = await client.workflows.create(workflow_label="KYC")
        s = await client.sessions.create(workflow_id=wf.uuid, vendor_data="r1")
        assert (await client.sessions.retrieve(s.session_id)).status == "Not Started"


async def test_new_fields_on_existing_operations_are_honoured(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        user = await client.users.create(
            vendor_data="ada",
            full_name="Ada Lovelace",
            date_of_birth="1815-12-10",
            approved_emails=["ada@sandbox-mail.dev"],
        )
        assert user.full_name == "Ada Lovelace" and user.approved_emails == ["ada@sandbox-mail.dev"]
        updated = await client.users.update("ada", status="FLAGGED", issuing_states=["GBR"])
        assert (updated.status, updated.issuing_states) == ("FLAGGED", ["GBR"])
        draft = await client.workflows.create(
            workflow_label="Draft", status="draft", session_expiration_time=3600
        )
        with pytest.raises(DiditBadRequestError):
            await client.sessions.create(workflow_id=draft.uuid)
        await client.workflows.update(draft.uuid, status="published", is_desktop_allowed=False)
        session = await client.sessions.create(workflow_id=draft.uuid, vendor_data="ada")
        questions = [
            {
                "id": "q1",
                "type": "multiple_choice",
                "text": {"en": "Source of funds?"},
                "options": [{"value": "salary"}, {"value": "other"}],
                "branching": [{"if_option": "other", "go_to": "q2"}],
            },
            {"id": "q2", "type": "long_text", "text": "Explain"},
        ]
        q = await client.questionnaires.create(title="Funds", questions=questions)
        assert q.additional_properties["questions"][0]["branching"][0]["go_to"] == "q2"
        with pytest.raises(DiditValidationError):  # multiple choice without options
            await client.questionnaires.create(
                title="x", questions=[{"type": "multiple_choice", "text": "?"}]
            )
        with pytest.raises(DiditBadRequestError):  # branching to a question that is not there
            await client.questionnaires.create(
                title="x",
                questions=[{**questions[0], "branching": [{"if_option": "other", "go_to": "q9"}]}],
            )
        with pytest.raises(DiditBadRequestError):  # neither questions nor form_elements
            await client.questionnaires.create(title="x")
        sandbox.advance(10)
        await client.sessions.update_data(
            session.session_id, marital_status="MARRIED", document_subtype="biometric"
        )
        decision = await client.sessions.retrieve_decision(session.session_id)
        idv = (decision.id_verifications or [])[0]
        assert idv.marital_status == "MARRIED"
        assert idv.document_subtype == "biometric"  # typed since Didit publishes it
        # Didit's published schema sets no pattern here (its examples send alpha-2 and -3).
        updated = await client.sessions.update_poa_data(session.session_id, issuing_state="GB")
        assert updated is not None
        young = await client.id_verification.verify(front_image=PNG, minimum_age=120)
        assert young.id_verification.status == "Declined"  # type: ignore[union-attr]
        assert [w.risk for w in young.id_verification.warnings or []] == ["MINIMUM_AGE_NOT_MET"]  # type: ignore[union-attr]
        poa = await client.poa.verify(document=PNG, expected_country="FR")
        assert poa.poa.status == "Declined"  # type: ignore[union-attr]
        db = await client.database_validation.validate(
            full_name="Nomatch Person", no_match_action="DECLINE", services=["es_dgt"]
        )
        assert db.database_validation.status == "Declined"  # type: ignore[union-attr]
        aml = await client.aml.screen(
            full_name="Fraud Person", include_adverse_media=True, include_ongoing_monitoring=True
        )
        screened = aml.aml
        assert screened is not None
        assert len(screened.additional_properties["adverse_media"]) == 1
        assert screened.additional_properties["ongoing_monitoring"] is True


async def test_update_poa_data_shows_in_the_decision(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        wf = await client.workflows.create(workflow_label="KYC")
        s = await client.sessions.create(workflow_id=wf.uuid, vendor_data="p1")
        sandbox.advance(10)
        await client.sessions.update_poa_data(
            s.session_id,
            issuing_state="ESP",
            document_language="es",
            poa_address="Calle Mayor 1, Madrid",
            extra_fields={"utility": "water"},
        )
        [poa] = (await client.sessions.retrieve_decision(s.session_id)).poa_verifications or []
        assert (poa.poa_address, poa.document_language) == ("Calle Mayor 1, Madrid", "es")
        assert poa.issuing_state == "ESP"  # typed since Didit publishes it

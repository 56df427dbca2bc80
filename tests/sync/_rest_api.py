"""The rest of Didit's published API (risk scoring, Document AI, KYB registry tiers, transaction
rules, Travel Rule, biometric templates, AML monitoring, session tooling) through the blocking
client, for the every-operation test."""

from __future__ import annotations

from didit_async import Didit

PDF = b"%PDF-1.4 sandbox document"


def exercise_rest_api(
    client: Didit, *, workflow_id: str, session_id: str, org_id: str, app_id: str
) -> None:
    """Every operation once, each answered with a success; ``session_id`` is a decided session
    with AML hits on ``workflow_id``."""
    assert client.risk.email(email="disposable.x@sandbox-mail.dev").status == "Declined"
    assert client.risk.ip(ip_address="198.51.100.4").ip.is_vpn_or_tor  # type: ignore[union-attr]
    assert client.risk.phone(phone_number="+14155552671").status == "Approved"
    extracted = client.document_ai.extract(document=PDF, fields="first_name")
    assert extracted.document_ai.extracted_data  # type: ignore[union-attr]
    found = client.kyb.search(country_code="GB", name="Acme")
    handle = found.results[0].kyb_response_id
    assert client.kyb.retrieve_shareholders(kyb_response_id=handle).registry_tier_delivered == (
        "shareholders"
    )
    ubo = client.kyb.retrieve_ubo(kyb_response_id=handle)
    assert ubo.kyb_registry.beneficial_owners  # type: ignore[union-attr]
    exercise_transaction_rules(client)
    exercise_travel_rule(client)
    exercise_biometric_templates(client)
    exercise_aml_monitoring(client)
    exercise_session_tools(client, workflow_id=workflow_id, session_id=session_id)
    assert client.users.generate_pdf("mon-user").startswith(b"%PDF")
    exercise_organization_scoped(client, org_id=org_id, app_id=app_id)


def exercise_organization_scoped(client: Didit, *, org_id: str, app_id: str) -> None:
    """The face upload and the bulk toggles with their jobs, ids passed explicitly."""
    import base64

    user = client.users.retrieve("mon-user")
    face = client.users.upload_face(
        str(user.didit_internal_id),
        image=base64.b64encode(b"img").decode(),
        organization_id=org_id,
        application_id=app_id,
    )
    assert face.uuid is not None
    users_job = client.users.bulk_toggle_aml_monitoring(
        is_enabled=False, update_all=True, organization_id=org_id, application_id=app_id
    )
    assert client.users.retrieve_aml_monitoring_job(
        str(users_job.job_id), organization_id=org_id, application_id=app_id
    ).job_id  # type: ignore[union-attr]
    biz_job = client.businesses.bulk_toggle_aml_monitoring(
        is_enabled=True, update_all=True, organization_id=org_id, application_id=app_id
    )
    assert client.businesses.retrieve_aml_monitoring_job(
        str(biz_job.job_id), organization_id=org_id, application_id=app_id
    ).job_id  # type: ignore[union-attr]
    kyb_job = client.businesses.bulk_toggle_session_aml_monitoring(
        is_enabled=True, update_all=True, organization_id=org_id, application_id=app_id
    )
    job = client.businesses.retrieve_session_aml_monitoring_job(
        str(kyb_job.job_id), organization_id=org_id, application_id=app_id
    )  # type: ignore[union-attr]
    assert job.target_type == "business"


def exercise_session_tools(client: Didit, *, workflow_id: str, session_id: str) -> None:
    """Arm, bulk AML review, and the KYB company and party of a KYB session."""
    from didit_async.sandbox._ops_session_tools import kyb_company_uuid, kyb_party_uuids

    fresh = client.sessions.create(workflow_id=workflow_id)
    armed = client.sessions.arm_sandbox(
        fresh.session_id, scenario="approve", session_token=str(fresh.session_token)
    )
    assert armed.status == "Not Started"
    hits = client.sessions.retrieve_decision(session_id).aml_screenings[0].hits  # type: ignore[index]
    updated = client.sessions.bulk_update_aml_hit_status(
        session_id,
        hit_updates=[{"hit_id": hits[0].id, "review_status": "Confirmed Match"}],  # type: ignore[index]
    )
    assert updated.additional_properties["updated_count"] == 1
    kyb = client.workflows.create(workflow_label="KYB", features=[{"feature": "KYB_REGISTRY"}])
    ks = client.sessions.create(workflow_id=str(kyb.uuid), vendor_data="kyb-sync").session_id
    company = client.sessions.kyb.update_company(ks, kyb_company_uuid(ks), company_name="Sync Co")
    assert company.company_name == "Sync Co"
    party = client.sessions.kyb.update_party(ks, kyb_party_uuids(ks)[0], is_skipped=True)
    assert party.is_skipped


def exercise_aml_monitoring(client: Didit) -> None:
    """The toggles for users and businesses and their job."""
    client.users.create(vendor_data="mon-user")
    job = client.users.toggle_aml_monitoring(is_enabled=True, vendor_data_list=["mon-user"])
    assert job.job_id is not None  # type: ignore[union-attr]
    assert client.aml.retrieve_monitoring_job(str(job.job_id)).total == 1  # type: ignore[union-attr]
    client.businesses.create(vendor_data="mon-biz")
    estimate = client.businesses.toggle_aml_monitoring(
        is_enabled=True, estimate_only=True, vendor_data_list=["mon-biz", "ghost"]
    )
    assert estimate.unmatched == ["ghost"]  # type: ignore[union-attr]


def exercise_biometric_templates(client: Didit) -> None:
    """The templates the decided sessions of the every-operation run left."""
    templates = client.biometric_templates
    first = next(iter(templates.list(status="active")))
    assert templates.count(vendor_data=first.vendor_data).count >= 1  # type: ignore[operator]
    assert templates.retrieve(str(first.uuid)).provenance_reference == first.provenance_reference
    assert templates.purge(str(first.uuid)).outcome == "purged"
    again = templates.bulk_purge(template_uuids=[str(first.uuid)])
    assert [r.outcome for r in again.results or []] == ["already_purged"]


def exercise_travel_rule(client: Didit) -> None:
    """The Travel Rule operations, each once, in an order where each finds what it needs."""
    tr = client.travel_rule
    assert tr.settings.update(is_enabled=True, threshold_amount="100").is_enabled
    assert tr.settings.retrieve().threshold_amount == "100"
    entry = tr.wallet_addresses.create(address="0x" + "22" * 20, chain="ETH")
    assert tr.wallet_addresses.update(str(entry.uuid), holder_name="Eva").holder_name == "Eva"
    assert [e.uuid for e in tr.wallet_addresses.list()] == [entry.uuid]
    assert list(tr.vasps.list(search="alpine"))
    body = {
        "transaction_category": "finance",
        "transaction_details": {"amount": "150", "currency": "USDT", "direction": "outbound"},
        "subject": {"vendor_data": "tr-sync"},
    }
    away = client.transactions.create(
        transaction_id="tr-s1", counterparty={"payment_method": {"account_id": "0xfar"}}, **body
    )
    transfer = tr.transfers.update(str(away.uuid), action="resend")
    token = str(transfer.timeline[-1].detail).split("/pickup/")[1].strip("/")  # type: ignore[index]
    assert tr.pickups.retrieve(token).amount == "150"
    assert tr.pickups.respond(token, decision="decline").status == (
        "COUNTERPARTY_VASP_GENERAL_DECLINE"
    )
    own = client.transactions.create(
        transaction_id="tr-s2",
        counterparty={"payment_method": {"account_id": entry.address}},
        **body,
    )
    assert tr.transfers.confirm_ownership(str(own.uuid), confirmed=True).status == "COMPLETED"
    tr.wallet_addresses.delete(str(entry.uuid))
    inbound = tr.inbound.register(
        chain="BTC", txid="abc", wallet_address="bc1qmine", amount="0.1", currency="BTC"
    )
    assert inbound.created
    widget = tr.widget_sessions.create(wallet_address="0xw", chain="ETH", holder_name="Eva")
    assert tr.widget_sessions.retrieve_context(str(widget.token)).holder_name == "Eva"


def exercise_transaction_rules(client: Didit) -> None:
    """Rules, the library, a backtest, the SDK token, the device client and the PDF."""
    rules = client.transactions.rules
    assert {e.library_key for e in rules.list_library(bundle="crypto_starter")} == {
        "crypto_large_outbound",
        "sanctioned_country",
    }
    assert rules.install(library_keys=["high_value_transfer"]).installed_count == 1
    rule = rules.create(
        title="Round thousands",
        category="amount",
        mode="ACTIVE",
        conditions=[{"field": "amount", "operator": "in", "value": [1000, 2000]}],
        actions=[{"type": "change_status", "value": "IN_REVIEW"}],
    )
    assert rules.retrieve(rule.uuid).title == "Round thousands"  # type: ignore[arg-type]
    assert rules.update(rule.uuid, mode="TEST").mode == "TEST"  # type: ignore[arg-type]
    assert [r.title for r in rules.list(source="CUSTOM")] == ["Round thousands"]
    assert rules.backtest(period_days=30).evaluated >= 0  # type: ignore[operator]
    rules.delete(rule.uuid)  # type: ignore[arg-type]
    assert rules.uninstall(library_keys=["high_value_transfer"]).uninstalled_count == 1
    token = client.transactions.create_sdk_token(vendor_data="device-user", max_uses=2)
    device = client.device(token.sdk_token)  # type: ignore[arg-type]
    tx = device.transactions.create(
        txn_id="sync-dev-1",
        type="transfer",
        info={"direction": "INBOUND", "amount": 12.5, "currency": "EUR"},
        subject={"fullName": "Ana Silva"},
    )
    assert device.transactions.retrieve(tx.uuid).vendor_data == "device-user"  # type: ignore[arg-type]
    screening = client.wallet_screening.screen(wallet_address="0x" + "cd" * 20, blockchain="ETH")
    pdf = client.wallet_screening.generate_pdf(
        provider=str(screening.provider),
        screening_type="WALLET_SCREENING",
        risk_score=screening.risk_score,  # type: ignore[arg-type]
        severity={"low": "LOW", "medium": "MEDIUM", "high": "HIGH"}[str(screening.severity)],
        status="SCREENED",
        summary=str(screening.summary),
        wallet_address=screening.wallet_address,  # type: ignore[arg-type]
        blockchain=str(screening.blockchain),
        sanctions_hit=bool(screening.sanctions_hit),
        dominant_risk_category=None,
        source_of_funds=[],
        destination_of_funds=[],
        counterparty_connections=[],
        report_signature=str(screening.report_signature),
    )
    assert pdf.startswith(b"%PDF")

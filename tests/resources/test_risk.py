"""Risk scoring (email, IP, phone), Document AI and the KYB registry tiers through both clients
against the sandbox: the documented magic inputs give their outcomes, and the phone anti-abuse
cap (4 scorings per number per hour) is honoured before anything is sent."""

from __future__ import annotations

import pytest

from didit_async import DiditBadRequestError, DiditRateLimitError, DiditValidationError
from didit_async.sandbox import Sandbox, SandboxConfig

PDF = b"%PDF-1.4 a scanned invoice"


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(virtual_time=True))


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("email", "status", "flag"),
    [
        ("ana@sandbox-mail.dev", "Approved", None),
        ("disposable.bob@sandbox-mail.dev", "Declined", "is_disposable"),
        ("undeliverable.cy@sandbox-mail.dev", "Declined", "is_undeliverable"),
        ("breached.dee@sandbox-mail.dev", "In Review", "is_breached"),
    ],
)
async def test_email_risk_outcome_follows_the_local_part(
    sandbox: Sandbox, email: str, status: str, flag: str | None
) -> None:
    async with sandbox.client() as client:
        scored = await client.risk.email(email=email, vendor_data="u-1")
    assert scored.status == status and scored.vendor_data == "u-1"
    assert scored.email is not None and scored.email.email == email
    flags = {
        f: getattr(scored.email, f) for f in ("is_disposable", "is_undeliverable", "is_breached")
    }
    assert flags == {f: f == flag for f in flags}
    assert bool(scored.email.breaches) == (flag == "is_breached")


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("ip", "status", "vpn", "data_centre"),
    [
        ("81.2.69.160", "Approved", False, False),
        ("198.51.100.23", "In Review", True, False),
        ("203.0.113.5", "In Review", False, True),
    ],
)
async def test_ip_risk_flags_vpn_and_data_centre_networks(
    sandbox: Sandbox, ip: str, status: str, vpn: bool, data_centre: bool
) -> None:
    async with sandbox.client() as client:
        scored = await client.risk.ip(ip_address=ip)
    assert scored.status == status
    assert scored.ip is not None
    assert (scored.ip.is_vpn_or_tor, scored.ip.is_data_center) == (vpn, data_centre)


def test_phone_risk_outcomes_through_the_blocking_client(sandbox: Sandbox) -> None:
    with sandbox.sync_client() as client:
        assert client.risk.phone(phone_number="+14155552671").status == "Approved"
        disposable = client.risk.phone(phone_number="+14155550000")
        voip = client.risk.phone(phone_number="+14155551111")
    assert disposable.status == "Declined" and disposable.phone.is_disposable  # type: ignore[union-attr]
    assert voip.status == "In Review" and voip.phone.is_virtual  # type: ignore[union-attr]


@pytest.mark.anyio
async def test_the_fifth_scoring_of_a_number_within_the_hour_is_refused_before_sending(
    sandbox: Sandbox,
) -> None:
    async with sandbox.client(clock=sandbox.clock) as client:
        for _ in range(4):
            await client.risk.phone(phone_number="+14155552671")
        sent = sandbox.stats.requests
        with pytest.raises(DiditRateLimitError) as caught:
            await client.risk.phone(phone_number="+14155552671")
        # Refused by the client: Didit never saw the fifth attempt.
        assert sandbox.stats.requests == sent
        assert "phone-risk-number" in str(caught.value)
        assert "4155552671" not in str(caught.value)  # the number is never in the message
        # Another number has its own window.
        assert (await client.risk.phone(phone_number="+14155559876")).status == "Approved"
        sandbox.advance(3601)  # the client shares the sandbox's virtual clock
        assert (await client.risk.phone(phone_number="+14155552671")).status == "Approved"


@pytest.mark.anyio
async def test_the_sandbox_itself_caps_a_number_for_clients_without_a_limiter(
    sandbox: Sandbox,
) -> None:
    async with sandbox.client(rate_limiting=False, max_retries=0) as client:
        for _ in range(4):
            await client.risk.phone(phone_number="+14155552671")
        with pytest.raises(DiditRateLimitError):
            await client.risk.phone(phone_number="+14155552671")


@pytest.mark.anyio
async def test_document_ai_extracts_the_fields_asked_for_and_applies_the_actions(
    sandbox: Sandbox,
) -> None:
    async with sandbox.client() as client:
        read = await client.document_ai.extract(
            document=("invoice.pdf", PDF, "application/pdf"), fields="first_name,issue_date"
        )
        assert read.document_ai is not None and read.document_ai.status == "Approved"
        assert set(read.document_ai.extracted_data or {}) == {"first_name", "issue_date"}
        mismatch = await client.document_ai.extract(
            document=PDF,
            fields="full_name",
            expected_first_name="Nobody",
            expected_last_name="Known",
            document_ai_name_mismatch_action="DECLINE",
        )
        assert mismatch.document_ai is not None and mismatch.document_ai.status == "Declined"
        assert [w.risk for w in mismatch.document_ai.warnings or []] == [
            "DOCUMENT_AI_NAME_MISMATCH"
        ]
        unreadable = await client.document_ai.extract(
            document=b"UNREADABLE scan", fields="first_name"
        )
        assert unreadable.document_ai is not None
        assert unreadable.document_ai.status == "In Review"
        assert unreadable.document_ai.extracted_data == {}
        with pytest.raises(DiditValidationError):
            await client.document_ai.extract(
                document=PDF,
                fields="x",
                document_ai_unreadable_document_action="IGNORE",  # type: ignore[arg-type]
            )


@pytest.mark.anyio
async def test_kyb_tiers_answer_202_while_pending_then_the_owners(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        found = await client.kyb.search(country_code="GB", name="Pending Widgets")
        handle = found.results[0].kyb_response_id  # type: ignore[index]
        waiting = await client.kyb.retrieve_ubo(kyb_response_id=handle)
        assert waiting.registry_tier_delivered == "basic"
        assert waiting.kyb_registry is not None and waiting.kyb_registry.fetch_status == "pending"
        ready = await client.kyb.retrieve_ubo(kyb_response_id=handle)
        assert ready.registry_tier_requested == ready.registry_tier_delivered == "ubo"
        owners = ready.kyb_registry.beneficial_owners or []  # type: ignore[union-attr]
        assert sum(o.effective_ownership_percent or 0 for o in owners) == 100
        shares = await client.kyb.retrieve_shareholders(kyb_response_id=handle)
        assert shares.registry_tier_delivered == "basic"  # first ask of this tier: pending
        with pytest.raises(DiditBadRequestError, match="kyb_response_id"):
            await client.kyb.retrieve_shareholders(
                kyb_response_id="00000000-0000-4000-8000-000000000000"
            )


def test_kyb_tiers_through_the_blocking_client(sandbox: Sandbox) -> None:
    with sandbox.sync_client() as client:
        handle = client.kyb.search(country_code="GB", name="Acme").results[0].kyb_response_id  # type: ignore[index]
        shares = client.kyb.retrieve_shareholders(kyb_response_id=handle)
        assert shares.registry_tier_delivered == "shareholders"
        assert shares.kyb_registry.officers[0].role == "shareholder"  # type: ignore[union-attr,index]

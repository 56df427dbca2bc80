"""The rest of Didit's published API (risk scoring, Document AI, KYB registry tiers, transaction
rules, Travel Rule, biometric templates, AML monitoring, session tooling) through the blocking
client, for the every-operation test."""

from __future__ import annotations

from didit_async import Didit

PDF = b"%PDF-1.4 sandbox document"


def exercise_rest_api(client: Didit) -> None:
    """Every operation once, each answered with a success."""
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

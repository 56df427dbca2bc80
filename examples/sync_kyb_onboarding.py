"""KYB onboarding with blocking calls: registry search, select, a KYB session, a status change.

The blocking twin of ``kyb_onboarding.py``, on ``Didit``. The webhook part stays in the async
example (receiving webhooks is an ASGI endpoint's job); here the queued event is read from the
sandbox's outbox to show it was sent.
"""

from __future__ import annotations

from didit_async.sandbox import Sandbox, SandboxConfig


def main(sandbox: Sandbox | None = None) -> dict[str, object]:
    sandbox = sandbox or Sandbox(SandboxConfig(virtual_time=True))
    with sandbox.sync_client() as client:
        client.webhooks.destinations.create(
            label="KYB events",
            url="https://kyb.example.com/hooks",
            subscribed_events=["business.status.updated"],
        )
        found = client.kyb.search(country_code="GB", name="Acme", search_type="contains")
        print("Registry candidates:", [c.name for c in found.results])
        record = client.kyb.select(
            kyb_response_id=found.results[0].kyb_response_id, vendor_data="acme-gb"
        )
        print("Registered", record.legal_name, record.registration_number)
        workflow = client.workflows.create(
            workflow_label="KYB",
            features=[{"feature": "KYB_REGISTRY"}, {"feature": "KYB_KEY_PEOPLE"}],
        )
        session = client.sessions.create(
            workflow_id=workflow.uuid, vendor_data="acme-gb", sandbox_scenario="approve"
        )
        sandbox.advance(10)
        decision = client.sessions.retrieve(session.session_id)
        business = client.businesses.retrieve("acme-gb")
        print(
            "KYB session:",
            decision.status,
            decision.session_kind,
            "| approved sessions:",
            business.approved_count,
        )
        flagged = client.businesses.update_status("acme-gb", status="FLAGGED")
        queued = [(d.payload["webhook_type"], d.payload["status"]) for d in sandbox.state.outbox]
        print("Webhooks queued:", queued)
        return {
            "kind": str(decision.session_kind),
            "approved": business.approved_count,
            "status": str(flagged.status),
            "events": queued,
        }


if __name__ == "__main__":
    main()

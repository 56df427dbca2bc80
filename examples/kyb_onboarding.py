"""KYB onboarding: find a company in the registry, verify it, and act on its webhooks.

Steps: subscribe to business events, search the registry by name, pull the chosen record onto a
business entity, run a KYB session (a workflow with KYB features) for it, read the business's
session counters, then flag it for review and see the ``business.status.updated`` event arrive
signed.
"""

from __future__ import annotations

import anyio
from starlette.applications import Starlette
from starlette.routing import Route

from didit_async.sandbox import Sandbox, SandboxConfig
from didit_async.webhooks import WebhookEvent, webhook_endpoint


async def main(sandbox: Sandbox | None = None) -> dict[str, object]:
    sandbox = sandbox or Sandbox(SandboxConfig(virtual_time=True))
    received: list[WebhookEvent] = []
    async with sandbox.client() as client:
        secret = (
            await client.webhooks.destinations.create(
                label="KYB events",
                url="https://kyb.example.com/hooks",
                subscribed_events=["business.status.updated", "business.data.updated"],
            )
        ).secret_shared_key
        assert secret is not None

        async def on_event(event: WebhookEvent) -> None:
            received.append(event)

        sandbox.register_receiver(
            "https://kyb.example.com/hooks",
            Starlette(routes=[Route("/hooks", webhook_endpoint(on_event, secrets=[secret]))]),
        )

        found = await client.kyb.search(country_code="GB", name="Acme", search_type="contains")
        candidate = found.results[0]
        print("Registry candidates:", [c.name for c in found.results])
        record = await client.kyb.select(
            kyb_response_id=candidate.kyb_response_id, vendor_data="acme-gb"
        )
        print(
            "Registered",
            record.legal_name,
            record.registration_number,
            "officers:",
            [o.name for o in record.officers or []],
        )

        workflow = await client.workflows.create(
            workflow_label="KYB",
            features=[{"feature": "KYB_REGISTRY"}, {"feature": "KYB_KEY_PEOPLE"}],
        )
        session = await client.sessions.create(
            workflow_id=workflow.uuid, vendor_data="acme-gb", sandbox_scenario="approve"
        )
        sandbox.advance(10)
        decision = await client.sessions.retrieve(session.session_id)
        business = await client.businesses.retrieve("acme-gb")
        print(
            "KYB session:",
            decision.status,
            decision.session_kind,
            "| approved sessions:",
            business.approved_count,
        )

        flagged = await client.businesses.update_status("acme-gb", status="FLAGGED")
        await sandbox.deliver_webhooks()
        events = [(str(e.webhook_type), str(e.status)) for e in received]
        print("Webhooks:", events)
        return {
            "kind": str(decision.session_kind),
            "approved": business.approved_count,
            "status": str(flagged.status),
            "events": events,
        }


if __name__ == "__main__":
    anyio.run(main)

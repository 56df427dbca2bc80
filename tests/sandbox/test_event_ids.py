"""Webhook event ids never repeat, not even across sandboxes (a restarted one): a receiver that
drops event ids it has seen, as the webhooks guide advises, must not drop new events."""

from __future__ import annotations

import uuid

import pytest

from didit_async.sandbox import Sandbox, SandboxConfig

pytestmark = pytest.mark.anyio


async def _receiver(scope: dict, receive: object, send: object) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": []})  # type: ignore[operator]
    await send({"type": "http.response.body", "body": b""})  # type: ignore[operator]


async def _event_ids(sandbox: Sandbox) -> list[str]:
    sandbox.register_receiver("https://example.com/hook", _receiver)  # in process, no network
    async with sandbox.client() as client:
        await client.webhooks.update_config(webhook_url="https://example.com/hook")
        wf = await client.workflows.create(workflow_label="KYC", workflow_type="kyc")
        for i in range(3):
            await client.sessions.create(
                workflow_id=wf.uuid, vendor_data=f"u{i}", sandbox_scenario="approve"
            )
        sandbox.advance(60)
        await sandbox.deliver_webhooks()
    return [d["event_id"] for d in sandbox.deliveries if d["ok"]]


async def test_event_ids_are_random_uuids_that_do_not_repeat_after_a_restart() -> None:
    first = await _event_ids(Sandbox(SandboxConfig()))
    second = await _event_ids(Sandbox(SandboxConfig()))  # "restarted": a new sandbox
    assert len(first) >= 3 and len(second) >= 3
    assert not set(first) & set(second)
    assert all(uuid.UUID(e).version == 4 for e in first + second)

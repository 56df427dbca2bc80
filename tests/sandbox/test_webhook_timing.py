"""The sandbox's webhook retries are timed and stamped as Didit documents them."""

from __future__ import annotations

import json

import pytest

from didit_async.sandbox import Sandbox, SandboxConfig
from didit_async.webhooks import WebhookVerificationError, verify

from .conftest import http_for

pytestmark = pytest.mark.anyio

URL = "https://down.example/hooks"


async def test_retries_keep_the_body_and_carry_their_own_delivery_time() -> None:
    # The user opens the link after 1 s and takes hours to finish: one event in the window.
    sandbox = Sandbox(SandboxConfig(virtual_time=True, finish_after=100_000))
    attempts: list[tuple[bytes, dict[str, str], float]] = []

    async def receiver_down(scope, receive, send):
        body, more = b"", True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        headers = {k.decode(): v.decode() for k, v in scope["headers"]}
        attempts.append((body, headers, sandbox.clock.now()))
        await send({"type": "http.response.start", "status": 503, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    sandbox.register_receiver(URL, receiver_down)
    async with http_for(sandbox) as http:
        dest = (
            await http.post(
                "/v3/webhook/destinations/",
                json={"label": "down", "url": URL, "subscribed_events": ["status.updated"]},
            )
        ).json()
        wid = (await http.post("/v3/workflows/", json={"workflow_label": "K"})).json()["uuid"]
        await http.post("/v3/session/", json={"workflow_id": wid})
    sandbox.advance(1.5)  # the user opens the link: one status.updated event
    await sandbox.deliver_webhooks()
    assert len(attempts) == 1
    event_time = json.loads(attempts[0][0])["timestamp"]
    # Didit: up to two retries, after 1 and then 4 more minutes.
    for count, due in enumerate((event_time + 60, event_time + 300), start=2):
        sandbox.advance(due - sandbox.clock.now() - 0.5)
        await sandbox.deliver_webhooks()
        assert len(attempts) == count - 1  # not yet
        sandbox.advance(0.5)
        await sandbox.deliver_webhooks()
        assert len(attempts) == count
    sandbox.advance(3600)
    await sandbox.deliver_webhooks()
    assert len(attempts) == 3  # no third retry

    bodies = {body for body, _, _ in attempts}
    assert len(bodies) == 1  # the same bytes, event timestamp included
    stamps = [int(headers["x-timestamp"]) for _, headers, _ in attempts]
    assert stamps == [event_time, event_time + 60, event_time + 300]
    for body, headers, delivered_at in attempts:
        assert int(headers["x-timestamp"]) == int(delivered_at)  # the time of this attempt
        # Each attempt verifies when it arrives, the last one 300 s after its event.
        event = verify(body, headers, dest["secret_shared_key"], now=delivered_at)
        assert event.timestamp == int(delivered_at) and event.raw["timestamp"] == event_time
    # The same body re-sent later than a retry can be is refused, whatever X-Timestamp says.
    late = dict(attempts[0][1], **{"x-timestamp": str(event_time + 421)})
    with pytest.raises(WebhookVerificationError, match="signed timestamp") as info:
        verify(attempts[0][0], late, dest["secret_shared_key"], now=event_time + 421)
    assert info.value.reason == "stale_event"

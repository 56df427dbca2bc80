"""Entity and transaction webhooks (``business.*``, ``user.status.updated``, ``transaction.*``).

Entity events are flat (no ``data`` wrapper), as Didit's current docs print them; the legacy
application URL only ever receives session events, so it gets none of these.
"""

from __future__ import annotations

import uuid
from typing import Any

from ._state import Application, Delivery, SandboxState

__all__ = ["emit_entity"]


def emit_entity(
    state: SandboxState, app: Application, webhook_type: str, fields: dict[str, Any]
) -> None:
    """Queue ``webhook_type`` for every enabled destination of ``app`` subscribed to it."""
    payload: dict[str, Any] = {
        "event_id": str(uuid.uuid4()),  # random, as Didit's are: see SandboxState.emit
        "webhook_type": webhook_type,
        "timestamp": int(state.clock.now()),
        "application_id": app.uuid,
        "environment": "sandbox",
        **fields,
    }
    for d in state.destinations.values():
        if d["app_key"] != app.api_key or not d["enabled"]:
            continue
        if webhook_type not in d["subscribed_events"]:
            continue
        previous = d.get("previous_secret")
        if previous and d.get("previous_secret_expires", 0) < state.clock.now():
            previous = None
        state.outbox.append(
            Delivery(
                d["url"],
                d["secret_shared_key"],
                previous,
                payload,
                due=state.clock.now(),
                destination=d["uuid"],
            )
        )

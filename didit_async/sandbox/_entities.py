"""State of the sandbox's newer Didit resources: businesses, transactions, lists, imports, ...

Kept apart from :mod:`._state` (sessions, users, workflows) so the handlers of each newer
resource (``_ops_businesses``, ``_ops_transactions``, ``_ops_lists``, ``_ops_imports``,
``_ops_customization``) share one small store, reached as ``state.entities``.
"""

from __future__ import annotations

import uuid
from typing import Any

import attrs

from ._state import Application, Delivery, SandboxState

__all__ = ["EntityState", "emit_entity"]


@attrs.define
class EntityState:
    """Everything the newer resources keep, keyed by the owning application's API key."""

    businesses: dict[tuple[str, str], dict[str, Any]] = attrs.field(factory=dict)
    transactions: dict[tuple[str, str], dict[str, Any]] = attrs.field(factory=dict)
    transaction_order: list[tuple[str, str]] = attrs.field(factory=list)
    # (api key, subject vendor_data) -> times of its transactions, for the velocity rule
    subject_times: dict[tuple[str, str], list[float]] = attrs.field(factory=dict)
    lists: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    entries: dict[str, dict[str, Any]] = attrs.field(factory=dict)  # entry uuid -> entry
    provisioned: set[str] = attrs.field(factory=set)  # apps whose system blocklists exist
    imports: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    customization: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    events: list[dict[str, Any]] = attrs.field(factory=list)
    kyb_candidates: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    # session id -> the proof-of-address fields update-poa-data corrected (node_id included)
    poa_corrections: dict[str, dict[str, Any]] = attrs.field(factory=dict)


def emit_entity(
    state: SandboxState, app: Application, webhook_type: str, fields: dict[str, Any]
) -> None:
    """Queue an entity or transaction webhook for every enabled destination subscribed to it.

    Entity events are flat (no ``data`` wrapper), as Didit's current docs print them; the
    legacy application URL only ever receives session events, so it gets none of these.
    """
    payload: dict[str, Any] = {
        "event_id": str(uuid.UUID(int=next(state.event_ids))),
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

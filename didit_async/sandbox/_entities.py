"""State of the sandbox's newer Didit resources: businesses, transactions, lists, imports, ...

Kept apart from :mod:`._state` (sessions, users, workflows) so the handlers of each newer
resource (``_ops_businesses``, ``_ops_transactions``, ``_ops_lists``, ``_ops_imports``,
``_ops_customization``) share one small store, reached as ``state.entities``.
"""

from __future__ import annotations

from typing import Any

import attrs

from ._rest_state import RestState

__all__ = ["EntityState"]


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
    # risk scoring, transaction rules, Travel Rule, biometric templates, monitoring jobs
    rest: RestState = attrs.field(factory=RestState)

"""State of the sandbox's newer Didit resources: businesses, transactions, lists, imports, ...

Kept apart from :mod:`._state` (sessions, users, workflows) so the handlers of each newer
resource (``_ops_businesses``, ``_ops_transactions``, ``_ops_lists``, ``_ops_imports``,
``_ops_customization``) share one small store, reached as ``state.entities``.
"""

from __future__ import annotations

from typing import Any

import attrs

from ._rest_state import RestState

__all__ = ["CaseWork", "EntityState"]


@attrs.define
class CaseWork:
    """Everything the back office keeps, each record tagged with its application's key."""

    cases: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    case_order: list[str] = attrs.field(factory=list)
    blueprints: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    templates: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    reports: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    # storage key -> (case uuid, filename, bytes) of an uploaded note attachment
    attachments: dict[str, tuple[str, str, bytes]] = attrs.field(factory=dict)
    # token -> (content type, bytes): what /sandbox/files/<token> serves
    files: dict[str, tuple[str, bytes]] = attrs.field(factory=dict)
    numbers: dict[str, int] = attrs.field(factory=dict)  # app key -> last case number


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
    # cases, blueprints, report templates, regulatory reports and their files
    casework: CaseWork = attrs.field(factory=CaseWork)
    # risk scoring, transaction rules, Travel Rule, biometric templates, monitoring jobs
    rest: RestState = attrs.field(factory=RestState)

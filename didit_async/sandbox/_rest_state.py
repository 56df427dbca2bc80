"""State of the sandbox's risk scoring, transaction rules, Travel Rule, biometric templates and
ongoing-monitoring handlers, reached as ``state.entities.rest``.

Kept in its own small store so those handler modules (``_ops_risk``, ``_ops_rules``,
``_ops_travel_rule``, ``_ops_biometrics``, ``_ops_monitoring``) share it without growing
:mod:`._entities`. Everything is keyed by the owning application's API key.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["RestState"]


@attrs.define
class RestState:
    """What the handlers of the rest of Didit's API keep between requests."""

    # (api key, digest of the number) -> times of its phone risk scorings (4 per hour)
    phone_risk_attempts: dict[tuple[str, str], list[float]] = attrs.field(factory=dict)
    # kyb_response_id + tier already asked once (a "Pending" company answers 202 first)
    registry_asked: set[str] = attrs.field(factory=set)
    # (api key, rule uuid) -> transaction rule
    rules: dict[tuple[str, str], dict[str, Any]] = attrs.field(factory=dict)
    # transaction SDK token -> {app_key, vendor_data, expires_at, uses_left}
    sdk_tokens: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    # api key -> Travel Rule settings
    travel_settings: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    # (api key, entry uuid) -> wallet address entry
    wallet_addresses: dict[tuple[str, str], dict[str, Any]] = attrs.field(factory=dict)
    # pickup token -> transfer awaiting the counterparty's answer
    pickups: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    # widget token -> widget session
    widgets: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    # template uuid -> biometric template
    templates: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    # sessions whose templates were already made (a template is made once per session)
    templated_sessions: set[str] = attrs.field(factory=set)
    # job id -> monitoring job
    monitoring_jobs: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    # (api key, "user" | "business", didit_internal_id) under ongoing AML monitoring
    monitored: set[tuple[str, str, str]] = attrs.field(factory=set)
    # session id -> the KYB company record its update-data calls edited
    kyb_companies: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    # (session id, party uuid) -> the KYB party
    kyb_parties: dict[tuple[str, str], dict[str, Any]] = attrs.field(factory=dict)

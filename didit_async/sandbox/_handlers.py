"""Every handler module, imported for its registrations: the complete :data:`HANDLERS`."""

from __future__ import annotations

from . import (
    _ops_account,
    _ops_biometrics,
    _ops_businesses,
    _ops_case_blueprints,
    _ops_case_items,
    _ops_cases,
    _ops_checks,
    _ops_customization,
    _ops_device,
    _ops_imports,
    _ops_lists,
    _ops_monitoring,
    _ops_networks,
    _ops_org,
    _ops_reports,
    _ops_risk,
    _ops_rules,
    _ops_session_tools,
    _ops_sessions,
    _ops_transactions,
    _ops_travel_rule,
    _ops_users,
    _ops_webhooks,
    _ops_workflows,
)
from ._registry import HANDLERS, Call

__all__ = ["HANDLERS", "MODULES", "Call"]

MODULES = (
    _ops_account,
    _ops_biometrics,
    _ops_businesses,
    _ops_case_blueprints,
    _ops_case_items,
    _ops_cases,
    _ops_checks,
    _ops_customization,
    _ops_device,
    _ops_imports,
    _ops_lists,
    _ops_networks,
    _ops_reports,
    _ops_monitoring,
    _ops_org,
    _ops_risk,
    _ops_rules,
    _ops_session_tools,
    _ops_sessions,
    _ops_transactions,
    _ops_travel_rule,
    _ops_users,
    _ops_webhooks,
    _ops_workflows,
)
"""Imported for their effect: each registers its handlers on ``HANDLERS``."""

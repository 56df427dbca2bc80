# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'shared__businesses_users' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from .shared__aml_businesses_users import (
    AmlMonitoringEntityResult,
    AmlMonitoringJobEstimate,
    AmlMonitoringOutcomes,
)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlMonitoringEstimate:
    """AmlMonitoringEstimate"""

    users_total: int
    already_enabled: int
    with_existing_aml: int
    needing_screening: int
    skipped_no_identity_data: int
    skipped_blocked: int
    estimated_screening_cost_usd: float
    estimated_annual_monitoring_cost_usd: float
    balance_sufficient: bool
    unmatched: list[str]
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlMonitoringToggleJob:
    """AmlMonitoringToggleJob"""

    job_id: str
    status: str
    is_enabled: bool
    target_type: str
    total: int
    processed: int
    outcomes: AmlMonitoringOutcomes
    results: list[AmlMonitoringEntityResult]
    error: str | None
    created_at: str
    completed_at: str | None
    estimate: AmlMonitoringJobEstimate
    unmatched: list[str]
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlMonitoringBulkToggleRequest:
    """AmlMonitoringBulkToggleRequest"""

    is_enabled: bool
    estimate_only: bool | None = attrs.field(default=None)
    update_all: bool | None = attrs.field(default=None)
    filter_search: str | None = attrs.field(default=None)
    filter_status: Sequence[str] | None = attrs.field(default=None)
    filter_country: str | None = attrs.field(default=None)
    filter_date_from: str | None = attrs.field(default=None)
    filter_date_to: str | None = attrs.field(default=None)
    session_numbers: Sequence[str] | None = attrs.field(default=None)
    toggle_all: bool | None = attrs.field(default=None)
    filter_workflow_id: str | None = attrs.field(default=None)
    didit_internal_id_list: Sequence[str] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


for _cls in list(globals().values()):
    if not isinstance(_cls, type) or _cls.__module__ != __name__ or not attrs.has(_cls):
        continue  # not one of this module's models
    for _field in attrs.fields(_cls):
        if _field.name != "additional_properties":
            setattr(_cls, _field.name, None)
    _cls._present = True  # type: ignore[attr-defined]

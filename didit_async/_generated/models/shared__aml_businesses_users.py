# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'shared__aml_businesses_users' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlMonitoringOutcomes:
    """AmlMonitoringOutcomes"""

    enabled: int | None = attrs.field(default=None)
    screened_and_enabled: int | None = attrs.field(default=None)
    already_enabled: int | None = attrs.field(default=None)
    disabled: int | None = attrs.field(default=None)
    skipped_no_identity_data: int | None = attrs.field(default=None)
    skipped_blocked: int | None = attrs.field(default=None)
    skipped_sandbox: int | None = attrs.field(default=None)
    failed_provider: int | None = attrs.field(default=None)
    failed_insufficient_balance: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlMonitoringEntityResult:
    """AmlMonitoringEntityResult"""

    didit_internal_id: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    outcome: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlMonitoringJobEstimate:
    """AmlMonitoringJobEstimate"""

    users_total: int | None = attrs.field(default=None)
    already_enabled: int | None = attrs.field(default=None)
    with_existing_aml: int | None = attrs.field(default=None)
    needing_screening: int | None = attrs.field(default=None)
    skipped_no_identity_data: int | None = attrs.field(default=None)
    skipped_blocked: int | None = attrs.field(default=None)
    estimated_screening_cost_usd: float | None = attrs.field(default=None)
    estimated_annual_monitoring_cost_usd: float | None = attrs.field(default=None)
    balance_sufficient: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlMonitoringJob:
    """AmlMonitoringJob"""

    job_id: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    is_enabled: bool | None = attrs.field(default=None)
    target_type: str | None = attrs.field(default=None)
    total: int | None = attrs.field(default=None)
    processed: int | None = attrs.field(default=None)
    outcomes: AmlMonitoringOutcomes | None = attrs.field(default=None)
    results: list[AmlMonitoringEntityResult] | None = attrs.field(default=None)
    estimate: AmlMonitoringJobEstimate | None = attrs.field(default=None)
    error: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    completed_at: str | None = attrs.field(default=None)
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

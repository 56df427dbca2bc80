# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'shared__aml_businesses_users' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.shared__aml_businesses_users import (
    AmlMonitoringEntityResult,
    AmlMonitoringJob,
    AmlMonitoringJobEstimate,
    AmlMonitoringOutcomes,
)
from . import Table, encode_by_table, keys_of, new_object

_U_AmlMonitoringOutcomes: Table = (
    ("enabled", "enabled", None, False),
    ("screened_and_enabled", "screened_and_enabled", None, False),
    ("already_enabled", "already_enabled", None, False),
    ("disabled", "disabled", None, False),
    ("skipped_no_identity_data", "skipped_no_identity_data", None, False),
    ("skipped_blocked", "skipped_blocked", None, False),
    ("skipped_sandbox", "skipped_sandbox", None, False),
    ("failed_provider", "failed_provider", None, False),
    ("failed_insufficient_balance", "failed_insufficient_balance", None, False),
)


def unstructure_AmlMonitoringOutcomes(o: AmlMonitoringOutcomes) -> dict[str, Any]:
    """Encode :class:`AmlMonitoringOutcomes` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlMonitoringOutcomes)


def structure_AmlMonitoringOutcomes(d: Any) -> AmlMonitoringOutcomes:
    """Decode a JSON object into :class:`AmlMonitoringOutcomes`."""
    o = new_object(AmlMonitoringOutcomes)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlMonitoringOutcomes.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlMonitoringOutcomes
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlMonitoringEntityResult: Table = (
    ("didit_internal_id", "didit_internal_id", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("outcome", "outcome", None, False),
)


def unstructure_AmlMonitoringEntityResult(o: AmlMonitoringEntityResult) -> dict[str, Any]:
    """Encode :class:`AmlMonitoringEntityResult` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlMonitoringEntityResult)


def structure_AmlMonitoringEntityResult(d: Any) -> AmlMonitoringEntityResult:
    """Decode a JSON object into :class:`AmlMonitoringEntityResult`."""
    o = new_object(AmlMonitoringEntityResult)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlMonitoringEntityResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlMonitoringEntityResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlMonitoringJobEstimate: Table = (
    ("users_total", "users_total", None, False),
    ("already_enabled", "already_enabled", None, False),
    ("with_existing_aml", "with_existing_aml", None, False),
    ("needing_screening", "needing_screening", None, False),
    ("skipped_no_identity_data", "skipped_no_identity_data", None, False),
    ("skipped_blocked", "skipped_blocked", None, False),
    ("estimated_screening_cost_usd", "estimated_screening_cost_usd", None, False),
    ("estimated_annual_monitoring_cost_usd", "estimated_annual_monitoring_cost_usd", None, False),
    ("balance_sufficient", "balance_sufficient", None, False),
)


def unstructure_AmlMonitoringJobEstimate(o: AmlMonitoringJobEstimate) -> dict[str, Any]:
    """Encode :class:`AmlMonitoringJobEstimate` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlMonitoringJobEstimate)


def structure_AmlMonitoringJobEstimate(d: Any) -> AmlMonitoringJobEstimate:
    """Decode a JSON object into :class:`AmlMonitoringJobEstimate`."""
    o = new_object(AmlMonitoringJobEstimate)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlMonitoringJobEstimate.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlMonitoringJobEstimate
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlMonitoringJob: Table = (
    ("job_id", "job_id", None, False),
    ("status", "status", None, False),
    ("is_enabled", "is_enabled", None, False),
    ("target_type", "target_type", None, False),
    ("total", "total", None, False),
    ("processed", "processed", None, False),
    (
        "outcomes",
        "outcomes",
        lambda v: (
            unstructure_AmlMonitoringOutcomes(v) if isinstance(v, AmlMonitoringOutcomes) else v
        ),
        False,
    ),
    (
        "results",
        "results",
        lambda v: (
            [
                unstructure_AmlMonitoringEntityResult(x)
                if isinstance(x, AmlMonitoringEntityResult)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "estimate",
        "estimate",
        lambda v: (
            unstructure_AmlMonitoringJobEstimate(v)
            if isinstance(v, AmlMonitoringJobEstimate)
            else v
        ),
        False,
    ),
    ("error", "error", None, False),
    ("created_at", "created_at", None, False),
    ("completed_at", "completed_at", None, False),
)


def unstructure_AmlMonitoringJob(o: AmlMonitoringJob) -> dict[str, Any]:
    """Encode :class:`AmlMonitoringJob` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlMonitoringJob)


def structure_AmlMonitoringJob(d: Any) -> AmlMonitoringJob:
    """Decode a JSON object into :class:`AmlMonitoringJob`."""
    v: Any
    o = new_object(AmlMonitoringJob)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlMonitoringJob.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlMonitoringJob
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "outcomes" in vals:
        v = vals["outcomes"]
        if v.__class__ is dict:
            vals["outcomes"] = structure_AmlMonitoringOutcomes(v)
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_AmlMonitoringEntityResult(x) if x.__class__ is dict else x for x in v
            ]
    if "estimate" in vals:
        v = vals["estimate"]
        if v.__class__ is dict:
            vals["estimate"] = structure_AmlMonitoringJobEstimate(v)
    return o


_K_AmlMonitoringOutcomes = keys_of(_U_AmlMonitoringOutcomes)
_K_AmlMonitoringEntityResult = keys_of(_U_AmlMonitoringEntityResult)
_K_AmlMonitoringJobEstimate = keys_of(_U_AmlMonitoringJobEstimate)
_K_AmlMonitoringJob = keys_of(_U_AmlMonitoringJob)

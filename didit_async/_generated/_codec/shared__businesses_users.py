# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'shared__businesses_users' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_date, is_uuid

from ..models.shared__aml_businesses_users import (
    AmlMonitoringEntityResult,
    AmlMonitoringJobEstimate,
    AmlMonitoringOutcomes,
)
from ..models.shared__businesses_users import (
    AmlMonitoringBulkToggleRequest,
    AmlMonitoringEstimate,
    AmlMonitoringToggleJob,
)
from . import Table, check_model, encode_by_table, keys_of, new_object
from .shared__aml_businesses_users import (
    structure_AmlMonitoringEntityResult,
    structure_AmlMonitoringJobEstimate,
    structure_AmlMonitoringOutcomes,
    unstructure_AmlMonitoringEntityResult,
    unstructure_AmlMonitoringJobEstimate,
    unstructure_AmlMonitoringOutcomes,
)

_U_AmlMonitoringEstimate: Table = (
    ("users_total", "users_total", None, True),
    ("already_enabled", "already_enabled", None, True),
    ("with_existing_aml", "with_existing_aml", None, True),
    ("needing_screening", "needing_screening", None, True),
    ("skipped_no_identity_data", "skipped_no_identity_data", None, True),
    ("skipped_blocked", "skipped_blocked", None, True),
    ("estimated_screening_cost_usd", "estimated_screening_cost_usd", None, True),
    ("estimated_annual_monitoring_cost_usd", "estimated_annual_monitoring_cost_usd", None, True),
    ("balance_sufficient", "balance_sufficient", None, True),
    ("unmatched", "unmatched", None, True),
)


def unstructure_AmlMonitoringEstimate(o: AmlMonitoringEstimate) -> dict[str, Any]:
    """Encode :class:`AmlMonitoringEstimate` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlMonitoringEstimate)


def structure_AmlMonitoringEstimate(d: Any) -> AmlMonitoringEstimate:
    """Decode a JSON object into :class:`AmlMonitoringEstimate`."""
    o = new_object(AmlMonitoringEstimate)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlMonitoringEstimate.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlMonitoringEstimate
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlMonitoringToggleJob: Table = (
    ("job_id", "job_id", None, True),
    ("status", "status", None, True),
    ("is_enabled", "is_enabled", None, True),
    ("target_type", "target_type", None, True),
    ("total", "total", None, True),
    ("processed", "processed", None, True),
    (
        "outcomes",
        "outcomes",
        lambda v: (
            unstructure_AmlMonitoringOutcomes(v) if isinstance(v, AmlMonitoringOutcomes) else v
        ),
        True,
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
        True,
    ),
    ("error", "error", None, True),
    ("created_at", "created_at", None, True),
    ("completed_at", "completed_at", None, True),
    (
        "estimate",
        "estimate",
        lambda v: (
            unstructure_AmlMonitoringJobEstimate(v)
            if isinstance(v, AmlMonitoringJobEstimate)
            else v
        ),
        True,
    ),
    ("unmatched", "unmatched", None, True),
)


def unstructure_AmlMonitoringToggleJob(o: AmlMonitoringToggleJob) -> dict[str, Any]:
    """Encode :class:`AmlMonitoringToggleJob` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlMonitoringToggleJob)


def structure_AmlMonitoringToggleJob(d: Any) -> AmlMonitoringToggleJob:
    """Decode a JSON object into :class:`AmlMonitoringToggleJob`."""
    v: Any
    o = new_object(AmlMonitoringToggleJob)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlMonitoringToggleJob.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlMonitoringToggleJob
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


_U_AmlMonitoringBulkToggleRequest: Table = (
    ("is_enabled", "is_enabled", None, True),
    ("estimate_only", "estimate_only", None, False),
    ("update_all", "update_all", None, False),
    ("filter_search", "filter_search", None, False),
    ("filter_status", "filter_status", None, False),
    ("filter_country", "filter_country", None, False),
    ("filter_date_from", "filter_date_from", None, False),
    ("filter_date_to", "filter_date_to", None, False),
    ("session_numbers", "session_numbers", None, False),
    ("toggle_all", "toggle_all", None, False),
    ("filter_workflow_id", "filter_workflow_id", None, False),
    ("didit_internal_id_list", "didit_internal_id_list", None, False),
)


def unstructure_AmlMonitoringBulkToggleRequest(o: AmlMonitoringBulkToggleRequest) -> dict[str, Any]:
    """Encode :class:`AmlMonitoringBulkToggleRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlMonitoringBulkToggleRequest)


def structure_AmlMonitoringBulkToggleRequest(d: Any) -> AmlMonitoringBulkToggleRequest:
    """Decode a JSON object into :class:`AmlMonitoringBulkToggleRequest`."""
    o = new_object(AmlMonitoringBulkToggleRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlMonitoringBulkToggleRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlMonitoringBulkToggleRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_AmlMonitoringBulkToggleRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid AmlMonitoringBulkToggleRequest."""
    check_model(d, at, _V_AmlMonitoringBulkToggleRequest, _K_AmlMonitoringBulkToggleRequest)


_K_AmlMonitoringEstimate = keys_of(_U_AmlMonitoringEstimate)
_K_AmlMonitoringToggleJob = keys_of(_U_AmlMonitoringToggleJob)
_K_AmlMonitoringBulkToggleRequest = keys_of(_U_AmlMonitoringBulkToggleRequest)

_V_AmlMonitoringBulkToggleRequest: Any = (
    "AmlMonitoringBulkToggleRequest",
    False,
    0,
    (
        ("is_enabled", True, False, ("bool",)),
        ("estimate_only", False, False, ("bool",)),
        ("update_all", False, False, ("bool",)),
        ("filter_search", False, False, ("str", None, None, None, None, ())),
        (
            "filter_status",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
        ("filter_country", False, False, ("str", None, None, None, None, ())),
        ("filter_date_from", False, False, ("str", None, None, None, (is_date, "date"), ())),
        ("filter_date_to", False, False, ("str", None, None, None, (is_date, "date"), ())),
        (
            "session_numbers",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
        ("toggle_all", False, False, ("bool",)),
        ("filter_workflow_id", False, False, ("str", None, None, None, None, ())),
        (
            "didit_internal_id_list",
            False,
            False,
            ("list", None, None, ("str", None, None, None, (is_uuid, "uuid"), ()), False),
        ),
    ),
    (),
)

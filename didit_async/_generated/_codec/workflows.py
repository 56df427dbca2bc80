# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'workflows' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import WorkflowType
from ..models.workflows import Workflow, WorkflowCreatedBy, WorkflowFeature
from . import Table, _E_inline45, _M_WorkflowType, check_model, encode_by_table, keys_of, new_object

_U_WorkflowFeature: Table = (
    ("feature", "feature", None, True),
    (
        "config",
        "config",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("label", "label", None, False),
)


def unstructure_WorkflowFeature(o: WorkflowFeature) -> dict[str, Any]:
    """Encode :class:`WorkflowFeature` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WorkflowFeature)


def structure_WorkflowFeature(d: Any) -> WorkflowFeature:
    """Decode a JSON object into :class:`WorkflowFeature`."""
    o = new_object(WorkflowFeature)
    vals = o.__dict__
    vals.update(d)
    if _K_WorkflowFeature.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WorkflowFeature
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_WorkflowFeature(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid WorkflowFeature."""
    check_model(d, at, _V_WorkflowFeature, _K_WorkflowFeature)


_U_WorkflowCreatedBy: Table = (
    ("name", "name", None, False),
    ("email", "email", None, False),
    ("type", "type", None, False),
)


def unstructure_WorkflowCreatedBy(o: WorkflowCreatedBy) -> dict[str, Any]:
    """Encode :class:`WorkflowCreatedBy` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WorkflowCreatedBy)


def structure_WorkflowCreatedBy(d: Any) -> WorkflowCreatedBy:
    """Decode a JSON object into :class:`WorkflowCreatedBy`."""
    o = new_object(WorkflowCreatedBy)
    vals = o.__dict__
    vals.update(d)
    if _K_WorkflowCreatedBy.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WorkflowCreatedBy
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_Workflow: Table = (
    ("uuid", "uuid", None, True),
    ("workflow_id", "workflow_id", None, False),
    ("workflow_label", "workflow_label", None, False),
    (
        "workflow_type",
        "workflow_type",
        lambda v: v.value if isinstance(v, WorkflowType) else v,
        False,
    ),
    ("is_default", "is_default", None, False),
    ("is_archived", "is_archived", None, False),
    ("total_price", "total_price", None, False),
    ("min_price", "min_price", None, False),
    ("max_price", "max_price", None, False),
    (
        "features",
        "features",
        lambda v: (
            (
                [
                    (unstructure_WorkflowFeature(x) if isinstance(x, WorkflowFeature) else x)
                    if isinstance(x, WorkflowFeature)
                    else x
                    for x in v
                ]
                if isinstance(v, (list, tuple))
                else v
            )
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("is_simple_workflow", "is_simple_workflow", None, False),
    ("is_editable", "is_editable", None, False),
    ("workflow_url", "workflow_url", None, False),
    ("max_retry_attempts", "max_retry_attempts", None, False),
    ("retry_window_days", "retry_window_days", None, False),
    (
        "special_add_on_prices",
        "special_add_on_prices",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("version", "version", None, False),
    ("created_at", "created_at", None, False),
    ("is_white_label_enabled", "is_white_label_enabled", None, False),
    ("session_expiration_time", "session_expiration_time", None, False),
    ("status", "status", None, False),
    ("has_draft", "has_draft", None, False),
    (
        "created_by",
        "created_by",
        lambda v: unstructure_WorkflowCreatedBy(v) if isinstance(v, WorkflowCreatedBy) else v,
        False,
    ),
    ("updated_at", "updated_at", None, False),
)


def unstructure_Workflow(o: Workflow) -> dict[str, Any]:
    """Encode :class:`Workflow` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_Workflow)


def structure_Workflow(d: Any) -> Workflow:
    """Decode a JSON object into :class:`Workflow`."""
    v: Any
    o = new_object(Workflow)
    vals = o.__dict__
    vals.update(d)
    if _K_Workflow.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_Workflow
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "workflow_type" in vals:
        v = vals["workflow_type"]
        if v.__class__ is str:
            vals["workflow_type"] = _M_WorkflowType[v]
    if "features" in vals:
        v = vals["features"]
        if v is not None:
            vals["features"] = (
                (
                    [
                        (structure_WorkflowFeature(x))
                        if x.__class__ is dict
                        else (x)
                        if x is not None
                        else x
                        for x in v
                    ]
                )
                if v.__class__ is list
                else (v)
            )
    if "created_by" in vals:
        v = vals["created_by"]
        if v.__class__ is dict:
            vals["created_by"] = structure_WorkflowCreatedBy(v)
    return o


_K_WorkflowFeature = keys_of(_U_WorkflowFeature)
_K_WorkflowCreatedBy = keys_of(_U_WorkflowCreatedBy)
_K_Workflow = keys_of(_U_Workflow)

_V_WorkflowFeature: Any = (
    "WorkflowFeature",
    False,
    0,
    (
        (
            "feature",
            True,
            False,
            (
                "enum",
                _E_inline45,
                "OCR, LIVENESS, FACE_MATCH, AML, QUESTIONNAIRE, EMAIL_VERIFICATION, PHONE_VERIFICATION, PROOF_OF_ADDRESS, NFC, IP_ANALYSIS, DATABASE_VALIDATION, AGE_ESTIMATION, KYB_REGISTRY, KYB_DOCUMENTS, KYB_KEY_PEOPLE, DOCUMENT_AI",
            ),
        ),
        ("config", False, False, ("obj",)),
        ("label", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

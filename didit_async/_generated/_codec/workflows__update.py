# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'workflows__update' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import WorkflowType
from ..models.workflows import WorkflowFeature
from ..models.workflows__update import WorkflowUpdateRequest
from . import (
    Table,
    _E_inline46,
    _E_inline47,
    _E_inline48,
    _E_WorkflowType,
    _M_WorkflowType,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)
from .workflows import (
    structure_WorkflowFeature,
    unstructure_WorkflowFeature,
    validate_WorkflowFeature,
)

_U_WorkflowUpdateRequest: Table = (
    ("workflow_label", "workflow_label", None, False),
    (
        "features",
        "features",
        lambda v: (
            [unstructure_WorkflowFeature(x) if isinstance(x, WorkflowFeature) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "workflow_type",
        "workflow_type",
        lambda v: v.value if isinstance(v, WorkflowType) else v,
        False,
    ),
    ("is_default", "is_default", None, False),
    ("is_ocr_enabled", "is_ocr_enabled", None, False),
    ("is_liveness_enabled", "is_liveness_enabled", None, False),
    ("face_liveness_method", "face_liveness_method", None, False),
    ("face_liveness_score_decline_threshold", "face_liveness_score_decline_threshold", None, False),
    ("is_face_match_enabled", "is_face_match_enabled", None, False),
    ("face_match_score_decline_threshold", "face_match_score_decline_threshold", None, False),
    ("face_match_score_review_threshold", "face_match_score_review_threshold", None, False),
    ("is_aml_enabled", "is_aml_enabled", None, False),
    ("aml_decline_threshold", "aml_decline_threshold", None, False),
    ("is_phone_verification_enabled", "is_phone_verification_enabled", None, False),
    ("is_email_verification_enabled", "is_email_verification_enabled", None, False),
    ("is_database_validation_enabled", "is_database_validation_enabled", None, False),
    ("is_ip_analysis_enabled", "is_ip_analysis_enabled", None, False),
    ("is_nfc_enabled", "is_nfc_enabled", None, False),
    ("is_age_restrictions_enabled", "is_age_restrictions_enabled", None, False),
    (
        "documents_allowed",
        "documents_allowed",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("duplicated_user_action", "duplicated_user_action", None, False),
    ("max_retry_attempts", "max_retry_attempts", None, False),
    ("retry_window_days", "retry_window_days", None, True),
    ("is_desktop_allowed", "is_desktop_allowed", None, False),
    ("is_white_label_enabled", "is_white_label_enabled", None, False),
    ("session_expiration_time", "session_expiration_time", None, False),
    ("status", "status", None, False),
    ("face_liveness_max_attempts", "face_liveness_max_attempts", None, False),
    ("face_match_max_attempts", "face_match_max_attempts", None, False),
)


def unstructure_WorkflowUpdateRequest(o: WorkflowUpdateRequest) -> dict[str, Any]:
    """Encode :class:`WorkflowUpdateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WorkflowUpdateRequest)


def structure_WorkflowUpdateRequest(d: Any) -> WorkflowUpdateRequest:
    """Decode a JSON object into :class:`WorkflowUpdateRequest`."""
    v: Any
    o = new_object(WorkflowUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_WorkflowUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WorkflowUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "features" in vals:
        v = vals["features"]
        if v and v.__class__ is list:
            vals["features"] = [
                structure_WorkflowFeature(x) if x.__class__ is dict else x for x in v
            ]
    if "workflow_type" in vals:
        v = vals["workflow_type"]
        if v.__class__ is str:
            vals["workflow_type"] = _M_WorkflowType[v]
    return o


def validate_WorkflowUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid WorkflowUpdateRequest."""
    check_model(d, at, _V_WorkflowUpdateRequest, _K_WorkflowUpdateRequest)


_K_WorkflowUpdateRequest = keys_of(_U_WorkflowUpdateRequest)

_V_WorkflowUpdateRequest: Any = (
    "WorkflowUpdateRequest",
    False,
    0,
    (
        ("workflow_label", False, False, ("str", 1, None, None, None, ())),
        (
            "features",
            False,
            False,
            ("list", None, None, ("model", validate_WorkflowFeature), False),
        ),
        (
            "workflow_type",
            False,
            False,
            (
                "enum",
                _E_WorkflowType,
                "kyc, adaptive_age_verification, biometric_authentication, address_verification, questionnaire_verification, email_verification, phone_verification",
            ),
        ),
        ("is_default", False, False, ("bool",)),
        ("is_ocr_enabled", False, False, ("bool",)),
        ("is_liveness_enabled", False, False, ("bool",)),
        (
            "face_liveness_method",
            False,
            False,
            ("enum", _E_inline46, "passive, active_3d, flashing"),
        ),
        ("face_liveness_score_decline_threshold", False, False, ("int", 0, 100)),
        ("is_face_match_enabled", False, False, ("bool",)),
        ("face_match_score_decline_threshold", False, False, ("int", 0, 100)),
        ("face_match_score_review_threshold", False, False, ("int", 0, 100)),
        ("is_aml_enabled", False, False, ("bool",)),
        ("aml_decline_threshold", False, False, ("int", 0, 100)),
        ("is_phone_verification_enabled", False, False, ("bool",)),
        ("is_email_verification_enabled", False, False, ("bool",)),
        ("is_database_validation_enabled", False, False, ("bool",)),
        ("is_ip_analysis_enabled", False, False, ("bool",)),
        ("is_nfc_enabled", False, False, ("bool",)),
        ("is_age_restrictions_enabled", False, False, ("bool",)),
        ("documents_allowed", False, False, ("obj",)),
        (
            "duplicated_user_action",
            False,
            False,
            ("enum", _E_inline47, "no_action, review, decline"),
        ),
        ("max_retry_attempts", False, False, ("int", 0, None)),
        ("retry_window_days", False, True, ("int", 0, None)),
        ("is_desktop_allowed", False, False, ("bool",)),
        ("is_white_label_enabled", False, False, ("bool",)),
        ("session_expiration_time", False, False, ("num", 0, None)),
        ("status", False, False, ("enum", _E_inline48, "draft, published")),
        ("face_liveness_max_attempts", False, False, ("int", 1, 3)),
        ("face_match_max_attempts", False, False, ("int", 1, 3)),
    ),
    (),
)

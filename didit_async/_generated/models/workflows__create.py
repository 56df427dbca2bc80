# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'workflows__create' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs

from didit_async._seam import UNSET, Unset

from ..enums import WorkflowType
from .workflows import WorkflowFeature


@attrs.define(frozen=True, kw_only=True, slots=False)
class WorkflowCreateRequest:
    """Sources disagree on the shape: the newest docs (and Didit's SDKs) send an ordered
    `features[]` list; older docs send `workflow_type` plus flat `is_*_enabled` flags and
    thresholds. We follow the newest and accept both. `workflow_label` is optional: the docs'
    examples create workflows without it.
    """

    workflow_label: str | None = attrs.field(default=None)
    features: Sequence[WorkflowFeature | Mapping[str, Any]] | None = attrs.field(default=None)
    """Newest shape: the ordered features."""
    workflow_type: (
        WorkflowType
        | Literal[
            "kyc",
            "adaptive_age_verification",
            "biometric_authentication",
            "address_verification",
            "questionnaire_verification",
            "email_verification",
            "phone_verification",
        ]
        | None
    ) = attrs.field(default=None)
    is_default: bool | None = attrs.field(default=None)
    is_ocr_enabled: bool | None = attrs.field(default=None)
    is_liveness_enabled: bool | None = attrs.field(default=None)
    face_liveness_method: Literal["passive", "active_3d", "flashing"] | None = attrs.field(
        default=None
    )
    face_liveness_score_decline_threshold: int | None = attrs.field(default=None)
    is_face_match_enabled: bool | None = attrs.field(default=None)
    face_match_score_decline_threshold: int | None = attrs.field(default=None)
    face_match_score_review_threshold: int | None = attrs.field(default=None)
    is_aml_enabled: bool | None = attrs.field(default=None)
    aml_decline_threshold: int | None = attrs.field(default=None)
    is_phone_verification_enabled: bool | None = attrs.field(default=None)
    is_email_verification_enabled: bool | None = attrs.field(default=None)
    is_database_validation_enabled: bool | None = attrs.field(default=None)
    is_ip_analysis_enabled: bool | None = attrs.field(default=None)
    is_nfc_enabled: bool | None = attrs.field(default=None)
    is_age_restrictions_enabled: bool | None = attrs.field(default=None)
    documents_allowed: Mapping[str, Any] | None = attrs.field(default=None)
    """Allowed documents per country; empty allows all."""
    duplicated_user_action: Literal["no_action", "review", "decline"] | None = attrs.field(
        default=None
    )
    max_retry_attempts: int | None = attrs.field(default=None)
    retry_window_days: int | None | Unset = attrs.field(default=UNSET)
    is_desktop_allowed: bool | None = attrs.field(default=None)
    """Let the hosted flow run on a desktop browser."""
    is_white_label_enabled: bool | None = attrs.field(default=None)
    session_expiration_time: float | None = attrs.field(default=None)
    """How long a session stays open (Didit does not state the unit; seconds is our reading)."""
    status: Literal["draft", "published"] | None = attrs.field(default=None)
    """Omit to publish at once; `draft` saves without publishing."""
    face_liveness_max_attempts: int | None = attrs.field(default=None)
    face_match_max_attempts: int | None = attrs.field(default=None)
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

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'shared__passive_liveness_sessions' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from ..enums import FeatureStatus
from .shared import FaceImageInfo, Warning


@attrs.define(frozen=True, kw_only=True, slots=False)
class LivenessReportMatchUserDetails:
    """LivenessReportMatchUserDetails"""

    full_name: str | None = attrs.field(default=None)
    document_type: str | None = attrs.field(default=None)
    document_number: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class LivenessReportMatch:
    """LivenessReportMatch"""

    session_id: str | None = attrs.field(default=None)
    session_number: int | None = attrs.field(default=None)
    similarity_percentage: float | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    vendor_user_id: str | None = attrs.field(default=None)
    biometric_template_id: str | None = attrs.field(default=None)
    verification_date: str | None = attrs.field(default=None)
    user_details: LivenessReportMatchUserDetails | None = attrs.field(default=None)
    match_image_url: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    is_blocklisted: bool | None = attrs.field(default=None)
    is_allowlisted: bool | None = attrs.field(default=None)
    api_service: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class LivenessReport:
    """Result of a liveness check (decision `liveness_checks[]`, standalone passive liveness)."""

    node_id: str | None = attrs.field(default=None)
    """The workflow node that produced it, e.g. `feature_ocr_1`."""
    status: FeatureStatus | None = attrs.field(default=None)
    warnings: list[Warning] | None = attrs.field(default=None)
    method: str | None = attrs.field(default=None)
    """PASSIVE, ACTIVE_3D, FLASHING, ..."""
    score: float | None = attrs.field(default=None)
    reference_image: str | None = attrs.field(default=None)
    video_url: str | None = attrs.field(default=None)
    age_estimation: float | None = attrs.field(default=None)
    user_image: FaceImageInfo | None = attrs.field(default=None)
    face_quality: float | None = attrs.field(default=None)
    face_luminance: float | None = attrs.field(default=None)
    matches: list[LivenessReportMatch] | None = attrs.field(default=None)
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

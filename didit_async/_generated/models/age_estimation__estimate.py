# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'age_estimation__estimate' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from didit_async._seam import FileInput

from ..enums import FeatureStatus
from .shared import FaceImageInfo, Warning


@attrs.define(frozen=True, kw_only=True, slots=False)
class AgeEstimationReport:
    """Result of an age estimation."""

    node_id: str | None = attrs.field(default=None)
    """The workflow node that produced it, e.g. `feature_ocr_1`."""
    status: FeatureStatus | None = attrs.field(default=None)
    warnings: list[Warning] | None = attrs.field(default=None)
    method: str | None = attrs.field(default=None)
    score: float | None = attrs.field(default=None)
    age_estimation: float | None = attrs.field(default=None)
    reference_image: str | None = attrs.field(default=None)
    video_url: str | None = attrs.field(default=None)
    user_image: FaceImageInfo | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AgeEstimationRequest:
    """AgeEstimationRequest"""

    user_image: FileInput
    """A selfie."""
    rotate_image: bool | None = attrs.field(default=None)
    save_api_request: bool | None = attrs.field(default=None)
    """Store the call as a manual check in the Console."""
    vendor_data: str | None = attrs.field(default=None)
    face_liveness_score_decline_threshold: float | None = attrs.field(default=None)
    age_estimation_decline_threshold: int | None = attrs.field(default=None)
    metadata: str | None = attrs.field(default=None)
    """A JSON object serialised as a string (multipart). Didit's published schema says object; in a
    multipart form it travels as its JSON text.
    """
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AgeEstimationResponseAgeEstimationUserImageEntity:
    """AgeEstimationResponseAgeEstimationUserImageEntity"""

    age: float | None = attrs.field(default=None)
    bbox: list[int] | None = attrs.field(default=None)
    confidence: float | None = attrs.field(default=None)
    gender: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AgeEstimationResponseAgeEstimationUserImage:
    """AgeEstimationResponseAgeEstimationUserImage"""

    entities: list[AgeEstimationResponseAgeEstimationUserImageEntity] | None = attrs.field(
        default=None
    )
    best_angle: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AgeEstimationResponseAgeEstimationWarning:
    """AgeEstimationResponseAgeEstimationWarning"""

    risk: str | None = attrs.field(default=None)
    feature: str | None = attrs.field(default=None)
    additional_data: dict[str, Any] | None = attrs.field(default=None)
    log_type: str | None = attrs.field(default=None)
    short_description: str | None = attrs.field(default=None)
    long_description: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AgeEstimationResponseAgeEstimation:
    """AgeEstimationResponseAgeEstimation"""

    status: str | None = attrs.field(default=None)
    method: str | None = attrs.field(default=None)
    score: float | None = attrs.field(default=None)
    user_image: AgeEstimationResponseAgeEstimationUserImage | None = attrs.field(default=None)
    age_estimation: float | None = attrs.field(default=None)
    warnings: list[AgeEstimationResponseAgeEstimationWarning] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AgeEstimationResponse:
    """Age estimation result (under `liveness`, as Didit returns it)."""

    request_id: str | None = attrs.field(default=None)
    liveness: AgeEstimationReport | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    age_estimation: AgeEstimationResponseAgeEstimation | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
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

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'shared__face_match_sessions' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from ..enums import FeatureStatus
from .shared import FaceImageInfo, Warning


@attrs.define(frozen=True, kw_only=True, slots=False)
class FaceMatchReport:
    """Result of comparing two faces."""

    node_id: str | None = attrs.field(default=None)
    """The workflow node that produced it, e.g. `feature_ocr_1`."""
    status: FeatureStatus | None = attrs.field(default=None)
    warnings: list[Warning] | None = attrs.field(default=None)
    score: float | None = attrs.field(default=None)
    source_image: str | None = attrs.field(default=None)
    target_image: str | None = attrs.field(default=None)
    user_image: FaceImageInfo | None = attrs.field(default=None)
    ref_image: FaceImageInfo | None = attrs.field(default=None)
    source_image_session_id: str | None = attrs.field(default=None)
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

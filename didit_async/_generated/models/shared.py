# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'shared' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from ..enums import WarningLogType


@attrs.define(frozen=True, kw_only=True, slots=False)
class Warning:
    """A risk found by a check (Didit's LogV3Serializer)."""

    feature: str | None = attrs.field(default=None)
    """The feature that raised it (e.g. `ID_VERIFICATION`, `LIVENESS`)."""
    risk: str | None = attrs.field(default=None)
    """Stable code, e.g. `DOCUMENT_POOR_QUALITY`, `FACE_IN_BLOCKLIST`, `ID_DOCUMENT_IN_BLOCKLIST`,
    `PHONE_NUMBER_IN_BLOCKLIST`, `EMAIL_IN_BLOCKLIST`.
    """
    additional_data: Any | None = attrs.field(default=None)
    """Extra data for the warning (any JSON)."""
    log_type: WarningLogType | None = attrs.field(default=None)
    short_description: str | None = attrs.field(default=None)
    long_description: str | None = attrs.field(default=None)
    node_id: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class FaceEntity:
    """FaceEntity"""

    age: float | None = attrs.field(default=None)
    bbox: list[float] | None = attrs.field(default=None)
    confidence: float | None = attrs.field(default=None)
    gender: str | None = attrs.field(default=None)
    race: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class FaceImageInfo:
    """Faces detected in an uploaded image."""

    entities: list[FaceEntity] | None = attrs.field(default=None)
    best_angle: float | None = attrs.field(default=None)
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

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'face_match__compare' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from didit_async._seam import FileInput

from .shared__face_match_sessions import FaceMatchReport


@attrs.define(frozen=True, kw_only=True, slots=False)
class FaceMatchRequest:
    """FaceMatchRequest"""

    user_image: FileInput
    """The face to check, at most 10 MB."""
    ref_image: FileInput
    """The reference face, at most 10 MB."""
    face_match_score_decline_threshold: float | None = attrs.field(default=None)
    rotate_image: bool | None = attrs.field(default=None)
    save_api_request: bool | None = attrs.field(default=None)
    """Store the call as a manual check in the Console."""
    vendor_data: str | None = attrs.field(default=None)
    metadata: str | None = attrs.field(default=None)
    """A JSON object serialised as a string (multipart). Didit's published schema says object; in a
    multipart form it travels as its JSON text.
    """
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class FaceMatchResponse:
    """Face match result."""

    request_id: str | None = attrs.field(default=None)
    face_match: FaceMatchReport | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
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

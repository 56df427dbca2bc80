# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'id_verification__verify' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any, Literal

import attrs

from didit_async._seam import UNSET, FileInput, Unset, mask

from .shared__id_verification_sessions import IdVerificationReport


@attrs.define(frozen=True, kw_only=True, slots=False)
class IdVerificationRequest:
    """IdVerificationRequest"""

    front_image: FileInput
    """Front of the document: JPEG, PNG, WebP, TIFF or PDF, at most 10 MB. Sources disagree: skills
    say 5 MB and no PDF; we follow the newest docs.
    """
    back_image: FileInput | None = attrs.field(default=None)
    """Back of the document, same formats."""
    perform_document_liveness: bool | None = attrs.field(default=None)
    front_image_password: str | None = attrs.field(default=None, repr=mask)
    """Password of an encrypted PDF."""
    save_api_request: bool | None = attrs.field(default=None)
    """Store the call as a manual check in the Console."""
    vendor_data: str | None = attrs.field(default=None)
    metadata: str | None = attrs.field(default=None)
    """A JSON object serialised as a string (multipart). Didit's published schema says object; in a
    multipart form it travels as its JSON text.
    """
    minimum_age: int | None | Unset = attrs.field(default=UNSET)
    """Decline when the extracted age is lower."""
    preferred_characters: Literal["latin", "non_latin"] | None = attrs.field(default=None)
    """Script to prefer when reading the document."""
    back_image_password: str | None = attrs.field(default=None)
    expiration_date_not_detected_action: Literal["NO_ACTION", "DECLINE"] | None = attrs.field(
        default=None
    )
    invalid_mrz_action: Literal["NO_ACTION", "DECLINE"] | None = attrs.field(default=None)
    inconsistent_data_action: Literal["NO_ACTION", "DECLINE"] | None = attrs.field(default=None)
    critical_field_occlusion_action: Literal["NO_ACTION", "DECLINE"] | None = attrs.field(
        default=None
    )
    document_or_personal_number_format_mismatch_action: Literal["NO_ACTION", "DECLINE"] | None = (
        attrs.field(default=None)
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IdVerificationResponse:
    """Result of a standalone ID verification."""

    request_id: str | None = attrs.field(default=None)
    id_verification: IdVerificationReport | None = attrs.field(default=None)
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

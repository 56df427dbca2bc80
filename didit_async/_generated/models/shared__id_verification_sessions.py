# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'shared__id_verification_sessions' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from ..enums import FeatureStatus
from .shared import Warning
from .shared__id_verification_poa_sessions import ParsedAddress


@attrs.define(frozen=True, kw_only=True, slots=False)
class IdVerificationReportMrz:
    """IdVerificationReportMrz"""

    surname: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    country: str | None = attrs.field(default=None)
    nationality: str | None = attrs.field(default=None)
    birth_date: str | None = attrs.field(default=None)
    expiry_date: str | None = attrs.field(default=None)
    sex: str | None = attrs.field(default=None)
    document_type: str | None = attrs.field(default=None)
    document_number: str | None = attrs.field(default=None)
    optional_data: str | None = attrs.field(default=None)
    optional_data_2: str | None = attrs.field(default=None)
    birth_date_hash: str | None = attrs.field(default=None)
    expiry_date_hash: str | None = attrs.field(default=None)
    document_number_hash: str | None = attrs.field(default=None)
    final_hash: str | None = attrs.field(default=None)
    personal_number: str | None = attrs.field(default=None)
    warnings: list[str] | None = attrs.field(default=None)
    errors: list[str] | None = attrs.field(default=None)
    mrz_type: str | None = attrs.field(default=None)
    mrz_string: str | None = attrs.field(default=None)
    mrz_key: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IdVerificationReportExtraFields:
    """IdVerificationReportExtraFields"""

    dl_categories: list[str] | None = attrs.field(default=None)
    blood_group: str | None = attrs.field(default=None)
    first_name_non_latin: str | None = attrs.field(default=None)
    last_name_non_latin: str | None = attrs.field(default=None)
    middle_name_non_latin: str | None = attrs.field(default=None)
    full_name_non_latin: str | None = attrs.field(default=None)
    address_non_latin: str | None = attrs.field(default=None)
    place_of_birth_non_latin: str | None = attrs.field(default=None)
    first_name_latin: str | None = attrs.field(default=None)
    last_name_latin: str | None = attrs.field(default=None)
    middle_name_latin: str | None = attrs.field(default=None)
    full_name_latin: str | None = attrs.field(default=None)
    address_latin: str | None = attrs.field(default=None)
    place_of_birth_latin: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IdVerificationReportFallbackFrom:
    """IdVerificationReportFallbackFrom"""

    method: str | None = attrs.field(default=None)
    reason: str | None = attrs.field(default=None)
    action: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IdVerificationReportIdLookupComparison:
    """IdVerificationReportIdLookupComparison"""

    field: str | None = attrs.field(default=None)
    label: str | None = attrs.field(default=None)
    provided: str | None = attrs.field(default=None)
    record: str | None = attrs.field(default=None)
    result: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IdVerificationReportIdLookup:
    """IdVerificationReportIdLookup"""

    source: str | None = attrs.field(default=None)
    checked_at: str | None = attrs.field(default=None)
    attempts: int | None = attrs.field(default=None)
    max_attempts: int | None = attrs.field(default=None)
    outcome: str | None = attrs.field(default=None)
    comparison: list[IdVerificationReportIdLookupComparison] | None = attrs.field(default=None)
    registry_portrait: str | None = attrs.field(default=None)
    face_match_score: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IdVerificationReportWalletVerification:
    """IdVerificationReportWalletVerification"""

    provider: str | None = attrs.field(default=None)
    provider_name: str | None = attrs.field(default=None)
    issuing_authority: str | None = attrs.field(default=None)
    issuing_country: str | None = attrs.field(default=None)
    credential_type: str | None = attrs.field(default=None)
    level_of_assurance: str | None = attrs.field(default=None)
    verified_at: str | None = attrs.field(default=None)
    signature_valid: bool | None = attrs.field(default=None)
    attributes: dict[str, Any] | None = attrs.field(default=None)
    portrait: str | None = attrs.field(default=None)
    face_match_score: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IdVerificationReportFrontImageQualityScore:
    """IdVerificationReportFrontImageQualityScore"""

    focus_score: float | None = attrs.field(default=None)
    brightness_score: float | None = attrs.field(default=None)
    brightness_issue: str | None = attrs.field(default=None)
    is_document_fully_visible: bool | None = attrs.field(default=None)
    resolution_score: float | None = attrs.field(default=None)
    overall_score: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IdVerificationReportBackImageQualityScore:
    """IdVerificationReportBackImageQualityScore"""

    focus_score: float | None = attrs.field(default=None)
    brightness_score: float | None = attrs.field(default=None)
    brightness_issue: str | None = attrs.field(default=None)
    is_document_fully_visible: bool | None = attrs.field(default=None)
    resolution_score: float | None = attrs.field(default=None)
    overall_score: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IdVerificationReportMatchUserDetails:
    """IdVerificationReportMatchUserDetails"""

    name: str | None = attrs.field(default=None)
    document_type: str | None = attrs.field(default=None)
    document_number: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IdVerificationReportMatch:
    """IdVerificationReportMatch"""

    session_id: str | None = attrs.field(default=None)
    session_number: int | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    verification_date: str | None = attrs.field(default=None)
    user_details: IdVerificationReportMatchUserDetails | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    is_blocklisted: bool | None = attrs.field(default=None)
    api_service: str | None = attrs.field(default=None)
    front_image_url: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IdVerificationReportDocumentLivenessPortraitReplace:
    """IdVerificationReportDocumentLivenessPortraitReplace"""

    score: float | None = attrs.field(default=None)
    front: float | None = attrs.field(default=None)
    back: float | None = attrs.field(default=None)
    decline_threshold: float | None = attrs.field(default=None)
    review_threshold: float | None = attrs.field(default=None)
    bucket: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IdVerificationReportDocumentLivenessPrintedCopy:
    """IdVerificationReportDocumentLivenessPrintedCopy"""

    score: float | None = attrs.field(default=None)
    front: float | None = attrs.field(default=None)
    back: float | None = attrs.field(default=None)
    decline_threshold: float | None = attrs.field(default=None)
    review_threshold: float | None = attrs.field(default=None)
    bucket: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IdVerificationReportDocumentLivenessScreenReplay:
    """IdVerificationReportDocumentLivenessScreenReplay"""

    score: float | None = attrs.field(default=None)
    front: float | None = attrs.field(default=None)
    back: float | None = attrs.field(default=None)
    decline_threshold: float | None = attrs.field(default=None)
    review_threshold: float | None = attrs.field(default=None)
    bucket: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IdVerificationReportDocumentLiveness:
    """IdVerificationReportDocumentLiveness"""

    portrait_replace: IdVerificationReportDocumentLivenessPortraitReplace | None = attrs.field(
        default=None
    )
    printed_copy: IdVerificationReportDocumentLivenessPrintedCopy | None = attrs.field(default=None)
    screen_replay: IdVerificationReportDocumentLivenessScreenReplay | None = attrs.field(
        default=None
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IdVerificationReportBarcode:
    """IdVerificationReportBarcode"""

    type: str | None = attrs.field(default=None)
    position: dict[str, Any] | None = attrs.field(default=None)
    data: str | None = attrs.field(default=None)
    data_raw: str | None = attrs.field(default=None)
    side: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IdVerificationReport:
    """Result of a document check (decision `id_verifications[]`, standalone ID verification)."""

    node_id: str | None = attrs.field(default=None)
    """The workflow node that produced it, e.g. `feature_ocr_1`."""
    status: FeatureStatus | None = attrs.field(default=None)
    warnings: list[Warning] | None = attrs.field(default=None)
    document_type: str | None = attrs.field(default=None)
    document_number: str | None = attrs.field(default=None)
    personal_number: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    full_name: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    age: int | None = attrs.field(default=None)
    gender: str | None = attrs.field(default=None)
    nationality: str | None = attrs.field(default=None)
    issuing_state: str | None = attrs.field(default=None)
    issuing_state_name: str | None = attrs.field(default=None)
    expiration_date: str | None = attrs.field(default=None)
    expiry_date: str | None = attrs.field(default=None)
    """Older name (Didit's agent-skills decision example) for `expiration_date`; tolerated."""
    issuing_country: str | None = attrs.field(default=None)
    """Older name (Didit's agent-skills decision example) for `issuing_state`; tolerated."""
    date_of_issue: str | None = attrs.field(default=None)
    address: str | None = attrs.field(default=None)
    formatted_address: str | None = attrs.field(default=None)
    parsed_address: ParsedAddress | None = attrs.field(default=None)
    place_of_birth: str | None = attrs.field(default=None)
    marital_status: str | None = attrs.field(default=None)
    portrait_image: str | None = attrs.field(default=None)
    """Short-lived presigned URL; null for keys without media access."""
    front_image: str | None = attrs.field(default=None)
    back_image: str | None = attrs.field(default=None)
    front_document_image: str | None = attrs.field(default=None)
    back_document_image: str | None = attrs.field(default=None)
    front_video: str | None = attrs.field(default=None)
    back_video: str | None = attrs.field(default=None)
    full_front_image: str | None = attrs.field(default=None)
    full_back_image: str | None = attrs.field(default=None)
    mrz: IdVerificationReportMrz | None = attrs.field(default=None)
    """MRZ data (any JSON)."""
    extra_fields: IdVerificationReportExtraFields | None = attrs.field(default=None)
    extra_files: list[str] | None = attrs.field(default=None)
    verification_method: str | None = attrs.field(default=None)
    assurance: str | None = attrs.field(default=None)
    wallet_provider: str | None = attrs.field(default=None)
    fallback_from: IdVerificationReportFallbackFrom | None = attrs.field(default=None)
    id_lookup: IdVerificationReportIdLookup | None = attrs.field(default=None)
    wallet_verification: IdVerificationReportWalletVerification | None = attrs.field(default=None)
    document_subtype: str | None = attrs.field(default=None)
    front_image_camera_front: str | None = attrs.field(default=None)
    back_image_camera_front: str | None = attrs.field(default=None)
    front_image_camera_front_face_match_score: float | None = attrs.field(default=None)
    back_image_camera_front_face_match_score: float | None = attrs.field(default=None)
    front_image_quality_score: IdVerificationReportFrontImageQualityScore | None = attrs.field(
        default=None
    )
    back_image_quality_score: IdVerificationReportBackImageQualityScore | None = attrs.field(
        default=None
    )
    matches: list[IdVerificationReportMatch] | None = attrs.field(default=None)
    document_liveness: IdVerificationReportDocumentLiveness | None = attrs.field(default=None)
    barcodes: list[IdVerificationReportBarcode] | None = attrs.field(default=None)
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

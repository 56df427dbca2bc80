# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'shared' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from ..enums import (
    AmlHitReviewStatus,
    FeatureStatus,
    RegulatoryReportStatus,
    RegulatoryReportSubmissionCode,
    RegulatoryReportType,
    UserStatus,
    WarningLogType,
)


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


@attrs.define(frozen=True, kw_only=True, slots=False)
class ParsedAddress:
    """A structured address."""

    street_1: str | None = attrs.field(default=None)
    street_2: str | None = attrs.field(default=None)
    city: str | None = attrs.field(default=None)
    region: str | None = attrs.field(default=None)
    postal_code: str | None = attrs.field(default=None)
    country: str | None = attrs.field(default=None)
    address_type: str | None = attrs.field(default=None)
    raw_results: Any | None = attrs.field(default=None)
    """Geocoder output (any JSON)."""
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
    mrz: Any | None = attrs.field(default=None)
    """MRZ data (any JSON)."""
    extra_fields: dict[str, Any] | None = attrs.field(default=None)
    extra_files: list[str] | None = attrs.field(default=None)
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
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


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
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class FaceSearchUserDetails:
    """FaceSearchUserDetails"""

    name: str | None = attrs.field(default=None)
    document_type: str | None = attrs.field(default=None)
    document_number: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class FaceSearchMatch:
    """FaceSearchMatch"""

    session_id: str | None = attrs.field(default=None)
    session_number: int | None = attrs.field(default=None)
    similarity_percentage: float | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    verification_date: str | None = attrs.field(default=None)
    user_details: FaceSearchUserDetails | None = attrs.field(default=None)
    match_image_url: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    is_blocklisted: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class FaceSearchReport:
    """Result of searching a face among previous sessions."""

    node_id: str | None = attrs.field(default=None)
    """The workflow node that produced it, e.g. `feature_ocr_1`."""
    status: FeatureStatus | None = attrs.field(default=None)
    warnings: list[Warning] | None = attrs.field(default=None)
    total_matches: int | None = attrs.field(default=None)
    matches: list[FaceSearchMatch] | None = attrs.field(default=None)
    user_image: FaceImageInfo | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PoaReport:
    """Result of a proof-of-address check."""

    node_id: str | None = attrs.field(default=None)
    """The workflow node that produced it, e.g. `feature_ocr_1`."""
    status: FeatureStatus | None = attrs.field(default=None)
    warnings: list[Warning] | None = attrs.field(default=None)
    document_type: str | None = attrs.field(default=None)
    issuer: str | None = attrs.field(default=None)
    poa_address: str | None = attrs.field(default=None)
    poa_formatted_address: str | None = attrs.field(default=None)
    poa_parsed_address: ParsedAddress | None = attrs.field(default=None)
    issue_date: str | None = attrs.field(default=None)
    document_file: str | None = attrs.field(default=None)
    document_language: str | None = attrs.field(default=None)
    name_on_document: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailBreach:
    """EmailBreach"""

    name: str | None = attrs.field(default=None)
    domain: str | None = attrs.field(default=None)
    breach_date: str | None = attrs.field(default=None)
    data_classes: list[str] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailLifecycleEvent:
    """EmailLifecycleEvent"""

    type: str | None = attrs.field(default=None)
    timestamp: str | None = attrs.field(default=None)
    fee: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailReport:
    """Result of an email verification."""

    node_id: str | None = attrs.field(default=None)
    """The workflow node that produced it, e.g. `feature_ocr_1`."""
    status: FeatureStatus | None = attrs.field(default=None)
    warnings: list[Warning] | None = attrs.field(default=None)
    email: str | None = attrs.field(default=None)
    is_breached: bool | None = attrs.field(default=None)
    breaches: list[EmailBreach] | None = attrs.field(default=None)
    is_disposable: bool | None = attrs.field(default=None)
    is_undeliverable: bool | None = attrs.field(default=None)
    verification_attempts: int | None = attrs.field(default=None)
    verified_at: str | None = attrs.field(default=None)
    lifecycle: list[EmailLifecycleEvent] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneReport:
    """Result of a phone verification."""

    node_id: str | None = attrs.field(default=None)
    """The workflow node that produced it, e.g. `feature_ocr_1`."""
    status: FeatureStatus | None = attrs.field(default=None)
    warnings: list[Warning] | None = attrs.field(default=None)
    full_number: str | None = attrs.field(default=None)
    phone_number: str | None = attrs.field(default=None)
    country_code: str | None = attrs.field(default=None)
    country_name: str | None = attrs.field(default=None)
    carrier: dict[str, Any] | None = attrs.field(default=None)
    is_disposable: bool | None = attrs.field(default=None)
    is_virtual: bool | None = attrs.field(default=None)
    verification_method: str | None = attrs.field(default=None)
    verification_attempts: int | None = attrs.field(default=None)
    verified_at: str | None = attrs.field(default=None)
    lifecycle: list[EmailLifecycleEvent] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlScoreBreakdown:
    """AmlScoreBreakdown"""

    name_score: float | None = attrs.field(default=None)
    name_weight: float | None = attrs.field(default=None)
    dob_score: float | None = attrs.field(default=None)
    dob_weight: float | None = attrs.field(default=None)
    country_score: float | None = attrs.field(default=None)
    country_weight: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHit:
    """One possible match on a sanctions, PEP or adverse-media list."""

    id: str | None = attrs.field(default=None)
    """Use with update-aml-hit-status."""
    caption: str | None = attrs.field(default=None)
    match_score: float | None = attrs.field(default=None)
    risk_score: float | None = attrs.field(default=None)
    review_status: AmlHitReviewStatus | None = attrs.field(default=None)
    datasets: list[str] | None = attrs.field(default=None)
    properties: dict[str, Any] | None = attrs.field(default=None)
    url: str | None = attrs.field(default=None)
    score_breakdown: AmlScoreBreakdown | None = attrs.field(default=None)
    first_seen: str | None = attrs.field(default=None)
    last_seen: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlReport:
    """Result of an AML screening."""

    node_id: str | None = attrs.field(default=None)
    """The workflow node that produced it, e.g. `feature_ocr_1`."""
    status: FeatureStatus | None = attrs.field(default=None)
    warnings: list[Warning] | None = attrs.field(default=None)
    total_hits: int | None = attrs.field(default=None)
    score: float | None = attrs.field(default=None)
    hits: list[AmlHit] | None = attrs.field(default=None)
    screened_data: dict[str, Any] | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    is_ongoing_monitoring: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DatabaseValidationReport:
    """Result of validating identity data against a government or private database."""

    node_id: str | None = attrs.field(default=None)
    """The workflow node that produced it, e.g. `feature_ocr_1`."""
    status: FeatureStatus | None = attrs.field(default=None)
    warnings: list[Warning] | None = attrs.field(default=None)
    issuing_state: str | None = attrs.field(default=None)
    validation_type: str | None = attrs.field(default=None)
    match_type: str | None = attrs.field(default=None)
    validations: Any | None = attrs.field(default=None)
    """Per-field outcomes (object or array, by country)."""
    screened_data: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class MessageResponse:
    """A plain acknowledgement."""

    message: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class RequestSignals:
    """Fraud signals about the user's device."""

    ip: str | None = attrs.field(default=None)
    device_id: str | None = attrs.field(default=None)
    user_agent: str | None = attrs.field(default=None)
    device_platform: str | None = attrs.field(default=None)
    device_model: str | None = attrs.field(default=None)
    os_version: str | None = attrs.field(default=None)
    app_version: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class Business:
    """A business entity keyed by your vendor_data (shape read by analogy with users; unknown
    fields kept).
    """

    vendor_data: str
    didit_internal_id: str | None = attrs.field(default=None)
    display_name: str | None = attrs.field(default=None)
    legal_name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    country_code: str | None = attrs.field(default=None)
    status: UserStatus | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    session_count: int | None = attrs.field(default=None)
    approved_count: int | None = attrs.field(default=None)
    declined_count: int | None = attrs.field(default=None)
    in_review_count: int | None = attrs.field(default=None)
    last_session_at: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class RegulatoryReportNarrative:
    """RegulatoryReportNarrative"""

    who: str | None = attrs.field(default=None)
    what: str | None = attrs.field(default=None)
    when: str | None = attrs.field(default=None)
    where: str | None = attrs.field(default=None)
    why: str | None = attrs.field(default=None)
    how: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class RegulatoryReportValidationError:
    """RegulatoryReportValidationError"""

    field: str | None = attrs.field(default=None)
    message: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class RegulatoryReportDetail:
    """A regulatory report (SAR, STR, ...) on a case, from draft to finalized."""

    uuid: str
    case_uuid: str | None = attrs.field(default=None)
    case_number: str | None = attrs.field(default=None)
    report_type: RegulatoryReportType | None = attrs.field(default=None)
    report_type_display: str | None = attrs.field(default=None)
    report_code: str | None = attrs.field(default=None)
    report_number: str | None = attrs.field(default=None)
    status: RegulatoryReportStatus | None = attrs.field(default=None)
    status_display: str | None = attrs.field(default=None)
    jurisdiction: str | None = attrs.field(default=None)
    rentity_id: str | None = attrs.field(default=None)
    rentity_branch: str | None = attrs.field(default=None)
    submission_code: RegulatoryReportSubmissionCode | None = attrs.field(default=None)
    entity_reference: str | None = attrs.field(default=None)
    fiu_ref_number: str | None = attrs.field(default=None)
    currency_code_local: str | None = attrs.field(default=None)
    submission_date: str | None = attrs.field(default=None)
    reporting_person: dict[str, Any] | None = attrs.field(default=None)
    location: dict[str, Any] | None = attrs.field(default=None)
    reason: str | None = attrs.field(default=None)
    action: str | None = attrs.field(default=None)
    activity: str | None = attrs.field(default=None)
    narrative: RegulatoryReportNarrative | None = attrs.field(default=None)
    report_indicators: list[str] | None = attrs.field(default=None)
    included_fields: list[str] | None = attrs.field(default=None)
    transactions: list[str] | None = attrs.field(default=None)
    validation_errors: list[RegulatoryReportValidationError] | None = attrs.field(default=None)
    validated_at: str | None = attrs.field(default=None)
    finalized_at: str | None = attrs.field(default=None)
    created_by_email: str | None = attrs.field(default=None)
    created_by_name: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class RegulatoryReportPage:
    """A page of RegulatoryReportDetail items."""

    results: list[RegulatoryReportDetail]
    count: int | None = attrs.field(default=None)
    """Total matching items."""
    next: str | None = attrs.field(default=None)
    """Full URL of the next page, or null."""
    previous: str | None = attrs.field(default=None)
    """Full URL of the previous page, or null."""
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

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'sessions' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs

from didit_async._seam import UNSET, Unset, mask

from ..enums import (
    AmlHitReviewStatus,
    CallbackMethod,
    Environment,
    FeatureStatus,
    Language,
    SessionKind,
    SessionStatus,
)
from .shared import (
    AmlReport,
    DatabaseValidationReport,
    EmailReport,
    FaceMatchReport,
    FaceSearchReport,
    IdVerificationReport,
    LivenessReport,
    PhoneReport,
    PoaReport,
    Warning,
)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ContactDetails:
    """How to reach the user. Sent on session create, echoed in the decision. The current retrieve-
    session docs echo `"phone": null` when none was given (docs.didit.me/sessions-api/retrieve-
    session), so `email` and `phone` accept null.
    """

    email: str | None | Unset = attrs.field(default=UNSET)
    send_notification_emails: bool | None = attrs.field(default=None)
    """Send the verification invite and status emails."""
    email_lang: str | None = attrs.field(default=None)
    """Language of the emails."""
    phone: str | None | Unset = attrs.field(default=UNSET)
    """E.164 phone number; ignored for KYB."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ExpectedDetails:
    """Data the user is expected to present; mismatches raise warnings. Ignored for KYB."""

    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    """YYYY-MM-DD."""
    gender: str | None | Unset = attrs.field(default=UNSET)
    nationality: str | None = attrs.field(default=None)
    """ISO 3166-1 alpha-3."""
    id_country: str | None = attrs.field(default=None)
    """Alpha-3; overrides nationality for the document check."""
    poa_country: str | None = attrs.field(default=None)
    """Alpha-3 country expected on the proof of address."""
    country: str | None = attrs.field(default=None)
    """Older variant of `id_country`, still accepted."""
    address: str | None = attrs.field(default=None)
    identification_number: str | None = attrs.field(default=None)
    ip_address: str | None = attrs.field(default=None)
    expected_document_types: list[str] | None = attrs.field(default=None)
    """Document type codes, e.g. `["P", "ID"]`."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NfcVerificationReport:
    """Result of reading a document's chip."""

    node_id: str | None = attrs.field(default=None)
    """The workflow node that produced it, e.g. `feature_ocr_1`."""
    status: FeatureStatus | None = attrs.field(default=None)
    warnings: list[Warning] | None = attrs.field(default=None)
    portrait_image: str | None = attrs.field(default=None)
    signature_image: str | None = attrs.field(default=None)
    chip_data: dict[str, Any] | None = attrs.field(default=None)
    authenticity: dict[str, Any] | None = attrs.field(default=None)
    certificate_summary: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DocumentAiDocument:
    """A document read by Document AI."""

    node_id: str | None = attrs.field(default=None)
    """The workflow node that produced it, e.g. `feature_ocr_1`."""
    status: FeatureStatus | None = attrs.field(default=None)
    warnings: list[Warning] | None = attrs.field(default=None)
    document_type: str | None = attrs.field(default=None)
    fields: dict[str, Any] | None = attrs.field(default=None)
    document_file: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IpAnalysisReport:
    """Result of analysing the user's IP address."""

    node_id: str | None = attrs.field(default=None)
    """The workflow node that produced it, e.g. `feature_ocr_1`."""
    status: FeatureStatus | None = attrs.field(default=None)
    warnings: list[Warning] | None = attrs.field(default=None)
    ip_address: str | None = attrs.field(default=None)
    ip_country: str | None = attrs.field(default=None)
    ip_country_code: str | None = attrs.field(default=None)
    ip_city: str | None = attrs.field(default=None)
    is_vpn_or_tor: bool | None = attrs.field(default=None)
    is_data_center: bool | None = attrs.field(default=None)
    isp: str | None = attrs.field(default=None)
    device_brand: str | None = attrs.field(default=None)
    device_model: str | None = attrs.field(default=None)
    browser_family: str | None = attrs.field(default=None)
    os_family: str | None = attrs.field(default=None)
    platform: str | None = attrs.field(default=None)
    latitude: float | None = attrs.field(default=None)
    longitude: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class QuestionnaireResponse:
    """A user's answers to a questionnaire node."""

    node_id: str | None = attrs.field(default=None)
    """The workflow node that produced it, e.g. `feature_ocr_1`."""
    status: FeatureStatus | None = attrs.field(default=None)
    warnings: list[Warning] | None = attrs.field(default=None)
    questionnaire_id: str | None = attrs.field(default=None)
    title: str | None = attrs.field(default=None)
    sections: Any | None = attrs.field(default=None)
    """Answers (any JSON)."""
    answers: Any | None = attrs.field(default=None)
    """Answers (any JSON)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SignatureReport:
    """Result of an e-signature node."""

    node_id: str | None = attrs.field(default=None)
    """The workflow node that produced it, e.g. `feature_ocr_1`."""
    status: FeatureStatus | None = attrs.field(default=None)
    warnings: list[Warning] | None = attrs.field(default=None)
    document_url: str | None = attrs.field(default=None)
    signed_at: str | None = attrs.field(default=None)
    signer_name: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BankVerificationReport:
    """Result of a bank-account verification node."""

    node_id: str | None = attrs.field(default=None)
    """The workflow node that produced it, e.g. `feature_ocr_1`."""
    status: FeatureStatus | None = attrs.field(default=None)
    warnings: list[Warning] | None = attrs.field(default=None)
    bank_name: str | None = attrs.field(default=None)
    account_holder: str | None = attrs.field(default=None)
    iban: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybRegistryCheck:
    """KYB: the company found in a registry."""

    node_id: str | None = attrs.field(default=None)
    """The workflow node that produced it, e.g. `feature_ocr_1`."""
    status: FeatureStatus | None = attrs.field(default=None)
    warnings: list[Warning] | None = attrs.field(default=None)
    company_name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    country: str | None = attrs.field(default=None)
    registry_data: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybDocumentVerification:
    """KYB: a company document check."""

    node_id: str | None = attrs.field(default=None)
    """The workflow node that produced it, e.g. `feature_ocr_1`."""
    status: FeatureStatus | None = attrs.field(default=None)
    warnings: list[Warning] | None = attrs.field(default=None)
    document_type: str | None = attrs.field(default=None)
    document_file: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybKeyPeopleCheck:
    """KYB: checks on the company's key people."""

    node_id: str | None = attrs.field(default=None)
    """The workflow node that produced it, e.g. `feature_ocr_1`."""
    status: FeatureStatus | None = attrs.field(default=None)
    warnings: list[Warning] | None = attrs.field(default=None)
    people: Any | None = attrs.field(default=None)
    """Key people and their checks (any JSON)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionReview:
    """A review or activity entry on a session. Sources disagree on the list shape: skills show
    `{id, action, old_status, new_status, note, created_at}`, current docs `{uuid,
    activity_type, actor_*, new_status, previous_status, comment, metadata, created_at}`. Both
    are accepted.
    """

    uuid: str | None = attrs.field(default=None)
    id: str | None = attrs.field(default=None)
    """Older list shape."""
    activity_type: str | None = attrs.field(default=None)
    action: str | None = attrs.field(default=None)
    """Older list shape."""
    actor_display: str | None = attrs.field(default=None)
    actor_email: str | None = attrs.field(default=None)
    actor_type: str | None = attrs.field(default=None)
    """API_KEY, CONSOLE_USER or SYSTEM."""
    new_status: str | None = attrs.field(default=None)
    previous_status: str | None = attrs.field(default=None)
    old_status: str | None = attrs.field(default=None)
    """Older list shape."""
    comment: str | None = attrs.field(default=None)
    note: str | None = attrs.field(default=None)
    """Older list shape."""
    metadata: dict[str, Any] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionDecision:
    """Everything Didit knows about a session (GET decision, and `decision` in webhooks). Per-
    feature results are plural arrays, one entry per workflow node, each null until the feature
    ran and empty when the workflow has no node of that feature (the docs' decision example
    prints every array; peer SDKs type them as non-null lists). The V2 singular keys (`kyc`,
    `face`, `liveness`, `aml`) carry only the first instance and are tolerated for older
    payloads.
    """

    session_id: str
    status: SessionStatus
    session_number: int | None = attrs.field(default=None)
    session_url: str | None = attrs.field(default=None, repr=mask)
    session_kind: SessionKind | None = attrs.field(default=None)
    environment: Environment | None = attrs.field(default=None)
    workflow_id: str | None = attrs.field(default=None)
    workflow_version: int | None = attrs.field(default=None)
    features: list[str] | None = attrs.field(default=None)
    """Features of the workflow, e.g. ID_VERIFICATION, LIVENESS."""
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | str | None = attrs.field(default=None)
    expected_details: ExpectedDetails | None = attrs.field(default=None)
    contact_details: ContactDetails | None = attrs.field(default=None)
    callback: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    id_verifications: list[IdVerificationReport] | None = attrs.field(default=None)
    """One entry per workflow node; null until the feature ran."""
    nfc_verifications: list[NfcVerificationReport] | None = attrs.field(default=None)
    """One entry per workflow node; null until the feature ran."""
    liveness_checks: list[LivenessReport] | None = attrs.field(default=None)
    """One entry per workflow node; null until the feature ran."""
    face_matches: list[FaceMatchReport] | None = attrs.field(default=None)
    """One entry per workflow node; null until the feature ran."""
    poa_verifications: list[PoaReport] | None = attrs.field(default=None)
    """One entry per workflow node; null until the feature ran."""
    document_ai_documents: list[DocumentAiDocument] | None = attrs.field(default=None)
    """One entry per workflow node; null until the feature ran."""
    phone_verifications: list[PhoneReport] | None = attrs.field(default=None)
    """One entry per workflow node; null until the feature ran."""
    email_verifications: list[EmailReport] | None = attrs.field(default=None)
    """One entry per workflow node; null until the feature ran."""
    aml_screenings: list[AmlReport] | None = attrs.field(default=None)
    """One entry per workflow node; null until the feature ran."""
    ip_analyses: list[IpAnalysisReport] | None = attrs.field(default=None)
    """One entry per workflow node; null until the feature ran."""
    database_validations: list[DatabaseValidationReport] | None = attrs.field(default=None)
    """One entry per workflow node; null until the feature ran."""
    questionnaire_responses: list[QuestionnaireResponse] | None = attrs.field(default=None)
    """One entry per workflow node; null until the feature ran."""
    signatures: list[SignatureReport] | None = attrs.field(default=None)
    """One entry per workflow node; null until the feature ran."""
    bank_verifications: list[BankVerificationReport] | None = attrs.field(default=None)
    """One entry per workflow node; null until the feature ran."""
    registry_checks: list[KybRegistryCheck] | None = attrs.field(default=None)
    """One entry per workflow node; null until the feature ran."""
    document_verifications: list[KybDocumentVerification] | None = attrs.field(default=None)
    """One entry per workflow node; null until the feature ran."""
    key_people_checks: list[KybKeyPeopleCheck] | None = attrs.field(default=None)
    """One entry per workflow node; null until the feature ran."""
    face_searches: list[FaceSearchReport] | None = attrs.field(default=None)
    """One entry per workflow node; null until the feature ran."""
    reviews: list[SessionReview] | None = attrs.field(default=None)
    kyc: IdVerificationReport | None = attrs.field(default=None)
    face: FaceMatchReport | None = attrs.field(default=None)
    liveness: LivenessReport | None = attrs.field(default=None)
    aml: AmlReport | None = attrs.field(default=None)
    resubmit_info: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CreateSessionRequest:
    """Body of POST /v3/session/."""

    workflow_id: str
    """The workflow to run: a KYC workflow makes a user session, a KYB workflow a business session.
    """
    vendor_data: str | None = attrs.field(default=None)
    """Your identifier for the user or business. Binds the session to a User entity, drives
    duplicate detection and the idempotent reuse of unfinished sessions.
    """
    callback: str | None = attrs.field(default=None)
    """Where the user is sent when the flow ends; Didit appends
    `?verificationSessionId=...&status=...`. Restricted to `allowed_domains` when those are set.
    """
    callback_method: CallbackMethod | Literal["initiator", "completer", "both"] | None = (
        attrs.field(default=None)
    )
    metadata: Mapping[str, Any] | str | None = attrs.field(default=None)
    """Your data, not shown to the user (a JSON object; older docs allowed a JSON string)."""
    language: Language | str | None = attrs.field(default=None)
    contact_details: ContactDetails | Mapping[str, Any] | None = attrs.field(default=None)
    expected_details: ExpectedDetails | Mapping[str, Any] | None = attrs.field(default=None)
    portrait_image: str | None = attrs.field(default=None)
    """Base64 reference face for Biometric Authentication workflows, at most 1 MB decoded
    (1,398,104 base64 characters).
    """
    sandbox_scenario: str | None = attrs.field(default=None)
    """Sandbox applications only: the outcome to simulate (`approve`, `decline_aml_hit`, ...; all
    in GET /v1/sandbox/scenarios/).
    """
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CreateSessionResponse:
    """A created (or reused, see the operation) session. `url` and `session_token` are null for
    keys without session-write access.
    """

    session_id: str
    session_number: int | None = attrs.field(default=None)
    session_token: str | None = attrs.field(default=None, repr=mask)
    url: str | None = attrs.field(default=None, repr=mask)
    """The hosted verification link to send the user to."""
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | str | None = attrs.field(default=None)
    status: SessionStatus | None = attrs.field(default=None)
    callback: str | None = attrs.field(default=None)
    callback_method: str | None = attrs.field(default=None)
    workflow_id: str | None = attrs.field(default=None)
    workflow_version: int | None = attrs.field(default=None)
    session_kind: SessionKind | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ImportSharedSessionResponse:
    """The session created by an import."""

    session_id: str
    session_number: int | None = attrs.field(default=None)
    session_token: str | None = attrs.field(default=None, repr=mask)
    url: str | None = attrs.field(default=None, repr=mask)
    """The hosted verification link to send the user to."""
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | str | None = attrs.field(default=None)
    status: SessionStatus | None = attrs.field(default=None)
    callback: str | None = attrs.field(default=None)
    callback_method: str | None = attrs.field(default=None)
    workflow_id: str | None = attrs.field(default=None)
    workflow_version: int | None = attrs.field(default=None)
    session_kind: SessionKind | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListFeature:
    """SessionListFeature"""

    feature: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListPhone:
    """SessionListPhone"""

    number: str | None = attrs.field(default=None)
    is_verified: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListEmail:
    """SessionListEmail"""

    email: str | None = attrs.field(default=None)
    is_verified: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListAml:
    """SessionListAml"""

    total_hits: int | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    is_adverse_media_fetched: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListLiveness:
    """SessionListLiveness"""

    method: str | None = attrs.field(default=None)
    score: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListFaceMatch:
    """SessionListFaceMatch"""

    score: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListAdditionalDetails:
    """SessionListAdditionalDetails"""

    aml: SessionListAml | None = attrs.field(default=None)
    liveness: SessionListLiveness | None = attrs.field(default=None)
    face_match: SessionListFaceMatch | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListItem:
    """One row of the session list: KYC rows and KYB rows (`company_name`, `registration_number`,
    `workflow_*`) share this tolerant shape.
    """

    session_id: str
    session_kind: SessionKind | None = attrs.field(default=None)
    session_number: int | None = attrs.field(default=None)
    session_url: str | None = attrs.field(default=None, repr=mask)
    portrait_image: str | None = attrs.field(default=None)
    document_type: str | None = attrs.field(default=None)
    full_name: str | None = attrs.field(default=None)
    country: str | None = attrs.field(default=None)
    status: SessionStatus | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    didit_internal_id: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    features: list[SessionListFeature] | None = attrs.field(default=None)
    phone_number: SessionListPhone | None = attrs.field(default=None)
    email_address: SessionListEmail | None = attrs.field(default=None)
    additional_details: SessionListAdditionalDetails | None = attrs.field(default=None)
    workflow_id: str | None = attrs.field(default=None)
    workflow_type: str | None = attrs.field(default=None)
    workflow_label: str | None = attrs.field(default=None)
    company_name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListPage:
    """A page of sessions, newest first."""

    results: list[SessionListItem]
    count: int | None = attrs.field(default=None)
    """Total matching items (KYB counts are capped at 100)."""
    next: str | None = attrs.field(default=None)
    """Full URL of the next page, or null."""
    previous: str | None = attrs.field(default=None)
    """Full URL of the previous page, or null."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BatchDeleteSessionsRequest:
    """Give `session_numbers` or `delete_all: true`. The schema says so as far as the generator
    reads it: at least one property, and `session_numbers` required when `delete_all` is false.
    """

    session_numbers: Sequence[int | str] | None = attrs.field(default=None)
    """Session numbers to delete (docs samples send strings)."""
    delete_all: bool | None = attrs.field(default=None)
    """Delete every session of the application."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BatchDeleteResultItem:
    """BatchDeleteResultItem"""

    session_number: int | str | None = attrs.field(default=None)
    session_id: str | None = attrs.field(default=None)
    deleted: bool | None = attrs.field(default=None)
    detail: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BatchDeleteSessionsResponse:
    """Sources disagree: older docs answered 204 with no body; now 200 with `results[]`, or 202
    with a deletion job when more than 20 sessions match. One tolerant shape covers both bodies.
    """

    results: list[BatchDeleteResultItem] | None = attrs.field(default=None)
    job_id: str | None = attrs.field(default=None)
    """Set when more than 20 sessions matched: poll the job."""
    status: str | None = attrs.field(default=None)
    total: int | None = attrs.field(default=None)
    deleted_count: int | None = attrs.field(default=None)
    detail: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BatchDeleteJob:
    """Status of a batch-delete job."""

    job_id: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    """e.g. PENDING, PROCESSING, COMPLETED, FAILED."""
    total: int | None = attrs.field(default=None)
    deleted_count: int | None = attrs.field(default=None)
    failed_count: int | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    completed_at: str | None = attrs.field(default=None)
    results: list[BatchDeleteResultItem] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NodeToResubmit:
    """NodeToResubmit"""

    node_id: str
    """e.g. `feature_poa_1`."""
    feature: str
    """e.g. `POA`, `OCR`, `LIVENESS` (KYB_REGISTRY and KYB_KEY_PEOPLE cannot be resubmitted)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UpdateStatusRequest:
    """Body of update-status. Sources disagree on `In Review`: a middle-aged page allowed it, the
    newest docs reject it (400); we follow the newest. `email_address` is required when
    `send_email` is true.
    """

    new_status: Literal["Approved", "Declined", "Resubmitted"]
    comment: str | None = attrs.field(default=None)
    nodes_to_resubmit: Sequence[NodeToResubmit | Mapping[str, Any]] | None = attrs.field(
        default=None
    )
    """Required with Resubmitted (the schema says so with `if`/`then`)."""
    send_email: bool | None = attrs.field(default=None)
    email_address: str | None = attrs.field(default=None)
    email_language: Language | str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionIdResponse:
    """Acknowledgement naming the session."""

    session_id: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ShareSessionRequest:
    """Sources disagree: skills list no body; the current page requires `for_application_id`. We
    follow the current page.
    """

    for_application_id: str
    """The receiving application (exists, not deleted, not yours)."""
    ttl_in_seconds: int | None = attrs.field(default=None)
    """How long the token is valid."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ShareSessionResponse:
    """ShareSessionResponse"""

    share_token: str = attrs.field(repr=mask)
    """A JWT the partner imports."""
    expires_at: str | None = attrs.field(default=None)
    session_id: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ImportSharedSessionRequest:
    """ImportSharedSessionRequest"""

    share_token: str = attrs.field(repr=mask)
    workflow_id: str
    """A KYC workflow for a KYC token, KYB for KYB."""
    vendor_data: str | None = attrs.field(default=None)
    trust_review: bool | None = attrs.field(default=None)
    """true keeps the original status; false puts it In Review. Sources disagree: skills mark it
    required, current docs optional (default false).
    """
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionEvent:
    """One entry of a session's event history."""

    uuid: str | None = attrs.field(default=None)
    id: str | None = attrs.field(default=None)
    event_type: str | None = attrs.field(default=None)
    type: str | None = attrs.field(default=None)
    node_id: str | None = attrs.field(default=None)
    feature: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    data: dict[str, Any] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionEventPage:
    """A page of session events."""

    results: list[SessionEvent]
    count: int | None = attrs.field(default=None)
    """Total matching items (KYB counts are capped at 100)."""
    next: str | None = attrs.field(default=None)
    """Full URL of the next page, or null."""
    previous: str | None = attrs.field(default=None)
    """Full URL of the previous page, or null."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UpdateAmlHitStatusRequest:
    """UpdateAmlHitStatusRequest"""

    hit_id: str
    review_status: (
        AmlHitReviewStatus
        | Literal["Unreviewed", "Confirmed Match", "False Positive", "Inconclusive"]
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UpdateAmlHitStatusResponse:
    """UpdateAmlHitStatusResponse"""

    message: str | None = attrs.field(default=None)
    hit_id: str | None = attrs.field(default=None)
    review_status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UpdateFeatureStatusRequest:
    """UpdateFeatureStatusRequest"""

    new_status: Literal["Approved", "Declined", "In Review"]
    comment: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UpdateFeatureStatusResponse:
    """UpdateFeatureStatusResponse"""

    session_id: str | None = attrs.field(default=None)
    node_id: str | None = attrs.field(default=None)
    feature_type: str | None = attrs.field(default=None)
    new_status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UpdateSessionDataRequest:
    """Corrections to extracted KYC data. The full field list is not documented; known fields are
    typed and others are passed through.
    """

    node_id: str | None = attrs.field(default=None)
    """Which ID-verification node to edit (defaults to the first)."""
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    full_name: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    gender: str | None = attrs.field(default=None)
    nationality: str | None = attrs.field(default=None)
    document_type: str | None = attrs.field(default=None)
    document_number: str | None = attrs.field(default=None)
    personal_number: str | None = attrs.field(default=None)
    issuing_state: str | None = attrs.field(default=None)
    expiration_date: str | None = attrs.field(default=None)
    date_of_issue: str | None = attrs.field(default=None)
    address: str | None = attrs.field(default=None)
    place_of_birth: str | None = attrs.field(default=None)
    document_subtype: str | None = attrs.field(default=None)
    extra_fields: Mapping[str, Any] | None = attrs.field(default=None)
    """Document-specific extra fields."""
    marital_status: Literal["SINGLE", "MARRIED", "DIVORCED", "WIDOWED", "UNKNOWN"] | None = (
        attrs.field(default=None)
    )
    parsed_address: Mapping[str, Any] | None = attrs.field(default=None)
    """Structured address override (the decision's parsed_address shape)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UpdatePoaDataRequest:
    """Corrections to extracted proof-of-address data (field list partly documented; others passed
    through).
    """

    node_id: str | None = attrs.field(default=None)
    poa_address: str | None = attrs.field(default=None)
    issuer: str | None = attrs.field(default=None)
    issue_date: str | None = attrs.field(default=None)
    document_type: str | None = attrs.field(default=None)
    name_on_document: str | None = attrs.field(default=None)
    document_language: str | None = attrs.field(default=None)
    extra_fields: Mapping[str, Any] | None = attrs.field(default=None)
    issuing_state: str | None = attrs.field(default=None)
    """Alpha-3."""
    poa_parsed_address: Mapping[str, Any] | None = attrs.field(default=None)
    """Structured address override."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UpdateSessionDataResponse:
    """UpdateSessionDataResponse"""

    session_id: str | None = attrs.field(default=None)
    message: str | None = attrs.field(default=None)
    node_id: str | None = attrs.field(default=None)
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

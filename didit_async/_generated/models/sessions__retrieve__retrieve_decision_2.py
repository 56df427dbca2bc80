# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'sessions__retrieve__retrieve_decision_2' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from didit_async._seam import mask

from ..enums import Environment, FeatureStatus, SessionKind, SessionStatus
from .sessions import SessionReview
from .sessions__create__retrieve__retrieve_decision import ContactDetails, ExpectedDetails
from .sessions__retrieve__retrieve_decision import (
    BankVerificationReport,
    DocumentAiDocument,
    IpAnalysisReport,
    KybDocumentVerification,
    KybKeyPeopleCheckRegistryBeneficialOwner,
    KybKeyPeopleCheckRegistryOfficer,
    KybRegistryCheck,
    NfcVerificationReport,
    QuestionnaireResponse,
    SignatureReport,
)
from .shared import Warning
from .shared__aml_sessions import AmlReport
from .shared__database_validation_sessions import DatabaseValidationReport
from .shared__email_sessions import EmailReport
from .shared__face_match_sessions import FaceMatchReport
from .shared__face_search_sessions import FaceSearchReport
from .shared__id_verification_sessions import IdVerificationReport
from .shared__passive_liveness_sessions import LivenessReport
from .shared__phone_sessions import PhoneReport
from .shared__poa_sessions import PoaReport


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybKeyPeopleCheckRegistry:
    """KybKeyPeopleCheckRegistry"""

    officers: list[KybKeyPeopleCheckRegistryOfficer] | None = attrs.field(default=None)
    beneficial_owners: list[KybKeyPeopleCheckRegistryBeneficialOwner] | None = attrs.field(
        default=None
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybKeyPeopleCheckSubmittedPartyRole:
    """KybKeyPeopleCheckSubmittedPartyRole"""

    role: str | None = attrs.field(default=None)
    ownership_percent: float | None = attrs.field(default=None)
    voting_percent: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybKeyPeopleCheckSubmittedPartyVerificationWorkflowFeature:
    """KybKeyPeopleCheckSubmittedPartyVerificationWorkflowFeature"""

    feature: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybKeyPeopleCheckSubmittedParty:
    """KybKeyPeopleCheckSubmittedParty"""

    uuid: str | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    company_name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    email: str | None = attrs.field(default=None)
    nationality: str | None = attrs.field(default=None)
    phone_number: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    position: str | None = attrs.field(default=None)
    custom_fields: dict[str, Any] | None = attrs.field(default=None)
    is_active: bool | None = attrs.field(default=None)
    is_skipped: bool | None = attrs.field(default=None)
    requires_verification: bool | None = attrs.field(default=None)
    roles: list[KybKeyPeopleCheckSubmittedPartyRole] | None = attrs.field(default=None)
    kyc_session_id: str | None = attrs.field(default=None)
    kyc_session_status: str | None = attrs.field(default=None)
    kyc_session_url: str | None = attrs.field(default=None)
    kyb_sub_session_id: str | None = attrs.field(default=None)
    kyb_sub_session_status: str | None = attrs.field(default=None)
    kyb_sub_session_url: str | None = attrs.field(default=None)
    verification_workflow_type: str | None = attrs.field(default=None)
    verification_workflow_id: str | None = attrs.field(default=None)
    verification_workflow_label: str | None = attrs.field(default=None)
    verification_workflow_features: (
        list[KybKeyPeopleCheckSubmittedPartyVerificationWorkflowFeature] | None
    ) = attrs.field(default=None)
    didit_internal_id: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybKeyPeopleCheckSubmitted:
    """KybKeyPeopleCheckSubmitted"""

    parties: list[KybKeyPeopleCheckSubmittedParty] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybKeyPeopleCheckUboKycSummary:
    """KybKeyPeopleCheckUboKycSummary"""

    total: int | None = attrs.field(default=None)
    approved: int | None = attrs.field(default=None)
    flagged: int | None = attrs.field(default=None)
    pending: int | None = attrs.field(default=None)
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
    registry: KybKeyPeopleCheckRegistry | None = attrs.field(default=None)
    submitted: KybKeyPeopleCheckSubmitted | None = attrs.field(default=None)
    ubo_kyc_summary: KybKeyPeopleCheckUboKycSummary | None = attrs.field(default=None)
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
    nfc_skip_reason: str | None = attrs.field(default=None)
    expires_at: str | None = attrs.field(default=None)
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

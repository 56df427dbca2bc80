# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models for every object schema in the spec."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs

from didit_async._seam import UNSET, FileInput, Unset, mask

from .enums import (
    AmlHitReviewStatus,
    CallbackMethod,
    CheckAction,
    Environment,
    FeatureStatus,
    Language,
    ListEntryType,
    ListType,
    SessionImportType,
    SessionKind,
    SessionStatus,
    TransactionCategory,
    UserStatus,
    WarningLogType,
    WebhookEventType,
    WebhookVersion,
    WorkflowType,
)

__all__ = [
    "AccountApplication",
    "AccountLoginRequest",
    "AccountOrganization",
    "AccountRegisterRequest",
    "AccountRegisterResponse",
    "AccountResendOtpRequest",
    "AccountTokenResponse",
    "AccountVerifyEmailRequest",
    "AgeEstimationReport",
    "AgeEstimationRequest",
    "AgeEstimationResponse",
    "AmlHit",
    "AmlHitBulkUpdateItem",
    "AmlHitBulkUpdateRequest",
    "AmlHitBulkUpdateResult",
    "AmlMonitoringBulkToggleRequest",
    "AmlMonitoringBusinessesRequest",
    "AmlMonitoringEntityResult",
    "AmlMonitoringEstimate",
    "AmlMonitoringJob",
    "AmlMonitoringJobEstimate",
    "AmlMonitoringOutcomes",
    "AmlMonitoringToggleJob",
    "AmlMonitoringUsersRequest",
    "AmlReport",
    "AmlRequest",
    "AmlResponse",
    "AmlScoreBreakdown",
    "ApplicationCredentials",
    "BankVerificationReport",
    "BatchDeleteJob",
    "BatchDeleteResultItem",
    "BatchDeleteSessionsRequest",
    "BatchDeleteSessionsResponse",
    "BillingBalance",
    "BillingTopUpRequest",
    "BillingTopUpResponse",
    "BiometricTemplate",
    "BiometricTemplateBulkPurgeRequest",
    "BiometricTemplateBulkPurgeResult",
    "BiometricTemplateCount",
    "BiometricTemplatePage",
    "BiometricTemplatePurgeResult",
    "BlocklistAddRequest",
    "BlocklistEntry",
    "BlocklistPage",
    "BlocklistRemoveRequest",
    "Business",
    "BusinessBatchDeleteRequest",
    "BusinessBatchDeleteResponse",
    "BusinessCreateRequest",
    "BusinessListPage",
    "BusinessUpdateRequest",
    "BusinessUpdateStatusRequest",
    "ContactDetails",
    "CreateApplicationRequest",
    "CreateReviewRequest",
    "CreateSessionRequest",
    "CreateSessionResponse",
    "Customization",
    "CustomizationUpdateRequest",
    "DatabaseValidationReport",
    "DatabaseValidationRequest",
    "DatabaseValidationResponse",
    "DeviceTransaction",
    "DeviceTransactionActionRequired",
    "DeviceTransactionActivity",
    "DeviceTransactionAlert",
    "DeviceTransactionDocument",
    "DeviceTransactionDocumentFile",
    "DeviceTransactionNetworkSnapshot",
    "DeviceTransactionParty",
    "DeviceTransactionPartyDevice",
    "DeviceTransactionPartyDeviceNetworkContext",
    "DeviceTransactionPaymentMethod",
    "DeviceTransactionProviderResult",
    "DeviceTransactionRemediation",
    "DeviceTransactionRequest",
    "DeviceTransactionRequestCounterparty",
    "DeviceTransactionRequestInfo",
    "DeviceTransactionRequestSubject",
    "DeviceTransactionRequestSubjectPaymentMethod",
    "DeviceTransactionRequestTravelRule",
    "DeviceTransactionRuleRun",
    "DeviceTransactionTag",
    "DeviceTransactionTravelRule",
    "DiditList",
    "DocumentAiDetectedCode",
    "DocumentAiDocument",
    "DocumentAiRequest",
    "DocumentAiResponse",
    "DocumentAiResult",
    "DocumentAiResultField",
    "DocumentAiResultWarning",
    "EmailBreach",
    "EmailCheckRequest",
    "EmailCheckResponse",
    "EmailLifecycleEvent",
    "EmailReport",
    "EmailRiskIntelligence",
    "EmailRiskMatch",
    "EmailRiskReport",
    "EmailRiskReportBreach",
    "EmailRiskRequest",
    "EmailRiskResponse",
    "EmailRiskSocialFootprint",
    "EmailSendOptions",
    "EmailSendRequest",
    "EmailSendResponse",
    "ErrorBody",
    "EventBatchIngestRequest",
    "EventBatchIngestResponse",
    "EventIngestRequest",
    "ExpectedDetails",
    "FaceEntity",
    "FaceImageInfo",
    "FaceMatchReport",
    "FaceMatchRequest",
    "FaceMatchResponse",
    "FaceSearchMatch",
    "FaceSearchReport",
    "FaceSearchRequest",
    "FaceSearchResponse",
    "FaceSearchUserDetails",
    "HealthcheckResponse",
    "IdVerificationReport",
    "IdVerificationRequest",
    "IdVerificationResponse",
    "ImportSharedSessionRequest",
    "ImportSharedSessionResponse",
    "IngestedEvent",
    "IpAnalysisReport",
    "IpRiskReport",
    "IpRiskRequest",
    "IpRiskResponse",
    "KybCandidate",
    "KybCompanyData",
    "KybCompanyRecord",
    "KybCompanyUpdateRequest",
    "KybDocumentVerification",
    "KybKeyPeopleCheck",
    "KybOfficer",
    "KybParty",
    "KybPartyUpdateRequest",
    "KybRegistryCheck",
    "KybSearchRequest",
    "KybSearchResponse",
    "KybSelectRequest",
    "KybShareholdersRegistry",
    "KybShareholdersRegistryAddress",
    "KybShareholdersRegistryBeneficialOwner",
    "KybShareholdersRegistryOfficer",
    "KybShareholdersRequest",
    "KybShareholdersResponse",
    "KybUboRequest",
    "ListCreateRequest",
    "ListEntry",
    "ListEntryCreateRequest",
    "ListEntryPage",
    "ListFaceUploadRequest",
    "ListPage",
    "ListUpdateRequest",
    "LivenessReport",
    "MessageResponse",
    "NfcVerificationReport",
    "NodeToResubmit",
    "Organization",
    "ParsedAddress",
    "PassiveLivenessRequest",
    "PassiveLivenessResponse",
    "PhoneCheckRequest",
    "PhoneCheckResponse",
    "PhoneReport",
    "PhoneRiskIntelligence",
    "PhoneRiskMatch",
    "PhoneRiskReport",
    "PhoneRiskReportCarrier",
    "PhoneRiskRequest",
    "PhoneRiskResponse",
    "PhoneRiskSocialFootprint",
    "PhoneSendOptions",
    "PhoneSendRequest",
    "PhoneSendResponse",
    "PoaReport",
    "PoaRequest",
    "PoaResponse",
    "Questionnaire",
    "QuestionnaireBranchRule",
    "QuestionnaireCreateRequest",
    "QuestionnaireFormElement",
    "QuestionnaireOption",
    "QuestionnaireQuestion",
    "QuestionnaireQuestionOption",
    "QuestionnaireResponse",
    "QuestionnaireUpdateRequest",
    "RequestSignals",
    "RiskLifecycleEvent",
    "RiskSignals",
    "RiskSocialFootprintCategory",
    "RiskSocialFootprintPlatform",
    "RiskSocialFootprintProfile",
    "RiskWarning",
    "SandboxArmRequest",
    "SandboxArmResponse",
    "SessionDecision",
    "SessionEvent",
    "SessionEventPage",
    "SessionIdResponse",
    "SessionImport",
    "SessionImportCreateRequest",
    "SessionImportErrorPage",
    "SessionImportRowError",
    "SessionImportTemplate",
    "SessionListAdditionalDetails",
    "SessionListAml",
    "SessionListEmail",
    "SessionListFaceMatch",
    "SessionListFeature",
    "SessionListItem",
    "SessionListLiveness",
    "SessionListPage",
    "SessionListPhone",
    "SessionReview",
    "SessionReviewPage",
    "ShareSessionRequest",
    "ShareSessionResponse",
    "SignatureReport",
    "Transaction",
    "TransactionCreateRequest",
    "TransactionListPage",
    "TransactionRule",
    "TransactionRuleAction",
    "TransactionRuleAggregation",
    "TransactionRuleBacktestRequest",
    "TransactionRuleBacktestResult",
    "TransactionRuleCondition",
    "TransactionRuleCreateRequest",
    "TransactionRuleHit",
    "TransactionRuleInstallRequest",
    "TransactionRuleInstallResult",
    "TransactionRuleLibraryEntry",
    "TransactionRuleLibraryPage",
    "TransactionRulePage",
    "TransactionRuleScope",
    "TransactionRuleUpdateRequest",
    "TransactionSdkToken",
    "TransactionSdkTokenRequest",
    "TravelRuleInboundRequest",
    "TravelRuleInboundRequestOriginatingVasp",
    "TravelRuleInboundResponse",
    "TravelRuleOwnershipConfirmRequest",
    "TravelRulePickup",
    "TravelRulePickupAnswer",
    "TravelRulePickupRespondRequest",
    "TravelRuleSettings",
    "TravelRuleSettingsNetworks",
    "TravelRuleSettingsNetworksGtr",
    "TravelRuleSettingsNetworksSygna",
    "TravelRuleSettingsNetworksTrust",
    "TravelRuleSettingsNetworksVerifyvasp",
    "TravelRuleSettingsUpdateRequest",
    "TravelRuleTransfer",
    "TravelRuleTransferCounterpartyVasp",
    "TravelRuleTransferTimelineItem",
    "TravelRuleTransferUpdateRequest",
    "TravelRuleVasp",
    "TravelRuleVaspPage",
    "TravelRuleWalletAddress",
    "TravelRuleWalletAddressCreateRequest",
    "TravelRuleWalletAddressPage",
    "TravelRuleWalletAddressUpdateRequest",
    "TravelRuleWidgetContext",
    "TravelRuleWidgetProofSummary",
    "TravelRuleWidgetSession",
    "TravelRuleWidgetSessionCreateRequest",
    "UpdateAmlHitStatusRequest",
    "UpdateAmlHitStatusResponse",
    "UpdateFeatureStatusRequest",
    "UpdateFeatureStatusResponse",
    "UpdatePoaDataRequest",
    "UpdateSessionDataRequest",
    "UpdateSessionDataResponse",
    "UpdateStatusRequest",
    "User",
    "UserBatchDeleteRequest",
    "UserBatchDeleteResponse",
    "UserCreateRequest",
    "UserFace",
    "UserFaceUploadRequest",
    "UserListPage",
    "UserUpdateRequest",
    "UserUpdateStatusRequest",
    "WalletScreeningReportCounterparty",
    "WalletScreeningReportFundFlow",
    "WalletScreeningReportRequest",
    "WalletScreeningReportRiskFactor",
    "WalletScreeningRequest",
    "WalletScreeningResult",
    "Warning",
    "WebhookConfig",
    "WebhookConfigUpdateRequest",
    "WebhookDestination",
    "WebhookDestinationCreateRequest",
    "WebhookDestinationMetrics",
    "WebhookDestinationUpdateRequest",
    "WebhookEntityPayload",
    "WebhookFieldChange",
    "WebhookGenericPayload",
    "WebhookSessionPayload",
    "Workflow",
    "WorkflowCreateRequest",
    "WorkflowFeature",
    "WorkflowUpdateRequest",
]


@attrs.define(frozen=True, kw_only=True, slots=False)
class ErrorBody:
    """The body of an error response. Didit's error bodies do not share one envelope, so read them
    defensively: usually a DRF-style `{"detail": "..."}`, often with a stable `code` next to it
    (`contract_billing_suspended`, `in_filed_report`, `application_deleted`); some endpoints
    (Digital ID wallets) put the code in `error`; validation errors may be field-keyed
    (`{"sign": "signature_document_changed"}`, `{"workflow_id": ["This field is required."]}`),
    kept in the additional properties; a 500 may carry no JSON body at all. Sources disagree on
    statuses: a bad or missing API key is 401 in the newest docs and 403 in legacy behaviour;
    insufficient credits are 402 (newest), 403 (Didit's agent skills) or 400 (one quick-start
    page). Clients should classify by status and then by `code`.
    """

    detail: str | None = attrs.field(default=None)
    """Human-readable reason (DRF style)."""
    code: str | None = attrs.field(default=None, repr=mask)
    """Stable machine-readable code, e.g. `contract_billing_suspended`, `in_filed_report`,
    `application_deleted`.
    """
    error: str | None = attrs.field(default=None)
    """Some endpoints (wallets) put the code here instead of `code`."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


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
class CreateReviewRequest:
    """CreateReviewRequest"""

    new_status: Literal["Approved", "Declined", "In Review"]
    comment: str | None = attrs.field(default=None)
    """Up to 10,000 characters; `@email` mentions notify colleagues."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionReviewPage:
    """A page of reviews. Sources disagree: skills show a plain array; the SDK pages it. The SDK
    reads both.
    """

    results: list[SessionReview]
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


@attrs.define(frozen=True, kw_only=True, slots=False)
class BlocklistAddRequest:
    """BlocklistAddRequest"""

    session_id: str
    blocklist_face: bool | None = attrs.field(default=None)
    blocklist_document: bool | None = attrs.field(default=None)
    blocklist_phone: bool | None = attrs.field(default=None)
    blocklist_email: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BlocklistRemoveRequest:
    """BlocklistRemoveRequest"""

    session_id: str
    unblock_face: bool | None = attrs.field(default=None)
    unblock_document: bool | None = attrs.field(default=None)
    unblock_phone: bool | None = attrs.field(default=None)
    unblock_email: bool | None = attrs.field(default=None)
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
class BlocklistEntry:
    """BlocklistEntry"""

    type: str | None = attrs.field(default=None)
    """face, document, phone or email."""
    session_id: str | None = attrs.field(default=None)
    session_number: int | None = attrs.field(default=None)
    blocklisted_at: str | None = attrs.field(default=None)
    face_image: str | None = attrs.field(default=None)
    document_type: str | None = attrs.field(default=None)
    document_number: str | None = attrs.field(default=None)
    front_image: str | None = attrs.field(default=None)
    phone_number: str | None = attrs.field(default=None)
    country_code: str | None = attrs.field(default=None)
    email: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BlocklistPage:
    """A page of blocklist entries."""

    results: list[BlocklistEntry]
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
class AccountRegisterRequest:
    """AccountRegisterRequest"""

    email: str
    """A real, deliverable inbox (reserved test domains fail with 500)."""
    password: str = attrs.field(repr=mask)
    """At least 8 characters with an upper-case letter, a lower-case letter, a digit and a special
    character from `!@#$%^&*()_+-=[]{}|;:,.<>?`.
    """
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AccountRegisterResponse:
    """AccountRegisterResponse"""

    message: str | None = attrs.field(default=None)
    email: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AccountVerifyEmailRequest:
    """AccountVerifyEmailRequest"""

    email: str
    code: str = attrs.field(repr=mask)
    """The 6-character code emailed at registration."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AccountOrganization:
    """AccountOrganization"""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    contact_email: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AccountApplication:
    """AccountApplication"""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    client_id: str | None = attrs.field(default=None)
    api_key: str | None = attrs.field(default=None, repr=mask)
    """The `x-api-key` for this application."""
    website_url: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AccountTokenResponse:
    """Tokens (and, after verify-email, the new organization and application with its `api_key`)."""

    access_token: str = attrs.field(repr=mask)
    """RS256 JWT for the Bearer endpoints."""
    refresh_token: str | None = attrs.field(default=None, repr=mask)
    expires_in: int | None = attrs.field(default=None)
    """Seconds (86400 by default)."""
    organization: AccountOrganization | None = attrs.field(default=None)
    application: AccountApplication | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AccountLoginRequest:
    """AccountLoginRequest"""

    email: str
    password: str = attrs.field(repr=mask)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AccountResendOtpRequest:
    """AccountResendOtpRequest"""

    email: str
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class Organization:
    """An organization you belong to."""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    contact_email: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ApplicationCredentials:
    """An application and its credentials."""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    client_id: str | None = attrs.field(default=None)
    api_key: str | None = attrs.field(default=None, repr=mask)
    website_url: str | None = attrs.field(default=None)
    mode: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CreateApplicationRequest:
    """CreateApplicationRequest"""

    name: str
    website_url: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WorkflowFeature:
    """One step of a simple v3 workflow."""

    feature: str
    """OCR, LIVENESS, FACE_MATCH, AML, QUESTIONNAIRE, EMAIL_VERIFICATION, PHONE_VERIFICATION,
    PROOF_OF_ADDRESS, NFC, IP_ANALYSIS, DATABASE_VALIDATION, ... A workflow with a KYB_* feature
    verifies businesses (its sessions have session_kind business), per Didit's MCP server 4.0.0.
    """
    config: dict[str, Any] | None = attrs.field(default=None)
    """Feature configuration (see Didit's feature-configs page)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WorkflowCreateRequest:
    """Sources disagree on the shape: the newest docs (and Didit's SDKs) send an ordered
    `features[]` list; older docs send `workflow_type` plus flat `is_*_enabled` flags and
    thresholds. We follow the newest and accept both. `workflow_label` is optional: the docs'
    examples create workflows without it.
    """

    workflow_label: str | None = attrs.field(default=None)
    features: Sequence[WorkflowFeature | Mapping[str, Any]] | None = attrs.field(default=None)
    """Newest shape: the ordered features."""
    workflow_type: (
        WorkflowType
        | Literal[
            "kyc",
            "adaptive_age_verification",
            "biometric_authentication",
            "address_verification",
            "questionnaire_verification",
            "email_verification",
            "phone_verification",
        ]
        | None
    ) = attrs.field(default=None)
    is_default: bool | None = attrs.field(default=None)
    is_ocr_enabled: bool | None = attrs.field(default=None)
    is_liveness_enabled: bool | None = attrs.field(default=None)
    face_liveness_method: Literal["passive", "active_3d", "flashing"] | None = attrs.field(
        default=None
    )
    face_liveness_score_decline_threshold: int | None = attrs.field(default=None)
    is_face_match_enabled: bool | None = attrs.field(default=None)
    face_match_score_decline_threshold: int | None = attrs.field(default=None)
    face_match_score_review_threshold: int | None = attrs.field(default=None)
    is_aml_enabled: bool | None = attrs.field(default=None)
    aml_decline_threshold: int | None = attrs.field(default=None)
    is_phone_verification_enabled: bool | None = attrs.field(default=None)
    is_email_verification_enabled: bool | None = attrs.field(default=None)
    is_database_validation_enabled: bool | None = attrs.field(default=None)
    is_ip_analysis_enabled: bool | None = attrs.field(default=None)
    is_nfc_enabled: bool | None = attrs.field(default=None)
    is_age_restrictions_enabled: bool | None = attrs.field(default=None)
    documents_allowed: Mapping[str, Any] | None = attrs.field(default=None)
    """Allowed documents per country; empty allows all."""
    duplicated_user_action: Literal["no_action", "review", "decline"] | None = attrs.field(
        default=None
    )
    max_retry_attempts: int | None = attrs.field(default=None)
    retry_window_days: int | None = attrs.field(default=None)
    is_desktop_allowed: bool | None = attrs.field(default=None)
    """Let the hosted flow run on a desktop browser."""
    is_white_label_enabled: bool | None = attrs.field(default=None)
    session_expiration_time: float | None = attrs.field(default=None)
    """How long a session stays open (Didit does not state the unit; seconds is our reading)."""
    status: Literal["draft", "published"] | None = attrs.field(default=None)
    """Omit to publish at once; `draft` saves without publishing."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WorkflowUpdateRequest:
    """A partial update. Sources disagree on the shape: the newest docs (and Didit's SDKs) send an
    ordered `features[]` list; older docs send `workflow_type` plus flat `is_*_enabled` flags
    and thresholds. We follow the newest and accept both.
    """

    workflow_label: str | None = attrs.field(default=None)
    features: Sequence[WorkflowFeature | Mapping[str, Any]] | None = attrs.field(default=None)
    """Newest shape: the ordered features."""
    workflow_type: (
        WorkflowType
        | Literal[
            "kyc",
            "adaptive_age_verification",
            "biometric_authentication",
            "address_verification",
            "questionnaire_verification",
            "email_verification",
            "phone_verification",
        ]
        | None
    ) = attrs.field(default=None)
    is_default: bool | None = attrs.field(default=None)
    is_ocr_enabled: bool | None = attrs.field(default=None)
    is_liveness_enabled: bool | None = attrs.field(default=None)
    face_liveness_method: Literal["passive", "active_3d", "flashing"] | None = attrs.field(
        default=None
    )
    face_liveness_score_decline_threshold: int | None = attrs.field(default=None)
    is_face_match_enabled: bool | None = attrs.field(default=None)
    face_match_score_decline_threshold: int | None = attrs.field(default=None)
    face_match_score_review_threshold: int | None = attrs.field(default=None)
    is_aml_enabled: bool | None = attrs.field(default=None)
    aml_decline_threshold: int | None = attrs.field(default=None)
    is_phone_verification_enabled: bool | None = attrs.field(default=None)
    is_email_verification_enabled: bool | None = attrs.field(default=None)
    is_database_validation_enabled: bool | None = attrs.field(default=None)
    is_ip_analysis_enabled: bool | None = attrs.field(default=None)
    is_nfc_enabled: bool | None = attrs.field(default=None)
    is_age_restrictions_enabled: bool | None = attrs.field(default=None)
    documents_allowed: Mapping[str, Any] | None = attrs.field(default=None)
    """Allowed documents per country; empty allows all."""
    duplicated_user_action: Literal["no_action", "review", "decline"] | None = attrs.field(
        default=None
    )
    max_retry_attempts: int | None = attrs.field(default=None)
    retry_window_days: int | None = attrs.field(default=None)
    is_desktop_allowed: bool | None = attrs.field(default=None)
    """Let the hosted flow run on a desktop browser."""
    is_white_label_enabled: bool | None = attrs.field(default=None)
    session_expiration_time: float | None = attrs.field(default=None)
    """How long a session stays open (Didit does not state the unit; seconds is our reading)."""
    status: Literal["draft", "published"] | None = attrs.field(default=None)
    """Omit to publish at once; `draft` saves without publishing."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class Workflow:
    """A workflow version."""

    uuid: str
    """Per-version id (`settings_uuid`)."""
    workflow_id: str | None = attrs.field(default=None)
    """Stable id shared by versions."""
    workflow_label: str | None = attrs.field(default=None)
    workflow_type: WorkflowType | None = attrs.field(default=None)
    is_default: bool | None = attrs.field(default=None)
    is_archived: bool | None = attrs.field(default=None)
    total_price: str | None = attrs.field(default=None)
    """Decimal string in USD, e.g. "0.10", as the docs' workflow example prints it (the reference
    lists the field without a type). Like the billing amounts, a string avoids float rounding; a
    server that sends a JSON number instead is tolerated (the SDK keeps the value as sent).
    """
    min_price: str | None = attrs.field(default=None)
    """Decimal string in USD, like `total_price`."""
    max_price: str | None = attrs.field(default=None)
    """Decimal string in USD, like `total_price`."""
    features: list[str | WorkflowFeature] | None = attrs.field(default=None)
    """Feature names (list view) or feature objects (newer shape)."""
    is_simple_workflow: bool | None = attrs.field(default=None)
    is_editable: bool | None = attrs.field(default=None)
    workflow_url: str | None = attrs.field(default=None)
    max_retry_attempts: int | None = attrs.field(default=None)
    retry_window_days: int | None = attrs.field(default=None)
    special_add_on_prices: dict[str, Any] | None = attrs.field(default=None)
    version: int | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class QuestionnaireOption:
    """QuestionnaireOption"""

    label: dict[str, str]
    """Language code → text."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class QuestionnaireFormElement:
    """One question. `options` is required for multiple_choice and checkbox (the spec can state the
    multiple_choice case; the checkbox case is checked by Didit).
    """

    element_type: str
    label: dict[str, str]
    """Language code → question text."""
    is_required: bool | None = attrs.field(default=None)
    options: list[QuestionnaireOption] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class QuestionnaireQuestionOption:
    """QuestionnaireQuestionOption"""

    value: str
    text: str | dict[str, str] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class QuestionnaireBranchRule:
    """When the answer is `if_option`, continue at question `go_to` (`end` finishes the form)."""

    if_option: str
    go_to: str
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class QuestionnaireQuestion:
    """One question as Didit's current tooling sends it. The shape beyond type, text, options and
    branching is unpublished: known keys are typed and any other key is passed through.
    """

    type: str
    """short_text, long_text, multiple_choice, checkbox, file_upload, date, number, ... (kept open:
    Didit may add types).
    """
    text: str | dict[str, str]
    """The question, or language code -> text."""
    id: str | None = attrs.field(default=None)
    """Your id for the question, which branching refers to."""
    description: str | None = attrs.field(default=None)
    is_required: bool | None = attrs.field(default=None)
    options: list[QuestionnaireQuestionOption] | None = attrs.field(default=None)
    branching: list[QuestionnaireBranchRule] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class QuestionnaireCreateRequest:
    """Give `questions` (current) or `form_elements` (older docs); Didit needs one of the two,
    which the sandbox checks (400).
    """

    title: str
    description: str | None = attrs.field(default=None)
    default_language: str | None = attrs.field(default=None)
    languages: Sequence[str] | None = attrs.field(default=None)
    form_elements: Sequence[QuestionnaireFormElement | Mapping[str, Any]] | None = attrs.field(
        default=None
    )
    questions: Sequence[QuestionnaireQuestion | Mapping[str, Any]] | None = attrs.field(
        default=None
    )
    """The question list Didit's current tooling sends (type, text, options, optional branching);
    the older `form_elements` is still accepted. Give one of the two.
    """
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class QuestionnaireUpdateRequest:
    """A partial update."""

    title: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    default_language: str | None = attrs.field(default=None)
    languages: Sequence[str] | None = attrs.field(default=None)
    form_elements: Sequence[QuestionnaireFormElement | Mapping[str, Any]] | None = attrs.field(
        default=None
    )
    questions: Sequence[QuestionnaireQuestion | Mapping[str, Any]] | None = attrs.field(
        default=None
    )
    """The question list Didit's current tooling sends (type, text, options, optional branching);
    the older `form_elements` is still accepted. Give one of the two.
    """
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class Questionnaire:
    """Questionnaire"""

    uuid: str
    title: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    default_language: str | None = attrs.field(default=None)
    languages: list[str] | None = attrs.field(default=None)
    form_elements: list[dict[str, Any]] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class User:
    """A user entity, keyed by your `vendor_data` (case-sensitive, unique per application)."""

    vendor_data: str
    didit_internal_id: str | None = attrs.field(default=None)
    display_name: str | None = attrs.field(default=None)
    full_name: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    status: UserStatus | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    portrait_image: str | None = attrs.field(default=None)
    issuing_states: list[str] | None = attrs.field(default=None)
    approved_emails: list[str] | None = attrs.field(default=None)
    approved_phones: list[str] | None = attrs.field(default=None)
    features: list[str] | None = attrs.field(default=None)
    session_count: int | None = attrs.field(default=None)
    approved_count: int | None = attrs.field(default=None)
    declined_count: int | None = attrs.field(default=None)
    in_review_count: int | None = attrs.field(default=None)
    first_session_at: str | None = attrs.field(default=None)
    last_session_at: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UserListPage:
    """A page of users."""

    results: list[User]
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
class UserCreateRequest:
    """UserCreateRequest"""

    vendor_data: str
    display_name: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None = attrs.field(default=None)
    status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = attrs.field(default=None)
    full_name: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    issuing_states: Sequence[str] | None = attrs.field(default=None)
    """Document issuing countries."""
    approved_emails: Sequence[str] | None = attrs.field(default=None)
    approved_phones: Sequence[str] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UserUpdateRequest:
    """Profile fields (status has its own endpoint; skills also allowed `status` here)."""

    display_name: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None = attrs.field(default=None)
    full_name: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    issuing_states: Sequence[str] | None = attrs.field(default=None)
    """Document issuing countries."""
    approved_emails: Sequence[str] | None = attrs.field(default=None)
    approved_phones: Sequence[str] | None = attrs.field(default=None)
    status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = attrs.field(default=None)
    """Monitoring status."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UserUpdateStatusRequest:
    """UserUpdateStatusRequest"""

    status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"]
    reason: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UserBatchDeleteRequest:
    """Give `vendor_data_list` or `delete_all: true`: at least one property, and `vendor_data_list`
    required when `delete_all` is false.
    """

    vendor_data_list: Sequence[str] | None = attrs.field(default=None)
    delete_all: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UserBatchDeleteResponse:
    """UserBatchDeleteResponse"""

    deleted_count: int | None = attrs.field(default=None)
    message: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BillingBalance:
    """Credit balance; amounts are decimal strings to avoid float rounding."""

    balance: str | None = attrs.field(default=None)
    """Decimal string, e.g. "142.5000" (USD)."""
    auto_refill_enabled: bool | None = attrs.field(default=None)
    auto_refill_amount: str | None = attrs.field(default=None)
    auto_refill_threshold: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BillingTopUpRequest:
    """BillingTopUpRequest"""

    amount_in_dollars: float
    """At least $50."""
    success_url: str | None = attrs.field(default=None)
    cancel_url: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BillingTopUpResponse:
    """A Stripe checkout to complete in a browser."""

    checkout_session_id: str | None = attrs.field(default=None)
    checkout_session_url: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WebhookDestinationMetrics:
    """WebhookDestinationMetrics"""

    metrics_window_days: int | None = attrs.field(default=None)
    deliveries_count: int | None = attrs.field(default=None)
    failed_deliveries_count: int | None = attrs.field(default=None)
    average_response_time_ms: float | None = attrs.field(default=None)
    error_rate_percentage: float | None = attrs.field(default=None)
    last_delivery_at: str | None = attrs.field(default=None)
    health_status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WebhookDestination:
    """WebhookDestination"""

    uuid: str
    label: str | None = attrs.field(default=None)
    url: str | None = attrs.field(default=None)
    enabled: bool | None = attrs.field(default=None)
    webhook_version: WebhookVersion | None = attrs.field(default=None)
    subscribed_events: list[WebhookEventType] | None = attrs.field(default=None)
    secret_shared_key: str | None = attrs.field(default=None, repr=mask)
    """The HMAC secret (absent from the list; full for API keys)."""
    secret_last4: str | None = attrs.field(default=None)
    previous_secret_expires_at: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    metrics_window_days: int | None = attrs.field(default=None)
    deliveries_count: int | None = attrs.field(default=None)
    failed_deliveries_count: int | None = attrs.field(default=None)
    average_response_time_ms: float | None = attrs.field(default=None)
    error_rate_percentage: float | None = attrs.field(default=None)
    last_delivery_at: str | None = attrs.field(default=None)
    health_status: str | None = attrs.field(default=None)
    delivery_summary: WebhookDestinationMetrics | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WebhookDestinationCreateRequest:
    """WebhookDestinationCreateRequest"""

    label: str
    url: str
    """HTTPS, unique per application. Plain http is accepted for loopback hosts only (localhost,
    127.x.x.x, [::1]), for receivers on the developer's machine.
    """
    subscribed_events: Sequence[
        WebhookEventType
        | Literal[
            "status.updated",
            "data.updated",
            "user.status.updated",
            "user.data.updated",
            "business.status.updated",
            "business.data.updated",
            "activity.created",
            "transaction.created",
            "transaction.status.updated",
            "travel_rule.status.updated",
        ]
    ]
    """At least one; no wildcard."""
    enabled: bool | None = attrs.field(default=None)
    webhook_version: WebhookVersion | Literal["v1", "v2", "v3"] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WebhookDestinationUpdateRequest:
    """A partial update; does not rotate the secret."""

    label: str | None = attrs.field(default=None)
    url: str | None = attrs.field(default=None)
    enabled: bool | None = attrs.field(default=None)
    webhook_version: WebhookVersion | Literal["v1", "v2", "v3"] | None = attrs.field(default=None)
    subscribed_events: (
        Sequence[
            WebhookEventType
            | Literal[
                "status.updated",
                "data.updated",
                "user.status.updated",
                "user.data.updated",
                "business.status.updated",
                "business.data.updated",
                "activity.created",
                "transaction.created",
                "transaction.status.updated",
                "travel_rule.status.updated",
            ]
        ]
        | None
    ) = attrs.field(default=None)
    """Replaces the list wholesale."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WebhookConfig:
    """The application-level (legacy) webhook and related settings. The legacy webhook is used only
    while no destination is enabled, and only for status.updated and data.updated.
    """

    webhook_url: str | None = attrs.field(default=None)
    webhook_version: str | None = attrs.field(default=None)
    secret_shared_key: str | None = attrs.field(default=None, repr=mask)
    capture_method: str | None = attrs.field(default=None)
    data_retention_months: int | None = attrs.field(default=None)
    destinations: list[WebhookDestination] | None = attrs.field(default=None)
    subscribable_events: list[str] | None = attrs.field(default=None)
    allowed_domains: list[str] | None = attrs.field(default=None)
    biometric_template_retention_months: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WebhookConfigUpdateRequest:
    """A partial update: only the fields given change."""

    webhook_url: str | None | Unset = attrs.field(default=UNSET)
    """null disables the legacy webhook; leaving it out keeps it."""
    webhook_version: WebhookVersion | Literal["v1", "v2", "v3"] | None = attrs.field(default=None)
    rotate_secret_key: bool | None = attrs.field(default=None)
    """Generate a new secret; the old one stops working at once."""
    capture_method: Literal["mobile", "desktop", "both"] | None = attrs.field(default=None)
    data_retention_months: int | None | Unset = attrs.field(default=UNSET)
    """null keeps data without limit."""
    allowed_domains: Sequence[str] | None = attrs.field(default=None)
    """Hosts allowed as `callback` and to embed the hosted flow."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


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
    """A JSON object serialised as a string (multipart)."""
    minimum_age: int | None = attrs.field(default=None)
    """Decline when the extracted age is lower."""
    preferred_characters: Literal["latin", "non_latin"] | None = attrs.field(default=None)
    """Script to prefer when reading the document."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PassiveLivenessRequest:
    """PassiveLivenessRequest"""

    user_image: FileInput
    """A selfie, at most 10 MB."""
    face_liveness_score_decline_threshold: int | None = attrs.field(default=None)
    rotate_image: bool | None = attrs.field(default=None)
    save_api_request: bool | None = attrs.field(default=None)
    """Store the call as a manual check in the Console."""
    vendor_data: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class FaceMatchRequest:
    """FaceMatchRequest"""

    user_image: FileInput
    """The face to check, at most 10 MB."""
    ref_image: FileInput
    """The reference face, at most 10 MB."""
    face_match_score_decline_threshold: int | None = attrs.field(default=None)
    rotate_image: bool | None = attrs.field(default=None)
    save_api_request: bool | None = attrs.field(default=None)
    """Store the call as a manual check in the Console."""
    vendor_data: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class FaceSearchRequest:
    """FaceSearchRequest"""

    user_image: FileInput
    """The face to search for."""
    rotate_image: bool | None = attrs.field(default=None)
    save_api_request: bool | None = attrs.field(default=None)
    """Store the call as a manual check in the Console."""
    vendor_data: str | None = attrs.field(default=None)
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
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PoaRequest:
    """PoaRequest"""

    document: FileInput
    """JPG, PNG, TIFF or PDF, at most 15 MB."""
    save_api_request: bool | None = attrs.field(default=None)
    """Store the call as a manual check in the Console."""
    vendor_data: str | None = attrs.field(default=None)
    expected_address: str | None = attrs.field(default=None)
    expected_country: str | None = attrs.field(default=None)
    """Alpha-2."""
    expected_first_name: str | None = attrs.field(default=None)
    expected_last_name: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlRequest:
    """AmlRequest"""

    full_name: str
    date_of_birth: str | None = attrs.field(default=None)
    nationality: str | None = attrs.field(default=None)
    """Alpha-3."""
    document_number: str | None = attrs.field(default=None)
    entity_type: Literal["person", "company"] | None = attrs.field(default=None)
    aml_name_weight: int | None = attrs.field(default=None)
    aml_dob_weight: int | None = attrs.field(default=None)
    aml_country_weight: int | None = attrs.field(default=None)
    aml_match_score_threshold: int | None = attrs.field(default=None)
    save_api_request: bool | None = attrs.field(default=None)
    """Store the call as a manual check in the Console."""
    vendor_data: str | None = attrs.field(default=None)
    include_adverse_media: bool | None = attrs.field(default=None)
    include_ongoing_monitoring: bool | None = attrs.field(default=None)
    """Enrol the entity in ongoing monitoring."""
    metadata: Mapping[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailSendOptions:
    """EmailSendOptions"""

    code_size: int | None = attrs.field(default=None)
    alphanumeric_code: bool | None = attrs.field(default=None)
    locale: str | None = attrs.field(default=None)
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
class EmailSendRequest:
    """EmailSendRequest"""

    email: str
    options: EmailSendOptions | Mapping[str, Any] | None = attrs.field(default=None)
    signals: RequestSignals | Mapping[str, Any] | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailCheckRequest:
    """EmailCheckRequest"""

    email: str
    code: str = attrs.field(repr=mask)
    duplicated_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = attrs.field(
        default=None
    )
    breached_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = attrs.field(
        default=None
    )
    disposable_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = attrs.field(
        default=None
    )
    undeliverable_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = attrs.field(
        default=None
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneSendOptions:
    """PhoneSendOptions"""

    code_size: int | None = attrs.field(default=None)
    locale: str | None = attrs.field(default=None)
    preferred_channel: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneSendRequest:
    """PhoneSendRequest"""

    phone_number: str
    """E.164."""
    options: PhoneSendOptions | Mapping[str, Any] | None = attrs.field(default=None)
    signals: RequestSignals | Mapping[str, Any] | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneCheckRequest:
    """PhoneCheckRequest"""

    phone_number: str
    code: str = attrs.field(repr=mask)
    duplicated_phone_number_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = (
        attrs.field(default=None)
    )
    disposable_number_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = attrs.field(
        default=None
    )
    voip_number_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = attrs.field(
        default=None
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DatabaseValidationRequest:
    """Sources disagree: skills send `id_number` (required); the newest docs send `issuing_state`,
    `validation_type`, `personal_number` and more. Both accepted.
    """

    issuing_state: str | None = attrs.field(default=None)
    """Alpha-3."""
    validation_type: str | None = attrs.field(default=None)
    id_number: str | None = attrs.field(default=None)
    """Older (skills) name of the document number."""
    personal_number: str | None = attrs.field(default=None)
    document_number: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    save_api_request: bool | None = attrs.field(default=None)
    """Store the call as a manual check in the Console."""
    vendor_data: str | None = attrs.field(default=None)
    document_type: (
        Literal["P", "DL", "ID", "RP", "SSC", "HIC", "WP", "TC", "VISA", "PSC", "BC", "OTHER"]
        | None
    ) = attrs.field(default=None)
    full_name: str | None = attrs.field(default=None)
    middle_name: str | None = attrs.field(default=None)
    gender: Literal["M", "F", "X"] | None = attrs.field(default=None)
    nationality: str | None = attrs.field(default=None)
    tax_number: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None = attrs.field(default=None)
    no_match_action: Literal["DECLINE", "NO_ACTION"] | None = attrs.field(default=None)
    partial_match_action: Literal["DECLINE", "NO_ACTION"] | None = attrs.field(default=None)
    services: Sequence[str] | None = attrs.field(default=None)
    """Restrict the sources to these service ids."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IdVerificationResponse:
    """Result of a standalone ID verification."""

    request_id: str | None = attrs.field(default=None)
    id_verification: IdVerificationReport | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PassiveLivenessResponse:
    """Passive liveness result."""

    request_id: str | None = attrs.field(default=None)
    liveness: LivenessReport | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class FaceMatchResponse:
    """Face match result."""

    request_id: str | None = attrs.field(default=None)
    face_match: FaceMatchReport | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class FaceSearchResponse:
    """Face search result."""

    request_id: str | None = attrs.field(default=None)
    face_search: FaceSearchReport | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AgeEstimationResponse:
    """Age estimation result (under `liveness`, as Didit returns it)."""

    request_id: str | None = attrs.field(default=None)
    liveness: AgeEstimationReport | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlResponse:
    """AML screening result."""

    request_id: str | None = attrs.field(default=None)
    aml: AmlReport | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PoaResponse:
    """Proof-of-address result."""

    request_id: str | None = attrs.field(default=None)
    poa: PoaReport | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DatabaseValidationResponse:
    """Database validation result (a 502 carries `validation_errors`)."""

    request_id: str | None = attrs.field(default=None)
    database_validation: DatabaseValidationReport | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailSendResponse:
    """EmailSendResponse"""

    request_id: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    """Success, Retry or Undeliverable."""
    reason: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailCheckResponse:
    """EmailCheckResponse"""

    request_id: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    """Approved, Failed, Declined or `Expired or Not Found`."""
    message: str | None = attrs.field(default=None)
    email: EmailReport | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneSendResponse:
    """PhoneSendResponse"""

    request_id: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    reason: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneCheckResponse:
    """PhoneCheckResponse"""

    request_id: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    message: str | None = attrs.field(default=None)
    phone: PhoneReport | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class HealthcheckResponse:
    """HealthcheckResponse"""

    status: str
    timestamp: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WebhookSessionPayload:
    """Payload of status.updated and data.updated. `decision` is present when the status is
    Approved, Declined, In Review or Abandoned.
    """

    webhook_type: str
    """status.updated or data.updated."""
    session_id: str
    event_id: str | None = attrs.field(default=None)
    """Stable across retries and destinations: deduplicate on it."""
    timestamp: int | None = attrs.field(default=None)
    """Unix seconds; must equal X-Timestamp."""
    created_at: int | str | None = attrs.field(default=None)
    application_id: str | None = attrs.field(default=None)
    environment: Environment | None = attrs.field(default=None)
    business_session_id: str | None = attrs.field(default=None)
    session_kind: SessionKind | None = attrs.field(default=None)
    status: SessionStatus | None = attrs.field(default=None)
    workflow_id: str | None = attrs.field(default=None)
    workflow_version: int | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | str | None = attrs.field(default=None)
    decision: SessionDecision | None = attrs.field(default=None)
    resubmit_info: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WebhookFieldChange:
    """WebhookFieldChange"""

    previous: Any | None = attrs.field(default=None)
    current: Any | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WebhookEntityPayload:
    """Payload of the user./business. status and data events: flat, no `data` wrapper (current
    docs). Sources disagree: an older page shows `{event, application_id, timestamp (ISO
    string), data{...}}`; those keys are tolerated.
    """

    webhook_type: str
    event_id: str | None = attrs.field(default=None)
    timestamp: int | str | None = attrs.field(default=None)
    application_id: str | None = attrs.field(default=None)
    environment: Environment | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    uuid: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    previous_status: str | None = attrs.field(default=None)
    changed_fields: list[str] | None = attrs.field(default=None)
    changes: dict[str, WebhookFieldChange] | None = attrs.field(default=None)
    event: str | None = attrs.field(default=None)
    """Older envelope: the event name."""
    data: dict[str, Any] | None = attrs.field(default=None)
    """Older envelope: the entity."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WebhookGenericPayload:
    """Envelope of the other events (activity, transaction, travel rule); their data is kept as is."""

    webhook_type: str
    event_id: str | None = attrs.field(default=None)
    timestamp: int | str | None = attrs.field(default=None)
    application_id: str | None = attrs.field(default=None)
    environment: Environment | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionImportCreateRequest:
    """SessionImportCreateRequest"""

    source_file_url: str
    """Publicly fetchable URL of the CSV or NDJSON file (not checked as a URI here, so a `data:`
    URL, which the sandbox reads, passes).
    """
    import_type: (
        SessionImportType
        | Literal["user_verification", "business_verification", "status_rules", "transactions"]
        | None
    ) = attrs.field(default=None)
    """What the rows are (Didit's default: user_verification)."""
    source_format: Literal["csv", "ndjson"] | None = attrs.field(default=None)
    """Default csv."""
    workflow_id: str | None = attrs.field(default=None)
    """Workflow the imported sessions belong to."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionImport:
    """An import job. Only the id is certain; counters are our reading and unknown fields are kept."""

    uuid: str
    status: str | None = attrs.field(default=None)
    """pending, processing, completed, completed_with_errors or failed (our reading; other values
    kept).
    """
    import_type: str | None = attrs.field(default=None)
    source_format: str | None = attrs.field(default=None)
    source_file_url: str | None = attrs.field(default=None)
    workflow_id: str | None = attrs.field(default=None)
    total_rows: int | None = attrs.field(default=None)
    processed_rows: int | None = attrs.field(default=None)
    success_count: int | None = attrs.field(default=None)
    error_count: int | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    completed_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionImportTemplate:
    """The canonical import columns (our reading of an unpublished shape; other fields kept)."""

    columns: list[str] | None = attrs.field(default=None)
    required_columns: list[str] | None = attrs.field(default=None)
    formats: list[str] | None = attrs.field(default=None)
    example: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionImportRowError:
    """SessionImportRowError"""

    row: int | None = attrs.field(default=None)
    """1-based data row (the header is row 0)."""
    field: str | None = attrs.field(default=None)
    errors: list[str] | None = attrs.field(default=None)
    raw: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionImportErrorPage:
    """A page of an import job's row errors."""

    results: list[SessionImportRowError]
    count: int | None = attrs.field(default=None)
    """Total matching items."""
    next: str | None = attrs.field(default=None)
    """Full URL of the next page, or null."""
    previous: str | None = attrs.field(default=None)
    """Full URL of the previous page, or null."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BusinessCreateRequest:
    """Didit's tooling marks no field required; without vendor_data Didit assigns none we can
    address later, so the sandbox requires it (400) and so does this description's reading.
    """

    vendor_data: str
    """Your unique identifier of the business."""
    display_name: str | None = attrs.field(default=None)
    legal_name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    country_code: str | None = attrs.field(default=None)
    """ISO 3166-1 alpha-2."""
    status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BusinessUpdateRequest:
    """A partial update."""

    display_name: str | None = attrs.field(default=None)
    legal_name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    country_code: str | None = attrs.field(default=None)
    """ISO 3166-1 alpha-2."""
    status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BusinessUpdateStatusRequest:
    """BusinessUpdateStatusRequest"""

    status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"]
    reason: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BusinessBatchDeleteRequest:
    """Give either list (or both), or `delete_all: true`."""

    vendor_data_list: Sequence[str] | None = attrs.field(default=None)
    didit_internal_id_list: Sequence[str] | None = attrs.field(default=None)
    delete_all: bool | None = attrs.field(default=None)
    """Delete every business of the application."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BusinessBatchDeleteResponse:
    """BusinessBatchDeleteResponse"""

    deleted_count: int | None = attrs.field(default=None)
    message: str | None = attrs.field(default=None)
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
class BusinessListPage:
    """A page of businesses."""

    results: list[Business]
    count: int | None = attrs.field(default=None)
    """Total matching items."""
    next: str | None = attrs.field(default=None)
    """Full URL of the next page, or null."""
    previous: str | None = attrs.field(default=None)
    """Full URL of the previous page, or null."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybSearchRequest:
    """Give a name, a registration number, or both."""

    country_code: str
    """ISO 3166-1 alpha-2."""
    name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    search_type: Literal["contains", "start_with", "fuzzy"] | None = attrs.field(default=None)
    """How `name` matches."""
    vendor_data: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None = attrs.field(default=None)
    webhook_url: str | None = attrs.field(default=None)
    """Notified when the registry answer resolves."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybCandidate:
    """KybCandidate"""

    kyb_response_id: str
    """Handle to pass to select."""
    name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    country_code: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    address: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybSearchResponse:
    """Registry candidates (our reading; unknown fields kept)."""

    results: list[KybCandidate]
    count: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybSelectRequest:
    """KybSelectRequest"""

    kyb_response_id: str
    vendor_data: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None = attrs.field(default=None)
    save_api_request: bool | None = attrs.field(default=None)
    """Store the call as a manual check in the Console."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybOfficer:
    """KybOfficer"""

    name: str | None = attrs.field(default=None)
    role: str | None = attrs.field(default=None)
    appointed_on: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybCompanyRecord:
    """A company's registry record (our reading; unknown fields kept)."""

    kyb_response_id: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    legal_name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    country_code: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    incorporation_date: str | None = attrs.field(default=None)
    address: str | None = attrs.field(default=None)
    officers: list[KybOfficer] | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    business: Business | None = attrs.field(default=None)
    """The business entity the record was stored on, when vendor_data was given (our reading).
    """
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequest:
    """TransactionCreateRequest"""

    transaction_id: str
    """Your unique identifier of the transaction."""
    transaction_category: (
        TransactionCategory
        | Literal[
            "finance",
            "kyc",
            "travel_rule",
            "user_event",
            "audit_trail_event",
            "gambling_bet",
            "gambling_limit_change",
            "gambling_bonus_change",
        ]
    )
    transaction_details: Mapping[str, Any]
    """Category-specific payload (for finance: amount, currency, direction, ...)."""
    subject: Mapping[str, Any]
    """Who initiates it, usually `{"vendor_data": ...}`."""
    counterparty: Mapping[str, Any] | None = attrs.field(default=None)
    """The other party."""
    transaction_at: str | None = attrs.field(default=None)
    time_zone: str | None = attrs.field(default=None)
    custom_properties: Mapping[str, Any] | None = attrs.field(default=None)
    """Values rules read as `custom_values.<key>`."""
    travel_rule_details: Mapping[str, Any] | None = attrs.field(default=None)
    network_snapshot: Mapping[str, Any] | None = attrs.field(default=None)
    include_crypto_screening: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRuleHit:
    """TransactionRuleHit"""

    rule: str | None = attrs.field(default=None)
    action: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class Transaction:
    """A monitored transaction and its rule evaluation (our reading of an unpublished shape;
    unknown fields kept).
    """

    transaction_id: str
    uuid: str | None = attrs.field(default=None)
    transaction_category: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    """APPROVED, IN_REVIEW or DECLINED after evaluation (our reading; other values kept)."""
    risk_score: float | None = attrs.field(default=None)
    rule_hits: list[TransactionRuleHit] | None = attrs.field(default=None)
    transaction_details: dict[str, Any] | None = attrs.field(default=None)
    subject: dict[str, Any] | None = attrs.field(default=None)
    counterparty: dict[str, Any] | None = attrs.field(default=None)
    custom_properties: dict[str, Any] | None = attrs.field(default=None)
    transaction_at: str | None = attrs.field(default=None)
    time_zone: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionListPage:
    """A page of transactions."""

    results: list[Transaction]
    count: int | None = attrs.field(default=None)
    """Total matching items."""
    next: str | None = attrs.field(default=None)
    """Full URL of the next page, or null."""
    previous: str | None = attrs.field(default=None)
    """Full URL of the previous page, or null."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WalletScreeningRequest:
    """WalletScreeningRequest"""

    wallet_address: str
    """Must match the chain's address format."""
    blockchain: Literal[
        "BTC", "ETH", "LTC", "XRP", "BCH", "DOGE", "TRX", "SOL", "MATIC", "BNB", "USDT", "USDC"
    ]
    direction: Literal["inbound", "outbound", "deposit", "withdrawal"] | None = attrs.field(
        default=None
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WalletScreeningResult:
    """Fields named by Didit's tooling; their shapes are our reading (unknown fields kept)."""

    wallet_address: str | None = attrs.field(default=None)
    blockchain: str | None = attrs.field(default=None)
    risk_score: float | None = attrs.field(default=None)
    severity: str | None = attrs.field(default=None)
    sanctions_hit: bool | None = attrs.field(default=None)
    source_of_funds: list[dict[str, Any]] | None = attrs.field(default=None)
    destination_of_funds: list[dict[str, Any]] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EventIngestRequest:
    """Our reading of an unpublished body; other fields are passed through."""

    event_type: str
    """What happened (login, password_change, ...)."""
    event_id: str | None = attrs.field(default=None)
    """Your identifier of the event."""
    vendor_data: str | None = attrs.field(default=None)
    """The user or business it concerns."""
    occurred_at: str | None = attrs.field(default=None)
    properties: Mapping[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EventBatchIngestRequest:
    """EventBatchIngestRequest"""

    events: Sequence[EventIngestRequest | Mapping[str, Any]]
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IngestedEvent:
    """A recorded event (unknown fields kept)."""

    uuid: str | None = attrs.field(default=None)
    event_type: str | None = attrs.field(default=None)
    event_id: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    occurred_at: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EventBatchIngestResponse:
    """EventBatchIngestResponse"""

    accepted: int | None = attrs.field(default=None)
    results: list[IngestedEvent] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ListCreateRequest:
    """ListCreateRequest"""

    name: str
    list_type: Literal["allowlist", "custom"]
    """Blocklists are provisioned by Didit."""
    entry_type: (
        ListEntryType
        | Literal[
            "face",
            "document",
            "phone",
            "email",
            "ip_address",
            "device_fingerprint",
            "wallet_address",
            "bank_account",
            "user",
            "business",
            "country",
            "key",
        ]
    )
    description: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ListUpdateRequest:
    """ListUpdateRequest"""

    name: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DiditList:
    """A list (named DiditList in code so it does not shadow Python's list; unknown fields kept)."""

    uuid: str
    name: str | None = attrs.field(default=None)
    list_type: ListType | None = attrs.field(default=None)
    entry_type: ListEntryType | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    is_system: bool | None = attrs.field(default=None)
    """A provisioned blocklist (immutable)."""
    entry_count: int | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ListPage:
    """A page of lists."""

    results: list[DiditList]
    count: int | None = attrs.field(default=None)
    """Total matching items."""
    next: str | None = attrs.field(default=None)
    """Full URL of the next page, or null."""
    previous: str | None = attrs.field(default=None)
    """Full URL of the previous page, or null."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ListEntryCreateRequest:
    """Give `value`, `reference_session_id`, or both (Didit answers 400 for neither)."""

    value: str | None = attrs.field(default=None)
    """Optional when reference_session_id is given."""
    reference_session_id: str | None = attrs.field(default=None)
    """Session to extract the value from."""
    reference_object_uuid: str | None = attrs.field(default=None)
    """Source entity (transaction, user, business), for traceability."""
    display_label: str | None = attrs.field(default=None)
    comment: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ListFaceUploadRequest:
    """ListFaceUploadRequest"""

    image: str
    """The face image file, base64-encoded (JPEG or PNG)."""
    display_label: str | None = attrs.field(default=None)
    comment: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ListEntry:
    """One entry of a list (unknown fields kept)."""

    uuid: str
    list_uuid: str | None = attrs.field(default=None)
    entry_type: str | None = attrs.field(default=None)
    value: str | None = attrs.field(default=None)
    display_label: str | None = attrs.field(default=None)
    comment: str | None = attrs.field(default=None)
    reference_session_id: str | None = attrs.field(default=None)
    reference_object_uuid: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ListEntryPage:
    """A page of list entries."""

    results: list[ListEntry]
    count: int | None = attrs.field(default=None)
    """Total matching items."""
    next: str | None = attrs.field(default=None)
    """Full URL of the next page, or null."""
    previous: str | None = attrs.field(default=None)
    """Full URL of the previous page, or null."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class CustomizationUpdateRequest:
    """Any of the three images (Didit's tooling refuses to send none; so does the sandbox, with
    400). The 5 MB bound is ours.
    """

    image_square: FileInput | None = attrs.field(default=None)
    image_rectangular: FileInput | None = attrs.field(default=None)
    image_favicon: FileInput | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class Customization:
    """Branding of the verification UI: image URLs (unknown fields kept)."""

    image_square: str | None = attrs.field(default=None)
    image_rectangular: str | None = attrs.field(default=None)
    image_favicon: str | None = attrs.field(default=None)
    primary_color: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class RiskSignals:
    """RiskSignals"""

    ip: str | None = attrs.field(default=None)
    device_id: str | None = attrs.field(default=None)
    device_platform: str | None = attrs.field(default=None)
    device_model: str | None = attrs.field(default=None)
    os_version: str | None = attrs.field(default=None)
    app_version: str | None = attrs.field(default=None)
    user_agent: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailRiskRequest:
    """EmailRiskRequest"""

    email: str
    country_code: str | None = attrs.field(default=None)
    signals: RiskSignals | Mapping[str, Any] | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
    enable_social: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailRiskReportBreach:
    """EmailRiskReportBreach"""

    name: str | None = attrs.field(default=None)
    domain: str | None = attrs.field(default=None)
    breach_date: str | None = attrs.field(default=None)
    breach_emails_count: int | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    logo_path: str | None = attrs.field(default=None)
    data_classes: list[str] | None = attrs.field(default=None)
    is_verified: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class RiskWarning:
    """RiskWarning"""

    feature: str
    risk: str
    log_type: str
    short_description: str
    long_description: str
    additional_data: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class RiskLifecycleEvent:
    """RiskLifecycleEvent"""

    type: str
    timestamp: str
    details: dict[str, Any] | None
    fee: float
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailRiskMatch:
    """EmailRiskMatch"""

    session_id: str | None = attrs.field(default=None)
    session_number: int | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    verification_date: str | None = attrs.field(default=None)
    email: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    is_blocklisted: bool | None = attrs.field(default=None)
    api_service: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailRiskIntelligence:
    """EmailRiskIntelligence"""

    score: float | None = attrs.field(default=None)
    deliverable: str | None = attrs.field(default=None)
    breach_risk_level: str | None = attrs.field(default=None)
    breach_risk_index: float | None = attrs.field(default=None)
    is_recent_breach: bool | None = attrs.field(default=None)
    is_frequent_breached: bool | None = attrs.field(default=None)
    is_disposable: bool | None = attrs.field(default=None)
    is_free_domain: bool | None = attrs.field(default=None)
    is_breached: bool | None = attrs.field(default=None)
    no_of_breaches: float | None = attrs.field(default=None)
    reason_codes: list[str] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class RiskSocialFootprintPlatform:
    """RiskSocialFootprintPlatform"""

    platform: str | None = attrs.field(default=None)
    category: str | None = attrs.field(default=None)
    scope: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class RiskSocialFootprintCategory:
    """RiskSocialFootprintCategory"""

    registered: int | None = attrs.field(default=None)
    ratio: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class RiskSocialFootprintProfile:
    """RiskSocialFootprintProfile"""

    name: str | None = attrs.field(default=None)
    photo: str | None = attrs.field(default=None)
    about: str | None = attrs.field(default=None)
    privacy_status: str | None = attrs.field(default=None)
    business_account: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailRiskSocialFootprint:
    """EmailRiskSocialFootprint"""

    profiles_registered: int | None = attrs.field(default=None)
    profiles_checked: int | None = attrs.field(default=None)
    names_found: int | None = attrs.field(default=None)
    photos_found: int | None = attrs.field(default=None)
    communication_breadth: int | None = attrs.field(default=None)
    digital_footprint_diversity: int | None = attrs.field(default=None)
    digital_sophistication_index: int | None = attrs.field(default=None)
    engagement_depth_index: int | None = attrs.field(default=None)
    subscription_affordability_index: int | None = attrs.field(default=None)
    free_platforms: int | None = attrs.field(default=None)
    full_paid_platforms: int | None = attrs.field(default=None)
    partial_paid_platforms: int | None = attrs.field(default=None)
    whatsapp_profile_completeness: str | None = attrs.field(default=None)
    registered_platforms: list[RiskSocialFootprintPlatform] | None = attrs.field(default=None)
    not_registered_platforms: list[RiskSocialFootprintPlatform] | None = attrs.field(default=None)
    categories: dict[str, RiskSocialFootprintCategory] | None = attrs.field(default=None)
    profiles: dict[str, RiskSocialFootprintProfile] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailRiskReport:
    """EmailRiskReport"""

    status: str
    email: str
    is_breached: bool
    breaches: list[EmailRiskReportBreach]
    is_disposable: bool
    is_undeliverable: bool
    verification_attempts: int | None = attrs.field(default=None)
    verified_at: str | None = attrs.field(default=None)
    warnings: list[RiskWarning] | None = attrs.field(default=None)
    lifecycle: list[RiskLifecycleEvent] | None = attrs.field(default=None)
    matches: list[EmailRiskMatch] | None = attrs.field(default=None)
    email_intelligence: EmailRiskIntelligence | None = attrs.field(default=None)
    enrichment: EmailRiskIntelligence | None = attrs.field(default=None)
    email_social: EmailRiskSocialFootprint | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailRiskResponse:
    """EmailRiskResponse"""

    request_id: str
    status: str
    created_at: str
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    email: EmailRiskReport | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IpRiskRequest:
    """IpRiskRequest"""

    ip_address: str
    claimed_country: str | None = attrs.field(default=None)
    user_agent: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IpRiskReport:
    """IpRiskReport"""

    status: str
    threat: dict[str, Any]
    ip_address: str | None = attrs.field(default=None)
    ip_country: str | None = attrs.field(default=None)
    ip_country_code: str | None = attrs.field(default=None)
    ip_state: str | None = attrs.field(default=None)
    ip_city: str | None = attrs.field(default=None)
    latitude: float | None = attrs.field(default=None)
    longitude: float | None = attrs.field(default=None)
    isp: str | None = attrs.field(default=None)
    organization: str | None = attrs.field(default=None)
    is_vpn_or_tor: bool | None = attrs.field(default=None)
    is_data_center: bool | None = attrs.field(default=None)
    time_zone: str | None = attrs.field(default=None)
    time_zone_offset: str | None = attrs.field(default=None)
    asn_number: float | None = attrs.field(default=None)
    asn_organization: str | None = attrs.field(default=None)
    connection_type: str | None = attrs.field(default=None)
    carrier: str | None = attrs.field(default=None)
    proxy_type: str | None = attrs.field(default=None)
    claimed_country: str | None = attrs.field(default=None)
    country_mismatch: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IpRiskResponse:
    """IpRiskResponse"""

    request_id: str
    status: str
    created_at: str
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    ip: IpRiskReport | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneRiskRequest:
    """PhoneRiskRequest"""

    phone_number: str
    country_code: str | None = attrs.field(default=None)
    signals: RiskSignals | Mapping[str, Any] | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
    enable_social: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneRiskReportCarrier:
    """PhoneRiskReportCarrier"""

    name: str | None = attrs.field(default=None)
    type: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneRiskMatch:
    """PhoneRiskMatch"""

    session_id: str | None = attrs.field(default=None)
    session_number: int | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    verification_date: str | None = attrs.field(default=None)
    phone_number: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    is_blocklisted: bool | None = attrs.field(default=None)
    api_service: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneRiskIntelligence:
    """PhoneRiskIntelligence"""

    score: float | None = attrs.field(default=None)
    phone_type_risk: str | None = attrs.field(default=None)
    phone_trust_index: float | None = attrs.field(default=None)
    network_stability_index: float | None = attrs.field(default=None)
    is_disposable: bool | None = attrs.field(default=None)
    is_ported: bool | None = attrs.field(default=None)
    is_recently_ported: bool | None = attrs.field(default=None)
    carrier_type: str | None = attrs.field(default=None)
    reason_codes: list[str] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneRiskSocialFootprint:
    """PhoneRiskSocialFootprint"""

    profiles_registered: int | None = attrs.field(default=None)
    profiles_checked: int | None = attrs.field(default=None)
    names_found: int | None = attrs.field(default=None)
    photos_found: int | None = attrs.field(default=None)
    communication_breadth: int | None = attrs.field(default=None)
    digital_footprint_diversity: int | None = attrs.field(default=None)
    digital_sophistication_index: int | None = attrs.field(default=None)
    engagement_depth_index: int | None = attrs.field(default=None)
    subscription_affordability_index: int | None = attrs.field(default=None)
    free_platforms: int | None = attrs.field(default=None)
    full_paid_platforms: int | None = attrs.field(default=None)
    partial_paid_platforms: int | None = attrs.field(default=None)
    whatsapp_profile_completeness: str | None = attrs.field(default=None)
    registered_platforms: list[RiskSocialFootprintPlatform] | None = attrs.field(default=None)
    not_registered_platforms: list[RiskSocialFootprintPlatform] | None = attrs.field(default=None)
    categories: dict[str, RiskSocialFootprintCategory] | None = attrs.field(default=None)
    profiles: dict[str, RiskSocialFootprintProfile] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneRiskReport:
    """PhoneRiskReport"""

    status: str
    phone_number_prefix: str | None = attrs.field(default=None)
    phone_number: str | None = attrs.field(default=None)
    full_number: str | None = attrs.field(default=None)
    country_code: str | None = attrs.field(default=None)
    country_name: str | None = attrs.field(default=None)
    carrier: PhoneRiskReportCarrier | None = attrs.field(default=None)
    is_disposable: bool | None = attrs.field(default=None)
    is_virtual: bool | None = attrs.field(default=None)
    verification_method: str | None = attrs.field(default=None)
    verification_attempts: int | None = attrs.field(default=None)
    verified_at: str | None = attrs.field(default=None)
    warnings: list[RiskWarning] | None = attrs.field(default=None)
    lifecycle: list[RiskLifecycleEvent] | None = attrs.field(default=None)
    matches: list[PhoneRiskMatch] | None = attrs.field(default=None)
    phone_intelligence: PhoneRiskIntelligence | None = attrs.field(default=None)
    enrichment: PhoneRiskIntelligence | None = attrs.field(default=None)
    phone_social: PhoneRiskSocialFootprint | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneRiskResponse:
    """PhoneRiskResponse"""

    request_id: str
    status: str
    created_at: str
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    phone: PhoneRiskReport | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DocumentAiRequest:
    """DocumentAiRequest"""

    document: FileInput
    fields: str
    expected_first_name: str | None = attrs.field(default=None)
    expected_last_name: str | None = attrs.field(default=None)
    expected_company_name: str | None = attrs.field(default=None)
    expected_company_country: str | None = attrs.field(default=None)
    document_ai_name_match_score_threshold: int | None = attrs.field(default=None)
    document_ai_unreadable_document_action: Literal["DECLINE", "REVIEW", "NO_ACTION"] | None = (
        attrs.field(default=None)
    )
    document_ai_missing_required_fields_action: Literal["DECLINE", "REVIEW", "NO_ACTION"] | None = (
        attrs.field(default=None)
    )
    document_ai_document_tampering_action: Literal["DECLINE", "REVIEW", "NO_ACTION"] | None = (
        attrs.field(default=None)
    )
    document_ai_name_mismatch_action: Literal["DECLINE", "REVIEW", "NO_ACTION"] | None = (
        attrs.field(default=None)
    )
    document_ai_unsupported_file_action: Literal["DECLINE", "REVIEW", "NO_ACTION"] | None = (
        attrs.field(default=None)
    )
    save_api_request: bool | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DocumentAiDetectedCode:
    """DocumentAiDetectedCode"""

    type: str
    page_number: int
    position: list[list[int]] | None
    x: int | None
    y: int | None
    width: int | None
    height: int | None
    page_width: int
    page_height: int
    raw_payload: str
    parsed_payload: Any
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DocumentAiResultField:
    """DocumentAiResultField"""

    key: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    instruction: str | None = attrs.field(default=None)
    type: str | None = attrs.field(default=None)
    required: bool | None = attrs.field(default=None)
    is_full_name: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DocumentAiResultWarning:
    """DocumentAiResultWarning"""

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
class DocumentAiResult:
    """DocumentAiResult"""

    status: str | None = attrs.field(default=None)
    extracted_data: dict[str, Any] | None = attrs.field(default=None)
    detected_codes: list[DocumentAiDetectedCode] | None = attrs.field(default=None)
    fields: list[DocumentAiResultField] | None = attrs.field(default=None)
    name_match_score: float | None = attrs.field(default=None)
    name_on_document: str | None = attrs.field(default=None)
    warnings: list[DocumentAiResultWarning] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DocumentAiResponse:
    """DocumentAiResponse"""

    request_id: str | None = attrs.field(default=None)
    document_ai: DocumentAiResult | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybShareholdersRequest:
    """KybShareholdersRequest"""

    kyb_response_id: str
    vendor_data: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
    save_api_request: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybShareholdersRegistryOfficer:
    """KybShareholdersRegistryOfficer"""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    designation: str | None = attrs.field(default=None)
    role: str | None = attrs.field(default=None)
    nationality: str | None = attrs.field(default=None)
    is_active: bool | None = attrs.field(default=None)
    kyc_status: str | None = attrs.field(default=None)
    kyc_session_url: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    address: str | None = attrs.field(default=None)
    appointment_date: str | None = attrs.field(default=None)
    termination_date: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    date_of_birth_year: int | None = attrs.field(default=None)
    date_of_birth_month: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybShareholdersRegistryBeneficialOwner:
    """KybShareholdersRegistryBeneficialOwner"""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    roles: list[str] | None = attrs.field(default=None)
    ownership_min_shares: str | None = attrs.field(default=None)
    ownership_max_shares: str | None = attrs.field(default=None)
    is_active: bool | None = attrs.field(default=None)
    kyc_status: str | None = attrs.field(default=None)
    kyc_session_url: str | None = attrs.field(default=None)
    effective_ownership_percent: float | None = attrs.field(default=None)
    company_name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    country_of_birth: str | None = attrs.field(default=None)
    email: str | None = attrs.field(default=None)
    nationality: str | None = attrs.field(default=None)
    designation: str | None = attrs.field(default=None)
    voting_min_shares: str | None = attrs.field(default=None)
    voting_max_shares: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    appointment_date: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybShareholdersRegistryAddress:
    """KybShareholdersRegistryAddress"""

    address: str | None = attrs.field(default=None)
    type: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybShareholdersRegistry:
    """KybShareholdersRegistry"""

    uuid: str | None = attrs.field(default=None)
    node_id: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    registry_status: str | None = attrs.field(default=None)
    data_resolved: bool | None = attrs.field(default=None)
    company_name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    country_code: str | None = attrs.field(default=None)
    region: str | None = attrs.field(default=None)
    company_type: str | None = attrs.field(default=None)
    incorporation_date: str | None = attrs.field(default=None)
    registered_address: str | None = attrs.field(default=None)
    tax_number: str | None = attrs.field(default=None)
    risk_level: str | None = attrs.field(default=None)
    verification_status: str | None = attrs.field(default=None)
    is_from_registry: bool | None = attrs.field(default=None)
    fetch_status: str | None = attrs.field(default=None)
    alternative_names: str | None = attrs.field(default=None)
    nature_of_business: str | None = attrs.field(default=None)
    registered_capital: str | None = attrs.field(default=None)
    registered_capital_amount: str | None = attrs.field(default=None)
    registered_capital_currency: str | None = attrs.field(default=None)
    website: str | None = attrs.field(default=None)
    email: str | None = attrs.field(default=None)
    phone: str | None = attrs.field(default=None)
    legal_entity_identifier: str | None = attrs.field(default=None)
    location_of_registration: str | None = attrs.field(default=None)
    vat_number: str | None = attrs.field(default=None)
    vat_validation_status: str | None = attrs.field(default=None)
    vat_validated_name: str | None = attrs.field(default=None)
    vat_validated_address: str | None = attrs.field(default=None)
    vat_checked_at: str | None = attrs.field(default=None)
    financial_summary: dict[str, Any] | None = attrs.field(default=None)
    officers: list[KybShareholdersRegistryOfficer] | None = attrs.field(default=None)
    beneficial_owners: list[KybShareholdersRegistryBeneficialOwner] | None = attrs.field(
        default=None
    )
    addresses: list[KybShareholdersRegistryAddress] | None = attrs.field(default=None)
    industries: list[dict[str, Any]] | None = attrs.field(default=None)
    accounts: dict[str, Any] | None = attrs.field(default=None)
    registry_data: dict[str, Any] | None = attrs.field(default=None)
    user_provided_data: dict[str, Any] | None = attrs.field(default=None)
    confirmed_by_user_at: str | None = attrs.field(default=None)
    last_console_edit_at: str | None = attrs.field(default=None)
    is_editable: bool | None = attrs.field(default=None)
    registry_tier_delivered: str | None = attrs.field(default=None)
    registry_ownership_status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybShareholdersResponse:
    """KybShareholdersResponse"""

    request_id: str | None = attrs.field(default=None)
    registry_tier_requested: str | None = attrs.field(default=None)
    registry_tier_delivered: str | None = attrs.field(default=None)
    kyb_registry: KybShareholdersRegistry | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybUboRequest:
    """KybUboRequest"""

    kyb_response_id: str
    vendor_data: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
    save_api_request: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRuleScope:
    """TransactionRuleScope"""

    transaction_types: list[str] | None = attrs.field(default=None)
    directions: list[str] | None = attrs.field(default=None)
    action_types: list[str] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRuleCondition:
    """TransactionRuleCondition"""

    field: str
    operator: str
    value: Any | None = attrs.field(default=None)
    value_type: str | None = attrs.field(default=None)
    score: float | None = attrs.field(default=None)
    group_index: int | None = attrs.field(default=None)
    group_logic: str | None = attrs.field(default=None)
    groups_logic: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRuleAggregation:
    """TransactionRuleAggregation"""

    value: float
    metric: str | None = attrs.field(default=None)
    field: str | None = attrs.field(default=None)
    operator: str | None = attrs.field(default=None)
    window: str | None = attrs.field(default=None)
    filters: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRuleAction:
    """What a rule does when it matches. Didit's facts give six shapes told apart by `type` (a
    oneOf); they are merged into one model here, since every shape requires `type` and our
    generator tells union members apart by a required key. `value` is an integer for `add_score`
    and a status (APPROVED, IN_REVIEW, DECLINED, AWAITING_USER) for `change_status`; `note` goes
    with `add_note`, `list_id` with `add_to_list`, `tag_*` with `add_tags`,
    `blueprint`/`grouping` with `open_case`.
    """

    type: str
    value: Any | None = attrs.field(default=None)
    workflow_id: str | None = attrs.field(default=None)
    tag_uuid: str | None = attrs.field(default=None)
    tag_name: str | None = attrs.field(default=None)
    tag_color: str | None = attrs.field(default=None)
    note: str | None = attrs.field(default=None)
    list_id: str | None = attrs.field(default=None)
    blueprint: str | None = attrs.field(default=None)
    grouping: str | None = attrs.field(default=None)
    attach_matched_transaction: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRule:
    """TransactionRule"""

    uuid: str | None = attrs.field(default=None)
    title: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    category: str | None = attrs.field(default=None)
    mode: str | None = attrs.field(default=None)
    evaluation_mode: str | None = attrs.field(default=None)
    scope: TransactionRuleScope | None = attrs.field(default=None)
    conditions: list[TransactionRuleCondition] | None = attrs.field(default=None)
    aggregation: list[TransactionRuleAggregation] | None = attrs.field(default=None)
    actions: list[TransactionRuleAction] | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    severity: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    library_key: str | None = attrs.field(default=None)
    latest_triggered_at: str | None = attrs.field(default=None)
    run_count: int | None = attrs.field(default=None)
    approved_count: int | None = attrs.field(default=None)
    reviewed_count: int | None = attrs.field(default=None)
    declined_count: int | None = attrs.field(default=None)
    awaiting_user_count: int | None = attrs.field(default=None)
    approved_pct: float | None = attrs.field(default=None)
    reviewed_pct: float | None = attrs.field(default=None)
    declined_pct: float | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRulePage:
    """TransactionRulePage"""

    count: int | None = attrs.field(default=None)
    next: str | None = attrs.field(default=None)
    previous: str | None = attrs.field(default=None)
    results: list[TransactionRule] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRuleCreateRequest:
    """TransactionRuleCreateRequest"""

    title: str
    category: str
    mode: Literal["ACTIVE", "DISABLED", "TEST"]
    description: str | None | Unset = attrs.field(default=UNSET)
    evaluation_mode: Literal["ALL", "ANY"] | None = attrs.field(default=None)
    scope: TransactionRuleScope | Mapping[str, Any] | None = attrs.field(default=None)
    conditions: Sequence[TransactionRuleCondition | Mapping[str, Any]] | None = attrs.field(
        default=None
    )
    aggregation: Sequence[TransactionRuleAggregation | Mapping[str, Any]] | None = attrs.field(
        default=None
    )
    actions: Sequence[TransactionRuleAction | Mapping[str, Any]] | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRuleUpdateRequest:
    """TransactionRuleUpdateRequest"""

    title: str | None = attrs.field(default=None)
    description: str | None | Unset = attrs.field(default=UNSET)
    category: str | None = attrs.field(default=None)
    mode: Literal["ACTIVE", "DISABLED", "TEST"] | None = attrs.field(default=None)
    evaluation_mode: Literal["ALL", "ANY"] | None = attrs.field(default=None)
    scope: TransactionRuleScope | Mapping[str, Any] | None = attrs.field(default=None)
    conditions: Sequence[TransactionRuleCondition | Mapping[str, Any]] | None = attrs.field(
        default=None
    )
    aggregation: Sequence[TransactionRuleAggregation | Mapping[str, Any]] | None = attrs.field(
        default=None
    )
    actions: Sequence[TransactionRuleAction | Mapping[str, Any]] | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRuleBacktestRequest:
    """TransactionRuleBacktestRequest"""

    conditions: Sequence[TransactionRuleCondition | Mapping[str, Any]] | None = attrs.field(
        default=None
    )
    aggregation: Sequence[TransactionRuleAggregation | Mapping[str, Any]] | None = attrs.field(
        default=None
    )
    evaluation_mode: Literal["ALL", "ANY"] | None = attrs.field(default=None)
    scope: TransactionRuleScope | Mapping[str, Any] | None = attrs.field(default=None)
    period_days: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRuleBacktestResult:
    """TransactionRuleBacktestResult"""

    evaluated: int | None = attrs.field(default=None)
    matched: int | None = attrs.field(default=None)
    affected_entities: int | None = attrs.field(default=None)
    period_days: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRuleLibraryEntry:
    """TransactionRuleLibraryEntry"""

    library_key: str | None = attrs.field(default=None)
    title: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    category: str | None = attrs.field(default=None)
    evaluation_mode: str | None = attrs.field(default=None)
    scope: TransactionRuleScope | None = attrs.field(default=None)
    conditions: list[TransactionRuleCondition] | None = attrs.field(default=None)
    aggregation: list[TransactionRuleAggregation] | None = attrs.field(default=None)
    actions: list[TransactionRuleAction] | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    bundle: str | None = attrs.field(default=None)
    tags: list[str] | None = attrs.field(default=None)
    industries: list[str] | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    is_installed: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRuleLibraryPage:
    """TransactionRuleLibraryPage"""

    count: int | None = attrs.field(default=None)
    next: str | None = attrs.field(default=None)
    previous: str | None = attrs.field(default=None)
    results: list[TransactionRuleLibraryEntry] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRuleInstallRequest:
    """TransactionRuleInstallRequest"""

    library_keys: Sequence[str] | None = attrs.field(default=None)
    bundle: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRuleInstallResult:
    """TransactionRuleInstallResult"""

    installed_library_keys: list[str] | None = attrs.field(default=None)
    installed_count: int | None = attrs.field(default=None)
    uninstalled_count: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WalletScreeningReportRiskFactor:
    """WalletScreeningReportRiskFactor"""

    source: str | None = attrs.field(default=None)
    category: str | None = attrs.field(default=None)
    label: str | None = attrs.field(default=None)
    entity_name: str | None | Unset = attrs.field(default=UNSET)
    direction: str | None = attrs.field(default=None)
    exposure_type: str | None = attrs.field(default=None)
    amount_usd: float | None | Unset = attrs.field(default=UNSET)
    percentage: float | None = attrs.field(default=None)
    is_high_risk: bool | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WalletScreeningReportFundFlow:
    """WalletScreeningReportFundFlow"""

    category: str | None = attrs.field(default=None)
    entity_name: str | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    entity_subtype: str | None = attrs.field(default=None)
    exposure_direction: str | None = attrs.field(default=None)
    exposure_type: str | None = attrs.field(default=None)
    is_direct: bool | None = attrs.field(default=None)
    amount_usd: float | None = attrs.field(default=None)
    percentage: float | None = attrs.field(default=None)
    hops: int | None = attrs.field(default=None)
    country: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WalletScreeningReportCounterparty:
    """WalletScreeningReportCounterparty"""

    entity_name: str | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    entity_subtype: str | None = attrs.field(default=None)
    risk_level: str | None = attrs.field(default=None)
    categories: list[str] | None = attrs.field(default=None)
    received_usd: float | None = attrs.field(default=None)
    sent_usd: float | None = attrs.field(default=None)
    received_hops: int | None = attrs.field(default=None)
    sent_hops: int | None = attrs.field(default=None)
    percentage: float | None = attrs.field(default=None)
    is_direct: bool | None = attrs.field(default=None)
    country: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WalletScreeningReportRequest:
    """A wallet screening result as it was returned, with its `report_signature`, to render as a
    PDF.
    """

    provider: str
    screening_type: Literal["WALLET_SCREENING"]
    risk_score: int
    severity: Literal["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"]
    status: Literal["SCREENED", "PENDING", "ERROR"]
    summary: str
    wallet_address: str
    blockchain: str
    sanctions_hit: bool
    dominant_risk_category: str | None
    source_of_funds: Sequence[WalletScreeningReportFundFlow | Mapping[str, Any]]
    destination_of_funds: Sequence[WalletScreeningReportFundFlow | Mapping[str, Any]]
    counterparty_connections: Sequence[WalletScreeningReportCounterparty | Mapping[str, Any]]
    report_signature: str
    risk_factors: Sequence[WalletScreeningReportRiskFactor | Mapping[str, Any]] | None = (
        attrs.field(default=None)
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionSdkTokenRequest:
    """TransactionSdkTokenRequest"""

    vendor_data: str
    ttl_seconds: int | None = attrs.field(default=None)
    max_uses: int | None | Unset = attrs.field(default=UNSET)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionSdkToken:
    """A transaction SDK token for device-side code (secret: never logged)."""

    sdk_token: str | None = attrs.field(default=None, repr=mask)
    expires_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionRequestInfo:
    """DeviceTransactionRequestInfo"""

    direction: str
    amount: float
    currency: str
    currency_type: str | None = attrs.field(default=None)
    amount_in_default_currency: float | None | Unset = attrs.field(default=UNSET)
    default_currency_code: str | None = attrs.field(default=None)
    payment_details: str | None | Unset = attrs.field(default=UNSET)
    payment_txn_id: str | None | Unset = attrs.field(default=UNSET)
    type: str | None | Unset = attrs.field(default=UNSET)
    crypto_params: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionRequestSubjectPaymentMethod:
    """DeviceTransactionRequestSubjectPaymentMethod"""

    type: str | None = attrs.field(default=None)
    account_id: str | None = attrs.field(default=None)
    issuing_country: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionRequestSubject:
    """DeviceTransactionRequestSubject"""

    full_name: str
    type: str | None = attrs.field(default=None)
    external_user_id: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    dob: str | None = attrs.field(default=None)
    address: dict[str, Any] | None = attrs.field(default=None)
    institution_info: dict[str, Any] | None = attrs.field(default=None)
    device: dict[str, Any] | None = attrs.field(default=None)
    payment_method: DeviceTransactionRequestSubjectPaymentMethod | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionRequestCounterparty:
    """DeviceTransactionRequestCounterparty"""

    type: str | None = attrs.field(default=None)
    external_user_id: str | None = attrs.field(default=None)
    full_name: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    dob: str | None = attrs.field(default=None)
    address: dict[str, Any] | None = attrs.field(default=None)
    institution_info: dict[str, Any] | None = attrs.field(default=None)
    device: dict[str, Any] | None = attrs.field(default=None)
    payment_method: DeviceTransactionRequestSubjectPaymentMethod | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionRequestTravelRule:
    """DeviceTransactionRequestTravelRule"""

    status: str
    protocol: str | None = attrs.field(default=None)
    required: bool | None = attrs.field(default=None)
    obligations_count: int | None = attrs.field(default=None)
    originator_data: dict[str, Any] | None = attrs.field(default=None)
    beneficiary_data: dict[str, Any] | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionRequest:
    """DeviceTransactionRequest"""

    txn_id: str
    type: str
    info: DeviceTransactionRequestInfo | Mapping[str, Any]
    subject: DeviceTransactionRequestSubject | Mapping[str, Any]
    txn_date: str | None = attrs.field(default=None)
    zone_id: str | None = attrs.field(default=None)
    counterparty: DeviceTransactionRequestCounterparty | Mapping[str, Any] | None = attrs.field(
        default=None
    )
    props: Mapping[str, Any] | None = attrs.field(default=None)
    travel_rule: DeviceTransactionRequestTravelRule | Mapping[str, Any] | None = attrs.field(
        default=None
    )
    include_crypto_screening: bool | None | Unset = attrs.field(default=UNSET)
    fingerprint_v2: Mapping[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionTag:
    """DeviceTransactionTag"""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    color: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionPartyDeviceNetworkContext:
    """DeviceTransactionPartyDeviceNetworkContext"""

    ip_address: str | None = attrs.field(default=None)
    ip_country_code: str | None = attrs.field(default=None)
    latitude: float | None = attrs.field(default=None)
    longitude: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionPartyDevice:
    """DeviceTransactionPartyDevice"""

    fingerprint: str | None = attrs.field(default=None)
    persistent_device_id: str | None = attrs.field(default=None)
    user_agent: str | None = attrs.field(default=None)
    browser_family: str | None = attrs.field(default=None)
    browser_version: str | None = attrs.field(default=None)
    platform: str | None = attrs.field(default=None)
    os_family: str | None = attrs.field(default=None)
    os_version: str | None = attrs.field(default=None)
    accept_language: str | None = attrs.field(default=None)
    session_id: str | None = attrs.field(default=None)
    session_age_ms: float | None = attrs.field(default=None)
    network_context: DeviceTransactionPartyDeviceNetworkContext | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionParty:
    """DeviceTransactionParty"""

    uuid: str | None = attrs.field(default=None)
    role: str | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    kind: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    full_name: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    country_code: str | None = attrs.field(default=None)
    dob: str | None = attrs.field(default=None)
    address: dict[str, Any] | None = attrs.field(default=None)
    institution_info: dict[str, Any] | None = attrs.field(default=None)
    device: DeviceTransactionPartyDevice | None = attrs.field(default=None)
    external_party_snapshot: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionPaymentMethod:
    """DeviceTransactionPaymentMethod"""

    uuid: str | None = attrs.field(default=None)
    payment_method_type: str | None = attrs.field(default=None)
    label: str | None = attrs.field(default=None)
    fingerprint: str | None = attrs.field(default=None)
    account_id: str | None = attrs.field(default=None)
    issuing_country: str | None = attrs.field(default=None)
    owner_kind: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    owner_name: str | None = attrs.field(default=None)
    institution_info: dict[str, Any] | None = attrs.field(default=None)
    details: dict[str, Any] | None = attrs.field(default=None)
    external_owner_snapshot: dict[str, Any] | None = attrs.field(default=None)
    role: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionDocumentFile:
    """DeviceTransactionDocumentFile"""

    uuid: str | None = attrs.field(default=None)
    file_url: str | None = attrs.field(default=None)
    original_filename: str | None = attrs.field(default=None)
    file_size: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionDocument:
    """DeviceTransactionDocument"""

    uuid: str | None = attrs.field(default=None)
    label: str | None = attrs.field(default=None)
    note: str | None = attrs.field(default=None)
    uploaded_by: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    files: list[DeviceTransactionDocumentFile] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionActivity:
    """DeviceTransactionActivity"""

    uuid: str | None = attrs.field(default=None)
    activity_type: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    title: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    occurred_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionAlert:
    """DeviceTransactionAlert"""

    uuid: str | None = attrs.field(default=None)
    title: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    severity: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    due_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionRuleRun:
    """DeviceTransactionRuleRun"""

    uuid: str | None = attrs.field(default=None)
    rule: str | None = attrs.field(default=None)
    rule_title: str | None = attrs.field(default=None)
    rule_description: str | None = attrs.field(default=None)
    rule_category: str | None = attrs.field(default=None)
    matched: bool | None = attrs.field(default=None)
    is_test: bool | None = attrs.field(default=None)
    mode: str | None = attrs.field(default=None)
    severity: str | None = attrs.field(default=None)
    score_delta: int | None = attrs.field(default=None)
    status_target: str | None = attrs.field(default=None)
    action_summary: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionProviderResult:
    """DeviceTransactionProviderResult"""

    uuid: str | None = attrs.field(default=None)
    provider: str | None = attrs.field(default=None)
    result_type: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    severity: str | None = attrs.field(default=None)
    score: int | None = attrs.field(default=None)
    summary: str | None = attrs.field(default=None)
    payload: dict[str, Any] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionTravelRule:
    """DeviceTransactionTravelRule"""

    uuid: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    protocol: str | None = attrs.field(default=None)
    required: bool | None = attrs.field(default=None)
    obligations_count: int | None = attrs.field(default=None)
    originator_data: dict[str, Any] | None = attrs.field(default=None)
    beneficiary_data: dict[str, Any] | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionNetworkSnapshot:
    """DeviceTransactionNetworkSnapshot"""

    uuid: str | None = attrs.field(default=None)
    nodes: list[dict[str, Any]] | None = attrs.field(default=None)
    edges: list[dict[str, Any]] | None = attrs.field(default=None)
    metrics: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionRemediation:
    """DeviceTransactionRemediation"""

    session_id: str | None = attrs.field(default=None)
    session_token: str | None = attrs.field(default=None, repr=mask)
    url: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransactionActionRequired:
    """What the user must do before the transaction can go on. Didit's facts give two shapes told
    apart by `type` (`verification_session`: a session to complete at `url`; `wallet_ownership`:
    prove control of the wallet in the widget at `url`), merged into one model here as for
    TransactionRuleAction.
    """

    type: str
    url: str
    session_id: str | None = attrs.field(default=None)
    session_token: str | None = attrs.field(default=None, repr=mask)
    status: str | None = attrs.field(default=None)
    widget_session_id: str | None = attrs.field(default=None)
    expires_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DeviceTransaction:
    """DeviceTransaction"""

    uuid: str | None = attrs.field(default=None)
    environment: str | None = attrs.field(default=None)
    transaction_number: int | None = attrs.field(default=None)
    txn_id: str | None = attrs.field(default=None)
    txn_date: str | None = attrs.field(default=None)
    zone_id: str | None = attrs.field(default=None)
    transaction_type: str | None = attrs.field(default=None)
    action_type: str | None = attrs.field(default=None)
    direction: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    amount: str | None = attrs.field(default=None)
    currency: str | None = attrs.field(default=None)
    currency_type: str | None = attrs.field(default=None)
    amount_in_default_currency: str | None = attrs.field(default=None)
    default_currency_code: str | None = attrs.field(default=None)
    preferred_currency_amount: str | None = attrs.field(default=None)
    preferred_currency_code: str | None = attrs.field(default=None)
    payment_details: str | None = attrs.field(default=None)
    payment_txn_id: str | None = attrs.field(default=None)
    score: int | None = attrs.field(default=None)
    severity: str | None = attrs.field(default=None)
    decision_reason_code: str | None = attrs.field(default=None)
    decision_reason_label: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    props: dict[str, Any] | None = attrs.field(default=None)
    tags: list[DeviceTransactionTag] | None = attrs.field(default=None)
    parties: list[DeviceTransactionParty] | None = attrs.field(default=None)
    payment_methods: list[DeviceTransactionPaymentMethod] | None = attrs.field(default=None)
    documents: list[DeviceTransactionDocument] | None = attrs.field(default=None)
    activities: list[DeviceTransactionActivity] | None = attrs.field(default=None)
    alerts: list[DeviceTransactionAlert] | None = attrs.field(default=None)
    rule_runs: list[DeviceTransactionRuleRun] | None = attrs.field(default=None)
    provider_results: list[DeviceTransactionProviderResult] | None = attrs.field(default=None)
    travel_rule: DeviceTransactionTravelRule | None = attrs.field(default=None)
    network_snapshot: DeviceTransactionNetworkSnapshot | None = attrs.field(default=None)
    remediation: DeviceTransactionRemediation | None = attrs.field(default=None)
    action_required: DeviceTransactionActionRequired | None = attrs.field(default=None)
    cost_breakdown: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleSettingsNetworksGtr:
    """TravelRuleSettingsNetworksGtr"""

    rail: str | None = attrs.field(default=None)
    mode: str | None = attrs.field(default=None)
    platform_available: bool | None = attrs.field(default=None)
    connected: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleSettingsNetworksTrust:
    """TravelRuleSettingsNetworksTrust"""

    rail: str | None = attrs.field(default=None)
    mode: str | None = attrs.field(default=None)
    platform_available: bool | None = attrs.field(default=None)
    connected: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleSettingsNetworksVerifyvasp:
    """TravelRuleSettingsNetworksVerifyvasp"""

    rail: str | None = attrs.field(default=None)
    mode: str | None = attrs.field(default=None)
    platform_available: bool | None = attrs.field(default=None)
    connected: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleSettingsNetworksSygna:
    """TravelRuleSettingsNetworksSygna"""

    rail: str | None = attrs.field(default=None)
    mode: str | None = attrs.field(default=None)
    platform_available: bool | None = attrs.field(default=None)
    connected: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleSettingsNetworks:
    """TravelRuleSettingsNetworks"""

    gtr: TravelRuleSettingsNetworksGtr | None = attrs.field(default=None)
    trust: TravelRuleSettingsNetworksTrust | None = attrs.field(default=None)
    verifyvasp: TravelRuleSettingsNetworksVerifyvasp | None = attrs.field(default=None)
    sygna: TravelRuleSettingsNetworksSygna | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleSettings:
    """TravelRuleSettings"""

    is_enabled: bool | None = attrs.field(default=None)
    jurisdiction: str | None = attrs.field(default=None)
    name_matching_strictness: str | None = attrs.field(default=None)
    confirmation_timeout_hours: int | None = attrs.field(default=None)
    timeout_outcome: str | None = attrs.field(default=None)
    threshold_amount: str | None = attrs.field(default=None)
    legal_name: str | None = attrs.field(default=None)
    lei: str | None = attrs.field(default=None)
    compliance_email: str | None = attrs.field(default=None)
    is_discoverable: bool | None = attrs.field(default=None)
    inbound_auto_accept: bool | None = attrs.field(default=None)
    allow_self_declaration: bool | None = attrs.field(default=None)
    allow_screenshot_proof: bool | None = attrs.field(default=None)
    auto_wallet_verification: bool | None = attrs.field(default=None)
    vasp_attribution_enabled: bool | None = attrs.field(default=None)
    travel_address: str | None = attrs.field(default=None)
    disabled_networks: list[str] | None = attrs.field(default=None)
    networks: TravelRuleSettingsNetworks | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleSettingsUpdateRequest:
    """TravelRuleSettingsUpdateRequest"""

    is_enabled: bool | None = attrs.field(default=None)
    legal_name: str | None = attrs.field(default=None)
    lei: str | None = attrs.field(default=None)
    jurisdiction: str | None = attrs.field(default=None)
    name_matching_strictness: Literal["NONE", "STRICT", "DEFAULT", "FUZZY"] | None = attrs.field(
        default=None
    )
    confirmation_timeout_hours: int | None = attrs.field(default=None)
    timeout_outcome: Literal["HOLD", "REJECT", "PROCEED"] | None = attrs.field(default=None)
    compliance_email: str | None = attrs.field(default=None)
    is_discoverable: bool | None = attrs.field(default=None)
    threshold_amount: str | None = attrs.field(default=None)
    inbound_auto_accept: bool | None = attrs.field(default=None)
    allow_self_declaration: bool | None = attrs.field(default=None)
    allow_screenshot_proof: bool | None = attrs.field(default=None)
    auto_wallet_verification: bool | None = attrs.field(default=None)
    vasp_attribution_enabled: bool | None = attrs.field(default=None)
    disabled_networks: Sequence[Literal["GTR", "TRUST", "VERIFYVASP", "SYGNA"]] | None = (
        attrs.field(default=None)
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleWalletAddress:
    """TravelRuleWalletAddress"""

    uuid: str | None = attrs.field(default=None)
    address: str | None = attrs.field(default=None)
    chain: str | None = attrs.field(default=None)
    holder_vendor_data: str | None = attrs.field(default=None)
    holder_name: str | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    is_ownership_verified: bool | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    self_declared: bool | None = attrs.field(default=None)
    travel_address: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleWalletAddressPage:
    """TravelRuleWalletAddressPage"""

    count: int | None = attrs.field(default=None)
    next: str | None = attrs.field(default=None)
    previous: str | None = attrs.field(default=None)
    results: list[TravelRuleWalletAddress] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleWalletAddressCreateRequest:
    """TravelRuleWalletAddressCreateRequest"""

    address: str
    chain: str | None = attrs.field(default=None)
    holder_vendor_data: str | None = attrs.field(default=None)
    holder_name: str | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    self_declared: bool | None = attrs.field(default=None)
    travel_address: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleWalletAddressUpdateRequest:
    """TravelRuleWalletAddressUpdateRequest"""

    holder_name: str | None = attrs.field(default=None)
    holder_vendor_data: str | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    travel_address: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleVasp:
    """TravelRuleVasp"""

    name: str | None = attrs.field(default=None)
    lei: str | None = attrs.field(default=None)
    jurisdiction: str | None = attrs.field(default=None)
    dd_status: str | None = attrs.field(default=None)
    dd_score: int | None = attrs.field(default=None)
    reachable_rails: list[str] | None = attrs.field(default=None)
    is_didit_customer: bool | None = attrs.field(default=None)
    dd_score_breakdown: dict[str, int] | None = attrs.field(default=None)
    dd_assessed_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleVaspPage:
    """TravelRuleVaspPage"""

    count: int | None = attrs.field(default=None)
    next: str | None = attrs.field(default=None)
    previous: str | None = attrs.field(default=None)
    results: list[TravelRuleVasp] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleTransferUpdateRequest:
    """TravelRuleTransferUpdateRequest"""

    payment_txn_id: str | None = attrs.field(default=None)
    action: Literal["cancel", "resend"] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleTransferTimelineItem:
    """TravelRuleTransferTimelineItem"""

    status: str | None = attrs.field(default=None)
    at: str | None = attrs.field(default=None)
    detail: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleTransferCounterpartyVasp:
    """TravelRuleTransferCounterpartyVasp"""

    name: str | None = attrs.field(default=None)
    lei: str | None = attrs.field(default=None)
    dd_score: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleTransfer:
    """TravelRuleTransfer"""

    uuid: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    direction: str | None = attrs.field(default=None)
    rail: str | None = attrs.field(default=None)
    protocol: str | None = attrs.field(default=None)
    ivms_version: str | None = attrs.field(default=None)
    required: bool | None = attrs.field(default=None)
    ownership_confirmed: bool | None = attrs.field(default=None)
    deadline_at: str | None = attrs.field(default=None)
    timeline: list[TravelRuleTransferTimelineItem] | None = attrs.field(default=None)
    counterparty_vasp: TravelRuleTransferCounterpartyVasp | None = attrs.field(default=None)
    originator_data: dict[str, Any] | None = attrs.field(default=None)
    beneficiary_data: dict[str, Any] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleOwnershipConfirmRequest:
    """TravelRuleOwnershipConfirmRequest"""

    confirmed: bool
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRulePickup:
    """TravelRulePickup"""

    originator_vasp_name: str | None = attrs.field(default=None)
    amount: str | None = attrs.field(default=None)
    currency: str | None = attrs.field(default=None)
    beneficiary_wallet: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRulePickupRespondRequest:
    """TravelRulePickupRespondRequest"""

    decision: Literal["accept", "decline"]
    beneficiary_name: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRulePickupAnswer:
    """TravelRulePickupAnswer"""

    status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleInboundRequestOriginatingVasp:
    """TravelRuleInboundRequestOriginatingVasp"""

    name: str | None = attrs.field(default=None)
    lei: str | None = attrs.field(default=None)
    travel_address: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleInboundRequest:
    """TravelRuleInboundRequest"""

    chain: str
    txid: str
    wallet_address: str
    amount: str
    currency: str
    originator_data: Mapping[str, Any] | None = attrs.field(default=None)
    beneficiary_data: Mapping[str, Any] | None = attrs.field(default=None)
    originating_vasp: TravelRuleInboundRequestOriginatingVasp | Mapping[str, Any] | None = (
        attrs.field(default=None)
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleInboundResponse:
    """TravelRuleInboundResponse"""

    transaction_id: str | None = attrs.field(default=None)
    txn_id: str | None = attrs.field(default=None)
    created: bool | None = attrs.field(default=None)
    travel_rule: TravelRuleTransfer | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleWidgetSessionCreateRequest:
    """TravelRuleWidgetSessionCreateRequest"""

    wallet_address: str
    chain: str
    holder_name: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    transaction_id: str | None = attrs.field(default=None)
    satoshi_deposit_address: str | None = attrs.field(default=None)
    callback_url: str | None = attrs.field(default=None)
    expires_in_minutes: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleWidgetSession:
    """TravelRuleWidgetSession"""

    widget_session_id: str | None = attrs.field(default=None)
    token: str | None = attrs.field(default=None, repr=mask)
    url: str | None = attrs.field(default=None)
    expires_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleWidgetProofSummary:
    """TravelRuleWidgetProofSummary"""

    proof_id: str | None = attrs.field(default=None)
    method: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    wallet_address: str | None = attrs.field(default=None)
    chain: str | None = attrs.field(default=None)
    deposit_address: str | None = attrs.field(default=None)
    expected_amount: str | None = attrs.field(default=None)
    expires_at: str | None = attrs.field(default=None)
    challenge: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TravelRuleWidgetContext:
    """TravelRuleWidgetContext"""

    vasp_name: str | None = attrs.field(default=None)
    wallet_address: str | None = attrs.field(default=None)
    chain: str | None = attrs.field(default=None)
    holder_name: str | None = attrs.field(default=None)
    allowed_methods: list[str] | None = attrs.field(default=None)
    transfer_status: str | None = attrs.field(default=None)
    callback_url: str | None = attrs.field(default=None)
    expires_at: str | None = attrs.field(default=None)
    completed_at: str | None = attrs.field(default=None)
    proofs: list[TravelRuleWidgetProofSummary] | None = attrs.field(default=None)
    customization: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BiometricTemplate:
    """BiometricTemplate"""

    uuid: str | None = attrs.field(default=None)
    vendor_user_uuid: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    source_type: str | None = attrs.field(default=None)
    provenance_reference: str | None = attrs.field(default=None)
    retention_policy: str | None = attrs.field(default=None)
    retention_override: bool | None = attrs.field(default=None)
    retained_at: str | None = attrs.field(default=None)
    expires_at: str | None = attrs.field(default=None)
    retained_by: str | None = attrs.field(default=None)
    retained_by_type: str | None = attrs.field(default=None)
    instruction_class: str | None = attrs.field(default=None)
    instruction_source: str | None = attrs.field(default=None)
    instruction_id: str | None = attrs.field(default=None)
    held_out_of_use: bool | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    purged_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BiometricTemplatePage:
    """BiometricTemplatePage"""

    count: int | None = attrs.field(default=None)
    next: str | None = attrs.field(default=None)
    previous: str | None = attrs.field(default=None)
    results: list[BiometricTemplate] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BiometricTemplateCount:
    """BiometricTemplateCount"""

    count: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BiometricTemplatePurgeResult:
    """BiometricTemplatePurgeResult"""

    uuid: str | None = attrs.field(default=None)
    outcome: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BiometricTemplateBulkPurgeRequest:
    """BiometricTemplateBulkPurgeRequest"""

    template_uuids: Sequence[str] | None = attrs.field(default=None)
    delete_all: bool | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    vendor_user_uuid: str | None = attrs.field(default=None)
    status: (
        Literal["pending", "active", "expired", "held_out_of_use", "purge_pending", "purge_failed"]
        | None
    ) = attrs.field(default=None)
    source_type: Literal["session_delete", "automatic_retention", "backfill"] | None = attrs.field(
        default=None
    )
    retained_from: str | None = attrs.field(default=None)
    retained_to: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BiometricTemplateBulkPurgeResult:
    """BiometricTemplateBulkPurgeResult"""

    results: list[BiometricTemplatePurgeResult] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlMonitoringUsersRequest:
    """AmlMonitoringUsersRequest"""

    is_enabled: bool
    estimate_only: bool | None = attrs.field(default=None)
    vendor_data_list: Sequence[str] | None = attrs.field(default=None)
    didit_internal_id_list: Sequence[str] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlMonitoringEstimate:
    """AmlMonitoringEstimate"""

    users_total: int
    already_enabled: int
    with_existing_aml: int
    needing_screening: int
    skipped_no_identity_data: int
    skipped_blocked: int
    estimated_screening_cost_usd: float
    estimated_annual_monitoring_cost_usd: float
    balance_sufficient: bool
    unmatched: list[str]
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlMonitoringOutcomes:
    """AmlMonitoringOutcomes"""

    enabled: int | None = attrs.field(default=None)
    screened_and_enabled: int | None = attrs.field(default=None)
    already_enabled: int | None = attrs.field(default=None)
    disabled: int | None = attrs.field(default=None)
    skipped_no_identity_data: int | None = attrs.field(default=None)
    skipped_blocked: int | None = attrs.field(default=None)
    skipped_sandbox: int | None = attrs.field(default=None)
    failed_provider: int | None = attrs.field(default=None)
    failed_insufficient_balance: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlMonitoringEntityResult:
    """AmlMonitoringEntityResult"""

    didit_internal_id: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    outcome: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlMonitoringJobEstimate:
    """AmlMonitoringJobEstimate"""

    users_total: int | None = attrs.field(default=None)
    already_enabled: int | None = attrs.field(default=None)
    with_existing_aml: int | None = attrs.field(default=None)
    needing_screening: int | None = attrs.field(default=None)
    skipped_no_identity_data: int | None = attrs.field(default=None)
    skipped_blocked: int | None = attrs.field(default=None)
    estimated_screening_cost_usd: float | None = attrs.field(default=None)
    estimated_annual_monitoring_cost_usd: float | None = attrs.field(default=None)
    balance_sufficient: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlMonitoringToggleJob:
    """AmlMonitoringToggleJob"""

    job_id: str
    status: str
    is_enabled: bool
    target_type: str
    total: int
    processed: int
    outcomes: AmlMonitoringOutcomes
    results: list[AmlMonitoringEntityResult]
    error: str | None
    created_at: str
    completed_at: str | None
    estimate: AmlMonitoringJobEstimate
    unmatched: list[str]
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlMonitoringBusinessesRequest:
    """AmlMonitoringBusinessesRequest"""

    is_enabled: bool
    estimate_only: bool | None = attrs.field(default=None)
    vendor_data_list: Sequence[str] | None = attrs.field(default=None)
    didit_internal_id_list: Sequence[str] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlMonitoringJob:
    """AmlMonitoringJob"""

    job_id: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    is_enabled: bool | None = attrs.field(default=None)
    target_type: str | None = attrs.field(default=None)
    total: int | None = attrs.field(default=None)
    processed: int | None = attrs.field(default=None)
    outcomes: AmlMonitoringOutcomes | None = attrs.field(default=None)
    results: list[AmlMonitoringEntityResult] | None = attrs.field(default=None)
    error: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    completed_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SandboxArmRequest:
    """SandboxArmRequest"""

    scenario: str
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SandboxArmResponse:
    """SandboxArmResponse"""

    session_id: str | None = attrs.field(default=None)
    scenario: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitBulkUpdateResult:
    """Didit's facts give this answer no schema. No field is declared; every key of the answer is
    kept in `additional_properties` (the sandbox answers `message`, `updated_count` and `hits`).
    """

    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitBulkUpdateItem:
    """AmlHitBulkUpdateItem"""

    hit_id: str
    review_status: str
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitBulkUpdateRequest:
    """AmlHitBulkUpdateRequest"""

    hit_updates: Sequence[AmlHitBulkUpdateItem | Mapping[str, Any]]
    node_id: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybCompanyUpdateRequest:
    """KybCompanyUpdateRequest"""

    company_name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    country_code: str | None = attrs.field(default=None)
    region: str | None | Unset = attrs.field(default=UNSET)
    incorporation_date: str | None = attrs.field(default=None)
    registration_date: str | None | Unset = attrs.field(default=UNSET)
    dissolution_date: str | None | Unset = attrs.field(default=UNSET)
    tax_number: str | None = attrs.field(default=None)
    legal_address: str | None = attrs.field(default=None)
    company_type: str | None = attrs.field(default=None)
    registry_status: (
        Literal[
            "active",
            "dissolved",
            "deregistered",
            "see full details",
            "authorised",
            "appointed representative",
            "unauthorised",
            "inactive",
            "no longer authorised",
            "closed",
            "struck off",
        ]
        | None
        | Unset
    ) = attrs.field(default=UNSET)
    verification_status: Literal["verified", "failed", "unknown"] | None | Unset = attrs.field(
        default=UNSET
    )
    alternative_names: str | None = attrs.field(default=None)
    nature_of_business: str | None = attrs.field(default=None)
    registered_capital: str | None = attrs.field(default=None)
    registered_capital_amount: float | None | Unset = attrs.field(default=UNSET)
    registered_capital_currency: str | None | Unset = attrs.field(default=UNSET)
    website: str | None = attrs.field(default=None)
    email: str | None = attrs.field(default=None)
    phone: str | None = attrs.field(default=None)
    legal_entity_identifier: str | None = attrs.field(default=None)
    location_of_registration: str | None = attrs.field(default=None)
    vat_number: str | None = attrs.field(default=None)
    control_scheme: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybCompanyData:
    """KybCompanyData"""

    uuid: str | None = attrs.field(default=None)
    node_id: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    registry_status: str | None = attrs.field(default=None)
    data_resolved: bool | None = attrs.field(default=None)
    company_name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    country_code: str | None = attrs.field(default=None)
    region: str | None = attrs.field(default=None)
    company_type: str | None = attrs.field(default=None)
    incorporation_date: str | None = attrs.field(default=None)
    registered_address: str | None = attrs.field(default=None)
    tax_number: str | None = attrs.field(default=None)
    risk_level: str | None = attrs.field(default=None)
    verification_status: str | None = attrs.field(default=None)
    is_from_registry: bool | None = attrs.field(default=None)
    fetch_status: str | None = attrs.field(default=None)
    alternative_names: str | None = attrs.field(default=None)
    nature_of_business: str | None = attrs.field(default=None)
    registered_capital: str | None = attrs.field(default=None)
    registered_capital_amount: str | None = attrs.field(default=None)
    registered_capital_currency: str | None = attrs.field(default=None)
    website: str | None = attrs.field(default=None)
    email: str | None = attrs.field(default=None)
    phone: str | None = attrs.field(default=None)
    legal_entity_identifier: str | None = attrs.field(default=None)
    location_of_registration: str | None = attrs.field(default=None)
    vat_number: str | None = attrs.field(default=None)
    vat_validation_status: str | None = attrs.field(default=None)
    vat_validated_name: str | None = attrs.field(default=None)
    vat_validated_address: str | None = attrs.field(default=None)
    vat_checked_at: str | None = attrs.field(default=None)
    financial_summary: dict[str, Any] | None = attrs.field(default=None)
    officers: list[dict[str, Any]] | None = attrs.field(default=None)
    beneficial_owners: list[dict[str, Any]] | None = attrs.field(default=None)
    addresses: list[dict[str, Any]] | None = attrs.field(default=None)
    industries: list[dict[str, Any]] | None = attrs.field(default=None)
    accounts: dict[str, Any] | None = attrs.field(default=None)
    registry_data: dict[str, Any] | None = attrs.field(default=None)
    user_provided_data: dict[str, Any] | None = attrs.field(default=None)
    confirmed_by_user_at: str | None = attrs.field(default=None)
    last_console_edit_at: str | None = attrs.field(default=None)
    is_editable: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybPartyUpdateRequest:
    """KybPartyUpdateRequest"""

    is_skipped: bool
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybParty:
    """KybParty"""

    uuid: str | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    is_skipped: bool | None = attrs.field(default=None)
    requires_verification: bool | None = attrs.field(default=None)
    kyc_session_status: str | None = attrs.field(default=None)
    kyc_session_url: str | None = attrs.field(default=None)
    kyc_session_deleted: bool | None = attrs.field(default=None)
    kyb_sub_session_deleted: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UserFaceUploadRequest:
    """UserFaceUploadRequest"""

    image: str
    comment: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UserFace:
    """UserFace"""

    uuid: str
    image_url: str | None
    comment: str | None
    uploaded_by: str | None
    created_at: str
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlMonitoringBulkToggleRequest:
    """AmlMonitoringBulkToggleRequest"""

    is_enabled: bool
    estimate_only: bool | None = attrs.field(default=None)
    update_all: bool | None = attrs.field(default=None)
    filter_search: str | None = attrs.field(default=None)
    filter_status: Sequence[str] | None = attrs.field(default=None)
    filter_country: str | None = attrs.field(default=None)
    filter_date_from: str | None = attrs.field(default=None)
    filter_date_to: str | None = attrs.field(default=None)
    session_numbers: Sequence[str] | None = attrs.field(default=None)
    toggle_all: bool | None = attrs.field(default=None)
    filter_workflow_id: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


for _cls in (
    ErrorBody,
    Warning,
    ContactDetails,
    ExpectedDetails,
    FaceEntity,
    FaceImageInfo,
    ParsedAddress,
    IdVerificationReport,
    NfcVerificationReport,
    LivenessReport,
    AgeEstimationReport,
    FaceMatchReport,
    FaceSearchUserDetails,
    FaceSearchMatch,
    FaceSearchReport,
    PoaReport,
    DocumentAiDocument,
    EmailBreach,
    EmailLifecycleEvent,
    EmailReport,
    PhoneReport,
    AmlScoreBreakdown,
    AmlHit,
    AmlReport,
    IpAnalysisReport,
    DatabaseValidationReport,
    QuestionnaireResponse,
    SignatureReport,
    BankVerificationReport,
    KybRegistryCheck,
    KybDocumentVerification,
    KybKeyPeopleCheck,
    SessionReview,
    SessionDecision,
    CreateSessionRequest,
    CreateSessionResponse,
    ImportSharedSessionResponse,
    SessionListFeature,
    SessionListPhone,
    SessionListEmail,
    SessionListAml,
    SessionListLiveness,
    SessionListFaceMatch,
    SessionListAdditionalDetails,
    SessionListItem,
    SessionListPage,
    BatchDeleteSessionsRequest,
    BatchDeleteResultItem,
    BatchDeleteSessionsResponse,
    BatchDeleteJob,
    NodeToResubmit,
    UpdateStatusRequest,
    SessionIdResponse,
    ShareSessionRequest,
    ShareSessionResponse,
    ImportSharedSessionRequest,
    CreateReviewRequest,
    SessionReviewPage,
    SessionEvent,
    SessionEventPage,
    UpdateAmlHitStatusRequest,
    UpdateAmlHitStatusResponse,
    UpdateFeatureStatusRequest,
    UpdateFeatureStatusResponse,
    UpdateSessionDataRequest,
    UpdatePoaDataRequest,
    UpdateSessionDataResponse,
    BlocklistAddRequest,
    BlocklistRemoveRequest,
    MessageResponse,
    BlocklistEntry,
    BlocklistPage,
    AccountRegisterRequest,
    AccountRegisterResponse,
    AccountVerifyEmailRequest,
    AccountOrganization,
    AccountApplication,
    AccountTokenResponse,
    AccountLoginRequest,
    AccountResendOtpRequest,
    Organization,
    ApplicationCredentials,
    CreateApplicationRequest,
    WorkflowFeature,
    WorkflowCreateRequest,
    WorkflowUpdateRequest,
    Workflow,
    QuestionnaireOption,
    QuestionnaireFormElement,
    QuestionnaireQuestionOption,
    QuestionnaireBranchRule,
    QuestionnaireQuestion,
    QuestionnaireCreateRequest,
    QuestionnaireUpdateRequest,
    Questionnaire,
    User,
    UserListPage,
    UserCreateRequest,
    UserUpdateRequest,
    UserUpdateStatusRequest,
    UserBatchDeleteRequest,
    UserBatchDeleteResponse,
    BillingBalance,
    BillingTopUpRequest,
    BillingTopUpResponse,
    WebhookDestinationMetrics,
    WebhookDestination,
    WebhookDestinationCreateRequest,
    WebhookDestinationUpdateRequest,
    WebhookConfig,
    WebhookConfigUpdateRequest,
    IdVerificationRequest,
    PassiveLivenessRequest,
    FaceMatchRequest,
    FaceSearchRequest,
    AgeEstimationRequest,
    PoaRequest,
    AmlRequest,
    EmailSendOptions,
    RequestSignals,
    EmailSendRequest,
    EmailCheckRequest,
    PhoneSendOptions,
    PhoneSendRequest,
    PhoneCheckRequest,
    DatabaseValidationRequest,
    IdVerificationResponse,
    PassiveLivenessResponse,
    FaceMatchResponse,
    FaceSearchResponse,
    AgeEstimationResponse,
    AmlResponse,
    PoaResponse,
    DatabaseValidationResponse,
    EmailSendResponse,
    EmailCheckResponse,
    PhoneSendResponse,
    PhoneCheckResponse,
    HealthcheckResponse,
    WebhookSessionPayload,
    WebhookFieldChange,
    WebhookEntityPayload,
    WebhookGenericPayload,
    SessionImportCreateRequest,
    SessionImport,
    SessionImportTemplate,
    SessionImportRowError,
    SessionImportErrorPage,
    BusinessCreateRequest,
    BusinessUpdateRequest,
    BusinessUpdateStatusRequest,
    BusinessBatchDeleteRequest,
    BusinessBatchDeleteResponse,
    Business,
    BusinessListPage,
    KybSearchRequest,
    KybCandidate,
    KybSearchResponse,
    KybSelectRequest,
    KybOfficer,
    KybCompanyRecord,
    TransactionCreateRequest,
    TransactionRuleHit,
    Transaction,
    TransactionListPage,
    WalletScreeningRequest,
    WalletScreeningResult,
    EventIngestRequest,
    EventBatchIngestRequest,
    IngestedEvent,
    EventBatchIngestResponse,
    ListCreateRequest,
    ListUpdateRequest,
    DiditList,
    ListPage,
    ListEntryCreateRequest,
    ListFaceUploadRequest,
    ListEntry,
    ListEntryPage,
    CustomizationUpdateRequest,
    Customization,
    RiskSignals,
    EmailRiskRequest,
    EmailRiskReportBreach,
    RiskWarning,
    RiskLifecycleEvent,
    EmailRiskMatch,
    EmailRiskIntelligence,
    RiskSocialFootprintPlatform,
    RiskSocialFootprintCategory,
    RiskSocialFootprintProfile,
    EmailRiskSocialFootprint,
    EmailRiskReport,
    EmailRiskResponse,
    IpRiskRequest,
    IpRiskReport,
    IpRiskResponse,
    PhoneRiskRequest,
    PhoneRiskReportCarrier,
    PhoneRiskMatch,
    PhoneRiskIntelligence,
    PhoneRiskSocialFootprint,
    PhoneRiskReport,
    PhoneRiskResponse,
    DocumentAiRequest,
    DocumentAiDetectedCode,
    DocumentAiResultField,
    DocumentAiResultWarning,
    DocumentAiResult,
    DocumentAiResponse,
    KybShareholdersRequest,
    KybShareholdersRegistryOfficer,
    KybShareholdersRegistryBeneficialOwner,
    KybShareholdersRegistryAddress,
    KybShareholdersRegistry,
    KybShareholdersResponse,
    KybUboRequest,
    TransactionRuleScope,
    TransactionRuleCondition,
    TransactionRuleAggregation,
    TransactionRuleAction,
    TransactionRule,
    TransactionRulePage,
    TransactionRuleCreateRequest,
    TransactionRuleUpdateRequest,
    TransactionRuleBacktestRequest,
    TransactionRuleBacktestResult,
    TransactionRuleLibraryEntry,
    TransactionRuleLibraryPage,
    TransactionRuleInstallRequest,
    TransactionRuleInstallResult,
    WalletScreeningReportRiskFactor,
    WalletScreeningReportFundFlow,
    WalletScreeningReportCounterparty,
    WalletScreeningReportRequest,
    TransactionSdkTokenRequest,
    TransactionSdkToken,
    DeviceTransactionRequestInfo,
    DeviceTransactionRequestSubjectPaymentMethod,
    DeviceTransactionRequestSubject,
    DeviceTransactionRequestCounterparty,
    DeviceTransactionRequestTravelRule,
    DeviceTransactionRequest,
    DeviceTransactionTag,
    DeviceTransactionPartyDeviceNetworkContext,
    DeviceTransactionPartyDevice,
    DeviceTransactionParty,
    DeviceTransactionPaymentMethod,
    DeviceTransactionDocumentFile,
    DeviceTransactionDocument,
    DeviceTransactionActivity,
    DeviceTransactionAlert,
    DeviceTransactionRuleRun,
    DeviceTransactionProviderResult,
    DeviceTransactionTravelRule,
    DeviceTransactionNetworkSnapshot,
    DeviceTransactionRemediation,
    DeviceTransactionActionRequired,
    DeviceTransaction,
    TravelRuleSettingsNetworksGtr,
    TravelRuleSettingsNetworksTrust,
    TravelRuleSettingsNetworksVerifyvasp,
    TravelRuleSettingsNetworksSygna,
    TravelRuleSettingsNetworks,
    TravelRuleSettings,
    TravelRuleSettingsUpdateRequest,
    TravelRuleWalletAddress,
    TravelRuleWalletAddressPage,
    TravelRuleWalletAddressCreateRequest,
    TravelRuleWalletAddressUpdateRequest,
    TravelRuleVasp,
    TravelRuleVaspPage,
    TravelRuleTransferUpdateRequest,
    TravelRuleTransferTimelineItem,
    TravelRuleTransferCounterpartyVasp,
    TravelRuleTransfer,
    TravelRuleOwnershipConfirmRequest,
    TravelRulePickup,
    TravelRulePickupRespondRequest,
    TravelRulePickupAnswer,
    TravelRuleInboundRequestOriginatingVasp,
    TravelRuleInboundRequest,
    TravelRuleInboundResponse,
    TravelRuleWidgetSessionCreateRequest,
    TravelRuleWidgetSession,
    TravelRuleWidgetProofSummary,
    TravelRuleWidgetContext,
    BiometricTemplate,
    BiometricTemplatePage,
    BiometricTemplateCount,
    BiometricTemplatePurgeResult,
    BiometricTemplateBulkPurgeRequest,
    BiometricTemplateBulkPurgeResult,
    AmlMonitoringUsersRequest,
    AmlMonitoringEstimate,
    AmlMonitoringOutcomes,
    AmlMonitoringEntityResult,
    AmlMonitoringJobEstimate,
    AmlMonitoringToggleJob,
    AmlMonitoringBusinessesRequest,
    AmlMonitoringJob,
    SandboxArmRequest,
    SandboxArmResponse,
    AmlHitBulkUpdateResult,
    AmlHitBulkUpdateItem,
    AmlHitBulkUpdateRequest,
    KybCompanyUpdateRequest,
    KybCompanyData,
    KybPartyUpdateRequest,
    KybParty,
    UserFaceUploadRequest,
    UserFace,
    AmlMonitoringBulkToggleRequest,
):
    for _field in attrs.fields(_cls):
        if _field.name != "additional_properties":
            setattr(_cls, _field.name, None)
    _cls._present = True

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Straight-line decoders and encoders for every model, validators for request bodies.

Decoders are forward-compatible: unknown keys go to ``additional_properties``, unknown
enum values stay plain strings, a value of a surprising JSON type is kept as it is.
Keys that were present with a JSON null are remembered, so encoding gives back the
same document. Validators exist only for models a request body can contain.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import cattrs

from didit_async._seam import (
    UNSET,
    DiditValidationError,
    EnumTable,
    check_file,
    is_date,
    is_datetime,
    is_email,
    is_uri,
    is_uuid,
)

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
from .models import (
    AccountApplication,
    AccountLoginRequest,
    AccountOrganization,
    AccountRegisterRequest,
    AccountRegisterResponse,
    AccountResendOtpRequest,
    AccountTokenResponse,
    AccountVerifyEmailRequest,
    AgeEstimationReport,
    AgeEstimationRequest,
    AgeEstimationResponse,
    AmlHit,
    AmlHitBulkUpdateItem,
    AmlHitBulkUpdateRequest,
    AmlHitBulkUpdateResult,
    AmlMonitoringBulkToggleRequest,
    AmlMonitoringBusinessesRequest,
    AmlMonitoringEntityResult,
    AmlMonitoringEstimate,
    AmlMonitoringJob,
    AmlMonitoringJobEstimate,
    AmlMonitoringOutcomes,
    AmlMonitoringToggleJob,
    AmlMonitoringUsersRequest,
    AmlReport,
    AmlRequest,
    AmlResponse,
    AmlScoreBreakdown,
    ApplicationCredentials,
    BankVerificationReport,
    BatchDeleteJob,
    BatchDeleteResultItem,
    BatchDeleteSessionsRequest,
    BatchDeleteSessionsResponse,
    BillingBalance,
    BillingTopUpRequest,
    BillingTopUpResponse,
    BiometricTemplate,
    BiometricTemplateBulkPurgeRequest,
    BiometricTemplateBulkPurgeResult,
    BiometricTemplateCount,
    BiometricTemplatePage,
    BiometricTemplatePurgeResult,
    BlocklistAddRequest,
    BlocklistEntry,
    BlocklistPage,
    BlocklistRemoveRequest,
    Business,
    BusinessBatchDeleteRequest,
    BusinessBatchDeleteResponse,
    BusinessCreateRequest,
    BusinessListPage,
    BusinessUpdateRequest,
    BusinessUpdateStatusRequest,
    ContactDetails,
    CreateApplicationRequest,
    CreateReviewRequest,
    CreateSessionRequest,
    CreateSessionResponse,
    Customization,
    CustomizationUpdateRequest,
    DatabaseValidationReport,
    DatabaseValidationRequest,
    DatabaseValidationResponse,
    DeviceTransaction,
    DeviceTransactionActionRequired,
    DeviceTransactionActivity,
    DeviceTransactionAlert,
    DeviceTransactionDocument,
    DeviceTransactionDocumentFile,
    DeviceTransactionNetworkSnapshot,
    DeviceTransactionParty,
    DeviceTransactionPartyDevice,
    DeviceTransactionPartyDeviceNetworkContext,
    DeviceTransactionPaymentMethod,
    DeviceTransactionProviderResult,
    DeviceTransactionRemediation,
    DeviceTransactionRequest,
    DeviceTransactionRequestCounterparty,
    DeviceTransactionRequestInfo,
    DeviceTransactionRequestSubject,
    DeviceTransactionRequestSubjectPaymentMethod,
    DeviceTransactionRequestTravelRule,
    DeviceTransactionRuleRun,
    DeviceTransactionTag,
    DeviceTransactionTravelRule,
    DiditList,
    DocumentAiDetectedCode,
    DocumentAiDocument,
    DocumentAiRequest,
    DocumentAiResponse,
    DocumentAiResult,
    DocumentAiResultField,
    DocumentAiResultWarning,
    EmailBreach,
    EmailCheckRequest,
    EmailCheckResponse,
    EmailLifecycleEvent,
    EmailReport,
    EmailRiskIntelligence,
    EmailRiskMatch,
    EmailRiskReport,
    EmailRiskReportBreach,
    EmailRiskRequest,
    EmailRiskResponse,
    EmailRiskSocialFootprint,
    EmailSendOptions,
    EmailSendRequest,
    EmailSendResponse,
    ErrorBody,
    EventBatchIngestRequest,
    EventBatchIngestResponse,
    EventIngestRequest,
    ExpectedDetails,
    FaceEntity,
    FaceImageInfo,
    FaceMatchReport,
    FaceMatchRequest,
    FaceMatchResponse,
    FaceSearchMatch,
    FaceSearchReport,
    FaceSearchRequest,
    FaceSearchResponse,
    FaceSearchUserDetails,
    HealthcheckResponse,
    IdVerificationReport,
    IdVerificationRequest,
    IdVerificationResponse,
    ImportSharedSessionRequest,
    ImportSharedSessionResponse,
    IngestedEvent,
    IpAnalysisReport,
    IpRiskReport,
    IpRiskRequest,
    IpRiskResponse,
    KybCandidate,
    KybCompanyData,
    KybCompanyRecord,
    KybCompanyUpdateRequest,
    KybDocumentVerification,
    KybKeyPeopleCheck,
    KybOfficer,
    KybParty,
    KybPartyUpdateRequest,
    KybRegistryCheck,
    KybSearchRequest,
    KybSearchResponse,
    KybSelectRequest,
    KybShareholdersRegistry,
    KybShareholdersRegistryAddress,
    KybShareholdersRegistryBeneficialOwner,
    KybShareholdersRegistryOfficer,
    KybShareholdersRequest,
    KybShareholdersResponse,
    KybUboRequest,
    ListCreateRequest,
    ListEntry,
    ListEntryCreateRequest,
    ListEntryPage,
    ListFaceUploadRequest,
    ListPage,
    ListUpdateRequest,
    LivenessReport,
    MessageResponse,
    NfcVerificationReport,
    NodeToResubmit,
    Organization,
    ParsedAddress,
    PassiveLivenessRequest,
    PassiveLivenessResponse,
    PhoneCheckRequest,
    PhoneCheckResponse,
    PhoneReport,
    PhoneRiskIntelligence,
    PhoneRiskMatch,
    PhoneRiskReport,
    PhoneRiskReportCarrier,
    PhoneRiskRequest,
    PhoneRiskResponse,
    PhoneRiskSocialFootprint,
    PhoneSendOptions,
    PhoneSendRequest,
    PhoneSendResponse,
    PoaReport,
    PoaRequest,
    PoaResponse,
    Questionnaire,
    QuestionnaireBranchRule,
    QuestionnaireCreateRequest,
    QuestionnaireFormElement,
    QuestionnaireOption,
    QuestionnaireQuestion,
    QuestionnaireQuestionOption,
    QuestionnaireResponse,
    QuestionnaireUpdateRequest,
    RequestSignals,
    RiskLifecycleEvent,
    RiskSignals,
    RiskSocialFootprintCategory,
    RiskSocialFootprintPlatform,
    RiskSocialFootprintProfile,
    RiskWarning,
    SandboxArmRequest,
    SandboxArmResponse,
    SessionDecision,
    SessionEvent,
    SessionEventPage,
    SessionIdResponse,
    SessionImport,
    SessionImportCreateRequest,
    SessionImportErrorPage,
    SessionImportRowError,
    SessionImportTemplate,
    SessionListAdditionalDetails,
    SessionListAml,
    SessionListEmail,
    SessionListFaceMatch,
    SessionListFeature,
    SessionListItem,
    SessionListLiveness,
    SessionListPage,
    SessionListPhone,
    SessionReview,
    SessionReviewPage,
    ShareSessionRequest,
    ShareSessionResponse,
    SignatureReport,
    Transaction,
    TransactionCreateRequest,
    TransactionListPage,
    TransactionRule,
    TransactionRuleAction,
    TransactionRuleAggregation,
    TransactionRuleBacktestRequest,
    TransactionRuleBacktestResult,
    TransactionRuleCondition,
    TransactionRuleCreateRequest,
    TransactionRuleHit,
    TransactionRuleInstallRequest,
    TransactionRuleInstallResult,
    TransactionRuleLibraryEntry,
    TransactionRuleLibraryPage,
    TransactionRulePage,
    TransactionRuleScope,
    TransactionRuleUpdateRequest,
    TransactionSdkToken,
    TransactionSdkTokenRequest,
    TravelRuleInboundRequest,
    TravelRuleInboundRequestOriginatingVasp,
    TravelRuleInboundResponse,
    TravelRuleOwnershipConfirmRequest,
    TravelRulePickup,
    TravelRulePickupAnswer,
    TravelRulePickupRespondRequest,
    TravelRuleSettings,
    TravelRuleSettingsNetworks,
    TravelRuleSettingsNetworksGtr,
    TravelRuleSettingsNetworksSygna,
    TravelRuleSettingsNetworksTrust,
    TravelRuleSettingsNetworksVerifyvasp,
    TravelRuleSettingsUpdateRequest,
    TravelRuleTransfer,
    TravelRuleTransferCounterpartyVasp,
    TravelRuleTransferTimelineItem,
    TravelRuleTransferUpdateRequest,
    TravelRuleVasp,
    TravelRuleVaspPage,
    TravelRuleWalletAddress,
    TravelRuleWalletAddressCreateRequest,
    TravelRuleWalletAddressPage,
    TravelRuleWalletAddressUpdateRequest,
    TravelRuleWidgetContext,
    TravelRuleWidgetProofSummary,
    TravelRuleWidgetSession,
    TravelRuleWidgetSessionCreateRequest,
    UpdateAmlHitStatusRequest,
    UpdateAmlHitStatusResponse,
    UpdateFeatureStatusRequest,
    UpdateFeatureStatusResponse,
    UpdatePoaDataRequest,
    UpdateSessionDataRequest,
    UpdateSessionDataResponse,
    UpdateStatusRequest,
    User,
    UserBatchDeleteRequest,
    UserBatchDeleteResponse,
    UserCreateRequest,
    UserFace,
    UserFaceUploadRequest,
    UserListPage,
    UserUpdateRequest,
    UserUpdateStatusRequest,
    WalletScreeningReportCounterparty,
    WalletScreeningReportFundFlow,
    WalletScreeningReportRequest,
    WalletScreeningReportRiskFactor,
    WalletScreeningRequest,
    WalletScreeningResult,
    Warning,
    WebhookConfig,
    WebhookConfigUpdateRequest,
    WebhookDestination,
    WebhookDestinationCreateRequest,
    WebhookDestinationMetrics,
    WebhookDestinationUpdateRequest,
    WebhookEntityPayload,
    WebhookFieldChange,
    WebhookGenericPayload,
    WebhookSessionPayload,
    Workflow,
    WorkflowCreateRequest,
    WorkflowFeature,
    WorkflowUpdateRequest,
)

_new = object.__new__

_Table = tuple[tuple[str, str, "Callable[[Any], Any] | None", bool], ...]


def _encode(o: Any, table: _Table) -> dict[str, Any]:
    """Encode a model by its table. A decoded object's __dict__ holds exactly the keys its
    payload had, so a None there whose key was present was a JSON null and goes back out as one;
    on an object built by hand, None is sent only where the table says so.
    """
    d: dict[str, Any] = {}
    seen = o.__dict__ if o._present else None
    for name, wire, enc, null_by_hand in table:
        v = getattr(o, name)
        if v is None:
            if (seen is None and null_by_hand) or (seen is not None and name in seen):
                d[wire] = None
        elif v is not UNSET:
            d[wire] = v if enc is None else enc(v)
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


_P0 = re.compile("^\\+[1-9]\\d{1,14}$")
_P1 = re.compile("^[A-Z]{3}$")
_P2 = re.compile("^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[!@#$%^&*()_+\\-=\\[\\]{}|;:,.<>?]).{8,}$")
_P3 = re.compile("^[A-Za-z0-9]{6}$")
_P4 = re.compile("^(https://|http://(localhost|127(\\.[0-9]{1,3}){3}|\\[::1\\])(:[0-9]+)?(/|$))")
_P5 = re.compile("^[A-Z]{2}$")
_P6 = re.compile("^\\d+(m|h|d)$")
_M_SessionStatus = EnumTable(SessionStatus)
_E_SessionStatus = frozenset(_M_SessionStatus)
_M_FeatureStatus = EnumTable(FeatureStatus)
_M_SessionKind = EnumTable(SessionKind)
_M_Environment = EnumTable(Environment)
_M_WarningLogType = EnumTable(WarningLogType)
_M_CallbackMethod = EnumTable(CallbackMethod)
_E_CallbackMethod = frozenset(_M_CallbackMethod)
_M_Language = EnumTable(Language)
_E_Language = frozenset(_M_Language)
_M_WebhookEventType = EnumTable(WebhookEventType)
_E_WebhookEventType = frozenset(_M_WebhookEventType)
_M_WebhookVersion = EnumTable(WebhookVersion)
_E_WebhookVersion = frozenset(_M_WebhookVersion)
_M_WorkflowType = EnumTable(WorkflowType)
_E_WorkflowType = frozenset(_M_WorkflowType)
_M_UserStatus = EnumTable(UserStatus)
_E_UserStatus = frozenset(_M_UserStatus)
_M_AmlHitReviewStatus = EnumTable(AmlHitReviewStatus)
_E_AmlHitReviewStatus = frozenset(_M_AmlHitReviewStatus)
_M_CheckAction = EnumTable(CheckAction)
_E_CheckAction = frozenset(_M_CheckAction)
_M_SessionImportType = EnumTable(SessionImportType)
_E_SessionImportType = frozenset(_M_SessionImportType)
_M_TransactionCategory = EnumTable(TransactionCategory)
_E_TransactionCategory = frozenset(_M_TransactionCategory)
_M_ListType = EnumTable(ListType)
_E_ListType = frozenset(_M_ListType)
_M_ListEntryType = EnumTable(ListEntryType)
_E_ListEntryType = frozenset(_M_ListEntryType)
_E_inline0 = frozenset(["M", "F"])
_E_inline1 = frozenset(["Approved", "Declined", "Resubmitted"])
_E_inline2 = frozenset(["Approved", "Declined", "In Review"])
_E_inline3 = frozenset(["SINGLE", "MARRIED", "DIVORCED", "WIDOWED", "UNKNOWN"])
_E_inline4 = frozenset(
    [
        "OCR",
        "LIVENESS",
        "FACE_MATCH",
        "AML",
        "QUESTIONNAIRE",
        "EMAIL_VERIFICATION",
        "PHONE_VERIFICATION",
        "PROOF_OF_ADDRESS",
        "NFC",
        "IP_ANALYSIS",
        "DATABASE_VALIDATION",
        "AGE_ESTIMATION",
        "KYB_REGISTRY",
        "KYB_DOCUMENTS",
        "KYB_KEY_PEOPLE",
    ]
)
_E_inline5 = frozenset(["passive", "active_3d", "flashing"])
_E_inline6 = frozenset(["no_action", "review", "decline"])
_E_inline7 = frozenset(["draft", "published"])
_E_inline8 = frozenset(
    ["short_text", "long_text", "multiple_choice", "checkbox", "file_upload", "date", "number"]
)
_E_inline9 = frozenset(["mobile", "desktop", "both"])
_E_inline10 = frozenset(["latin", "non_latin"])
_E_inline11 = frozenset(["person", "company"])
_E_inline12 = frozenset(["android", "ios", "ipados", "tvos", "web"])
_E_inline13 = frozenset(["whatsapp", "sms", "telegram", "voice"])
_E_inline14 = frozenset(
    ["P", "DL", "ID", "RP", "SSC", "HIC", "WP", "TC", "VISA", "PSC", "BC", "OTHER"]
)
_E_inline15 = frozenset(["M", "F", "X"])
_E_inline16 = frozenset(["DECLINE", "NO_ACTION"])
_E_inline18 = frozenset(["csv", "ndjson"])
_E_inline19 = frozenset(["contains", "start_with", "fuzzy"])
_E_inline20 = frozenset(
    ["BTC", "ETH", "LTC", "XRP", "BCH", "DOGE", "TRX", "SOL", "MATIC", "BNB", "USDT", "USDC"]
)
_E_inline21 = frozenset(["inbound", "outbound", "deposit", "withdrawal"])
_E_inline22 = frozenset(["allowlist", "custom"])
_E_inline29 = frozenset(["DECLINE", "REVIEW", "NO_ACTION"])
_E_inline35 = frozenset(
    [
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
)
_E_inline41 = frozenset(["ACTIVE", "DISABLED", "TEST"])
_E_inline42 = frozenset(["ALL", "ANY"])
_E_inline43 = frozenset(["INBOUND", "OUTBOUND"])
_E_inline44 = frozenset(
    [
        "eq",
        "ne",
        "gt",
        "gte",
        "lt",
        "lte",
        "in",
        "not_in",
        "contains",
        "not_contains",
        "contains_any",
        "regex",
        "fuzzy_match",
        "exists",
        "is_not_empty",
        "is_not_null",
        "not_exists",
        "is_empty",
        "is_null",
    ]
)
_E_inline45 = frozenset(["list", "field", "relative_date"])
_E_inline46 = frozenset(["AND", "OR"])
_E_inline47 = frozenset(["count", "sum", "max", "min", "avg", "distinct_count"])
_E_inline48 = frozenset(["eq", "ne", "gt", "gte", "lt", "lte"])
_E_inline49 = frozenset(
    ["add_score", "change_status", "add_tags", "add_note", "add_to_list", "open_case"]
)
_E_inline50 = frozenset(["by_applicant", "by_rule_and_applicant"])
_E_inline51 = frozenset(["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"])
_E_inline52 = frozenset(["PRESET", "CUSTOM"])
_E_inline53 = frozenset(["attribution", "exposure"])
_E_inline54 = frozenset(["incoming", "outgoing", "connected", "unknown", "attribution"])
_E_inline55 = frozenset(["direct", "indirect", "unknown", "attribution"])
_E_inline56 = frozenset(["incoming", "outgoing", "connected"])
_E_inline57 = frozenset(["direct", "indirect"])
_E_inline58 = frozenset(["WALLET_SCREENING"])
_E_inline59 = frozenset(["SCREENED", "PENDING", "ERROR"])
_E_inline73 = frozenset(["NONE", "STRICT", "DEFAULT", "FUZZY"])
_E_inline74 = frozenset(["HOLD", "REJECT", "PROCEED"])
_E_inline75 = frozenset(["GTR", "TRUST", "VERIFYVASP", "SYGNA"])
_E_inline83 = frozenset(["cancel", "resend"])
_E_inline85 = frozenset(["accept", "decline"])
_E_inline89 = frozenset(["session_delete", "automatic_retention", "backfill"])
_E_inline96 = frozenset(
    ["pending", "active", "expired", "held_out_of_use", "purge_pending", "purge_failed"]
)
_E_inline100 = frozenset(["Unreviewed", "Confirmed Match", "False Positive", "Inconclusive"])
_E_inline101 = frozenset(["verified", "failed", "unknown"])
_E_inline102 = frozenset(["user", "business", "all"])
_E_inline103 = frozenset(["face", "document", "phone", "email"])
_E_inline104 = frozenset(["retained_at", "-retained_at", "expires_at", "-expires_at"])
_K_ErrorBody = frozenset(["detail", "code", "error"])
_K_Warning = frozenset(
    [
        "feature",
        "risk",
        "additional_data",
        "log_type",
        "short_description",
        "long_description",
        "node_id",
    ]
)
_K_ContactDetails = frozenset(["email", "send_notification_emails", "email_lang", "phone"])
_K_ExpectedDetails = frozenset(
    [
        "first_name",
        "last_name",
        "date_of_birth",
        "gender",
        "nationality",
        "id_country",
        "poa_country",
        "country",
        "address",
        "identification_number",
        "ip_address",
        "expected_document_types",
    ]
)
_K_FaceEntity = frozenset(["age", "bbox", "confidence", "gender"])
_K_FaceImageInfo = frozenset(["entities", "best_angle"])
_K_ParsedAddress = frozenset(
    [
        "street_1",
        "street_2",
        "city",
        "region",
        "postal_code",
        "country",
        "address_type",
        "raw_results",
    ]
)
_K_IdVerificationReport = frozenset(
    [
        "node_id",
        "status",
        "warnings",
        "document_type",
        "document_number",
        "personal_number",
        "first_name",
        "last_name",
        "full_name",
        "date_of_birth",
        "age",
        "gender",
        "nationality",
        "issuing_state",
        "issuing_state_name",
        "expiration_date",
        "expiry_date",
        "issuing_country",
        "date_of_issue",
        "address",
        "formatted_address",
        "parsed_address",
        "place_of_birth",
        "marital_status",
        "portrait_image",
        "front_image",
        "back_image",
        "front_document_image",
        "back_document_image",
        "front_video",
        "back_video",
        "full_front_image",
        "full_back_image",
        "mrz",
        "extra_fields",
        "extra_files",
    ]
)
_K_NfcVerificationReport = frozenset(
    [
        "node_id",
        "status",
        "warnings",
        "portrait_image",
        "signature_image",
        "chip_data",
        "authenticity",
        "certificate_summary",
    ]
)
_K_LivenessReport = frozenset(
    [
        "node_id",
        "status",
        "warnings",
        "method",
        "score",
        "reference_image",
        "video_url",
        "age_estimation",
        "user_image",
        "face_quality",
        "face_luminance",
    ]
)
_K_AgeEstimationReport = frozenset(
    [
        "node_id",
        "status",
        "warnings",
        "method",
        "score",
        "age_estimation",
        "reference_image",
        "video_url",
        "user_image",
    ]
)
_K_FaceMatchReport = frozenset(
    [
        "node_id",
        "status",
        "warnings",
        "score",
        "source_image",
        "target_image",
        "user_image",
        "ref_image",
    ]
)
_K_FaceSearchUserDetails = frozenset(["name", "document_type", "document_number"])
_K_FaceSearchMatch = frozenset(
    [
        "session_id",
        "session_number",
        "similarity_percentage",
        "vendor_data",
        "verification_date",
        "user_details",
        "match_image_url",
        "status",
        "is_blocklisted",
    ]
)
_K_FaceSearchReport = frozenset(
    ["node_id", "status", "warnings", "total_matches", "matches", "user_image"]
)
_K_PoaReport = frozenset(
    [
        "node_id",
        "status",
        "warnings",
        "document_type",
        "issuer",
        "poa_address",
        "poa_formatted_address",
        "poa_parsed_address",
        "issue_date",
        "document_file",
        "document_language",
        "name_on_document",
    ]
)
_K_DocumentAiDocument = frozenset(
    ["node_id", "status", "warnings", "document_type", "fields", "document_file"]
)
_K_EmailBreach = frozenset(["name", "domain", "breach_date", "data_classes"])
_K_EmailLifecycleEvent = frozenset(["type", "timestamp", "fee"])
_K_EmailReport = frozenset(
    [
        "node_id",
        "status",
        "warnings",
        "email",
        "is_breached",
        "breaches",
        "is_disposable",
        "is_undeliverable",
        "verification_attempts",
        "verified_at",
        "lifecycle",
    ]
)
_K_PhoneReport = frozenset(
    [
        "node_id",
        "status",
        "warnings",
        "full_number",
        "phone_number",
        "country_code",
        "country_name",
        "carrier",
        "is_disposable",
        "is_virtual",
        "verification_method",
        "verification_attempts",
        "verified_at",
        "lifecycle",
    ]
)
_K_AmlScoreBreakdown = frozenset(
    ["name_score", "name_weight", "dob_score", "dob_weight", "country_score", "country_weight"]
)
_K_AmlHit = frozenset(
    [
        "id",
        "caption",
        "match_score",
        "risk_score",
        "review_status",
        "datasets",
        "properties",
        "url",
        "score_breakdown",
        "first_seen",
        "last_seen",
    ]
)
_K_AmlReport = frozenset(
    [
        "node_id",
        "status",
        "warnings",
        "total_hits",
        "score",
        "hits",
        "screened_data",
        "entity_type",
        "is_ongoing_monitoring",
    ]
)
_K_IpAnalysisReport = frozenset(
    [
        "node_id",
        "status",
        "warnings",
        "ip_address",
        "ip_country",
        "ip_country_code",
        "ip_city",
        "is_vpn_or_tor",
        "is_data_center",
        "isp",
        "device_brand",
        "device_model",
        "browser_family",
        "os_family",
        "platform",
        "latitude",
        "longitude",
    ]
)
_K_DatabaseValidationReport = frozenset(
    [
        "node_id",
        "status",
        "warnings",
        "issuing_state",
        "validation_type",
        "match_type",
        "validations",
        "screened_data",
    ]
)
_K_QuestionnaireResponse = frozenset(
    ["node_id", "status", "warnings", "questionnaire_id", "title", "sections", "answers"]
)
_K_SignatureReport = frozenset(
    ["node_id", "status", "warnings", "document_url", "signed_at", "signer_name"]
)
_K_BankVerificationReport = frozenset(
    ["node_id", "status", "warnings", "bank_name", "account_holder", "iban"]
)
_K_KybRegistryCheck = frozenset(
    [
        "node_id",
        "status",
        "warnings",
        "company_name",
        "registration_number",
        "country",
        "registry_data",
    ]
)
_K_KybDocumentVerification = frozenset(
    ["node_id", "status", "warnings", "document_type", "document_file"]
)
_K_KybKeyPeopleCheck = frozenset(["node_id", "status", "warnings", "people"])
_K_SessionReview = frozenset(
    [
        "uuid",
        "id",
        "activity_type",
        "action",
        "actor_display",
        "actor_email",
        "actor_type",
        "new_status",
        "previous_status",
        "old_status",
        "comment",
        "note",
        "metadata",
        "created_at",
    ]
)
_K_SessionDecision = frozenset(
    [
        "session_id",
        "session_number",
        "session_url",
        "status",
        "session_kind",
        "environment",
        "workflow_id",
        "workflow_version",
        "features",
        "vendor_data",
        "metadata",
        "expected_details",
        "contact_details",
        "callback",
        "created_at",
        "id_verifications",
        "nfc_verifications",
        "liveness_checks",
        "face_matches",
        "poa_verifications",
        "document_ai_documents",
        "phone_verifications",
        "email_verifications",
        "aml_screenings",
        "ip_analyses",
        "database_validations",
        "questionnaire_responses",
        "signatures",
        "bank_verifications",
        "registry_checks",
        "document_verifications",
        "key_people_checks",
        "face_searches",
        "reviews",
        "kyc",
        "face",
        "liveness",
        "aml",
        "resubmit_info",
    ]
)
_K_CreateSessionRequest = frozenset(
    [
        "workflow_id",
        "vendor_data",
        "callback",
        "callback_method",
        "metadata",
        "language",
        "contact_details",
        "expected_details",
        "portrait_image",
        "sandbox_scenario",
    ]
)
_K_CreateSessionResponse = frozenset(
    [
        "session_id",
        "session_number",
        "session_token",
        "url",
        "vendor_data",
        "metadata",
        "status",
        "callback",
        "callback_method",
        "workflow_id",
        "workflow_version",
        "session_kind",
        "created_at",
    ]
)
_K_ImportSharedSessionResponse = frozenset(
    [
        "session_id",
        "session_number",
        "session_token",
        "url",
        "vendor_data",
        "metadata",
        "status",
        "callback",
        "callback_method",
        "workflow_id",
        "workflow_version",
        "session_kind",
        "created_at",
    ]
)
_K_SessionListFeature = frozenset(["feature", "status"])
_K_SessionListPhone = frozenset(["number", "is_verified"])
_K_SessionListEmail = frozenset(["email", "is_verified"])
_K_SessionListAml = frozenset(["total_hits", "entity_type", "is_adverse_media_fetched"])
_K_SessionListLiveness = frozenset(["method", "score"])
_K_SessionListFaceMatch = frozenset(["score"])
_K_SessionListAdditionalDetails = frozenset(["aml", "liveness", "face_match"])
_K_SessionListItem = frozenset(
    [
        "session_id",
        "session_kind",
        "session_number",
        "session_url",
        "portrait_image",
        "document_type",
        "full_name",
        "country",
        "status",
        "vendor_data",
        "didit_internal_id",
        "created_at",
        "features",
        "phone_number",
        "email_address",
        "additional_details",
        "workflow_id",
        "workflow_type",
        "workflow_label",
        "company_name",
        "registration_number",
    ]
)
_K_SessionListPage = frozenset(["count", "next", "previous", "results"])
_K_BatchDeleteSessionsRequest = frozenset(["session_numbers", "delete_all"])
_K_BatchDeleteResultItem = frozenset(["session_number", "session_id", "deleted", "detail"])
_K_BatchDeleteSessionsResponse = frozenset(
    ["results", "job_id", "status", "total", "deleted_count", "detail"]
)
_K_BatchDeleteJob = frozenset(
    [
        "job_id",
        "status",
        "total",
        "deleted_count",
        "failed_count",
        "created_at",
        "completed_at",
        "results",
    ]
)
_K_NodeToResubmit = frozenset(["node_id", "feature"])
_K_UpdateStatusRequest = frozenset(
    ["new_status", "comment", "nodes_to_resubmit", "send_email", "email_address", "email_language"]
)
_K_SessionIdResponse = frozenset(["session_id"])
_K_ShareSessionRequest = frozenset(["for_application_id", "ttl_in_seconds"])
_K_ShareSessionResponse = frozenset(["share_token", "expires_at", "session_id"])
_K_ImportSharedSessionRequest = frozenset(
    ["share_token", "workflow_id", "vendor_data", "trust_review"]
)
_K_CreateReviewRequest = frozenset(["new_status", "comment"])
_K_SessionReviewPage = frozenset(["count", "next", "previous", "results"])
_K_SessionEvent = frozenset(
    ["uuid", "id", "event_type", "type", "node_id", "feature", "status", "data", "created_at"]
)
_K_SessionEventPage = frozenset(["count", "next", "previous", "results"])
_K_UpdateAmlHitStatusRequest = frozenset(["hit_id", "review_status"])
_K_UpdateAmlHitStatusResponse = frozenset(["message", "hit_id", "review_status"])
_K_UpdateFeatureStatusRequest = frozenset(["new_status", "comment"])
_K_UpdateFeatureStatusResponse = frozenset(["session_id", "node_id", "feature_type", "new_status"])
_K_UpdateSessionDataRequest = frozenset(
    [
        "node_id",
        "first_name",
        "last_name",
        "full_name",
        "date_of_birth",
        "gender",
        "nationality",
        "document_type",
        "document_number",
        "personal_number",
        "issuing_state",
        "expiration_date",
        "date_of_issue",
        "address",
        "place_of_birth",
        "document_subtype",
        "extra_fields",
        "marital_status",
        "parsed_address",
    ]
)
_K_UpdatePoaDataRequest = frozenset(
    [
        "node_id",
        "poa_address",
        "issuer",
        "issue_date",
        "document_type",
        "name_on_document",
        "document_language",
        "extra_fields",
        "issuing_state",
        "poa_parsed_address",
    ]
)
_K_UpdateSessionDataResponse = frozenset(["session_id", "message", "node_id"])
_K_BlocklistAddRequest = frozenset(
    ["session_id", "blocklist_face", "blocklist_document", "blocklist_phone", "blocklist_email"]
)
_K_BlocklistRemoveRequest = frozenset(
    ["session_id", "unblock_face", "unblock_document", "unblock_phone", "unblock_email"]
)
_K_MessageResponse = frozenset(["message"])
_K_BlocklistEntry = frozenset(
    [
        "type",
        "session_id",
        "session_number",
        "blocklisted_at",
        "face_image",
        "document_type",
        "document_number",
        "front_image",
        "phone_number",
        "country_code",
        "email",
    ]
)
_K_BlocklistPage = frozenset(["count", "next", "previous", "results"])
_K_AccountRegisterRequest = frozenset(["email", "password"])
_K_AccountRegisterResponse = frozenset(["message", "email"])
_K_AccountVerifyEmailRequest = frozenset(["email", "code"])
_K_AccountOrganization = frozenset(["uuid", "name", "contact_email"])
_K_AccountApplication = frozenset(["uuid", "name", "client_id", "api_key", "website_url"])
_K_AccountTokenResponse = frozenset(
    ["access_token", "refresh_token", "expires_in", "organization", "application"]
)
_K_AccountLoginRequest = frozenset(["email", "password"])
_K_AccountResendOtpRequest = frozenset(["email"])
_K_Organization = frozenset(["uuid", "name", "contact_email"])
_K_ApplicationCredentials = frozenset(
    ["uuid", "name", "client_id", "api_key", "website_url", "mode", "created_at"]
)
_K_CreateApplicationRequest = frozenset(["name", "website_url"])
_K_WorkflowFeature = frozenset(["feature", "config"])
_K_WorkflowCreateRequest = frozenset(
    [
        "workflow_label",
        "features",
        "workflow_type",
        "is_default",
        "is_ocr_enabled",
        "is_liveness_enabled",
        "face_liveness_method",
        "face_liveness_score_decline_threshold",
        "is_face_match_enabled",
        "face_match_score_decline_threshold",
        "face_match_score_review_threshold",
        "is_aml_enabled",
        "aml_decline_threshold",
        "is_phone_verification_enabled",
        "is_email_verification_enabled",
        "is_database_validation_enabled",
        "is_ip_analysis_enabled",
        "is_nfc_enabled",
        "is_age_restrictions_enabled",
        "documents_allowed",
        "duplicated_user_action",
        "max_retry_attempts",
        "retry_window_days",
        "is_desktop_allowed",
        "is_white_label_enabled",
        "session_expiration_time",
        "status",
    ]
)
_K_WorkflowUpdateRequest = frozenset(
    [
        "workflow_label",
        "features",
        "workflow_type",
        "is_default",
        "is_ocr_enabled",
        "is_liveness_enabled",
        "face_liveness_method",
        "face_liveness_score_decline_threshold",
        "is_face_match_enabled",
        "face_match_score_decline_threshold",
        "face_match_score_review_threshold",
        "is_aml_enabled",
        "aml_decline_threshold",
        "is_phone_verification_enabled",
        "is_email_verification_enabled",
        "is_database_validation_enabled",
        "is_ip_analysis_enabled",
        "is_nfc_enabled",
        "is_age_restrictions_enabled",
        "documents_allowed",
        "duplicated_user_action",
        "max_retry_attempts",
        "retry_window_days",
        "is_desktop_allowed",
        "is_white_label_enabled",
        "session_expiration_time",
        "status",
    ]
)
_K_Workflow = frozenset(
    [
        "uuid",
        "workflow_id",
        "workflow_label",
        "workflow_type",
        "is_default",
        "is_archived",
        "total_price",
        "min_price",
        "max_price",
        "features",
        "is_simple_workflow",
        "is_editable",
        "workflow_url",
        "max_retry_attempts",
        "retry_window_days",
        "special_add_on_prices",
        "version",
        "created_at",
    ]
)
_K_QuestionnaireOption = frozenset(["label"])
_K_QuestionnaireFormElement = frozenset(["element_type", "label", "is_required", "options"])
_K_QuestionnaireQuestionOption = frozenset(["value", "text"])
_K_QuestionnaireBranchRule = frozenset(["if_option", "go_to"])
_K_QuestionnaireQuestion = frozenset(
    ["id", "type", "text", "description", "is_required", "options", "branching"]
)
_K_QuestionnaireCreateRequest = frozenset(
    ["title", "description", "default_language", "languages", "form_elements", "questions"]
)
_K_QuestionnaireUpdateRequest = frozenset(
    ["title", "description", "default_language", "languages", "form_elements", "questions"]
)
_K_Questionnaire = frozenset(
    [
        "uuid",
        "title",
        "description",
        "default_language",
        "languages",
        "form_elements",
        "created_at",
        "updated_at",
    ]
)
_K_User = frozenset(
    [
        "vendor_data",
        "didit_internal_id",
        "display_name",
        "full_name",
        "date_of_birth",
        "status",
        "metadata",
        "portrait_image",
        "issuing_states",
        "approved_emails",
        "approved_phones",
        "features",
        "session_count",
        "approved_count",
        "declined_count",
        "in_review_count",
        "first_session_at",
        "last_session_at",
        "created_at",
        "updated_at",
    ]
)
_K_UserListPage = frozenset(["count", "next", "previous", "results"])
_K_UserCreateRequest = frozenset(
    [
        "vendor_data",
        "display_name",
        "metadata",
        "status",
        "full_name",
        "date_of_birth",
        "issuing_states",
        "approved_emails",
        "approved_phones",
    ]
)
_K_UserUpdateRequest = frozenset(
    [
        "display_name",
        "metadata",
        "full_name",
        "date_of_birth",
        "issuing_states",
        "approved_emails",
        "approved_phones",
        "status",
    ]
)
_K_UserUpdateStatusRequest = frozenset(["status", "reason"])
_K_UserBatchDeleteRequest = frozenset(["vendor_data_list", "delete_all"])
_K_UserBatchDeleteResponse = frozenset(["deleted_count", "message"])
_K_BillingBalance = frozenset(
    ["balance", "auto_refill_enabled", "auto_refill_amount", "auto_refill_threshold"]
)
_K_BillingTopUpRequest = frozenset(["amount_in_dollars", "success_url", "cancel_url"])
_K_BillingTopUpResponse = frozenset(["checkout_session_id", "checkout_session_url"])
_K_WebhookDestinationMetrics = frozenset(
    [
        "metrics_window_days",
        "deliveries_count",
        "failed_deliveries_count",
        "average_response_time_ms",
        "error_rate_percentage",
        "last_delivery_at",
        "health_status",
    ]
)
_K_WebhookDestination = frozenset(
    [
        "uuid",
        "label",
        "url",
        "enabled",
        "webhook_version",
        "subscribed_events",
        "secret_shared_key",
        "secret_last4",
        "previous_secret_expires_at",
        "created_at",
        "updated_at",
        "metrics_window_days",
        "deliveries_count",
        "failed_deliveries_count",
        "average_response_time_ms",
        "error_rate_percentage",
        "last_delivery_at",
        "health_status",
        "delivery_summary",
    ]
)
_K_WebhookDestinationCreateRequest = frozenset(
    ["label", "url", "enabled", "webhook_version", "subscribed_events"]
)
_K_WebhookDestinationUpdateRequest = frozenset(
    ["label", "url", "enabled", "webhook_version", "subscribed_events"]
)
_K_WebhookConfig = frozenset(
    [
        "webhook_url",
        "webhook_version",
        "secret_shared_key",
        "capture_method",
        "data_retention_months",
        "destinations",
        "subscribable_events",
        "allowed_domains",
        "biometric_template_retention_months",
    ]
)
_K_WebhookConfigUpdateRequest = frozenset(
    [
        "webhook_url",
        "webhook_version",
        "rotate_secret_key",
        "capture_method",
        "data_retention_months",
        "allowed_domains",
    ]
)
_K_IdVerificationRequest = frozenset(
    [
        "front_image",
        "back_image",
        "perform_document_liveness",
        "front_image_password",
        "save_api_request",
        "vendor_data",
        "metadata",
        "minimum_age",
        "preferred_characters",
    ]
)
_K_PassiveLivenessRequest = frozenset(
    [
        "user_image",
        "face_liveness_score_decline_threshold",
        "rotate_image",
        "save_api_request",
        "vendor_data",
    ]
)
_K_FaceMatchRequest = frozenset(
    [
        "user_image",
        "ref_image",
        "face_match_score_decline_threshold",
        "rotate_image",
        "save_api_request",
        "vendor_data",
    ]
)
_K_FaceSearchRequest = frozenset(["user_image", "rotate_image", "save_api_request", "vendor_data"])
_K_AgeEstimationRequest = frozenset(
    ["user_image", "rotate_image", "save_api_request", "vendor_data"]
)
_K_PoaRequest = frozenset(
    [
        "document",
        "save_api_request",
        "vendor_data",
        "expected_address",
        "expected_country",
        "expected_first_name",
        "expected_last_name",
    ]
)
_K_AmlRequest = frozenset(
    [
        "full_name",
        "date_of_birth",
        "nationality",
        "document_number",
        "entity_type",
        "aml_name_weight",
        "aml_dob_weight",
        "aml_country_weight",
        "aml_match_score_threshold",
        "save_api_request",
        "vendor_data",
        "include_adverse_media",
        "include_ongoing_monitoring",
        "metadata",
    ]
)
_K_EmailSendOptions = frozenset(["code_size", "alphanumeric_code", "locale"])
_K_RequestSignals = frozenset(
    [
        "ip",
        "device_id",
        "user_agent",
        "device_platform",
        "device_model",
        "os_version",
        "app_version",
    ]
)
_K_EmailSendRequest = frozenset(["email", "options", "signals", "vendor_data"])
_K_EmailCheckRequest = frozenset(
    [
        "email",
        "code",
        "duplicated_email_action",
        "breached_email_action",
        "disposable_email_action",
        "undeliverable_email_action",
    ]
)
_K_PhoneSendOptions = frozenset(["code_size", "locale", "preferred_channel"])
_K_PhoneSendRequest = frozenset(["phone_number", "options", "signals", "vendor_data"])
_K_PhoneCheckRequest = frozenset(
    [
        "phone_number",
        "code",
        "duplicated_phone_number_action",
        "disposable_number_action",
        "voip_number_action",
    ]
)
_K_DatabaseValidationRequest = frozenset(
    [
        "issuing_state",
        "validation_type",
        "id_number",
        "personal_number",
        "document_number",
        "first_name",
        "last_name",
        "date_of_birth",
        "save_api_request",
        "vendor_data",
        "document_type",
        "full_name",
        "middle_name",
        "gender",
        "nationality",
        "tax_number",
        "metadata",
        "no_match_action",
        "partial_match_action",
        "services",
    ]
)
_K_IdVerificationResponse = frozenset(["request_id", "id_verification", "created_at"])
_K_PassiveLivenessResponse = frozenset(["request_id", "liveness", "created_at"])
_K_FaceMatchResponse = frozenset(["request_id", "face_match", "created_at"])
_K_FaceSearchResponse = frozenset(["request_id", "face_search", "created_at"])
_K_AgeEstimationResponse = frozenset(["request_id", "liveness", "created_at"])
_K_AmlResponse = frozenset(["request_id", "aml", "created_at"])
_K_PoaResponse = frozenset(["request_id", "poa", "created_at"])
_K_DatabaseValidationResponse = frozenset(["request_id", "database_validation", "created_at"])
_K_EmailSendResponse = frozenset(["request_id", "status", "reason"])
_K_EmailCheckResponse = frozenset(["request_id", "status", "message", "email", "created_at"])
_K_PhoneSendResponse = frozenset(["request_id", "status", "reason"])
_K_PhoneCheckResponse = frozenset(["request_id", "status", "message", "phone", "created_at"])
_K_HealthcheckResponse = frozenset(["status", "timestamp"])
_K_WebhookSessionPayload = frozenset(
    [
        "event_id",
        "webhook_type",
        "timestamp",
        "created_at",
        "application_id",
        "environment",
        "session_id",
        "business_session_id",
        "session_kind",
        "status",
        "workflow_id",
        "workflow_version",
        "vendor_data",
        "metadata",
        "decision",
        "resubmit_info",
    ]
)
_K_WebhookFieldChange = frozenset(["previous", "current"])
_K_WebhookEntityPayload = frozenset(
    [
        "event_id",
        "webhook_type",
        "timestamp",
        "application_id",
        "environment",
        "vendor_data",
        "uuid",
        "status",
        "previous_status",
        "changed_fields",
        "changes",
        "event",
        "data",
    ]
)
_K_WebhookGenericPayload = frozenset(
    ["event_id", "webhook_type", "timestamp", "application_id", "environment"]
)
_K_SessionImportCreateRequest = frozenset(
    ["source_file_url", "import_type", "source_format", "workflow_id"]
)
_K_SessionImport = frozenset(
    [
        "uuid",
        "status",
        "import_type",
        "source_format",
        "source_file_url",
        "workflow_id",
        "total_rows",
        "processed_rows",
        "success_count",
        "error_count",
        "created_at",
        "completed_at",
    ]
)
_K_SessionImportTemplate = frozenset(["columns", "required_columns", "formats", "example"])
_K_SessionImportRowError = frozenset(["row", "field", "errors", "raw"])
_K_SessionImportErrorPage = frozenset(["count", "next", "previous", "results"])
_K_BusinessCreateRequest = frozenset(
    [
        "vendor_data",
        "display_name",
        "legal_name",
        "registration_number",
        "country_code",
        "status",
        "metadata",
    ]
)
_K_BusinessUpdateRequest = frozenset(
    ["display_name", "legal_name", "registration_number", "country_code", "status", "metadata"]
)
_K_BusinessUpdateStatusRequest = frozenset(["status", "reason"])
_K_BusinessBatchDeleteRequest = frozenset(
    ["vendor_data_list", "didit_internal_id_list", "delete_all"]
)
_K_BusinessBatchDeleteResponse = frozenset(["deleted_count", "message"])
_K_Business = frozenset(
    [
        "vendor_data",
        "didit_internal_id",
        "display_name",
        "legal_name",
        "registration_number",
        "country_code",
        "status",
        "metadata",
        "session_count",
        "approved_count",
        "declined_count",
        "in_review_count",
        "last_session_at",
        "created_at",
        "updated_at",
    ]
)
_K_BusinessListPage = frozenset(["count", "next", "previous", "results"])
_K_KybSearchRequest = frozenset(
    [
        "country_code",
        "name",
        "registration_number",
        "search_type",
        "vendor_data",
        "metadata",
        "webhook_url",
    ]
)
_K_KybCandidate = frozenset(
    ["kyb_response_id", "name", "registration_number", "country_code", "status", "address"]
)
_K_KybSearchResponse = frozenset(["results", "count"])
_K_KybSelectRequest = frozenset(["kyb_response_id", "vendor_data", "metadata", "save_api_request"])
_K_KybOfficer = frozenset(["name", "role", "appointed_on"])
_K_KybCompanyRecord = frozenset(
    [
        "kyb_response_id",
        "name",
        "legal_name",
        "registration_number",
        "country_code",
        "status",
        "incorporation_date",
        "address",
        "officers",
        "vendor_data",
        "business",
    ]
)
_K_TransactionCreateRequest = frozenset(
    [
        "transaction_id",
        "transaction_category",
        "transaction_details",
        "subject",
        "counterparty",
        "transaction_at",
        "time_zone",
        "custom_properties",
        "travel_rule_details",
        "network_snapshot",
        "include_crypto_screening",
    ]
)
_K_TransactionRuleHit = frozenset(["rule", "action", "description"])
_K_Transaction = frozenset(
    [
        "uuid",
        "transaction_id",
        "transaction_category",
        "status",
        "risk_score",
        "rule_hits",
        "transaction_details",
        "subject",
        "counterparty",
        "custom_properties",
        "transaction_at",
        "time_zone",
        "created_at",
    ]
)
_K_TransactionListPage = frozenset(["count", "next", "previous", "results"])
_K_WalletScreeningRequest = frozenset(["wallet_address", "blockchain", "direction"])
_K_WalletScreeningResult = frozenset(
    [
        "wallet_address",
        "blockchain",
        "risk_score",
        "severity",
        "sanctions_hit",
        "source_of_funds",
        "destination_of_funds",
    ]
)
_K_EventIngestRequest = frozenset(
    ["event_type", "event_id", "vendor_data", "occurred_at", "properties"]
)
_K_EventBatchIngestRequest = frozenset(["events"])
_K_IngestedEvent = frozenset(
    ["uuid", "event_type", "event_id", "vendor_data", "occurred_at", "created_at"]
)
_K_EventBatchIngestResponse = frozenset(["accepted", "results"])
_K_ListCreateRequest = frozenset(["name", "list_type", "entry_type", "description"])
_K_ListUpdateRequest = frozenset(["name", "description"])
_K_DiditList = frozenset(
    [
        "uuid",
        "name",
        "list_type",
        "entry_type",
        "description",
        "is_system",
        "entry_count",
        "created_at",
        "updated_at",
    ]
)
_K_ListPage = frozenset(["count", "next", "previous", "results"])
_K_ListEntryCreateRequest = frozenset(
    [
        "value",
        "reference_session_id",
        "reference_object_uuid",
        "display_label",
        "comment",
        "metadata",
    ]
)
_K_ListFaceUploadRequest = frozenset(["image", "display_label", "comment"])
_K_ListEntry = frozenset(
    [
        "uuid",
        "list_uuid",
        "entry_type",
        "value",
        "display_label",
        "comment",
        "reference_session_id",
        "reference_object_uuid",
        "metadata",
        "created_at",
    ]
)
_K_ListEntryPage = frozenset(["count", "next", "previous", "results"])
_K_CustomizationUpdateRequest = frozenset(["image_square", "image_rectangular", "image_favicon"])
_K_Customization = frozenset(
    ["image_square", "image_rectangular", "image_favicon", "primary_color", "updated_at"]
)
_K_RiskSignals = frozenset(
    [
        "ip",
        "device_id",
        "device_platform",
        "device_model",
        "os_version",
        "app_version",
        "user_agent",
    ]
)
_K_EmailRiskRequest = frozenset(
    ["email", "country_code", "signals", "vendor_data", "metadata", "enable_social"]
)
_K_EmailRiskReportBreach = frozenset(
    [
        "name",
        "domain",
        "breach_date",
        "breach_emails_count",
        "description",
        "logo_path",
        "data_classes",
        "is_verified",
    ]
)
_K_RiskWarning = frozenset(
    ["feature", "risk", "additional_data", "log_type", "short_description", "long_description"]
)
_K_RiskLifecycleEvent = frozenset(["type", "timestamp", "details", "fee"])
_K_EmailRiskMatch = frozenset(
    [
        "session_id",
        "session_number",
        "vendor_data",
        "verification_date",
        "email",
        "status",
        "is_blocklisted",
        "api_service",
        "source",
    ]
)
_K_EmailRiskIntelligence = frozenset(
    [
        "score",
        "deliverable",
        "breach_risk_level",
        "breach_risk_index",
        "is_recent_breach",
        "is_frequent_breached",
        "is_disposable",
        "is_free_domain",
        "is_breached",
        "no_of_breaches",
        "reason_codes",
    ]
)
_K_RiskSocialFootprintPlatform = frozenset(["platform", "category", "scope"])
_K_RiskSocialFootprintCategory = frozenset(["registered", "ratio"])
_K_RiskSocialFootprintProfile = frozenset(
    ["name", "photo", "about", "privacy_status", "business_account"]
)
_K_EmailRiskSocialFootprint = frozenset(
    [
        "profiles_registered",
        "profiles_checked",
        "names_found",
        "photos_found",
        "communication_breadth",
        "digital_footprint_diversity",
        "digital_sophistication_index",
        "engagement_depth_index",
        "subscription_affordability_index",
        "free_platforms",
        "full_paid_platforms",
        "partial_paid_platforms",
        "whatsapp_profile_completeness",
        "registered_platforms",
        "not_registered_platforms",
        "categories",
        "profiles",
    ]
)
_K_EmailRiskReport = frozenset(
    [
        "status",
        "email",
        "is_breached",
        "breaches",
        "is_disposable",
        "is_undeliverable",
        "verification_attempts",
        "verified_at",
        "warnings",
        "lifecycle",
        "matches",
        "email_intelligence",
        "enrichment",
        "email_social",
    ]
)
_K_EmailRiskResponse = frozenset(
    ["request_id", "status", "vendor_data", "metadata", "created_at", "email"]
)
_K_IpRiskRequest = frozenset(
    ["ip_address", "claimed_country", "user_agent", "vendor_data", "metadata"]
)
_K_IpRiskReport = frozenset(
    [
        "status",
        "ip_address",
        "ip_country",
        "ip_country_code",
        "ip_state",
        "ip_city",
        "latitude",
        "longitude",
        "isp",
        "organization",
        "is_vpn_or_tor",
        "is_data_center",
        "time_zone",
        "time_zone_offset",
        "asn_number",
        "asn_organization",
        "connection_type",
        "carrier",
        "proxy_type",
        "claimed_country",
        "country_mismatch",
        "threat",
    ]
)
_K_IpRiskResponse = frozenset(
    ["request_id", "status", "vendor_data", "metadata", "created_at", "ip"]
)
_K_PhoneRiskRequest = frozenset(
    ["phone_number", "country_code", "signals", "vendor_data", "metadata", "enable_social"]
)
_K_PhoneRiskReportCarrier = frozenset(["name", "type"])
_K_PhoneRiskMatch = frozenset(
    [
        "session_id",
        "session_number",
        "vendor_data",
        "verification_date",
        "phone_number",
        "status",
        "is_blocklisted",
        "api_service",
        "source",
    ]
)
_K_PhoneRiskIntelligence = frozenset(
    [
        "score",
        "phone_type_risk",
        "phone_trust_index",
        "network_stability_index",
        "is_disposable",
        "is_ported",
        "is_recently_ported",
        "carrier_type",
        "reason_codes",
    ]
)
_K_PhoneRiskSocialFootprint = frozenset(
    [
        "profiles_registered",
        "profiles_checked",
        "names_found",
        "photos_found",
        "communication_breadth",
        "digital_footprint_diversity",
        "digital_sophistication_index",
        "engagement_depth_index",
        "subscription_affordability_index",
        "free_platforms",
        "full_paid_platforms",
        "partial_paid_platforms",
        "whatsapp_profile_completeness",
        "registered_platforms",
        "not_registered_platforms",
        "categories",
        "profiles",
    ]
)
_K_PhoneRiskReport = frozenset(
    [
        "status",
        "phone_number_prefix",
        "phone_number",
        "full_number",
        "country_code",
        "country_name",
        "carrier",
        "is_disposable",
        "is_virtual",
        "verification_method",
        "verification_attempts",
        "verified_at",
        "warnings",
        "lifecycle",
        "matches",
        "phone_intelligence",
        "enrichment",
        "phone_social",
    ]
)
_K_PhoneRiskResponse = frozenset(
    ["request_id", "status", "vendor_data", "metadata", "created_at", "phone"]
)
_K_DocumentAiRequest = frozenset(
    [
        "document",
        "fields",
        "expected_first_name",
        "expected_last_name",
        "expected_company_name",
        "expected_company_country",
        "document_ai_name_match_score_threshold",
        "document_ai_unreadable_document_action",
        "document_ai_missing_required_fields_action",
        "document_ai_document_tampering_action",
        "document_ai_name_mismatch_action",
        "document_ai_unsupported_file_action",
        "save_api_request",
        "vendor_data",
        "metadata",
    ]
)
_K_DocumentAiDetectedCode = frozenset(
    [
        "type",
        "page_number",
        "position",
        "x",
        "y",
        "width",
        "height",
        "page_width",
        "page_height",
        "raw_payload",
        "parsed_payload",
    ]
)
_K_DocumentAiResultField = frozenset(
    ["key", "name", "instruction", "type", "required", "is_full_name"]
)
_K_DocumentAiResultWarning = frozenset(
    ["risk", "feature", "additional_data", "log_type", "short_description", "long_description"]
)
_K_DocumentAiResult = frozenset(
    [
        "status",
        "extracted_data",
        "detected_codes",
        "fields",
        "name_match_score",
        "name_on_document",
        "warnings",
    ]
)
_K_DocumentAiResponse = frozenset(
    ["request_id", "document_ai", "vendor_data", "metadata", "created_at"]
)
_K_KybShareholdersRequest = frozenset(
    ["kyb_response_id", "vendor_data", "metadata", "save_api_request"]
)
_K_KybShareholdersRegistryOfficer = frozenset(
    [
        "uuid",
        "name",
        "designation",
        "role",
        "nationality",
        "is_active",
        "kyc_status",
        "kyc_session_url",
        "first_name",
        "last_name",
        "address",
        "appointment_date",
        "termination_date",
        "date_of_birth",
        "date_of_birth_year",
        "date_of_birth_month",
    ]
)
_K_KybShareholdersRegistryBeneficialOwner = frozenset(
    [
        "uuid",
        "name",
        "first_name",
        "last_name",
        "entity_type",
        "roles",
        "ownership_min_shares",
        "ownership_max_shares",
        "is_active",
        "kyc_status",
        "kyc_session_url",
        "effective_ownership_percent",
        "company_name",
        "registration_number",
        "country_of_birth",
        "email",
        "nationality",
        "designation",
        "voting_min_shares",
        "voting_max_shares",
        "date_of_birth",
        "appointment_date",
    ]
)
_K_KybShareholdersRegistryAddress = frozenset(["address", "type", "description"])
_K_KybShareholdersRegistry = frozenset(
    [
        "uuid",
        "node_id",
        "status",
        "registry_status",
        "data_resolved",
        "company_name",
        "registration_number",
        "country_code",
        "region",
        "company_type",
        "incorporation_date",
        "registered_address",
        "tax_number",
        "risk_level",
        "verification_status",
        "is_from_registry",
        "fetch_status",
        "alternative_names",
        "nature_of_business",
        "registered_capital",
        "registered_capital_amount",
        "registered_capital_currency",
        "website",
        "email",
        "phone",
        "legal_entity_identifier",
        "location_of_registration",
        "vat_number",
        "vat_validation_status",
        "vat_validated_name",
        "vat_validated_address",
        "vat_checked_at",
        "financial_summary",
        "officers",
        "beneficial_owners",
        "addresses",
        "industries",
        "accounts",
        "registry_data",
        "user_provided_data",
        "confirmed_by_user_at",
        "last_console_edit_at",
        "is_editable",
        "registry_tier_delivered",
        "registry_ownership_status",
    ]
)
_K_KybShareholdersResponse = frozenset(
    [
        "request_id",
        "registry_tier_requested",
        "registry_tier_delivered",
        "kyb_registry",
        "vendor_data",
        "metadata",
        "created_at",
    ]
)
_K_KybUboRequest = frozenset(["kyb_response_id", "vendor_data", "metadata", "save_api_request"])
_K_TransactionRuleScope = frozenset(["transaction_types", "directions", "action_types"])
_K_TransactionRuleCondition = frozenset(
    [
        "field",
        "operator",
        "value",
        "value_type",
        "score",
        "group_index",
        "group_logic",
        "groups_logic",
    ]
)
_K_TransactionRuleAggregation = frozenset(
    ["metric", "field", "operator", "value", "window", "filters"]
)
_K_TransactionRuleAction = frozenset(
    [
        "type",
        "value",
        "workflow_id",
        "tag_uuid",
        "tag_name",
        "tag_color",
        "note",
        "list_id",
        "blueprint",
        "grouping",
        "attach_matched_transaction",
    ]
)
_K_TransactionRule = frozenset(
    [
        "uuid",
        "title",
        "description",
        "category",
        "mode",
        "evaluation_mode",
        "scope",
        "conditions",
        "aggregation",
        "actions",
        "metadata",
        "severity",
        "source",
        "library_key",
        "latest_triggered_at",
        "run_count",
        "approved_count",
        "reviewed_count",
        "declined_count",
        "awaiting_user_count",
        "approved_pct",
        "reviewed_pct",
        "declined_pct",
        "created_at",
        "updated_at",
    ]
)
_K_TransactionRulePage = frozenset(["count", "next", "previous", "results"])
_K_TransactionRuleCreateRequest = frozenset(
    [
        "title",
        "description",
        "category",
        "mode",
        "evaluation_mode",
        "scope",
        "conditions",
        "aggregation",
        "actions",
        "metadata",
    ]
)
_K_TransactionRuleUpdateRequest = frozenset(
    [
        "title",
        "description",
        "category",
        "mode",
        "evaluation_mode",
        "scope",
        "conditions",
        "aggregation",
        "actions",
        "metadata",
    ]
)
_K_TransactionRuleBacktestRequest = frozenset(
    ["conditions", "aggregation", "evaluation_mode", "scope", "period_days"]
)
_K_TransactionRuleBacktestResult = frozenset(
    ["evaluated", "matched", "affected_entities", "period_days"]
)
_K_TransactionRuleLibraryEntry = frozenset(
    [
        "library_key",
        "title",
        "description",
        "category",
        "evaluation_mode",
        "scope",
        "conditions",
        "aggregation",
        "actions",
        "metadata",
        "bundle",
        "tags",
        "industries",
        "source",
        "is_installed",
    ]
)
_K_TransactionRuleLibraryPage = frozenset(["count", "next", "previous", "results"])
_K_TransactionRuleInstallRequest = frozenset(["library_keys", "bundle"])
_K_TransactionRuleInstallResult = frozenset(
    ["installed_library_keys", "installed_count", "uninstalled_count"]
)
_K_WalletScreeningReportRiskFactor = frozenset(
    [
        "source",
        "category",
        "label",
        "entity_name",
        "direction",
        "exposure_type",
        "amount_usd",
        "percentage",
        "is_high_risk",
        "description",
    ]
)
_K_WalletScreeningReportFundFlow = frozenset(
    [
        "category",
        "entity_name",
        "entity_type",
        "entity_subtype",
        "exposure_direction",
        "exposure_type",
        "is_direct",
        "amount_usd",
        "percentage",
        "hops",
        "country",
    ]
)
_K_WalletScreeningReportCounterparty = frozenset(
    [
        "entity_name",
        "entity_type",
        "entity_subtype",
        "risk_level",
        "categories",
        "received_usd",
        "sent_usd",
        "received_hops",
        "sent_hops",
        "percentage",
        "is_direct",
        "country",
    ]
)
_K_WalletScreeningReportRequest = frozenset(
    [
        "provider",
        "screening_type",
        "risk_score",
        "severity",
        "status",
        "summary",
        "wallet_address",
        "blockchain",
        "sanctions_hit",
        "dominant_risk_category",
        "risk_factors",
        "source_of_funds",
        "destination_of_funds",
        "counterparty_connections",
        "report_signature",
    ]
)
_K_TransactionSdkTokenRequest = frozenset(["vendor_data", "ttl_seconds", "max_uses"])
_K_TransactionSdkToken = frozenset(["sdk_token", "expires_at"])
_K_DeviceTransactionRequestInfo = frozenset(
    [
        "direction",
        "amount",
        "currency",
        "currencyType",
        "amountInDefaultCurrency",
        "defaultCurrencyCode",
        "paymentDetails",
        "paymentTxnId",
        "type",
        "cryptoParams",
    ]
)
_K_DeviceTransactionRequestSubjectPaymentMethod = frozenset(["type", "accountId", "issuingCountry"])
_K_DeviceTransactionRequestSubject = frozenset(
    [
        "type",
        "externalUserId",
        "fullName",
        "firstName",
        "lastName",
        "dob",
        "address",
        "institutionInfo",
        "device",
        "paymentMethod",
    ]
)
_K_DeviceTransactionRequestCounterparty = frozenset(
    [
        "type",
        "externalUserId",
        "fullName",
        "firstName",
        "lastName",
        "dob",
        "address",
        "institutionInfo",
        "device",
        "paymentMethod",
    ]
)
_K_DeviceTransactionRequestTravelRule = frozenset(
    [
        "status",
        "protocol",
        "required",
        "obligationsCount",
        "originatorData",
        "beneficiaryData",
        "metadata",
    ]
)
_K_DeviceTransactionRequest = frozenset(
    [
        "txnId",
        "txnDate",
        "zoneId",
        "type",
        "info",
        "subject",
        "counterparty",
        "props",
        "travelRule",
        "includeCryptoScreening",
        "fingerprint_v2",
    ]
)
_K_DeviceTransactionTag = frozenset(["uuid", "name", "color", "description", "source"])
_K_DeviceTransactionPartyDeviceNetworkContext = frozenset(
    ["ip_address", "ip_country_code", "latitude", "longitude"]
)
_K_DeviceTransactionPartyDevice = frozenset(
    [
        "fingerprint",
        "persistent_device_id",
        "user_agent",
        "browser_family",
        "browser_version",
        "platform",
        "os_family",
        "os_version",
        "accept_language",
        "session_id",
        "session_age_ms",
        "network_context",
    ]
)
_K_DeviceTransactionParty = frozenset(
    [
        "uuid",
        "role",
        "entity_type",
        "kind",
        "vendor_data",
        "full_name",
        "first_name",
        "last_name",
        "country_code",
        "dob",
        "address",
        "institution_info",
        "device",
        "external_party_snapshot",
    ]
)
_K_DeviceTransactionPaymentMethod = frozenset(
    [
        "uuid",
        "payment_method_type",
        "label",
        "fingerprint",
        "account_id",
        "issuing_country",
        "owner_kind",
        "vendor_data",
        "owner_name",
        "institution_info",
        "details",
        "external_owner_snapshot",
        "role",
    ]
)
_K_DeviceTransactionDocumentFile = frozenset(["uuid", "file_url", "original_filename", "file_size"])
_K_DeviceTransactionDocument = frozenset(
    ["uuid", "label", "note", "uploaded_by", "created_at", "files"]
)
_K_DeviceTransactionActivity = frozenset(
    ["uuid", "activity_type", "source", "status", "title", "description", "metadata", "occurred_at"]
)
_K_DeviceTransactionAlert = frozenset(
    [
        "uuid",
        "title",
        "description",
        "severity",
        "status",
        "source",
        "metadata",
        "created_at",
        "due_at",
    ]
)
_K_DeviceTransactionRuleRun = frozenset(
    [
        "uuid",
        "rule",
        "rule_title",
        "rule_description",
        "rule_category",
        "matched",
        "is_test",
        "mode",
        "severity",
        "score_delta",
        "status_target",
        "action_summary",
        "metadata",
        "created_at",
    ]
)
_K_DeviceTransactionProviderResult = frozenset(
    [
        "uuid",
        "provider",
        "result_type",
        "status",
        "severity",
        "score",
        "summary",
        "payload",
        "created_at",
    ]
)
_K_DeviceTransactionTravelRule = frozenset(
    [
        "uuid",
        "status",
        "protocol",
        "required",
        "obligations_count",
        "originator_data",
        "beneficiary_data",
        "metadata",
    ]
)
_K_DeviceTransactionNetworkSnapshot = frozenset(["uuid", "nodes", "edges", "metrics"])
_K_DeviceTransactionRemediation = frozenset(["session_id", "session_token", "url", "status"])
_K_DeviceTransactionActionRequired = frozenset(
    ["type", "url", "session_id", "session_token", "status", "widget_session_id", "expires_at"]
)
_K_DeviceTransaction = frozenset(
    [
        "uuid",
        "environment",
        "transaction_number",
        "txn_id",
        "txn_date",
        "zone_id",
        "transaction_type",
        "action_type",
        "direction",
        "status",
        "source",
        "amount",
        "currency",
        "currency_type",
        "amount_in_default_currency",
        "default_currency_code",
        "preferred_currency_amount",
        "preferred_currency_code",
        "payment_details",
        "payment_txn_id",
        "score",
        "severity",
        "decision_reason_code",
        "decision_reason_label",
        "vendor_data",
        "metadata",
        "props",
        "tags",
        "parties",
        "payment_methods",
        "documents",
        "activities",
        "alerts",
        "rule_runs",
        "provider_results",
        "travel_rule",
        "network_snapshot",
        "remediation",
        "action_required",
        "cost_breakdown",
    ]
)
_K_TravelRuleSettingsNetworksGtr = frozenset(["rail", "mode", "platform_available", "connected"])
_K_TravelRuleSettingsNetworksTrust = frozenset(["rail", "mode", "platform_available", "connected"])
_K_TravelRuleSettingsNetworksVerifyvasp = frozenset(
    ["rail", "mode", "platform_available", "connected"]
)
_K_TravelRuleSettingsNetworksSygna = frozenset(["rail", "mode", "platform_available", "connected"])
_K_TravelRuleSettingsNetworks = frozenset(["gtr", "trust", "verifyvasp", "sygna"])
_K_TravelRuleSettings = frozenset(
    [
        "is_enabled",
        "jurisdiction",
        "name_matching_strictness",
        "confirmation_timeout_hours",
        "timeout_outcome",
        "threshold_amount",
        "legal_name",
        "lei",
        "compliance_email",
        "is_discoverable",
        "inbound_auto_accept",
        "allow_self_declaration",
        "allow_screenshot_proof",
        "auto_wallet_verification",
        "vasp_attribution_enabled",
        "travel_address",
        "disabled_networks",
        "networks",
    ]
)
_K_TravelRuleSettingsUpdateRequest = frozenset(
    [
        "is_enabled",
        "legal_name",
        "lei",
        "jurisdiction",
        "name_matching_strictness",
        "confirmation_timeout_hours",
        "timeout_outcome",
        "compliance_email",
        "is_discoverable",
        "threshold_amount",
        "inbound_auto_accept",
        "allow_self_declaration",
        "allow_screenshot_proof",
        "auto_wallet_verification",
        "vasp_attribution_enabled",
        "disabled_networks",
    ]
)
_K_TravelRuleWalletAddress = frozenset(
    [
        "uuid",
        "address",
        "chain",
        "holder_vendor_data",
        "holder_name",
        "entity_type",
        "is_ownership_verified",
        "created_at",
        "self_declared",
        "travel_address",
    ]
)
_K_TravelRuleWalletAddressPage = frozenset(["count", "next", "previous", "results"])
_K_TravelRuleWalletAddressCreateRequest = frozenset(
    [
        "address",
        "chain",
        "holder_vendor_data",
        "holder_name",
        "entity_type",
        "self_declared",
        "travel_address",
    ]
)
_K_TravelRuleWalletAddressUpdateRequest = frozenset(
    ["holder_name", "holder_vendor_data", "entity_type", "travel_address"]
)
_K_TravelRuleVasp = frozenset(
    [
        "name",
        "lei",
        "jurisdiction",
        "dd_status",
        "dd_score",
        "reachable_rails",
        "is_didit_customer",
        "dd_score_breakdown",
        "dd_assessed_at",
    ]
)
_K_TravelRuleVaspPage = frozenset(["count", "next", "previous", "results"])
_K_TravelRuleTransferUpdateRequest = frozenset(["payment_txn_id", "action"])
_K_TravelRuleTransferTimelineItem = frozenset(["status", "at", "detail"])
_K_TravelRuleTransferCounterpartyVasp = frozenset(["name", "lei", "dd_score"])
_K_TravelRuleTransfer = frozenset(
    [
        "uuid",
        "status",
        "direction",
        "rail",
        "protocol",
        "ivms_version",
        "required",
        "ownership_confirmed",
        "deadline_at",
        "timeline",
        "counterparty_vasp",
        "originator_data",
        "beneficiary_data",
        "created_at",
    ]
)
_K_TravelRuleOwnershipConfirmRequest = frozenset(["confirmed"])
_K_TravelRulePickup = frozenset(
    ["originator_vasp_name", "amount", "currency", "beneficiary_wallet", "status"]
)
_K_TravelRulePickupRespondRequest = frozenset(["decision", "beneficiary_name"])
_K_TravelRulePickupAnswer = frozenset(["status"])
_K_TravelRuleInboundRequestOriginatingVasp = frozenset(["name", "lei", "travel_address"])
_K_TravelRuleInboundRequest = frozenset(
    [
        "chain",
        "txid",
        "wallet_address",
        "amount",
        "currency",
        "originator_data",
        "beneficiary_data",
        "originating_vasp",
    ]
)
_K_TravelRuleInboundResponse = frozenset(["transaction_id", "txn_id", "created", "travel_rule"])
_K_TravelRuleWidgetSessionCreateRequest = frozenset(
    [
        "wallet_address",
        "chain",
        "holder_name",
        "vendor_data",
        "transaction_id",
        "satoshi_deposit_address",
        "callback_url",
        "expires_in_minutes",
    ]
)
_K_TravelRuleWidgetSession = frozenset(["widget_session_id", "token", "url", "expires_at"])
_K_TravelRuleWidgetProofSummary = frozenset(
    [
        "proof_id",
        "method",
        "status",
        "wallet_address",
        "chain",
        "deposit_address",
        "expected_amount",
        "expires_at",
        "challenge",
        "created_at",
    ]
)
_K_TravelRuleWidgetContext = frozenset(
    [
        "vasp_name",
        "wallet_address",
        "chain",
        "holder_name",
        "allowed_methods",
        "transfer_status",
        "callback_url",
        "expires_at",
        "completed_at",
        "proofs",
        "customization",
    ]
)
_K_BiometricTemplate = frozenset(
    [
        "uuid",
        "vendor_user_uuid",
        "vendor_data",
        "source_type",
        "provenance_reference",
        "retention_policy",
        "retention_override",
        "retained_at",
        "expires_at",
        "retained_by",
        "retained_by_type",
        "instruction_class",
        "instruction_source",
        "instruction_id",
        "held_out_of_use",
        "status",
        "purged_at",
    ]
)
_K_BiometricTemplatePage = frozenset(["count", "next", "previous", "results"])
_K_BiometricTemplateCount = frozenset(["count"])
_K_BiometricTemplatePurgeResult = frozenset(["uuid", "outcome"])
_K_BiometricTemplateBulkPurgeRequest = frozenset(
    [
        "template_uuids",
        "delete_all",
        "vendor_data",
        "vendor_user_uuid",
        "status",
        "source_type",
        "retained_from",
        "retained_to",
    ]
)
_K_BiometricTemplateBulkPurgeResult = frozenset(["results"])
_K_AmlMonitoringUsersRequest = frozenset(
    ["is_enabled", "estimate_only", "vendor_data_list", "didit_internal_id_list"]
)
_K_AmlMonitoringEstimate = frozenset(
    [
        "users_total",
        "already_enabled",
        "with_existing_aml",
        "needing_screening",
        "skipped_no_identity_data",
        "skipped_blocked",
        "estimated_screening_cost_usd",
        "estimated_annual_monitoring_cost_usd",
        "balance_sufficient",
        "unmatched",
    ]
)
_K_AmlMonitoringOutcomes = frozenset(
    [
        "enabled",
        "screened_and_enabled",
        "already_enabled",
        "disabled",
        "skipped_no_identity_data",
        "skipped_blocked",
        "skipped_sandbox",
        "failed_provider",
        "failed_insufficient_balance",
    ]
)
_K_AmlMonitoringEntityResult = frozenset(["didit_internal_id", "vendor_data", "outcome"])
_K_AmlMonitoringJobEstimate = frozenset(
    [
        "users_total",
        "already_enabled",
        "with_existing_aml",
        "needing_screening",
        "skipped_no_identity_data",
        "skipped_blocked",
        "estimated_screening_cost_usd",
        "estimated_annual_monitoring_cost_usd",
        "balance_sufficient",
    ]
)
_K_AmlMonitoringToggleJob = frozenset(
    [
        "job_id",
        "status",
        "is_enabled",
        "target_type",
        "total",
        "processed",
        "outcomes",
        "results",
        "error",
        "created_at",
        "completed_at",
        "estimate",
        "unmatched",
    ]
)
_K_AmlMonitoringBusinessesRequest = frozenset(
    ["is_enabled", "estimate_only", "vendor_data_list", "didit_internal_id_list"]
)
_K_AmlMonitoringJob = frozenset(
    [
        "job_id",
        "status",
        "is_enabled",
        "target_type",
        "total",
        "processed",
        "outcomes",
        "results",
        "error",
        "created_at",
        "completed_at",
    ]
)
_K_SandboxArmRequest = frozenset(["scenario"])
_K_SandboxArmResponse = frozenset(["session_id", "scenario", "status"])
_K_AmlHitBulkUpdateResult: frozenset[str] = frozenset()
_K_AmlHitBulkUpdateItem = frozenset(["hit_id", "review_status"])
_K_AmlHitBulkUpdateRequest = frozenset(["hit_updates", "node_id"])
_K_KybCompanyUpdateRequest = frozenset(
    [
        "company_name",
        "registration_number",
        "country_code",
        "region",
        "incorporation_date",
        "registration_date",
        "dissolution_date",
        "tax_number",
        "legal_address",
        "company_type",
        "registry_status",
        "verification_status",
        "alternative_names",
        "nature_of_business",
        "registered_capital",
        "registered_capital_amount",
        "registered_capital_currency",
        "website",
        "email",
        "phone",
        "legal_entity_identifier",
        "location_of_registration",
        "vat_number",
        "control_scheme",
    ]
)
_K_KybCompanyData = frozenset(
    [
        "uuid",
        "node_id",
        "status",
        "registry_status",
        "data_resolved",
        "company_name",
        "registration_number",
        "country_code",
        "region",
        "company_type",
        "incorporation_date",
        "registered_address",
        "tax_number",
        "risk_level",
        "verification_status",
        "is_from_registry",
        "fetch_status",
        "alternative_names",
        "nature_of_business",
        "registered_capital",
        "registered_capital_amount",
        "registered_capital_currency",
        "website",
        "email",
        "phone",
        "legal_entity_identifier",
        "location_of_registration",
        "vat_number",
        "vat_validation_status",
        "vat_validated_name",
        "vat_validated_address",
        "vat_checked_at",
        "financial_summary",
        "officers",
        "beneficial_owners",
        "addresses",
        "industries",
        "accounts",
        "registry_data",
        "user_provided_data",
        "confirmed_by_user_at",
        "last_console_edit_at",
        "is_editable",
    ]
)
_K_KybPartyUpdateRequest = frozenset(["is_skipped"])
_K_KybParty = frozenset(
    [
        "uuid",
        "entity_type",
        "name",
        "is_skipped",
        "requires_verification",
        "kyc_session_status",
        "kyc_session_url",
        "kyc_session_deleted",
        "kyb_sub_session_deleted",
    ]
)
_K_UserFaceUploadRequest = frozenset(["image", "comment"])
_K_UserFace = frozenset(["uuid", "image_url", "comment", "uploaded_by", "created_at"])
_K_AmlMonitoringBulkToggleRequest = frozenset(
    [
        "is_enabled",
        "estimate_only",
        "update_all",
        "filter_search",
        "filter_status",
        "filter_country",
        "filter_date_from",
        "filter_date_to",
        "session_numbers",
        "toggle_all",
        "filter_workflow_id",
    ]
)


def structure_ErrorBody(d: Any) -> ErrorBody:
    """Decode a JSON object into :class:`ErrorBody`."""
    o = _new(ErrorBody)
    vals = o.__dict__
    vals.update(d)
    if _K_ErrorBody.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ErrorBody
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_ErrorBody: _Table = (
    ("detail", "detail", None, False),
    ("code", "code", None, False),
    ("error", "error", None, False),
)


def unstructure_ErrorBody(o: ErrorBody) -> dict[str, Any]:
    """Encode :class:`ErrorBody` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_ErrorBody)


def structure_Warning(d: Any) -> Warning:
    """Decode a JSON object into :class:`Warning`."""
    v: Any
    o = _new(Warning)
    vals = o.__dict__
    vals.update(d)
    if _K_Warning.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_Warning
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "log_type" in vals:
        v = vals["log_type"]
        if v.__class__ is str:
            vals["log_type"] = _M_WarningLogType[v]
    return o


_U_Warning: _Table = (
    ("feature", "feature", None, False),
    ("risk", "risk", None, False),
    ("additional_data", "additional_data", None, False),
    ("log_type", "log_type", lambda v: v.value if isinstance(v, WarningLogType) else v, False),
    ("short_description", "short_description", None, False),
    ("long_description", "long_description", None, False),
    ("node_id", "node_id", None, False),
)


def unstructure_Warning(o: Warning) -> dict[str, Any]:
    """Encode :class:`Warning` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_Warning)


def structure_ContactDetails(d: Any) -> ContactDetails:
    """Decode a JSON object into :class:`ContactDetails`."""
    o = _new(ContactDetails)
    vals = o.__dict__
    vals.update(d)
    if _K_ContactDetails.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ContactDetails
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_ContactDetails: _Table = (
    ("email", "email", None, True),
    ("send_notification_emails", "send_notification_emails", None, False),
    ("email_lang", "email_lang", None, False),
    ("phone", "phone", None, True),
)


def unstructure_ContactDetails(o: ContactDetails) -> dict[str, Any]:
    """Encode :class:`ContactDetails` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_ContactDetails)


def validate_ContactDetails(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ContactDetails."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "ContactDetails", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("email")
    if v is not None:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "email", "type", "must be a string, not " + type(v).__name__
            )
        if not is_email(v):
            raise DiditValidationError(at + "email", "format", "must be a valid email")
    v = d.get("send_notification_emails")
    if v is None:
        if "send_notification_emails" in d:
            raise DiditValidationError(at + "send_notification_emails", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "send_notification_emails",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("email_lang")
    if v is None:
        if "email_lang" in d:
            raise DiditValidationError(at + "email_lang", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "email_lang", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("phone")
    if v is not None:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "phone", "type", "must be a string, not " + type(v).__name__
            )
        if _P0.search(v) is None:
            raise DiditValidationError(
                at + "phone", "pattern", "does not have the expected format (^\\+[1-9]\\d{1,14}$)"
            )


def structure_ExpectedDetails(d: Any) -> ExpectedDetails:
    """Decode a JSON object into :class:`ExpectedDetails`."""
    o = _new(ExpectedDetails)
    vals = o.__dict__
    vals.update(d)
    if _K_ExpectedDetails.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ExpectedDetails
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_ExpectedDetails: _Table = (
    ("first_name", "first_name", None, False),
    ("last_name", "last_name", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("gender", "gender", None, True),
    ("nationality", "nationality", None, False),
    ("id_country", "id_country", None, False),
    ("poa_country", "poa_country", None, False),
    ("country", "country", None, False),
    ("address", "address", None, False),
    ("identification_number", "identification_number", None, False),
    ("ip_address", "ip_address", None, False),
    ("expected_document_types", "expected_document_types", None, False),
)


def unstructure_ExpectedDetails(o: ExpectedDetails) -> dict[str, Any]:
    """Encode :class:`ExpectedDetails` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_ExpectedDetails)


def validate_ExpectedDetails(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ExpectedDetails."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "ExpectedDetails",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("first_name")
    if v is None:
        if "first_name" in d:
            raise DiditValidationError(at + "first_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "first_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("last_name")
    if v is None:
        if "last_name" in d:
            raise DiditValidationError(at + "last_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "last_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("date_of_birth")
    if v is None:
        if "date_of_birth" in d:
            raise DiditValidationError(at + "date_of_birth", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "date_of_birth", "type", "must be a string, not " + type(v).__name__
            )
        if not is_date(v):
            raise DiditValidationError(at + "date_of_birth", "format", "must be a valid date")
    v = d.get("gender")
    if v is not None:
        if not isinstance(v, str) or v not in _E_inline0:
            raise DiditValidationError(
                at + "gender",
                "enum",
                "must be one of: M, F"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("nationality")
    if v is None:
        if "nationality" in d:
            raise DiditValidationError(at + "nationality", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "nationality", "type", "must be a string, not " + type(v).__name__
            )
        if _P1.search(v) is None:
            raise DiditValidationError(
                at + "nationality", "pattern", "does not have the expected format (^[A-Z]{3}$)"
            )
    v = d.get("id_country")
    if v is None:
        if "id_country" in d:
            raise DiditValidationError(at + "id_country", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "id_country", "type", "must be a string, not " + type(v).__name__
            )
        if _P1.search(v) is None:
            raise DiditValidationError(
                at + "id_country", "pattern", "does not have the expected format (^[A-Z]{3}$)"
            )
    v = d.get("poa_country")
    if v is None:
        if "poa_country" in d:
            raise DiditValidationError(at + "poa_country", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "poa_country", "type", "must be a string, not " + type(v).__name__
            )
        if _P1.search(v) is None:
            raise DiditValidationError(
                at + "poa_country", "pattern", "does not have the expected format (^[A-Z]{3}$)"
            )
    v = d.get("country")
    if v is None:
        if "country" in d:
            raise DiditValidationError(at + "country", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "country", "type", "must be a string, not " + type(v).__name__
            )
        if _P1.search(v) is None:
            raise DiditValidationError(
                at + "country", "pattern", "does not have the expected format (^[A-Z]{3}$)"
            )
    v = d.get("address")
    if v is None:
        if "address" in d:
            raise DiditValidationError(at + "address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "address", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("identification_number")
    if v is None:
        if "identification_number" in d:
            raise DiditValidationError(at + "identification_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "identification_number", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("ip_address")
    if v is None:
        if "ip_address" in d:
            raise DiditValidationError(at + "ip_address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "ip_address", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("expected_document_types")
    if v is None:
        if "expected_document_types" in d:
            raise DiditValidationError(at + "expected_document_types", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "expected_document_types", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(
                    at + "expected_document_types", "type", "must not contain null"
                )
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "expected_document_types" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )


def structure_FaceEntity(d: Any) -> FaceEntity:
    """Decode a JSON object into :class:`FaceEntity`."""
    o = _new(FaceEntity)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceEntity.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceEntity
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_FaceEntity: _Table = (
    ("age", "age", None, False),
    ("bbox", "bbox", None, False),
    ("confidence", "confidence", None, False),
    ("gender", "gender", None, False),
)


def unstructure_FaceEntity(o: FaceEntity) -> dict[str, Any]:
    """Encode :class:`FaceEntity` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_FaceEntity)


def structure_FaceImageInfo(d: Any) -> FaceImageInfo:
    """Decode a JSON object into :class:`FaceImageInfo`."""
    v: Any
    o = _new(FaceImageInfo)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceImageInfo.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceImageInfo
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "entities" in vals:
        v = vals["entities"]
        if v and v.__class__ is list:
            vals["entities"] = [structure_FaceEntity(x) if x.__class__ is dict else x for x in v]
    return o


_U_FaceImageInfo: _Table = (
    (
        "entities",
        "entities",
        lambda v: (
            [unstructure_FaceEntity(x) if isinstance(x, FaceEntity) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("best_angle", "best_angle", None, False),
)


def unstructure_FaceImageInfo(o: FaceImageInfo) -> dict[str, Any]:
    """Encode :class:`FaceImageInfo` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_FaceImageInfo)


def structure_ParsedAddress(d: Any) -> ParsedAddress:
    """Decode a JSON object into :class:`ParsedAddress`."""
    o = _new(ParsedAddress)
    vals = o.__dict__
    vals.update(d)
    if _K_ParsedAddress.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ParsedAddress
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_ParsedAddress: _Table = (
    ("street_1", "street_1", None, False),
    ("street_2", "street_2", None, False),
    ("city", "city", None, False),
    ("region", "region", None, False),
    ("postal_code", "postal_code", None, False),
    ("country", "country", None, False),
    ("address_type", "address_type", None, False),
    ("raw_results", "raw_results", None, False),
)


def unstructure_ParsedAddress(o: ParsedAddress) -> dict[str, Any]:
    """Encode :class:`ParsedAddress` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_ParsedAddress)


def structure_IdVerificationReport(d: Any) -> IdVerificationReport:
    """Decode a JSON object into :class:`IdVerificationReport`."""
    v: Any
    o = _new(IdVerificationReport)
    vals = o.__dict__
    vals.update(d)
    if _K_IdVerificationReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IdVerificationReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    if "parsed_address" in vals:
        v = vals["parsed_address"]
        if v.__class__ is dict:
            vals["parsed_address"] = structure_ParsedAddress(v)
    return o


_U_IdVerificationReport: _Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("document_type", "document_type", None, False),
    ("document_number", "document_number", None, False),
    ("personal_number", "personal_number", None, False),
    ("first_name", "first_name", None, False),
    ("last_name", "last_name", None, False),
    ("full_name", "full_name", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("age", "age", None, False),
    ("gender", "gender", None, False),
    ("nationality", "nationality", None, False),
    ("issuing_state", "issuing_state", None, False),
    ("issuing_state_name", "issuing_state_name", None, False),
    ("expiration_date", "expiration_date", None, False),
    ("expiry_date", "expiry_date", None, False),
    ("issuing_country", "issuing_country", None, False),
    ("date_of_issue", "date_of_issue", None, False),
    ("address", "address", None, False),
    ("formatted_address", "formatted_address", None, False),
    (
        "parsed_address",
        "parsed_address",
        lambda v: unstructure_ParsedAddress(v) if isinstance(v, ParsedAddress) else v,
        False,
    ),
    ("place_of_birth", "place_of_birth", None, False),
    ("marital_status", "marital_status", None, False),
    ("portrait_image", "portrait_image", None, False),
    ("front_image", "front_image", None, False),
    ("back_image", "back_image", None, False),
    ("front_document_image", "front_document_image", None, False),
    ("back_document_image", "back_document_image", None, False),
    ("front_video", "front_video", None, False),
    ("back_video", "back_video", None, False),
    ("full_front_image", "full_front_image", None, False),
    ("full_back_image", "full_back_image", None, False),
    ("mrz", "mrz", None, False),
    (
        "extra_fields",
        "extra_fields",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("extra_files", "extra_files", None, False),
)


def unstructure_IdVerificationReport(o: IdVerificationReport) -> dict[str, Any]:
    """Encode :class:`IdVerificationReport` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_IdVerificationReport)


def structure_NfcVerificationReport(d: Any) -> NfcVerificationReport:
    """Decode a JSON object into :class:`NfcVerificationReport`."""
    v: Any
    o = _new(NfcVerificationReport)
    vals = o.__dict__
    vals.update(d)
    if _K_NfcVerificationReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NfcVerificationReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    return o


_U_NfcVerificationReport: _Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("portrait_image", "portrait_image", None, False),
    ("signature_image", "signature_image", None, False),
    (
        "chip_data",
        "chip_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "authenticity",
        "authenticity",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "certificate_summary",
        "certificate_summary",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_NfcVerificationReport(o: NfcVerificationReport) -> dict[str, Any]:
    """Encode :class:`NfcVerificationReport` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_NfcVerificationReport)


def structure_LivenessReport(d: Any) -> LivenessReport:
    """Decode a JSON object into :class:`LivenessReport`."""
    v: Any
    o = _new(LivenessReport)
    vals = o.__dict__
    vals.update(d)
    if _K_LivenessReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_LivenessReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    if "user_image" in vals:
        v = vals["user_image"]
        if v.__class__ is dict:
            vals["user_image"] = structure_FaceImageInfo(v)
    return o


_U_LivenessReport: _Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("method", "method", None, False),
    ("score", "score", None, False),
    ("reference_image", "reference_image", None, False),
    ("video_url", "video_url", None, False),
    ("age_estimation", "age_estimation", None, False),
    (
        "user_image",
        "user_image",
        lambda v: unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v,
        False,
    ),
    ("face_quality", "face_quality", None, False),
    ("face_luminance", "face_luminance", None, False),
)


def unstructure_LivenessReport(o: LivenessReport) -> dict[str, Any]:
    """Encode :class:`LivenessReport` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_LivenessReport)


def structure_AgeEstimationReport(d: Any) -> AgeEstimationReport:
    """Decode a JSON object into :class:`AgeEstimationReport`."""
    v: Any
    o = _new(AgeEstimationReport)
    vals = o.__dict__
    vals.update(d)
    if _K_AgeEstimationReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AgeEstimationReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    if "user_image" in vals:
        v = vals["user_image"]
        if v.__class__ is dict:
            vals["user_image"] = structure_FaceImageInfo(v)
    return o


_U_AgeEstimationReport: _Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("method", "method", None, False),
    ("score", "score", None, False),
    ("age_estimation", "age_estimation", None, False),
    ("reference_image", "reference_image", None, False),
    ("video_url", "video_url", None, False),
    (
        "user_image",
        "user_image",
        lambda v: unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v,
        False,
    ),
)


def unstructure_AgeEstimationReport(o: AgeEstimationReport) -> dict[str, Any]:
    """Encode :class:`AgeEstimationReport` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AgeEstimationReport)


def structure_FaceMatchReport(d: Any) -> FaceMatchReport:
    """Decode a JSON object into :class:`FaceMatchReport`."""
    v: Any
    o = _new(FaceMatchReport)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceMatchReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceMatchReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    if "user_image" in vals:
        v = vals["user_image"]
        if v.__class__ is dict:
            vals["user_image"] = structure_FaceImageInfo(v)
    if "ref_image" in vals:
        v = vals["ref_image"]
        if v.__class__ is dict:
            vals["ref_image"] = structure_FaceImageInfo(v)
    return o


_U_FaceMatchReport: _Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("score", "score", None, False),
    ("source_image", "source_image", None, False),
    ("target_image", "target_image", None, False),
    (
        "user_image",
        "user_image",
        lambda v: unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v,
        False,
    ),
    (
        "ref_image",
        "ref_image",
        lambda v: unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v,
        False,
    ),
)


def unstructure_FaceMatchReport(o: FaceMatchReport) -> dict[str, Any]:
    """Encode :class:`FaceMatchReport` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_FaceMatchReport)


def structure_FaceSearchUserDetails(d: Any) -> FaceSearchUserDetails:
    """Decode a JSON object into :class:`FaceSearchUserDetails`."""
    o = _new(FaceSearchUserDetails)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceSearchUserDetails.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceSearchUserDetails
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_FaceSearchUserDetails: _Table = (
    ("name", "name", None, False),
    ("document_type", "document_type", None, False),
    ("document_number", "document_number", None, False),
)


def unstructure_FaceSearchUserDetails(o: FaceSearchUserDetails) -> dict[str, Any]:
    """Encode :class:`FaceSearchUserDetails` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_FaceSearchUserDetails)


def structure_FaceSearchMatch(d: Any) -> FaceSearchMatch:
    """Decode a JSON object into :class:`FaceSearchMatch`."""
    v: Any
    o = _new(FaceSearchMatch)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceSearchMatch.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceSearchMatch
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "user_details" in vals:
        v = vals["user_details"]
        if v.__class__ is dict:
            vals["user_details"] = structure_FaceSearchUserDetails(v)
    return o


_U_FaceSearchMatch: _Table = (
    ("session_id", "session_id", None, False),
    ("session_number", "session_number", None, False),
    ("similarity_percentage", "similarity_percentage", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("verification_date", "verification_date", None, False),
    (
        "user_details",
        "user_details",
        lambda v: (
            unstructure_FaceSearchUserDetails(v) if isinstance(v, FaceSearchUserDetails) else v
        ),
        False,
    ),
    ("match_image_url", "match_image_url", None, False),
    ("status", "status", None, False),
    ("is_blocklisted", "is_blocklisted", None, False),
)


def unstructure_FaceSearchMatch(o: FaceSearchMatch) -> dict[str, Any]:
    """Encode :class:`FaceSearchMatch` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_FaceSearchMatch)


def structure_FaceSearchReport(d: Any) -> FaceSearchReport:
    """Decode a JSON object into :class:`FaceSearchReport`."""
    v: Any
    o = _new(FaceSearchReport)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceSearchReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceSearchReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    if "matches" in vals:
        v = vals["matches"]
        if v and v.__class__ is list:
            vals["matches"] = [
                structure_FaceSearchMatch(x) if x.__class__ is dict else x for x in v
            ]
    if "user_image" in vals:
        v = vals["user_image"]
        if v.__class__ is dict:
            vals["user_image"] = structure_FaceImageInfo(v)
    return o


_U_FaceSearchReport: _Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("total_matches", "total_matches", None, False),
    (
        "matches",
        "matches",
        lambda v: (
            [unstructure_FaceSearchMatch(x) if isinstance(x, FaceSearchMatch) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "user_image",
        "user_image",
        lambda v: unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v,
        False,
    ),
)


def unstructure_FaceSearchReport(o: FaceSearchReport) -> dict[str, Any]:
    """Encode :class:`FaceSearchReport` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_FaceSearchReport)


def structure_PoaReport(d: Any) -> PoaReport:
    """Decode a JSON object into :class:`PoaReport`."""
    v: Any
    o = _new(PoaReport)
    vals = o.__dict__
    vals.update(d)
    if _K_PoaReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PoaReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    if "poa_parsed_address" in vals:
        v = vals["poa_parsed_address"]
        if v.__class__ is dict:
            vals["poa_parsed_address"] = structure_ParsedAddress(v)
    return o


_U_PoaReport: _Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("document_type", "document_type", None, False),
    ("issuer", "issuer", None, False),
    ("poa_address", "poa_address", None, False),
    ("poa_formatted_address", "poa_formatted_address", None, False),
    (
        "poa_parsed_address",
        "poa_parsed_address",
        lambda v: unstructure_ParsedAddress(v) if isinstance(v, ParsedAddress) else v,
        False,
    ),
    ("issue_date", "issue_date", None, False),
    ("document_file", "document_file", None, False),
    ("document_language", "document_language", None, False),
    ("name_on_document", "name_on_document", None, False),
)


def unstructure_PoaReport(o: PoaReport) -> dict[str, Any]:
    """Encode :class:`PoaReport` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_PoaReport)


def structure_DocumentAiDocument(d: Any) -> DocumentAiDocument:
    """Decode a JSON object into :class:`DocumentAiDocument`."""
    v: Any
    o = _new(DocumentAiDocument)
    vals = o.__dict__
    vals.update(d)
    if _K_DocumentAiDocument.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DocumentAiDocument
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    return o


_U_DocumentAiDocument: _Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("document_type", "document_type", None, False),
    (
        "fields",
        "fields",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("document_file", "document_file", None, False),
)


def unstructure_DocumentAiDocument(o: DocumentAiDocument) -> dict[str, Any]:
    """Encode :class:`DocumentAiDocument` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DocumentAiDocument)


def structure_EmailBreach(d: Any) -> EmailBreach:
    """Decode a JSON object into :class:`EmailBreach`."""
    o = _new(EmailBreach)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailBreach.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailBreach
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_EmailBreach: _Table = (
    ("name", "name", None, False),
    ("domain", "domain", None, False),
    ("breach_date", "breach_date", None, False),
    ("data_classes", "data_classes", None, False),
)


def unstructure_EmailBreach(o: EmailBreach) -> dict[str, Any]:
    """Encode :class:`EmailBreach` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_EmailBreach)


def structure_EmailLifecycleEvent(d: Any) -> EmailLifecycleEvent:
    """Decode a JSON object into :class:`EmailLifecycleEvent`."""
    o = _new(EmailLifecycleEvent)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailLifecycleEvent.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailLifecycleEvent
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_EmailLifecycleEvent: _Table = (
    ("type", "type", None, False),
    ("timestamp", "timestamp", None, False),
    ("fee", "fee", None, False),
)


def unstructure_EmailLifecycleEvent(o: EmailLifecycleEvent) -> dict[str, Any]:
    """Encode :class:`EmailLifecycleEvent` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_EmailLifecycleEvent)


def structure_EmailReport(d: Any) -> EmailReport:
    """Decode a JSON object into :class:`EmailReport`."""
    v: Any
    o = _new(EmailReport)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    if "breaches" in vals:
        v = vals["breaches"]
        if v and v.__class__ is list:
            vals["breaches"] = [structure_EmailBreach(x) if x.__class__ is dict else x for x in v]
    if "lifecycle" in vals:
        v = vals["lifecycle"]
        if v and v.__class__ is list:
            vals["lifecycle"] = [
                structure_EmailLifecycleEvent(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_EmailReport: _Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("email", "email", None, False),
    ("is_breached", "is_breached", None, False),
    (
        "breaches",
        "breaches",
        lambda v: (
            [unstructure_EmailBreach(x) if isinstance(x, EmailBreach) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("is_disposable", "is_disposable", None, False),
    ("is_undeliverable", "is_undeliverable", None, False),
    ("verification_attempts", "verification_attempts", None, False),
    ("verified_at", "verified_at", None, False),
    (
        "lifecycle",
        "lifecycle",
        lambda v: (
            [
                unstructure_EmailLifecycleEvent(x) if isinstance(x, EmailLifecycleEvent) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_EmailReport(o: EmailReport) -> dict[str, Any]:
    """Encode :class:`EmailReport` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_EmailReport)


def structure_PhoneReport(d: Any) -> PhoneReport:
    """Decode a JSON object into :class:`PhoneReport`."""
    v: Any
    o = _new(PhoneReport)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    if "lifecycle" in vals:
        v = vals["lifecycle"]
        if v and v.__class__ is list:
            vals["lifecycle"] = [
                structure_EmailLifecycleEvent(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_PhoneReport: _Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("full_number", "full_number", None, False),
    ("phone_number", "phone_number", None, False),
    ("country_code", "country_code", None, False),
    ("country_name", "country_name", None, False),
    (
        "carrier",
        "carrier",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("is_disposable", "is_disposable", None, False),
    ("is_virtual", "is_virtual", None, False),
    ("verification_method", "verification_method", None, False),
    ("verification_attempts", "verification_attempts", None, False),
    ("verified_at", "verified_at", None, False),
    (
        "lifecycle",
        "lifecycle",
        lambda v: (
            [
                unstructure_EmailLifecycleEvent(x) if isinstance(x, EmailLifecycleEvent) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_PhoneReport(o: PhoneReport) -> dict[str, Any]:
    """Encode :class:`PhoneReport` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_PhoneReport)


def structure_AmlScoreBreakdown(d: Any) -> AmlScoreBreakdown:
    """Decode a JSON object into :class:`AmlScoreBreakdown`."""
    o = _new(AmlScoreBreakdown)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlScoreBreakdown.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlScoreBreakdown
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlScoreBreakdown: _Table = (
    ("name_score", "name_score", None, False),
    ("name_weight", "name_weight", None, False),
    ("dob_score", "dob_score", None, False),
    ("dob_weight", "dob_weight", None, False),
    ("country_score", "country_score", None, False),
    ("country_weight", "country_weight", None, False),
)


def unstructure_AmlScoreBreakdown(o: AmlScoreBreakdown) -> dict[str, Any]:
    """Encode :class:`AmlScoreBreakdown` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AmlScoreBreakdown)


def structure_AmlHit(d: Any) -> AmlHit:
    """Decode a JSON object into :class:`AmlHit`."""
    v: Any
    o = _new(AmlHit)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlHit.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlHit
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "review_status" in vals:
        v = vals["review_status"]
        if v.__class__ is str:
            vals["review_status"] = _M_AmlHitReviewStatus[v]
    if "score_breakdown" in vals:
        v = vals["score_breakdown"]
        if v.__class__ is dict:
            vals["score_breakdown"] = structure_AmlScoreBreakdown(v)
    return o


_U_AmlHit: _Table = (
    ("id", "id", None, False),
    ("caption", "caption", None, False),
    ("match_score", "match_score", None, False),
    ("risk_score", "risk_score", None, False),
    (
        "review_status",
        "review_status",
        lambda v: v.value if isinstance(v, AmlHitReviewStatus) else v,
        False,
    ),
    ("datasets", "datasets", None, False),
    (
        "properties",
        "properties",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("url", "url", None, False),
    (
        "score_breakdown",
        "score_breakdown",
        lambda v: unstructure_AmlScoreBreakdown(v) if isinstance(v, AmlScoreBreakdown) else v,
        False,
    ),
    ("first_seen", "first_seen", None, False),
    ("last_seen", "last_seen", None, False),
)


def unstructure_AmlHit(o: AmlHit) -> dict[str, Any]:
    """Encode :class:`AmlHit` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AmlHit)


def structure_AmlReport(d: Any) -> AmlReport:
    """Decode a JSON object into :class:`AmlReport`."""
    v: Any
    o = _new(AmlReport)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    if "hits" in vals:
        v = vals["hits"]
        if v and v.__class__ is list:
            vals["hits"] = [structure_AmlHit(x) if x.__class__ is dict else x for x in v]
    return o


_U_AmlReport: _Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("total_hits", "total_hits", None, False),
    ("score", "score", None, False),
    (
        "hits",
        "hits",
        lambda v: (
            [unstructure_AmlHit(x) if isinstance(x, AmlHit) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "screened_data",
        "screened_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("entity_type", "entity_type", None, False),
    ("is_ongoing_monitoring", "is_ongoing_monitoring", None, False),
)


def unstructure_AmlReport(o: AmlReport) -> dict[str, Any]:
    """Encode :class:`AmlReport` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AmlReport)


def structure_IpAnalysisReport(d: Any) -> IpAnalysisReport:
    """Decode a JSON object into :class:`IpAnalysisReport`."""
    v: Any
    o = _new(IpAnalysisReport)
    vals = o.__dict__
    vals.update(d)
    if _K_IpAnalysisReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IpAnalysisReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    return o


_U_IpAnalysisReport: _Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("ip_address", "ip_address", None, False),
    ("ip_country", "ip_country", None, False),
    ("ip_country_code", "ip_country_code", None, False),
    ("ip_city", "ip_city", None, False),
    ("is_vpn_or_tor", "is_vpn_or_tor", None, False),
    ("is_data_center", "is_data_center", None, False),
    ("isp", "isp", None, False),
    ("device_brand", "device_brand", None, False),
    ("device_model", "device_model", None, False),
    ("browser_family", "browser_family", None, False),
    ("os_family", "os_family", None, False),
    ("platform", "platform", None, False),
    ("latitude", "latitude", None, False),
    ("longitude", "longitude", None, False),
)


def unstructure_IpAnalysisReport(o: IpAnalysisReport) -> dict[str, Any]:
    """Encode :class:`IpAnalysisReport` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_IpAnalysisReport)


def structure_DatabaseValidationReport(d: Any) -> DatabaseValidationReport:
    """Decode a JSON object into :class:`DatabaseValidationReport`."""
    v: Any
    o = _new(DatabaseValidationReport)
    vals = o.__dict__
    vals.update(d)
    if _K_DatabaseValidationReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DatabaseValidationReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    return o


_U_DatabaseValidationReport: _Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("issuing_state", "issuing_state", None, False),
    ("validation_type", "validation_type", None, False),
    ("match_type", "match_type", None, False),
    ("validations", "validations", None, False),
    (
        "screened_data",
        "screened_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_DatabaseValidationReport(o: DatabaseValidationReport) -> dict[str, Any]:
    """Encode :class:`DatabaseValidationReport` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DatabaseValidationReport)


def structure_QuestionnaireResponse(d: Any) -> QuestionnaireResponse:
    """Decode a JSON object into :class:`QuestionnaireResponse`."""
    v: Any
    o = _new(QuestionnaireResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_QuestionnaireResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_QuestionnaireResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    return o


_U_QuestionnaireResponse: _Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("questionnaire_id", "questionnaire_id", None, False),
    ("title", "title", None, False),
    ("sections", "sections", None, False),
    ("answers", "answers", None, False),
)


def unstructure_QuestionnaireResponse(o: QuestionnaireResponse) -> dict[str, Any]:
    """Encode :class:`QuestionnaireResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_QuestionnaireResponse)


def structure_SignatureReport(d: Any) -> SignatureReport:
    """Decode a JSON object into :class:`SignatureReport`."""
    v: Any
    o = _new(SignatureReport)
    vals = o.__dict__
    vals.update(d)
    if _K_SignatureReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SignatureReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    return o


_U_SignatureReport: _Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("document_url", "document_url", None, False),
    ("signed_at", "signed_at", None, False),
    ("signer_name", "signer_name", None, False),
)


def unstructure_SignatureReport(o: SignatureReport) -> dict[str, Any]:
    """Encode :class:`SignatureReport` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_SignatureReport)


def structure_BankVerificationReport(d: Any) -> BankVerificationReport:
    """Decode a JSON object into :class:`BankVerificationReport`."""
    v: Any
    o = _new(BankVerificationReport)
    vals = o.__dict__
    vals.update(d)
    if _K_BankVerificationReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BankVerificationReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    return o


_U_BankVerificationReport: _Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("bank_name", "bank_name", None, False),
    ("account_holder", "account_holder", None, False),
    ("iban", "iban", None, False),
)


def unstructure_BankVerificationReport(o: BankVerificationReport) -> dict[str, Any]:
    """Encode :class:`BankVerificationReport` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BankVerificationReport)


def structure_KybRegistryCheck(d: Any) -> KybRegistryCheck:
    """Decode a JSON object into :class:`KybRegistryCheck`."""
    v: Any
    o = _new(KybRegistryCheck)
    vals = o.__dict__
    vals.update(d)
    if _K_KybRegistryCheck.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybRegistryCheck
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    return o


_U_KybRegistryCheck: _Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("company_name", "company_name", None, False),
    ("registration_number", "registration_number", None, False),
    ("country", "country", None, False),
    (
        "registry_data",
        "registry_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_KybRegistryCheck(o: KybRegistryCheck) -> dict[str, Any]:
    """Encode :class:`KybRegistryCheck` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_KybRegistryCheck)


def structure_KybDocumentVerification(d: Any) -> KybDocumentVerification:
    """Decode a JSON object into :class:`KybDocumentVerification`."""
    v: Any
    o = _new(KybDocumentVerification)
    vals = o.__dict__
    vals.update(d)
    if _K_KybDocumentVerification.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybDocumentVerification
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    return o


_U_KybDocumentVerification: _Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("document_type", "document_type", None, False),
    ("document_file", "document_file", None, False),
)


def unstructure_KybDocumentVerification(o: KybDocumentVerification) -> dict[str, Any]:
    """Encode :class:`KybDocumentVerification` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_KybDocumentVerification)


def structure_KybKeyPeopleCheck(d: Any) -> KybKeyPeopleCheck:
    """Decode a JSON object into :class:`KybKeyPeopleCheck`."""
    v: Any
    o = _new(KybKeyPeopleCheck)
    vals = o.__dict__
    vals.update(d)
    if _K_KybKeyPeopleCheck.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybKeyPeopleCheck
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    return o


_U_KybKeyPeopleCheck: _Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("people", "people", None, False),
)


def unstructure_KybKeyPeopleCheck(o: KybKeyPeopleCheck) -> dict[str, Any]:
    """Encode :class:`KybKeyPeopleCheck` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_KybKeyPeopleCheck)


def structure_SessionReview(d: Any) -> SessionReview:
    """Decode a JSON object into :class:`SessionReview`."""
    o = _new(SessionReview)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionReview.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionReview
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionReview: _Table = (
    ("uuid", "uuid", None, False),
    ("id", "id", None, False),
    ("activity_type", "activity_type", None, False),
    ("action", "action", None, False),
    ("actor_display", "actor_display", None, False),
    ("actor_email", "actor_email", None, False),
    ("actor_type", "actor_type", None, False),
    ("new_status", "new_status", None, False),
    ("previous_status", "previous_status", None, False),
    ("old_status", "old_status", None, False),
    ("comment", "comment", None, False),
    ("note", "note", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_SessionReview(o: SessionReview) -> dict[str, Any]:
    """Encode :class:`SessionReview` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_SessionReview)


def structure_SessionDecision(d: Any) -> SessionDecision:
    """Decode a JSON object into :class:`SessionDecision`."""
    v: Any
    o = _new(SessionDecision)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionDecision.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionDecision
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_SessionStatus[v]
    if "session_kind" in vals:
        v = vals["session_kind"]
        if v.__class__ is str:
            vals["session_kind"] = _M_SessionKind[v]
    if "environment" in vals:
        v = vals["environment"]
        if v.__class__ is str:
            vals["environment"] = _M_Environment[v]
    if "expected_details" in vals:
        v = vals["expected_details"]
        if v.__class__ is dict:
            vals["expected_details"] = structure_ExpectedDetails(v)
    if "contact_details" in vals:
        v = vals["contact_details"]
        if v.__class__ is dict:
            vals["contact_details"] = structure_ContactDetails(v)
    if "id_verifications" in vals:
        v = vals["id_verifications"]
        if v and v.__class__ is list:
            vals["id_verifications"] = [
                structure_IdVerificationReport(x) if x.__class__ is dict else x for x in v
            ]
    if "nfc_verifications" in vals:
        v = vals["nfc_verifications"]
        if v and v.__class__ is list:
            vals["nfc_verifications"] = [
                structure_NfcVerificationReport(x) if x.__class__ is dict else x for x in v
            ]
    if "liveness_checks" in vals:
        v = vals["liveness_checks"]
        if v and v.__class__ is list:
            vals["liveness_checks"] = [
                structure_LivenessReport(x) if x.__class__ is dict else x for x in v
            ]
    if "face_matches" in vals:
        v = vals["face_matches"]
        if v and v.__class__ is list:
            vals["face_matches"] = [
                structure_FaceMatchReport(x) if x.__class__ is dict else x for x in v
            ]
    if "poa_verifications" in vals:
        v = vals["poa_verifications"]
        if v and v.__class__ is list:
            vals["poa_verifications"] = [
                structure_PoaReport(x) if x.__class__ is dict else x for x in v
            ]
    if "document_ai_documents" in vals:
        v = vals["document_ai_documents"]
        if v and v.__class__ is list:
            vals["document_ai_documents"] = [
                structure_DocumentAiDocument(x) if x.__class__ is dict else x for x in v
            ]
    if "phone_verifications" in vals:
        v = vals["phone_verifications"]
        if v and v.__class__ is list:
            vals["phone_verifications"] = [
                structure_PhoneReport(x) if x.__class__ is dict else x for x in v
            ]
    if "email_verifications" in vals:
        v = vals["email_verifications"]
        if v and v.__class__ is list:
            vals["email_verifications"] = [
                structure_EmailReport(x) if x.__class__ is dict else x for x in v
            ]
    if "aml_screenings" in vals:
        v = vals["aml_screenings"]
        if v and v.__class__ is list:
            vals["aml_screenings"] = [
                structure_AmlReport(x) if x.__class__ is dict else x for x in v
            ]
    if "ip_analyses" in vals:
        v = vals["ip_analyses"]
        if v and v.__class__ is list:
            vals["ip_analyses"] = [
                structure_IpAnalysisReport(x) if x.__class__ is dict else x for x in v
            ]
    if "database_validations" in vals:
        v = vals["database_validations"]
        if v and v.__class__ is list:
            vals["database_validations"] = [
                structure_DatabaseValidationReport(x) if x.__class__ is dict else x for x in v
            ]
    if "questionnaire_responses" in vals:
        v = vals["questionnaire_responses"]
        if v and v.__class__ is list:
            vals["questionnaire_responses"] = [
                structure_QuestionnaireResponse(x) if x.__class__ is dict else x for x in v
            ]
    if "signatures" in vals:
        v = vals["signatures"]
        if v and v.__class__ is list:
            vals["signatures"] = [
                structure_SignatureReport(x) if x.__class__ is dict else x for x in v
            ]
    if "bank_verifications" in vals:
        v = vals["bank_verifications"]
        if v and v.__class__ is list:
            vals["bank_verifications"] = [
                structure_BankVerificationReport(x) if x.__class__ is dict else x for x in v
            ]
    if "registry_checks" in vals:
        v = vals["registry_checks"]
        if v and v.__class__ is list:
            vals["registry_checks"] = [
                structure_KybRegistryCheck(x) if x.__class__ is dict else x for x in v
            ]
    if "document_verifications" in vals:
        v = vals["document_verifications"]
        if v and v.__class__ is list:
            vals["document_verifications"] = [
                structure_KybDocumentVerification(x) if x.__class__ is dict else x for x in v
            ]
    if "key_people_checks" in vals:
        v = vals["key_people_checks"]
        if v and v.__class__ is list:
            vals["key_people_checks"] = [
                structure_KybKeyPeopleCheck(x) if x.__class__ is dict else x for x in v
            ]
    if "face_searches" in vals:
        v = vals["face_searches"]
        if v and v.__class__ is list:
            vals["face_searches"] = [
                structure_FaceSearchReport(x) if x.__class__ is dict else x for x in v
            ]
    if "reviews" in vals:
        v = vals["reviews"]
        if v and v.__class__ is list:
            vals["reviews"] = [structure_SessionReview(x) if x.__class__ is dict else x for x in v]
    if "kyc" in vals:
        v = vals["kyc"]
        if v.__class__ is dict:
            vals["kyc"] = structure_IdVerificationReport(v)
    if "face" in vals:
        v = vals["face"]
        if v.__class__ is dict:
            vals["face"] = structure_FaceMatchReport(v)
    if "liveness" in vals:
        v = vals["liveness"]
        if v.__class__ is dict:
            vals["liveness"] = structure_LivenessReport(v)
    if "aml" in vals:
        v = vals["aml"]
        if v.__class__ is dict:
            vals["aml"] = structure_AmlReport(v)
    return o


_U_SessionDecision: _Table = (
    ("session_id", "session_id", None, True),
    ("session_number", "session_number", None, False),
    ("session_url", "session_url", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, SessionStatus) else v, True),
    ("session_kind", "session_kind", lambda v: v.value if isinstance(v, SessionKind) else v, False),
    ("environment", "environment", lambda v: v.value if isinstance(v, Environment) else v, False),
    ("workflow_id", "workflow_id", None, False),
    ("workflow_version", "workflow_version", None, False),
    ("features", "features", None, False),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: (
            (dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v)
            if isinstance(v, Mapping)
            else v
        ),
        False,
    ),
    (
        "expected_details",
        "expected_details",
        lambda v: unstructure_ExpectedDetails(v) if isinstance(v, ExpectedDetails) else v,
        False,
    ),
    (
        "contact_details",
        "contact_details",
        lambda v: unstructure_ContactDetails(v) if isinstance(v, ContactDetails) else v,
        False,
    ),
    ("callback", "callback", None, False),
    ("created_at", "created_at", None, False),
    (
        "id_verifications",
        "id_verifications",
        lambda v: (
            [
                unstructure_IdVerificationReport(x) if isinstance(x, IdVerificationReport) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "nfc_verifications",
        "nfc_verifications",
        lambda v: (
            [
                unstructure_NfcVerificationReport(x) if isinstance(x, NfcVerificationReport) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "liveness_checks",
        "liveness_checks",
        lambda v: (
            [unstructure_LivenessReport(x) if isinstance(x, LivenessReport) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "face_matches",
        "face_matches",
        lambda v: (
            [unstructure_FaceMatchReport(x) if isinstance(x, FaceMatchReport) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "poa_verifications",
        "poa_verifications",
        lambda v: (
            [unstructure_PoaReport(x) if isinstance(x, PoaReport) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "document_ai_documents",
        "document_ai_documents",
        lambda v: (
            [
                unstructure_DocumentAiDocument(x) if isinstance(x, DocumentAiDocument) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "phone_verifications",
        "phone_verifications",
        lambda v: (
            [unstructure_PhoneReport(x) if isinstance(x, PhoneReport) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "email_verifications",
        "email_verifications",
        lambda v: (
            [unstructure_EmailReport(x) if isinstance(x, EmailReport) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "aml_screenings",
        "aml_screenings",
        lambda v: (
            [unstructure_AmlReport(x) if isinstance(x, AmlReport) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "ip_analyses",
        "ip_analyses",
        lambda v: (
            [unstructure_IpAnalysisReport(x) if isinstance(x, IpAnalysisReport) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "database_validations",
        "database_validations",
        lambda v: (
            [
                unstructure_DatabaseValidationReport(x)
                if isinstance(x, DatabaseValidationReport)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "questionnaire_responses",
        "questionnaire_responses",
        lambda v: (
            [
                unstructure_QuestionnaireResponse(x) if isinstance(x, QuestionnaireResponse) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "signatures",
        "signatures",
        lambda v: (
            [unstructure_SignatureReport(x) if isinstance(x, SignatureReport) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "bank_verifications",
        "bank_verifications",
        lambda v: (
            [
                unstructure_BankVerificationReport(x)
                if isinstance(x, BankVerificationReport)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "registry_checks",
        "registry_checks",
        lambda v: (
            [unstructure_KybRegistryCheck(x) if isinstance(x, KybRegistryCheck) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "document_verifications",
        "document_verifications",
        lambda v: (
            [
                unstructure_KybDocumentVerification(x)
                if isinstance(x, KybDocumentVerification)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "key_people_checks",
        "key_people_checks",
        lambda v: (
            [unstructure_KybKeyPeopleCheck(x) if isinstance(x, KybKeyPeopleCheck) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "face_searches",
        "face_searches",
        lambda v: (
            [unstructure_FaceSearchReport(x) if isinstance(x, FaceSearchReport) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "reviews",
        "reviews",
        lambda v: (
            [unstructure_SessionReview(x) if isinstance(x, SessionReview) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "kyc",
        "kyc",
        lambda v: unstructure_IdVerificationReport(v) if isinstance(v, IdVerificationReport) else v,
        False,
    ),
    (
        "face",
        "face",
        lambda v: unstructure_FaceMatchReport(v) if isinstance(v, FaceMatchReport) else v,
        False,
    ),
    (
        "liveness",
        "liveness",
        lambda v: unstructure_LivenessReport(v) if isinstance(v, LivenessReport) else v,
        False,
    ),
    ("aml", "aml", lambda v: unstructure_AmlReport(v) if isinstance(v, AmlReport) else v, False),
    (
        "resubmit_info",
        "resubmit_info",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_SessionDecision(o: SessionDecision) -> dict[str, Any]:
    """Encode :class:`SessionDecision` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_SessionDecision)


def structure_CreateSessionRequest(d: Any) -> CreateSessionRequest:
    """Decode a JSON object into :class:`CreateSessionRequest`."""
    v: Any
    o = _new(CreateSessionRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CreateSessionRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CreateSessionRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "callback_method" in vals:
        v = vals["callback_method"]
        if v.__class__ is str:
            vals["callback_method"] = _M_CallbackMethod[v]
    if "language" in vals:
        v = vals["language"]
        if v.__class__ is str:
            vals["language"] = _M_Language[v]
    if "contact_details" in vals:
        v = vals["contact_details"]
        if v.__class__ is dict:
            vals["contact_details"] = structure_ContactDetails(v)
    if "expected_details" in vals:
        v = vals["expected_details"]
        if v.__class__ is dict:
            vals["expected_details"] = structure_ExpectedDetails(v)
    return o


_U_CreateSessionRequest: _Table = (
    ("workflow_id", "workflow_id", None, True),
    ("vendor_data", "vendor_data", None, False),
    ("callback", "callback", None, False),
    (
        "callback_method",
        "callback_method",
        lambda v: v.value if isinstance(v, CallbackMethod) else v,
        False,
    ),
    (
        "metadata",
        "metadata",
        lambda v: (
            (dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v)
            if isinstance(v, Mapping)
            else v
        ),
        False,
    ),
    ("language", "language", lambda v: v.value if isinstance(v, Language) else v, False),
    (
        "contact_details",
        "contact_details",
        lambda v: unstructure_ContactDetails(v) if isinstance(v, ContactDetails) else v,
        False,
    ),
    (
        "expected_details",
        "expected_details",
        lambda v: unstructure_ExpectedDetails(v) if isinstance(v, ExpectedDetails) else v,
        False,
    ),
    ("portrait_image", "portrait_image", None, False),
    ("sandbox_scenario", "sandbox_scenario", None, False),
)


def unstructure_CreateSessionRequest(o: CreateSessionRequest) -> dict[str, Any]:
    """Encode :class:`CreateSessionRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_CreateSessionRequest)


def validate_CreateSessionRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CreateSessionRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "CreateSessionRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "workflow_id" not in d:
        raise DiditValidationError(at + "workflow_id", "required", "is required")
    v = d.get("workflow_id")
    if v is None:
        if "workflow_id" in d:
            raise DiditValidationError(at + "workflow_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "workflow_id", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uuid(v):
            raise DiditValidationError(at + "workflow_id", "format", "must be a valid uuid")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "vendor_data", "min_length", "must have at least 1 characters"
            )
    v = d.get("callback")
    if v is None:
        if "callback" in d:
            raise DiditValidationError(at + "callback", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "callback", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uri(v):
            raise DiditValidationError(at + "callback", "format", "must be a valid uri")
    v = d.get("callback_method")
    if v is None:
        if "callback_method" in d:
            raise DiditValidationError(at + "callback_method", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_CallbackMethod:
            raise DiditValidationError(
                at + "callback_method",
                "enum",
                "must be one of: initiator, completer, both"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("metadata")
    if v is None:
        if "metadata" in d:
            raise DiditValidationError(at + "metadata", "type", "must not be null")
    else:
        if not (isinstance(v, Mapping) or isinstance(v, str)):
            raise DiditValidationError(
                at + "metadata", "type", "must be one of: object, string, not " + type(v).__name__
            )
        if isinstance(v, Mapping):
            if not isinstance(v, Mapping):
                raise DiditValidationError(
                    at + "metadata", "type", "must be an object, not " + type(v).__name__
                )
        if isinstance(v, str):
            if not isinstance(v, str):
                raise DiditValidationError(
                    at + "metadata", "type", "must be a string, not " + type(v).__name__
                )
    v = d.get("language")
    if v is None:
        if "language" in d:
            raise DiditValidationError(at + "language", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_Language:
            raise DiditValidationError(
                at + "language",
                "enum",
                "must be one of: en, ar, bg, bn, ca, cnr, cs, da, de, el, es, et, fa, fi, fr, he, hi, hr, hu, hy, id, it, ja, ka, ko, lt, lv, mk, ms, nl, no, pl, pt-BR, pt, ro, ru, sk, sl, so, sr, sv, th, tr, uk, uz, vi, zh-CN, zh-TW, zh"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("contact_details")
    if v is None:
        if "contact_details" in d:
            raise DiditValidationError(at + "contact_details", "type", "must not be null")
    else:
        validate_ContactDetails(v, at + "contact_details" + ".")
    v = d.get("expected_details")
    if v is None:
        if "expected_details" in d:
            raise DiditValidationError(at + "expected_details", "type", "must not be null")
    else:
        validate_ExpectedDetails(v, at + "expected_details" + ".")
    v = d.get("portrait_image")
    if v is None:
        if "portrait_image" in d:
            raise DiditValidationError(at + "portrait_image", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "portrait_image", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 1398104:
            raise DiditValidationError(
                at + "portrait_image", "max_length", "must have at most 1398104 characters"
            )
    v = d.get("sandbox_scenario")
    if v is None:
        if "sandbox_scenario" in d:
            raise DiditValidationError(at + "sandbox_scenario", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "sandbox_scenario", "type", "must be a string, not " + type(v).__name__
            )


def structure_CreateSessionResponse(d: Any) -> CreateSessionResponse:
    """Decode a JSON object into :class:`CreateSessionResponse`."""
    v: Any
    o = _new(CreateSessionResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_CreateSessionResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CreateSessionResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_SessionStatus[v]
    if "session_kind" in vals:
        v = vals["session_kind"]
        if v.__class__ is str:
            vals["session_kind"] = _M_SessionKind[v]
    return o


_U_CreateSessionResponse: _Table = (
    ("session_id", "session_id", None, True),
    ("session_number", "session_number", None, False),
    ("session_token", "session_token", None, False),
    ("url", "url", None, False),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: (
            (dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v)
            if isinstance(v, Mapping)
            else v
        ),
        False,
    ),
    ("status", "status", lambda v: v.value if isinstance(v, SessionStatus) else v, False),
    ("callback", "callback", None, False),
    ("callback_method", "callback_method", None, False),
    ("workflow_id", "workflow_id", None, False),
    ("workflow_version", "workflow_version", None, False),
    ("session_kind", "session_kind", lambda v: v.value if isinstance(v, SessionKind) else v, False),
    ("created_at", "created_at", None, False),
)


def unstructure_CreateSessionResponse(o: CreateSessionResponse) -> dict[str, Any]:
    """Encode :class:`CreateSessionResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_CreateSessionResponse)


def structure_ImportSharedSessionResponse(d: Any) -> ImportSharedSessionResponse:
    """Decode a JSON object into :class:`ImportSharedSessionResponse`."""
    v: Any
    o = _new(ImportSharedSessionResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_ImportSharedSessionResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ImportSharedSessionResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_SessionStatus[v]
    if "session_kind" in vals:
        v = vals["session_kind"]
        if v.__class__ is str:
            vals["session_kind"] = _M_SessionKind[v]
    return o


_U_ImportSharedSessionResponse: _Table = (
    ("session_id", "session_id", None, True),
    ("session_number", "session_number", None, False),
    ("session_token", "session_token", None, False),
    ("url", "url", None, False),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: (
            (dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v)
            if isinstance(v, Mapping)
            else v
        ),
        False,
    ),
    ("status", "status", lambda v: v.value if isinstance(v, SessionStatus) else v, False),
    ("callback", "callback", None, False),
    ("callback_method", "callback_method", None, False),
    ("workflow_id", "workflow_id", None, False),
    ("workflow_version", "workflow_version", None, False),
    ("session_kind", "session_kind", lambda v: v.value if isinstance(v, SessionKind) else v, False),
    ("created_at", "created_at", None, False),
)


def unstructure_ImportSharedSessionResponse(o: ImportSharedSessionResponse) -> dict[str, Any]:
    """Encode :class:`ImportSharedSessionResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_ImportSharedSessionResponse)


def structure_SessionListFeature(d: Any) -> SessionListFeature:
    """Decode a JSON object into :class:`SessionListFeature`."""
    o = _new(SessionListFeature)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListFeature.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListFeature
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionListFeature: _Table = (
    ("feature", "feature", None, False),
    ("status", "status", None, False),
)


def unstructure_SessionListFeature(o: SessionListFeature) -> dict[str, Any]:
    """Encode :class:`SessionListFeature` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_SessionListFeature)


def structure_SessionListPhone(d: Any) -> SessionListPhone:
    """Decode a JSON object into :class:`SessionListPhone`."""
    o = _new(SessionListPhone)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListPhone.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListPhone
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionListPhone: _Table = (
    ("number", "number", None, False),
    ("is_verified", "is_verified", None, False),
)


def unstructure_SessionListPhone(o: SessionListPhone) -> dict[str, Any]:
    """Encode :class:`SessionListPhone` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_SessionListPhone)


def structure_SessionListEmail(d: Any) -> SessionListEmail:
    """Decode a JSON object into :class:`SessionListEmail`."""
    o = _new(SessionListEmail)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListEmail.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListEmail
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionListEmail: _Table = (
    ("email", "email", None, False),
    ("is_verified", "is_verified", None, False),
)


def unstructure_SessionListEmail(o: SessionListEmail) -> dict[str, Any]:
    """Encode :class:`SessionListEmail` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_SessionListEmail)


def structure_SessionListAml(d: Any) -> SessionListAml:
    """Decode a JSON object into :class:`SessionListAml`."""
    o = _new(SessionListAml)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListAml.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListAml
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionListAml: _Table = (
    ("total_hits", "total_hits", None, False),
    ("entity_type", "entity_type", None, False),
    ("is_adverse_media_fetched", "is_adverse_media_fetched", None, False),
)


def unstructure_SessionListAml(o: SessionListAml) -> dict[str, Any]:
    """Encode :class:`SessionListAml` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_SessionListAml)


def structure_SessionListLiveness(d: Any) -> SessionListLiveness:
    """Decode a JSON object into :class:`SessionListLiveness`."""
    o = _new(SessionListLiveness)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListLiveness.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListLiveness
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionListLiveness: _Table = (
    ("method", "method", None, False),
    ("score", "score", None, False),
)


def unstructure_SessionListLiveness(o: SessionListLiveness) -> dict[str, Any]:
    """Encode :class:`SessionListLiveness` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_SessionListLiveness)


def structure_SessionListFaceMatch(d: Any) -> SessionListFaceMatch:
    """Decode a JSON object into :class:`SessionListFaceMatch`."""
    o = _new(SessionListFaceMatch)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListFaceMatch.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListFaceMatch
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionListFaceMatch: _Table = (("score", "score", None, False),)


def unstructure_SessionListFaceMatch(o: SessionListFaceMatch) -> dict[str, Any]:
    """Encode :class:`SessionListFaceMatch` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_SessionListFaceMatch)


def structure_SessionListAdditionalDetails(d: Any) -> SessionListAdditionalDetails:
    """Decode a JSON object into :class:`SessionListAdditionalDetails`."""
    v: Any
    o = _new(SessionListAdditionalDetails)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListAdditionalDetails.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListAdditionalDetails
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "aml" in vals:
        v = vals["aml"]
        if v.__class__ is dict:
            vals["aml"] = structure_SessionListAml(v)
    if "liveness" in vals:
        v = vals["liveness"]
        if v.__class__ is dict:
            vals["liveness"] = structure_SessionListLiveness(v)
    if "face_match" in vals:
        v = vals["face_match"]
        if v.__class__ is dict:
            vals["face_match"] = structure_SessionListFaceMatch(v)
    return o


_U_SessionListAdditionalDetails: _Table = (
    (
        "aml",
        "aml",
        lambda v: unstructure_SessionListAml(v) if isinstance(v, SessionListAml) else v,
        False,
    ),
    (
        "liveness",
        "liveness",
        lambda v: unstructure_SessionListLiveness(v) if isinstance(v, SessionListLiveness) else v,
        False,
    ),
    (
        "face_match",
        "face_match",
        lambda v: unstructure_SessionListFaceMatch(v) if isinstance(v, SessionListFaceMatch) else v,
        False,
    ),
)


def unstructure_SessionListAdditionalDetails(o: SessionListAdditionalDetails) -> dict[str, Any]:
    """Encode :class:`SessionListAdditionalDetails` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_SessionListAdditionalDetails)


def structure_SessionListItem(d: Any) -> SessionListItem:
    """Decode a JSON object into :class:`SessionListItem`."""
    v: Any
    o = _new(SessionListItem)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListItem.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListItem
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "session_kind" in vals:
        v = vals["session_kind"]
        if v.__class__ is str:
            vals["session_kind"] = _M_SessionKind[v]
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_SessionStatus[v]
    if "features" in vals:
        v = vals["features"]
        if v and v.__class__ is list:
            vals["features"] = [
                structure_SessionListFeature(x) if x.__class__ is dict else x for x in v
            ]
    if "phone_number" in vals:
        v = vals["phone_number"]
        if v.__class__ is dict:
            vals["phone_number"] = structure_SessionListPhone(v)
    if "email_address" in vals:
        v = vals["email_address"]
        if v.__class__ is dict:
            vals["email_address"] = structure_SessionListEmail(v)
    if "additional_details" in vals:
        v = vals["additional_details"]
        if v.__class__ is dict:
            vals["additional_details"] = structure_SessionListAdditionalDetails(v)
    return o


_U_SessionListItem: _Table = (
    ("session_id", "session_id", None, True),
    ("session_kind", "session_kind", lambda v: v.value if isinstance(v, SessionKind) else v, False),
    ("session_number", "session_number", None, False),
    ("session_url", "session_url", None, False),
    ("portrait_image", "portrait_image", None, False),
    ("document_type", "document_type", None, False),
    ("full_name", "full_name", None, False),
    ("country", "country", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, SessionStatus) else v, False),
    ("vendor_data", "vendor_data", None, False),
    ("didit_internal_id", "didit_internal_id", None, False),
    ("created_at", "created_at", None, False),
    (
        "features",
        "features",
        lambda v: (
            [
                unstructure_SessionListFeature(x) if isinstance(x, SessionListFeature) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "phone_number",
        "phone_number",
        lambda v: unstructure_SessionListPhone(v) if isinstance(v, SessionListPhone) else v,
        False,
    ),
    (
        "email_address",
        "email_address",
        lambda v: unstructure_SessionListEmail(v) if isinstance(v, SessionListEmail) else v,
        False,
    ),
    (
        "additional_details",
        "additional_details",
        lambda v: (
            unstructure_SessionListAdditionalDetails(v)
            if isinstance(v, SessionListAdditionalDetails)
            else v
        ),
        False,
    ),
    ("workflow_id", "workflow_id", None, False),
    ("workflow_type", "workflow_type", None, False),
    ("workflow_label", "workflow_label", None, False),
    ("company_name", "company_name", None, False),
    ("registration_number", "registration_number", None, False),
)


def unstructure_SessionListItem(o: SessionListItem) -> dict[str, Any]:
    """Encode :class:`SessionListItem` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_SessionListItem)


def structure_SessionListPage(d: Any) -> SessionListPage:
    """Decode a JSON object into :class:`SessionListPage`."""
    v: Any
    o = _new(SessionListPage)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_SessionListItem(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_SessionListPage: _Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_SessionListItem(x) if isinstance(x, SessionListItem) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_SessionListPage(o: SessionListPage) -> dict[str, Any]:
    """Encode :class:`SessionListPage` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_SessionListPage)


def structure_BatchDeleteSessionsRequest(d: Any) -> BatchDeleteSessionsRequest:
    """Decode a JSON object into :class:`BatchDeleteSessionsRequest`."""
    o = _new(BatchDeleteSessionsRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_BatchDeleteSessionsRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BatchDeleteSessionsRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_BatchDeleteSessionsRequest: _Table = (
    ("session_numbers", "session_numbers", None, False),
    ("delete_all", "delete_all", None, False),
)


def unstructure_BatchDeleteSessionsRequest(o: BatchDeleteSessionsRequest) -> dict[str, Any]:
    """Encode :class:`BatchDeleteSessionsRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BatchDeleteSessionsRequest)


def validate_BatchDeleteSessionsRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid BatchDeleteSessionsRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "BatchDeleteSessionsRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("session_numbers")
    if v is None:
        if "session_numbers" in d:
            raise DiditValidationError(at + "session_numbers", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "session_numbers", "type", "must be a list, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "session_numbers", "min_items", "must have at least 1 items"
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "session_numbers", "type", "must not contain null")
            if not ((isinstance(x0, int) and not isinstance(x0, bool)) or isinstance(x0, str)):
                raise DiditValidationError(
                    at + "session_numbers" + "[" + str(i0) + "]",
                    "type",
                    "must be one of: integer, string, not " + type(x0).__name__,
                )
            if isinstance(x0, int) and not isinstance(x0, bool):
                if isinstance(x0, bool) or not isinstance(x0, int):
                    raise DiditValidationError(
                        at + "session_numbers" + "[" + str(i0) + "]",
                        "type",
                        "must be an integer, not " + type(x0).__name__,
                    )
            if isinstance(x0, str):
                if not isinstance(x0, str):
                    raise DiditValidationError(
                        at + "session_numbers" + "[" + str(i0) + "]",
                        "type",
                        "must be a string, not " + type(x0).__name__,
                    )
    v = d.get("delete_all")
    if v is None:
        if "delete_all" in d:
            raise DiditValidationError(at + "delete_all", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "delete_all", "type", "must be true or false, not " + type(v).__name__
            )
    if len(d) < 1:
        raise DiditValidationError(
            at.rstrip(".") or "BatchDeleteSessionsRequest",
            "min_properties",
            "must have at least 1 field",
        )
    if "delete_all" in d and d.get("delete_all") == False and "session_numbers" not in d:
        raise DiditValidationError(
            at + "session_numbers", "depends", "is required when delete_all is false"
        )


def structure_BatchDeleteResultItem(d: Any) -> BatchDeleteResultItem:
    """Decode a JSON object into :class:`BatchDeleteResultItem`."""
    o = _new(BatchDeleteResultItem)
    vals = o.__dict__
    vals.update(d)
    if _K_BatchDeleteResultItem.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BatchDeleteResultItem
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_BatchDeleteResultItem: _Table = (
    ("session_number", "session_number", None, False),
    ("session_id", "session_id", None, False),
    ("deleted", "deleted", None, False),
    ("detail", "detail", None, False),
)


def unstructure_BatchDeleteResultItem(o: BatchDeleteResultItem) -> dict[str, Any]:
    """Encode :class:`BatchDeleteResultItem` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BatchDeleteResultItem)


def structure_BatchDeleteSessionsResponse(d: Any) -> BatchDeleteSessionsResponse:
    """Decode a JSON object into :class:`BatchDeleteSessionsResponse`."""
    v: Any
    o = _new(BatchDeleteSessionsResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_BatchDeleteSessionsResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BatchDeleteSessionsResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_BatchDeleteResultItem(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_BatchDeleteSessionsResponse: _Table = (
    (
        "results",
        "results",
        lambda v: (
            [
                unstructure_BatchDeleteResultItem(x) if isinstance(x, BatchDeleteResultItem) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("job_id", "job_id", None, False),
    ("status", "status", None, False),
    ("total", "total", None, False),
    ("deleted_count", "deleted_count", None, False),
    ("detail", "detail", None, False),
)


def unstructure_BatchDeleteSessionsResponse(o: BatchDeleteSessionsResponse) -> dict[str, Any]:
    """Encode :class:`BatchDeleteSessionsResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BatchDeleteSessionsResponse)


def structure_BatchDeleteJob(d: Any) -> BatchDeleteJob:
    """Decode a JSON object into :class:`BatchDeleteJob`."""
    v: Any
    o = _new(BatchDeleteJob)
    vals = o.__dict__
    vals.update(d)
    if _K_BatchDeleteJob.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BatchDeleteJob
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_BatchDeleteResultItem(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_BatchDeleteJob: _Table = (
    ("job_id", "job_id", None, False),
    ("status", "status", None, False),
    ("total", "total", None, False),
    ("deleted_count", "deleted_count", None, False),
    ("failed_count", "failed_count", None, False),
    ("created_at", "created_at", None, False),
    ("completed_at", "completed_at", None, False),
    (
        "results",
        "results",
        lambda v: (
            [
                unstructure_BatchDeleteResultItem(x) if isinstance(x, BatchDeleteResultItem) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_BatchDeleteJob(o: BatchDeleteJob) -> dict[str, Any]:
    """Encode :class:`BatchDeleteJob` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BatchDeleteJob)


def structure_NodeToResubmit(d: Any) -> NodeToResubmit:
    """Decode a JSON object into :class:`NodeToResubmit`."""
    o = _new(NodeToResubmit)
    vals = o.__dict__
    vals.update(d)
    if _K_NodeToResubmit.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_NodeToResubmit
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_NodeToResubmit: _Table = (
    ("node_id", "node_id", None, True),
    ("feature", "feature", None, True),
)


def unstructure_NodeToResubmit(o: NodeToResubmit) -> dict[str, Any]:
    """Encode :class:`NodeToResubmit` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_NodeToResubmit)


def validate_NodeToResubmit(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid NodeToResubmit."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "NodeToResubmit", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    if "node_id" not in d:
        raise DiditValidationError(at + "node_id", "required", "is required")
    v = d.get("node_id")
    if v is None:
        if "node_id" in d:
            raise DiditValidationError(at + "node_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "node_id", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "node_id", "min_length", "must have at least 1 characters"
            )
    if "feature" not in d:
        raise DiditValidationError(at + "feature", "required", "is required")
    v = d.get("feature")
    if v is None:
        if "feature" in d:
            raise DiditValidationError(at + "feature", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "feature", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "feature", "min_length", "must have at least 1 characters"
            )


def structure_UpdateStatusRequest(d: Any) -> UpdateStatusRequest:
    """Decode a JSON object into :class:`UpdateStatusRequest`."""
    v: Any
    o = _new(UpdateStatusRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateStatusRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateStatusRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "nodes_to_resubmit" in vals:
        v = vals["nodes_to_resubmit"]
        if v and v.__class__ is list:
            vals["nodes_to_resubmit"] = [
                structure_NodeToResubmit(x) if x.__class__ is dict else x for x in v
            ]
    if "email_language" in vals:
        v = vals["email_language"]
        if v.__class__ is str:
            vals["email_language"] = _M_Language[v]
    return o


_U_UpdateStatusRequest: _Table = (
    ("new_status", "new_status", None, True),
    ("comment", "comment", None, False),
    (
        "nodes_to_resubmit",
        "nodes_to_resubmit",
        lambda v: (
            [unstructure_NodeToResubmit(x) if isinstance(x, NodeToResubmit) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("send_email", "send_email", None, False),
    ("email_address", "email_address", None, False),
    (
        "email_language",
        "email_language",
        lambda v: v.value if isinstance(v, Language) else v,
        False,
    ),
)


def unstructure_UpdateStatusRequest(o: UpdateStatusRequest) -> dict[str, Any]:
    """Encode :class:`UpdateStatusRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_UpdateStatusRequest)


def validate_UpdateStatusRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UpdateStatusRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "UpdateStatusRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "new_status" not in d:
        raise DiditValidationError(at + "new_status", "required", "is required")
    v = d.get("new_status")
    if v is None:
        if "new_status" in d:
            raise DiditValidationError(at + "new_status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline1:
            raise DiditValidationError(
                at + "new_status",
                "enum",
                "must be one of: Approved, Declined, Resubmitted"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("comment")
    if v is None:
        if "comment" in d:
            raise DiditValidationError(at + "comment", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "comment", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("nodes_to_resubmit")
    if v is None:
        if "nodes_to_resubmit" in d:
            raise DiditValidationError(at + "nodes_to_resubmit", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "nodes_to_resubmit", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(
                    at + "nodes_to_resubmit", "type", "must not contain null"
                )
            validate_NodeToResubmit(x0, at + "nodes_to_resubmit" + "[" + str(i0) + "]" + ".")
    v = d.get("send_email")
    if v is None:
        if "send_email" in d:
            raise DiditValidationError(at + "send_email", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "send_email", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("email_address")
    if v is None:
        if "email_address" in d:
            raise DiditValidationError(at + "email_address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "email_address", "type", "must be a string, not " + type(v).__name__
            )
        if not is_email(v):
            raise DiditValidationError(at + "email_address", "format", "must be a valid email")
    v = d.get("email_language")
    if v is None:
        if "email_language" in d:
            raise DiditValidationError(at + "email_language", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_Language:
            raise DiditValidationError(
                at + "email_language",
                "enum",
                "must be one of: en, ar, bg, bn, ca, cnr, cs, da, de, el, es, et, fa, fi, fr, he, hi, hr, hu, hy, id, it, ja, ka, ko, lt, lv, mk, ms, nl, no, pl, pt-BR, pt, ro, ru, sk, sl, so, sr, sv, th, tr, uk, uz, vi, zh-CN, zh-TW, zh"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    if "send_email" in d and d.get("send_email") == True and "email_address" not in d:
        raise DiditValidationError(
            at + "email_address", "depends", "is required when send_email is true"
        )
    if "new_status" in d and d.get("new_status") == "Resubmitted" and "nodes_to_resubmit" not in d:
        raise DiditValidationError(
            at + "nodes_to_resubmit", "depends", 'is required when new_status is "Resubmitted"'
        )


def structure_SessionIdResponse(d: Any) -> SessionIdResponse:
    """Decode a JSON object into :class:`SessionIdResponse`."""
    o = _new(SessionIdResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionIdResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionIdResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionIdResponse: _Table = (("session_id", "session_id", None, False),)


def unstructure_SessionIdResponse(o: SessionIdResponse) -> dict[str, Any]:
    """Encode :class:`SessionIdResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_SessionIdResponse)


def structure_ShareSessionRequest(d: Any) -> ShareSessionRequest:
    """Decode a JSON object into :class:`ShareSessionRequest`."""
    o = _new(ShareSessionRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_ShareSessionRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ShareSessionRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_ShareSessionRequest: _Table = (
    ("for_application_id", "for_application_id", None, True),
    ("ttl_in_seconds", "ttl_in_seconds", None, False),
)


def unstructure_ShareSessionRequest(o: ShareSessionRequest) -> dict[str, Any]:
    """Encode :class:`ShareSessionRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_ShareSessionRequest)


def validate_ShareSessionRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ShareSessionRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "ShareSessionRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "for_application_id" not in d:
        raise DiditValidationError(at + "for_application_id", "required", "is required")
    v = d.get("for_application_id")
    if v is None:
        if "for_application_id" in d:
            raise DiditValidationError(at + "for_application_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "for_application_id", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uuid(v):
            raise DiditValidationError(at + "for_application_id", "format", "must be a valid uuid")
    v = d.get("ttl_in_seconds")
    if v is None:
        if "ttl_in_seconds" in d:
            raise DiditValidationError(at + "ttl_in_seconds", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "ttl_in_seconds", "type", "must be an integer, not " + type(v).__name__
            )
        if v < 60:
            raise DiditValidationError(at + "ttl_in_seconds", "min", "must be at least 60")
        if v > 86400:
            raise DiditValidationError(at + "ttl_in_seconds", "max", "must be at most 86400")


def structure_ShareSessionResponse(d: Any) -> ShareSessionResponse:
    """Decode a JSON object into :class:`ShareSessionResponse`."""
    o = _new(ShareSessionResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_ShareSessionResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ShareSessionResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_ShareSessionResponse: _Table = (
    ("share_token", "share_token", None, True),
    ("expires_at", "expires_at", None, False),
    ("session_id", "session_id", None, False),
)


def unstructure_ShareSessionResponse(o: ShareSessionResponse) -> dict[str, Any]:
    """Encode :class:`ShareSessionResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_ShareSessionResponse)


def structure_ImportSharedSessionRequest(d: Any) -> ImportSharedSessionRequest:
    """Decode a JSON object into :class:`ImportSharedSessionRequest`."""
    o = _new(ImportSharedSessionRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_ImportSharedSessionRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ImportSharedSessionRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_ImportSharedSessionRequest: _Table = (
    ("share_token", "share_token", None, True),
    ("workflow_id", "workflow_id", None, True),
    ("vendor_data", "vendor_data", None, False),
    ("trust_review", "trust_review", None, False),
)


def unstructure_ImportSharedSessionRequest(o: ImportSharedSessionRequest) -> dict[str, Any]:
    """Encode :class:`ImportSharedSessionRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_ImportSharedSessionRequest)


def validate_ImportSharedSessionRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ImportSharedSessionRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "ImportSharedSessionRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "share_token" not in d:
        raise DiditValidationError(at + "share_token", "required", "is required")
    v = d.get("share_token")
    if v is None:
        if "share_token" in d:
            raise DiditValidationError(at + "share_token", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "share_token", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "share_token", "min_length", "must have at least 1 characters"
            )
    if "workflow_id" not in d:
        raise DiditValidationError(at + "workflow_id", "required", "is required")
    v = d.get("workflow_id")
    if v is None:
        if "workflow_id" in d:
            raise DiditValidationError(at + "workflow_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "workflow_id", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uuid(v):
            raise DiditValidationError(at + "workflow_id", "format", "must be a valid uuid")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "vendor_data", "min_length", "must have at least 1 characters"
            )
    v = d.get("trust_review")
    if v is None:
        if "trust_review" in d:
            raise DiditValidationError(at + "trust_review", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "trust_review", "type", "must be true or false, not " + type(v).__name__
            )


def structure_CreateReviewRequest(d: Any) -> CreateReviewRequest:
    """Decode a JSON object into :class:`CreateReviewRequest`."""
    o = _new(CreateReviewRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CreateReviewRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CreateReviewRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_CreateReviewRequest: _Table = (
    ("new_status", "new_status", None, True),
    ("comment", "comment", None, False),
)


def unstructure_CreateReviewRequest(o: CreateReviewRequest) -> dict[str, Any]:
    """Encode :class:`CreateReviewRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_CreateReviewRequest)


def validate_CreateReviewRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CreateReviewRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "CreateReviewRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "new_status" not in d:
        raise DiditValidationError(at + "new_status", "required", "is required")
    v = d.get("new_status")
    if v is None:
        if "new_status" in d:
            raise DiditValidationError(at + "new_status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline2:
            raise DiditValidationError(
                at + "new_status",
                "enum",
                "must be one of: Approved, Declined, In Review"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("comment")
    if v is None:
        if "comment" in d:
            raise DiditValidationError(at + "comment", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "comment", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 10000:
            raise DiditValidationError(
                at + "comment", "max_length", "must have at most 10000 characters"
            )


def structure_SessionReviewPage(d: Any) -> SessionReviewPage:
    """Decode a JSON object into :class:`SessionReviewPage`."""
    v: Any
    o = _new(SessionReviewPage)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionReviewPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionReviewPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_SessionReview(x) if x.__class__ is dict else x for x in v]
    return o


_U_SessionReviewPage: _Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_SessionReview(x) if isinstance(x, SessionReview) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_SessionReviewPage(o: SessionReviewPage) -> dict[str, Any]:
    """Encode :class:`SessionReviewPage` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_SessionReviewPage)


def structure_SessionEvent(d: Any) -> SessionEvent:
    """Decode a JSON object into :class:`SessionEvent`."""
    o = _new(SessionEvent)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionEvent.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionEvent
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionEvent: _Table = (
    ("uuid", "uuid", None, False),
    ("id", "id", None, False),
    ("event_type", "event_type", None, False),
    ("type", "type", None, False),
    ("node_id", "node_id", None, False),
    ("feature", "feature", None, False),
    ("status", "status", None, False),
    (
        "data",
        "data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_SessionEvent(o: SessionEvent) -> dict[str, Any]:
    """Encode :class:`SessionEvent` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_SessionEvent)


def structure_SessionEventPage(d: Any) -> SessionEventPage:
    """Decode a JSON object into :class:`SessionEventPage`."""
    v: Any
    o = _new(SessionEventPage)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionEventPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionEventPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_SessionEvent(x) if x.__class__ is dict else x for x in v]
    return o


_U_SessionEventPage: _Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_SessionEvent(x) if isinstance(x, SessionEvent) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_SessionEventPage(o: SessionEventPage) -> dict[str, Any]:
    """Encode :class:`SessionEventPage` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_SessionEventPage)


def structure_UpdateAmlHitStatusRequest(d: Any) -> UpdateAmlHitStatusRequest:
    """Decode a JSON object into :class:`UpdateAmlHitStatusRequest`."""
    v: Any
    o = _new(UpdateAmlHitStatusRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateAmlHitStatusRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateAmlHitStatusRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "review_status" in vals:
        v = vals["review_status"]
        if v.__class__ is str:
            vals["review_status"] = _M_AmlHitReviewStatus[v]
    return o


_U_UpdateAmlHitStatusRequest: _Table = (
    ("hit_id", "hit_id", None, True),
    (
        "review_status",
        "review_status",
        lambda v: v.value if isinstance(v, AmlHitReviewStatus) else v,
        True,
    ),
)


def unstructure_UpdateAmlHitStatusRequest(o: UpdateAmlHitStatusRequest) -> dict[str, Any]:
    """Encode :class:`UpdateAmlHitStatusRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_UpdateAmlHitStatusRequest)


def validate_UpdateAmlHitStatusRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UpdateAmlHitStatusRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "UpdateAmlHitStatusRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "hit_id" not in d:
        raise DiditValidationError(at + "hit_id", "required", "is required")
    v = d.get("hit_id")
    if v is None:
        if "hit_id" in d:
            raise DiditValidationError(at + "hit_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "hit_id", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "hit_id", "min_length", "must have at least 1 characters"
            )
    if "review_status" not in d:
        raise DiditValidationError(at + "review_status", "required", "is required")
    v = d.get("review_status")
    if v is None:
        if "review_status" in d:
            raise DiditValidationError(at + "review_status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_AmlHitReviewStatus:
            raise DiditValidationError(
                at + "review_status",
                "enum",
                "must be one of: Unreviewed, Confirmed Match, False Positive, Inconclusive"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )


def structure_UpdateAmlHitStatusResponse(d: Any) -> UpdateAmlHitStatusResponse:
    """Decode a JSON object into :class:`UpdateAmlHitStatusResponse`."""
    o = _new(UpdateAmlHitStatusResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateAmlHitStatusResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateAmlHitStatusResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_UpdateAmlHitStatusResponse: _Table = (
    ("message", "message", None, False),
    ("hit_id", "hit_id", None, False),
    ("review_status", "review_status", None, False),
)


def unstructure_UpdateAmlHitStatusResponse(o: UpdateAmlHitStatusResponse) -> dict[str, Any]:
    """Encode :class:`UpdateAmlHitStatusResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_UpdateAmlHitStatusResponse)


def structure_UpdateFeatureStatusRequest(d: Any) -> UpdateFeatureStatusRequest:
    """Decode a JSON object into :class:`UpdateFeatureStatusRequest`."""
    o = _new(UpdateFeatureStatusRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateFeatureStatusRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateFeatureStatusRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_UpdateFeatureStatusRequest: _Table = (
    ("new_status", "new_status", None, True),
    ("comment", "comment", None, False),
)


def unstructure_UpdateFeatureStatusRequest(o: UpdateFeatureStatusRequest) -> dict[str, Any]:
    """Encode :class:`UpdateFeatureStatusRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_UpdateFeatureStatusRequest)


def validate_UpdateFeatureStatusRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UpdateFeatureStatusRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "UpdateFeatureStatusRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "new_status" not in d:
        raise DiditValidationError(at + "new_status", "required", "is required")
    v = d.get("new_status")
    if v is None:
        if "new_status" in d:
            raise DiditValidationError(at + "new_status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline2:
            raise DiditValidationError(
                at + "new_status",
                "enum",
                "must be one of: Approved, Declined, In Review"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("comment")
    if v is None:
        if "comment" in d:
            raise DiditValidationError(at + "comment", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "comment", "type", "must be a string, not " + type(v).__name__
            )


def structure_UpdateFeatureStatusResponse(d: Any) -> UpdateFeatureStatusResponse:
    """Decode a JSON object into :class:`UpdateFeatureStatusResponse`."""
    o = _new(UpdateFeatureStatusResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateFeatureStatusResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateFeatureStatusResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_UpdateFeatureStatusResponse: _Table = (
    ("session_id", "session_id", None, False),
    ("node_id", "node_id", None, False),
    ("feature_type", "feature_type", None, False),
    ("new_status", "new_status", None, False),
)


def unstructure_UpdateFeatureStatusResponse(o: UpdateFeatureStatusResponse) -> dict[str, Any]:
    """Encode :class:`UpdateFeatureStatusResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_UpdateFeatureStatusResponse)


def structure_UpdateSessionDataRequest(d: Any) -> UpdateSessionDataRequest:
    """Decode a JSON object into :class:`UpdateSessionDataRequest`."""
    o = _new(UpdateSessionDataRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateSessionDataRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateSessionDataRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_UpdateSessionDataRequest: _Table = (
    ("node_id", "node_id", None, False),
    ("first_name", "first_name", None, False),
    ("last_name", "last_name", None, False),
    ("full_name", "full_name", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("gender", "gender", None, False),
    ("nationality", "nationality", None, False),
    ("document_type", "document_type", None, False),
    ("document_number", "document_number", None, False),
    ("personal_number", "personal_number", None, False),
    ("issuing_state", "issuing_state", None, False),
    ("expiration_date", "expiration_date", None, False),
    ("date_of_issue", "date_of_issue", None, False),
    ("address", "address", None, False),
    ("place_of_birth", "place_of_birth", None, False),
    ("document_subtype", "document_subtype", None, False),
    (
        "extra_fields",
        "extra_fields",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("marital_status", "marital_status", None, False),
    (
        "parsed_address",
        "parsed_address",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_UpdateSessionDataRequest(o: UpdateSessionDataRequest) -> dict[str, Any]:
    """Encode :class:`UpdateSessionDataRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_UpdateSessionDataRequest)


def validate_UpdateSessionDataRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UpdateSessionDataRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "UpdateSessionDataRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("node_id")
    if v is None:
        if "node_id" in d:
            raise DiditValidationError(at + "node_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "node_id", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("first_name")
    if v is None:
        if "first_name" in d:
            raise DiditValidationError(at + "first_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "first_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("last_name")
    if v is None:
        if "last_name" in d:
            raise DiditValidationError(at + "last_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "last_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("full_name")
    if v is None:
        if "full_name" in d:
            raise DiditValidationError(at + "full_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "full_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("date_of_birth")
    if v is None:
        if "date_of_birth" in d:
            raise DiditValidationError(at + "date_of_birth", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "date_of_birth", "type", "must be a string, not " + type(v).__name__
            )
        if not is_date(v):
            raise DiditValidationError(at + "date_of_birth", "format", "must be a valid date")
    v = d.get("gender")
    if v is None:
        if "gender" in d:
            raise DiditValidationError(at + "gender", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "gender", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("nationality")
    if v is None:
        if "nationality" in d:
            raise DiditValidationError(at + "nationality", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "nationality", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("document_type")
    if v is None:
        if "document_type" in d:
            raise DiditValidationError(at + "document_type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "document_type", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("document_number")
    if v is None:
        if "document_number" in d:
            raise DiditValidationError(at + "document_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "document_number", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("personal_number")
    if v is None:
        if "personal_number" in d:
            raise DiditValidationError(at + "personal_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "personal_number", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("issuing_state")
    if v is None:
        if "issuing_state" in d:
            raise DiditValidationError(at + "issuing_state", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "issuing_state", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("expiration_date")
    if v is None:
        if "expiration_date" in d:
            raise DiditValidationError(at + "expiration_date", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "expiration_date", "type", "must be a string, not " + type(v).__name__
            )
        if not is_date(v):
            raise DiditValidationError(at + "expiration_date", "format", "must be a valid date")
    v = d.get("date_of_issue")
    if v is None:
        if "date_of_issue" in d:
            raise DiditValidationError(at + "date_of_issue", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "date_of_issue", "type", "must be a string, not " + type(v).__name__
            )
        if not is_date(v):
            raise DiditValidationError(at + "date_of_issue", "format", "must be a valid date")
    v = d.get("address")
    if v is None:
        if "address" in d:
            raise DiditValidationError(at + "address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "address", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("place_of_birth")
    if v is None:
        if "place_of_birth" in d:
            raise DiditValidationError(at + "place_of_birth", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "place_of_birth", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("document_subtype")
    if v is None:
        if "document_subtype" in d:
            raise DiditValidationError(at + "document_subtype", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "document_subtype", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("extra_fields")
    if v is None:
        if "extra_fields" in d:
            raise DiditValidationError(at + "extra_fields", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "extra_fields", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("marital_status")
    if v is None:
        if "marital_status" in d:
            raise DiditValidationError(at + "marital_status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline3:
            raise DiditValidationError(
                at + "marital_status",
                "enum",
                "must be one of: SINGLE, MARRIED, DIVORCED, WIDOWED, UNKNOWN"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("parsed_address")
    if v is None:
        if "parsed_address" in d:
            raise DiditValidationError(at + "parsed_address", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "parsed_address", "type", "must be an object, not " + type(v).__name__
            )


def structure_UpdatePoaDataRequest(d: Any) -> UpdatePoaDataRequest:
    """Decode a JSON object into :class:`UpdatePoaDataRequest`."""
    o = _new(UpdatePoaDataRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdatePoaDataRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdatePoaDataRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_UpdatePoaDataRequest: _Table = (
    ("node_id", "node_id", None, False),
    ("poa_address", "poa_address", None, False),
    ("issuer", "issuer", None, False),
    ("issue_date", "issue_date", None, False),
    ("document_type", "document_type", None, False),
    ("name_on_document", "name_on_document", None, False),
    ("document_language", "document_language", None, False),
    (
        "extra_fields",
        "extra_fields",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("issuing_state", "issuing_state", None, False),
    (
        "poa_parsed_address",
        "poa_parsed_address",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_UpdatePoaDataRequest(o: UpdatePoaDataRequest) -> dict[str, Any]:
    """Encode :class:`UpdatePoaDataRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_UpdatePoaDataRequest)


def validate_UpdatePoaDataRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UpdatePoaDataRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "UpdatePoaDataRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("node_id")
    if v is None:
        if "node_id" in d:
            raise DiditValidationError(at + "node_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "node_id", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("poa_address")
    if v is None:
        if "poa_address" in d:
            raise DiditValidationError(at + "poa_address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "poa_address", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("issuer")
    if v is None:
        if "issuer" in d:
            raise DiditValidationError(at + "issuer", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "issuer", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("issue_date")
    if v is None:
        if "issue_date" in d:
            raise DiditValidationError(at + "issue_date", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "issue_date", "type", "must be a string, not " + type(v).__name__
            )
        if not is_date(v):
            raise DiditValidationError(at + "issue_date", "format", "must be a valid date")
    v = d.get("document_type")
    if v is None:
        if "document_type" in d:
            raise DiditValidationError(at + "document_type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "document_type", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("name_on_document")
    if v is None:
        if "name_on_document" in d:
            raise DiditValidationError(at + "name_on_document", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "name_on_document", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("document_language")
    if v is None:
        if "document_language" in d:
            raise DiditValidationError(at + "document_language", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "document_language", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("extra_fields")
    if v is None:
        if "extra_fields" in d:
            raise DiditValidationError(at + "extra_fields", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "extra_fields", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("issuing_state")
    if v is None:
        if "issuing_state" in d:
            raise DiditValidationError(at + "issuing_state", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "issuing_state", "type", "must be a string, not " + type(v).__name__
            )
        if _P1.search(v) is None:
            raise DiditValidationError(
                at + "issuing_state", "pattern", "does not have the expected format (^[A-Z]{3}$)"
            )
    v = d.get("poa_parsed_address")
    if v is None:
        if "poa_parsed_address" in d:
            raise DiditValidationError(at + "poa_parsed_address", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "poa_parsed_address", "type", "must be an object, not " + type(v).__name__
            )


def structure_UpdateSessionDataResponse(d: Any) -> UpdateSessionDataResponse:
    """Decode a JSON object into :class:`UpdateSessionDataResponse`."""
    o = _new(UpdateSessionDataResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_UpdateSessionDataResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UpdateSessionDataResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_UpdateSessionDataResponse: _Table = (
    ("session_id", "session_id", None, False),
    ("message", "message", None, False),
    ("node_id", "node_id", None, False),
)


def unstructure_UpdateSessionDataResponse(o: UpdateSessionDataResponse) -> dict[str, Any]:
    """Encode :class:`UpdateSessionDataResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_UpdateSessionDataResponse)


def structure_BlocklistAddRequest(d: Any) -> BlocklistAddRequest:
    """Decode a JSON object into :class:`BlocklistAddRequest`."""
    o = _new(BlocklistAddRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_BlocklistAddRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BlocklistAddRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_BlocklistAddRequest: _Table = (
    ("session_id", "session_id", None, True),
    ("blocklist_face", "blocklist_face", None, False),
    ("blocklist_document", "blocklist_document", None, False),
    ("blocklist_phone", "blocklist_phone", None, False),
    ("blocklist_email", "blocklist_email", None, False),
)


def unstructure_BlocklistAddRequest(o: BlocklistAddRequest) -> dict[str, Any]:
    """Encode :class:`BlocklistAddRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BlocklistAddRequest)


def validate_BlocklistAddRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid BlocklistAddRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "BlocklistAddRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "session_id" not in d:
        raise DiditValidationError(at + "session_id", "required", "is required")
    v = d.get("session_id")
    if v is None:
        if "session_id" in d:
            raise DiditValidationError(at + "session_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "session_id", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uuid(v):
            raise DiditValidationError(at + "session_id", "format", "must be a valid uuid")
    v = d.get("blocklist_face")
    if v is None:
        if "blocklist_face" in d:
            raise DiditValidationError(at + "blocklist_face", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "blocklist_face", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("blocklist_document")
    if v is None:
        if "blocklist_document" in d:
            raise DiditValidationError(at + "blocklist_document", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "blocklist_document", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("blocklist_phone")
    if v is None:
        if "blocklist_phone" in d:
            raise DiditValidationError(at + "blocklist_phone", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "blocklist_phone", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("blocklist_email")
    if v is None:
        if "blocklist_email" in d:
            raise DiditValidationError(at + "blocklist_email", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "blocklist_email", "type", "must be true or false, not " + type(v).__name__
            )


def structure_BlocklistRemoveRequest(d: Any) -> BlocklistRemoveRequest:
    """Decode a JSON object into :class:`BlocklistRemoveRequest`."""
    o = _new(BlocklistRemoveRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_BlocklistRemoveRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BlocklistRemoveRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_BlocklistRemoveRequest: _Table = (
    ("session_id", "session_id", None, True),
    ("unblock_face", "unblock_face", None, False),
    ("unblock_document", "unblock_document", None, False),
    ("unblock_phone", "unblock_phone", None, False),
    ("unblock_email", "unblock_email", None, False),
)


def unstructure_BlocklistRemoveRequest(o: BlocklistRemoveRequest) -> dict[str, Any]:
    """Encode :class:`BlocklistRemoveRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BlocklistRemoveRequest)


def validate_BlocklistRemoveRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid BlocklistRemoveRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "BlocklistRemoveRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "session_id" not in d:
        raise DiditValidationError(at + "session_id", "required", "is required")
    v = d.get("session_id")
    if v is None:
        if "session_id" in d:
            raise DiditValidationError(at + "session_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "session_id", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uuid(v):
            raise DiditValidationError(at + "session_id", "format", "must be a valid uuid")
    v = d.get("unblock_face")
    if v is None:
        if "unblock_face" in d:
            raise DiditValidationError(at + "unblock_face", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "unblock_face", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("unblock_document")
    if v is None:
        if "unblock_document" in d:
            raise DiditValidationError(at + "unblock_document", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "unblock_document", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("unblock_phone")
    if v is None:
        if "unblock_phone" in d:
            raise DiditValidationError(at + "unblock_phone", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "unblock_phone", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("unblock_email")
    if v is None:
        if "unblock_email" in d:
            raise DiditValidationError(at + "unblock_email", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "unblock_email", "type", "must be true or false, not " + type(v).__name__
            )


def structure_MessageResponse(d: Any) -> MessageResponse:
    """Decode a JSON object into :class:`MessageResponse`."""
    o = _new(MessageResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_MessageResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_MessageResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_MessageResponse: _Table = (("message", "message", None, False),)


def unstructure_MessageResponse(o: MessageResponse) -> dict[str, Any]:
    """Encode :class:`MessageResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_MessageResponse)


def structure_BlocklistEntry(d: Any) -> BlocklistEntry:
    """Decode a JSON object into :class:`BlocklistEntry`."""
    o = _new(BlocklistEntry)
    vals = o.__dict__
    vals.update(d)
    if _K_BlocklistEntry.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BlocklistEntry
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_BlocklistEntry: _Table = (
    ("type", "type", None, False),
    ("session_id", "session_id", None, False),
    ("session_number", "session_number", None, False),
    ("blocklisted_at", "blocklisted_at", None, False),
    ("face_image", "face_image", None, False),
    ("document_type", "document_type", None, False),
    ("document_number", "document_number", None, False),
    ("front_image", "front_image", None, False),
    ("phone_number", "phone_number", None, False),
    ("country_code", "country_code", None, False),
    ("email", "email", None, False),
)


def unstructure_BlocklistEntry(o: BlocklistEntry) -> dict[str, Any]:
    """Encode :class:`BlocklistEntry` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BlocklistEntry)


def structure_BlocklistPage(d: Any) -> BlocklistPage:
    """Decode a JSON object into :class:`BlocklistPage`."""
    v: Any
    o = _new(BlocklistPage)
    vals = o.__dict__
    vals.update(d)
    if _K_BlocklistPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BlocklistPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_BlocklistEntry(x) if x.__class__ is dict else x for x in v]
    return o


_U_BlocklistPage: _Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_BlocklistEntry(x) if isinstance(x, BlocklistEntry) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_BlocklistPage(o: BlocklistPage) -> dict[str, Any]:
    """Encode :class:`BlocklistPage` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BlocklistPage)


def structure_AccountRegisterRequest(d: Any) -> AccountRegisterRequest:
    """Decode a JSON object into :class:`AccountRegisterRequest`."""
    o = _new(AccountRegisterRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AccountRegisterRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AccountRegisterRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AccountRegisterRequest: _Table = (
    ("email", "email", None, True),
    ("password", "password", None, True),
)


def unstructure_AccountRegisterRequest(o: AccountRegisterRequest) -> dict[str, Any]:
    """Encode :class:`AccountRegisterRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AccountRegisterRequest)


def validate_AccountRegisterRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid AccountRegisterRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "AccountRegisterRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "email" not in d:
        raise DiditValidationError(at + "email", "required", "is required")
    v = d.get("email")
    if v is None:
        if "email" in d:
            raise DiditValidationError(at + "email", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "email", "type", "must be a string, not " + type(v).__name__
            )
        if not is_email(v):
            raise DiditValidationError(at + "email", "format", "must be a valid email")
    if "password" not in d:
        raise DiditValidationError(at + "password", "required", "is required")
    v = d.get("password")
    if v is None:
        if "password" in d:
            raise DiditValidationError(at + "password", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "password", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 8:
            raise DiditValidationError(
                at + "password", "min_length", "must have at least 8 characters"
            )
        if _P2.search(v) is None:
            raise DiditValidationError(
                at + "password",
                "pattern",
                "does not have the expected format (^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[!@#$%^&*()_+\\-=\\[\\]{}|;:,.<>?]).{8,}$)",
            )


def structure_AccountRegisterResponse(d: Any) -> AccountRegisterResponse:
    """Decode a JSON object into :class:`AccountRegisterResponse`."""
    o = _new(AccountRegisterResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_AccountRegisterResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AccountRegisterResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AccountRegisterResponse: _Table = (
    ("message", "message", None, False),
    ("email", "email", None, False),
)


def unstructure_AccountRegisterResponse(o: AccountRegisterResponse) -> dict[str, Any]:
    """Encode :class:`AccountRegisterResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AccountRegisterResponse)


def structure_AccountVerifyEmailRequest(d: Any) -> AccountVerifyEmailRequest:
    """Decode a JSON object into :class:`AccountVerifyEmailRequest`."""
    o = _new(AccountVerifyEmailRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AccountVerifyEmailRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AccountVerifyEmailRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AccountVerifyEmailRequest: _Table = (
    ("email", "email", None, True),
    ("code", "code", None, True),
)


def unstructure_AccountVerifyEmailRequest(o: AccountVerifyEmailRequest) -> dict[str, Any]:
    """Encode :class:`AccountVerifyEmailRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AccountVerifyEmailRequest)


def validate_AccountVerifyEmailRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid AccountVerifyEmailRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "AccountVerifyEmailRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "email" not in d:
        raise DiditValidationError(at + "email", "required", "is required")
    v = d.get("email")
    if v is None:
        if "email" in d:
            raise DiditValidationError(at + "email", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "email", "type", "must be a string, not " + type(v).__name__
            )
        if not is_email(v):
            raise DiditValidationError(at + "email", "format", "must be a valid email")
    if "code" not in d:
        raise DiditValidationError(at + "code", "required", "is required")
    v = d.get("code")
    if v is None:
        if "code" in d:
            raise DiditValidationError(at + "code", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "code", "type", "must be a string, not " + type(v).__name__
            )
        if _P3.search(v) is None:
            raise DiditValidationError(
                at + "code", "pattern", "does not have the expected format (^[A-Za-z0-9]{6}$)"
            )


def structure_AccountOrganization(d: Any) -> AccountOrganization:
    """Decode a JSON object into :class:`AccountOrganization`."""
    o = _new(AccountOrganization)
    vals = o.__dict__
    vals.update(d)
    if _K_AccountOrganization.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AccountOrganization
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AccountOrganization: _Table = (
    ("uuid", "uuid", None, False),
    ("name", "name", None, False),
    ("contact_email", "contact_email", None, False),
)


def unstructure_AccountOrganization(o: AccountOrganization) -> dict[str, Any]:
    """Encode :class:`AccountOrganization` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AccountOrganization)


def structure_AccountApplication(d: Any) -> AccountApplication:
    """Decode a JSON object into :class:`AccountApplication`."""
    o = _new(AccountApplication)
    vals = o.__dict__
    vals.update(d)
    if _K_AccountApplication.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AccountApplication
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AccountApplication: _Table = (
    ("uuid", "uuid", None, False),
    ("name", "name", None, False),
    ("client_id", "client_id", None, False),
    ("api_key", "api_key", None, False),
    ("website_url", "website_url", None, False),
)


def unstructure_AccountApplication(o: AccountApplication) -> dict[str, Any]:
    """Encode :class:`AccountApplication` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AccountApplication)


def structure_AccountTokenResponse(d: Any) -> AccountTokenResponse:
    """Decode a JSON object into :class:`AccountTokenResponse`."""
    v: Any
    o = _new(AccountTokenResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_AccountTokenResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AccountTokenResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "organization" in vals:
        v = vals["organization"]
        if v.__class__ is dict:
            vals["organization"] = structure_AccountOrganization(v)
    if "application" in vals:
        v = vals["application"]
        if v.__class__ is dict:
            vals["application"] = structure_AccountApplication(v)
    return o


_U_AccountTokenResponse: _Table = (
    ("access_token", "access_token", None, True),
    ("refresh_token", "refresh_token", None, False),
    ("expires_in", "expires_in", None, False),
    (
        "organization",
        "organization",
        lambda v: unstructure_AccountOrganization(v) if isinstance(v, AccountOrganization) else v,
        False,
    ),
    (
        "application",
        "application",
        lambda v: unstructure_AccountApplication(v) if isinstance(v, AccountApplication) else v,
        False,
    ),
)


def unstructure_AccountTokenResponse(o: AccountTokenResponse) -> dict[str, Any]:
    """Encode :class:`AccountTokenResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AccountTokenResponse)


def structure_AccountLoginRequest(d: Any) -> AccountLoginRequest:
    """Decode a JSON object into :class:`AccountLoginRequest`."""
    o = _new(AccountLoginRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AccountLoginRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AccountLoginRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AccountLoginRequest: _Table = (
    ("email", "email", None, True),
    ("password", "password", None, True),
)


def unstructure_AccountLoginRequest(o: AccountLoginRequest) -> dict[str, Any]:
    """Encode :class:`AccountLoginRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AccountLoginRequest)


def validate_AccountLoginRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid AccountLoginRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "AccountLoginRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "email" not in d:
        raise DiditValidationError(at + "email", "required", "is required")
    v = d.get("email")
    if v is None:
        if "email" in d:
            raise DiditValidationError(at + "email", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "email", "type", "must be a string, not " + type(v).__name__
            )
        if not is_email(v):
            raise DiditValidationError(at + "email", "format", "must be a valid email")
    if "password" not in d:
        raise DiditValidationError(at + "password", "required", "is required")
    v = d.get("password")
    if v is None:
        if "password" in d:
            raise DiditValidationError(at + "password", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "password", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "password", "min_length", "must have at least 1 characters"
            )


def structure_AccountResendOtpRequest(d: Any) -> AccountResendOtpRequest:
    """Decode a JSON object into :class:`AccountResendOtpRequest`."""
    o = _new(AccountResendOtpRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AccountResendOtpRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AccountResendOtpRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AccountResendOtpRequest: _Table = (("email", "email", None, True),)


def unstructure_AccountResendOtpRequest(o: AccountResendOtpRequest) -> dict[str, Any]:
    """Encode :class:`AccountResendOtpRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AccountResendOtpRequest)


def validate_AccountResendOtpRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid AccountResendOtpRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "AccountResendOtpRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "email" not in d:
        raise DiditValidationError(at + "email", "required", "is required")
    v = d.get("email")
    if v is None:
        if "email" in d:
            raise DiditValidationError(at + "email", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "email", "type", "must be a string, not " + type(v).__name__
            )
        if not is_email(v):
            raise DiditValidationError(at + "email", "format", "must be a valid email")


def structure_Organization(d: Any) -> Organization:
    """Decode a JSON object into :class:`Organization`."""
    o = _new(Organization)
    vals = o.__dict__
    vals.update(d)
    if _K_Organization.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_Organization
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_Organization: _Table = (
    ("uuid", "uuid", None, False),
    ("name", "name", None, False),
    ("contact_email", "contact_email", None, False),
)


def unstructure_Organization(o: Organization) -> dict[str, Any]:
    """Encode :class:`Organization` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_Organization)


def structure_ApplicationCredentials(d: Any) -> ApplicationCredentials:
    """Decode a JSON object into :class:`ApplicationCredentials`."""
    o = _new(ApplicationCredentials)
    vals = o.__dict__
    vals.update(d)
    if _K_ApplicationCredentials.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ApplicationCredentials
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_ApplicationCredentials: _Table = (
    ("uuid", "uuid", None, False),
    ("name", "name", None, False),
    ("client_id", "client_id", None, False),
    ("api_key", "api_key", None, False),
    ("website_url", "website_url", None, False),
    ("mode", "mode", None, False),
    ("created_at", "created_at", None, False),
)


def unstructure_ApplicationCredentials(o: ApplicationCredentials) -> dict[str, Any]:
    """Encode :class:`ApplicationCredentials` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_ApplicationCredentials)


def structure_CreateApplicationRequest(d: Any) -> CreateApplicationRequest:
    """Decode a JSON object into :class:`CreateApplicationRequest`."""
    o = _new(CreateApplicationRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CreateApplicationRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CreateApplicationRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_CreateApplicationRequest: _Table = (
    ("name", "name", None, True),
    ("website_url", "website_url", None, False),
)


def unstructure_CreateApplicationRequest(o: CreateApplicationRequest) -> dict[str, Any]:
    """Encode :class:`CreateApplicationRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_CreateApplicationRequest)


def validate_CreateApplicationRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CreateApplicationRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "CreateApplicationRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "name" not in d:
        raise DiditValidationError(at + "name", "required", "is required")
    v = d.get("name")
    if v is None:
        if "name" in d:
            raise DiditValidationError(at + "name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "name", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(at + "name", "min_length", "must have at least 1 characters")
    v = d.get("website_url")
    if v is None:
        if "website_url" in d:
            raise DiditValidationError(at + "website_url", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "website_url", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uri(v):
            raise DiditValidationError(at + "website_url", "format", "must be a valid uri")


def structure_WorkflowFeature(d: Any) -> WorkflowFeature:
    """Decode a JSON object into :class:`WorkflowFeature`."""
    o = _new(WorkflowFeature)
    vals = o.__dict__
    vals.update(d)
    if _K_WorkflowFeature.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WorkflowFeature
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_WorkflowFeature: _Table = (
    ("feature", "feature", None, True),
    (
        "config",
        "config",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_WorkflowFeature(o: WorkflowFeature) -> dict[str, Any]:
    """Encode :class:`WorkflowFeature` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_WorkflowFeature)


def validate_WorkflowFeature(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid WorkflowFeature."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "WorkflowFeature",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "feature" not in d:
        raise DiditValidationError(at + "feature", "required", "is required")
    v = d.get("feature")
    if v is None:
        if "feature" in d:
            raise DiditValidationError(at + "feature", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline4:
            raise DiditValidationError(
                at + "feature",
                "enum",
                "must be one of: OCR, LIVENESS, FACE_MATCH, AML, QUESTIONNAIRE, EMAIL_VERIFICATION, PHONE_VERIFICATION, PROOF_OF_ADDRESS, NFC, IP_ANALYSIS, DATABASE_VALIDATION, AGE_ESTIMATION, KYB_REGISTRY, KYB_DOCUMENTS, KYB_KEY_PEOPLE"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("config")
    if v is None:
        if "config" in d:
            raise DiditValidationError(at + "config", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "config", "type", "must be an object, not " + type(v).__name__
            )


def structure_WorkflowCreateRequest(d: Any) -> WorkflowCreateRequest:
    """Decode a JSON object into :class:`WorkflowCreateRequest`."""
    v: Any
    o = _new(WorkflowCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_WorkflowCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WorkflowCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "features" in vals:
        v = vals["features"]
        if v and v.__class__ is list:
            vals["features"] = [
                structure_WorkflowFeature(x) if x.__class__ is dict else x for x in v
            ]
    if "workflow_type" in vals:
        v = vals["workflow_type"]
        if v.__class__ is str:
            vals["workflow_type"] = _M_WorkflowType[v]
    return o


_U_WorkflowCreateRequest: _Table = (
    ("workflow_label", "workflow_label", None, False),
    (
        "features",
        "features",
        lambda v: (
            [unstructure_WorkflowFeature(x) if isinstance(x, WorkflowFeature) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "workflow_type",
        "workflow_type",
        lambda v: v.value if isinstance(v, WorkflowType) else v,
        False,
    ),
    ("is_default", "is_default", None, False),
    ("is_ocr_enabled", "is_ocr_enabled", None, False),
    ("is_liveness_enabled", "is_liveness_enabled", None, False),
    ("face_liveness_method", "face_liveness_method", None, False),
    ("face_liveness_score_decline_threshold", "face_liveness_score_decline_threshold", None, False),
    ("is_face_match_enabled", "is_face_match_enabled", None, False),
    ("face_match_score_decline_threshold", "face_match_score_decline_threshold", None, False),
    ("face_match_score_review_threshold", "face_match_score_review_threshold", None, False),
    ("is_aml_enabled", "is_aml_enabled", None, False),
    ("aml_decline_threshold", "aml_decline_threshold", None, False),
    ("is_phone_verification_enabled", "is_phone_verification_enabled", None, False),
    ("is_email_verification_enabled", "is_email_verification_enabled", None, False),
    ("is_database_validation_enabled", "is_database_validation_enabled", None, False),
    ("is_ip_analysis_enabled", "is_ip_analysis_enabled", None, False),
    ("is_nfc_enabled", "is_nfc_enabled", None, False),
    ("is_age_restrictions_enabled", "is_age_restrictions_enabled", None, False),
    (
        "documents_allowed",
        "documents_allowed",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("duplicated_user_action", "duplicated_user_action", None, False),
    ("max_retry_attempts", "max_retry_attempts", None, False),
    ("retry_window_days", "retry_window_days", None, False),
    ("is_desktop_allowed", "is_desktop_allowed", None, False),
    ("is_white_label_enabled", "is_white_label_enabled", None, False),
    ("session_expiration_time", "session_expiration_time", None, False),
    ("status", "status", None, False),
)


def unstructure_WorkflowCreateRequest(o: WorkflowCreateRequest) -> dict[str, Any]:
    """Encode :class:`WorkflowCreateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_WorkflowCreateRequest)


def validate_WorkflowCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid WorkflowCreateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "WorkflowCreateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("workflow_label")
    if v is None:
        if "workflow_label" in d:
            raise DiditValidationError(at + "workflow_label", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "workflow_label", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "workflow_label", "min_length", "must have at least 1 characters"
            )
    v = d.get("features")
    if v is None:
        if "features" in d:
            raise DiditValidationError(at + "features", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "features", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "features", "type", "must not contain null")
            validate_WorkflowFeature(x0, at + "features" + "[" + str(i0) + "]" + ".")
    v = d.get("workflow_type")
    if v is None:
        if "workflow_type" in d:
            raise DiditValidationError(at + "workflow_type", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_WorkflowType:
            raise DiditValidationError(
                at + "workflow_type",
                "enum",
                "must be one of: kyc, adaptive_age_verification, biometric_authentication, address_verification, questionnaire_verification, email_verification, phone_verification"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("is_default")
    if v is None:
        if "is_default" in d:
            raise DiditValidationError(at + "is_default", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_default", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("is_ocr_enabled")
    if v is None:
        if "is_ocr_enabled" in d:
            raise DiditValidationError(at + "is_ocr_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_ocr_enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("is_liveness_enabled")
    if v is None:
        if "is_liveness_enabled" in d:
            raise DiditValidationError(at + "is_liveness_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_liveness_enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("face_liveness_method")
    if v is None:
        if "face_liveness_method" in d:
            raise DiditValidationError(at + "face_liveness_method", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline5:
            raise DiditValidationError(
                at + "face_liveness_method",
                "enum",
                "must be one of: passive, active_3d, flashing"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("face_liveness_score_decline_threshold")
    if v is None:
        if "face_liveness_score_decline_threshold" in d:
            raise DiditValidationError(
                at + "face_liveness_score_decline_threshold", "type", "must not be null"
            )
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "face_liveness_score_decline_threshold",
                "type",
                "must be an integer, not " + type(v).__name__,
            )
        if v < 0:
            raise DiditValidationError(
                at + "face_liveness_score_decline_threshold", "min", "must be at least 0"
            )
        if v > 100:
            raise DiditValidationError(
                at + "face_liveness_score_decline_threshold", "max", "must be at most 100"
            )
    v = d.get("is_face_match_enabled")
    if v is None:
        if "is_face_match_enabled" in d:
            raise DiditValidationError(at + "is_face_match_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_face_match_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("face_match_score_decline_threshold")
    if v is None:
        if "face_match_score_decline_threshold" in d:
            raise DiditValidationError(
                at + "face_match_score_decline_threshold", "type", "must not be null"
            )
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "face_match_score_decline_threshold",
                "type",
                "must be an integer, not " + type(v).__name__,
            )
        if v < 0:
            raise DiditValidationError(
                at + "face_match_score_decline_threshold", "min", "must be at least 0"
            )
        if v > 100:
            raise DiditValidationError(
                at + "face_match_score_decline_threshold", "max", "must be at most 100"
            )
    v = d.get("face_match_score_review_threshold")
    if v is None:
        if "face_match_score_review_threshold" in d:
            raise DiditValidationError(
                at + "face_match_score_review_threshold", "type", "must not be null"
            )
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "face_match_score_review_threshold",
                "type",
                "must be an integer, not " + type(v).__name__,
            )
        if v < 0:
            raise DiditValidationError(
                at + "face_match_score_review_threshold", "min", "must be at least 0"
            )
        if v > 100:
            raise DiditValidationError(
                at + "face_match_score_review_threshold", "max", "must be at most 100"
            )
    v = d.get("is_aml_enabled")
    if v is None:
        if "is_aml_enabled" in d:
            raise DiditValidationError(at + "is_aml_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_aml_enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("aml_decline_threshold")
    if v is None:
        if "aml_decline_threshold" in d:
            raise DiditValidationError(at + "aml_decline_threshold", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "aml_decline_threshold", "type", "must be an integer, not " + type(v).__name__
            )
        if v < 0:
            raise DiditValidationError(at + "aml_decline_threshold", "min", "must be at least 0")
        if v > 100:
            raise DiditValidationError(at + "aml_decline_threshold", "max", "must be at most 100")
    v = d.get("is_phone_verification_enabled")
    if v is None:
        if "is_phone_verification_enabled" in d:
            raise DiditValidationError(
                at + "is_phone_verification_enabled", "type", "must not be null"
            )
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_phone_verification_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("is_email_verification_enabled")
    if v is None:
        if "is_email_verification_enabled" in d:
            raise DiditValidationError(
                at + "is_email_verification_enabled", "type", "must not be null"
            )
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_email_verification_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("is_database_validation_enabled")
    if v is None:
        if "is_database_validation_enabled" in d:
            raise DiditValidationError(
                at + "is_database_validation_enabled", "type", "must not be null"
            )
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_database_validation_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("is_ip_analysis_enabled")
    if v is None:
        if "is_ip_analysis_enabled" in d:
            raise DiditValidationError(at + "is_ip_analysis_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_ip_analysis_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("is_nfc_enabled")
    if v is None:
        if "is_nfc_enabled" in d:
            raise DiditValidationError(at + "is_nfc_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_nfc_enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("is_age_restrictions_enabled")
    if v is None:
        if "is_age_restrictions_enabled" in d:
            raise DiditValidationError(
                at + "is_age_restrictions_enabled", "type", "must not be null"
            )
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_age_restrictions_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("documents_allowed")
    if v is None:
        if "documents_allowed" in d:
            raise DiditValidationError(at + "documents_allowed", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "documents_allowed", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("duplicated_user_action")
    if v is None:
        if "duplicated_user_action" in d:
            raise DiditValidationError(at + "duplicated_user_action", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline6:
            raise DiditValidationError(
                at + "duplicated_user_action",
                "enum",
                "must be one of: no_action, review, decline"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("max_retry_attempts")
    if v is None:
        if "max_retry_attempts" in d:
            raise DiditValidationError(at + "max_retry_attempts", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "max_retry_attempts", "type", "must be an integer, not " + type(v).__name__
            )
        if v < 0:
            raise DiditValidationError(at + "max_retry_attempts", "min", "must be at least 0")
    v = d.get("retry_window_days")
    if v is None:
        if "retry_window_days" in d:
            raise DiditValidationError(at + "retry_window_days", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "retry_window_days", "type", "must be an integer, not " + type(v).__name__
            )
        if v < 0:
            raise DiditValidationError(at + "retry_window_days", "min", "must be at least 0")
    v = d.get("is_desktop_allowed")
    if v is None:
        if "is_desktop_allowed" in d:
            raise DiditValidationError(at + "is_desktop_allowed", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_desktop_allowed", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("is_white_label_enabled")
    if v is None:
        if "is_white_label_enabled" in d:
            raise DiditValidationError(at + "is_white_label_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_white_label_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("session_expiration_time")
    if v is None:
        if "session_expiration_time" in d:
            raise DiditValidationError(at + "session_expiration_time", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise DiditValidationError(
                at + "session_expiration_time", "type", "must be a number, not " + type(v).__name__
            )
        if v < 0:
            raise DiditValidationError(at + "session_expiration_time", "min", "must be at least 0")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise DiditValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline7:
            raise DiditValidationError(
                at + "status",
                "enum",
                "must be one of: draft, published"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )


def structure_WorkflowUpdateRequest(d: Any) -> WorkflowUpdateRequest:
    """Decode a JSON object into :class:`WorkflowUpdateRequest`."""
    v: Any
    o = _new(WorkflowUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_WorkflowUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WorkflowUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "features" in vals:
        v = vals["features"]
        if v and v.__class__ is list:
            vals["features"] = [
                structure_WorkflowFeature(x) if x.__class__ is dict else x for x in v
            ]
    if "workflow_type" in vals:
        v = vals["workflow_type"]
        if v.__class__ is str:
            vals["workflow_type"] = _M_WorkflowType[v]
    return o


_U_WorkflowUpdateRequest: _Table = (
    ("workflow_label", "workflow_label", None, False),
    (
        "features",
        "features",
        lambda v: (
            [unstructure_WorkflowFeature(x) if isinstance(x, WorkflowFeature) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "workflow_type",
        "workflow_type",
        lambda v: v.value if isinstance(v, WorkflowType) else v,
        False,
    ),
    ("is_default", "is_default", None, False),
    ("is_ocr_enabled", "is_ocr_enabled", None, False),
    ("is_liveness_enabled", "is_liveness_enabled", None, False),
    ("face_liveness_method", "face_liveness_method", None, False),
    ("face_liveness_score_decline_threshold", "face_liveness_score_decline_threshold", None, False),
    ("is_face_match_enabled", "is_face_match_enabled", None, False),
    ("face_match_score_decline_threshold", "face_match_score_decline_threshold", None, False),
    ("face_match_score_review_threshold", "face_match_score_review_threshold", None, False),
    ("is_aml_enabled", "is_aml_enabled", None, False),
    ("aml_decline_threshold", "aml_decline_threshold", None, False),
    ("is_phone_verification_enabled", "is_phone_verification_enabled", None, False),
    ("is_email_verification_enabled", "is_email_verification_enabled", None, False),
    ("is_database_validation_enabled", "is_database_validation_enabled", None, False),
    ("is_ip_analysis_enabled", "is_ip_analysis_enabled", None, False),
    ("is_nfc_enabled", "is_nfc_enabled", None, False),
    ("is_age_restrictions_enabled", "is_age_restrictions_enabled", None, False),
    (
        "documents_allowed",
        "documents_allowed",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("duplicated_user_action", "duplicated_user_action", None, False),
    ("max_retry_attempts", "max_retry_attempts", None, False),
    ("retry_window_days", "retry_window_days", None, False),
    ("is_desktop_allowed", "is_desktop_allowed", None, False),
    ("is_white_label_enabled", "is_white_label_enabled", None, False),
    ("session_expiration_time", "session_expiration_time", None, False),
    ("status", "status", None, False),
)


def unstructure_WorkflowUpdateRequest(o: WorkflowUpdateRequest) -> dict[str, Any]:
    """Encode :class:`WorkflowUpdateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_WorkflowUpdateRequest)


def validate_WorkflowUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid WorkflowUpdateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "WorkflowUpdateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("workflow_label")
    if v is None:
        if "workflow_label" in d:
            raise DiditValidationError(at + "workflow_label", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "workflow_label", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "workflow_label", "min_length", "must have at least 1 characters"
            )
    v = d.get("features")
    if v is None:
        if "features" in d:
            raise DiditValidationError(at + "features", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "features", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "features", "type", "must not contain null")
            validate_WorkflowFeature(x0, at + "features" + "[" + str(i0) + "]" + ".")
    v = d.get("workflow_type")
    if v is None:
        if "workflow_type" in d:
            raise DiditValidationError(at + "workflow_type", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_WorkflowType:
            raise DiditValidationError(
                at + "workflow_type",
                "enum",
                "must be one of: kyc, adaptive_age_verification, biometric_authentication, address_verification, questionnaire_verification, email_verification, phone_verification"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("is_default")
    if v is None:
        if "is_default" in d:
            raise DiditValidationError(at + "is_default", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_default", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("is_ocr_enabled")
    if v is None:
        if "is_ocr_enabled" in d:
            raise DiditValidationError(at + "is_ocr_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_ocr_enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("is_liveness_enabled")
    if v is None:
        if "is_liveness_enabled" in d:
            raise DiditValidationError(at + "is_liveness_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_liveness_enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("face_liveness_method")
    if v is None:
        if "face_liveness_method" in d:
            raise DiditValidationError(at + "face_liveness_method", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline5:
            raise DiditValidationError(
                at + "face_liveness_method",
                "enum",
                "must be one of: passive, active_3d, flashing"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("face_liveness_score_decline_threshold")
    if v is None:
        if "face_liveness_score_decline_threshold" in d:
            raise DiditValidationError(
                at + "face_liveness_score_decline_threshold", "type", "must not be null"
            )
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "face_liveness_score_decline_threshold",
                "type",
                "must be an integer, not " + type(v).__name__,
            )
        if v < 0:
            raise DiditValidationError(
                at + "face_liveness_score_decline_threshold", "min", "must be at least 0"
            )
        if v > 100:
            raise DiditValidationError(
                at + "face_liveness_score_decline_threshold", "max", "must be at most 100"
            )
    v = d.get("is_face_match_enabled")
    if v is None:
        if "is_face_match_enabled" in d:
            raise DiditValidationError(at + "is_face_match_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_face_match_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("face_match_score_decline_threshold")
    if v is None:
        if "face_match_score_decline_threshold" in d:
            raise DiditValidationError(
                at + "face_match_score_decline_threshold", "type", "must not be null"
            )
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "face_match_score_decline_threshold",
                "type",
                "must be an integer, not " + type(v).__name__,
            )
        if v < 0:
            raise DiditValidationError(
                at + "face_match_score_decline_threshold", "min", "must be at least 0"
            )
        if v > 100:
            raise DiditValidationError(
                at + "face_match_score_decline_threshold", "max", "must be at most 100"
            )
    v = d.get("face_match_score_review_threshold")
    if v is None:
        if "face_match_score_review_threshold" in d:
            raise DiditValidationError(
                at + "face_match_score_review_threshold", "type", "must not be null"
            )
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "face_match_score_review_threshold",
                "type",
                "must be an integer, not " + type(v).__name__,
            )
        if v < 0:
            raise DiditValidationError(
                at + "face_match_score_review_threshold", "min", "must be at least 0"
            )
        if v > 100:
            raise DiditValidationError(
                at + "face_match_score_review_threshold", "max", "must be at most 100"
            )
    v = d.get("is_aml_enabled")
    if v is None:
        if "is_aml_enabled" in d:
            raise DiditValidationError(at + "is_aml_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_aml_enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("aml_decline_threshold")
    if v is None:
        if "aml_decline_threshold" in d:
            raise DiditValidationError(at + "aml_decline_threshold", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "aml_decline_threshold", "type", "must be an integer, not " + type(v).__name__
            )
        if v < 0:
            raise DiditValidationError(at + "aml_decline_threshold", "min", "must be at least 0")
        if v > 100:
            raise DiditValidationError(at + "aml_decline_threshold", "max", "must be at most 100")
    v = d.get("is_phone_verification_enabled")
    if v is None:
        if "is_phone_verification_enabled" in d:
            raise DiditValidationError(
                at + "is_phone_verification_enabled", "type", "must not be null"
            )
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_phone_verification_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("is_email_verification_enabled")
    if v is None:
        if "is_email_verification_enabled" in d:
            raise DiditValidationError(
                at + "is_email_verification_enabled", "type", "must not be null"
            )
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_email_verification_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("is_database_validation_enabled")
    if v is None:
        if "is_database_validation_enabled" in d:
            raise DiditValidationError(
                at + "is_database_validation_enabled", "type", "must not be null"
            )
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_database_validation_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("is_ip_analysis_enabled")
    if v is None:
        if "is_ip_analysis_enabled" in d:
            raise DiditValidationError(at + "is_ip_analysis_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_ip_analysis_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("is_nfc_enabled")
    if v is None:
        if "is_nfc_enabled" in d:
            raise DiditValidationError(at + "is_nfc_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_nfc_enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("is_age_restrictions_enabled")
    if v is None:
        if "is_age_restrictions_enabled" in d:
            raise DiditValidationError(
                at + "is_age_restrictions_enabled", "type", "must not be null"
            )
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_age_restrictions_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("documents_allowed")
    if v is None:
        if "documents_allowed" in d:
            raise DiditValidationError(at + "documents_allowed", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "documents_allowed", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("duplicated_user_action")
    if v is None:
        if "duplicated_user_action" in d:
            raise DiditValidationError(at + "duplicated_user_action", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline6:
            raise DiditValidationError(
                at + "duplicated_user_action",
                "enum",
                "must be one of: no_action, review, decline"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("max_retry_attempts")
    if v is None:
        if "max_retry_attempts" in d:
            raise DiditValidationError(at + "max_retry_attempts", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "max_retry_attempts", "type", "must be an integer, not " + type(v).__name__
            )
        if v < 0:
            raise DiditValidationError(at + "max_retry_attempts", "min", "must be at least 0")
    v = d.get("retry_window_days")
    if v is None:
        if "retry_window_days" in d:
            raise DiditValidationError(at + "retry_window_days", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "retry_window_days", "type", "must be an integer, not " + type(v).__name__
            )
        if v < 0:
            raise DiditValidationError(at + "retry_window_days", "min", "must be at least 0")
    v = d.get("is_desktop_allowed")
    if v is None:
        if "is_desktop_allowed" in d:
            raise DiditValidationError(at + "is_desktop_allowed", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_desktop_allowed", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("is_white_label_enabled")
    if v is None:
        if "is_white_label_enabled" in d:
            raise DiditValidationError(at + "is_white_label_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_white_label_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("session_expiration_time")
    if v is None:
        if "session_expiration_time" in d:
            raise DiditValidationError(at + "session_expiration_time", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise DiditValidationError(
                at + "session_expiration_time", "type", "must be a number, not " + type(v).__name__
            )
        if v < 0:
            raise DiditValidationError(at + "session_expiration_time", "min", "must be at least 0")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise DiditValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline7:
            raise DiditValidationError(
                at + "status",
                "enum",
                "must be one of: draft, published"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )


def structure_Workflow(d: Any) -> Workflow:
    """Decode a JSON object into :class:`Workflow`."""
    v: Any
    o = _new(Workflow)
    vals = o.__dict__
    vals.update(d)
    if _K_Workflow.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_Workflow
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "workflow_type" in vals:
        v = vals["workflow_type"]
        if v.__class__ is str:
            vals["workflow_type"] = _M_WorkflowType[v]
    if "features" in vals:
        v = vals["features"]
        if v and v.__class__ is list:
            vals["features"] = [
                (structure_WorkflowFeature(x))
                if x.__class__ is dict
                else (x)
                if x is not None
                else x
                for x in v
            ]
    return o


_U_Workflow: _Table = (
    ("uuid", "uuid", None, True),
    ("workflow_id", "workflow_id", None, False),
    ("workflow_label", "workflow_label", None, False),
    (
        "workflow_type",
        "workflow_type",
        lambda v: v.value if isinstance(v, WorkflowType) else v,
        False,
    ),
    ("is_default", "is_default", None, False),
    ("is_archived", "is_archived", None, False),
    ("total_price", "total_price", None, False),
    ("min_price", "min_price", None, False),
    ("max_price", "max_price", None, False),
    (
        "features",
        "features",
        lambda v: (
            [
                (unstructure_WorkflowFeature(x) if isinstance(x, WorkflowFeature) else x)
                if isinstance(x, WorkflowFeature)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("is_simple_workflow", "is_simple_workflow", None, False),
    ("is_editable", "is_editable", None, False),
    ("workflow_url", "workflow_url", None, False),
    ("max_retry_attempts", "max_retry_attempts", None, False),
    ("retry_window_days", "retry_window_days", None, False),
    (
        "special_add_on_prices",
        "special_add_on_prices",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("version", "version", None, False),
    ("created_at", "created_at", None, False),
)


def unstructure_Workflow(o: Workflow) -> dict[str, Any]:
    """Encode :class:`Workflow` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_Workflow)


def structure_QuestionnaireOption(d: Any) -> QuestionnaireOption:
    """Decode a JSON object into :class:`QuestionnaireOption`."""
    o = _new(QuestionnaireOption)
    vals = o.__dict__
    vals.update(d)
    if _K_QuestionnaireOption.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_QuestionnaireOption
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_QuestionnaireOption: _Table = (("label", "label", None, True),)


def unstructure_QuestionnaireOption(o: QuestionnaireOption) -> dict[str, Any]:
    """Encode :class:`QuestionnaireOption` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_QuestionnaireOption)


def validate_QuestionnaireOption(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid QuestionnaireOption."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "QuestionnaireOption",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "label" not in d:
        raise DiditValidationError(at + "label", "required", "is required")
    v = d.get("label")
    if v is None:
        if "label" in d:
            raise DiditValidationError(at + "label", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "label", "type", "must be an object, not " + type(v).__name__
            )
        for k0, x0 in v.items():
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "label" + "." + str(k0),
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )


def structure_QuestionnaireFormElement(d: Any) -> QuestionnaireFormElement:
    """Decode a JSON object into :class:`QuestionnaireFormElement`."""
    v: Any
    o = _new(QuestionnaireFormElement)
    vals = o.__dict__
    vals.update(d)
    if _K_QuestionnaireFormElement.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_QuestionnaireFormElement
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "options" in vals:
        v = vals["options"]
        if v and v.__class__ is list:
            vals["options"] = [
                structure_QuestionnaireOption(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_QuestionnaireFormElement: _Table = (
    ("element_type", "element_type", None, True),
    ("label", "label", None, True),
    ("is_required", "is_required", None, False),
    (
        "options",
        "options",
        lambda v: (
            [
                unstructure_QuestionnaireOption(x) if isinstance(x, QuestionnaireOption) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_QuestionnaireFormElement(o: QuestionnaireFormElement) -> dict[str, Any]:
    """Encode :class:`QuestionnaireFormElement` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_QuestionnaireFormElement)


def validate_QuestionnaireFormElement(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid QuestionnaireFormElement."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "QuestionnaireFormElement",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "element_type" not in d:
        raise DiditValidationError(at + "element_type", "required", "is required")
    v = d.get("element_type")
    if v is None:
        if "element_type" in d:
            raise DiditValidationError(at + "element_type", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline8:
            raise DiditValidationError(
                at + "element_type",
                "enum",
                "must be one of: short_text, long_text, multiple_choice, checkbox, file_upload, date, number"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    if "label" not in d:
        raise DiditValidationError(at + "label", "required", "is required")
    v = d.get("label")
    if v is None:
        if "label" in d:
            raise DiditValidationError(at + "label", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "label", "type", "must be an object, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(at + "label", "min_properties", "must have at least 1 entry")
        for k0, x0 in v.items():
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "label" + "." + str(k0),
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
    v = d.get("is_required")
    if v is None:
        if "is_required" in d:
            raise DiditValidationError(at + "is_required", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_required", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("options")
    if v is None:
        if "options" in d:
            raise DiditValidationError(at + "options", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "options", "type", "must be a list, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(at + "options", "min_items", "must have at least 1 items")
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "options", "type", "must not contain null")
            validate_QuestionnaireOption(x0, at + "options" + "[" + str(i0) + "]" + ".")
    if "element_type" in d and d.get("element_type") == "multiple_choice" and "options" not in d:
        raise DiditValidationError(
            at + "options", "depends", 'is required when element_type is "multiple_choice"'
        )


def structure_QuestionnaireQuestionOption(d: Any) -> QuestionnaireQuestionOption:
    """Decode a JSON object into :class:`QuestionnaireQuestionOption`."""
    o = _new(QuestionnaireQuestionOption)
    vals = o.__dict__
    vals.update(d)
    if _K_QuestionnaireQuestionOption.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_QuestionnaireQuestionOption
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_QuestionnaireQuestionOption: _Table = (
    ("value", "value", None, True),
    ("text", "text", None, False),
)


def unstructure_QuestionnaireQuestionOption(o: QuestionnaireQuestionOption) -> dict[str, Any]:
    """Encode :class:`QuestionnaireQuestionOption` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_QuestionnaireQuestionOption)


def validate_QuestionnaireQuestionOption(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid QuestionnaireQuestionOption."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "QuestionnaireQuestionOption",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "value" not in d:
        raise DiditValidationError(at + "value", "required", "is required")
    v = d.get("value")
    if v is None:
        if "value" in d:
            raise DiditValidationError(at + "value", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "value", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "value", "min_length", "must have at least 1 characters"
            )
    v = d.get("text")
    if v is None:
        if "text" in d:
            raise DiditValidationError(at + "text", "type", "must not be null")
    else:
        if not (isinstance(v, str) or isinstance(v, Mapping)):
            raise DiditValidationError(
                at + "text", "type", "must be one of: string, object, not " + type(v).__name__
            )
        if isinstance(v, str):
            if not isinstance(v, str):
                raise DiditValidationError(
                    at + "text", "type", "must be a string, not " + type(v).__name__
                )
        if isinstance(v, Mapping):
            if not isinstance(v, Mapping):
                raise DiditValidationError(
                    at + "text", "type", "must be an object, not " + type(v).__name__
                )
            for k0, x0 in v.items():
                if not isinstance(x0, str):
                    raise DiditValidationError(
                        at + "text" + "." + str(k0),
                        "type",
                        "must be a string, not " + type(x0).__name__,
                    )


def structure_QuestionnaireBranchRule(d: Any) -> QuestionnaireBranchRule:
    """Decode a JSON object into :class:`QuestionnaireBranchRule`."""
    o = _new(QuestionnaireBranchRule)
    vals = o.__dict__
    vals.update(d)
    if _K_QuestionnaireBranchRule.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_QuestionnaireBranchRule
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_QuestionnaireBranchRule: _Table = (
    ("if_option", "if_option", None, True),
    ("go_to", "go_to", None, True),
)


def unstructure_QuestionnaireBranchRule(o: QuestionnaireBranchRule) -> dict[str, Any]:
    """Encode :class:`QuestionnaireBranchRule` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_QuestionnaireBranchRule)


def validate_QuestionnaireBranchRule(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid QuestionnaireBranchRule."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "QuestionnaireBranchRule",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "if_option" not in d:
        raise DiditValidationError(at + "if_option", "required", "is required")
    v = d.get("if_option")
    if v is None:
        if "if_option" in d:
            raise DiditValidationError(at + "if_option", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "if_option", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "if_option", "min_length", "must have at least 1 characters"
            )
    if "go_to" not in d:
        raise DiditValidationError(at + "go_to", "required", "is required")
    v = d.get("go_to")
    if v is None:
        if "go_to" in d:
            raise DiditValidationError(at + "go_to", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "go_to", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "go_to", "min_length", "must have at least 1 characters"
            )


def structure_QuestionnaireQuestion(d: Any) -> QuestionnaireQuestion:
    """Decode a JSON object into :class:`QuestionnaireQuestion`."""
    v: Any
    o = _new(QuestionnaireQuestion)
    vals = o.__dict__
    vals.update(d)
    if _K_QuestionnaireQuestion.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_QuestionnaireQuestion
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "options" in vals:
        v = vals["options"]
        if v and v.__class__ is list:
            vals["options"] = [
                structure_QuestionnaireQuestionOption(x) if x.__class__ is dict else x for x in v
            ]
    if "branching" in vals:
        v = vals["branching"]
        if v and v.__class__ is list:
            vals["branching"] = [
                structure_QuestionnaireBranchRule(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_QuestionnaireQuestion: _Table = (
    ("id", "id", None, False),
    ("type", "type", None, True),
    ("text", "text", None, True),
    ("description", "description", None, False),
    ("is_required", "is_required", None, False),
    (
        "options",
        "options",
        lambda v: (
            [
                unstructure_QuestionnaireQuestionOption(x)
                if isinstance(x, QuestionnaireQuestionOption)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "branching",
        "branching",
        lambda v: (
            [
                unstructure_QuestionnaireBranchRule(x)
                if isinstance(x, QuestionnaireBranchRule)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_QuestionnaireQuestion(o: QuestionnaireQuestion) -> dict[str, Any]:
    """Encode :class:`QuestionnaireQuestion` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_QuestionnaireQuestion)


def validate_QuestionnaireQuestion(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid QuestionnaireQuestion."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "QuestionnaireQuestion",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("id")
    if v is None:
        if "id" in d:
            raise DiditValidationError(at + "id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "id", "type", "must be a string, not " + type(v).__name__
            )
    if "type" not in d:
        raise DiditValidationError(at + "type", "required", "is required")
    v = d.get("type")
    if v is None:
        if "type" in d:
            raise DiditValidationError(at + "type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "type", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(at + "type", "min_length", "must have at least 1 characters")
    if "text" not in d:
        raise DiditValidationError(at + "text", "required", "is required")
    v = d.get("text")
    if v is None:
        if "text" in d:
            raise DiditValidationError(at + "text", "type", "must not be null")
    else:
        if not (isinstance(v, str) or isinstance(v, Mapping)):
            raise DiditValidationError(
                at + "text", "type", "must be one of: string, object, not " + type(v).__name__
            )
        if isinstance(v, str):
            if not isinstance(v, str):
                raise DiditValidationError(
                    at + "text", "type", "must be a string, not " + type(v).__name__
                )
            if len(v) < 1:
                raise DiditValidationError(
                    at + "text", "min_length", "must have at least 1 characters"
                )
        if isinstance(v, Mapping):
            if not isinstance(v, Mapping):
                raise DiditValidationError(
                    at + "text", "type", "must be an object, not " + type(v).__name__
                )
            for k0, x0 in v.items():
                if not isinstance(x0, str):
                    raise DiditValidationError(
                        at + "text" + "." + str(k0),
                        "type",
                        "must be a string, not " + type(x0).__name__,
                    )
    v = d.get("description")
    if v is None:
        if "description" in d:
            raise DiditValidationError(at + "description", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "description", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("is_required")
    if v is None:
        if "is_required" in d:
            raise DiditValidationError(at + "is_required", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_required", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("options")
    if v is None:
        if "options" in d:
            raise DiditValidationError(at + "options", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "options", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "options", "type", "must not contain null")
            validate_QuestionnaireQuestionOption(x0, at + "options" + "[" + str(i0) + "]" + ".")
    v = d.get("branching")
    if v is None:
        if "branching" in d:
            raise DiditValidationError(at + "branching", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "branching", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "branching", "type", "must not contain null")
            validate_QuestionnaireBranchRule(x0, at + "branching" + "[" + str(i0) + "]" + ".")
    if "type" in d and d.get("type") == "multiple_choice" and "options" not in d:
        raise DiditValidationError(
            at + "options", "depends", 'is required when type is "multiple_choice"'
        )


def structure_QuestionnaireCreateRequest(d: Any) -> QuestionnaireCreateRequest:
    """Decode a JSON object into :class:`QuestionnaireCreateRequest`."""
    v: Any
    o = _new(QuestionnaireCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_QuestionnaireCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_QuestionnaireCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "form_elements" in vals:
        v = vals["form_elements"]
        if v and v.__class__ is list:
            vals["form_elements"] = [
                structure_QuestionnaireFormElement(x) if x.__class__ is dict else x for x in v
            ]
    if "questions" in vals:
        v = vals["questions"]
        if v and v.__class__ is list:
            vals["questions"] = [
                structure_QuestionnaireQuestion(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_QuestionnaireCreateRequest: _Table = (
    ("title", "title", None, True),
    ("description", "description", None, False),
    ("default_language", "default_language", None, False),
    ("languages", "languages", None, False),
    (
        "form_elements",
        "form_elements",
        lambda v: (
            [
                unstructure_QuestionnaireFormElement(x)
                if isinstance(x, QuestionnaireFormElement)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "questions",
        "questions",
        lambda v: (
            [
                unstructure_QuestionnaireQuestion(x) if isinstance(x, QuestionnaireQuestion) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_QuestionnaireCreateRequest(o: QuestionnaireCreateRequest) -> dict[str, Any]:
    """Encode :class:`QuestionnaireCreateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_QuestionnaireCreateRequest)


def validate_QuestionnaireCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid QuestionnaireCreateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "QuestionnaireCreateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "title" not in d:
        raise DiditValidationError(at + "title", "required", "is required")
    v = d.get("title")
    if v is None:
        if "title" in d:
            raise DiditValidationError(at + "title", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "title", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "title", "min_length", "must have at least 1 characters"
            )
    v = d.get("description")
    if v is None:
        if "description" in d:
            raise DiditValidationError(at + "description", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "description", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("default_language")
    if v is None:
        if "default_language" in d:
            raise DiditValidationError(at + "default_language", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "default_language", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("languages")
    if v is None:
        if "languages" in d:
            raise DiditValidationError(at + "languages", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "languages", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "languages", "type", "must not contain null")
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "languages" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
    v = d.get("form_elements")
    if v is None:
        if "form_elements" in d:
            raise DiditValidationError(at + "form_elements", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "form_elements", "type", "must be a list, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "form_elements", "min_items", "must have at least 1 items"
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "form_elements", "type", "must not contain null")
            validate_QuestionnaireFormElement(x0, at + "form_elements" + "[" + str(i0) + "]" + ".")
    v = d.get("questions")
    if v is None:
        if "questions" in d:
            raise DiditValidationError(at + "questions", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "questions", "type", "must be a list, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(at + "questions", "min_items", "must have at least 1 items")
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "questions", "type", "must not contain null")
            validate_QuestionnaireQuestion(x0, at + "questions" + "[" + str(i0) + "]" + ".")


def structure_QuestionnaireUpdateRequest(d: Any) -> QuestionnaireUpdateRequest:
    """Decode a JSON object into :class:`QuestionnaireUpdateRequest`."""
    v: Any
    o = _new(QuestionnaireUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_QuestionnaireUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_QuestionnaireUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "form_elements" in vals:
        v = vals["form_elements"]
        if v and v.__class__ is list:
            vals["form_elements"] = [
                structure_QuestionnaireFormElement(x) if x.__class__ is dict else x for x in v
            ]
    if "questions" in vals:
        v = vals["questions"]
        if v and v.__class__ is list:
            vals["questions"] = [
                structure_QuestionnaireQuestion(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_QuestionnaireUpdateRequest: _Table = (
    ("title", "title", None, False),
    ("description", "description", None, False),
    ("default_language", "default_language", None, False),
    ("languages", "languages", None, False),
    (
        "form_elements",
        "form_elements",
        lambda v: (
            [
                unstructure_QuestionnaireFormElement(x)
                if isinstance(x, QuestionnaireFormElement)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "questions",
        "questions",
        lambda v: (
            [
                unstructure_QuestionnaireQuestion(x) if isinstance(x, QuestionnaireQuestion) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_QuestionnaireUpdateRequest(o: QuestionnaireUpdateRequest) -> dict[str, Any]:
    """Encode :class:`QuestionnaireUpdateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_QuestionnaireUpdateRequest)


def validate_QuestionnaireUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid QuestionnaireUpdateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "QuestionnaireUpdateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("title")
    if v is None:
        if "title" in d:
            raise DiditValidationError(at + "title", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "title", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "title", "min_length", "must have at least 1 characters"
            )
    v = d.get("description")
    if v is None:
        if "description" in d:
            raise DiditValidationError(at + "description", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "description", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("default_language")
    if v is None:
        if "default_language" in d:
            raise DiditValidationError(at + "default_language", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "default_language", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("languages")
    if v is None:
        if "languages" in d:
            raise DiditValidationError(at + "languages", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "languages", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "languages", "type", "must not contain null")
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "languages" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
    v = d.get("form_elements")
    if v is None:
        if "form_elements" in d:
            raise DiditValidationError(at + "form_elements", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "form_elements", "type", "must be a list, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "form_elements", "min_items", "must have at least 1 items"
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "form_elements", "type", "must not contain null")
            validate_QuestionnaireFormElement(x0, at + "form_elements" + "[" + str(i0) + "]" + ".")
    v = d.get("questions")
    if v is None:
        if "questions" in d:
            raise DiditValidationError(at + "questions", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "questions", "type", "must be a list, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(at + "questions", "min_items", "must have at least 1 items")
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "questions", "type", "must not contain null")
            validate_QuestionnaireQuestion(x0, at + "questions" + "[" + str(i0) + "]" + ".")


def structure_Questionnaire(d: Any) -> Questionnaire:
    """Decode a JSON object into :class:`Questionnaire`."""
    o = _new(Questionnaire)
    vals = o.__dict__
    vals.update(d)
    if _K_Questionnaire.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_Questionnaire
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_Questionnaire: _Table = (
    ("uuid", "uuid", None, True),
    ("title", "title", None, False),
    ("description", "description", None, False),
    ("default_language", "default_language", None, False),
    ("languages", "languages", None, False),
    (
        "form_elements",
        "form_elements",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("created_at", "created_at", None, False),
    ("updated_at", "updated_at", None, False),
)


def unstructure_Questionnaire(o: Questionnaire) -> dict[str, Any]:
    """Encode :class:`Questionnaire` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_Questionnaire)


def structure_User(d: Any) -> User:
    """Decode a JSON object into :class:`User`."""
    v: Any
    o = _new(User)
    vals = o.__dict__
    vals.update(d)
    if _K_User.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_User
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_UserStatus[v]
    return o


_U_User: _Table = (
    ("vendor_data", "vendor_data", None, True),
    ("didit_internal_id", "didit_internal_id", None, False),
    ("display_name", "display_name", None, False),
    ("full_name", "full_name", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, UserStatus) else v, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("portrait_image", "portrait_image", None, False),
    ("issuing_states", "issuing_states", None, False),
    ("approved_emails", "approved_emails", None, False),
    ("approved_phones", "approved_phones", None, False),
    ("features", "features", None, False),
    ("session_count", "session_count", None, False),
    ("approved_count", "approved_count", None, False),
    ("declined_count", "declined_count", None, False),
    ("in_review_count", "in_review_count", None, False),
    ("first_session_at", "first_session_at", None, False),
    ("last_session_at", "last_session_at", None, False),
    ("created_at", "created_at", None, False),
    ("updated_at", "updated_at", None, False),
)


def unstructure_User(o: User) -> dict[str, Any]:
    """Encode :class:`User` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_User)


def structure_UserListPage(d: Any) -> UserListPage:
    """Decode a JSON object into :class:`UserListPage`."""
    v: Any
    o = _new(UserListPage)
    vals = o.__dict__
    vals.update(d)
    if _K_UserListPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserListPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_User(x) if x.__class__ is dict else x for x in v]
    return o


_U_UserListPage: _Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_User(x) if isinstance(x, User) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_UserListPage(o: UserListPage) -> dict[str, Any]:
    """Encode :class:`UserListPage` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_UserListPage)


def structure_UserCreateRequest(d: Any) -> UserCreateRequest:
    """Decode a JSON object into :class:`UserCreateRequest`."""
    v: Any
    o = _new(UserCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UserCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_UserStatus[v]
    return o


_U_UserCreateRequest: _Table = (
    ("vendor_data", "vendor_data", None, True),
    ("display_name", "display_name", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("status", "status", lambda v: v.value if isinstance(v, UserStatus) else v, False),
    ("full_name", "full_name", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("issuing_states", "issuing_states", None, False),
    ("approved_emails", "approved_emails", None, False),
    ("approved_phones", "approved_phones", None, False),
)


def unstructure_UserCreateRequest(o: UserCreateRequest) -> dict[str, Any]:
    """Encode :class:`UserCreateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_UserCreateRequest)


def validate_UserCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UserCreateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "UserCreateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "vendor_data" not in d:
        raise DiditValidationError(at + "vendor_data", "required", "is required")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "vendor_data", "min_length", "must have at least 1 characters"
            )
    v = d.get("display_name")
    if v is None:
        if "display_name" in d:
            raise DiditValidationError(at + "display_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "display_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("metadata")
    if v is None:
        if "metadata" in d:
            raise DiditValidationError(at + "metadata", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "metadata", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise DiditValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_UserStatus:
            raise DiditValidationError(
                at + "status",
                "enum",
                "must be one of: ACTIVE, FLAGGED, BLOCKED"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("full_name")
    if v is None:
        if "full_name" in d:
            raise DiditValidationError(at + "full_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "full_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("date_of_birth")
    if v is None:
        if "date_of_birth" in d:
            raise DiditValidationError(at + "date_of_birth", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "date_of_birth", "type", "must be a string, not " + type(v).__name__
            )
        if not is_date(v):
            raise DiditValidationError(at + "date_of_birth", "format", "must be a valid date")
    v = d.get("issuing_states")
    if v is None:
        if "issuing_states" in d:
            raise DiditValidationError(at + "issuing_states", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "issuing_states", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "issuing_states", "type", "must not contain null")
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "issuing_states" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
    v = d.get("approved_emails")
    if v is None:
        if "approved_emails" in d:
            raise DiditValidationError(at + "approved_emails", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "approved_emails", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "approved_emails", "type", "must not contain null")
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "approved_emails" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
    v = d.get("approved_phones")
    if v is None:
        if "approved_phones" in d:
            raise DiditValidationError(at + "approved_phones", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "approved_phones", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "approved_phones", "type", "must not contain null")
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "approved_phones" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )


def structure_UserUpdateRequest(d: Any) -> UserUpdateRequest:
    """Decode a JSON object into :class:`UserUpdateRequest`."""
    v: Any
    o = _new(UserUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UserUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_UserStatus[v]
    return o


_U_UserUpdateRequest: _Table = (
    ("display_name", "display_name", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("full_name", "full_name", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("issuing_states", "issuing_states", None, False),
    ("approved_emails", "approved_emails", None, False),
    ("approved_phones", "approved_phones", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, UserStatus) else v, False),
)


def unstructure_UserUpdateRequest(o: UserUpdateRequest) -> dict[str, Any]:
    """Encode :class:`UserUpdateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_UserUpdateRequest)


def validate_UserUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UserUpdateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "UserUpdateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("display_name")
    if v is None:
        if "display_name" in d:
            raise DiditValidationError(at + "display_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "display_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("metadata")
    if v is None:
        if "metadata" in d:
            raise DiditValidationError(at + "metadata", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "metadata", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("full_name")
    if v is None:
        if "full_name" in d:
            raise DiditValidationError(at + "full_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "full_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("date_of_birth")
    if v is None:
        if "date_of_birth" in d:
            raise DiditValidationError(at + "date_of_birth", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "date_of_birth", "type", "must be a string, not " + type(v).__name__
            )
        if not is_date(v):
            raise DiditValidationError(at + "date_of_birth", "format", "must be a valid date")
    v = d.get("issuing_states")
    if v is None:
        if "issuing_states" in d:
            raise DiditValidationError(at + "issuing_states", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "issuing_states", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "issuing_states", "type", "must not contain null")
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "issuing_states" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
    v = d.get("approved_emails")
    if v is None:
        if "approved_emails" in d:
            raise DiditValidationError(at + "approved_emails", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "approved_emails", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "approved_emails", "type", "must not contain null")
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "approved_emails" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
    v = d.get("approved_phones")
    if v is None:
        if "approved_phones" in d:
            raise DiditValidationError(at + "approved_phones", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "approved_phones", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "approved_phones", "type", "must not contain null")
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "approved_phones" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise DiditValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_UserStatus:
            raise DiditValidationError(
                at + "status",
                "enum",
                "must be one of: ACTIVE, FLAGGED, BLOCKED"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )


def structure_UserUpdateStatusRequest(d: Any) -> UserUpdateStatusRequest:
    """Decode a JSON object into :class:`UserUpdateStatusRequest`."""
    v: Any
    o = _new(UserUpdateStatusRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UserUpdateStatusRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserUpdateStatusRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_UserStatus[v]
    return o


_U_UserUpdateStatusRequest: _Table = (
    ("status", "status", lambda v: v.value if isinstance(v, UserStatus) else v, True),
    ("reason", "reason", None, False),
)


def unstructure_UserUpdateStatusRequest(o: UserUpdateStatusRequest) -> dict[str, Any]:
    """Encode :class:`UserUpdateStatusRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_UserUpdateStatusRequest)


def validate_UserUpdateStatusRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UserUpdateStatusRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "UserUpdateStatusRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "status" not in d:
        raise DiditValidationError(at + "status", "required", "is required")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise DiditValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_UserStatus:
            raise DiditValidationError(
                at + "status",
                "enum",
                "must be one of: ACTIVE, FLAGGED, BLOCKED"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("reason")
    if v is None:
        if "reason" in d:
            raise DiditValidationError(at + "reason", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "reason", "type", "must be a string, not " + type(v).__name__
            )


def structure_UserBatchDeleteRequest(d: Any) -> UserBatchDeleteRequest:
    """Decode a JSON object into :class:`UserBatchDeleteRequest`."""
    o = _new(UserBatchDeleteRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UserBatchDeleteRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserBatchDeleteRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_UserBatchDeleteRequest: _Table = (
    ("vendor_data_list", "vendor_data_list", None, False),
    ("delete_all", "delete_all", None, False),
)


def unstructure_UserBatchDeleteRequest(o: UserBatchDeleteRequest) -> dict[str, Any]:
    """Encode :class:`UserBatchDeleteRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_UserBatchDeleteRequest)


def validate_UserBatchDeleteRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UserBatchDeleteRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "UserBatchDeleteRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("vendor_data_list")
    if v is None:
        if "vendor_data_list" in d:
            raise DiditValidationError(at + "vendor_data_list", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "vendor_data_list", "type", "must be a list, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "vendor_data_list", "min_items", "must have at least 1 items"
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "vendor_data_list", "type", "must not contain null")
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "vendor_data_list" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
            if len(x0) < 1:
                raise DiditValidationError(
                    at + "vendor_data_list" + "[" + str(i0) + "]",
                    "min_length",
                    "must have at least 1 characters",
                )
    v = d.get("delete_all")
    if v is None:
        if "delete_all" in d:
            raise DiditValidationError(at + "delete_all", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "delete_all", "type", "must be true or false, not " + type(v).__name__
            )
    if len(d) < 1:
        raise DiditValidationError(
            at.rstrip(".") or "UserBatchDeleteRequest",
            "min_properties",
            "must have at least 1 field",
        )
    if "delete_all" in d and d.get("delete_all") == False and "vendor_data_list" not in d:
        raise DiditValidationError(
            at + "vendor_data_list", "depends", "is required when delete_all is false"
        )


def structure_UserBatchDeleteResponse(d: Any) -> UserBatchDeleteResponse:
    """Decode a JSON object into :class:`UserBatchDeleteResponse`."""
    o = _new(UserBatchDeleteResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_UserBatchDeleteResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserBatchDeleteResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_UserBatchDeleteResponse: _Table = (
    ("deleted_count", "deleted_count", None, False),
    ("message", "message", None, False),
)


def unstructure_UserBatchDeleteResponse(o: UserBatchDeleteResponse) -> dict[str, Any]:
    """Encode :class:`UserBatchDeleteResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_UserBatchDeleteResponse)


def structure_BillingBalance(d: Any) -> BillingBalance:
    """Decode a JSON object into :class:`BillingBalance`."""
    o = _new(BillingBalance)
    vals = o.__dict__
    vals.update(d)
    if _K_BillingBalance.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BillingBalance
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_BillingBalance: _Table = (
    ("balance", "balance", None, False),
    ("auto_refill_enabled", "auto_refill_enabled", None, False),
    ("auto_refill_amount", "auto_refill_amount", None, False),
    ("auto_refill_threshold", "auto_refill_threshold", None, False),
)


def unstructure_BillingBalance(o: BillingBalance) -> dict[str, Any]:
    """Encode :class:`BillingBalance` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BillingBalance)


def structure_BillingTopUpRequest(d: Any) -> BillingTopUpRequest:
    """Decode a JSON object into :class:`BillingTopUpRequest`."""
    o = _new(BillingTopUpRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_BillingTopUpRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BillingTopUpRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_BillingTopUpRequest: _Table = (
    ("amount_in_dollars", "amount_in_dollars", None, True),
    ("success_url", "success_url", None, False),
    ("cancel_url", "cancel_url", None, False),
)


def unstructure_BillingTopUpRequest(o: BillingTopUpRequest) -> dict[str, Any]:
    """Encode :class:`BillingTopUpRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BillingTopUpRequest)


def validate_BillingTopUpRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid BillingTopUpRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "BillingTopUpRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "amount_in_dollars" not in d:
        raise DiditValidationError(at + "amount_in_dollars", "required", "is required")
    v = d.get("amount_in_dollars")
    if v is None:
        if "amount_in_dollars" in d:
            raise DiditValidationError(at + "amount_in_dollars", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise DiditValidationError(
                at + "amount_in_dollars", "type", "must be a number, not " + type(v).__name__
            )
        if v < 50:
            raise DiditValidationError(at + "amount_in_dollars", "min", "must be at least 50")
    v = d.get("success_url")
    if v is None:
        if "success_url" in d:
            raise DiditValidationError(at + "success_url", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "success_url", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uri(v):
            raise DiditValidationError(at + "success_url", "format", "must be a valid uri")
    v = d.get("cancel_url")
    if v is None:
        if "cancel_url" in d:
            raise DiditValidationError(at + "cancel_url", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "cancel_url", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uri(v):
            raise DiditValidationError(at + "cancel_url", "format", "must be a valid uri")


def structure_BillingTopUpResponse(d: Any) -> BillingTopUpResponse:
    """Decode a JSON object into :class:`BillingTopUpResponse`."""
    o = _new(BillingTopUpResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_BillingTopUpResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BillingTopUpResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_BillingTopUpResponse: _Table = (
    ("checkout_session_id", "checkout_session_id", None, False),
    ("checkout_session_url", "checkout_session_url", None, False),
)


def unstructure_BillingTopUpResponse(o: BillingTopUpResponse) -> dict[str, Any]:
    """Encode :class:`BillingTopUpResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BillingTopUpResponse)


def structure_WebhookDestinationMetrics(d: Any) -> WebhookDestinationMetrics:
    """Decode a JSON object into :class:`WebhookDestinationMetrics`."""
    o = _new(WebhookDestinationMetrics)
    vals = o.__dict__
    vals.update(d)
    if _K_WebhookDestinationMetrics.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WebhookDestinationMetrics
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_WebhookDestinationMetrics: _Table = (
    ("metrics_window_days", "metrics_window_days", None, False),
    ("deliveries_count", "deliveries_count", None, False),
    ("failed_deliveries_count", "failed_deliveries_count", None, False),
    ("average_response_time_ms", "average_response_time_ms", None, False),
    ("error_rate_percentage", "error_rate_percentage", None, False),
    ("last_delivery_at", "last_delivery_at", None, False),
    ("health_status", "health_status", None, False),
)


def unstructure_WebhookDestinationMetrics(o: WebhookDestinationMetrics) -> dict[str, Any]:
    """Encode :class:`WebhookDestinationMetrics` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_WebhookDestinationMetrics)


def structure_WebhookDestination(d: Any) -> WebhookDestination:
    """Decode a JSON object into :class:`WebhookDestination`."""
    v: Any
    o = _new(WebhookDestination)
    vals = o.__dict__
    vals.update(d)
    if _K_WebhookDestination.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WebhookDestination
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "webhook_version" in vals:
        v = vals["webhook_version"]
        if v.__class__ is str:
            vals["webhook_version"] = _M_WebhookVersion[v]
    if "subscribed_events" in vals:
        v = vals["subscribed_events"]
        if v and v.__class__ is list:
            vals["subscribed_events"] = [
                _M_WebhookEventType[x] if x.__class__ is str else x for x in v
            ]
    if "delivery_summary" in vals:
        v = vals["delivery_summary"]
        if v.__class__ is dict:
            vals["delivery_summary"] = structure_WebhookDestinationMetrics(v)
    return o


_U_WebhookDestination: _Table = (
    ("uuid", "uuid", None, True),
    ("label", "label", None, False),
    ("url", "url", None, False),
    ("enabled", "enabled", None, False),
    (
        "webhook_version",
        "webhook_version",
        lambda v: v.value if isinstance(v, WebhookVersion) else v,
        False,
    ),
    (
        "subscribed_events",
        "subscribed_events",
        lambda v: (
            [x.value if isinstance(x, WebhookEventType) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("secret_shared_key", "secret_shared_key", None, False),
    ("secret_last4", "secret_last4", None, False),
    ("previous_secret_expires_at", "previous_secret_expires_at", None, False),
    ("created_at", "created_at", None, False),
    ("updated_at", "updated_at", None, False),
    ("metrics_window_days", "metrics_window_days", None, False),
    ("deliveries_count", "deliveries_count", None, False),
    ("failed_deliveries_count", "failed_deliveries_count", None, False),
    ("average_response_time_ms", "average_response_time_ms", None, False),
    ("error_rate_percentage", "error_rate_percentage", None, False),
    ("last_delivery_at", "last_delivery_at", None, False),
    ("health_status", "health_status", None, False),
    (
        "delivery_summary",
        "delivery_summary",
        lambda v: (
            unstructure_WebhookDestinationMetrics(v)
            if isinstance(v, WebhookDestinationMetrics)
            else v
        ),
        False,
    ),
)


def unstructure_WebhookDestination(o: WebhookDestination) -> dict[str, Any]:
    """Encode :class:`WebhookDestination` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_WebhookDestination)


def structure_WebhookDestinationCreateRequest(d: Any) -> WebhookDestinationCreateRequest:
    """Decode a JSON object into :class:`WebhookDestinationCreateRequest`."""
    v: Any
    o = _new(WebhookDestinationCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_WebhookDestinationCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WebhookDestinationCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "webhook_version" in vals:
        v = vals["webhook_version"]
        if v.__class__ is str:
            vals["webhook_version"] = _M_WebhookVersion[v]
    if "subscribed_events" in vals:
        v = vals["subscribed_events"]
        if v and v.__class__ is list:
            vals["subscribed_events"] = [
                _M_WebhookEventType[x] if x.__class__ is str else x for x in v
            ]
    return o


_U_WebhookDestinationCreateRequest: _Table = (
    ("label", "label", None, True),
    ("url", "url", None, True),
    ("enabled", "enabled", None, False),
    (
        "webhook_version",
        "webhook_version",
        lambda v: v.value if isinstance(v, WebhookVersion) else v,
        False,
    ),
    (
        "subscribed_events",
        "subscribed_events",
        lambda v: (
            [x.value if isinstance(x, WebhookEventType) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_WebhookDestinationCreateRequest(
    o: WebhookDestinationCreateRequest,
) -> dict[str, Any]:
    """Encode :class:`WebhookDestinationCreateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_WebhookDestinationCreateRequest)


def validate_WebhookDestinationCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid WebhookDestinationCreateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "WebhookDestinationCreateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "label" not in d:
        raise DiditValidationError(at + "label", "required", "is required")
    v = d.get("label")
    if v is None:
        if "label" in d:
            raise DiditValidationError(at + "label", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "label", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "label", "min_length", "must have at least 1 characters"
            )
    if "url" not in d:
        raise DiditValidationError(at + "url", "required", "is required")
    v = d.get("url")
    if v is None:
        if "url" in d:
            raise DiditValidationError(at + "url", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "url", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uri(v):
            raise DiditValidationError(at + "url", "format", "must be a valid uri")
        if _P4.search(v) is None:
            raise DiditValidationError(
                at + "url",
                "pattern",
                "does not have the expected format (^(https://|http://(localhost|127(\\.[0-9]{1,3}){3}|\\[::1\\])(:[0-9]+)?(/|$)))",
            )
    v = d.get("enabled")
    if v is None:
        if "enabled" in d:
            raise DiditValidationError(at + "enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("webhook_version")
    if v is None:
        if "webhook_version" in d:
            raise DiditValidationError(at + "webhook_version", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_WebhookVersion:
            raise DiditValidationError(
                at + "webhook_version",
                "enum",
                "must be one of: v1, v2, v3"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    if "subscribed_events" not in d:
        raise DiditValidationError(at + "subscribed_events", "required", "is required")
    v = d.get("subscribed_events")
    if v is None:
        if "subscribed_events" in d:
            raise DiditValidationError(at + "subscribed_events", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "subscribed_events", "type", "must be a list, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "subscribed_events", "min_items", "must have at least 1 items"
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(
                    at + "subscribed_events", "type", "must not contain null"
                )
            if not isinstance(x0, str) or x0 not in _E_WebhookEventType:
                raise DiditValidationError(
                    at + "subscribed_events" + "[" + str(i0) + "]",
                    "enum",
                    "must be one of: status.updated, data.updated, user.status.updated, user.data.updated, business.status.updated, business.data.updated, activity.created, transaction.created, transaction.status.updated, travel_rule.status.updated"
                    + (
                        ", not " + repr(x0[:40])
                        if isinstance(x0, str)
                        else ", not " + type(x0).__name__
                    ),
                )


def structure_WebhookDestinationUpdateRequest(d: Any) -> WebhookDestinationUpdateRequest:
    """Decode a JSON object into :class:`WebhookDestinationUpdateRequest`."""
    v: Any
    o = _new(WebhookDestinationUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_WebhookDestinationUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WebhookDestinationUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "webhook_version" in vals:
        v = vals["webhook_version"]
        if v.__class__ is str:
            vals["webhook_version"] = _M_WebhookVersion[v]
    if "subscribed_events" in vals:
        v = vals["subscribed_events"]
        if v and v.__class__ is list:
            vals["subscribed_events"] = [
                _M_WebhookEventType[x] if x.__class__ is str else x for x in v
            ]
    return o


_U_WebhookDestinationUpdateRequest: _Table = (
    ("label", "label", None, False),
    ("url", "url", None, False),
    ("enabled", "enabled", None, False),
    (
        "webhook_version",
        "webhook_version",
        lambda v: v.value if isinstance(v, WebhookVersion) else v,
        False,
    ),
    (
        "subscribed_events",
        "subscribed_events",
        lambda v: (
            [x.value if isinstance(x, WebhookEventType) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_WebhookDestinationUpdateRequest(
    o: WebhookDestinationUpdateRequest,
) -> dict[str, Any]:
    """Encode :class:`WebhookDestinationUpdateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_WebhookDestinationUpdateRequest)


def validate_WebhookDestinationUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid WebhookDestinationUpdateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "WebhookDestinationUpdateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("label")
    if v is None:
        if "label" in d:
            raise DiditValidationError(at + "label", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "label", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "label", "min_length", "must have at least 1 characters"
            )
    v = d.get("url")
    if v is None:
        if "url" in d:
            raise DiditValidationError(at + "url", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "url", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uri(v):
            raise DiditValidationError(at + "url", "format", "must be a valid uri")
        if _P4.search(v) is None:
            raise DiditValidationError(
                at + "url",
                "pattern",
                "does not have the expected format (^(https://|http://(localhost|127(\\.[0-9]{1,3}){3}|\\[::1\\])(:[0-9]+)?(/|$)))",
            )
    v = d.get("enabled")
    if v is None:
        if "enabled" in d:
            raise DiditValidationError(at + "enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("webhook_version")
    if v is None:
        if "webhook_version" in d:
            raise DiditValidationError(at + "webhook_version", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_WebhookVersion:
            raise DiditValidationError(
                at + "webhook_version",
                "enum",
                "must be one of: v1, v2, v3"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("subscribed_events")
    if v is None:
        if "subscribed_events" in d:
            raise DiditValidationError(at + "subscribed_events", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "subscribed_events", "type", "must be a list, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "subscribed_events", "min_items", "must have at least 1 items"
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(
                    at + "subscribed_events", "type", "must not contain null"
                )
            if not isinstance(x0, str) or x0 not in _E_WebhookEventType:
                raise DiditValidationError(
                    at + "subscribed_events" + "[" + str(i0) + "]",
                    "enum",
                    "must be one of: status.updated, data.updated, user.status.updated, user.data.updated, business.status.updated, business.data.updated, activity.created, transaction.created, transaction.status.updated, travel_rule.status.updated"
                    + (
                        ", not " + repr(x0[:40])
                        if isinstance(x0, str)
                        else ", not " + type(x0).__name__
                    ),
                )


def structure_WebhookConfig(d: Any) -> WebhookConfig:
    """Decode a JSON object into :class:`WebhookConfig`."""
    v: Any
    o = _new(WebhookConfig)
    vals = o.__dict__
    vals.update(d)
    if _K_WebhookConfig.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WebhookConfig
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "destinations" in vals:
        v = vals["destinations"]
        if v and v.__class__ is list:
            vals["destinations"] = [
                structure_WebhookDestination(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_WebhookConfig: _Table = (
    ("webhook_url", "webhook_url", None, False),
    ("webhook_version", "webhook_version", None, False),
    ("secret_shared_key", "secret_shared_key", None, False),
    ("capture_method", "capture_method", None, False),
    ("data_retention_months", "data_retention_months", None, False),
    (
        "destinations",
        "destinations",
        lambda v: (
            [
                unstructure_WebhookDestination(x) if isinstance(x, WebhookDestination) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("subscribable_events", "subscribable_events", None, False),
    ("allowed_domains", "allowed_domains", None, False),
    ("biometric_template_retention_months", "biometric_template_retention_months", None, False),
)


def unstructure_WebhookConfig(o: WebhookConfig) -> dict[str, Any]:
    """Encode :class:`WebhookConfig` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_WebhookConfig)


def structure_WebhookConfigUpdateRequest(d: Any) -> WebhookConfigUpdateRequest:
    """Decode a JSON object into :class:`WebhookConfigUpdateRequest`."""
    v: Any
    o = _new(WebhookConfigUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_WebhookConfigUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WebhookConfigUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "webhook_version" in vals:
        v = vals["webhook_version"]
        if v.__class__ is str:
            vals["webhook_version"] = _M_WebhookVersion[v]
    return o


_U_WebhookConfigUpdateRequest: _Table = (
    ("webhook_url", "webhook_url", None, True),
    (
        "webhook_version",
        "webhook_version",
        lambda v: v.value if isinstance(v, WebhookVersion) else v,
        False,
    ),
    ("rotate_secret_key", "rotate_secret_key", None, False),
    ("capture_method", "capture_method", None, False),
    ("data_retention_months", "data_retention_months", None, True),
    ("allowed_domains", "allowed_domains", None, False),
)


def unstructure_WebhookConfigUpdateRequest(o: WebhookConfigUpdateRequest) -> dict[str, Any]:
    """Encode :class:`WebhookConfigUpdateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_WebhookConfigUpdateRequest)


def validate_WebhookConfigUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid WebhookConfigUpdateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "WebhookConfigUpdateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("webhook_url")
    if v is not None:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "webhook_url", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "webhook_url", "min_length", "must have at least 1 characters"
            )
        if not is_uri(v):
            raise DiditValidationError(at + "webhook_url", "format", "must be a valid uri")
    v = d.get("webhook_version")
    if v is None:
        if "webhook_version" in d:
            raise DiditValidationError(at + "webhook_version", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_WebhookVersion:
            raise DiditValidationError(
                at + "webhook_version",
                "enum",
                "must be one of: v1, v2, v3"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("rotate_secret_key")
    if v is None:
        if "rotate_secret_key" in d:
            raise DiditValidationError(at + "rotate_secret_key", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "rotate_secret_key", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("capture_method")
    if v is None:
        if "capture_method" in d:
            raise DiditValidationError(at + "capture_method", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline9:
            raise DiditValidationError(
                at + "capture_method",
                "enum",
                "must be one of: mobile, desktop, both"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("data_retention_months")
    if v is not None:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "data_retention_months", "type", "must be an integer, not " + type(v).__name__
            )
        if v < 1:
            raise DiditValidationError(at + "data_retention_months", "min", "must be at least 1")
        if v > 120:
            raise DiditValidationError(at + "data_retention_months", "max", "must be at most 120")
    v = d.get("allowed_domains")
    if v is None:
        if "allowed_domains" in d:
            raise DiditValidationError(at + "allowed_domains", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "allowed_domains", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "allowed_domains", "type", "must not contain null")
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "allowed_domains" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )


def structure_IdVerificationRequest(d: Any) -> IdVerificationRequest:
    """Decode a JSON object into :class:`IdVerificationRequest`."""
    o = _new(IdVerificationRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_IdVerificationRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IdVerificationRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_IdVerificationRequest: _Table = (
    ("front_image", "front_image", None, True),
    ("back_image", "back_image", None, False),
    ("perform_document_liveness", "perform_document_liveness", None, False),
    ("front_image_password", "front_image_password", None, False),
    ("save_api_request", "save_api_request", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("metadata", "metadata", None, False),
    ("minimum_age", "minimum_age", None, False),
    ("preferred_characters", "preferred_characters", None, False),
)


def unstructure_IdVerificationRequest(o: IdVerificationRequest) -> dict[str, Any]:
    """Encode :class:`IdVerificationRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_IdVerificationRequest)


def validate_IdVerificationRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid IdVerificationRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "IdVerificationRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "front_image" not in d:
        raise DiditValidationError(at + "front_image", "required", "is required")
    v = d.get("front_image")
    if v is None:
        if "front_image" in d:
            raise DiditValidationError(at + "front_image", "type", "must not be null")
    else:
        check_file(v, at + "front_image", 10485760)
    v = d.get("back_image")
    if v is None:
        if "back_image" in d:
            raise DiditValidationError(at + "back_image", "type", "must not be null")
    else:
        check_file(v, at + "back_image", 10485760)
    v = d.get("perform_document_liveness")
    if v is None:
        if "perform_document_liveness" in d:
            raise DiditValidationError(at + "perform_document_liveness", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "perform_document_liveness",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("front_image_password")
    if v is None:
        if "front_image_password" in d:
            raise DiditValidationError(at + "front_image_password", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "front_image_password", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise DiditValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "save_api_request", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("metadata")
    if v is None:
        if "metadata" in d:
            raise DiditValidationError(at + "metadata", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "metadata", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("minimum_age")
    if v is None:
        if "minimum_age" in d:
            raise DiditValidationError(at + "minimum_age", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "minimum_age", "type", "must be an integer, not " + type(v).__name__
            )
        if v < 0:
            raise DiditValidationError(at + "minimum_age", "min", "must be at least 0")
        if v > 150:
            raise DiditValidationError(at + "minimum_age", "max", "must be at most 150")
    v = d.get("preferred_characters")
    if v is None:
        if "preferred_characters" in d:
            raise DiditValidationError(at + "preferred_characters", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline10:
            raise DiditValidationError(
                at + "preferred_characters",
                "enum",
                "must be one of: latin, non_latin"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )


def structure_PassiveLivenessRequest(d: Any) -> PassiveLivenessRequest:
    """Decode a JSON object into :class:`PassiveLivenessRequest`."""
    o = _new(PassiveLivenessRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_PassiveLivenessRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PassiveLivenessRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_PassiveLivenessRequest: _Table = (
    ("user_image", "user_image", None, True),
    ("face_liveness_score_decline_threshold", "face_liveness_score_decline_threshold", None, False),
    ("rotate_image", "rotate_image", None, False),
    ("save_api_request", "save_api_request", None, False),
    ("vendor_data", "vendor_data", None, False),
)


def unstructure_PassiveLivenessRequest(o: PassiveLivenessRequest) -> dict[str, Any]:
    """Encode :class:`PassiveLivenessRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_PassiveLivenessRequest)


def validate_PassiveLivenessRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid PassiveLivenessRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "PassiveLivenessRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "user_image" not in d:
        raise DiditValidationError(at + "user_image", "required", "is required")
    v = d.get("user_image")
    if v is None:
        if "user_image" in d:
            raise DiditValidationError(at + "user_image", "type", "must not be null")
    else:
        check_file(v, at + "user_image", 10485760)
    v = d.get("face_liveness_score_decline_threshold")
    if v is None:
        if "face_liveness_score_decline_threshold" in d:
            raise DiditValidationError(
                at + "face_liveness_score_decline_threshold", "type", "must not be null"
            )
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "face_liveness_score_decline_threshold",
                "type",
                "must be an integer, not " + type(v).__name__,
            )
        if v < 0:
            raise DiditValidationError(
                at + "face_liveness_score_decline_threshold", "min", "must be at least 0"
            )
        if v > 100:
            raise DiditValidationError(
                at + "face_liveness_score_decline_threshold", "max", "must be at most 100"
            )
    v = d.get("rotate_image")
    if v is None:
        if "rotate_image" in d:
            raise DiditValidationError(at + "rotate_image", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "rotate_image", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise DiditValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "save_api_request", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )


def structure_FaceMatchRequest(d: Any) -> FaceMatchRequest:
    """Decode a JSON object into :class:`FaceMatchRequest`."""
    o = _new(FaceMatchRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceMatchRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceMatchRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_FaceMatchRequest: _Table = (
    ("user_image", "user_image", None, True),
    ("ref_image", "ref_image", None, True),
    ("face_match_score_decline_threshold", "face_match_score_decline_threshold", None, False),
    ("rotate_image", "rotate_image", None, False),
    ("save_api_request", "save_api_request", None, False),
    ("vendor_data", "vendor_data", None, False),
)


def unstructure_FaceMatchRequest(o: FaceMatchRequest) -> dict[str, Any]:
    """Encode :class:`FaceMatchRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_FaceMatchRequest)


def validate_FaceMatchRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid FaceMatchRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "FaceMatchRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "user_image" not in d:
        raise DiditValidationError(at + "user_image", "required", "is required")
    v = d.get("user_image")
    if v is None:
        if "user_image" in d:
            raise DiditValidationError(at + "user_image", "type", "must not be null")
    else:
        check_file(v, at + "user_image", 10485760)
    if "ref_image" not in d:
        raise DiditValidationError(at + "ref_image", "required", "is required")
    v = d.get("ref_image")
    if v is None:
        if "ref_image" in d:
            raise DiditValidationError(at + "ref_image", "type", "must not be null")
    else:
        check_file(v, at + "ref_image", 10485760)
    v = d.get("face_match_score_decline_threshold")
    if v is None:
        if "face_match_score_decline_threshold" in d:
            raise DiditValidationError(
                at + "face_match_score_decline_threshold", "type", "must not be null"
            )
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "face_match_score_decline_threshold",
                "type",
                "must be an integer, not " + type(v).__name__,
            )
        if v < 0:
            raise DiditValidationError(
                at + "face_match_score_decline_threshold", "min", "must be at least 0"
            )
        if v > 100:
            raise DiditValidationError(
                at + "face_match_score_decline_threshold", "max", "must be at most 100"
            )
    v = d.get("rotate_image")
    if v is None:
        if "rotate_image" in d:
            raise DiditValidationError(at + "rotate_image", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "rotate_image", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise DiditValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "save_api_request", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )


def structure_FaceSearchRequest(d: Any) -> FaceSearchRequest:
    """Decode a JSON object into :class:`FaceSearchRequest`."""
    o = _new(FaceSearchRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceSearchRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceSearchRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_FaceSearchRequest: _Table = (
    ("user_image", "user_image", None, True),
    ("rotate_image", "rotate_image", None, False),
    ("save_api_request", "save_api_request", None, False),
    ("vendor_data", "vendor_data", None, False),
)


def unstructure_FaceSearchRequest(o: FaceSearchRequest) -> dict[str, Any]:
    """Encode :class:`FaceSearchRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_FaceSearchRequest)


def validate_FaceSearchRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid FaceSearchRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "FaceSearchRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "user_image" not in d:
        raise DiditValidationError(at + "user_image", "required", "is required")
    v = d.get("user_image")
    if v is None:
        if "user_image" in d:
            raise DiditValidationError(at + "user_image", "type", "must not be null")
    else:
        check_file(v, at + "user_image", 10485760)
    v = d.get("rotate_image")
    if v is None:
        if "rotate_image" in d:
            raise DiditValidationError(at + "rotate_image", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "rotate_image", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise DiditValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "save_api_request", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )


def structure_AgeEstimationRequest(d: Any) -> AgeEstimationRequest:
    """Decode a JSON object into :class:`AgeEstimationRequest`."""
    o = _new(AgeEstimationRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AgeEstimationRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AgeEstimationRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AgeEstimationRequest: _Table = (
    ("user_image", "user_image", None, True),
    ("rotate_image", "rotate_image", None, False),
    ("save_api_request", "save_api_request", None, False),
    ("vendor_data", "vendor_data", None, False),
)


def unstructure_AgeEstimationRequest(o: AgeEstimationRequest) -> dict[str, Any]:
    """Encode :class:`AgeEstimationRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AgeEstimationRequest)


def validate_AgeEstimationRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid AgeEstimationRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "AgeEstimationRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "user_image" not in d:
        raise DiditValidationError(at + "user_image", "required", "is required")
    v = d.get("user_image")
    if v is None:
        if "user_image" in d:
            raise DiditValidationError(at + "user_image", "type", "must not be null")
    else:
        check_file(v, at + "user_image", 10485760)
    v = d.get("rotate_image")
    if v is None:
        if "rotate_image" in d:
            raise DiditValidationError(at + "rotate_image", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "rotate_image", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise DiditValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "save_api_request", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )


def structure_PoaRequest(d: Any) -> PoaRequest:
    """Decode a JSON object into :class:`PoaRequest`."""
    o = _new(PoaRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_PoaRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PoaRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_PoaRequest: _Table = (
    ("document", "document", None, True),
    ("save_api_request", "save_api_request", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("expected_address", "expected_address", None, False),
    ("expected_country", "expected_country", None, False),
    ("expected_first_name", "expected_first_name", None, False),
    ("expected_last_name", "expected_last_name", None, False),
)


def unstructure_PoaRequest(o: PoaRequest) -> dict[str, Any]:
    """Encode :class:`PoaRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_PoaRequest)


def validate_PoaRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid PoaRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "PoaRequest", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    if "document" not in d:
        raise DiditValidationError(at + "document", "required", "is required")
    v = d.get("document")
    if v is None:
        if "document" in d:
            raise DiditValidationError(at + "document", "type", "must not be null")
    else:
        check_file(v, at + "document", 15728640)
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise DiditValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "save_api_request", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("expected_address")
    if v is None:
        if "expected_address" in d:
            raise DiditValidationError(at + "expected_address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "expected_address", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("expected_country")
    if v is None:
        if "expected_country" in d:
            raise DiditValidationError(at + "expected_country", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "expected_country", "type", "must be a string, not " + type(v).__name__
            )
        if _P5.search(v) is None:
            raise DiditValidationError(
                at + "expected_country", "pattern", "does not have the expected format (^[A-Z]{2}$)"
            )
    v = d.get("expected_first_name")
    if v is None:
        if "expected_first_name" in d:
            raise DiditValidationError(at + "expected_first_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "expected_first_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("expected_last_name")
    if v is None:
        if "expected_last_name" in d:
            raise DiditValidationError(at + "expected_last_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "expected_last_name", "type", "must be a string, not " + type(v).__name__
            )


def structure_AmlRequest(d: Any) -> AmlRequest:
    """Decode a JSON object into :class:`AmlRequest`."""
    o = _new(AmlRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlRequest: _Table = (
    ("full_name", "full_name", None, True),
    ("date_of_birth", "date_of_birth", None, False),
    ("nationality", "nationality", None, False),
    ("document_number", "document_number", None, False),
    ("entity_type", "entity_type", None, False),
    ("aml_name_weight", "aml_name_weight", None, False),
    ("aml_dob_weight", "aml_dob_weight", None, False),
    ("aml_country_weight", "aml_country_weight", None, False),
    ("aml_match_score_threshold", "aml_match_score_threshold", None, False),
    ("save_api_request", "save_api_request", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("include_adverse_media", "include_adverse_media", None, False),
    ("include_ongoing_monitoring", "include_ongoing_monitoring", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_AmlRequest(o: AmlRequest) -> dict[str, Any]:
    """Encode :class:`AmlRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AmlRequest)


def validate_AmlRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid AmlRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "AmlRequest", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    if "full_name" not in d:
        raise DiditValidationError(at + "full_name", "required", "is required")
    v = d.get("full_name")
    if v is None:
        if "full_name" in d:
            raise DiditValidationError(at + "full_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "full_name", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "full_name", "min_length", "must have at least 1 characters"
            )
    v = d.get("date_of_birth")
    if v is None:
        if "date_of_birth" in d:
            raise DiditValidationError(at + "date_of_birth", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "date_of_birth", "type", "must be a string, not " + type(v).__name__
            )
        if not is_date(v):
            raise DiditValidationError(at + "date_of_birth", "format", "must be a valid date")
    v = d.get("nationality")
    if v is None:
        if "nationality" in d:
            raise DiditValidationError(at + "nationality", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "nationality", "type", "must be a string, not " + type(v).__name__
            )
        if _P1.search(v) is None:
            raise DiditValidationError(
                at + "nationality", "pattern", "does not have the expected format (^[A-Z]{3}$)"
            )
    v = d.get("document_number")
    if v is None:
        if "document_number" in d:
            raise DiditValidationError(at + "document_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "document_number", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("entity_type")
    if v is None:
        if "entity_type" in d:
            raise DiditValidationError(at + "entity_type", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline11:
            raise DiditValidationError(
                at + "entity_type",
                "enum",
                "must be one of: person, company"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("aml_name_weight")
    if v is None:
        if "aml_name_weight" in d:
            raise DiditValidationError(at + "aml_name_weight", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "aml_name_weight", "type", "must be an integer, not " + type(v).__name__
            )
        if v < 0:
            raise DiditValidationError(at + "aml_name_weight", "min", "must be at least 0")
        if v > 100:
            raise DiditValidationError(at + "aml_name_weight", "max", "must be at most 100")
    v = d.get("aml_dob_weight")
    if v is None:
        if "aml_dob_weight" in d:
            raise DiditValidationError(at + "aml_dob_weight", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "aml_dob_weight", "type", "must be an integer, not " + type(v).__name__
            )
        if v < 0:
            raise DiditValidationError(at + "aml_dob_weight", "min", "must be at least 0")
        if v > 100:
            raise DiditValidationError(at + "aml_dob_weight", "max", "must be at most 100")
    v = d.get("aml_country_weight")
    if v is None:
        if "aml_country_weight" in d:
            raise DiditValidationError(at + "aml_country_weight", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "aml_country_weight", "type", "must be an integer, not " + type(v).__name__
            )
        if v < 0:
            raise DiditValidationError(at + "aml_country_weight", "min", "must be at least 0")
        if v > 100:
            raise DiditValidationError(at + "aml_country_weight", "max", "must be at most 100")
    v = d.get("aml_match_score_threshold")
    if v is None:
        if "aml_match_score_threshold" in d:
            raise DiditValidationError(at + "aml_match_score_threshold", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "aml_match_score_threshold",
                "type",
                "must be an integer, not " + type(v).__name__,
            )
        if v < 0:
            raise DiditValidationError(
                at + "aml_match_score_threshold", "min", "must be at least 0"
            )
        if v > 100:
            raise DiditValidationError(
                at + "aml_match_score_threshold", "max", "must be at most 100"
            )
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise DiditValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "save_api_request", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("include_adverse_media")
    if v is None:
        if "include_adverse_media" in d:
            raise DiditValidationError(at + "include_adverse_media", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "include_adverse_media",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("include_ongoing_monitoring")
    if v is None:
        if "include_ongoing_monitoring" in d:
            raise DiditValidationError(
                at + "include_ongoing_monitoring", "type", "must not be null"
            )
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "include_ongoing_monitoring",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("metadata")
    if v is None:
        if "metadata" in d:
            raise DiditValidationError(at + "metadata", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "metadata", "type", "must be an object, not " + type(v).__name__
            )


def structure_EmailSendOptions(d: Any) -> EmailSendOptions:
    """Decode a JSON object into :class:`EmailSendOptions`."""
    o = _new(EmailSendOptions)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailSendOptions.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailSendOptions
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_EmailSendOptions: _Table = (
    ("code_size", "code_size", None, False),
    ("alphanumeric_code", "alphanumeric_code", None, False),
    ("locale", "locale", None, False),
)


def unstructure_EmailSendOptions(o: EmailSendOptions) -> dict[str, Any]:
    """Encode :class:`EmailSendOptions` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_EmailSendOptions)


def validate_EmailSendOptions(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid EmailSendOptions."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "EmailSendOptions",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("code_size")
    if v is None:
        if "code_size" in d:
            raise DiditValidationError(at + "code_size", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "code_size", "type", "must be an integer, not " + type(v).__name__
            )
        if v < 4:
            raise DiditValidationError(at + "code_size", "min", "must be at least 4")
        if v > 8:
            raise DiditValidationError(at + "code_size", "max", "must be at most 8")
    v = d.get("alphanumeric_code")
    if v is None:
        if "alphanumeric_code" in d:
            raise DiditValidationError(at + "alphanumeric_code", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "alphanumeric_code", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("locale")
    if v is None:
        if "locale" in d:
            raise DiditValidationError(at + "locale", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "locale", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 5:
            raise DiditValidationError(
                at + "locale", "max_length", "must have at most 5 characters"
            )


def structure_RequestSignals(d: Any) -> RequestSignals:
    """Decode a JSON object into :class:`RequestSignals`."""
    o = _new(RequestSignals)
    vals = o.__dict__
    vals.update(d)
    if _K_RequestSignals.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RequestSignals
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_RequestSignals: _Table = (
    ("ip", "ip", None, False),
    ("device_id", "device_id", None, False),
    ("user_agent", "user_agent", None, False),
    ("device_platform", "device_platform", None, False),
    ("device_model", "device_model", None, False),
    ("os_version", "os_version", None, False),
    ("app_version", "app_version", None, False),
)


def unstructure_RequestSignals(o: RequestSignals) -> dict[str, Any]:
    """Encode :class:`RequestSignals` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_RequestSignals)


def validate_RequestSignals(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid RequestSignals."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "RequestSignals", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("ip")
    if v is None:
        if "ip" in d:
            raise DiditValidationError(at + "ip", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "ip", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("device_id")
    if v is None:
        if "device_id" in d:
            raise DiditValidationError(at + "device_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "device_id", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 255:
            raise DiditValidationError(
                at + "device_id", "max_length", "must have at most 255 characters"
            )
    v = d.get("user_agent")
    if v is None:
        if "user_agent" in d:
            raise DiditValidationError(at + "user_agent", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "user_agent", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 512:
            raise DiditValidationError(
                at + "user_agent", "max_length", "must have at most 512 characters"
            )
    v = d.get("device_platform")
    if v is None:
        if "device_platform" in d:
            raise DiditValidationError(at + "device_platform", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline12:
            raise DiditValidationError(
                at + "device_platform",
                "enum",
                "must be one of: android, ios, ipados, tvos, web"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("device_model")
    if v is None:
        if "device_model" in d:
            raise DiditValidationError(at + "device_model", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "device_model", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("os_version")
    if v is None:
        if "os_version" in d:
            raise DiditValidationError(at + "os_version", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "os_version", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("app_version")
    if v is None:
        if "app_version" in d:
            raise DiditValidationError(at + "app_version", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "app_version", "type", "must be a string, not " + type(v).__name__
            )


def structure_EmailSendRequest(d: Any) -> EmailSendRequest:
    """Decode a JSON object into :class:`EmailSendRequest`."""
    v: Any
    o = _new(EmailSendRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailSendRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailSendRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "options" in vals:
        v = vals["options"]
        if v.__class__ is dict:
            vals["options"] = structure_EmailSendOptions(v)
    if "signals" in vals:
        v = vals["signals"]
        if v.__class__ is dict:
            vals["signals"] = structure_RequestSignals(v)
    return o


_U_EmailSendRequest: _Table = (
    ("email", "email", None, True),
    (
        "options",
        "options",
        lambda v: unstructure_EmailSendOptions(v) if isinstance(v, EmailSendOptions) else v,
        False,
    ),
    (
        "signals",
        "signals",
        lambda v: unstructure_RequestSignals(v) if isinstance(v, RequestSignals) else v,
        False,
    ),
    ("vendor_data", "vendor_data", None, False),
)


def unstructure_EmailSendRequest(o: EmailSendRequest) -> dict[str, Any]:
    """Encode :class:`EmailSendRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_EmailSendRequest)


def validate_EmailSendRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid EmailSendRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "EmailSendRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "email" not in d:
        raise DiditValidationError(at + "email", "required", "is required")
    v = d.get("email")
    if v is None:
        if "email" in d:
            raise DiditValidationError(at + "email", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "email", "type", "must be a string, not " + type(v).__name__
            )
        if not is_email(v):
            raise DiditValidationError(at + "email", "format", "must be a valid email")
    v = d.get("options")
    if v is None:
        if "options" in d:
            raise DiditValidationError(at + "options", "type", "must not be null")
    else:
        validate_EmailSendOptions(v, at + "options" + ".")
    v = d.get("signals")
    if v is None:
        if "signals" in d:
            raise DiditValidationError(at + "signals", "type", "must not be null")
    else:
        validate_RequestSignals(v, at + "signals" + ".")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )


def structure_EmailCheckRequest(d: Any) -> EmailCheckRequest:
    """Decode a JSON object into :class:`EmailCheckRequest`."""
    v: Any
    o = _new(EmailCheckRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailCheckRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailCheckRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "duplicated_email_action" in vals:
        v = vals["duplicated_email_action"]
        if v.__class__ is str:
            vals["duplicated_email_action"] = _M_CheckAction[v]
    if "breached_email_action" in vals:
        v = vals["breached_email_action"]
        if v.__class__ is str:
            vals["breached_email_action"] = _M_CheckAction[v]
    if "disposable_email_action" in vals:
        v = vals["disposable_email_action"]
        if v.__class__ is str:
            vals["disposable_email_action"] = _M_CheckAction[v]
    if "undeliverable_email_action" in vals:
        v = vals["undeliverable_email_action"]
        if v.__class__ is str:
            vals["undeliverable_email_action"] = _M_CheckAction[v]
    return o


_U_EmailCheckRequest: _Table = (
    ("email", "email", None, True),
    ("code", "code", None, True),
    (
        "duplicated_email_action",
        "duplicated_email_action",
        lambda v: v.value if isinstance(v, CheckAction) else v,
        False,
    ),
    (
        "breached_email_action",
        "breached_email_action",
        lambda v: v.value if isinstance(v, CheckAction) else v,
        False,
    ),
    (
        "disposable_email_action",
        "disposable_email_action",
        lambda v: v.value if isinstance(v, CheckAction) else v,
        False,
    ),
    (
        "undeliverable_email_action",
        "undeliverable_email_action",
        lambda v: v.value if isinstance(v, CheckAction) else v,
        False,
    ),
)


def unstructure_EmailCheckRequest(o: EmailCheckRequest) -> dict[str, Any]:
    """Encode :class:`EmailCheckRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_EmailCheckRequest)


def validate_EmailCheckRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid EmailCheckRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "EmailCheckRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "email" not in d:
        raise DiditValidationError(at + "email", "required", "is required")
    v = d.get("email")
    if v is None:
        if "email" in d:
            raise DiditValidationError(at + "email", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "email", "type", "must be a string, not " + type(v).__name__
            )
        if not is_email(v):
            raise DiditValidationError(at + "email", "format", "must be a valid email")
    if "code" not in d:
        raise DiditValidationError(at + "code", "required", "is required")
    v = d.get("code")
    if v is None:
        if "code" in d:
            raise DiditValidationError(at + "code", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "code", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 4:
            raise DiditValidationError(at + "code", "min_length", "must have at least 4 characters")
        if len(v) > 8:
            raise DiditValidationError(at + "code", "max_length", "must have at most 8 characters")
    v = d.get("duplicated_email_action")
    if v is None:
        if "duplicated_email_action" in d:
            raise DiditValidationError(at + "duplicated_email_action", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_CheckAction:
            raise DiditValidationError(
                at + "duplicated_email_action",
                "enum",
                "must be one of: NO_ACTION, DECLINE"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("breached_email_action")
    if v is None:
        if "breached_email_action" in d:
            raise DiditValidationError(at + "breached_email_action", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_CheckAction:
            raise DiditValidationError(
                at + "breached_email_action",
                "enum",
                "must be one of: NO_ACTION, DECLINE"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("disposable_email_action")
    if v is None:
        if "disposable_email_action" in d:
            raise DiditValidationError(at + "disposable_email_action", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_CheckAction:
            raise DiditValidationError(
                at + "disposable_email_action",
                "enum",
                "must be one of: NO_ACTION, DECLINE"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("undeliverable_email_action")
    if v is None:
        if "undeliverable_email_action" in d:
            raise DiditValidationError(
                at + "undeliverable_email_action", "type", "must not be null"
            )
    else:
        if not isinstance(v, str) or v not in _E_CheckAction:
            raise DiditValidationError(
                at + "undeliverable_email_action",
                "enum",
                "must be one of: NO_ACTION, DECLINE"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )


def structure_PhoneSendOptions(d: Any) -> PhoneSendOptions:
    """Decode a JSON object into :class:`PhoneSendOptions`."""
    o = _new(PhoneSendOptions)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneSendOptions.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneSendOptions
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_PhoneSendOptions: _Table = (
    ("code_size", "code_size", None, False),
    ("locale", "locale", None, False),
    ("preferred_channel", "preferred_channel", None, False),
)


def unstructure_PhoneSendOptions(o: PhoneSendOptions) -> dict[str, Any]:
    """Encode :class:`PhoneSendOptions` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_PhoneSendOptions)


def validate_PhoneSendOptions(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid PhoneSendOptions."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "PhoneSendOptions",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("code_size")
    if v is None:
        if "code_size" in d:
            raise DiditValidationError(at + "code_size", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "code_size", "type", "must be an integer, not " + type(v).__name__
            )
        if v < 4:
            raise DiditValidationError(at + "code_size", "min", "must be at least 4")
        if v > 8:
            raise DiditValidationError(at + "code_size", "max", "must be at most 8")
    v = d.get("locale")
    if v is None:
        if "locale" in d:
            raise DiditValidationError(at + "locale", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "locale", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 5:
            raise DiditValidationError(
                at + "locale", "max_length", "must have at most 5 characters"
            )
    v = d.get("preferred_channel")
    if v is None:
        if "preferred_channel" in d:
            raise DiditValidationError(at + "preferred_channel", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline13:
            raise DiditValidationError(
                at + "preferred_channel",
                "enum",
                "must be one of: whatsapp, sms, telegram, voice"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )


def structure_PhoneSendRequest(d: Any) -> PhoneSendRequest:
    """Decode a JSON object into :class:`PhoneSendRequest`."""
    v: Any
    o = _new(PhoneSendRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneSendRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneSendRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "options" in vals:
        v = vals["options"]
        if v.__class__ is dict:
            vals["options"] = structure_PhoneSendOptions(v)
    if "signals" in vals:
        v = vals["signals"]
        if v.__class__ is dict:
            vals["signals"] = structure_RequestSignals(v)
    return o


_U_PhoneSendRequest: _Table = (
    ("phone_number", "phone_number", None, True),
    (
        "options",
        "options",
        lambda v: unstructure_PhoneSendOptions(v) if isinstance(v, PhoneSendOptions) else v,
        False,
    ),
    (
        "signals",
        "signals",
        lambda v: unstructure_RequestSignals(v) if isinstance(v, RequestSignals) else v,
        False,
    ),
    ("vendor_data", "vendor_data", None, False),
)


def unstructure_PhoneSendRequest(o: PhoneSendRequest) -> dict[str, Any]:
    """Encode :class:`PhoneSendRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_PhoneSendRequest)


def validate_PhoneSendRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid PhoneSendRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "PhoneSendRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "phone_number" not in d:
        raise DiditValidationError(at + "phone_number", "required", "is required")
    v = d.get("phone_number")
    if v is None:
        if "phone_number" in d:
            raise DiditValidationError(at + "phone_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "phone_number", "type", "must be a string, not " + type(v).__name__
            )
        if _P0.search(v) is None:
            raise DiditValidationError(
                at + "phone_number",
                "pattern",
                "does not have the expected format (^\\+[1-9]\\d{1,14}$)",
            )
    v = d.get("options")
    if v is None:
        if "options" in d:
            raise DiditValidationError(at + "options", "type", "must not be null")
    else:
        validate_PhoneSendOptions(v, at + "options" + ".")
    v = d.get("signals")
    if v is None:
        if "signals" in d:
            raise DiditValidationError(at + "signals", "type", "must not be null")
    else:
        validate_RequestSignals(v, at + "signals" + ".")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )


def structure_PhoneCheckRequest(d: Any) -> PhoneCheckRequest:
    """Decode a JSON object into :class:`PhoneCheckRequest`."""
    v: Any
    o = _new(PhoneCheckRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneCheckRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneCheckRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "duplicated_phone_number_action" in vals:
        v = vals["duplicated_phone_number_action"]
        if v.__class__ is str:
            vals["duplicated_phone_number_action"] = _M_CheckAction[v]
    if "disposable_number_action" in vals:
        v = vals["disposable_number_action"]
        if v.__class__ is str:
            vals["disposable_number_action"] = _M_CheckAction[v]
    if "voip_number_action" in vals:
        v = vals["voip_number_action"]
        if v.__class__ is str:
            vals["voip_number_action"] = _M_CheckAction[v]
    return o


_U_PhoneCheckRequest: _Table = (
    ("phone_number", "phone_number", None, True),
    ("code", "code", None, True),
    (
        "duplicated_phone_number_action",
        "duplicated_phone_number_action",
        lambda v: v.value if isinstance(v, CheckAction) else v,
        False,
    ),
    (
        "disposable_number_action",
        "disposable_number_action",
        lambda v: v.value if isinstance(v, CheckAction) else v,
        False,
    ),
    (
        "voip_number_action",
        "voip_number_action",
        lambda v: v.value if isinstance(v, CheckAction) else v,
        False,
    ),
)


def unstructure_PhoneCheckRequest(o: PhoneCheckRequest) -> dict[str, Any]:
    """Encode :class:`PhoneCheckRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_PhoneCheckRequest)


def validate_PhoneCheckRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid PhoneCheckRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "PhoneCheckRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "phone_number" not in d:
        raise DiditValidationError(at + "phone_number", "required", "is required")
    v = d.get("phone_number")
    if v is None:
        if "phone_number" in d:
            raise DiditValidationError(at + "phone_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "phone_number", "type", "must be a string, not " + type(v).__name__
            )
        if _P0.search(v) is None:
            raise DiditValidationError(
                at + "phone_number",
                "pattern",
                "does not have the expected format (^\\+[1-9]\\d{1,14}$)",
            )
    if "code" not in d:
        raise DiditValidationError(at + "code", "required", "is required")
    v = d.get("code")
    if v is None:
        if "code" in d:
            raise DiditValidationError(at + "code", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "code", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 4:
            raise DiditValidationError(at + "code", "min_length", "must have at least 4 characters")
        if len(v) > 8:
            raise DiditValidationError(at + "code", "max_length", "must have at most 8 characters")
    v = d.get("duplicated_phone_number_action")
    if v is None:
        if "duplicated_phone_number_action" in d:
            raise DiditValidationError(
                at + "duplicated_phone_number_action", "type", "must not be null"
            )
    else:
        if not isinstance(v, str) or v not in _E_CheckAction:
            raise DiditValidationError(
                at + "duplicated_phone_number_action",
                "enum",
                "must be one of: NO_ACTION, DECLINE"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("disposable_number_action")
    if v is None:
        if "disposable_number_action" in d:
            raise DiditValidationError(at + "disposable_number_action", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_CheckAction:
            raise DiditValidationError(
                at + "disposable_number_action",
                "enum",
                "must be one of: NO_ACTION, DECLINE"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("voip_number_action")
    if v is None:
        if "voip_number_action" in d:
            raise DiditValidationError(at + "voip_number_action", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_CheckAction:
            raise DiditValidationError(
                at + "voip_number_action",
                "enum",
                "must be one of: NO_ACTION, DECLINE"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )


def structure_DatabaseValidationRequest(d: Any) -> DatabaseValidationRequest:
    """Decode a JSON object into :class:`DatabaseValidationRequest`."""
    o = _new(DatabaseValidationRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_DatabaseValidationRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DatabaseValidationRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DatabaseValidationRequest: _Table = (
    ("issuing_state", "issuing_state", None, False),
    ("validation_type", "validation_type", None, False),
    ("id_number", "id_number", None, False),
    ("personal_number", "personal_number", None, False),
    ("document_number", "document_number", None, False),
    ("first_name", "first_name", None, False),
    ("last_name", "last_name", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("save_api_request", "save_api_request", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("document_type", "document_type", None, False),
    ("full_name", "full_name", None, False),
    ("middle_name", "middle_name", None, False),
    ("gender", "gender", None, False),
    ("nationality", "nationality", None, False),
    ("tax_number", "tax_number", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("no_match_action", "no_match_action", None, False),
    ("partial_match_action", "partial_match_action", None, False),
    ("services", "services", None, False),
)


def unstructure_DatabaseValidationRequest(o: DatabaseValidationRequest) -> dict[str, Any]:
    """Encode :class:`DatabaseValidationRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DatabaseValidationRequest)


def validate_DatabaseValidationRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid DatabaseValidationRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "DatabaseValidationRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("issuing_state")
    if v is None:
        if "issuing_state" in d:
            raise DiditValidationError(at + "issuing_state", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "issuing_state", "type", "must be a string, not " + type(v).__name__
            )
        if _P1.search(v) is None:
            raise DiditValidationError(
                at + "issuing_state", "pattern", "does not have the expected format (^[A-Z]{3}$)"
            )
    v = d.get("validation_type")
    if v is None:
        if "validation_type" in d:
            raise DiditValidationError(at + "validation_type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "validation_type", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("id_number")
    if v is None:
        if "id_number" in d:
            raise DiditValidationError(at + "id_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "id_number", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("personal_number")
    if v is None:
        if "personal_number" in d:
            raise DiditValidationError(at + "personal_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "personal_number", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("document_number")
    if v is None:
        if "document_number" in d:
            raise DiditValidationError(at + "document_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "document_number", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("first_name")
    if v is None:
        if "first_name" in d:
            raise DiditValidationError(at + "first_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "first_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("last_name")
    if v is None:
        if "last_name" in d:
            raise DiditValidationError(at + "last_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "last_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("date_of_birth")
    if v is None:
        if "date_of_birth" in d:
            raise DiditValidationError(at + "date_of_birth", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "date_of_birth", "type", "must be a string, not " + type(v).__name__
            )
        if not is_date(v):
            raise DiditValidationError(at + "date_of_birth", "format", "must be a valid date")
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise DiditValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "save_api_request", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("document_type")
    if v is None:
        if "document_type" in d:
            raise DiditValidationError(at + "document_type", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline14:
            raise DiditValidationError(
                at + "document_type",
                "enum",
                "must be one of: P, DL, ID, RP, SSC, HIC, WP, TC, VISA, PSC, BC, OTHER"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("full_name")
    if v is None:
        if "full_name" in d:
            raise DiditValidationError(at + "full_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "full_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("middle_name")
    if v is None:
        if "middle_name" in d:
            raise DiditValidationError(at + "middle_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "middle_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("gender")
    if v is None:
        if "gender" in d:
            raise DiditValidationError(at + "gender", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline15:
            raise DiditValidationError(
                at + "gender",
                "enum",
                "must be one of: M, F, X"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("nationality")
    if v is None:
        if "nationality" in d:
            raise DiditValidationError(at + "nationality", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "nationality", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("tax_number")
    if v is None:
        if "tax_number" in d:
            raise DiditValidationError(at + "tax_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "tax_number", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("metadata")
    if v is None:
        if "metadata" in d:
            raise DiditValidationError(at + "metadata", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "metadata", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("no_match_action")
    if v is None:
        if "no_match_action" in d:
            raise DiditValidationError(at + "no_match_action", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline16:
            raise DiditValidationError(
                at + "no_match_action",
                "enum",
                "must be one of: DECLINE, NO_ACTION"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("partial_match_action")
    if v is None:
        if "partial_match_action" in d:
            raise DiditValidationError(at + "partial_match_action", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline16:
            raise DiditValidationError(
                at + "partial_match_action",
                "enum",
                "must be one of: DECLINE, NO_ACTION"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("services")
    if v is None:
        if "services" in d:
            raise DiditValidationError(at + "services", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "services", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "services", "type", "must not contain null")
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "services" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )


def structure_IdVerificationResponse(d: Any) -> IdVerificationResponse:
    """Decode a JSON object into :class:`IdVerificationResponse`."""
    v: Any
    o = _new(IdVerificationResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_IdVerificationResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IdVerificationResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "id_verification" in vals:
        v = vals["id_verification"]
        if v.__class__ is dict:
            vals["id_verification"] = structure_IdVerificationReport(v)
    return o


_U_IdVerificationResponse: _Table = (
    ("request_id", "request_id", None, False),
    (
        "id_verification",
        "id_verification",
        lambda v: unstructure_IdVerificationReport(v) if isinstance(v, IdVerificationReport) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_IdVerificationResponse(o: IdVerificationResponse) -> dict[str, Any]:
    """Encode :class:`IdVerificationResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_IdVerificationResponse)


def structure_PassiveLivenessResponse(d: Any) -> PassiveLivenessResponse:
    """Decode a JSON object into :class:`PassiveLivenessResponse`."""
    v: Any
    o = _new(PassiveLivenessResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_PassiveLivenessResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PassiveLivenessResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "liveness" in vals:
        v = vals["liveness"]
        if v.__class__ is dict:
            vals["liveness"] = structure_LivenessReport(v)
    return o


_U_PassiveLivenessResponse: _Table = (
    ("request_id", "request_id", None, False),
    (
        "liveness",
        "liveness",
        lambda v: unstructure_LivenessReport(v) if isinstance(v, LivenessReport) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_PassiveLivenessResponse(o: PassiveLivenessResponse) -> dict[str, Any]:
    """Encode :class:`PassiveLivenessResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_PassiveLivenessResponse)


def structure_FaceMatchResponse(d: Any) -> FaceMatchResponse:
    """Decode a JSON object into :class:`FaceMatchResponse`."""
    v: Any
    o = _new(FaceMatchResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceMatchResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceMatchResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "face_match" in vals:
        v = vals["face_match"]
        if v.__class__ is dict:
            vals["face_match"] = structure_FaceMatchReport(v)
    return o


_U_FaceMatchResponse: _Table = (
    ("request_id", "request_id", None, False),
    (
        "face_match",
        "face_match",
        lambda v: unstructure_FaceMatchReport(v) if isinstance(v, FaceMatchReport) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_FaceMatchResponse(o: FaceMatchResponse) -> dict[str, Any]:
    """Encode :class:`FaceMatchResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_FaceMatchResponse)


def structure_FaceSearchResponse(d: Any) -> FaceSearchResponse:
    """Decode a JSON object into :class:`FaceSearchResponse`."""
    v: Any
    o = _new(FaceSearchResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceSearchResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceSearchResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "face_search" in vals:
        v = vals["face_search"]
        if v.__class__ is dict:
            vals["face_search"] = structure_FaceSearchReport(v)
    return o


_U_FaceSearchResponse: _Table = (
    ("request_id", "request_id", None, False),
    (
        "face_search",
        "face_search",
        lambda v: unstructure_FaceSearchReport(v) if isinstance(v, FaceSearchReport) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_FaceSearchResponse(o: FaceSearchResponse) -> dict[str, Any]:
    """Encode :class:`FaceSearchResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_FaceSearchResponse)


def structure_AgeEstimationResponse(d: Any) -> AgeEstimationResponse:
    """Decode a JSON object into :class:`AgeEstimationResponse`."""
    v: Any
    o = _new(AgeEstimationResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_AgeEstimationResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AgeEstimationResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "liveness" in vals:
        v = vals["liveness"]
        if v.__class__ is dict:
            vals["liveness"] = structure_AgeEstimationReport(v)
    return o


_U_AgeEstimationResponse: _Table = (
    ("request_id", "request_id", None, False),
    (
        "liveness",
        "liveness",
        lambda v: unstructure_AgeEstimationReport(v) if isinstance(v, AgeEstimationReport) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_AgeEstimationResponse(o: AgeEstimationResponse) -> dict[str, Any]:
    """Encode :class:`AgeEstimationResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AgeEstimationResponse)


def structure_AmlResponse(d: Any) -> AmlResponse:
    """Decode a JSON object into :class:`AmlResponse`."""
    v: Any
    o = _new(AmlResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "aml" in vals:
        v = vals["aml"]
        if v.__class__ is dict:
            vals["aml"] = structure_AmlReport(v)
    return o


_U_AmlResponse: _Table = (
    ("request_id", "request_id", None, False),
    ("aml", "aml", lambda v: unstructure_AmlReport(v) if isinstance(v, AmlReport) else v, False),
    ("created_at", "created_at", None, False),
)


def unstructure_AmlResponse(o: AmlResponse) -> dict[str, Any]:
    """Encode :class:`AmlResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AmlResponse)


def structure_PoaResponse(d: Any) -> PoaResponse:
    """Decode a JSON object into :class:`PoaResponse`."""
    v: Any
    o = _new(PoaResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_PoaResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PoaResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "poa" in vals:
        v = vals["poa"]
        if v.__class__ is dict:
            vals["poa"] = structure_PoaReport(v)
    return o


_U_PoaResponse: _Table = (
    ("request_id", "request_id", None, False),
    ("poa", "poa", lambda v: unstructure_PoaReport(v) if isinstance(v, PoaReport) else v, False),
    ("created_at", "created_at", None, False),
)


def unstructure_PoaResponse(o: PoaResponse) -> dict[str, Any]:
    """Encode :class:`PoaResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_PoaResponse)


def structure_DatabaseValidationResponse(d: Any) -> DatabaseValidationResponse:
    """Decode a JSON object into :class:`DatabaseValidationResponse`."""
    v: Any
    o = _new(DatabaseValidationResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_DatabaseValidationResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DatabaseValidationResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "database_validation" in vals:
        v = vals["database_validation"]
        if v.__class__ is dict:
            vals["database_validation"] = structure_DatabaseValidationReport(v)
    return o


_U_DatabaseValidationResponse: _Table = (
    ("request_id", "request_id", None, False),
    (
        "database_validation",
        "database_validation",
        lambda v: (
            unstructure_DatabaseValidationReport(v)
            if isinstance(v, DatabaseValidationReport)
            else v
        ),
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_DatabaseValidationResponse(o: DatabaseValidationResponse) -> dict[str, Any]:
    """Encode :class:`DatabaseValidationResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DatabaseValidationResponse)


def structure_EmailSendResponse(d: Any) -> EmailSendResponse:
    """Decode a JSON object into :class:`EmailSendResponse`."""
    o = _new(EmailSendResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailSendResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailSendResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_EmailSendResponse: _Table = (
    ("request_id", "request_id", None, False),
    ("status", "status", None, False),
    ("reason", "reason", None, False),
)


def unstructure_EmailSendResponse(o: EmailSendResponse) -> dict[str, Any]:
    """Encode :class:`EmailSendResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_EmailSendResponse)


def structure_EmailCheckResponse(d: Any) -> EmailCheckResponse:
    """Decode a JSON object into :class:`EmailCheckResponse`."""
    v: Any
    o = _new(EmailCheckResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailCheckResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailCheckResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "email" in vals:
        v = vals["email"]
        if v.__class__ is dict:
            vals["email"] = structure_EmailReport(v)
    return o


_U_EmailCheckResponse: _Table = (
    ("request_id", "request_id", None, False),
    ("status", "status", None, False),
    ("message", "message", None, False),
    (
        "email",
        "email",
        lambda v: unstructure_EmailReport(v) if isinstance(v, EmailReport) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_EmailCheckResponse(o: EmailCheckResponse) -> dict[str, Any]:
    """Encode :class:`EmailCheckResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_EmailCheckResponse)


def structure_PhoneSendResponse(d: Any) -> PhoneSendResponse:
    """Decode a JSON object into :class:`PhoneSendResponse`."""
    o = _new(PhoneSendResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneSendResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneSendResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_PhoneSendResponse: _Table = (
    ("request_id", "request_id", None, False),
    ("status", "status", None, False),
    ("reason", "reason", None, False),
)


def unstructure_PhoneSendResponse(o: PhoneSendResponse) -> dict[str, Any]:
    """Encode :class:`PhoneSendResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_PhoneSendResponse)


def structure_PhoneCheckResponse(d: Any) -> PhoneCheckResponse:
    """Decode a JSON object into :class:`PhoneCheckResponse`."""
    v: Any
    o = _new(PhoneCheckResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneCheckResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneCheckResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "phone" in vals:
        v = vals["phone"]
        if v.__class__ is dict:
            vals["phone"] = structure_PhoneReport(v)
    return o


_U_PhoneCheckResponse: _Table = (
    ("request_id", "request_id", None, False),
    ("status", "status", None, False),
    ("message", "message", None, False),
    (
        "phone",
        "phone",
        lambda v: unstructure_PhoneReport(v) if isinstance(v, PhoneReport) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_PhoneCheckResponse(o: PhoneCheckResponse) -> dict[str, Any]:
    """Encode :class:`PhoneCheckResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_PhoneCheckResponse)


def structure_HealthcheckResponse(d: Any) -> HealthcheckResponse:
    """Decode a JSON object into :class:`HealthcheckResponse`."""
    o = _new(HealthcheckResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_HealthcheckResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_HealthcheckResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_HealthcheckResponse: _Table = (
    ("status", "status", None, True),
    ("timestamp", "timestamp", None, False),
)


def unstructure_HealthcheckResponse(o: HealthcheckResponse) -> dict[str, Any]:
    """Encode :class:`HealthcheckResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_HealthcheckResponse)


def structure_WebhookSessionPayload(d: Any) -> WebhookSessionPayload:
    """Decode a JSON object into :class:`WebhookSessionPayload`."""
    v: Any
    o = _new(WebhookSessionPayload)
    vals = o.__dict__
    vals.update(d)
    if _K_WebhookSessionPayload.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WebhookSessionPayload
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "environment" in vals:
        v = vals["environment"]
        if v.__class__ is str:
            vals["environment"] = _M_Environment[v]
    if "session_kind" in vals:
        v = vals["session_kind"]
        if v.__class__ is str:
            vals["session_kind"] = _M_SessionKind[v]
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_SessionStatus[v]
    if "decision" in vals:
        v = vals["decision"]
        if v.__class__ is dict:
            vals["decision"] = structure_SessionDecision(v)
    return o


_U_WebhookSessionPayload: _Table = (
    ("event_id", "event_id", None, False),
    ("webhook_type", "webhook_type", None, True),
    ("timestamp", "timestamp", None, False),
    ("created_at", "created_at", None, False),
    ("application_id", "application_id", None, False),
    ("environment", "environment", lambda v: v.value if isinstance(v, Environment) else v, False),
    ("session_id", "session_id", None, True),
    ("business_session_id", "business_session_id", None, False),
    ("session_kind", "session_kind", lambda v: v.value if isinstance(v, SessionKind) else v, False),
    ("status", "status", lambda v: v.value if isinstance(v, SessionStatus) else v, False),
    ("workflow_id", "workflow_id", None, False),
    ("workflow_version", "workflow_version", None, False),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: (
            (dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v)
            if isinstance(v, Mapping)
            else v
        ),
        False,
    ),
    (
        "decision",
        "decision",
        lambda v: unstructure_SessionDecision(v) if isinstance(v, SessionDecision) else v,
        False,
    ),
    (
        "resubmit_info",
        "resubmit_info",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_WebhookSessionPayload(o: WebhookSessionPayload) -> dict[str, Any]:
    """Encode :class:`WebhookSessionPayload` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_WebhookSessionPayload)


def structure_WebhookFieldChange(d: Any) -> WebhookFieldChange:
    """Decode a JSON object into :class:`WebhookFieldChange`."""
    o = _new(WebhookFieldChange)
    vals = o.__dict__
    vals.update(d)
    if _K_WebhookFieldChange.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WebhookFieldChange
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_WebhookFieldChange: _Table = (
    ("previous", "previous", None, False),
    ("current", "current", None, False),
)


def unstructure_WebhookFieldChange(o: WebhookFieldChange) -> dict[str, Any]:
    """Encode :class:`WebhookFieldChange` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_WebhookFieldChange)


def structure_WebhookEntityPayload(d: Any) -> WebhookEntityPayload:
    """Decode a JSON object into :class:`WebhookEntityPayload`."""
    v: Any
    o = _new(WebhookEntityPayload)
    vals = o.__dict__
    vals.update(d)
    if _K_WebhookEntityPayload.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WebhookEntityPayload
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "environment" in vals:
        v = vals["environment"]
        if v.__class__ is str:
            vals["environment"] = _M_Environment[v]
    if "changes" in vals:
        v = vals["changes"]
        if v and v.__class__ is dict:
            vals["changes"] = {
                k: structure_WebhookFieldChange(x) if x.__class__ is dict else x
                for k, x in v.items()
            }
    return o


_U_WebhookEntityPayload: _Table = (
    ("event_id", "event_id", None, False),
    ("webhook_type", "webhook_type", None, True),
    ("timestamp", "timestamp", None, False),
    ("application_id", "application_id", None, False),
    ("environment", "environment", lambda v: v.value if isinstance(v, Environment) else v, False),
    ("vendor_data", "vendor_data", None, False),
    ("uuid", "uuid", None, False),
    ("status", "status", None, False),
    ("previous_status", "previous_status", None, False),
    ("changed_fields", "changed_fields", None, False),
    (
        "changes",
        "changes",
        lambda v: (
            {
                k: unstructure_WebhookFieldChange(x) if isinstance(x, WebhookFieldChange) else x
                for k, x in v.items()
            }
            if isinstance(v, Mapping)
            else v
        ),
        False,
    ),
    ("event", "event", None, False),
    (
        "data",
        "data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_WebhookEntityPayload(o: WebhookEntityPayload) -> dict[str, Any]:
    """Encode :class:`WebhookEntityPayload` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_WebhookEntityPayload)


def structure_WebhookGenericPayload(d: Any) -> WebhookGenericPayload:
    """Decode a JSON object into :class:`WebhookGenericPayload`."""
    v: Any
    o = _new(WebhookGenericPayload)
    vals = o.__dict__
    vals.update(d)
    if _K_WebhookGenericPayload.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WebhookGenericPayload
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "environment" in vals:
        v = vals["environment"]
        if v.__class__ is str:
            vals["environment"] = _M_Environment[v]
    return o


_U_WebhookGenericPayload: _Table = (
    ("event_id", "event_id", None, False),
    ("webhook_type", "webhook_type", None, True),
    ("timestamp", "timestamp", None, False),
    ("application_id", "application_id", None, False),
    ("environment", "environment", lambda v: v.value if isinstance(v, Environment) else v, False),
)


def unstructure_WebhookGenericPayload(o: WebhookGenericPayload) -> dict[str, Any]:
    """Encode :class:`WebhookGenericPayload` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_WebhookGenericPayload)


def structure_SessionImportCreateRequest(d: Any) -> SessionImportCreateRequest:
    """Decode a JSON object into :class:`SessionImportCreateRequest`."""
    v: Any
    o = _new(SessionImportCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionImportCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionImportCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "import_type" in vals:
        v = vals["import_type"]
        if v.__class__ is str:
            vals["import_type"] = _M_SessionImportType[v]
    return o


_U_SessionImportCreateRequest: _Table = (
    ("source_file_url", "source_file_url", None, True),
    (
        "import_type",
        "import_type",
        lambda v: v.value if isinstance(v, SessionImportType) else v,
        False,
    ),
    ("source_format", "source_format", None, False),
    ("workflow_id", "workflow_id", None, False),
)


def unstructure_SessionImportCreateRequest(o: SessionImportCreateRequest) -> dict[str, Any]:
    """Encode :class:`SessionImportCreateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_SessionImportCreateRequest)


def validate_SessionImportCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid SessionImportCreateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "SessionImportCreateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "source_file_url" not in d:
        raise DiditValidationError(at + "source_file_url", "required", "is required")
    v = d.get("source_file_url")
    if v is None:
        if "source_file_url" in d:
            raise DiditValidationError(at + "source_file_url", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "source_file_url", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "source_file_url", "min_length", "must have at least 1 characters"
            )
    v = d.get("import_type")
    if v is None:
        if "import_type" in d:
            raise DiditValidationError(at + "import_type", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_SessionImportType:
            raise DiditValidationError(
                at + "import_type",
                "enum",
                "must be one of: user_verification, business_verification, status_rules, transactions"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("source_format")
    if v is None:
        if "source_format" in d:
            raise DiditValidationError(at + "source_format", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline18:
            raise DiditValidationError(
                at + "source_format",
                "enum",
                "must be one of: csv, ndjson"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("workflow_id")
    if v is None:
        if "workflow_id" in d:
            raise DiditValidationError(at + "workflow_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "workflow_id", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uuid(v):
            raise DiditValidationError(at + "workflow_id", "format", "must be a valid uuid")


def structure_SessionImport(d: Any) -> SessionImport:
    """Decode a JSON object into :class:`SessionImport`."""
    o = _new(SessionImport)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionImport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionImport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionImport: _Table = (
    ("uuid", "uuid", None, True),
    ("status", "status", None, False),
    ("import_type", "import_type", None, False),
    ("source_format", "source_format", None, False),
    ("source_file_url", "source_file_url", None, False),
    ("workflow_id", "workflow_id", None, False),
    ("total_rows", "total_rows", None, False),
    ("processed_rows", "processed_rows", None, False),
    ("success_count", "success_count", None, False),
    ("error_count", "error_count", None, False),
    ("created_at", "created_at", None, False),
    ("completed_at", "completed_at", None, False),
)


def unstructure_SessionImport(o: SessionImport) -> dict[str, Any]:
    """Encode :class:`SessionImport` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_SessionImport)


def structure_SessionImportTemplate(d: Any) -> SessionImportTemplate:
    """Decode a JSON object into :class:`SessionImportTemplate`."""
    o = _new(SessionImportTemplate)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionImportTemplate.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionImportTemplate
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionImportTemplate: _Table = (
    ("columns", "columns", None, False),
    ("required_columns", "required_columns", None, False),
    ("formats", "formats", None, False),
    ("example", "example", None, False),
)


def unstructure_SessionImportTemplate(o: SessionImportTemplate) -> dict[str, Any]:
    """Encode :class:`SessionImportTemplate` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_SessionImportTemplate)


def structure_SessionImportRowError(d: Any) -> SessionImportRowError:
    """Decode a JSON object into :class:`SessionImportRowError`."""
    o = _new(SessionImportRowError)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionImportRowError.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionImportRowError
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionImportRowError: _Table = (
    ("row", "row", None, False),
    ("field", "field", None, False),
    ("errors", "errors", None, False),
    (
        "raw",
        "raw",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_SessionImportRowError(o: SessionImportRowError) -> dict[str, Any]:
    """Encode :class:`SessionImportRowError` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_SessionImportRowError)


def structure_SessionImportErrorPage(d: Any) -> SessionImportErrorPage:
    """Decode a JSON object into :class:`SessionImportErrorPage`."""
    v: Any
    o = _new(SessionImportErrorPage)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionImportErrorPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionImportErrorPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_SessionImportRowError(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_SessionImportErrorPage: _Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [
                unstructure_SessionImportRowError(x) if isinstance(x, SessionImportRowError) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_SessionImportErrorPage(o: SessionImportErrorPage) -> dict[str, Any]:
    """Encode :class:`SessionImportErrorPage` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_SessionImportErrorPage)


def structure_BusinessCreateRequest(d: Any) -> BusinessCreateRequest:
    """Decode a JSON object into :class:`BusinessCreateRequest`."""
    v: Any
    o = _new(BusinessCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_BusinessCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BusinessCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_UserStatus[v]
    return o


_U_BusinessCreateRequest: _Table = (
    ("vendor_data", "vendor_data", None, True),
    ("display_name", "display_name", None, False),
    ("legal_name", "legal_name", None, False),
    ("registration_number", "registration_number", None, False),
    ("country_code", "country_code", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, UserStatus) else v, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_BusinessCreateRequest(o: BusinessCreateRequest) -> dict[str, Any]:
    """Encode :class:`BusinessCreateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BusinessCreateRequest)


def validate_BusinessCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid BusinessCreateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "BusinessCreateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "vendor_data" not in d:
        raise DiditValidationError(at + "vendor_data", "required", "is required")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "vendor_data", "min_length", "must have at least 1 characters"
            )
    v = d.get("display_name")
    if v is None:
        if "display_name" in d:
            raise DiditValidationError(at + "display_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "display_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("legal_name")
    if v is None:
        if "legal_name" in d:
            raise DiditValidationError(at + "legal_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "legal_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("registration_number")
    if v is None:
        if "registration_number" in d:
            raise DiditValidationError(at + "registration_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "registration_number", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("country_code")
    if v is None:
        if "country_code" in d:
            raise DiditValidationError(at + "country_code", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "country_code", "type", "must be a string, not " + type(v).__name__
            )
        if _P5.search(v) is None:
            raise DiditValidationError(
                at + "country_code", "pattern", "does not have the expected format (^[A-Z]{2}$)"
            )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise DiditValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_UserStatus:
            raise DiditValidationError(
                at + "status",
                "enum",
                "must be one of: ACTIVE, FLAGGED, BLOCKED"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("metadata")
    if v is None:
        if "metadata" in d:
            raise DiditValidationError(at + "metadata", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "metadata", "type", "must be an object, not " + type(v).__name__
            )


def structure_BusinessUpdateRequest(d: Any) -> BusinessUpdateRequest:
    """Decode a JSON object into :class:`BusinessUpdateRequest`."""
    v: Any
    o = _new(BusinessUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_BusinessUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BusinessUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_UserStatus[v]
    return o


_U_BusinessUpdateRequest: _Table = (
    ("display_name", "display_name", None, False),
    ("legal_name", "legal_name", None, False),
    ("registration_number", "registration_number", None, False),
    ("country_code", "country_code", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, UserStatus) else v, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_BusinessUpdateRequest(o: BusinessUpdateRequest) -> dict[str, Any]:
    """Encode :class:`BusinessUpdateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BusinessUpdateRequest)


def validate_BusinessUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid BusinessUpdateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "BusinessUpdateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("display_name")
    if v is None:
        if "display_name" in d:
            raise DiditValidationError(at + "display_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "display_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("legal_name")
    if v is None:
        if "legal_name" in d:
            raise DiditValidationError(at + "legal_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "legal_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("registration_number")
    if v is None:
        if "registration_number" in d:
            raise DiditValidationError(at + "registration_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "registration_number", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("country_code")
    if v is None:
        if "country_code" in d:
            raise DiditValidationError(at + "country_code", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "country_code", "type", "must be a string, not " + type(v).__name__
            )
        if _P5.search(v) is None:
            raise DiditValidationError(
                at + "country_code", "pattern", "does not have the expected format (^[A-Z]{2}$)"
            )
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise DiditValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_UserStatus:
            raise DiditValidationError(
                at + "status",
                "enum",
                "must be one of: ACTIVE, FLAGGED, BLOCKED"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("metadata")
    if v is None:
        if "metadata" in d:
            raise DiditValidationError(at + "metadata", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "metadata", "type", "must be an object, not " + type(v).__name__
            )


def structure_BusinessUpdateStatusRequest(d: Any) -> BusinessUpdateStatusRequest:
    """Decode a JSON object into :class:`BusinessUpdateStatusRequest`."""
    v: Any
    o = _new(BusinessUpdateStatusRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_BusinessUpdateStatusRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BusinessUpdateStatusRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_UserStatus[v]
    return o


_U_BusinessUpdateStatusRequest: _Table = (
    ("status", "status", lambda v: v.value if isinstance(v, UserStatus) else v, True),
    ("reason", "reason", None, False),
)


def unstructure_BusinessUpdateStatusRequest(o: BusinessUpdateStatusRequest) -> dict[str, Any]:
    """Encode :class:`BusinessUpdateStatusRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BusinessUpdateStatusRequest)


def validate_BusinessUpdateStatusRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid BusinessUpdateStatusRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "BusinessUpdateStatusRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "status" not in d:
        raise DiditValidationError(at + "status", "required", "is required")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise DiditValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_UserStatus:
            raise DiditValidationError(
                at + "status",
                "enum",
                "must be one of: ACTIVE, FLAGGED, BLOCKED"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("reason")
    if v is None:
        if "reason" in d:
            raise DiditValidationError(at + "reason", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "reason", "type", "must be a string, not " + type(v).__name__
            )


def structure_BusinessBatchDeleteRequest(d: Any) -> BusinessBatchDeleteRequest:
    """Decode a JSON object into :class:`BusinessBatchDeleteRequest`."""
    o = _new(BusinessBatchDeleteRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_BusinessBatchDeleteRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BusinessBatchDeleteRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_BusinessBatchDeleteRequest: _Table = (
    ("vendor_data_list", "vendor_data_list", None, False),
    ("didit_internal_id_list", "didit_internal_id_list", None, False),
    ("delete_all", "delete_all", None, False),
)


def unstructure_BusinessBatchDeleteRequest(o: BusinessBatchDeleteRequest) -> dict[str, Any]:
    """Encode :class:`BusinessBatchDeleteRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BusinessBatchDeleteRequest)


def validate_BusinessBatchDeleteRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid BusinessBatchDeleteRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "BusinessBatchDeleteRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("vendor_data_list")
    if v is None:
        if "vendor_data_list" in d:
            raise DiditValidationError(at + "vendor_data_list", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "vendor_data_list", "type", "must be a list, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "vendor_data_list", "min_items", "must have at least 1 items"
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "vendor_data_list", "type", "must not contain null")
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "vendor_data_list" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
            if len(x0) < 1:
                raise DiditValidationError(
                    at + "vendor_data_list" + "[" + str(i0) + "]",
                    "min_length",
                    "must have at least 1 characters",
                )
    v = d.get("didit_internal_id_list")
    if v is None:
        if "didit_internal_id_list" in d:
            raise DiditValidationError(at + "didit_internal_id_list", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "didit_internal_id_list", "type", "must be a list, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "didit_internal_id_list", "min_items", "must have at least 1 items"
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(
                    at + "didit_internal_id_list", "type", "must not contain null"
                )
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "didit_internal_id_list" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
            if len(x0) < 1:
                raise DiditValidationError(
                    at + "didit_internal_id_list" + "[" + str(i0) + "]",
                    "min_length",
                    "must have at least 1 characters",
                )
    v = d.get("delete_all")
    if v is None:
        if "delete_all" in d:
            raise DiditValidationError(at + "delete_all", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "delete_all", "type", "must be true or false, not " + type(v).__name__
            )


def structure_BusinessBatchDeleteResponse(d: Any) -> BusinessBatchDeleteResponse:
    """Decode a JSON object into :class:`BusinessBatchDeleteResponse`."""
    o = _new(BusinessBatchDeleteResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_BusinessBatchDeleteResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BusinessBatchDeleteResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_BusinessBatchDeleteResponse: _Table = (
    ("deleted_count", "deleted_count", None, False),
    ("message", "message", None, False),
)


def unstructure_BusinessBatchDeleteResponse(o: BusinessBatchDeleteResponse) -> dict[str, Any]:
    """Encode :class:`BusinessBatchDeleteResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BusinessBatchDeleteResponse)


def structure_Business(d: Any) -> Business:
    """Decode a JSON object into :class:`Business`."""
    v: Any
    o = _new(Business)
    vals = o.__dict__
    vals.update(d)
    if _K_Business.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_Business
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_UserStatus[v]
    return o


_U_Business: _Table = (
    ("vendor_data", "vendor_data", None, True),
    ("didit_internal_id", "didit_internal_id", None, False),
    ("display_name", "display_name", None, False),
    ("legal_name", "legal_name", None, False),
    ("registration_number", "registration_number", None, False),
    ("country_code", "country_code", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, UserStatus) else v, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("session_count", "session_count", None, False),
    ("approved_count", "approved_count", None, False),
    ("declined_count", "declined_count", None, False),
    ("in_review_count", "in_review_count", None, False),
    ("last_session_at", "last_session_at", None, False),
    ("created_at", "created_at", None, False),
    ("updated_at", "updated_at", None, False),
)


def unstructure_Business(o: Business) -> dict[str, Any]:
    """Encode :class:`Business` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_Business)


def structure_BusinessListPage(d: Any) -> BusinessListPage:
    """Decode a JSON object into :class:`BusinessListPage`."""
    v: Any
    o = _new(BusinessListPage)
    vals = o.__dict__
    vals.update(d)
    if _K_BusinessListPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BusinessListPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_Business(x) if x.__class__ is dict else x for x in v]
    return o


_U_BusinessListPage: _Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_Business(x) if isinstance(x, Business) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_BusinessListPage(o: BusinessListPage) -> dict[str, Any]:
    """Encode :class:`BusinessListPage` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BusinessListPage)


def structure_KybSearchRequest(d: Any) -> KybSearchRequest:
    """Decode a JSON object into :class:`KybSearchRequest`."""
    o = _new(KybSearchRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_KybSearchRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybSearchRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybSearchRequest: _Table = (
    ("country_code", "country_code", None, True),
    ("name", "name", None, False),
    ("registration_number", "registration_number", None, False),
    ("search_type", "search_type", None, False),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("webhook_url", "webhook_url", None, False),
)


def unstructure_KybSearchRequest(o: KybSearchRequest) -> dict[str, Any]:
    """Encode :class:`KybSearchRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_KybSearchRequest)


def validate_KybSearchRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid KybSearchRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "KybSearchRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "country_code" not in d:
        raise DiditValidationError(at + "country_code", "required", "is required")
    v = d.get("country_code")
    if v is None:
        if "country_code" in d:
            raise DiditValidationError(at + "country_code", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "country_code", "type", "must be a string, not " + type(v).__name__
            )
        if _P5.search(v) is None:
            raise DiditValidationError(
                at + "country_code", "pattern", "does not have the expected format (^[A-Z]{2}$)"
            )
    v = d.get("name")
    if v is None:
        if "name" in d:
            raise DiditValidationError(at + "name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "name", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(at + "name", "min_length", "must have at least 1 characters")
    v = d.get("registration_number")
    if v is None:
        if "registration_number" in d:
            raise DiditValidationError(at + "registration_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "registration_number", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "registration_number", "min_length", "must have at least 1 characters"
            )
    v = d.get("search_type")
    if v is None:
        if "search_type" in d:
            raise DiditValidationError(at + "search_type", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline19:
            raise DiditValidationError(
                at + "search_type",
                "enum",
                "must be one of: contains, start_with, fuzzy"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("metadata")
    if v is None:
        if "metadata" in d:
            raise DiditValidationError(at + "metadata", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "metadata", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("webhook_url")
    if v is None:
        if "webhook_url" in d:
            raise DiditValidationError(at + "webhook_url", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "webhook_url", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uri(v):
            raise DiditValidationError(at + "webhook_url", "format", "must be a valid uri")


def structure_KybCandidate(d: Any) -> KybCandidate:
    """Decode a JSON object into :class:`KybCandidate`."""
    o = _new(KybCandidate)
    vals = o.__dict__
    vals.update(d)
    if _K_KybCandidate.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybCandidate
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybCandidate: _Table = (
    ("kyb_response_id", "kyb_response_id", None, True),
    ("name", "name", None, False),
    ("registration_number", "registration_number", None, False),
    ("country_code", "country_code", None, False),
    ("status", "status", None, False),
    ("address", "address", None, False),
)


def unstructure_KybCandidate(o: KybCandidate) -> dict[str, Any]:
    """Encode :class:`KybCandidate` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_KybCandidate)


def structure_KybSearchResponse(d: Any) -> KybSearchResponse:
    """Decode a JSON object into :class:`KybSearchResponse`."""
    v: Any
    o = _new(KybSearchResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_KybSearchResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybSearchResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_KybCandidate(x) if x.__class__ is dict else x for x in v]
    return o


_U_KybSearchResponse: _Table = (
    (
        "results",
        "results",
        lambda v: (
            [unstructure_KybCandidate(x) if isinstance(x, KybCandidate) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
    ("count", "count", None, False),
)


def unstructure_KybSearchResponse(o: KybSearchResponse) -> dict[str, Any]:
    """Encode :class:`KybSearchResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_KybSearchResponse)


def structure_KybSelectRequest(d: Any) -> KybSelectRequest:
    """Decode a JSON object into :class:`KybSelectRequest`."""
    o = _new(KybSelectRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_KybSelectRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybSelectRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybSelectRequest: _Table = (
    ("kyb_response_id", "kyb_response_id", None, True),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("save_api_request", "save_api_request", None, False),
)


def unstructure_KybSelectRequest(o: KybSelectRequest) -> dict[str, Any]:
    """Encode :class:`KybSelectRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_KybSelectRequest)


def validate_KybSelectRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid KybSelectRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "KybSelectRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "kyb_response_id" not in d:
        raise DiditValidationError(at + "kyb_response_id", "required", "is required")
    v = d.get("kyb_response_id")
    if v is None:
        if "kyb_response_id" in d:
            raise DiditValidationError(at + "kyb_response_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "kyb_response_id", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "kyb_response_id", "min_length", "must have at least 1 characters"
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("metadata")
    if v is None:
        if "metadata" in d:
            raise DiditValidationError(at + "metadata", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "metadata", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise DiditValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "save_api_request", "type", "must be true or false, not " + type(v).__name__
            )


def structure_KybOfficer(d: Any) -> KybOfficer:
    """Decode a JSON object into :class:`KybOfficer`."""
    o = _new(KybOfficer)
    vals = o.__dict__
    vals.update(d)
    if _K_KybOfficer.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybOfficer
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybOfficer: _Table = (
    ("name", "name", None, False),
    ("role", "role", None, False),
    ("appointed_on", "appointed_on", None, False),
)


def unstructure_KybOfficer(o: KybOfficer) -> dict[str, Any]:
    """Encode :class:`KybOfficer` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_KybOfficer)


def structure_KybCompanyRecord(d: Any) -> KybCompanyRecord:
    """Decode a JSON object into :class:`KybCompanyRecord`."""
    v: Any
    o = _new(KybCompanyRecord)
    vals = o.__dict__
    vals.update(d)
    if _K_KybCompanyRecord.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybCompanyRecord
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "officers" in vals:
        v = vals["officers"]
        if v and v.__class__ is list:
            vals["officers"] = [structure_KybOfficer(x) if x.__class__ is dict else x for x in v]
    if "business" in vals:
        v = vals["business"]
        if v.__class__ is dict:
            vals["business"] = structure_Business(v)
    return o


_U_KybCompanyRecord: _Table = (
    ("kyb_response_id", "kyb_response_id", None, False),
    ("name", "name", None, False),
    ("legal_name", "legal_name", None, False),
    ("registration_number", "registration_number", None, False),
    ("country_code", "country_code", None, False),
    ("status", "status", None, False),
    ("incorporation_date", "incorporation_date", None, False),
    ("address", "address", None, False),
    (
        "officers",
        "officers",
        lambda v: (
            [unstructure_KybOfficer(x) if isinstance(x, KybOfficer) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("vendor_data", "vendor_data", None, False),
    (
        "business",
        "business",
        lambda v: unstructure_Business(v) if isinstance(v, Business) else v,
        False,
    ),
)


def unstructure_KybCompanyRecord(o: KybCompanyRecord) -> dict[str, Any]:
    """Encode :class:`KybCompanyRecord` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_KybCompanyRecord)


def structure_TransactionCreateRequest(d: Any) -> TransactionCreateRequest:
    """Decode a JSON object into :class:`TransactionCreateRequest`."""
    v: Any
    o = _new(TransactionCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "transaction_category" in vals:
        v = vals["transaction_category"]
        if v.__class__ is str:
            vals["transaction_category"] = _M_TransactionCategory[v]
    return o


_U_TransactionCreateRequest: _Table = (
    ("transaction_id", "transaction_id", None, True),
    (
        "transaction_category",
        "transaction_category",
        lambda v: v.value if isinstance(v, TransactionCategory) else v,
        True,
    ),
    (
        "transaction_details",
        "transaction_details",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
    (
        "subject",
        "subject",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
    (
        "counterparty",
        "counterparty",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("transaction_at", "transaction_at", None, False),
    ("time_zone", "time_zone", None, False),
    (
        "custom_properties",
        "custom_properties",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "travel_rule_details",
        "travel_rule_details",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "network_snapshot",
        "network_snapshot",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("include_crypto_screening", "include_crypto_screening", None, False),
)


def unstructure_TransactionCreateRequest(o: TransactionCreateRequest) -> dict[str, Any]:
    """Encode :class:`TransactionCreateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TransactionCreateRequest)


def validate_TransactionCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionCreateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "TransactionCreateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "transaction_id" not in d:
        raise DiditValidationError(at + "transaction_id", "required", "is required")
    v = d.get("transaction_id")
    if v is None:
        if "transaction_id" in d:
            raise DiditValidationError(at + "transaction_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "transaction_id", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "transaction_id", "min_length", "must have at least 1 characters"
            )
    if "transaction_category" not in d:
        raise DiditValidationError(at + "transaction_category", "required", "is required")
    v = d.get("transaction_category")
    if v is None:
        if "transaction_category" in d:
            raise DiditValidationError(at + "transaction_category", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_TransactionCategory:
            raise DiditValidationError(
                at + "transaction_category",
                "enum",
                "must be one of: finance, kyc, travel_rule, user_event, audit_trail_event, gambling_bet, gambling_limit_change, gambling_bonus_change"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    if "transaction_details" not in d:
        raise DiditValidationError(at + "transaction_details", "required", "is required")
    v = d.get("transaction_details")
    if v is None:
        if "transaction_details" in d:
            raise DiditValidationError(at + "transaction_details", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "transaction_details", "type", "must be an object, not " + type(v).__name__
            )
    if "subject" not in d:
        raise DiditValidationError(at + "subject", "required", "is required")
    v = d.get("subject")
    if v is None:
        if "subject" in d:
            raise DiditValidationError(at + "subject", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "subject", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("counterparty")
    if v is None:
        if "counterparty" in d:
            raise DiditValidationError(at + "counterparty", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "counterparty", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("transaction_at")
    if v is None:
        if "transaction_at" in d:
            raise DiditValidationError(at + "transaction_at", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "transaction_at", "type", "must be a string, not " + type(v).__name__
            )
        if not is_datetime(v):
            raise DiditValidationError(at + "transaction_at", "format", "must be a valid date-time")
    v = d.get("time_zone")
    if v is None:
        if "time_zone" in d:
            raise DiditValidationError(at + "time_zone", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "time_zone", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("custom_properties")
    if v is None:
        if "custom_properties" in d:
            raise DiditValidationError(at + "custom_properties", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "custom_properties", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("travel_rule_details")
    if v is None:
        if "travel_rule_details" in d:
            raise DiditValidationError(at + "travel_rule_details", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "travel_rule_details", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("network_snapshot")
    if v is None:
        if "network_snapshot" in d:
            raise DiditValidationError(at + "network_snapshot", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "network_snapshot", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("include_crypto_screening")
    if v is None:
        if "include_crypto_screening" in d:
            raise DiditValidationError(at + "include_crypto_screening", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "include_crypto_screening",
                "type",
                "must be true or false, not " + type(v).__name__,
            )


def structure_TransactionRuleHit(d: Any) -> TransactionRuleHit:
    """Decode a JSON object into :class:`TransactionRuleHit`."""
    o = _new(TransactionRuleHit)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleHit.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleHit
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TransactionRuleHit: _Table = (
    ("rule", "rule", None, False),
    ("action", "action", None, False),
    ("description", "description", None, False),
)


def unstructure_TransactionRuleHit(o: TransactionRuleHit) -> dict[str, Any]:
    """Encode :class:`TransactionRuleHit` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TransactionRuleHit)


def structure_Transaction(d: Any) -> Transaction:
    """Decode a JSON object into :class:`Transaction`."""
    v: Any
    o = _new(Transaction)
    vals = o.__dict__
    vals.update(d)
    if _K_Transaction.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_Transaction
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "rule_hits" in vals:
        v = vals["rule_hits"]
        if v and v.__class__ is list:
            vals["rule_hits"] = [
                structure_TransactionRuleHit(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_Transaction: _Table = (
    ("uuid", "uuid", None, False),
    ("transaction_id", "transaction_id", None, True),
    ("transaction_category", "transaction_category", None, False),
    ("status", "status", None, False),
    ("risk_score", "risk_score", None, False),
    (
        "rule_hits",
        "rule_hits",
        lambda v: (
            [
                unstructure_TransactionRuleHit(x) if isinstance(x, TransactionRuleHit) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "transaction_details",
        "transaction_details",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "subject",
        "subject",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "counterparty",
        "counterparty",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "custom_properties",
        "custom_properties",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("transaction_at", "transaction_at", None, False),
    ("time_zone", "time_zone", None, False),
    ("created_at", "created_at", None, False),
)


def unstructure_Transaction(o: Transaction) -> dict[str, Any]:
    """Encode :class:`Transaction` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_Transaction)


def structure_TransactionListPage(d: Any) -> TransactionListPage:
    """Decode a JSON object into :class:`TransactionListPage`."""
    v: Any
    o = _new(TransactionListPage)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionListPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionListPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_Transaction(x) if x.__class__ is dict else x for x in v]
    return o


_U_TransactionListPage: _Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_Transaction(x) if isinstance(x, Transaction) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_TransactionListPage(o: TransactionListPage) -> dict[str, Any]:
    """Encode :class:`TransactionListPage` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TransactionListPage)


def structure_WalletScreeningRequest(d: Any) -> WalletScreeningRequest:
    """Decode a JSON object into :class:`WalletScreeningRequest`."""
    o = _new(WalletScreeningRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_WalletScreeningRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WalletScreeningRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_WalletScreeningRequest: _Table = (
    ("wallet_address", "wallet_address", None, True),
    ("blockchain", "blockchain", None, True),
    ("direction", "direction", None, False),
)


def unstructure_WalletScreeningRequest(o: WalletScreeningRequest) -> dict[str, Any]:
    """Encode :class:`WalletScreeningRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_WalletScreeningRequest)


def validate_WalletScreeningRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid WalletScreeningRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "WalletScreeningRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "wallet_address" not in d:
        raise DiditValidationError(at + "wallet_address", "required", "is required")
    v = d.get("wallet_address")
    if v is None:
        if "wallet_address" in d:
            raise DiditValidationError(at + "wallet_address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "wallet_address", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "wallet_address", "min_length", "must have at least 1 characters"
            )
    if "blockchain" not in d:
        raise DiditValidationError(at + "blockchain", "required", "is required")
    v = d.get("blockchain")
    if v is None:
        if "blockchain" in d:
            raise DiditValidationError(at + "blockchain", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline20:
            raise DiditValidationError(
                at + "blockchain",
                "enum",
                "must be one of: BTC, ETH, LTC, XRP, BCH, DOGE, TRX, SOL, MATIC, BNB, USDT, USDC"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("direction")
    if v is None:
        if "direction" in d:
            raise DiditValidationError(at + "direction", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline21:
            raise DiditValidationError(
                at + "direction",
                "enum",
                "must be one of: inbound, outbound, deposit, withdrawal"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )


def structure_WalletScreeningResult(d: Any) -> WalletScreeningResult:
    """Decode a JSON object into :class:`WalletScreeningResult`."""
    o = _new(WalletScreeningResult)
    vals = o.__dict__
    vals.update(d)
    if _K_WalletScreeningResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WalletScreeningResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_WalletScreeningResult: _Table = (
    ("wallet_address", "wallet_address", None, False),
    ("blockchain", "blockchain", None, False),
    ("risk_score", "risk_score", None, False),
    ("severity", "severity", None, False),
    ("sanctions_hit", "sanctions_hit", None, False),
    (
        "source_of_funds",
        "source_of_funds",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "destination_of_funds",
        "destination_of_funds",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_WalletScreeningResult(o: WalletScreeningResult) -> dict[str, Any]:
    """Encode :class:`WalletScreeningResult` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_WalletScreeningResult)


def structure_EventIngestRequest(d: Any) -> EventIngestRequest:
    """Decode a JSON object into :class:`EventIngestRequest`."""
    o = _new(EventIngestRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_EventIngestRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EventIngestRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_EventIngestRequest: _Table = (
    ("event_type", "event_type", None, True),
    ("event_id", "event_id", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("occurred_at", "occurred_at", None, False),
    (
        "properties",
        "properties",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_EventIngestRequest(o: EventIngestRequest) -> dict[str, Any]:
    """Encode :class:`EventIngestRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_EventIngestRequest)


def validate_EventIngestRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid EventIngestRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "EventIngestRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "event_type" not in d:
        raise DiditValidationError(at + "event_type", "required", "is required")
    v = d.get("event_type")
    if v is None:
        if "event_type" in d:
            raise DiditValidationError(at + "event_type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "event_type", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "event_type", "min_length", "must have at least 1 characters"
            )
    v = d.get("event_id")
    if v is None:
        if "event_id" in d:
            raise DiditValidationError(at + "event_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "event_id", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("occurred_at")
    if v is None:
        if "occurred_at" in d:
            raise DiditValidationError(at + "occurred_at", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "occurred_at", "type", "must be a string, not " + type(v).__name__
            )
        if not is_datetime(v):
            raise DiditValidationError(at + "occurred_at", "format", "must be a valid date-time")
    v = d.get("properties")
    if v is None:
        if "properties" in d:
            raise DiditValidationError(at + "properties", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "properties", "type", "must be an object, not " + type(v).__name__
            )


def structure_EventBatchIngestRequest(d: Any) -> EventBatchIngestRequest:
    """Decode a JSON object into :class:`EventBatchIngestRequest`."""
    v: Any
    o = _new(EventBatchIngestRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_EventBatchIngestRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EventBatchIngestRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "events" in vals:
        v = vals["events"]
        if v and v.__class__ is list:
            vals["events"] = [
                structure_EventIngestRequest(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_EventBatchIngestRequest: _Table = (
    (
        "events",
        "events",
        lambda v: (
            [
                unstructure_EventIngestRequest(x) if isinstance(x, EventIngestRequest) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_EventBatchIngestRequest(o: EventBatchIngestRequest) -> dict[str, Any]:
    """Encode :class:`EventBatchIngestRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_EventBatchIngestRequest)


def validate_EventBatchIngestRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid EventBatchIngestRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "EventBatchIngestRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "events" not in d:
        raise DiditValidationError(at + "events", "required", "is required")
    v = d.get("events")
    if v is None:
        if "events" in d:
            raise DiditValidationError(at + "events", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "events", "type", "must be a list, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(at + "events", "min_items", "must have at least 1 items")
        if len(v) > 1000:
            raise DiditValidationError(at + "events", "max_items", "must have at most 1000 items")
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "events", "type", "must not contain null")
            validate_EventIngestRequest(x0, at + "events" + "[" + str(i0) + "]" + ".")


def structure_IngestedEvent(d: Any) -> IngestedEvent:
    """Decode a JSON object into :class:`IngestedEvent`."""
    o = _new(IngestedEvent)
    vals = o.__dict__
    vals.update(d)
    if _K_IngestedEvent.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IngestedEvent
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_IngestedEvent: _Table = (
    ("uuid", "uuid", None, False),
    ("event_type", "event_type", None, False),
    ("event_id", "event_id", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("occurred_at", "occurred_at", None, False),
    ("created_at", "created_at", None, False),
)


def unstructure_IngestedEvent(o: IngestedEvent) -> dict[str, Any]:
    """Encode :class:`IngestedEvent` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_IngestedEvent)


def structure_EventBatchIngestResponse(d: Any) -> EventBatchIngestResponse:
    """Decode a JSON object into :class:`EventBatchIngestResponse`."""
    v: Any
    o = _new(EventBatchIngestResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_EventBatchIngestResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EventBatchIngestResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_IngestedEvent(x) if x.__class__ is dict else x for x in v]
    return o


_U_EventBatchIngestResponse: _Table = (
    ("accepted", "accepted", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_IngestedEvent(x) if isinstance(x, IngestedEvent) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_EventBatchIngestResponse(o: EventBatchIngestResponse) -> dict[str, Any]:
    """Encode :class:`EventBatchIngestResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_EventBatchIngestResponse)


def structure_ListCreateRequest(d: Any) -> ListCreateRequest:
    """Decode a JSON object into :class:`ListCreateRequest`."""
    v: Any
    o = _new(ListCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_ListCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ListCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "entry_type" in vals:
        v = vals["entry_type"]
        if v.__class__ is str:
            vals["entry_type"] = _M_ListEntryType[v]
    return o


_U_ListCreateRequest: _Table = (
    ("name", "name", None, True),
    ("list_type", "list_type", None, True),
    ("entry_type", "entry_type", lambda v: v.value if isinstance(v, ListEntryType) else v, True),
    ("description", "description", None, False),
)


def unstructure_ListCreateRequest(o: ListCreateRequest) -> dict[str, Any]:
    """Encode :class:`ListCreateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_ListCreateRequest)


def validate_ListCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ListCreateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "ListCreateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "name" not in d:
        raise DiditValidationError(at + "name", "required", "is required")
    v = d.get("name")
    if v is None:
        if "name" in d:
            raise DiditValidationError(at + "name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "name", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(at + "name", "min_length", "must have at least 1 characters")
    if "list_type" not in d:
        raise DiditValidationError(at + "list_type", "required", "is required")
    v = d.get("list_type")
    if v is None:
        if "list_type" in d:
            raise DiditValidationError(at + "list_type", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline22:
            raise DiditValidationError(
                at + "list_type",
                "enum",
                "must be one of: allowlist, custom"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    if "entry_type" not in d:
        raise DiditValidationError(at + "entry_type", "required", "is required")
    v = d.get("entry_type")
    if v is None:
        if "entry_type" in d:
            raise DiditValidationError(at + "entry_type", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_ListEntryType:
            raise DiditValidationError(
                at + "entry_type",
                "enum",
                "must be one of: face, document, phone, email, ip_address, device_fingerprint, wallet_address, bank_account, user, business, country, key"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("description")
    if v is None:
        if "description" in d:
            raise DiditValidationError(at + "description", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "description", "type", "must be a string, not " + type(v).__name__
            )


def structure_ListUpdateRequest(d: Any) -> ListUpdateRequest:
    """Decode a JSON object into :class:`ListUpdateRequest`."""
    o = _new(ListUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_ListUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ListUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_ListUpdateRequest: _Table = (
    ("name", "name", None, False),
    ("description", "description", None, False),
)


def unstructure_ListUpdateRequest(o: ListUpdateRequest) -> dict[str, Any]:
    """Encode :class:`ListUpdateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_ListUpdateRequest)


def validate_ListUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ListUpdateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "ListUpdateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("name")
    if v is None:
        if "name" in d:
            raise DiditValidationError(at + "name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "name", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(at + "name", "min_length", "must have at least 1 characters")
    v = d.get("description")
    if v is None:
        if "description" in d:
            raise DiditValidationError(at + "description", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "description", "type", "must be a string, not " + type(v).__name__
            )


def structure_DiditList(d: Any) -> DiditList:
    """Decode a JSON object into :class:`DiditList`."""
    v: Any
    o = _new(DiditList)
    vals = o.__dict__
    vals.update(d)
    if _K_DiditList.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DiditList
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "list_type" in vals:
        v = vals["list_type"]
        if v.__class__ is str:
            vals["list_type"] = _M_ListType[v]
    if "entry_type" in vals:
        v = vals["entry_type"]
        if v.__class__ is str:
            vals["entry_type"] = _M_ListEntryType[v]
    return o


_U_DiditList: _Table = (
    ("uuid", "uuid", None, True),
    ("name", "name", None, False),
    ("list_type", "list_type", lambda v: v.value if isinstance(v, ListType) else v, False),
    ("entry_type", "entry_type", lambda v: v.value if isinstance(v, ListEntryType) else v, False),
    ("description", "description", None, False),
    ("is_system", "is_system", None, False),
    ("entry_count", "entry_count", None, False),
    ("created_at", "created_at", None, False),
    ("updated_at", "updated_at", None, False),
)


def unstructure_DiditList(o: DiditList) -> dict[str, Any]:
    """Encode :class:`DiditList` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DiditList)


def structure_ListPage(d: Any) -> ListPage:
    """Decode a JSON object into :class:`ListPage`."""
    v: Any
    o = _new(ListPage)
    vals = o.__dict__
    vals.update(d)
    if _K_ListPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ListPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_DiditList(x) if x.__class__ is dict else x for x in v]
    return o


_U_ListPage: _Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_DiditList(x) if isinstance(x, DiditList) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_ListPage(o: ListPage) -> dict[str, Any]:
    """Encode :class:`ListPage` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_ListPage)


def structure_ListEntryCreateRequest(d: Any) -> ListEntryCreateRequest:
    """Decode a JSON object into :class:`ListEntryCreateRequest`."""
    o = _new(ListEntryCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_ListEntryCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ListEntryCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_ListEntryCreateRequest: _Table = (
    ("value", "value", None, False),
    ("reference_session_id", "reference_session_id", None, False),
    ("reference_object_uuid", "reference_object_uuid", None, False),
    ("display_label", "display_label", None, False),
    ("comment", "comment", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_ListEntryCreateRequest(o: ListEntryCreateRequest) -> dict[str, Any]:
    """Encode :class:`ListEntryCreateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_ListEntryCreateRequest)


def validate_ListEntryCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ListEntryCreateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "ListEntryCreateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("value")
    if v is None:
        if "value" in d:
            raise DiditValidationError(at + "value", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "value", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "value", "min_length", "must have at least 1 characters"
            )
    v = d.get("reference_session_id")
    if v is None:
        if "reference_session_id" in d:
            raise DiditValidationError(at + "reference_session_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "reference_session_id", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uuid(v):
            raise DiditValidationError(
                at + "reference_session_id", "format", "must be a valid uuid"
            )
    v = d.get("reference_object_uuid")
    if v is None:
        if "reference_object_uuid" in d:
            raise DiditValidationError(at + "reference_object_uuid", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "reference_object_uuid", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("display_label")
    if v is None:
        if "display_label" in d:
            raise DiditValidationError(at + "display_label", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "display_label", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("comment")
    if v is None:
        if "comment" in d:
            raise DiditValidationError(at + "comment", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "comment", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("metadata")
    if v is None:
        if "metadata" in d:
            raise DiditValidationError(at + "metadata", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "metadata", "type", "must be an object, not " + type(v).__name__
            )


def structure_ListFaceUploadRequest(d: Any) -> ListFaceUploadRequest:
    """Decode a JSON object into :class:`ListFaceUploadRequest`."""
    o = _new(ListFaceUploadRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_ListFaceUploadRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ListFaceUploadRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_ListFaceUploadRequest: _Table = (
    ("image", "image", None, True),
    ("display_label", "display_label", None, False),
    ("comment", "comment", None, False),
)


def unstructure_ListFaceUploadRequest(o: ListFaceUploadRequest) -> dict[str, Any]:
    """Encode :class:`ListFaceUploadRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_ListFaceUploadRequest)


def validate_ListFaceUploadRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid ListFaceUploadRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "ListFaceUploadRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "image" not in d:
        raise DiditValidationError(at + "image", "required", "is required")
    v = d.get("image")
    if v is None:
        if "image" in d:
            raise DiditValidationError(at + "image", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "image", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "image", "min_length", "must have at least 1 characters"
            )
    v = d.get("display_label")
    if v is None:
        if "display_label" in d:
            raise DiditValidationError(at + "display_label", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "display_label", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("comment")
    if v is None:
        if "comment" in d:
            raise DiditValidationError(at + "comment", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "comment", "type", "must be a string, not " + type(v).__name__
            )


def structure_ListEntry(d: Any) -> ListEntry:
    """Decode a JSON object into :class:`ListEntry`."""
    o = _new(ListEntry)
    vals = o.__dict__
    vals.update(d)
    if _K_ListEntry.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ListEntry
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_ListEntry: _Table = (
    ("uuid", "uuid", None, True),
    ("list_uuid", "list_uuid", None, False),
    ("entry_type", "entry_type", None, False),
    ("value", "value", None, False),
    ("display_label", "display_label", None, False),
    ("comment", "comment", None, False),
    ("reference_session_id", "reference_session_id", None, False),
    ("reference_object_uuid", "reference_object_uuid", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_ListEntry(o: ListEntry) -> dict[str, Any]:
    """Encode :class:`ListEntry` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_ListEntry)


def structure_ListEntryPage(d: Any) -> ListEntryPage:
    """Decode a JSON object into :class:`ListEntryPage`."""
    v: Any
    o = _new(ListEntryPage)
    vals = o.__dict__
    vals.update(d)
    if _K_ListEntryPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ListEntryPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_ListEntry(x) if x.__class__ is dict else x for x in v]
    return o


_U_ListEntryPage: _Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_ListEntry(x) if isinstance(x, ListEntry) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_ListEntryPage(o: ListEntryPage) -> dict[str, Any]:
    """Encode :class:`ListEntryPage` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_ListEntryPage)


def structure_CustomizationUpdateRequest(d: Any) -> CustomizationUpdateRequest:
    """Decode a JSON object into :class:`CustomizationUpdateRequest`."""
    o = _new(CustomizationUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CustomizationUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CustomizationUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_CustomizationUpdateRequest: _Table = (
    ("image_square", "image_square", None, False),
    ("image_rectangular", "image_rectangular", None, False),
    ("image_favicon", "image_favicon", None, False),
)


def unstructure_CustomizationUpdateRequest(o: CustomizationUpdateRequest) -> dict[str, Any]:
    """Encode :class:`CustomizationUpdateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_CustomizationUpdateRequest)


def validate_CustomizationUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CustomizationUpdateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "CustomizationUpdateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("image_square")
    if v is None:
        if "image_square" in d:
            raise DiditValidationError(at + "image_square", "type", "must not be null")
    else:
        check_file(v, at + "image_square", 5242880)
    v = d.get("image_rectangular")
    if v is None:
        if "image_rectangular" in d:
            raise DiditValidationError(at + "image_rectangular", "type", "must not be null")
    else:
        check_file(v, at + "image_rectangular", 5242880)
    v = d.get("image_favicon")
    if v is None:
        if "image_favicon" in d:
            raise DiditValidationError(at + "image_favicon", "type", "must not be null")
    else:
        check_file(v, at + "image_favicon", 5242880)


def structure_Customization(d: Any) -> Customization:
    """Decode a JSON object into :class:`Customization`."""
    o = _new(Customization)
    vals = o.__dict__
    vals.update(d)
    if _K_Customization.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_Customization
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_Customization: _Table = (
    ("image_square", "image_square", None, False),
    ("image_rectangular", "image_rectangular", None, False),
    ("image_favicon", "image_favicon", None, False),
    ("primary_color", "primary_color", None, False),
    ("updated_at", "updated_at", None, False),
)


def unstructure_Customization(o: Customization) -> dict[str, Any]:
    """Encode :class:`Customization` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_Customization)


def structure_RiskSignals(d: Any) -> RiskSignals:
    """Decode a JSON object into :class:`RiskSignals`."""
    o = _new(RiskSignals)
    vals = o.__dict__
    vals.update(d)
    if _K_RiskSignals.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RiskSignals
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_RiskSignals: _Table = (
    ("ip", "ip", None, False),
    ("device_id", "device_id", None, False),
    ("device_platform", "device_platform", None, False),
    ("device_model", "device_model", None, False),
    ("os_version", "os_version", None, False),
    ("app_version", "app_version", None, False),
    ("user_agent", "user_agent", None, False),
)


def unstructure_RiskSignals(o: RiskSignals) -> dict[str, Any]:
    """Encode :class:`RiskSignals` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_RiskSignals)


def validate_RiskSignals(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid RiskSignals."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "RiskSignals", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    v = d.get("ip")
    if v is None:
        if "ip" in d:
            raise DiditValidationError(at + "ip", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "ip", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("device_id")
    if v is None:
        if "device_id" in d:
            raise DiditValidationError(at + "device_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "device_id", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 255:
            raise DiditValidationError(
                at + "device_id", "max_length", "must have at most 255 characters"
            )
    v = d.get("device_platform")
    if v is None:
        if "device_platform" in d:
            raise DiditValidationError(at + "device_platform", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline12:
            raise DiditValidationError(
                at + "device_platform",
                "enum",
                "must be one of: android, ios, ipados, tvos, web"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("device_model")
    if v is None:
        if "device_model" in d:
            raise DiditValidationError(at + "device_model", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "device_model", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 255:
            raise DiditValidationError(
                at + "device_model", "max_length", "must have at most 255 characters"
            )
    v = d.get("os_version")
    if v is None:
        if "os_version" in d:
            raise DiditValidationError(at + "os_version", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "os_version", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 64:
            raise DiditValidationError(
                at + "os_version", "max_length", "must have at most 64 characters"
            )
    v = d.get("app_version")
    if v is None:
        if "app_version" in d:
            raise DiditValidationError(at + "app_version", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "app_version", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 64:
            raise DiditValidationError(
                at + "app_version", "max_length", "must have at most 64 characters"
            )
    v = d.get("user_agent")
    if v is None:
        if "user_agent" in d:
            raise DiditValidationError(at + "user_agent", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "user_agent", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 512:
            raise DiditValidationError(
                at + "user_agent", "max_length", "must have at most 512 characters"
            )


def structure_EmailRiskRequest(d: Any) -> EmailRiskRequest:
    """Decode a JSON object into :class:`EmailRiskRequest`."""
    v: Any
    o = _new(EmailRiskRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailRiskRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailRiskRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "signals" in vals:
        v = vals["signals"]
        if v.__class__ is dict:
            vals["signals"] = structure_RiskSignals(v)
    return o


_U_EmailRiskRequest: _Table = (
    ("email", "email", None, True),
    ("country_code", "country_code", None, False),
    (
        "signals",
        "signals",
        lambda v: unstructure_RiskSignals(v) if isinstance(v, RiskSignals) else v,
        False,
    ),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
    ("enable_social", "enable_social", None, False),
)


def unstructure_EmailRiskRequest(o: EmailRiskRequest) -> dict[str, Any]:
    """Encode :class:`EmailRiskRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_EmailRiskRequest)


def validate_EmailRiskRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid EmailRiskRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "EmailRiskRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "email" not in d:
        raise DiditValidationError(at + "email", "required", "is required")
    v = d.get("email")
    if v is None:
        if "email" in d:
            raise DiditValidationError(at + "email", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "email", "type", "must be a string, not " + type(v).__name__
            )
        if not is_email(v):
            raise DiditValidationError(at + "email", "format", "must be a valid email")
    v = d.get("country_code")
    if v is None:
        if "country_code" in d:
            raise DiditValidationError(at + "country_code", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "country_code", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 3:
            raise DiditValidationError(
                at + "country_code", "max_length", "must have at most 3 characters"
            )
    v = d.get("signals")
    if v is None:
        if "signals" in d:
            raise DiditValidationError(at + "signals", "type", "must not be null")
    else:
        validate_RiskSignals(v, at + "signals" + ".")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("metadata")
    if v is not None:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "metadata", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("enable_social")
    if v is None:
        if "enable_social" in d:
            raise DiditValidationError(at + "enable_social", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "enable_social", "type", "must be true or false, not " + type(v).__name__
            )


def structure_EmailRiskReportBreach(d: Any) -> EmailRiskReportBreach:
    """Decode a JSON object into :class:`EmailRiskReportBreach`."""
    o = _new(EmailRiskReportBreach)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailRiskReportBreach.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailRiskReportBreach
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_EmailRiskReportBreach: _Table = (
    ("name", "name", None, False),
    ("domain", "domain", None, False),
    ("breach_date", "breach_date", None, False),
    ("breach_emails_count", "breach_emails_count", None, False),
    ("description", "description", None, False),
    ("logo_path", "logo_path", None, False),
    ("data_classes", "data_classes", None, False),
    ("is_verified", "is_verified", None, False),
)


def unstructure_EmailRiskReportBreach(o: EmailRiskReportBreach) -> dict[str, Any]:
    """Encode :class:`EmailRiskReportBreach` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_EmailRiskReportBreach)


def structure_RiskWarning(d: Any) -> RiskWarning:
    """Decode a JSON object into :class:`RiskWarning`."""
    o = _new(RiskWarning)
    vals = o.__dict__
    vals.update(d)
    if _K_RiskWarning.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RiskWarning
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_RiskWarning: _Table = (
    ("feature", "feature", None, True),
    ("risk", "risk", None, True),
    (
        "additional_data",
        "additional_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("log_type", "log_type", None, True),
    ("short_description", "short_description", None, True),
    ("long_description", "long_description", None, True),
)


def unstructure_RiskWarning(o: RiskWarning) -> dict[str, Any]:
    """Encode :class:`RiskWarning` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_RiskWarning)


def structure_RiskLifecycleEvent(d: Any) -> RiskLifecycleEvent:
    """Decode a JSON object into :class:`RiskLifecycleEvent`."""
    o = _new(RiskLifecycleEvent)
    vals = o.__dict__
    vals.update(d)
    if _K_RiskLifecycleEvent.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RiskLifecycleEvent
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_RiskLifecycleEvent: _Table = (
    ("type", "type", None, True),
    ("timestamp", "timestamp", None, True),
    (
        "details",
        "details",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
    ("fee", "fee", None, True),
)


def unstructure_RiskLifecycleEvent(o: RiskLifecycleEvent) -> dict[str, Any]:
    """Encode :class:`RiskLifecycleEvent` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_RiskLifecycleEvent)


def structure_EmailRiskMatch(d: Any) -> EmailRiskMatch:
    """Decode a JSON object into :class:`EmailRiskMatch`."""
    o = _new(EmailRiskMatch)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailRiskMatch.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailRiskMatch
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_EmailRiskMatch: _Table = (
    ("session_id", "session_id", None, False),
    ("session_number", "session_number", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("verification_date", "verification_date", None, False),
    ("email", "email", None, False),
    ("status", "status", None, False),
    ("is_blocklisted", "is_blocklisted", None, False),
    ("api_service", "api_service", None, False),
    ("source", "source", None, False),
)


def unstructure_EmailRiskMatch(o: EmailRiskMatch) -> dict[str, Any]:
    """Encode :class:`EmailRiskMatch` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_EmailRiskMatch)


def structure_EmailRiskIntelligence(d: Any) -> EmailRiskIntelligence:
    """Decode a JSON object into :class:`EmailRiskIntelligence`."""
    o = _new(EmailRiskIntelligence)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailRiskIntelligence.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailRiskIntelligence
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_EmailRiskIntelligence: _Table = (
    ("score", "score", None, False),
    ("deliverable", "deliverable", None, False),
    ("breach_risk_level", "breach_risk_level", None, False),
    ("breach_risk_index", "breach_risk_index", None, False),
    ("is_recent_breach", "is_recent_breach", None, False),
    ("is_frequent_breached", "is_frequent_breached", None, False),
    ("is_disposable", "is_disposable", None, False),
    ("is_free_domain", "is_free_domain", None, False),
    ("is_breached", "is_breached", None, False),
    ("no_of_breaches", "no_of_breaches", None, False),
    ("reason_codes", "reason_codes", None, False),
)


def unstructure_EmailRiskIntelligence(o: EmailRiskIntelligence) -> dict[str, Any]:
    """Encode :class:`EmailRiskIntelligence` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_EmailRiskIntelligence)


def structure_RiskSocialFootprintPlatform(d: Any) -> RiskSocialFootprintPlatform:
    """Decode a JSON object into :class:`RiskSocialFootprintPlatform`."""
    o = _new(RiskSocialFootprintPlatform)
    vals = o.__dict__
    vals.update(d)
    if _K_RiskSocialFootprintPlatform.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RiskSocialFootprintPlatform
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_RiskSocialFootprintPlatform: _Table = (
    ("platform", "platform", None, False),
    ("category", "category", None, False),
    ("scope", "scope", None, False),
)


def unstructure_RiskSocialFootprintPlatform(o: RiskSocialFootprintPlatform) -> dict[str, Any]:
    """Encode :class:`RiskSocialFootprintPlatform` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_RiskSocialFootprintPlatform)


def structure_RiskSocialFootprintCategory(d: Any) -> RiskSocialFootprintCategory:
    """Decode a JSON object into :class:`RiskSocialFootprintCategory`."""
    o = _new(RiskSocialFootprintCategory)
    vals = o.__dict__
    vals.update(d)
    if _K_RiskSocialFootprintCategory.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RiskSocialFootprintCategory
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_RiskSocialFootprintCategory: _Table = (
    ("registered", "registered", None, False),
    ("ratio", "ratio", None, False),
)


def unstructure_RiskSocialFootprintCategory(o: RiskSocialFootprintCategory) -> dict[str, Any]:
    """Encode :class:`RiskSocialFootprintCategory` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_RiskSocialFootprintCategory)


def structure_RiskSocialFootprintProfile(d: Any) -> RiskSocialFootprintProfile:
    """Decode a JSON object into :class:`RiskSocialFootprintProfile`."""
    o = _new(RiskSocialFootprintProfile)
    vals = o.__dict__
    vals.update(d)
    if _K_RiskSocialFootprintProfile.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RiskSocialFootprintProfile
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_RiskSocialFootprintProfile: _Table = (
    ("name", "name", None, False),
    ("photo", "photo", None, False),
    ("about", "about", None, False),
    ("privacy_status", "privacy_status", None, False),
    ("business_account", "business_account", None, False),
)


def unstructure_RiskSocialFootprintProfile(o: RiskSocialFootprintProfile) -> dict[str, Any]:
    """Encode :class:`RiskSocialFootprintProfile` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_RiskSocialFootprintProfile)


def structure_EmailRiskSocialFootprint(d: Any) -> EmailRiskSocialFootprint:
    """Decode a JSON object into :class:`EmailRiskSocialFootprint`."""
    v: Any
    o = _new(EmailRiskSocialFootprint)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailRiskSocialFootprint.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailRiskSocialFootprint
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "registered_platforms" in vals:
        v = vals["registered_platforms"]
        if v and v.__class__ is list:
            vals["registered_platforms"] = [
                structure_RiskSocialFootprintPlatform(x) if x.__class__ is dict else x for x in v
            ]
    if "not_registered_platforms" in vals:
        v = vals["not_registered_platforms"]
        if v and v.__class__ is list:
            vals["not_registered_platforms"] = [
                structure_RiskSocialFootprintPlatform(x) if x.__class__ is dict else x for x in v
            ]
    if "categories" in vals:
        v = vals["categories"]
        if v and v.__class__ is dict:
            vals["categories"] = {
                k: structure_RiskSocialFootprintCategory(x) if x.__class__ is dict else x
                for k, x in v.items()
            }
    if "profiles" in vals:
        v = vals["profiles"]
        if v and v.__class__ is dict:
            vals["profiles"] = {
                k: structure_RiskSocialFootprintProfile(x) if x.__class__ is dict else x
                for k, x in v.items()
            }
    return o


_U_EmailRiskSocialFootprint: _Table = (
    ("profiles_registered", "profiles_registered", None, False),
    ("profiles_checked", "profiles_checked", None, False),
    ("names_found", "names_found", None, False),
    ("photos_found", "photos_found", None, False),
    ("communication_breadth", "communication_breadth", None, False),
    ("digital_footprint_diversity", "digital_footprint_diversity", None, False),
    ("digital_sophistication_index", "digital_sophistication_index", None, False),
    ("engagement_depth_index", "engagement_depth_index", None, False),
    ("subscription_affordability_index", "subscription_affordability_index", None, False),
    ("free_platforms", "free_platforms", None, False),
    ("full_paid_platforms", "full_paid_platforms", None, False),
    ("partial_paid_platforms", "partial_paid_platforms", None, False),
    ("whatsapp_profile_completeness", "whatsapp_profile_completeness", None, False),
    (
        "registered_platforms",
        "registered_platforms",
        lambda v: (
            [
                unstructure_RiskSocialFootprintPlatform(x)
                if isinstance(x, RiskSocialFootprintPlatform)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "not_registered_platforms",
        "not_registered_platforms",
        lambda v: (
            [
                unstructure_RiskSocialFootprintPlatform(x)
                if isinstance(x, RiskSocialFootprintPlatform)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "categories",
        "categories",
        lambda v: (
            {
                k: unstructure_RiskSocialFootprintCategory(x)
                if isinstance(x, RiskSocialFootprintCategory)
                else x
                for k, x in v.items()
            }
            if isinstance(v, Mapping)
            else v
        ),
        False,
    ),
    (
        "profiles",
        "profiles",
        lambda v: (
            {
                k: unstructure_RiskSocialFootprintProfile(x)
                if isinstance(x, RiskSocialFootprintProfile)
                else x
                for k, x in v.items()
            }
            if isinstance(v, Mapping)
            else v
        ),
        False,
    ),
)


def unstructure_EmailRiskSocialFootprint(o: EmailRiskSocialFootprint) -> dict[str, Any]:
    """Encode :class:`EmailRiskSocialFootprint` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_EmailRiskSocialFootprint)


def structure_EmailRiskReport(d: Any) -> EmailRiskReport:
    """Decode a JSON object into :class:`EmailRiskReport`."""
    v: Any
    o = _new(EmailRiskReport)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailRiskReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailRiskReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "breaches" in vals:
        v = vals["breaches"]
        if v and v.__class__ is list:
            vals["breaches"] = [
                structure_EmailRiskReportBreach(x) if x.__class__ is dict else x for x in v
            ]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_RiskWarning(x) if x.__class__ is dict else x for x in v]
    if "lifecycle" in vals:
        v = vals["lifecycle"]
        if v and v.__class__ is list:
            vals["lifecycle"] = [
                structure_RiskLifecycleEvent(x) if x.__class__ is dict else x for x in v
            ]
    if "matches" in vals:
        v = vals["matches"]
        if v and v.__class__ is list:
            vals["matches"] = [structure_EmailRiskMatch(x) if x.__class__ is dict else x for x in v]
    if "email_intelligence" in vals:
        v = vals["email_intelligence"]
        if v.__class__ is dict:
            vals["email_intelligence"] = structure_EmailRiskIntelligence(v)
    if "enrichment" in vals:
        v = vals["enrichment"]
        if v.__class__ is dict:
            vals["enrichment"] = structure_EmailRiskIntelligence(v)
    if "email_social" in vals:
        v = vals["email_social"]
        if v.__class__ is dict:
            vals["email_social"] = structure_EmailRiskSocialFootprint(v)
    return o


_U_EmailRiskReport: _Table = (
    ("status", "status", None, True),
    ("email", "email", None, True),
    ("is_breached", "is_breached", None, True),
    (
        "breaches",
        "breaches",
        lambda v: (
            [
                unstructure_EmailRiskReportBreach(x) if isinstance(x, EmailRiskReportBreach) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
    ("is_disposable", "is_disposable", None, True),
    ("is_undeliverable", "is_undeliverable", None, True),
    ("verification_attempts", "verification_attempts", None, False),
    ("verified_at", "verified_at", None, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_RiskWarning(x) if isinstance(x, RiskWarning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "lifecycle",
        "lifecycle",
        lambda v: (
            [
                unstructure_RiskLifecycleEvent(x) if isinstance(x, RiskLifecycleEvent) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "matches",
        "matches",
        lambda v: (
            [unstructure_EmailRiskMatch(x) if isinstance(x, EmailRiskMatch) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "email_intelligence",
        "email_intelligence",
        lambda v: (
            unstructure_EmailRiskIntelligence(v) if isinstance(v, EmailRiskIntelligence) else v
        ),
        False,
    ),
    (
        "enrichment",
        "enrichment",
        lambda v: (
            unstructure_EmailRiskIntelligence(v) if isinstance(v, EmailRiskIntelligence) else v
        ),
        False,
    ),
    (
        "email_social",
        "email_social",
        lambda v: (
            unstructure_EmailRiskSocialFootprint(v)
            if isinstance(v, EmailRiskSocialFootprint)
            else v
        ),
        False,
    ),
)


def unstructure_EmailRiskReport(o: EmailRiskReport) -> dict[str, Any]:
    """Encode :class:`EmailRiskReport` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_EmailRiskReport)


def structure_EmailRiskResponse(d: Any) -> EmailRiskResponse:
    """Decode a JSON object into :class:`EmailRiskResponse`."""
    v: Any
    o = _new(EmailRiskResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailRiskResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailRiskResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "email" in vals:
        v = vals["email"]
        if v.__class__ is dict:
            vals["email"] = structure_EmailRiskReport(v)
    return o


_U_EmailRiskResponse: _Table = (
    ("request_id", "request_id", None, True),
    ("status", "status", None, True),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, True),
    (
        "email",
        "email",
        lambda v: unstructure_EmailRiskReport(v) if isinstance(v, EmailRiskReport) else v,
        False,
    ),
)


def unstructure_EmailRiskResponse(o: EmailRiskResponse) -> dict[str, Any]:
    """Encode :class:`EmailRiskResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_EmailRiskResponse)


def structure_IpRiskRequest(d: Any) -> IpRiskRequest:
    """Decode a JSON object into :class:`IpRiskRequest`."""
    o = _new(IpRiskRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_IpRiskRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IpRiskRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_IpRiskRequest: _Table = (
    ("ip_address", "ip_address", None, True),
    ("claimed_country", "claimed_country", None, False),
    ("user_agent", "user_agent", None, False),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
)


def unstructure_IpRiskRequest(o: IpRiskRequest) -> dict[str, Any]:
    """Encode :class:`IpRiskRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_IpRiskRequest)


def validate_IpRiskRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid IpRiskRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "IpRiskRequest", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    if "ip_address" not in d:
        raise DiditValidationError(at + "ip_address", "required", "is required")
    v = d.get("ip_address")
    if v is None:
        if "ip_address" in d:
            raise DiditValidationError(at + "ip_address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "ip_address", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("claimed_country")
    if v is None:
        if "claimed_country" in d:
            raise DiditValidationError(at + "claimed_country", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "claimed_country", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 3:
            raise DiditValidationError(
                at + "claimed_country", "max_length", "must have at most 3 characters"
            )
    v = d.get("user_agent")
    if v is None:
        if "user_agent" in d:
            raise DiditValidationError(at + "user_agent", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "user_agent", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 512:
            raise DiditValidationError(
                at + "user_agent", "max_length", "must have at most 512 characters"
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("metadata")
    if v is not None:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "metadata", "type", "must be an object, not " + type(v).__name__
            )


def structure_IpRiskReport(d: Any) -> IpRiskReport:
    """Decode a JSON object into :class:`IpRiskReport`."""
    o = _new(IpRiskReport)
    vals = o.__dict__
    vals.update(d)
    if _K_IpRiskReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IpRiskReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_IpRiskReport: _Table = (
    ("status", "status", None, True),
    ("ip_address", "ip_address", None, False),
    ("ip_country", "ip_country", None, False),
    ("ip_country_code", "ip_country_code", None, False),
    ("ip_state", "ip_state", None, False),
    ("ip_city", "ip_city", None, False),
    ("latitude", "latitude", None, False),
    ("longitude", "longitude", None, False),
    ("isp", "isp", None, False),
    ("organization", "organization", None, False),
    ("is_vpn_or_tor", "is_vpn_or_tor", None, False),
    ("is_data_center", "is_data_center", None, False),
    ("time_zone", "time_zone", None, False),
    ("time_zone_offset", "time_zone_offset", None, False),
    ("asn_number", "asn_number", None, False),
    ("asn_organization", "asn_organization", None, False),
    ("connection_type", "connection_type", None, False),
    ("carrier", "carrier", None, False),
    ("proxy_type", "proxy_type", None, False),
    ("claimed_country", "claimed_country", None, False),
    ("country_mismatch", "country_mismatch", None, False),
    (
        "threat",
        "threat",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
)


def unstructure_IpRiskReport(o: IpRiskReport) -> dict[str, Any]:
    """Encode :class:`IpRiskReport` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_IpRiskReport)


def structure_IpRiskResponse(d: Any) -> IpRiskResponse:
    """Decode a JSON object into :class:`IpRiskResponse`."""
    v: Any
    o = _new(IpRiskResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_IpRiskResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IpRiskResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "ip" in vals:
        v = vals["ip"]
        if v.__class__ is dict:
            vals["ip"] = structure_IpRiskReport(v)
    return o


_U_IpRiskResponse: _Table = (
    ("request_id", "request_id", None, True),
    ("status", "status", None, True),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, True),
    (
        "ip",
        "ip",
        lambda v: unstructure_IpRiskReport(v) if isinstance(v, IpRiskReport) else v,
        False,
    ),
)


def unstructure_IpRiskResponse(o: IpRiskResponse) -> dict[str, Any]:
    """Encode :class:`IpRiskResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_IpRiskResponse)


def structure_PhoneRiskRequest(d: Any) -> PhoneRiskRequest:
    """Decode a JSON object into :class:`PhoneRiskRequest`."""
    v: Any
    o = _new(PhoneRiskRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneRiskRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneRiskRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "signals" in vals:
        v = vals["signals"]
        if v.__class__ is dict:
            vals["signals"] = structure_RiskSignals(v)
    return o


_U_PhoneRiskRequest: _Table = (
    ("phone_number", "phone_number", None, True),
    ("country_code", "country_code", None, False),
    (
        "signals",
        "signals",
        lambda v: unstructure_RiskSignals(v) if isinstance(v, RiskSignals) else v,
        False,
    ),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
    ("enable_social", "enable_social", None, False),
)


def unstructure_PhoneRiskRequest(o: PhoneRiskRequest) -> dict[str, Any]:
    """Encode :class:`PhoneRiskRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_PhoneRiskRequest)


def validate_PhoneRiskRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid PhoneRiskRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "PhoneRiskRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "phone_number" not in d:
        raise DiditValidationError(at + "phone_number", "required", "is required")
    v = d.get("phone_number")
    if v is None:
        if "phone_number" in d:
            raise DiditValidationError(at + "phone_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "phone_number", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 20:
            raise DiditValidationError(
                at + "phone_number", "max_length", "must have at most 20 characters"
            )
    v = d.get("country_code")
    if v is None:
        if "country_code" in d:
            raise DiditValidationError(at + "country_code", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "country_code", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 3:
            raise DiditValidationError(
                at + "country_code", "max_length", "must have at most 3 characters"
            )
    v = d.get("signals")
    if v is None:
        if "signals" in d:
            raise DiditValidationError(at + "signals", "type", "must not be null")
    else:
        validate_RiskSignals(v, at + "signals" + ".")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("metadata")
    if v is not None:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "metadata", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("enable_social")
    if v is None:
        if "enable_social" in d:
            raise DiditValidationError(at + "enable_social", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "enable_social", "type", "must be true or false, not " + type(v).__name__
            )


def structure_PhoneRiskReportCarrier(d: Any) -> PhoneRiskReportCarrier:
    """Decode a JSON object into :class:`PhoneRiskReportCarrier`."""
    o = _new(PhoneRiskReportCarrier)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneRiskReportCarrier.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneRiskReportCarrier
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_PhoneRiskReportCarrier: _Table = (
    ("name", "name", None, False),
    ("type", "type", None, False),
)


def unstructure_PhoneRiskReportCarrier(o: PhoneRiskReportCarrier) -> dict[str, Any]:
    """Encode :class:`PhoneRiskReportCarrier` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_PhoneRiskReportCarrier)


def structure_PhoneRiskMatch(d: Any) -> PhoneRiskMatch:
    """Decode a JSON object into :class:`PhoneRiskMatch`."""
    o = _new(PhoneRiskMatch)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneRiskMatch.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneRiskMatch
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_PhoneRiskMatch: _Table = (
    ("session_id", "session_id", None, False),
    ("session_number", "session_number", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("verification_date", "verification_date", None, False),
    ("phone_number", "phone_number", None, False),
    ("status", "status", None, False),
    ("is_blocklisted", "is_blocklisted", None, False),
    ("api_service", "api_service", None, False),
    ("source", "source", None, False),
)


def unstructure_PhoneRiskMatch(o: PhoneRiskMatch) -> dict[str, Any]:
    """Encode :class:`PhoneRiskMatch` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_PhoneRiskMatch)


def structure_PhoneRiskIntelligence(d: Any) -> PhoneRiskIntelligence:
    """Decode a JSON object into :class:`PhoneRiskIntelligence`."""
    o = _new(PhoneRiskIntelligence)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneRiskIntelligence.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneRiskIntelligence
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_PhoneRiskIntelligence: _Table = (
    ("score", "score", None, False),
    ("phone_type_risk", "phone_type_risk", None, False),
    ("phone_trust_index", "phone_trust_index", None, False),
    ("network_stability_index", "network_stability_index", None, False),
    ("is_disposable", "is_disposable", None, False),
    ("is_ported", "is_ported", None, False),
    ("is_recently_ported", "is_recently_ported", None, False),
    ("carrier_type", "carrier_type", None, False),
    ("reason_codes", "reason_codes", None, False),
)


def unstructure_PhoneRiskIntelligence(o: PhoneRiskIntelligence) -> dict[str, Any]:
    """Encode :class:`PhoneRiskIntelligence` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_PhoneRiskIntelligence)


def structure_PhoneRiskSocialFootprint(d: Any) -> PhoneRiskSocialFootprint:
    """Decode a JSON object into :class:`PhoneRiskSocialFootprint`."""
    v: Any
    o = _new(PhoneRiskSocialFootprint)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneRiskSocialFootprint.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneRiskSocialFootprint
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "registered_platforms" in vals:
        v = vals["registered_platforms"]
        if v and v.__class__ is list:
            vals["registered_platforms"] = [
                structure_RiskSocialFootprintPlatform(x) if x.__class__ is dict else x for x in v
            ]
    if "not_registered_platforms" in vals:
        v = vals["not_registered_platforms"]
        if v and v.__class__ is list:
            vals["not_registered_platforms"] = [
                structure_RiskSocialFootprintPlatform(x) if x.__class__ is dict else x for x in v
            ]
    if "categories" in vals:
        v = vals["categories"]
        if v and v.__class__ is dict:
            vals["categories"] = {
                k: structure_RiskSocialFootprintCategory(x) if x.__class__ is dict else x
                for k, x in v.items()
            }
    if "profiles" in vals:
        v = vals["profiles"]
        if v and v.__class__ is dict:
            vals["profiles"] = {
                k: structure_RiskSocialFootprintProfile(x) if x.__class__ is dict else x
                for k, x in v.items()
            }
    return o


_U_PhoneRiskSocialFootprint: _Table = (
    ("profiles_registered", "profiles_registered", None, False),
    ("profiles_checked", "profiles_checked", None, False),
    ("names_found", "names_found", None, False),
    ("photos_found", "photos_found", None, False),
    ("communication_breadth", "communication_breadth", None, False),
    ("digital_footprint_diversity", "digital_footprint_diversity", None, False),
    ("digital_sophistication_index", "digital_sophistication_index", None, False),
    ("engagement_depth_index", "engagement_depth_index", None, False),
    ("subscription_affordability_index", "subscription_affordability_index", None, False),
    ("free_platforms", "free_platforms", None, False),
    ("full_paid_platforms", "full_paid_platforms", None, False),
    ("partial_paid_platforms", "partial_paid_platforms", None, False),
    ("whatsapp_profile_completeness", "whatsapp_profile_completeness", None, False),
    (
        "registered_platforms",
        "registered_platforms",
        lambda v: (
            [
                unstructure_RiskSocialFootprintPlatform(x)
                if isinstance(x, RiskSocialFootprintPlatform)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "not_registered_platforms",
        "not_registered_platforms",
        lambda v: (
            [
                unstructure_RiskSocialFootprintPlatform(x)
                if isinstance(x, RiskSocialFootprintPlatform)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "categories",
        "categories",
        lambda v: (
            {
                k: unstructure_RiskSocialFootprintCategory(x)
                if isinstance(x, RiskSocialFootprintCategory)
                else x
                for k, x in v.items()
            }
            if isinstance(v, Mapping)
            else v
        ),
        False,
    ),
    (
        "profiles",
        "profiles",
        lambda v: (
            {
                k: unstructure_RiskSocialFootprintProfile(x)
                if isinstance(x, RiskSocialFootprintProfile)
                else x
                for k, x in v.items()
            }
            if isinstance(v, Mapping)
            else v
        ),
        False,
    ),
)


def unstructure_PhoneRiskSocialFootprint(o: PhoneRiskSocialFootprint) -> dict[str, Any]:
    """Encode :class:`PhoneRiskSocialFootprint` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_PhoneRiskSocialFootprint)


def structure_PhoneRiskReport(d: Any) -> PhoneRiskReport:
    """Decode a JSON object into :class:`PhoneRiskReport`."""
    v: Any
    o = _new(PhoneRiskReport)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneRiskReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneRiskReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "carrier" in vals:
        v = vals["carrier"]
        if v.__class__ is dict:
            vals["carrier"] = structure_PhoneRiskReportCarrier(v)
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_RiskWarning(x) if x.__class__ is dict else x for x in v]
    if "lifecycle" in vals:
        v = vals["lifecycle"]
        if v and v.__class__ is list:
            vals["lifecycle"] = [
                structure_RiskLifecycleEvent(x) if x.__class__ is dict else x for x in v
            ]
    if "matches" in vals:
        v = vals["matches"]
        if v and v.__class__ is list:
            vals["matches"] = [structure_PhoneRiskMatch(x) if x.__class__ is dict else x for x in v]
    if "phone_intelligence" in vals:
        v = vals["phone_intelligence"]
        if v.__class__ is dict:
            vals["phone_intelligence"] = structure_PhoneRiskIntelligence(v)
    if "enrichment" in vals:
        v = vals["enrichment"]
        if v.__class__ is dict:
            vals["enrichment"] = structure_PhoneRiskIntelligence(v)
    if "phone_social" in vals:
        v = vals["phone_social"]
        if v.__class__ is dict:
            vals["phone_social"] = structure_PhoneRiskSocialFootprint(v)
    return o


_U_PhoneRiskReport: _Table = (
    ("status", "status", None, True),
    ("phone_number_prefix", "phone_number_prefix", None, False),
    ("phone_number", "phone_number", None, False),
    ("full_number", "full_number", None, False),
    ("country_code", "country_code", None, False),
    ("country_name", "country_name", None, False),
    (
        "carrier",
        "carrier",
        lambda v: (
            unstructure_PhoneRiskReportCarrier(v) if isinstance(v, PhoneRiskReportCarrier) else v
        ),
        False,
    ),
    ("is_disposable", "is_disposable", None, False),
    ("is_virtual", "is_virtual", None, False),
    ("verification_method", "verification_method", None, False),
    ("verification_attempts", "verification_attempts", None, False),
    ("verified_at", "verified_at", None, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_RiskWarning(x) if isinstance(x, RiskWarning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "lifecycle",
        "lifecycle",
        lambda v: (
            [
                unstructure_RiskLifecycleEvent(x) if isinstance(x, RiskLifecycleEvent) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "matches",
        "matches",
        lambda v: (
            [unstructure_PhoneRiskMatch(x) if isinstance(x, PhoneRiskMatch) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "phone_intelligence",
        "phone_intelligence",
        lambda v: (
            unstructure_PhoneRiskIntelligence(v) if isinstance(v, PhoneRiskIntelligence) else v
        ),
        False,
    ),
    (
        "enrichment",
        "enrichment",
        lambda v: (
            unstructure_PhoneRiskIntelligence(v) if isinstance(v, PhoneRiskIntelligence) else v
        ),
        False,
    ),
    (
        "phone_social",
        "phone_social",
        lambda v: (
            unstructure_PhoneRiskSocialFootprint(v)
            if isinstance(v, PhoneRiskSocialFootprint)
            else v
        ),
        False,
    ),
)


def unstructure_PhoneRiskReport(o: PhoneRiskReport) -> dict[str, Any]:
    """Encode :class:`PhoneRiskReport` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_PhoneRiskReport)


def structure_PhoneRiskResponse(d: Any) -> PhoneRiskResponse:
    """Decode a JSON object into :class:`PhoneRiskResponse`."""
    v: Any
    o = _new(PhoneRiskResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneRiskResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneRiskResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "phone" in vals:
        v = vals["phone"]
        if v.__class__ is dict:
            vals["phone"] = structure_PhoneRiskReport(v)
    return o


_U_PhoneRiskResponse: _Table = (
    ("request_id", "request_id", None, True),
    ("status", "status", None, True),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, True),
    (
        "phone",
        "phone",
        lambda v: unstructure_PhoneRiskReport(v) if isinstance(v, PhoneRiskReport) else v,
        False,
    ),
)


def unstructure_PhoneRiskResponse(o: PhoneRiskResponse) -> dict[str, Any]:
    """Encode :class:`PhoneRiskResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_PhoneRiskResponse)


def structure_DocumentAiRequest(d: Any) -> DocumentAiRequest:
    """Decode a JSON object into :class:`DocumentAiRequest`."""
    o = _new(DocumentAiRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_DocumentAiRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DocumentAiRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DocumentAiRequest: _Table = (
    ("document", "document", None, True),
    ("fields", "fields", None, True),
    ("expected_first_name", "expected_first_name", None, False),
    ("expected_last_name", "expected_last_name", None, False),
    ("expected_company_name", "expected_company_name", None, False),
    ("expected_company_country", "expected_company_country", None, False),
    (
        "document_ai_name_match_score_threshold",
        "document_ai_name_match_score_threshold",
        None,
        False,
    ),
    (
        "document_ai_unreadable_document_action",
        "document_ai_unreadable_document_action",
        None,
        False,
    ),
    (
        "document_ai_missing_required_fields_action",
        "document_ai_missing_required_fields_action",
        None,
        False,
    ),
    ("document_ai_document_tampering_action", "document_ai_document_tampering_action", None, False),
    ("document_ai_name_mismatch_action", "document_ai_name_mismatch_action", None, False),
    ("document_ai_unsupported_file_action", "document_ai_unsupported_file_action", None, False),
    ("save_api_request", "save_api_request", None, False),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_DocumentAiRequest(o: DocumentAiRequest) -> dict[str, Any]:
    """Encode :class:`DocumentAiRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DocumentAiRequest)


def validate_DocumentAiRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid DocumentAiRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "DocumentAiRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "document" not in d:
        raise DiditValidationError(at + "document", "required", "is required")
    v = d.get("document")
    if v is None:
        if "document" in d:
            raise DiditValidationError(at + "document", "type", "must not be null")
    else:
        check_file(v, at + "document", None)
    if "fields" not in d:
        raise DiditValidationError(at + "fields", "required", "is required")
    v = d.get("fields")
    if v is None:
        if "fields" in d:
            raise DiditValidationError(at + "fields", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "fields", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("expected_first_name")
    if v is None:
        if "expected_first_name" in d:
            raise DiditValidationError(at + "expected_first_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "expected_first_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("expected_last_name")
    if v is None:
        if "expected_last_name" in d:
            raise DiditValidationError(at + "expected_last_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "expected_last_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("expected_company_name")
    if v is None:
        if "expected_company_name" in d:
            raise DiditValidationError(at + "expected_company_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "expected_company_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("expected_company_country")
    if v is None:
        if "expected_company_country" in d:
            raise DiditValidationError(at + "expected_company_country", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "expected_company_country", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("document_ai_name_match_score_threshold")
    if v is None:
        if "document_ai_name_match_score_threshold" in d:
            raise DiditValidationError(
                at + "document_ai_name_match_score_threshold", "type", "must not be null"
            )
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "document_ai_name_match_score_threshold",
                "type",
                "must be an integer, not " + type(v).__name__,
            )
        if v < 0:
            raise DiditValidationError(
                at + "document_ai_name_match_score_threshold", "min", "must be at least 0"
            )
        if v > 100:
            raise DiditValidationError(
                at + "document_ai_name_match_score_threshold", "max", "must be at most 100"
            )
    v = d.get("document_ai_unreadable_document_action")
    if v is None:
        if "document_ai_unreadable_document_action" in d:
            raise DiditValidationError(
                at + "document_ai_unreadable_document_action", "type", "must not be null"
            )
    else:
        if not isinstance(v, str) or v not in _E_inline29:
            raise DiditValidationError(
                at + "document_ai_unreadable_document_action",
                "enum",
                "must be one of: DECLINE, REVIEW, NO_ACTION"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("document_ai_missing_required_fields_action")
    if v is None:
        if "document_ai_missing_required_fields_action" in d:
            raise DiditValidationError(
                at + "document_ai_missing_required_fields_action", "type", "must not be null"
            )
    else:
        if not isinstance(v, str) or v not in _E_inline29:
            raise DiditValidationError(
                at + "document_ai_missing_required_fields_action",
                "enum",
                "must be one of: DECLINE, REVIEW, NO_ACTION"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("document_ai_document_tampering_action")
    if v is None:
        if "document_ai_document_tampering_action" in d:
            raise DiditValidationError(
                at + "document_ai_document_tampering_action", "type", "must not be null"
            )
    else:
        if not isinstance(v, str) or v not in _E_inline29:
            raise DiditValidationError(
                at + "document_ai_document_tampering_action",
                "enum",
                "must be one of: DECLINE, REVIEW, NO_ACTION"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("document_ai_name_mismatch_action")
    if v is None:
        if "document_ai_name_mismatch_action" in d:
            raise DiditValidationError(
                at + "document_ai_name_mismatch_action", "type", "must not be null"
            )
    else:
        if not isinstance(v, str) or v not in _E_inline29:
            raise DiditValidationError(
                at + "document_ai_name_mismatch_action",
                "enum",
                "must be one of: DECLINE, REVIEW, NO_ACTION"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("document_ai_unsupported_file_action")
    if v is None:
        if "document_ai_unsupported_file_action" in d:
            raise DiditValidationError(
                at + "document_ai_unsupported_file_action", "type", "must not be null"
            )
    else:
        if not isinstance(v, str) or v not in _E_inline29:
            raise DiditValidationError(
                at + "document_ai_unsupported_file_action",
                "enum",
                "must be one of: DECLINE, REVIEW, NO_ACTION"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise DiditValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "save_api_request", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("metadata")
    if v is None:
        if "metadata" in d:
            raise DiditValidationError(at + "metadata", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "metadata", "type", "must be an object, not " + type(v).__name__
            )


def structure_DocumentAiDetectedCode(d: Any) -> DocumentAiDetectedCode:
    """Decode a JSON object into :class:`DocumentAiDetectedCode`."""
    o = _new(DocumentAiDetectedCode)
    vals = o.__dict__
    vals.update(d)
    if _K_DocumentAiDetectedCode.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DocumentAiDetectedCode
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DocumentAiDetectedCode: _Table = (
    ("type", "type", None, True),
    ("page_number", "page_number", None, True),
    ("position", "position", None, True),
    ("x", "x", None, True),
    ("y", "y", None, True),
    ("width", "width", None, True),
    ("height", "height", None, True),
    ("page_width", "page_width", None, True),
    ("page_height", "page_height", None, True),
    ("raw_payload", "raw_payload", None, True),
    ("parsed_payload", "parsed_payload", None, True),
)


def unstructure_DocumentAiDetectedCode(o: DocumentAiDetectedCode) -> dict[str, Any]:
    """Encode :class:`DocumentAiDetectedCode` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DocumentAiDetectedCode)


def structure_DocumentAiResultField(d: Any) -> DocumentAiResultField:
    """Decode a JSON object into :class:`DocumentAiResultField`."""
    o = _new(DocumentAiResultField)
    vals = o.__dict__
    vals.update(d)
    if _K_DocumentAiResultField.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DocumentAiResultField
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DocumentAiResultField: _Table = (
    ("key", "key", None, False),
    ("name", "name", None, False),
    ("instruction", "instruction", None, False),
    ("type", "type", None, False),
    ("required", "required", None, False),
    ("is_full_name", "is_full_name", None, False),
)


def unstructure_DocumentAiResultField(o: DocumentAiResultField) -> dict[str, Any]:
    """Encode :class:`DocumentAiResultField` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DocumentAiResultField)


def structure_DocumentAiResultWarning(d: Any) -> DocumentAiResultWarning:
    """Decode a JSON object into :class:`DocumentAiResultWarning`."""
    o = _new(DocumentAiResultWarning)
    vals = o.__dict__
    vals.update(d)
    if _K_DocumentAiResultWarning.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DocumentAiResultWarning
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DocumentAiResultWarning: _Table = (
    ("risk", "risk", None, False),
    ("feature", "feature", None, False),
    (
        "additional_data",
        "additional_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("log_type", "log_type", None, False),
    ("short_description", "short_description", None, False),
    ("long_description", "long_description", None, False),
)


def unstructure_DocumentAiResultWarning(o: DocumentAiResultWarning) -> dict[str, Any]:
    """Encode :class:`DocumentAiResultWarning` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DocumentAiResultWarning)


def structure_DocumentAiResult(d: Any) -> DocumentAiResult:
    """Decode a JSON object into :class:`DocumentAiResult`."""
    v: Any
    o = _new(DocumentAiResult)
    vals = o.__dict__
    vals.update(d)
    if _K_DocumentAiResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DocumentAiResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "detected_codes" in vals:
        v = vals["detected_codes"]
        if v and v.__class__ is list:
            vals["detected_codes"] = [
                structure_DocumentAiDetectedCode(x) if x.__class__ is dict else x for x in v
            ]
    if "fields" in vals:
        v = vals["fields"]
        if v and v.__class__ is list:
            vals["fields"] = [
                structure_DocumentAiResultField(x) if x.__class__ is dict else x for x in v
            ]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [
                structure_DocumentAiResultWarning(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_DocumentAiResult: _Table = (
    ("status", "status", None, False),
    (
        "extracted_data",
        "extracted_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "detected_codes",
        "detected_codes",
        lambda v: (
            [
                unstructure_DocumentAiDetectedCode(x)
                if isinstance(x, DocumentAiDetectedCode)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "fields",
        "fields",
        lambda v: (
            [
                unstructure_DocumentAiResultField(x) if isinstance(x, DocumentAiResultField) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("name_match_score", "name_match_score", None, False),
    ("name_on_document", "name_on_document", None, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [
                unstructure_DocumentAiResultWarning(x)
                if isinstance(x, DocumentAiResultWarning)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_DocumentAiResult(o: DocumentAiResult) -> dict[str, Any]:
    """Encode :class:`DocumentAiResult` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DocumentAiResult)


def structure_DocumentAiResponse(d: Any) -> DocumentAiResponse:
    """Decode a JSON object into :class:`DocumentAiResponse`."""
    v: Any
    o = _new(DocumentAiResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_DocumentAiResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DocumentAiResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "document_ai" in vals:
        v = vals["document_ai"]
        if v.__class__ is dict:
            vals["document_ai"] = structure_DocumentAiResult(v)
    return o


_U_DocumentAiResponse: _Table = (
    ("request_id", "request_id", None, False),
    (
        "document_ai",
        "document_ai",
        lambda v: unstructure_DocumentAiResult(v) if isinstance(v, DocumentAiResult) else v,
        False,
    ),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_DocumentAiResponse(o: DocumentAiResponse) -> dict[str, Any]:
    """Encode :class:`DocumentAiResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DocumentAiResponse)


def structure_KybShareholdersRequest(d: Any) -> KybShareholdersRequest:
    """Decode a JSON object into :class:`KybShareholdersRequest`."""
    o = _new(KybShareholdersRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_KybShareholdersRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybShareholdersRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybShareholdersRequest: _Table = (
    ("kyb_response_id", "kyb_response_id", None, True),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
    ("save_api_request", "save_api_request", None, False),
)


def unstructure_KybShareholdersRequest(o: KybShareholdersRequest) -> dict[str, Any]:
    """Encode :class:`KybShareholdersRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_KybShareholdersRequest)


def validate_KybShareholdersRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid KybShareholdersRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "KybShareholdersRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "kyb_response_id" not in d:
        raise DiditValidationError(at + "kyb_response_id", "required", "is required")
    v = d.get("kyb_response_id")
    if v is None:
        if "kyb_response_id" in d:
            raise DiditValidationError(at + "kyb_response_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "kyb_response_id", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 255:
            raise DiditValidationError(
                at + "kyb_response_id", "max_length", "must have at most 255 characters"
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("metadata")
    if v is not None:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "metadata", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise DiditValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "save_api_request", "type", "must be true or false, not " + type(v).__name__
            )


def structure_KybShareholdersRegistryOfficer(d: Any) -> KybShareholdersRegistryOfficer:
    """Decode a JSON object into :class:`KybShareholdersRegistryOfficer`."""
    o = _new(KybShareholdersRegistryOfficer)
    vals = o.__dict__
    vals.update(d)
    if _K_KybShareholdersRegistryOfficer.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybShareholdersRegistryOfficer
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybShareholdersRegistryOfficer: _Table = (
    ("uuid", "uuid", None, False),
    ("name", "name", None, False),
    ("designation", "designation", None, False),
    ("role", "role", None, False),
    ("nationality", "nationality", None, False),
    ("is_active", "is_active", None, False),
    ("kyc_status", "kyc_status", None, False),
    ("kyc_session_url", "kyc_session_url", None, False),
    ("first_name", "first_name", None, False),
    ("last_name", "last_name", None, False),
    ("address", "address", None, False),
    ("appointment_date", "appointment_date", None, False),
    ("termination_date", "termination_date", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("date_of_birth_year", "date_of_birth_year", None, False),
    ("date_of_birth_month", "date_of_birth_month", None, False),
)


def unstructure_KybShareholdersRegistryOfficer(o: KybShareholdersRegistryOfficer) -> dict[str, Any]:
    """Encode :class:`KybShareholdersRegistryOfficer` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_KybShareholdersRegistryOfficer)


def structure_KybShareholdersRegistryBeneficialOwner(
    d: Any,
) -> KybShareholdersRegistryBeneficialOwner:
    """Decode a JSON object into :class:`KybShareholdersRegistryBeneficialOwner`."""
    o = _new(KybShareholdersRegistryBeneficialOwner)
    vals = o.__dict__
    vals.update(d)
    if _K_KybShareholdersRegistryBeneficialOwner.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybShareholdersRegistryBeneficialOwner
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybShareholdersRegistryBeneficialOwner: _Table = (
    ("uuid", "uuid", None, False),
    ("name", "name", None, False),
    ("first_name", "first_name", None, False),
    ("last_name", "last_name", None, False),
    ("entity_type", "entity_type", None, False),
    ("roles", "roles", None, False),
    ("ownership_min_shares", "ownership_min_shares", None, False),
    ("ownership_max_shares", "ownership_max_shares", None, False),
    ("is_active", "is_active", None, False),
    ("kyc_status", "kyc_status", None, False),
    ("kyc_session_url", "kyc_session_url", None, False),
    ("effective_ownership_percent", "effective_ownership_percent", None, False),
    ("company_name", "company_name", None, False),
    ("registration_number", "registration_number", None, False),
    ("country_of_birth", "country_of_birth", None, False),
    ("email", "email", None, False),
    ("nationality", "nationality", None, False),
    ("designation", "designation", None, False),
    ("voting_min_shares", "voting_min_shares", None, False),
    ("voting_max_shares", "voting_max_shares", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("appointment_date", "appointment_date", None, False),
)


def unstructure_KybShareholdersRegistryBeneficialOwner(
    o: KybShareholdersRegistryBeneficialOwner,
) -> dict[str, Any]:
    """Encode :class:`KybShareholdersRegistryBeneficialOwner` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_KybShareholdersRegistryBeneficialOwner)


def structure_KybShareholdersRegistryAddress(d: Any) -> KybShareholdersRegistryAddress:
    """Decode a JSON object into :class:`KybShareholdersRegistryAddress`."""
    o = _new(KybShareholdersRegistryAddress)
    vals = o.__dict__
    vals.update(d)
    if _K_KybShareholdersRegistryAddress.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybShareholdersRegistryAddress
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybShareholdersRegistryAddress: _Table = (
    ("address", "address", None, False),
    ("type", "type", None, False),
    ("description", "description", None, False),
)


def unstructure_KybShareholdersRegistryAddress(o: KybShareholdersRegistryAddress) -> dict[str, Any]:
    """Encode :class:`KybShareholdersRegistryAddress` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_KybShareholdersRegistryAddress)


def structure_KybShareholdersRegistry(d: Any) -> KybShareholdersRegistry:
    """Decode a JSON object into :class:`KybShareholdersRegistry`."""
    v: Any
    o = _new(KybShareholdersRegistry)
    vals = o.__dict__
    vals.update(d)
    if _K_KybShareholdersRegistry.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybShareholdersRegistry
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "officers" in vals:
        v = vals["officers"]
        if v and v.__class__ is list:
            vals["officers"] = [
                structure_KybShareholdersRegistryOfficer(x) if x.__class__ is dict else x for x in v
            ]
    if "beneficial_owners" in vals:
        v = vals["beneficial_owners"]
        if v and v.__class__ is list:
            vals["beneficial_owners"] = [
                structure_KybShareholdersRegistryBeneficialOwner(x) if x.__class__ is dict else x
                for x in v
            ]
    if "addresses" in vals:
        v = vals["addresses"]
        if v and v.__class__ is list:
            vals["addresses"] = [
                structure_KybShareholdersRegistryAddress(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_KybShareholdersRegistry: _Table = (
    ("uuid", "uuid", None, False),
    ("node_id", "node_id", None, False),
    ("status", "status", None, False),
    ("registry_status", "registry_status", None, False),
    ("data_resolved", "data_resolved", None, False),
    ("company_name", "company_name", None, False),
    ("registration_number", "registration_number", None, False),
    ("country_code", "country_code", None, False),
    ("region", "region", None, False),
    ("company_type", "company_type", None, False),
    ("incorporation_date", "incorporation_date", None, False),
    ("registered_address", "registered_address", None, False),
    ("tax_number", "tax_number", None, False),
    ("risk_level", "risk_level", None, False),
    ("verification_status", "verification_status", None, False),
    ("is_from_registry", "is_from_registry", None, False),
    ("fetch_status", "fetch_status", None, False),
    ("alternative_names", "alternative_names", None, False),
    ("nature_of_business", "nature_of_business", None, False),
    ("registered_capital", "registered_capital", None, False),
    ("registered_capital_amount", "registered_capital_amount", None, False),
    ("registered_capital_currency", "registered_capital_currency", None, False),
    ("website", "website", None, False),
    ("email", "email", None, False),
    ("phone", "phone", None, False),
    ("legal_entity_identifier", "legal_entity_identifier", None, False),
    ("location_of_registration", "location_of_registration", None, False),
    ("vat_number", "vat_number", None, False),
    ("vat_validation_status", "vat_validation_status", None, False),
    ("vat_validated_name", "vat_validated_name", None, False),
    ("vat_validated_address", "vat_validated_address", None, False),
    ("vat_checked_at", "vat_checked_at", None, False),
    (
        "financial_summary",
        "financial_summary",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "officers",
        "officers",
        lambda v: (
            [
                unstructure_KybShareholdersRegistryOfficer(x)
                if isinstance(x, KybShareholdersRegistryOfficer)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "beneficial_owners",
        "beneficial_owners",
        lambda v: (
            [
                unstructure_KybShareholdersRegistryBeneficialOwner(x)
                if isinstance(x, KybShareholdersRegistryBeneficialOwner)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "addresses",
        "addresses",
        lambda v: (
            [
                unstructure_KybShareholdersRegistryAddress(x)
                if isinstance(x, KybShareholdersRegistryAddress)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "industries",
        "industries",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "accounts",
        "accounts",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "registry_data",
        "registry_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "user_provided_data",
        "user_provided_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("confirmed_by_user_at", "confirmed_by_user_at", None, False),
    ("last_console_edit_at", "last_console_edit_at", None, False),
    ("is_editable", "is_editable", None, False),
    ("registry_tier_delivered", "registry_tier_delivered", None, False),
    ("registry_ownership_status", "registry_ownership_status", None, False),
)


def unstructure_KybShareholdersRegistry(o: KybShareholdersRegistry) -> dict[str, Any]:
    """Encode :class:`KybShareholdersRegistry` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_KybShareholdersRegistry)


def structure_KybShareholdersResponse(d: Any) -> KybShareholdersResponse:
    """Decode a JSON object into :class:`KybShareholdersResponse`."""
    v: Any
    o = _new(KybShareholdersResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_KybShareholdersResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybShareholdersResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "kyb_registry" in vals:
        v = vals["kyb_registry"]
        if v.__class__ is dict:
            vals["kyb_registry"] = structure_KybShareholdersRegistry(v)
    return o


_U_KybShareholdersResponse: _Table = (
    ("request_id", "request_id", None, False),
    ("registry_tier_requested", "registry_tier_requested", None, False),
    ("registry_tier_delivered", "registry_tier_delivered", None, False),
    (
        "kyb_registry",
        "kyb_registry",
        lambda v: (
            unstructure_KybShareholdersRegistry(v) if isinstance(v, KybShareholdersRegistry) else v
        ),
        False,
    ),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_KybShareholdersResponse(o: KybShareholdersResponse) -> dict[str, Any]:
    """Encode :class:`KybShareholdersResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_KybShareholdersResponse)


def structure_KybUboRequest(d: Any) -> KybUboRequest:
    """Decode a JSON object into :class:`KybUboRequest`."""
    o = _new(KybUboRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_KybUboRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybUboRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybUboRequest: _Table = (
    ("kyb_response_id", "kyb_response_id", None, True),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        True,
    ),
    ("save_api_request", "save_api_request", None, False),
)


def unstructure_KybUboRequest(o: KybUboRequest) -> dict[str, Any]:
    """Encode :class:`KybUboRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_KybUboRequest)


def validate_KybUboRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid KybUboRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "KybUboRequest", "type", "must be an object, not " + type(d).__name__
        )
    v: Any
    if "kyb_response_id" not in d:
        raise DiditValidationError(at + "kyb_response_id", "required", "is required")
    v = d.get("kyb_response_id")
    if v is None:
        if "kyb_response_id" in d:
            raise DiditValidationError(at + "kyb_response_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "kyb_response_id", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 255:
            raise DiditValidationError(
                at + "kyb_response_id", "max_length", "must have at most 255 characters"
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("metadata")
    if v is not None:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "metadata", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise DiditValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "save_api_request", "type", "must be true or false, not " + type(v).__name__
            )


def structure_TransactionRuleScope(d: Any) -> TransactionRuleScope:
    """Decode a JSON object into :class:`TransactionRuleScope`."""
    o = _new(TransactionRuleScope)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleScope.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleScope
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TransactionRuleScope: _Table = (
    ("transaction_types", "transaction_types", None, False),
    ("directions", "directions", None, False),
    ("action_types", "action_types", None, False),
)


def unstructure_TransactionRuleScope(o: TransactionRuleScope) -> dict[str, Any]:
    """Encode :class:`TransactionRuleScope` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TransactionRuleScope)


def validate_TransactionRuleScope(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionRuleScope."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "TransactionRuleScope",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("transaction_types")
    if v is None:
        if "transaction_types" in d:
            raise DiditValidationError(at + "transaction_types", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "transaction_types", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(
                    at + "transaction_types", "type", "must not contain null"
                )
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "transaction_types" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
    v = d.get("directions")
    if v is None:
        if "directions" in d:
            raise DiditValidationError(at + "directions", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "directions", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "directions", "type", "must not contain null")
            if not isinstance(x0, str) or x0 not in _E_inline43:
                raise DiditValidationError(
                    at + "directions" + "[" + str(i0) + "]",
                    "enum",
                    "must be one of: INBOUND, OUTBOUND"
                    + (
                        ", not " + repr(x0[:40])
                        if isinstance(x0, str)
                        else ", not " + type(x0).__name__
                    ),
                )
    v = d.get("action_types")
    if v is None:
        if "action_types" in d:
            raise DiditValidationError(at + "action_types", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "action_types", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "action_types", "type", "must not contain null")
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "action_types" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )


def structure_TransactionRuleCondition(d: Any) -> TransactionRuleCondition:
    """Decode a JSON object into :class:`TransactionRuleCondition`."""
    o = _new(TransactionRuleCondition)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleCondition.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleCondition
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TransactionRuleCondition: _Table = (
    ("field", "field", None, True),
    ("operator", "operator", None, True),
    ("value", "value", None, False),
    ("value_type", "value_type", None, False),
    ("score", "score", None, False),
    ("group_index", "group_index", None, False),
    ("group_logic", "group_logic", None, False),
    ("groups_logic", "groups_logic", None, False),
)


def unstructure_TransactionRuleCondition(o: TransactionRuleCondition) -> dict[str, Any]:
    """Encode :class:`TransactionRuleCondition` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TransactionRuleCondition)


def validate_TransactionRuleCondition(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionRuleCondition."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "TransactionRuleCondition",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "field" not in d:
        raise DiditValidationError(at + "field", "required", "is required")
    v = d.get("field")
    if v is None:
        if "field" in d:
            raise DiditValidationError(at + "field", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "field", "type", "must be a string, not " + type(v).__name__
            )
    if "operator" not in d:
        raise DiditValidationError(at + "operator", "required", "is required")
    v = d.get("operator")
    if v is None:
        if "operator" in d:
            raise DiditValidationError(at + "operator", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline44:
            raise DiditValidationError(
                at + "operator",
                "enum",
                "must be one of: eq, ne, gt, gte, lt, lte, in, not_in, contains, not_contains, contains_any, regex, fuzzy_match, exists, is_not_empty, is_not_null, not_exists, is_empty, is_null"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("value_type")
    if v is None:
        if "value_type" in d:
            raise DiditValidationError(at + "value_type", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline45:
            raise DiditValidationError(
                at + "value_type",
                "enum",
                "must be one of: list, field, relative_date"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("score")
    if v is None:
        if "score" in d:
            raise DiditValidationError(at + "score", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise DiditValidationError(
                at + "score", "type", "must be a number, not " + type(v).__name__
            )
        if v < 0:
            raise DiditValidationError(at + "score", "min", "must be at least 0")
        if v > 100:
            raise DiditValidationError(at + "score", "max", "must be at most 100")
    v = d.get("group_index")
    if v is None:
        if "group_index" in d:
            raise DiditValidationError(at + "group_index", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "group_index", "type", "must be an integer, not " + type(v).__name__
            )
    v = d.get("group_logic")
    if v is None:
        if "group_logic" in d:
            raise DiditValidationError(at + "group_logic", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline46:
            raise DiditValidationError(
                at + "group_logic",
                "enum",
                "must be one of: AND, OR"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("groups_logic")
    if v is None:
        if "groups_logic" in d:
            raise DiditValidationError(at + "groups_logic", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline46:
            raise DiditValidationError(
                at + "groups_logic",
                "enum",
                "must be one of: AND, OR"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )


def structure_TransactionRuleAggregation(d: Any) -> TransactionRuleAggregation:
    """Decode a JSON object into :class:`TransactionRuleAggregation`."""
    o = _new(TransactionRuleAggregation)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleAggregation.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleAggregation
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TransactionRuleAggregation: _Table = (
    ("metric", "metric", None, False),
    ("field", "field", None, False),
    ("operator", "operator", None, False),
    ("value", "value", None, True),
    ("window", "window", None, False),
    (
        "filters",
        "filters",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_TransactionRuleAggregation(o: TransactionRuleAggregation) -> dict[str, Any]:
    """Encode :class:`TransactionRuleAggregation` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TransactionRuleAggregation)


def validate_TransactionRuleAggregation(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionRuleAggregation."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "TransactionRuleAggregation",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("metric")
    if v is None:
        if "metric" in d:
            raise DiditValidationError(at + "metric", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline47:
            raise DiditValidationError(
                at + "metric",
                "enum",
                "must be one of: count, sum, max, min, avg, distinct_count"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("field")
    if v is None:
        if "field" in d:
            raise DiditValidationError(at + "field", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "field", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("operator")
    if v is None:
        if "operator" in d:
            raise DiditValidationError(at + "operator", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline48:
            raise DiditValidationError(
                at + "operator",
                "enum",
                "must be one of: eq, ne, gt, gte, lt, lte"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    if "value" not in d:
        raise DiditValidationError(at + "value", "required", "is required")
    v = d.get("value")
    if v is None:
        if "value" in d:
            raise DiditValidationError(at + "value", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise DiditValidationError(
                at + "value", "type", "must be a number, not " + type(v).__name__
            )
    v = d.get("window")
    if v is None:
        if "window" in d:
            raise DiditValidationError(at + "window", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "window", "type", "must be a string, not " + type(v).__name__
            )
        if _P6.search(v) is None:
            raise DiditValidationError(
                at + "window", "pattern", "does not have the expected format (^\\d+(m|h|d)$)"
            )
    v = d.get("filters")
    if v is None:
        if "filters" in d:
            raise DiditValidationError(at + "filters", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "filters", "type", "must be an object, not " + type(v).__name__
            )


def structure_TransactionRuleAction(d: Any) -> TransactionRuleAction:
    """Decode a JSON object into :class:`TransactionRuleAction`."""
    o = _new(TransactionRuleAction)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleAction.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleAction
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TransactionRuleAction: _Table = (
    ("type", "type", None, True),
    ("value", "value", None, False),
    ("workflow_id", "workflow_id", None, False),
    ("tag_uuid", "tag_uuid", None, False),
    ("tag_name", "tag_name", None, False),
    ("tag_color", "tag_color", None, False),
    ("note", "note", None, False),
    ("list_id", "list_id", None, False),
    ("blueprint", "blueprint", None, False),
    ("grouping", "grouping", None, False),
    ("attach_matched_transaction", "attach_matched_transaction", None, False),
)


def unstructure_TransactionRuleAction(o: TransactionRuleAction) -> dict[str, Any]:
    """Encode :class:`TransactionRuleAction` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TransactionRuleAction)


def validate_TransactionRuleAction(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionRuleAction."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "TransactionRuleAction",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "type" not in d:
        raise DiditValidationError(at + "type", "required", "is required")
    v = d.get("type")
    if v is None:
        if "type" in d:
            raise DiditValidationError(at + "type", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline49:
            raise DiditValidationError(
                at + "type",
                "enum",
                "must be one of: add_score, change_status, add_tags, add_note, add_to_list, open_case"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("workflow_id")
    if v is None:
        if "workflow_id" in d:
            raise DiditValidationError(at + "workflow_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "workflow_id", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uuid(v):
            raise DiditValidationError(at + "workflow_id", "format", "must be a valid uuid")
    v = d.get("tag_uuid")
    if v is None:
        if "tag_uuid" in d:
            raise DiditValidationError(at + "tag_uuid", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "tag_uuid", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uuid(v):
            raise DiditValidationError(at + "tag_uuid", "format", "must be a valid uuid")
    v = d.get("tag_name")
    if v is None:
        if "tag_name" in d:
            raise DiditValidationError(at + "tag_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "tag_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("tag_color")
    if v is None:
        if "tag_color" in d:
            raise DiditValidationError(at + "tag_color", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "tag_color", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("note")
    if v is None:
        if "note" in d:
            raise DiditValidationError(at + "note", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "note", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("list_id")
    if v is None:
        if "list_id" in d:
            raise DiditValidationError(at + "list_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "list_id", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uuid(v):
            raise DiditValidationError(at + "list_id", "format", "must be a valid uuid")
    v = d.get("blueprint")
    if v is None:
        if "blueprint" in d:
            raise DiditValidationError(at + "blueprint", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "blueprint", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uuid(v):
            raise DiditValidationError(at + "blueprint", "format", "must be a valid uuid")
    v = d.get("grouping")
    if v is None:
        if "grouping" in d:
            raise DiditValidationError(at + "grouping", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline50:
            raise DiditValidationError(
                at + "grouping",
                "enum",
                "must be one of: by_applicant, by_rule_and_applicant"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("attach_matched_transaction")
    if v is None:
        if "attach_matched_transaction" in d:
            raise DiditValidationError(
                at + "attach_matched_transaction", "type", "must not be null"
            )
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "attach_matched_transaction",
                "type",
                "must be true or false, not " + type(v).__name__,
            )


def structure_TransactionRule(d: Any) -> TransactionRule:
    """Decode a JSON object into :class:`TransactionRule`."""
    v: Any
    o = _new(TransactionRule)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRule.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRule
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "scope" in vals:
        v = vals["scope"]
        if v.__class__ is dict:
            vals["scope"] = structure_TransactionRuleScope(v)
    if "conditions" in vals:
        v = vals["conditions"]
        if v and v.__class__ is list:
            vals["conditions"] = [
                structure_TransactionRuleCondition(x) if x.__class__ is dict else x for x in v
            ]
    if "aggregation" in vals:
        v = vals["aggregation"]
        if v and v.__class__ is list:
            vals["aggregation"] = [
                structure_TransactionRuleAggregation(x) if x.__class__ is dict else x for x in v
            ]
    if "actions" in vals:
        v = vals["actions"]
        if v and v.__class__ is list:
            vals["actions"] = [
                structure_TransactionRuleAction(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_TransactionRule: _Table = (
    ("uuid", "uuid", None, False),
    ("title", "title", None, False),
    ("description", "description", None, False),
    ("category", "category", None, False),
    ("mode", "mode", None, False),
    ("evaluation_mode", "evaluation_mode", None, False),
    (
        "scope",
        "scope",
        lambda v: unstructure_TransactionRuleScope(v) if isinstance(v, TransactionRuleScope) else v,
        False,
    ),
    (
        "conditions",
        "conditions",
        lambda v: (
            [
                unstructure_TransactionRuleCondition(x)
                if isinstance(x, TransactionRuleCondition)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "aggregation",
        "aggregation",
        lambda v: (
            [
                unstructure_TransactionRuleAggregation(x)
                if isinstance(x, TransactionRuleAggregation)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "actions",
        "actions",
        lambda v: (
            [
                unstructure_TransactionRuleAction(x) if isinstance(x, TransactionRuleAction) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("severity", "severity", None, False),
    ("source", "source", None, False),
    ("library_key", "library_key", None, False),
    ("latest_triggered_at", "latest_triggered_at", None, False),
    ("run_count", "run_count", None, False),
    ("approved_count", "approved_count", None, False),
    ("reviewed_count", "reviewed_count", None, False),
    ("declined_count", "declined_count", None, False),
    ("awaiting_user_count", "awaiting_user_count", None, False),
    ("approved_pct", "approved_pct", None, False),
    ("reviewed_pct", "reviewed_pct", None, False),
    ("declined_pct", "declined_pct", None, False),
    ("created_at", "created_at", None, False),
    ("updated_at", "updated_at", None, False),
)


def unstructure_TransactionRule(o: TransactionRule) -> dict[str, Any]:
    """Encode :class:`TransactionRule` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TransactionRule)


def structure_TransactionRulePage(d: Any) -> TransactionRulePage:
    """Decode a JSON object into :class:`TransactionRulePage`."""
    v: Any
    o = _new(TransactionRulePage)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRulePage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRulePage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_TransactionRule(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_TransactionRulePage: _Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_TransactionRule(x) if isinstance(x, TransactionRule) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_TransactionRulePage(o: TransactionRulePage) -> dict[str, Any]:
    """Encode :class:`TransactionRulePage` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TransactionRulePage)


def structure_TransactionRuleCreateRequest(d: Any) -> TransactionRuleCreateRequest:
    """Decode a JSON object into :class:`TransactionRuleCreateRequest`."""
    v: Any
    o = _new(TransactionRuleCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "scope" in vals:
        v = vals["scope"]
        if v.__class__ is dict:
            vals["scope"] = structure_TransactionRuleScope(v)
    if "conditions" in vals:
        v = vals["conditions"]
        if v and v.__class__ is list:
            vals["conditions"] = [
                structure_TransactionRuleCondition(x) if x.__class__ is dict else x for x in v
            ]
    if "aggregation" in vals:
        v = vals["aggregation"]
        if v and v.__class__ is list:
            vals["aggregation"] = [
                structure_TransactionRuleAggregation(x) if x.__class__ is dict else x for x in v
            ]
    if "actions" in vals:
        v = vals["actions"]
        if v and v.__class__ is list:
            vals["actions"] = [
                structure_TransactionRuleAction(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_TransactionRuleCreateRequest: _Table = (
    ("title", "title", None, True),
    ("description", "description", None, True),
    ("category", "category", None, True),
    ("mode", "mode", None, True),
    ("evaluation_mode", "evaluation_mode", None, False),
    (
        "scope",
        "scope",
        lambda v: unstructure_TransactionRuleScope(v) if isinstance(v, TransactionRuleScope) else v,
        False,
    ),
    (
        "conditions",
        "conditions",
        lambda v: (
            [
                unstructure_TransactionRuleCondition(x)
                if isinstance(x, TransactionRuleCondition)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "aggregation",
        "aggregation",
        lambda v: (
            [
                unstructure_TransactionRuleAggregation(x)
                if isinstance(x, TransactionRuleAggregation)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "actions",
        "actions",
        lambda v: (
            [
                unstructure_TransactionRuleAction(x) if isinstance(x, TransactionRuleAction) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_TransactionRuleCreateRequest(o: TransactionRuleCreateRequest) -> dict[str, Any]:
    """Encode :class:`TransactionRuleCreateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TransactionRuleCreateRequest)


def validate_TransactionRuleCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionRuleCreateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "TransactionRuleCreateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "title" not in d:
        raise DiditValidationError(at + "title", "required", "is required")
    v = d.get("title")
    if v is None:
        if "title" in d:
            raise DiditValidationError(at + "title", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "title", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("description")
    if v is not None:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "description", "type", "must be a string, not " + type(v).__name__
            )
    if "category" not in d:
        raise DiditValidationError(at + "category", "required", "is required")
    v = d.get("category")
    if v is None:
        if "category" in d:
            raise DiditValidationError(at + "category", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "category", "type", "must be a string, not " + type(v).__name__
            )
    if "mode" not in d:
        raise DiditValidationError(at + "mode", "required", "is required")
    v = d.get("mode")
    if v is None:
        if "mode" in d:
            raise DiditValidationError(at + "mode", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline41:
            raise DiditValidationError(
                at + "mode",
                "enum",
                "must be one of: ACTIVE, DISABLED, TEST"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("evaluation_mode")
    if v is None:
        if "evaluation_mode" in d:
            raise DiditValidationError(at + "evaluation_mode", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline42:
            raise DiditValidationError(
                at + "evaluation_mode",
                "enum",
                "must be one of: ALL, ANY"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("scope")
    if v is None:
        if "scope" in d:
            raise DiditValidationError(at + "scope", "type", "must not be null")
    else:
        validate_TransactionRuleScope(v, at + "scope" + ".")
    v = d.get("conditions")
    if v is None:
        if "conditions" in d:
            raise DiditValidationError(at + "conditions", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "conditions", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "conditions", "type", "must not contain null")
            validate_TransactionRuleCondition(x0, at + "conditions" + "[" + str(i0) + "]" + ".")
    v = d.get("aggregation")
    if v is None:
        if "aggregation" in d:
            raise DiditValidationError(at + "aggregation", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "aggregation", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "aggregation", "type", "must not contain null")
            validate_TransactionRuleAggregation(x0, at + "aggregation" + "[" + str(i0) + "]" + ".")
    v = d.get("actions")
    if v is None:
        if "actions" in d:
            raise DiditValidationError(at + "actions", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "actions", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "actions", "type", "must not contain null")
            validate_TransactionRuleAction(x0, at + "actions" + "[" + str(i0) + "]" + ".")
    v = d.get("metadata")
    if v is None:
        if "metadata" in d:
            raise DiditValidationError(at + "metadata", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "metadata", "type", "must be an object, not " + type(v).__name__
            )


def structure_TransactionRuleUpdateRequest(d: Any) -> TransactionRuleUpdateRequest:
    """Decode a JSON object into :class:`TransactionRuleUpdateRequest`."""
    v: Any
    o = _new(TransactionRuleUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "scope" in vals:
        v = vals["scope"]
        if v.__class__ is dict:
            vals["scope"] = structure_TransactionRuleScope(v)
    if "conditions" in vals:
        v = vals["conditions"]
        if v and v.__class__ is list:
            vals["conditions"] = [
                structure_TransactionRuleCondition(x) if x.__class__ is dict else x for x in v
            ]
    if "aggregation" in vals:
        v = vals["aggregation"]
        if v and v.__class__ is list:
            vals["aggregation"] = [
                structure_TransactionRuleAggregation(x) if x.__class__ is dict else x for x in v
            ]
    if "actions" in vals:
        v = vals["actions"]
        if v and v.__class__ is list:
            vals["actions"] = [
                structure_TransactionRuleAction(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_TransactionRuleUpdateRequest: _Table = (
    ("title", "title", None, False),
    ("description", "description", None, True),
    ("category", "category", None, False),
    ("mode", "mode", None, False),
    ("evaluation_mode", "evaluation_mode", None, False),
    (
        "scope",
        "scope",
        lambda v: unstructure_TransactionRuleScope(v) if isinstance(v, TransactionRuleScope) else v,
        False,
    ),
    (
        "conditions",
        "conditions",
        lambda v: (
            [
                unstructure_TransactionRuleCondition(x)
                if isinstance(x, TransactionRuleCondition)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "aggregation",
        "aggregation",
        lambda v: (
            [
                unstructure_TransactionRuleAggregation(x)
                if isinstance(x, TransactionRuleAggregation)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "actions",
        "actions",
        lambda v: (
            [
                unstructure_TransactionRuleAction(x) if isinstance(x, TransactionRuleAction) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_TransactionRuleUpdateRequest(o: TransactionRuleUpdateRequest) -> dict[str, Any]:
    """Encode :class:`TransactionRuleUpdateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TransactionRuleUpdateRequest)


def validate_TransactionRuleUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionRuleUpdateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "TransactionRuleUpdateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("title")
    if v is None:
        if "title" in d:
            raise DiditValidationError(at + "title", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "title", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("description")
    if v is not None:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "description", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("category")
    if v is None:
        if "category" in d:
            raise DiditValidationError(at + "category", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "category", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("mode")
    if v is None:
        if "mode" in d:
            raise DiditValidationError(at + "mode", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline41:
            raise DiditValidationError(
                at + "mode",
                "enum",
                "must be one of: ACTIVE, DISABLED, TEST"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("evaluation_mode")
    if v is None:
        if "evaluation_mode" in d:
            raise DiditValidationError(at + "evaluation_mode", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline42:
            raise DiditValidationError(
                at + "evaluation_mode",
                "enum",
                "must be one of: ALL, ANY"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("scope")
    if v is None:
        if "scope" in d:
            raise DiditValidationError(at + "scope", "type", "must not be null")
    else:
        validate_TransactionRuleScope(v, at + "scope" + ".")
    v = d.get("conditions")
    if v is None:
        if "conditions" in d:
            raise DiditValidationError(at + "conditions", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "conditions", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "conditions", "type", "must not contain null")
            validate_TransactionRuleCondition(x0, at + "conditions" + "[" + str(i0) + "]" + ".")
    v = d.get("aggregation")
    if v is None:
        if "aggregation" in d:
            raise DiditValidationError(at + "aggregation", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "aggregation", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "aggregation", "type", "must not contain null")
            validate_TransactionRuleAggregation(x0, at + "aggregation" + "[" + str(i0) + "]" + ".")
    v = d.get("actions")
    if v is None:
        if "actions" in d:
            raise DiditValidationError(at + "actions", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "actions", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "actions", "type", "must not contain null")
            validate_TransactionRuleAction(x0, at + "actions" + "[" + str(i0) + "]" + ".")
    v = d.get("metadata")
    if v is None:
        if "metadata" in d:
            raise DiditValidationError(at + "metadata", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "metadata", "type", "must be an object, not " + type(v).__name__
            )


def structure_TransactionRuleBacktestRequest(d: Any) -> TransactionRuleBacktestRequest:
    """Decode a JSON object into :class:`TransactionRuleBacktestRequest`."""
    v: Any
    o = _new(TransactionRuleBacktestRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleBacktestRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleBacktestRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "conditions" in vals:
        v = vals["conditions"]
        if v and v.__class__ is list:
            vals["conditions"] = [
                structure_TransactionRuleCondition(x) if x.__class__ is dict else x for x in v
            ]
    if "aggregation" in vals:
        v = vals["aggregation"]
        if v and v.__class__ is list:
            vals["aggregation"] = [
                structure_TransactionRuleAggregation(x) if x.__class__ is dict else x for x in v
            ]
    if "scope" in vals:
        v = vals["scope"]
        if v.__class__ is dict:
            vals["scope"] = structure_TransactionRuleScope(v)
    return o


_U_TransactionRuleBacktestRequest: _Table = (
    (
        "conditions",
        "conditions",
        lambda v: (
            [
                unstructure_TransactionRuleCondition(x)
                if isinstance(x, TransactionRuleCondition)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "aggregation",
        "aggregation",
        lambda v: (
            [
                unstructure_TransactionRuleAggregation(x)
                if isinstance(x, TransactionRuleAggregation)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("evaluation_mode", "evaluation_mode", None, False),
    (
        "scope",
        "scope",
        lambda v: unstructure_TransactionRuleScope(v) if isinstance(v, TransactionRuleScope) else v,
        False,
    ),
    ("period_days", "period_days", None, False),
)


def unstructure_TransactionRuleBacktestRequest(o: TransactionRuleBacktestRequest) -> dict[str, Any]:
    """Encode :class:`TransactionRuleBacktestRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TransactionRuleBacktestRequest)


def validate_TransactionRuleBacktestRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionRuleBacktestRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "TransactionRuleBacktestRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("conditions")
    if v is None:
        if "conditions" in d:
            raise DiditValidationError(at + "conditions", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "conditions", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "conditions", "type", "must not contain null")
            validate_TransactionRuleCondition(x0, at + "conditions" + "[" + str(i0) + "]" + ".")
    v = d.get("aggregation")
    if v is None:
        if "aggregation" in d:
            raise DiditValidationError(at + "aggregation", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "aggregation", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "aggregation", "type", "must not contain null")
            validate_TransactionRuleAggregation(x0, at + "aggregation" + "[" + str(i0) + "]" + ".")
    v = d.get("evaluation_mode")
    if v is None:
        if "evaluation_mode" in d:
            raise DiditValidationError(at + "evaluation_mode", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline42:
            raise DiditValidationError(
                at + "evaluation_mode",
                "enum",
                "must be one of: ALL, ANY"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("scope")
    if v is None:
        if "scope" in d:
            raise DiditValidationError(at + "scope", "type", "must not be null")
    else:
        validate_TransactionRuleScope(v, at + "scope" + ".")
    v = d.get("period_days")
    if v is None:
        if "period_days" in d:
            raise DiditValidationError(at + "period_days", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "period_days", "type", "must be an integer, not " + type(v).__name__
            )
        if v < 1:
            raise DiditValidationError(at + "period_days", "min", "must be at least 1")
        if v > 365:
            raise DiditValidationError(at + "period_days", "max", "must be at most 365")


def structure_TransactionRuleBacktestResult(d: Any) -> TransactionRuleBacktestResult:
    """Decode a JSON object into :class:`TransactionRuleBacktestResult`."""
    o = _new(TransactionRuleBacktestResult)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleBacktestResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleBacktestResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TransactionRuleBacktestResult: _Table = (
    ("evaluated", "evaluated", None, False),
    ("matched", "matched", None, False),
    ("affected_entities", "affected_entities", None, False),
    ("period_days", "period_days", None, False),
)


def unstructure_TransactionRuleBacktestResult(o: TransactionRuleBacktestResult) -> dict[str, Any]:
    """Encode :class:`TransactionRuleBacktestResult` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TransactionRuleBacktestResult)


def structure_TransactionRuleLibraryEntry(d: Any) -> TransactionRuleLibraryEntry:
    """Decode a JSON object into :class:`TransactionRuleLibraryEntry`."""
    v: Any
    o = _new(TransactionRuleLibraryEntry)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleLibraryEntry.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleLibraryEntry
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "scope" in vals:
        v = vals["scope"]
        if v.__class__ is dict:
            vals["scope"] = structure_TransactionRuleScope(v)
    if "conditions" in vals:
        v = vals["conditions"]
        if v and v.__class__ is list:
            vals["conditions"] = [
                structure_TransactionRuleCondition(x) if x.__class__ is dict else x for x in v
            ]
    if "aggregation" in vals:
        v = vals["aggregation"]
        if v and v.__class__ is list:
            vals["aggregation"] = [
                structure_TransactionRuleAggregation(x) if x.__class__ is dict else x for x in v
            ]
    if "actions" in vals:
        v = vals["actions"]
        if v and v.__class__ is list:
            vals["actions"] = [
                structure_TransactionRuleAction(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_TransactionRuleLibraryEntry: _Table = (
    ("library_key", "library_key", None, False),
    ("title", "title", None, False),
    ("description", "description", None, False),
    ("category", "category", None, False),
    ("evaluation_mode", "evaluation_mode", None, False),
    (
        "scope",
        "scope",
        lambda v: unstructure_TransactionRuleScope(v) if isinstance(v, TransactionRuleScope) else v,
        False,
    ),
    (
        "conditions",
        "conditions",
        lambda v: (
            [
                unstructure_TransactionRuleCondition(x)
                if isinstance(x, TransactionRuleCondition)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "aggregation",
        "aggregation",
        lambda v: (
            [
                unstructure_TransactionRuleAggregation(x)
                if isinstance(x, TransactionRuleAggregation)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "actions",
        "actions",
        lambda v: (
            [
                unstructure_TransactionRuleAction(x) if isinstance(x, TransactionRuleAction) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("bundle", "bundle", None, False),
    ("tags", "tags", None, False),
    ("industries", "industries", None, False),
    ("source", "source", None, False),
    ("is_installed", "is_installed", None, False),
)


def unstructure_TransactionRuleLibraryEntry(o: TransactionRuleLibraryEntry) -> dict[str, Any]:
    """Encode :class:`TransactionRuleLibraryEntry` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TransactionRuleLibraryEntry)


def structure_TransactionRuleLibraryPage(d: Any) -> TransactionRuleLibraryPage:
    """Decode a JSON object into :class:`TransactionRuleLibraryPage`."""
    v: Any
    o = _new(TransactionRuleLibraryPage)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleLibraryPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleLibraryPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_TransactionRuleLibraryEntry(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_TransactionRuleLibraryPage: _Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [
                unstructure_TransactionRuleLibraryEntry(x)
                if isinstance(x, TransactionRuleLibraryEntry)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_TransactionRuleLibraryPage(o: TransactionRuleLibraryPage) -> dict[str, Any]:
    """Encode :class:`TransactionRuleLibraryPage` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TransactionRuleLibraryPage)


def structure_TransactionRuleInstallRequest(d: Any) -> TransactionRuleInstallRequest:
    """Decode a JSON object into :class:`TransactionRuleInstallRequest`."""
    o = _new(TransactionRuleInstallRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleInstallRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleInstallRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TransactionRuleInstallRequest: _Table = (
    ("library_keys", "library_keys", None, False),
    ("bundle", "bundle", None, False),
)


def unstructure_TransactionRuleInstallRequest(o: TransactionRuleInstallRequest) -> dict[str, Any]:
    """Encode :class:`TransactionRuleInstallRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TransactionRuleInstallRequest)


def validate_TransactionRuleInstallRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionRuleInstallRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "TransactionRuleInstallRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("library_keys")
    if v is None:
        if "library_keys" in d:
            raise DiditValidationError(at + "library_keys", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "library_keys", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "library_keys", "type", "must not contain null")
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "library_keys" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
    v = d.get("bundle")
    if v is None:
        if "bundle" in d:
            raise DiditValidationError(at + "bundle", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "bundle", "type", "must be a string, not " + type(v).__name__
            )


def structure_TransactionRuleInstallResult(d: Any) -> TransactionRuleInstallResult:
    """Decode a JSON object into :class:`TransactionRuleInstallResult`."""
    o = _new(TransactionRuleInstallResult)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleInstallResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleInstallResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TransactionRuleInstallResult: _Table = (
    ("installed_library_keys", "installed_library_keys", None, False),
    ("installed_count", "installed_count", None, False),
    ("uninstalled_count", "uninstalled_count", None, False),
)


def unstructure_TransactionRuleInstallResult(o: TransactionRuleInstallResult) -> dict[str, Any]:
    """Encode :class:`TransactionRuleInstallResult` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TransactionRuleInstallResult)


def structure_WalletScreeningReportRiskFactor(d: Any) -> WalletScreeningReportRiskFactor:
    """Decode a JSON object into :class:`WalletScreeningReportRiskFactor`."""
    o = _new(WalletScreeningReportRiskFactor)
    vals = o.__dict__
    vals.update(d)
    if _K_WalletScreeningReportRiskFactor.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WalletScreeningReportRiskFactor
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_WalletScreeningReportRiskFactor: _Table = (
    ("source", "source", None, False),
    ("category", "category", None, False),
    ("label", "label", None, False),
    ("entity_name", "entity_name", None, True),
    ("direction", "direction", None, False),
    ("exposure_type", "exposure_type", None, False),
    ("amount_usd", "amount_usd", None, True),
    ("percentage", "percentage", None, False),
    ("is_high_risk", "is_high_risk", None, False),
    ("description", "description", None, False),
)


def unstructure_WalletScreeningReportRiskFactor(
    o: WalletScreeningReportRiskFactor,
) -> dict[str, Any]:
    """Encode :class:`WalletScreeningReportRiskFactor` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_WalletScreeningReportRiskFactor)


def validate_WalletScreeningReportRiskFactor(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid WalletScreeningReportRiskFactor."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "WalletScreeningReportRiskFactor",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("source")
    if v is None:
        if "source" in d:
            raise DiditValidationError(at + "source", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline53:
            raise DiditValidationError(
                at + "source",
                "enum",
                "must be one of: attribution, exposure"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("category")
    if v is None:
        if "category" in d:
            raise DiditValidationError(at + "category", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "category", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("label")
    if v is None:
        if "label" in d:
            raise DiditValidationError(at + "label", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "label", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("entity_name")
    if v is not None:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "entity_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("direction")
    if v is None:
        if "direction" in d:
            raise DiditValidationError(at + "direction", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline54:
            raise DiditValidationError(
                at + "direction",
                "enum",
                "must be one of: incoming, outgoing, connected, unknown, attribution"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("exposure_type")
    if v is None:
        if "exposure_type" in d:
            raise DiditValidationError(at + "exposure_type", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline55:
            raise DiditValidationError(
                at + "exposure_type",
                "enum",
                "must be one of: direct, indirect, unknown, attribution"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("amount_usd")
    if v is not None:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise DiditValidationError(
                at + "amount_usd", "type", "must be a number, not " + type(v).__name__
            )
    v = d.get("percentage")
    if v is None:
        if "percentage" in d:
            raise DiditValidationError(at + "percentage", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise DiditValidationError(
                at + "percentage", "type", "must be a number, not " + type(v).__name__
            )
    v = d.get("is_high_risk")
    if v is None:
        if "is_high_risk" in d:
            raise DiditValidationError(at + "is_high_risk", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_high_risk", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("description")
    if v is None:
        if "description" in d:
            raise DiditValidationError(at + "description", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "description", "type", "must be a string, not " + type(v).__name__
            )


def structure_WalletScreeningReportFundFlow(d: Any) -> WalletScreeningReportFundFlow:
    """Decode a JSON object into :class:`WalletScreeningReportFundFlow`."""
    o = _new(WalletScreeningReportFundFlow)
    vals = o.__dict__
    vals.update(d)
    if _K_WalletScreeningReportFundFlow.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WalletScreeningReportFundFlow
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_WalletScreeningReportFundFlow: _Table = (
    ("category", "category", None, False),
    ("entity_name", "entity_name", None, False),
    ("entity_type", "entity_type", None, False),
    ("entity_subtype", "entity_subtype", None, False),
    ("exposure_direction", "exposure_direction", None, False),
    ("exposure_type", "exposure_type", None, False),
    ("is_direct", "is_direct", None, False),
    ("amount_usd", "amount_usd", None, False),
    ("percentage", "percentage", None, False),
    ("hops", "hops", None, False),
    ("country", "country", None, False),
)


def unstructure_WalletScreeningReportFundFlow(o: WalletScreeningReportFundFlow) -> dict[str, Any]:
    """Encode :class:`WalletScreeningReportFundFlow` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_WalletScreeningReportFundFlow)


def validate_WalletScreeningReportFundFlow(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid WalletScreeningReportFundFlow."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "WalletScreeningReportFundFlow",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("category")
    if v is None:
        if "category" in d:
            raise DiditValidationError(at + "category", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "category", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("entity_name")
    if v is None:
        if "entity_name" in d:
            raise DiditValidationError(at + "entity_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "entity_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("entity_type")
    if v is None:
        if "entity_type" in d:
            raise DiditValidationError(at + "entity_type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "entity_type", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("entity_subtype")
    if v is None:
        if "entity_subtype" in d:
            raise DiditValidationError(at + "entity_subtype", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "entity_subtype", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("exposure_direction")
    if v is None:
        if "exposure_direction" in d:
            raise DiditValidationError(at + "exposure_direction", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline56:
            raise DiditValidationError(
                at + "exposure_direction",
                "enum",
                "must be one of: incoming, outgoing, connected"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("exposure_type")
    if v is None:
        if "exposure_type" in d:
            raise DiditValidationError(at + "exposure_type", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline57:
            raise DiditValidationError(
                at + "exposure_type",
                "enum",
                "must be one of: direct, indirect"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("is_direct")
    if v is None:
        if "is_direct" in d:
            raise DiditValidationError(at + "is_direct", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_direct", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("amount_usd")
    if v is None:
        if "amount_usd" in d:
            raise DiditValidationError(at + "amount_usd", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise DiditValidationError(
                at + "amount_usd", "type", "must be a number, not " + type(v).__name__
            )
    v = d.get("percentage")
    if v is None:
        if "percentage" in d:
            raise DiditValidationError(at + "percentage", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise DiditValidationError(
                at + "percentage", "type", "must be a number, not " + type(v).__name__
            )
    v = d.get("hops")
    if v is None:
        if "hops" in d:
            raise DiditValidationError(at + "hops", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "hops", "type", "must be an integer, not " + type(v).__name__
            )
    v = d.get("country")
    if v is None:
        if "country" in d:
            raise DiditValidationError(at + "country", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "country", "type", "must be a string, not " + type(v).__name__
            )


def structure_WalletScreeningReportCounterparty(d: Any) -> WalletScreeningReportCounterparty:
    """Decode a JSON object into :class:`WalletScreeningReportCounterparty`."""
    o = _new(WalletScreeningReportCounterparty)
    vals = o.__dict__
    vals.update(d)
    if _K_WalletScreeningReportCounterparty.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WalletScreeningReportCounterparty
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_WalletScreeningReportCounterparty: _Table = (
    ("entity_name", "entity_name", None, False),
    ("entity_type", "entity_type", None, False),
    ("entity_subtype", "entity_subtype", None, False),
    ("risk_level", "risk_level", None, False),
    ("categories", "categories", None, False),
    ("received_usd", "received_usd", None, False),
    ("sent_usd", "sent_usd", None, False),
    ("received_hops", "received_hops", None, False),
    ("sent_hops", "sent_hops", None, False),
    ("percentage", "percentage", None, False),
    ("is_direct", "is_direct", None, False),
    ("country", "country", None, False),
)


def unstructure_WalletScreeningReportCounterparty(
    o: WalletScreeningReportCounterparty,
) -> dict[str, Any]:
    """Encode :class:`WalletScreeningReportCounterparty` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_WalletScreeningReportCounterparty)


def validate_WalletScreeningReportCounterparty(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid WalletScreeningReportCounterparty."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "WalletScreeningReportCounterparty",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("entity_name")
    if v is None:
        if "entity_name" in d:
            raise DiditValidationError(at + "entity_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "entity_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("entity_type")
    if v is None:
        if "entity_type" in d:
            raise DiditValidationError(at + "entity_type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "entity_type", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("entity_subtype")
    if v is None:
        if "entity_subtype" in d:
            raise DiditValidationError(at + "entity_subtype", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "entity_subtype", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("risk_level")
    if v is None:
        if "risk_level" in d:
            raise DiditValidationError(at + "risk_level", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline51:
            raise DiditValidationError(
                at + "risk_level",
                "enum",
                "must be one of: UNKNOWN, LOW, MEDIUM, HIGH, CRITICAL"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("categories")
    if v is None:
        if "categories" in d:
            raise DiditValidationError(at + "categories", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "categories", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "categories", "type", "must not contain null")
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "categories" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
    v = d.get("received_usd")
    if v is None:
        if "received_usd" in d:
            raise DiditValidationError(at + "received_usd", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise DiditValidationError(
                at + "received_usd", "type", "must be a number, not " + type(v).__name__
            )
    v = d.get("sent_usd")
    if v is None:
        if "sent_usd" in d:
            raise DiditValidationError(at + "sent_usd", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise DiditValidationError(
                at + "sent_usd", "type", "must be a number, not " + type(v).__name__
            )
    v = d.get("received_hops")
    if v is None:
        if "received_hops" in d:
            raise DiditValidationError(at + "received_hops", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "received_hops", "type", "must be an integer, not " + type(v).__name__
            )
    v = d.get("sent_hops")
    if v is None:
        if "sent_hops" in d:
            raise DiditValidationError(at + "sent_hops", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "sent_hops", "type", "must be an integer, not " + type(v).__name__
            )
    v = d.get("percentage")
    if v is None:
        if "percentage" in d:
            raise DiditValidationError(at + "percentage", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise DiditValidationError(
                at + "percentage", "type", "must be a number, not " + type(v).__name__
            )
    v = d.get("is_direct")
    if v is None:
        if "is_direct" in d:
            raise DiditValidationError(at + "is_direct", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_direct", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("country")
    if v is None:
        if "country" in d:
            raise DiditValidationError(at + "country", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "country", "type", "must be a string, not " + type(v).__name__
            )


def structure_WalletScreeningReportRequest(d: Any) -> WalletScreeningReportRequest:
    """Decode a JSON object into :class:`WalletScreeningReportRequest`."""
    v: Any
    o = _new(WalletScreeningReportRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_WalletScreeningReportRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WalletScreeningReportRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "risk_factors" in vals:
        v = vals["risk_factors"]
        if v and v.__class__ is list:
            vals["risk_factors"] = [
                structure_WalletScreeningReportRiskFactor(x) if x.__class__ is dict else x
                for x in v
            ]
    if "source_of_funds" in vals:
        v = vals["source_of_funds"]
        if v and v.__class__ is list:
            vals["source_of_funds"] = [
                structure_WalletScreeningReportFundFlow(x) if x.__class__ is dict else x for x in v
            ]
    if "destination_of_funds" in vals:
        v = vals["destination_of_funds"]
        if v and v.__class__ is list:
            vals["destination_of_funds"] = [
                structure_WalletScreeningReportFundFlow(x) if x.__class__ is dict else x for x in v
            ]
    if "counterparty_connections" in vals:
        v = vals["counterparty_connections"]
        if v and v.__class__ is list:
            vals["counterparty_connections"] = [
                structure_WalletScreeningReportCounterparty(x) if x.__class__ is dict else x
                for x in v
            ]
    return o


_U_WalletScreeningReportRequest: _Table = (
    ("provider", "provider", None, True),
    ("screening_type", "screening_type", None, True),
    ("risk_score", "risk_score", None, True),
    ("severity", "severity", None, True),
    ("status", "status", None, True),
    ("summary", "summary", None, True),
    ("wallet_address", "wallet_address", None, True),
    ("blockchain", "blockchain", None, True),
    ("sanctions_hit", "sanctions_hit", None, True),
    ("dominant_risk_category", "dominant_risk_category", None, True),
    (
        "risk_factors",
        "risk_factors",
        lambda v: (
            [
                unstructure_WalletScreeningReportRiskFactor(x)
                if isinstance(x, WalletScreeningReportRiskFactor)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "source_of_funds",
        "source_of_funds",
        lambda v: (
            [
                unstructure_WalletScreeningReportFundFlow(x)
                if isinstance(x, WalletScreeningReportFundFlow)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
    (
        "destination_of_funds",
        "destination_of_funds",
        lambda v: (
            [
                unstructure_WalletScreeningReportFundFlow(x)
                if isinstance(x, WalletScreeningReportFundFlow)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
    (
        "counterparty_connections",
        "counterparty_connections",
        lambda v: (
            [
                unstructure_WalletScreeningReportCounterparty(x)
                if isinstance(x, WalletScreeningReportCounterparty)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
    ("report_signature", "report_signature", None, True),
)


def unstructure_WalletScreeningReportRequest(o: WalletScreeningReportRequest) -> dict[str, Any]:
    """Encode :class:`WalletScreeningReportRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_WalletScreeningReportRequest)


def validate_WalletScreeningReportRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid WalletScreeningReportRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "WalletScreeningReportRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "provider" not in d:
        raise DiditValidationError(at + "provider", "required", "is required")
    v = d.get("provider")
    if v is None:
        if "provider" in d:
            raise DiditValidationError(at + "provider", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "provider", "type", "must be a string, not " + type(v).__name__
            )
    if "screening_type" not in d:
        raise DiditValidationError(at + "screening_type", "required", "is required")
    v = d.get("screening_type")
    if v is None:
        if "screening_type" in d:
            raise DiditValidationError(at + "screening_type", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline58:
            raise DiditValidationError(
                at + "screening_type",
                "enum",
                "must be one of: WALLET_SCREENING"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    if "risk_score" not in d:
        raise DiditValidationError(at + "risk_score", "required", "is required")
    v = d.get("risk_score")
    if v is None:
        if "risk_score" in d:
            raise DiditValidationError(at + "risk_score", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "risk_score", "type", "must be an integer, not " + type(v).__name__
            )
    if "severity" not in d:
        raise DiditValidationError(at + "severity", "required", "is required")
    v = d.get("severity")
    if v is None:
        if "severity" in d:
            raise DiditValidationError(at + "severity", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline51:
            raise DiditValidationError(
                at + "severity",
                "enum",
                "must be one of: UNKNOWN, LOW, MEDIUM, HIGH, CRITICAL"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    if "status" not in d:
        raise DiditValidationError(at + "status", "required", "is required")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise DiditValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline59:
            raise DiditValidationError(
                at + "status",
                "enum",
                "must be one of: SCREENED, PENDING, ERROR"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    if "summary" not in d:
        raise DiditValidationError(at + "summary", "required", "is required")
    v = d.get("summary")
    if v is None:
        if "summary" in d:
            raise DiditValidationError(at + "summary", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "summary", "type", "must be a string, not " + type(v).__name__
            )
    if "wallet_address" not in d:
        raise DiditValidationError(at + "wallet_address", "required", "is required")
    v = d.get("wallet_address")
    if v is None:
        if "wallet_address" in d:
            raise DiditValidationError(at + "wallet_address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "wallet_address", "type", "must be a string, not " + type(v).__name__
            )
    if "blockchain" not in d:
        raise DiditValidationError(at + "blockchain", "required", "is required")
    v = d.get("blockchain")
    if v is None:
        if "blockchain" in d:
            raise DiditValidationError(at + "blockchain", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "blockchain", "type", "must be a string, not " + type(v).__name__
            )
    if "sanctions_hit" not in d:
        raise DiditValidationError(at + "sanctions_hit", "required", "is required")
    v = d.get("sanctions_hit")
    if v is None:
        if "sanctions_hit" in d:
            raise DiditValidationError(at + "sanctions_hit", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "sanctions_hit", "type", "must be true or false, not " + type(v).__name__
            )
    if "dominant_risk_category" not in d:
        raise DiditValidationError(at + "dominant_risk_category", "required", "is required")
    v = d.get("dominant_risk_category")
    if v is not None:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "dominant_risk_category", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("risk_factors")
    if v is None:
        if "risk_factors" in d:
            raise DiditValidationError(at + "risk_factors", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "risk_factors", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "risk_factors", "type", "must not contain null")
            validate_WalletScreeningReportRiskFactor(
                x0, at + "risk_factors" + "[" + str(i0) + "]" + "."
            )
    if "source_of_funds" not in d:
        raise DiditValidationError(at + "source_of_funds", "required", "is required")
    v = d.get("source_of_funds")
    if v is None:
        if "source_of_funds" in d:
            raise DiditValidationError(at + "source_of_funds", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "source_of_funds", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "source_of_funds", "type", "must not contain null")
            validate_WalletScreeningReportFundFlow(
                x0, at + "source_of_funds" + "[" + str(i0) + "]" + "."
            )
    if "destination_of_funds" not in d:
        raise DiditValidationError(at + "destination_of_funds", "required", "is required")
    v = d.get("destination_of_funds")
    if v is None:
        if "destination_of_funds" in d:
            raise DiditValidationError(at + "destination_of_funds", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "destination_of_funds", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(
                    at + "destination_of_funds", "type", "must not contain null"
                )
            validate_WalletScreeningReportFundFlow(
                x0, at + "destination_of_funds" + "[" + str(i0) + "]" + "."
            )
    if "counterparty_connections" not in d:
        raise DiditValidationError(at + "counterparty_connections", "required", "is required")
    v = d.get("counterparty_connections")
    if v is None:
        if "counterparty_connections" in d:
            raise DiditValidationError(at + "counterparty_connections", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "counterparty_connections", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(
                    at + "counterparty_connections", "type", "must not contain null"
                )
            validate_WalletScreeningReportCounterparty(
                x0, at + "counterparty_connections" + "[" + str(i0) + "]" + "."
            )
    if "report_signature" not in d:
        raise DiditValidationError(at + "report_signature", "required", "is required")
    v = d.get("report_signature")
    if v is None:
        if "report_signature" in d:
            raise DiditValidationError(at + "report_signature", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "report_signature", "type", "must be a string, not " + type(v).__name__
            )


def structure_TransactionSdkTokenRequest(d: Any) -> TransactionSdkTokenRequest:
    """Decode a JSON object into :class:`TransactionSdkTokenRequest`."""
    o = _new(TransactionSdkTokenRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionSdkTokenRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionSdkTokenRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TransactionSdkTokenRequest: _Table = (
    ("vendor_data", "vendor_data", None, True),
    ("ttl_seconds", "ttl_seconds", None, False),
    ("max_uses", "max_uses", None, True),
)


def unstructure_TransactionSdkTokenRequest(o: TransactionSdkTokenRequest) -> dict[str, Any]:
    """Encode :class:`TransactionSdkTokenRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TransactionSdkTokenRequest)


def validate_TransactionSdkTokenRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TransactionSdkTokenRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "TransactionSdkTokenRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "vendor_data" not in d:
        raise DiditValidationError(at + "vendor_data", "required", "is required")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("ttl_seconds")
    if v is None:
        if "ttl_seconds" in d:
            raise DiditValidationError(at + "ttl_seconds", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "ttl_seconds", "type", "must be an integer, not " + type(v).__name__
            )
        if v > 86400:
            raise DiditValidationError(at + "ttl_seconds", "max", "must be at most 86400")
    v = d.get("max_uses")
    if v is not None:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "max_uses", "type", "must be an integer, not " + type(v).__name__
            )


def structure_TransactionSdkToken(d: Any) -> TransactionSdkToken:
    """Decode a JSON object into :class:`TransactionSdkToken`."""
    o = _new(TransactionSdkToken)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionSdkToken.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionSdkToken
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TransactionSdkToken: _Table = (
    ("sdk_token", "sdk_token", None, False),
    ("expires_at", "expires_at", None, False),
)


def unstructure_TransactionSdkToken(o: TransactionSdkToken) -> dict[str, Any]:
    """Encode :class:`TransactionSdkToken` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TransactionSdkToken)


def structure_DeviceTransactionRequestInfo(d: Any) -> DeviceTransactionRequestInfo:
    """Decode a JSON object into :class:`DeviceTransactionRequestInfo`."""
    o = _new(DeviceTransactionRequestInfo)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionRequestInfo.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionRequestInfo
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "currencyType" in vals:
        vals["currency_type"] = vals.pop("currencyType")
    if "amountInDefaultCurrency" in vals:
        vals["amount_in_default_currency"] = vals.pop("amountInDefaultCurrency")
    if "defaultCurrencyCode" in vals:
        vals["default_currency_code"] = vals.pop("defaultCurrencyCode")
    if "paymentDetails" in vals:
        vals["payment_details"] = vals.pop("paymentDetails")
    if "paymentTxnId" in vals:
        vals["payment_txn_id"] = vals.pop("paymentTxnId")
    if "cryptoParams" in vals:
        vals["crypto_params"] = vals.pop("cryptoParams")
    return o


_U_DeviceTransactionRequestInfo: _Table = (
    ("direction", "direction", None, True),
    ("amount", "amount", None, True),
    ("currency", "currency", None, True),
    ("currency_type", "currencyType", None, False),
    ("amount_in_default_currency", "amountInDefaultCurrency", None, True),
    ("default_currency_code", "defaultCurrencyCode", None, False),
    ("payment_details", "paymentDetails", None, True),
    ("payment_txn_id", "paymentTxnId", None, True),
    ("type", "type", None, True),
    (
        "crypto_params",
        "cryptoParams",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_DeviceTransactionRequestInfo(o: DeviceTransactionRequestInfo) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionRequestInfo` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DeviceTransactionRequestInfo)


def validate_DeviceTransactionRequestInfo(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid DeviceTransactionRequestInfo."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "DeviceTransactionRequestInfo",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "direction" not in d:
        raise DiditValidationError(at + "direction", "required", "is required")
    v = d.get("direction")
    if v is None:
        if "direction" in d:
            raise DiditValidationError(at + "direction", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "direction", "type", "must be a string, not " + type(v).__name__
            )
    if "amount" not in d:
        raise DiditValidationError(at + "amount", "required", "is required")
    v = d.get("amount")
    if v is None:
        if "amount" in d:
            raise DiditValidationError(at + "amount", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise DiditValidationError(
                at + "amount", "type", "must be a number, not " + type(v).__name__
            )
    if "currency" not in d:
        raise DiditValidationError(at + "currency", "required", "is required")
    v = d.get("currency")
    if v is None:
        if "currency" in d:
            raise DiditValidationError(at + "currency", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "currency", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("currencyType")
    if v is None:
        if "currencyType" in d:
            raise DiditValidationError(at + "currencyType", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "currencyType", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("amountInDefaultCurrency")
    if v is not None:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise DiditValidationError(
                at + "amountInDefaultCurrency", "type", "must be a number, not " + type(v).__name__
            )
    v = d.get("defaultCurrencyCode")
    if v is None:
        if "defaultCurrencyCode" in d:
            raise DiditValidationError(at + "defaultCurrencyCode", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "defaultCurrencyCode", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("paymentDetails")
    if v is not None:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "paymentDetails", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("paymentTxnId")
    if v is not None:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "paymentTxnId", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("type")
    if v is not None:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "type", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("cryptoParams")
    if v is None:
        if "cryptoParams" in d:
            raise DiditValidationError(at + "cryptoParams", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "cryptoParams", "type", "must be an object, not " + type(v).__name__
            )


def structure_DeviceTransactionRequestSubjectPaymentMethod(
    d: Any,
) -> DeviceTransactionRequestSubjectPaymentMethod:
    """Decode a JSON object into :class:`DeviceTransactionRequestSubjectPaymentMethod`."""
    o = _new(DeviceTransactionRequestSubjectPaymentMethod)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionRequestSubjectPaymentMethod.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionRequestSubjectPaymentMethod
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "accountId" in vals:
        vals["account_id"] = vals.pop("accountId")
    if "issuingCountry" in vals:
        vals["issuing_country"] = vals.pop("issuingCountry")
    return o


_U_DeviceTransactionRequestSubjectPaymentMethod: _Table = (
    ("type", "type", None, False),
    ("account_id", "accountId", None, False),
    ("issuing_country", "issuingCountry", None, False),
)


def unstructure_DeviceTransactionRequestSubjectPaymentMethod(
    o: DeviceTransactionRequestSubjectPaymentMethod,
) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionRequestSubjectPaymentMethod` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DeviceTransactionRequestSubjectPaymentMethod)


def validate_DeviceTransactionRequestSubjectPaymentMethod(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid DeviceTransactionRequestSubjectPaymentMethod."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "DeviceTransactionRequestSubjectPaymentMethod",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("type")
    if v is None:
        if "type" in d:
            raise DiditValidationError(at + "type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "type", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("accountId")
    if v is None:
        if "accountId" in d:
            raise DiditValidationError(at + "accountId", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "accountId", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("issuingCountry")
    if v is None:
        if "issuingCountry" in d:
            raise DiditValidationError(at + "issuingCountry", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "issuingCountry", "type", "must be a string, not " + type(v).__name__
            )


def structure_DeviceTransactionRequestSubject(d: Any) -> DeviceTransactionRequestSubject:
    """Decode a JSON object into :class:`DeviceTransactionRequestSubject`."""
    v: Any
    o = _new(DeviceTransactionRequestSubject)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionRequestSubject.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionRequestSubject
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "externalUserId" in vals:
        vals["external_user_id"] = vals.pop("externalUserId")
    if "fullName" in vals:
        vals["full_name"] = vals.pop("fullName")
    if "firstName" in vals:
        vals["first_name"] = vals.pop("firstName")
    if "lastName" in vals:
        vals["last_name"] = vals.pop("lastName")
    if "institutionInfo" in vals:
        vals["institution_info"] = vals.pop("institutionInfo")
    if "paymentMethod" in vals:
        vals["payment_method"] = vals.pop("paymentMethod")
    if "payment_method" in vals:
        v = vals["payment_method"]
        if v.__class__ is dict:
            vals["payment_method"] = structure_DeviceTransactionRequestSubjectPaymentMethod(v)
    return o


_U_DeviceTransactionRequestSubject: _Table = (
    ("type", "type", None, False),
    ("external_user_id", "externalUserId", None, False),
    ("full_name", "fullName", None, True),
    ("first_name", "firstName", None, False),
    ("last_name", "lastName", None, False),
    ("dob", "dob", None, False),
    (
        "address",
        "address",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "institution_info",
        "institutionInfo",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "device",
        "device",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "payment_method",
        "paymentMethod",
        lambda v: (
            unstructure_DeviceTransactionRequestSubjectPaymentMethod(v)
            if isinstance(v, DeviceTransactionRequestSubjectPaymentMethod)
            else v
        ),
        False,
    ),
)


def unstructure_DeviceTransactionRequestSubject(
    o: DeviceTransactionRequestSubject,
) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionRequestSubject` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DeviceTransactionRequestSubject)


def validate_DeviceTransactionRequestSubject(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid DeviceTransactionRequestSubject."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "DeviceTransactionRequestSubject",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("type")
    if v is None:
        if "type" in d:
            raise DiditValidationError(at + "type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "type", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("externalUserId")
    if v is None:
        if "externalUserId" in d:
            raise DiditValidationError(at + "externalUserId", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "externalUserId", "type", "must be a string, not " + type(v).__name__
            )
    if "fullName" not in d:
        raise DiditValidationError(at + "fullName", "required", "is required")
    v = d.get("fullName")
    if v is None:
        if "fullName" in d:
            raise DiditValidationError(at + "fullName", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "fullName", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("firstName")
    if v is None:
        if "firstName" in d:
            raise DiditValidationError(at + "firstName", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "firstName", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("lastName")
    if v is None:
        if "lastName" in d:
            raise DiditValidationError(at + "lastName", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "lastName", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("dob")
    if v is None:
        if "dob" in d:
            raise DiditValidationError(at + "dob", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "dob", "type", "must be a string, not " + type(v).__name__
            )
        if not is_date(v):
            raise DiditValidationError(at + "dob", "format", "must be a valid date")
    v = d.get("address")
    if v is None:
        if "address" in d:
            raise DiditValidationError(at + "address", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "address", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("institutionInfo")
    if v is None:
        if "institutionInfo" in d:
            raise DiditValidationError(at + "institutionInfo", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "institutionInfo", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("device")
    if v is None:
        if "device" in d:
            raise DiditValidationError(at + "device", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "device", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("paymentMethod")
    if v is None:
        if "paymentMethod" in d:
            raise DiditValidationError(at + "paymentMethod", "type", "must not be null")
    else:
        validate_DeviceTransactionRequestSubjectPaymentMethod(v, at + "paymentMethod" + ".")


def structure_DeviceTransactionRequestCounterparty(d: Any) -> DeviceTransactionRequestCounterparty:
    """Decode a JSON object into :class:`DeviceTransactionRequestCounterparty`."""
    v: Any
    o = _new(DeviceTransactionRequestCounterparty)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionRequestCounterparty.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionRequestCounterparty
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "externalUserId" in vals:
        vals["external_user_id"] = vals.pop("externalUserId")
    if "fullName" in vals:
        vals["full_name"] = vals.pop("fullName")
    if "firstName" in vals:
        vals["first_name"] = vals.pop("firstName")
    if "lastName" in vals:
        vals["last_name"] = vals.pop("lastName")
    if "institutionInfo" in vals:
        vals["institution_info"] = vals.pop("institutionInfo")
    if "paymentMethod" in vals:
        vals["payment_method"] = vals.pop("paymentMethod")
    if "payment_method" in vals:
        v = vals["payment_method"]
        if v.__class__ is dict:
            vals["payment_method"] = structure_DeviceTransactionRequestSubjectPaymentMethod(v)
    return o


_U_DeviceTransactionRequestCounterparty: _Table = (
    ("type", "type", None, False),
    ("external_user_id", "externalUserId", None, False),
    ("full_name", "fullName", None, False),
    ("first_name", "firstName", None, False),
    ("last_name", "lastName", None, False),
    ("dob", "dob", None, False),
    (
        "address",
        "address",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "institution_info",
        "institutionInfo",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "device",
        "device",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "payment_method",
        "paymentMethod",
        lambda v: (
            unstructure_DeviceTransactionRequestSubjectPaymentMethod(v)
            if isinstance(v, DeviceTransactionRequestSubjectPaymentMethod)
            else v
        ),
        False,
    ),
)


def unstructure_DeviceTransactionRequestCounterparty(
    o: DeviceTransactionRequestCounterparty,
) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionRequestCounterparty` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DeviceTransactionRequestCounterparty)


def validate_DeviceTransactionRequestCounterparty(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid DeviceTransactionRequestCounterparty."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "DeviceTransactionRequestCounterparty",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("type")
    if v is None:
        if "type" in d:
            raise DiditValidationError(at + "type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "type", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("externalUserId")
    if v is None:
        if "externalUserId" in d:
            raise DiditValidationError(at + "externalUserId", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "externalUserId", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("fullName")
    if v is None:
        if "fullName" in d:
            raise DiditValidationError(at + "fullName", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "fullName", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("firstName")
    if v is None:
        if "firstName" in d:
            raise DiditValidationError(at + "firstName", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "firstName", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("lastName")
    if v is None:
        if "lastName" in d:
            raise DiditValidationError(at + "lastName", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "lastName", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("dob")
    if v is None:
        if "dob" in d:
            raise DiditValidationError(at + "dob", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "dob", "type", "must be a string, not " + type(v).__name__
            )
        if not is_date(v):
            raise DiditValidationError(at + "dob", "format", "must be a valid date")
    v = d.get("address")
    if v is None:
        if "address" in d:
            raise DiditValidationError(at + "address", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "address", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("institutionInfo")
    if v is None:
        if "institutionInfo" in d:
            raise DiditValidationError(at + "institutionInfo", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "institutionInfo", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("device")
    if v is None:
        if "device" in d:
            raise DiditValidationError(at + "device", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "device", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("paymentMethod")
    if v is None:
        if "paymentMethod" in d:
            raise DiditValidationError(at + "paymentMethod", "type", "must not be null")
    else:
        validate_DeviceTransactionRequestSubjectPaymentMethod(v, at + "paymentMethod" + ".")


def structure_DeviceTransactionRequestTravelRule(d: Any) -> DeviceTransactionRequestTravelRule:
    """Decode a JSON object into :class:`DeviceTransactionRequestTravelRule`."""
    o = _new(DeviceTransactionRequestTravelRule)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionRequestTravelRule.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionRequestTravelRule
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "obligationsCount" in vals:
        vals["obligations_count"] = vals.pop("obligationsCount")
    if "originatorData" in vals:
        vals["originator_data"] = vals.pop("originatorData")
    if "beneficiaryData" in vals:
        vals["beneficiary_data"] = vals.pop("beneficiaryData")
    return o


_U_DeviceTransactionRequestTravelRule: _Table = (
    ("status", "status", None, True),
    ("protocol", "protocol", None, False),
    ("required", "required", None, False),
    ("obligations_count", "obligationsCount", None, False),
    (
        "originator_data",
        "originatorData",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "beneficiary_data",
        "beneficiaryData",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_DeviceTransactionRequestTravelRule(
    o: DeviceTransactionRequestTravelRule,
) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionRequestTravelRule` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DeviceTransactionRequestTravelRule)


def validate_DeviceTransactionRequestTravelRule(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid DeviceTransactionRequestTravelRule."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "DeviceTransactionRequestTravelRule",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "status" not in d:
        raise DiditValidationError(at + "status", "required", "is required")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise DiditValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "status", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("protocol")
    if v is None:
        if "protocol" in d:
            raise DiditValidationError(at + "protocol", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "protocol", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("required")
    if v is None:
        if "required" in d:
            raise DiditValidationError(at + "required", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "required", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("obligationsCount")
    if v is None:
        if "obligationsCount" in d:
            raise DiditValidationError(at + "obligationsCount", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "obligationsCount", "type", "must be an integer, not " + type(v).__name__
            )
    v = d.get("originatorData")
    if v is None:
        if "originatorData" in d:
            raise DiditValidationError(at + "originatorData", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "originatorData", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("beneficiaryData")
    if v is None:
        if "beneficiaryData" in d:
            raise DiditValidationError(at + "beneficiaryData", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "beneficiaryData", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("metadata")
    if v is None:
        if "metadata" in d:
            raise DiditValidationError(at + "metadata", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "metadata", "type", "must be an object, not " + type(v).__name__
            )


def structure_DeviceTransactionRequest(d: Any) -> DeviceTransactionRequest:
    """Decode a JSON object into :class:`DeviceTransactionRequest`."""
    v: Any
    o = _new(DeviceTransactionRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "txnId" in vals:
        vals["txn_id"] = vals.pop("txnId")
    if "txnDate" in vals:
        vals["txn_date"] = vals.pop("txnDate")
    if "zoneId" in vals:
        vals["zone_id"] = vals.pop("zoneId")
    if "travelRule" in vals:
        vals["travel_rule"] = vals.pop("travelRule")
    if "includeCryptoScreening" in vals:
        vals["include_crypto_screening"] = vals.pop("includeCryptoScreening")
    if "info" in vals:
        v = vals["info"]
        if v.__class__ is dict:
            vals["info"] = structure_DeviceTransactionRequestInfo(v)
    if "subject" in vals:
        v = vals["subject"]
        if v.__class__ is dict:
            vals["subject"] = structure_DeviceTransactionRequestSubject(v)
    if "counterparty" in vals:
        v = vals["counterparty"]
        if v.__class__ is dict:
            vals["counterparty"] = structure_DeviceTransactionRequestCounterparty(v)
    if "travel_rule" in vals:
        v = vals["travel_rule"]
        if v.__class__ is dict:
            vals["travel_rule"] = structure_DeviceTransactionRequestTravelRule(v)
    return o


_U_DeviceTransactionRequest: _Table = (
    ("txn_id", "txnId", None, True),
    ("txn_date", "txnDate", None, False),
    ("zone_id", "zoneId", None, False),
    ("type", "type", None, True),
    (
        "info",
        "info",
        lambda v: (
            unstructure_DeviceTransactionRequestInfo(v)
            if isinstance(v, DeviceTransactionRequestInfo)
            else v
        ),
        True,
    ),
    (
        "subject",
        "subject",
        lambda v: (
            unstructure_DeviceTransactionRequestSubject(v)
            if isinstance(v, DeviceTransactionRequestSubject)
            else v
        ),
        True,
    ),
    (
        "counterparty",
        "counterparty",
        lambda v: (
            unstructure_DeviceTransactionRequestCounterparty(v)
            if isinstance(v, DeviceTransactionRequestCounterparty)
            else v
        ),
        False,
    ),
    (
        "props",
        "props",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "travel_rule",
        "travelRule",
        lambda v: (
            unstructure_DeviceTransactionRequestTravelRule(v)
            if isinstance(v, DeviceTransactionRequestTravelRule)
            else v
        ),
        False,
    ),
    ("include_crypto_screening", "includeCryptoScreening", None, True),
    (
        "fingerprint_v2",
        "fingerprint_v2",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_DeviceTransactionRequest(o: DeviceTransactionRequest) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DeviceTransactionRequest)


def validate_DeviceTransactionRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid DeviceTransactionRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "DeviceTransactionRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "txnId" not in d:
        raise DiditValidationError(at + "txnId", "required", "is required")
    v = d.get("txnId")
    if v is None:
        if "txnId" in d:
            raise DiditValidationError(at + "txnId", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "txnId", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("txnDate")
    if v is None:
        if "txnDate" in d:
            raise DiditValidationError(at + "txnDate", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "txnDate", "type", "must be a string, not " + type(v).__name__
            )
        if not is_datetime(v):
            raise DiditValidationError(at + "txnDate", "format", "must be a valid date-time")
    v = d.get("zoneId")
    if v is None:
        if "zoneId" in d:
            raise DiditValidationError(at + "zoneId", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "zoneId", "type", "must be a string, not " + type(v).__name__
            )
    if "type" not in d:
        raise DiditValidationError(at + "type", "required", "is required")
    v = d.get("type")
    if v is None:
        if "type" in d:
            raise DiditValidationError(at + "type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "type", "type", "must be a string, not " + type(v).__name__
            )
    if "info" not in d:
        raise DiditValidationError(at + "info", "required", "is required")
    v = d.get("info")
    if v is None:
        if "info" in d:
            raise DiditValidationError(at + "info", "type", "must not be null")
    else:
        validate_DeviceTransactionRequestInfo(v, at + "info" + ".")
    if "subject" not in d:
        raise DiditValidationError(at + "subject", "required", "is required")
    v = d.get("subject")
    if v is None:
        if "subject" in d:
            raise DiditValidationError(at + "subject", "type", "must not be null")
    else:
        validate_DeviceTransactionRequestSubject(v, at + "subject" + ".")
    v = d.get("counterparty")
    if v is None:
        if "counterparty" in d:
            raise DiditValidationError(at + "counterparty", "type", "must not be null")
    else:
        validate_DeviceTransactionRequestCounterparty(v, at + "counterparty" + ".")
    v = d.get("props")
    if v is None:
        if "props" in d:
            raise DiditValidationError(at + "props", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "props", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("travelRule")
    if v is None:
        if "travelRule" in d:
            raise DiditValidationError(at + "travelRule", "type", "must not be null")
    else:
        validate_DeviceTransactionRequestTravelRule(v, at + "travelRule" + ".")
    v = d.get("includeCryptoScreening")
    if v is not None:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "includeCryptoScreening",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("fingerprint_v2")
    if v is None:
        if "fingerprint_v2" in d:
            raise DiditValidationError(at + "fingerprint_v2", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "fingerprint_v2", "type", "must be an object, not " + type(v).__name__
            )


def structure_DeviceTransactionTag(d: Any) -> DeviceTransactionTag:
    """Decode a JSON object into :class:`DeviceTransactionTag`."""
    o = _new(DeviceTransactionTag)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionTag.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionTag
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransactionTag: _Table = (
    ("uuid", "uuid", None, False),
    ("name", "name", None, False),
    ("color", "color", None, False),
    ("description", "description", None, False),
    ("source", "source", None, False),
)


def unstructure_DeviceTransactionTag(o: DeviceTransactionTag) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionTag` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DeviceTransactionTag)


def structure_DeviceTransactionPartyDeviceNetworkContext(
    d: Any,
) -> DeviceTransactionPartyDeviceNetworkContext:
    """Decode a JSON object into :class:`DeviceTransactionPartyDeviceNetworkContext`."""
    o = _new(DeviceTransactionPartyDeviceNetworkContext)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionPartyDeviceNetworkContext.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionPartyDeviceNetworkContext
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransactionPartyDeviceNetworkContext: _Table = (
    ("ip_address", "ip_address", None, False),
    ("ip_country_code", "ip_country_code", None, False),
    ("latitude", "latitude", None, False),
    ("longitude", "longitude", None, False),
)


def unstructure_DeviceTransactionPartyDeviceNetworkContext(
    o: DeviceTransactionPartyDeviceNetworkContext,
) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionPartyDeviceNetworkContext` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DeviceTransactionPartyDeviceNetworkContext)


def structure_DeviceTransactionPartyDevice(d: Any) -> DeviceTransactionPartyDevice:
    """Decode a JSON object into :class:`DeviceTransactionPartyDevice`."""
    v: Any
    o = _new(DeviceTransactionPartyDevice)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionPartyDevice.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionPartyDevice
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "network_context" in vals:
        v = vals["network_context"]
        if v.__class__ is dict:
            vals["network_context"] = structure_DeviceTransactionPartyDeviceNetworkContext(v)
    return o


_U_DeviceTransactionPartyDevice: _Table = (
    ("fingerprint", "fingerprint", None, False),
    ("persistent_device_id", "persistent_device_id", None, False),
    ("user_agent", "user_agent", None, False),
    ("browser_family", "browser_family", None, False),
    ("browser_version", "browser_version", None, False),
    ("platform", "platform", None, False),
    ("os_family", "os_family", None, False),
    ("os_version", "os_version", None, False),
    ("accept_language", "accept_language", None, False),
    ("session_id", "session_id", None, False),
    ("session_age_ms", "session_age_ms", None, False),
    (
        "network_context",
        "network_context",
        lambda v: (
            unstructure_DeviceTransactionPartyDeviceNetworkContext(v)
            if isinstance(v, DeviceTransactionPartyDeviceNetworkContext)
            else v
        ),
        False,
    ),
)


def unstructure_DeviceTransactionPartyDevice(o: DeviceTransactionPartyDevice) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionPartyDevice` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DeviceTransactionPartyDevice)


def structure_DeviceTransactionParty(d: Any) -> DeviceTransactionParty:
    """Decode a JSON object into :class:`DeviceTransactionParty`."""
    v: Any
    o = _new(DeviceTransactionParty)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionParty.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionParty
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "device" in vals:
        v = vals["device"]
        if v.__class__ is dict:
            vals["device"] = structure_DeviceTransactionPartyDevice(v)
    return o


_U_DeviceTransactionParty: _Table = (
    ("uuid", "uuid", None, False),
    ("role", "role", None, False),
    ("entity_type", "entity_type", None, False),
    ("kind", "kind", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("full_name", "full_name", None, False),
    ("first_name", "first_name", None, False),
    ("last_name", "last_name", None, False),
    ("country_code", "country_code", None, False),
    ("dob", "dob", None, False),
    (
        "address",
        "address",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "institution_info",
        "institution_info",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "device",
        "device",
        lambda v: (
            unstructure_DeviceTransactionPartyDevice(v)
            if isinstance(v, DeviceTransactionPartyDevice)
            else v
        ),
        False,
    ),
    (
        "external_party_snapshot",
        "external_party_snapshot",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_DeviceTransactionParty(o: DeviceTransactionParty) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionParty` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DeviceTransactionParty)


def structure_DeviceTransactionPaymentMethod(d: Any) -> DeviceTransactionPaymentMethod:
    """Decode a JSON object into :class:`DeviceTransactionPaymentMethod`."""
    o = _new(DeviceTransactionPaymentMethod)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionPaymentMethod.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionPaymentMethod
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransactionPaymentMethod: _Table = (
    ("uuid", "uuid", None, False),
    ("payment_method_type", "payment_method_type", None, False),
    ("label", "label", None, False),
    ("fingerprint", "fingerprint", None, False),
    ("account_id", "account_id", None, False),
    ("issuing_country", "issuing_country", None, False),
    ("owner_kind", "owner_kind", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("owner_name", "owner_name", None, False),
    (
        "institution_info",
        "institution_info",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "details",
        "details",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "external_owner_snapshot",
        "external_owner_snapshot",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("role", "role", None, False),
)


def unstructure_DeviceTransactionPaymentMethod(o: DeviceTransactionPaymentMethod) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionPaymentMethod` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DeviceTransactionPaymentMethod)


def structure_DeviceTransactionDocumentFile(d: Any) -> DeviceTransactionDocumentFile:
    """Decode a JSON object into :class:`DeviceTransactionDocumentFile`."""
    o = _new(DeviceTransactionDocumentFile)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionDocumentFile.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionDocumentFile
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransactionDocumentFile: _Table = (
    ("uuid", "uuid", None, False),
    ("file_url", "file_url", None, False),
    ("original_filename", "original_filename", None, False),
    ("file_size", "file_size", None, False),
)


def unstructure_DeviceTransactionDocumentFile(o: DeviceTransactionDocumentFile) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionDocumentFile` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DeviceTransactionDocumentFile)


def structure_DeviceTransactionDocument(d: Any) -> DeviceTransactionDocument:
    """Decode a JSON object into :class:`DeviceTransactionDocument`."""
    v: Any
    o = _new(DeviceTransactionDocument)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionDocument.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionDocument
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "files" in vals:
        v = vals["files"]
        if v and v.__class__ is list:
            vals["files"] = [
                structure_DeviceTransactionDocumentFile(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_DeviceTransactionDocument: _Table = (
    ("uuid", "uuid", None, False),
    ("label", "label", None, False),
    ("note", "note", None, False),
    ("uploaded_by", "uploaded_by", None, False),
    ("created_at", "created_at", None, False),
    (
        "files",
        "files",
        lambda v: (
            [
                unstructure_DeviceTransactionDocumentFile(x)
                if isinstance(x, DeviceTransactionDocumentFile)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_DeviceTransactionDocument(o: DeviceTransactionDocument) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionDocument` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DeviceTransactionDocument)


def structure_DeviceTransactionActivity(d: Any) -> DeviceTransactionActivity:
    """Decode a JSON object into :class:`DeviceTransactionActivity`."""
    o = _new(DeviceTransactionActivity)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionActivity.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionActivity
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransactionActivity: _Table = (
    ("uuid", "uuid", None, False),
    ("activity_type", "activity_type", None, False),
    ("source", "source", None, False),
    ("status", "status", None, False),
    ("title", "title", None, False),
    ("description", "description", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("occurred_at", "occurred_at", None, False),
)


def unstructure_DeviceTransactionActivity(o: DeviceTransactionActivity) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionActivity` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DeviceTransactionActivity)


def structure_DeviceTransactionAlert(d: Any) -> DeviceTransactionAlert:
    """Decode a JSON object into :class:`DeviceTransactionAlert`."""
    o = _new(DeviceTransactionAlert)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionAlert.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionAlert
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransactionAlert: _Table = (
    ("uuid", "uuid", None, False),
    ("title", "title", None, False),
    ("description", "description", None, False),
    ("severity", "severity", None, False),
    ("status", "status", None, False),
    ("source", "source", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
    ("due_at", "due_at", None, False),
)


def unstructure_DeviceTransactionAlert(o: DeviceTransactionAlert) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionAlert` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DeviceTransactionAlert)


def structure_DeviceTransactionRuleRun(d: Any) -> DeviceTransactionRuleRun:
    """Decode a JSON object into :class:`DeviceTransactionRuleRun`."""
    o = _new(DeviceTransactionRuleRun)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionRuleRun.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionRuleRun
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransactionRuleRun: _Table = (
    ("uuid", "uuid", None, False),
    ("rule", "rule", None, False),
    ("rule_title", "rule_title", None, False),
    ("rule_description", "rule_description", None, False),
    ("rule_category", "rule_category", None, False),
    ("matched", "matched", None, False),
    ("is_test", "is_test", None, False),
    ("mode", "mode", None, False),
    ("severity", "severity", None, False),
    ("score_delta", "score_delta", None, False),
    ("status_target", "status_target", None, False),
    ("action_summary", "action_summary", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_DeviceTransactionRuleRun(o: DeviceTransactionRuleRun) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionRuleRun` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DeviceTransactionRuleRun)


def structure_DeviceTransactionProviderResult(d: Any) -> DeviceTransactionProviderResult:
    """Decode a JSON object into :class:`DeviceTransactionProviderResult`."""
    o = _new(DeviceTransactionProviderResult)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionProviderResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionProviderResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransactionProviderResult: _Table = (
    ("uuid", "uuid", None, False),
    ("provider", "provider", None, False),
    ("result_type", "result_type", None, False),
    ("status", "status", None, False),
    ("severity", "severity", None, False),
    ("score", "score", None, False),
    ("summary", "summary", None, False),
    (
        "payload",
        "payload",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_DeviceTransactionProviderResult(
    o: DeviceTransactionProviderResult,
) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionProviderResult` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DeviceTransactionProviderResult)


def structure_DeviceTransactionTravelRule(d: Any) -> DeviceTransactionTravelRule:
    """Decode a JSON object into :class:`DeviceTransactionTravelRule`."""
    o = _new(DeviceTransactionTravelRule)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionTravelRule.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionTravelRule
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransactionTravelRule: _Table = (
    ("uuid", "uuid", None, False),
    ("status", "status", None, False),
    ("protocol", "protocol", None, False),
    ("required", "required", None, False),
    ("obligations_count", "obligations_count", None, False),
    (
        "originator_data",
        "originator_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "beneficiary_data",
        "beneficiary_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_DeviceTransactionTravelRule(o: DeviceTransactionTravelRule) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionTravelRule` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DeviceTransactionTravelRule)


def structure_DeviceTransactionNetworkSnapshot(d: Any) -> DeviceTransactionNetworkSnapshot:
    """Decode a JSON object into :class:`DeviceTransactionNetworkSnapshot`."""
    o = _new(DeviceTransactionNetworkSnapshot)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionNetworkSnapshot.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionNetworkSnapshot
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransactionNetworkSnapshot: _Table = (
    ("uuid", "uuid", None, False),
    (
        "nodes",
        "nodes",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "edges",
        "edges",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "metrics",
        "metrics",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_DeviceTransactionNetworkSnapshot(
    o: DeviceTransactionNetworkSnapshot,
) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionNetworkSnapshot` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DeviceTransactionNetworkSnapshot)


def structure_DeviceTransactionRemediation(d: Any) -> DeviceTransactionRemediation:
    """Decode a JSON object into :class:`DeviceTransactionRemediation`."""
    o = _new(DeviceTransactionRemediation)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionRemediation.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionRemediation
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransactionRemediation: _Table = (
    ("session_id", "session_id", None, False),
    ("session_token", "session_token", None, False),
    ("url", "url", None, False),
    ("status", "status", None, False),
)


def unstructure_DeviceTransactionRemediation(o: DeviceTransactionRemediation) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionRemediation` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DeviceTransactionRemediation)


def structure_DeviceTransactionActionRequired(d: Any) -> DeviceTransactionActionRequired:
    """Decode a JSON object into :class:`DeviceTransactionActionRequired`."""
    o = _new(DeviceTransactionActionRequired)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionActionRequired.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionActionRequired
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransactionActionRequired: _Table = (
    ("type", "type", None, True),
    ("url", "url", None, True),
    ("session_id", "session_id", None, False),
    ("session_token", "session_token", None, False),
    ("status", "status", None, False),
    ("widget_session_id", "widget_session_id", None, False),
    ("expires_at", "expires_at", None, False),
)


def unstructure_DeviceTransactionActionRequired(
    o: DeviceTransactionActionRequired,
) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionActionRequired` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DeviceTransactionActionRequired)


def structure_DeviceTransaction(d: Any) -> DeviceTransaction:
    """Decode a JSON object into :class:`DeviceTransaction`."""
    v: Any
    o = _new(DeviceTransaction)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransaction.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransaction
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "tags" in vals:
        v = vals["tags"]
        if v and v.__class__ is list:
            vals["tags"] = [
                structure_DeviceTransactionTag(x) if x.__class__ is dict else x for x in v
            ]
    if "parties" in vals:
        v = vals["parties"]
        if v and v.__class__ is list:
            vals["parties"] = [
                structure_DeviceTransactionParty(x) if x.__class__ is dict else x for x in v
            ]
    if "payment_methods" in vals:
        v = vals["payment_methods"]
        if v and v.__class__ is list:
            vals["payment_methods"] = [
                structure_DeviceTransactionPaymentMethod(x) if x.__class__ is dict else x for x in v
            ]
    if "documents" in vals:
        v = vals["documents"]
        if v and v.__class__ is list:
            vals["documents"] = [
                structure_DeviceTransactionDocument(x) if x.__class__ is dict else x for x in v
            ]
    if "activities" in vals:
        v = vals["activities"]
        if v and v.__class__ is list:
            vals["activities"] = [
                structure_DeviceTransactionActivity(x) if x.__class__ is dict else x for x in v
            ]
    if "alerts" in vals:
        v = vals["alerts"]
        if v and v.__class__ is list:
            vals["alerts"] = [
                structure_DeviceTransactionAlert(x) if x.__class__ is dict else x for x in v
            ]
    if "rule_runs" in vals:
        v = vals["rule_runs"]
        if v and v.__class__ is list:
            vals["rule_runs"] = [
                structure_DeviceTransactionRuleRun(x) if x.__class__ is dict else x for x in v
            ]
    if "provider_results" in vals:
        v = vals["provider_results"]
        if v and v.__class__ is list:
            vals["provider_results"] = [
                structure_DeviceTransactionProviderResult(x) if x.__class__ is dict else x
                for x in v
            ]
    if "travel_rule" in vals:
        v = vals["travel_rule"]
        if v.__class__ is dict:
            vals["travel_rule"] = structure_DeviceTransactionTravelRule(v)
    if "network_snapshot" in vals:
        v = vals["network_snapshot"]
        if v.__class__ is dict:
            vals["network_snapshot"] = structure_DeviceTransactionNetworkSnapshot(v)
    if "remediation" in vals:
        v = vals["remediation"]
        if v.__class__ is dict:
            vals["remediation"] = structure_DeviceTransactionRemediation(v)
    if "action_required" in vals:
        v = vals["action_required"]
        if v.__class__ is dict:
            vals["action_required"] = structure_DeviceTransactionActionRequired(v)
    return o


_U_DeviceTransaction: _Table = (
    ("uuid", "uuid", None, False),
    ("environment", "environment", None, False),
    ("transaction_number", "transaction_number", None, False),
    ("txn_id", "txn_id", None, False),
    ("txn_date", "txn_date", None, False),
    ("zone_id", "zone_id", None, False),
    ("transaction_type", "transaction_type", None, False),
    ("action_type", "action_type", None, False),
    ("direction", "direction", None, False),
    ("status", "status", None, False),
    ("source", "source", None, False),
    ("amount", "amount", None, False),
    ("currency", "currency", None, False),
    ("currency_type", "currency_type", None, False),
    ("amount_in_default_currency", "amount_in_default_currency", None, False),
    ("default_currency_code", "default_currency_code", None, False),
    ("preferred_currency_amount", "preferred_currency_amount", None, False),
    ("preferred_currency_code", "preferred_currency_code", None, False),
    ("payment_details", "payment_details", None, False),
    ("payment_txn_id", "payment_txn_id", None, False),
    ("score", "score", None, False),
    ("severity", "severity", None, False),
    ("decision_reason_code", "decision_reason_code", None, False),
    ("decision_reason_label", "decision_reason_label", None, False),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "props",
        "props",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "tags",
        "tags",
        lambda v: (
            [
                unstructure_DeviceTransactionTag(x) if isinstance(x, DeviceTransactionTag) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "parties",
        "parties",
        lambda v: (
            [
                unstructure_DeviceTransactionParty(x)
                if isinstance(x, DeviceTransactionParty)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "payment_methods",
        "payment_methods",
        lambda v: (
            [
                unstructure_DeviceTransactionPaymentMethod(x)
                if isinstance(x, DeviceTransactionPaymentMethod)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "documents",
        "documents",
        lambda v: (
            [
                unstructure_DeviceTransactionDocument(x)
                if isinstance(x, DeviceTransactionDocument)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "activities",
        "activities",
        lambda v: (
            [
                unstructure_DeviceTransactionActivity(x)
                if isinstance(x, DeviceTransactionActivity)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "alerts",
        "alerts",
        lambda v: (
            [
                unstructure_DeviceTransactionAlert(x)
                if isinstance(x, DeviceTransactionAlert)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "rule_runs",
        "rule_runs",
        lambda v: (
            [
                unstructure_DeviceTransactionRuleRun(x)
                if isinstance(x, DeviceTransactionRuleRun)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "provider_results",
        "provider_results",
        lambda v: (
            [
                unstructure_DeviceTransactionProviderResult(x)
                if isinstance(x, DeviceTransactionProviderResult)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "travel_rule",
        "travel_rule",
        lambda v: (
            unstructure_DeviceTransactionTravelRule(v)
            if isinstance(v, DeviceTransactionTravelRule)
            else v
        ),
        False,
    ),
    (
        "network_snapshot",
        "network_snapshot",
        lambda v: (
            unstructure_DeviceTransactionNetworkSnapshot(v)
            if isinstance(v, DeviceTransactionNetworkSnapshot)
            else v
        ),
        False,
    ),
    (
        "remediation",
        "remediation",
        lambda v: (
            unstructure_DeviceTransactionRemediation(v)
            if isinstance(v, DeviceTransactionRemediation)
            else v
        ),
        False,
    ),
    (
        "action_required",
        "action_required",
        lambda v: (
            unstructure_DeviceTransactionActionRequired(v)
            if isinstance(v, DeviceTransactionActionRequired)
            else v
        ),
        False,
    ),
    (
        "cost_breakdown",
        "cost_breakdown",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_DeviceTransaction(o: DeviceTransaction) -> dict[str, Any]:
    """Encode :class:`DeviceTransaction` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_DeviceTransaction)


def structure_TravelRuleSettingsNetworksGtr(d: Any) -> TravelRuleSettingsNetworksGtr:
    """Decode a JSON object into :class:`TravelRuleSettingsNetworksGtr`."""
    o = _new(TravelRuleSettingsNetworksGtr)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleSettingsNetworksGtr.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleSettingsNetworksGtr
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleSettingsNetworksGtr: _Table = (
    ("rail", "rail", None, False),
    ("mode", "mode", None, False),
    ("platform_available", "platform_available", None, False),
    ("connected", "connected", None, False),
)


def unstructure_TravelRuleSettingsNetworksGtr(o: TravelRuleSettingsNetworksGtr) -> dict[str, Any]:
    """Encode :class:`TravelRuleSettingsNetworksGtr` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleSettingsNetworksGtr)


def structure_TravelRuleSettingsNetworksTrust(d: Any) -> TravelRuleSettingsNetworksTrust:
    """Decode a JSON object into :class:`TravelRuleSettingsNetworksTrust`."""
    o = _new(TravelRuleSettingsNetworksTrust)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleSettingsNetworksTrust.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleSettingsNetworksTrust
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleSettingsNetworksTrust: _Table = (
    ("rail", "rail", None, False),
    ("mode", "mode", None, False),
    ("platform_available", "platform_available", None, False),
    ("connected", "connected", None, False),
)


def unstructure_TravelRuleSettingsNetworksTrust(
    o: TravelRuleSettingsNetworksTrust,
) -> dict[str, Any]:
    """Encode :class:`TravelRuleSettingsNetworksTrust` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleSettingsNetworksTrust)


def structure_TravelRuleSettingsNetworksVerifyvasp(d: Any) -> TravelRuleSettingsNetworksVerifyvasp:
    """Decode a JSON object into :class:`TravelRuleSettingsNetworksVerifyvasp`."""
    o = _new(TravelRuleSettingsNetworksVerifyvasp)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleSettingsNetworksVerifyvasp.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleSettingsNetworksVerifyvasp
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleSettingsNetworksVerifyvasp: _Table = (
    ("rail", "rail", None, False),
    ("mode", "mode", None, False),
    ("platform_available", "platform_available", None, False),
    ("connected", "connected", None, False),
)


def unstructure_TravelRuleSettingsNetworksVerifyvasp(
    o: TravelRuleSettingsNetworksVerifyvasp,
) -> dict[str, Any]:
    """Encode :class:`TravelRuleSettingsNetworksVerifyvasp` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleSettingsNetworksVerifyvasp)


def structure_TravelRuleSettingsNetworksSygna(d: Any) -> TravelRuleSettingsNetworksSygna:
    """Decode a JSON object into :class:`TravelRuleSettingsNetworksSygna`."""
    o = _new(TravelRuleSettingsNetworksSygna)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleSettingsNetworksSygna.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleSettingsNetworksSygna
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleSettingsNetworksSygna: _Table = (
    ("rail", "rail", None, False),
    ("mode", "mode", None, False),
    ("platform_available", "platform_available", None, False),
    ("connected", "connected", None, False),
)


def unstructure_TravelRuleSettingsNetworksSygna(
    o: TravelRuleSettingsNetworksSygna,
) -> dict[str, Any]:
    """Encode :class:`TravelRuleSettingsNetworksSygna` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleSettingsNetworksSygna)


def structure_TravelRuleSettingsNetworks(d: Any) -> TravelRuleSettingsNetworks:
    """Decode a JSON object into :class:`TravelRuleSettingsNetworks`."""
    v: Any
    o = _new(TravelRuleSettingsNetworks)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleSettingsNetworks.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleSettingsNetworks
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "gtr" in vals:
        v = vals["gtr"]
        if v.__class__ is dict:
            vals["gtr"] = structure_TravelRuleSettingsNetworksGtr(v)
    if "trust" in vals:
        v = vals["trust"]
        if v.__class__ is dict:
            vals["trust"] = structure_TravelRuleSettingsNetworksTrust(v)
    if "verifyvasp" in vals:
        v = vals["verifyvasp"]
        if v.__class__ is dict:
            vals["verifyvasp"] = structure_TravelRuleSettingsNetworksVerifyvasp(v)
    if "sygna" in vals:
        v = vals["sygna"]
        if v.__class__ is dict:
            vals["sygna"] = structure_TravelRuleSettingsNetworksSygna(v)
    return o


_U_TravelRuleSettingsNetworks: _Table = (
    (
        "gtr",
        "gtr",
        lambda v: (
            unstructure_TravelRuleSettingsNetworksGtr(v)
            if isinstance(v, TravelRuleSettingsNetworksGtr)
            else v
        ),
        False,
    ),
    (
        "trust",
        "trust",
        lambda v: (
            unstructure_TravelRuleSettingsNetworksTrust(v)
            if isinstance(v, TravelRuleSettingsNetworksTrust)
            else v
        ),
        False,
    ),
    (
        "verifyvasp",
        "verifyvasp",
        lambda v: (
            unstructure_TravelRuleSettingsNetworksVerifyvasp(v)
            if isinstance(v, TravelRuleSettingsNetworksVerifyvasp)
            else v
        ),
        False,
    ),
    (
        "sygna",
        "sygna",
        lambda v: (
            unstructure_TravelRuleSettingsNetworksSygna(v)
            if isinstance(v, TravelRuleSettingsNetworksSygna)
            else v
        ),
        False,
    ),
)


def unstructure_TravelRuleSettingsNetworks(o: TravelRuleSettingsNetworks) -> dict[str, Any]:
    """Encode :class:`TravelRuleSettingsNetworks` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleSettingsNetworks)


def structure_TravelRuleSettings(d: Any) -> TravelRuleSettings:
    """Decode a JSON object into :class:`TravelRuleSettings`."""
    v: Any
    o = _new(TravelRuleSettings)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleSettings.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleSettings
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "networks" in vals:
        v = vals["networks"]
        if v.__class__ is dict:
            vals["networks"] = structure_TravelRuleSettingsNetworks(v)
    return o


_U_TravelRuleSettings: _Table = (
    ("is_enabled", "is_enabled", None, False),
    ("jurisdiction", "jurisdiction", None, False),
    ("name_matching_strictness", "name_matching_strictness", None, False),
    ("confirmation_timeout_hours", "confirmation_timeout_hours", None, False),
    ("timeout_outcome", "timeout_outcome", None, False),
    ("threshold_amount", "threshold_amount", None, False),
    ("legal_name", "legal_name", None, False),
    ("lei", "lei", None, False),
    ("compliance_email", "compliance_email", None, False),
    ("is_discoverable", "is_discoverable", None, False),
    ("inbound_auto_accept", "inbound_auto_accept", None, False),
    ("allow_self_declaration", "allow_self_declaration", None, False),
    ("allow_screenshot_proof", "allow_screenshot_proof", None, False),
    ("auto_wallet_verification", "auto_wallet_verification", None, False),
    ("vasp_attribution_enabled", "vasp_attribution_enabled", None, False),
    ("travel_address", "travel_address", None, False),
    ("disabled_networks", "disabled_networks", None, False),
    (
        "networks",
        "networks",
        lambda v: (
            unstructure_TravelRuleSettingsNetworks(v)
            if isinstance(v, TravelRuleSettingsNetworks)
            else v
        ),
        False,
    ),
)


def unstructure_TravelRuleSettings(o: TravelRuleSettings) -> dict[str, Any]:
    """Encode :class:`TravelRuleSettings` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleSettings)


def structure_TravelRuleSettingsUpdateRequest(d: Any) -> TravelRuleSettingsUpdateRequest:
    """Decode a JSON object into :class:`TravelRuleSettingsUpdateRequest`."""
    o = _new(TravelRuleSettingsUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleSettingsUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleSettingsUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleSettingsUpdateRequest: _Table = (
    ("is_enabled", "is_enabled", None, False),
    ("legal_name", "legal_name", None, False),
    ("lei", "lei", None, False),
    ("jurisdiction", "jurisdiction", None, False),
    ("name_matching_strictness", "name_matching_strictness", None, False),
    ("confirmation_timeout_hours", "confirmation_timeout_hours", None, False),
    ("timeout_outcome", "timeout_outcome", None, False),
    ("compliance_email", "compliance_email", None, False),
    ("is_discoverable", "is_discoverable", None, False),
    ("threshold_amount", "threshold_amount", None, False),
    ("inbound_auto_accept", "inbound_auto_accept", None, False),
    ("allow_self_declaration", "allow_self_declaration", None, False),
    ("allow_screenshot_proof", "allow_screenshot_proof", None, False),
    ("auto_wallet_verification", "auto_wallet_verification", None, False),
    ("vasp_attribution_enabled", "vasp_attribution_enabled", None, False),
    ("disabled_networks", "disabled_networks", None, False),
)


def unstructure_TravelRuleSettingsUpdateRequest(
    o: TravelRuleSettingsUpdateRequest,
) -> dict[str, Any]:
    """Encode :class:`TravelRuleSettingsUpdateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleSettingsUpdateRequest)


def validate_TravelRuleSettingsUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TravelRuleSettingsUpdateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "TravelRuleSettingsUpdateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("is_enabled")
    if v is None:
        if "is_enabled" in d:
            raise DiditValidationError(at + "is_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("legal_name")
    if v is None:
        if "legal_name" in d:
            raise DiditValidationError(at + "legal_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "legal_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("lei")
    if v is None:
        if "lei" in d:
            raise DiditValidationError(at + "lei", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "lei", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("jurisdiction")
    if v is None:
        if "jurisdiction" in d:
            raise DiditValidationError(at + "jurisdiction", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "jurisdiction", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 8:
            raise DiditValidationError(
                at + "jurisdiction", "max_length", "must have at most 8 characters"
            )
    v = d.get("name_matching_strictness")
    if v is None:
        if "name_matching_strictness" in d:
            raise DiditValidationError(at + "name_matching_strictness", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline73:
            raise DiditValidationError(
                at + "name_matching_strictness",
                "enum",
                "must be one of: NONE, STRICT, DEFAULT, FUZZY"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("confirmation_timeout_hours")
    if v is None:
        if "confirmation_timeout_hours" in d:
            raise DiditValidationError(
                at + "confirmation_timeout_hours", "type", "must not be null"
            )
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "confirmation_timeout_hours",
                "type",
                "must be an integer, not " + type(v).__name__,
            )
        if v < 1:
            raise DiditValidationError(
                at + "confirmation_timeout_hours", "min", "must be at least 1"
            )
    v = d.get("timeout_outcome")
    if v is None:
        if "timeout_outcome" in d:
            raise DiditValidationError(at + "timeout_outcome", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline74:
            raise DiditValidationError(
                at + "timeout_outcome",
                "enum",
                "must be one of: HOLD, REJECT, PROCEED"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("compliance_email")
    if v is None:
        if "compliance_email" in d:
            raise DiditValidationError(at + "compliance_email", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "compliance_email", "type", "must be a string, not " + type(v).__name__
            )
        if not is_email(v):
            raise DiditValidationError(at + "compliance_email", "format", "must be a valid email")
    v = d.get("is_discoverable")
    if v is None:
        if "is_discoverable" in d:
            raise DiditValidationError(at + "is_discoverable", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_discoverable", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("threshold_amount")
    if v is None:
        if "threshold_amount" in d:
            raise DiditValidationError(at + "threshold_amount", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "threshold_amount", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("inbound_auto_accept")
    if v is None:
        if "inbound_auto_accept" in d:
            raise DiditValidationError(at + "inbound_auto_accept", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "inbound_auto_accept", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("allow_self_declaration")
    if v is None:
        if "allow_self_declaration" in d:
            raise DiditValidationError(at + "allow_self_declaration", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "allow_self_declaration",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("allow_screenshot_proof")
    if v is None:
        if "allow_screenshot_proof" in d:
            raise DiditValidationError(at + "allow_screenshot_proof", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "allow_screenshot_proof",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("auto_wallet_verification")
    if v is None:
        if "auto_wallet_verification" in d:
            raise DiditValidationError(at + "auto_wallet_verification", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "auto_wallet_verification",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("vasp_attribution_enabled")
    if v is None:
        if "vasp_attribution_enabled" in d:
            raise DiditValidationError(at + "vasp_attribution_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "vasp_attribution_enabled",
                "type",
                "must be true or false, not " + type(v).__name__,
            )
    v = d.get("disabled_networks")
    if v is None:
        if "disabled_networks" in d:
            raise DiditValidationError(at + "disabled_networks", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "disabled_networks", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(
                    at + "disabled_networks", "type", "must not contain null"
                )
            if not isinstance(x0, str) or x0 not in _E_inline75:
                raise DiditValidationError(
                    at + "disabled_networks" + "[" + str(i0) + "]",
                    "enum",
                    "must be one of: GTR, TRUST, VERIFYVASP, SYGNA"
                    + (
                        ", not " + repr(x0[:40])
                        if isinstance(x0, str)
                        else ", not " + type(x0).__name__
                    ),
                )


def structure_TravelRuleWalletAddress(d: Any) -> TravelRuleWalletAddress:
    """Decode a JSON object into :class:`TravelRuleWalletAddress`."""
    o = _new(TravelRuleWalletAddress)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleWalletAddress.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleWalletAddress
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleWalletAddress: _Table = (
    ("uuid", "uuid", None, False),
    ("address", "address", None, False),
    ("chain", "chain", None, False),
    ("holder_vendor_data", "holder_vendor_data", None, False),
    ("holder_name", "holder_name", None, False),
    ("entity_type", "entity_type", None, False),
    ("is_ownership_verified", "is_ownership_verified", None, False),
    ("created_at", "created_at", None, False),
    ("self_declared", "self_declared", None, False),
    ("travel_address", "travel_address", None, False),
)


def unstructure_TravelRuleWalletAddress(o: TravelRuleWalletAddress) -> dict[str, Any]:
    """Encode :class:`TravelRuleWalletAddress` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleWalletAddress)


def structure_TravelRuleWalletAddressPage(d: Any) -> TravelRuleWalletAddressPage:
    """Decode a JSON object into :class:`TravelRuleWalletAddressPage`."""
    v: Any
    o = _new(TravelRuleWalletAddressPage)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleWalletAddressPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleWalletAddressPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_TravelRuleWalletAddress(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_TravelRuleWalletAddressPage: _Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [
                unstructure_TravelRuleWalletAddress(x)
                if isinstance(x, TravelRuleWalletAddress)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_TravelRuleWalletAddressPage(o: TravelRuleWalletAddressPage) -> dict[str, Any]:
    """Encode :class:`TravelRuleWalletAddressPage` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleWalletAddressPage)


def structure_TravelRuleWalletAddressCreateRequest(d: Any) -> TravelRuleWalletAddressCreateRequest:
    """Decode a JSON object into :class:`TravelRuleWalletAddressCreateRequest`."""
    o = _new(TravelRuleWalletAddressCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleWalletAddressCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleWalletAddressCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleWalletAddressCreateRequest: _Table = (
    ("address", "address", None, True),
    ("chain", "chain", None, False),
    ("holder_vendor_data", "holder_vendor_data", None, False),
    ("holder_name", "holder_name", None, False),
    ("entity_type", "entity_type", None, False),
    ("self_declared", "self_declared", None, False),
    ("travel_address", "travel_address", None, False),
)


def unstructure_TravelRuleWalletAddressCreateRequest(
    o: TravelRuleWalletAddressCreateRequest,
) -> dict[str, Any]:
    """Encode :class:`TravelRuleWalletAddressCreateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleWalletAddressCreateRequest)


def validate_TravelRuleWalletAddressCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TravelRuleWalletAddressCreateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "TravelRuleWalletAddressCreateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "address" not in d:
        raise DiditValidationError(at + "address", "required", "is required")
    v = d.get("address")
    if v is None:
        if "address" in d:
            raise DiditValidationError(at + "address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "address", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("chain")
    if v is None:
        if "chain" in d:
            raise DiditValidationError(at + "chain", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "chain", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("holder_vendor_data")
    if v is None:
        if "holder_vendor_data" in d:
            raise DiditValidationError(at + "holder_vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "holder_vendor_data", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("holder_name")
    if v is None:
        if "holder_name" in d:
            raise DiditValidationError(at + "holder_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "holder_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("entity_type")
    if v is None:
        if "entity_type" in d:
            raise DiditValidationError(at + "entity_type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "entity_type", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("self_declared")
    if v is None:
        if "self_declared" in d:
            raise DiditValidationError(at + "self_declared", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "self_declared", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("travel_address")
    if v is None:
        if "travel_address" in d:
            raise DiditValidationError(at + "travel_address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "travel_address", "type", "must be a string, not " + type(v).__name__
            )


def structure_TravelRuleWalletAddressUpdateRequest(d: Any) -> TravelRuleWalletAddressUpdateRequest:
    """Decode a JSON object into :class:`TravelRuleWalletAddressUpdateRequest`."""
    o = _new(TravelRuleWalletAddressUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleWalletAddressUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleWalletAddressUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleWalletAddressUpdateRequest: _Table = (
    ("holder_name", "holder_name", None, False),
    ("holder_vendor_data", "holder_vendor_data", None, False),
    ("entity_type", "entity_type", None, False),
    ("travel_address", "travel_address", None, False),
)


def unstructure_TravelRuleWalletAddressUpdateRequest(
    o: TravelRuleWalletAddressUpdateRequest,
) -> dict[str, Any]:
    """Encode :class:`TravelRuleWalletAddressUpdateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleWalletAddressUpdateRequest)


def validate_TravelRuleWalletAddressUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TravelRuleWalletAddressUpdateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "TravelRuleWalletAddressUpdateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("holder_name")
    if v is None:
        if "holder_name" in d:
            raise DiditValidationError(at + "holder_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "holder_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("holder_vendor_data")
    if v is None:
        if "holder_vendor_data" in d:
            raise DiditValidationError(at + "holder_vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "holder_vendor_data", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("entity_type")
    if v is None:
        if "entity_type" in d:
            raise DiditValidationError(at + "entity_type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "entity_type", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("travel_address")
    if v is None:
        if "travel_address" in d:
            raise DiditValidationError(at + "travel_address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "travel_address", "type", "must be a string, not " + type(v).__name__
            )


def structure_TravelRuleVasp(d: Any) -> TravelRuleVasp:
    """Decode a JSON object into :class:`TravelRuleVasp`."""
    o = _new(TravelRuleVasp)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleVasp.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleVasp
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleVasp: _Table = (
    ("name", "name", None, False),
    ("lei", "lei", None, False),
    ("jurisdiction", "jurisdiction", None, False),
    ("dd_status", "dd_status", None, False),
    ("dd_score", "dd_score", None, False),
    ("reachable_rails", "reachable_rails", None, False),
    ("is_didit_customer", "is_didit_customer", None, False),
    ("dd_score_breakdown", "dd_score_breakdown", None, False),
    ("dd_assessed_at", "dd_assessed_at", None, False),
)


def unstructure_TravelRuleVasp(o: TravelRuleVasp) -> dict[str, Any]:
    """Encode :class:`TravelRuleVasp` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleVasp)


def structure_TravelRuleVaspPage(d: Any) -> TravelRuleVaspPage:
    """Decode a JSON object into :class:`TravelRuleVaspPage`."""
    v: Any
    o = _new(TravelRuleVaspPage)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleVaspPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleVaspPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [structure_TravelRuleVasp(x) if x.__class__ is dict else x for x in v]
    return o


_U_TravelRuleVaspPage: _Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_TravelRuleVasp(x) if isinstance(x, TravelRuleVasp) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_TravelRuleVaspPage(o: TravelRuleVaspPage) -> dict[str, Any]:
    """Encode :class:`TravelRuleVaspPage` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleVaspPage)


def structure_TravelRuleTransferUpdateRequest(d: Any) -> TravelRuleTransferUpdateRequest:
    """Decode a JSON object into :class:`TravelRuleTransferUpdateRequest`."""
    o = _new(TravelRuleTransferUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleTransferUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleTransferUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleTransferUpdateRequest: _Table = (
    ("payment_txn_id", "payment_txn_id", None, False),
    ("action", "action", None, False),
)


def unstructure_TravelRuleTransferUpdateRequest(
    o: TravelRuleTransferUpdateRequest,
) -> dict[str, Any]:
    """Encode :class:`TravelRuleTransferUpdateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleTransferUpdateRequest)


def validate_TravelRuleTransferUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TravelRuleTransferUpdateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "TravelRuleTransferUpdateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("payment_txn_id")
    if v is None:
        if "payment_txn_id" in d:
            raise DiditValidationError(at + "payment_txn_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "payment_txn_id", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("action")
    if v is None:
        if "action" in d:
            raise DiditValidationError(at + "action", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline83:
            raise DiditValidationError(
                at + "action",
                "enum",
                "must be one of: cancel, resend"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )


def structure_TravelRuleTransferTimelineItem(d: Any) -> TravelRuleTransferTimelineItem:
    """Decode a JSON object into :class:`TravelRuleTransferTimelineItem`."""
    o = _new(TravelRuleTransferTimelineItem)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleTransferTimelineItem.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleTransferTimelineItem
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleTransferTimelineItem: _Table = (
    ("status", "status", None, False),
    ("at", "at", None, False),
    ("detail", "detail", None, False),
)


def unstructure_TravelRuleTransferTimelineItem(o: TravelRuleTransferTimelineItem) -> dict[str, Any]:
    """Encode :class:`TravelRuleTransferTimelineItem` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleTransferTimelineItem)


def structure_TravelRuleTransferCounterpartyVasp(d: Any) -> TravelRuleTransferCounterpartyVasp:
    """Decode a JSON object into :class:`TravelRuleTransferCounterpartyVasp`."""
    o = _new(TravelRuleTransferCounterpartyVasp)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleTransferCounterpartyVasp.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleTransferCounterpartyVasp
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleTransferCounterpartyVasp: _Table = (
    ("name", "name", None, False),
    ("lei", "lei", None, False),
    ("dd_score", "dd_score", None, False),
)


def unstructure_TravelRuleTransferCounterpartyVasp(
    o: TravelRuleTransferCounterpartyVasp,
) -> dict[str, Any]:
    """Encode :class:`TravelRuleTransferCounterpartyVasp` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleTransferCounterpartyVasp)


def structure_TravelRuleTransfer(d: Any) -> TravelRuleTransfer:
    """Decode a JSON object into :class:`TravelRuleTransfer`."""
    v: Any
    o = _new(TravelRuleTransfer)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleTransfer.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleTransfer
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "timeline" in vals:
        v = vals["timeline"]
        if v and v.__class__ is list:
            vals["timeline"] = [
                structure_TravelRuleTransferTimelineItem(x) if x.__class__ is dict else x for x in v
            ]
    if "counterparty_vasp" in vals:
        v = vals["counterparty_vasp"]
        if v.__class__ is dict:
            vals["counterparty_vasp"] = structure_TravelRuleTransferCounterpartyVasp(v)
    return o


_U_TravelRuleTransfer: _Table = (
    ("uuid", "uuid", None, False),
    ("status", "status", None, False),
    ("direction", "direction", None, False),
    ("rail", "rail", None, False),
    ("protocol", "protocol", None, False),
    ("ivms_version", "ivms_version", None, False),
    ("required", "required", None, False),
    ("ownership_confirmed", "ownership_confirmed", None, False),
    ("deadline_at", "deadline_at", None, False),
    (
        "timeline",
        "timeline",
        lambda v: (
            [
                unstructure_TravelRuleTransferTimelineItem(x)
                if isinstance(x, TravelRuleTransferTimelineItem)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "counterparty_vasp",
        "counterparty_vasp",
        lambda v: (
            unstructure_TravelRuleTransferCounterpartyVasp(v)
            if isinstance(v, TravelRuleTransferCounterpartyVasp)
            else v
        ),
        False,
    ),
    (
        "originator_data",
        "originator_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "beneficiary_data",
        "beneficiary_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_TravelRuleTransfer(o: TravelRuleTransfer) -> dict[str, Any]:
    """Encode :class:`TravelRuleTransfer` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleTransfer)


def structure_TravelRuleOwnershipConfirmRequest(d: Any) -> TravelRuleOwnershipConfirmRequest:
    """Decode a JSON object into :class:`TravelRuleOwnershipConfirmRequest`."""
    o = _new(TravelRuleOwnershipConfirmRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleOwnershipConfirmRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleOwnershipConfirmRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleOwnershipConfirmRequest: _Table = (("confirmed", "confirmed", None, True),)


def unstructure_TravelRuleOwnershipConfirmRequest(
    o: TravelRuleOwnershipConfirmRequest,
) -> dict[str, Any]:
    """Encode :class:`TravelRuleOwnershipConfirmRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleOwnershipConfirmRequest)


def validate_TravelRuleOwnershipConfirmRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TravelRuleOwnershipConfirmRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "TravelRuleOwnershipConfirmRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "confirmed" not in d:
        raise DiditValidationError(at + "confirmed", "required", "is required")
    v = d.get("confirmed")
    if v is None:
        if "confirmed" in d:
            raise DiditValidationError(at + "confirmed", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "confirmed", "type", "must be true or false, not " + type(v).__name__
            )


def structure_TravelRulePickup(d: Any) -> TravelRulePickup:
    """Decode a JSON object into :class:`TravelRulePickup`."""
    o = _new(TravelRulePickup)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRulePickup.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRulePickup
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRulePickup: _Table = (
    ("originator_vasp_name", "originator_vasp_name", None, False),
    ("amount", "amount", None, False),
    ("currency", "currency", None, False),
    ("beneficiary_wallet", "beneficiary_wallet", None, False),
    ("status", "status", None, False),
)


def unstructure_TravelRulePickup(o: TravelRulePickup) -> dict[str, Any]:
    """Encode :class:`TravelRulePickup` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRulePickup)


def structure_TravelRulePickupRespondRequest(d: Any) -> TravelRulePickupRespondRequest:
    """Decode a JSON object into :class:`TravelRulePickupRespondRequest`."""
    o = _new(TravelRulePickupRespondRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRulePickupRespondRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRulePickupRespondRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRulePickupRespondRequest: _Table = (
    ("decision", "decision", None, True),
    ("beneficiary_name", "beneficiary_name", None, False),
)


def unstructure_TravelRulePickupRespondRequest(o: TravelRulePickupRespondRequest) -> dict[str, Any]:
    """Encode :class:`TravelRulePickupRespondRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRulePickupRespondRequest)


def validate_TravelRulePickupRespondRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TravelRulePickupRespondRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "TravelRulePickupRespondRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "decision" not in d:
        raise DiditValidationError(at + "decision", "required", "is required")
    v = d.get("decision")
    if v is None:
        if "decision" in d:
            raise DiditValidationError(at + "decision", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline85:
            raise DiditValidationError(
                at + "decision",
                "enum",
                "must be one of: accept, decline"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("beneficiary_name")
    if v is None:
        if "beneficiary_name" in d:
            raise DiditValidationError(at + "beneficiary_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "beneficiary_name", "type", "must be a string, not " + type(v).__name__
            )


def structure_TravelRulePickupAnswer(d: Any) -> TravelRulePickupAnswer:
    """Decode a JSON object into :class:`TravelRulePickupAnswer`."""
    o = _new(TravelRulePickupAnswer)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRulePickupAnswer.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRulePickupAnswer
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRulePickupAnswer: _Table = (("status", "status", None, False),)


def unstructure_TravelRulePickupAnswer(o: TravelRulePickupAnswer) -> dict[str, Any]:
    """Encode :class:`TravelRulePickupAnswer` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRulePickupAnswer)


def structure_TravelRuleInboundRequestOriginatingVasp(
    d: Any,
) -> TravelRuleInboundRequestOriginatingVasp:
    """Decode a JSON object into :class:`TravelRuleInboundRequestOriginatingVasp`."""
    o = _new(TravelRuleInboundRequestOriginatingVasp)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleInboundRequestOriginatingVasp.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleInboundRequestOriginatingVasp
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleInboundRequestOriginatingVasp: _Table = (
    ("name", "name", None, False),
    ("lei", "lei", None, False),
    ("travel_address", "travel_address", None, False),
)


def unstructure_TravelRuleInboundRequestOriginatingVasp(
    o: TravelRuleInboundRequestOriginatingVasp,
) -> dict[str, Any]:
    """Encode :class:`TravelRuleInboundRequestOriginatingVasp` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleInboundRequestOriginatingVasp)


def validate_TravelRuleInboundRequestOriginatingVasp(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TravelRuleInboundRequestOriginatingVasp."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "TravelRuleInboundRequestOriginatingVasp",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("name")
    if v is None:
        if "name" in d:
            raise DiditValidationError(at + "name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("lei")
    if v is None:
        if "lei" in d:
            raise DiditValidationError(at + "lei", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "lei", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("travel_address")
    if v is None:
        if "travel_address" in d:
            raise DiditValidationError(at + "travel_address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "travel_address", "type", "must be a string, not " + type(v).__name__
            )


def structure_TravelRuleInboundRequest(d: Any) -> TravelRuleInboundRequest:
    """Decode a JSON object into :class:`TravelRuleInboundRequest`."""
    v: Any
    o = _new(TravelRuleInboundRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleInboundRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleInboundRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "originating_vasp" in vals:
        v = vals["originating_vasp"]
        if v.__class__ is dict:
            vals["originating_vasp"] = structure_TravelRuleInboundRequestOriginatingVasp(v)
    return o


_U_TravelRuleInboundRequest: _Table = (
    ("chain", "chain", None, True),
    ("txid", "txid", None, True),
    ("wallet_address", "wallet_address", None, True),
    ("amount", "amount", None, True),
    ("currency", "currency", None, True),
    (
        "originator_data",
        "originator_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "beneficiary_data",
        "beneficiary_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "originating_vasp",
        "originating_vasp",
        lambda v: (
            unstructure_TravelRuleInboundRequestOriginatingVasp(v)
            if isinstance(v, TravelRuleInboundRequestOriginatingVasp)
            else v
        ),
        False,
    ),
)


def unstructure_TravelRuleInboundRequest(o: TravelRuleInboundRequest) -> dict[str, Any]:
    """Encode :class:`TravelRuleInboundRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleInboundRequest)


def validate_TravelRuleInboundRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TravelRuleInboundRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "TravelRuleInboundRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "chain" not in d:
        raise DiditValidationError(at + "chain", "required", "is required")
    v = d.get("chain")
    if v is None:
        if "chain" in d:
            raise DiditValidationError(at + "chain", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "chain", "type", "must be a string, not " + type(v).__name__
            )
    if "txid" not in d:
        raise DiditValidationError(at + "txid", "required", "is required")
    v = d.get("txid")
    if v is None:
        if "txid" in d:
            raise DiditValidationError(at + "txid", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "txid", "type", "must be a string, not " + type(v).__name__
            )
    if "wallet_address" not in d:
        raise DiditValidationError(at + "wallet_address", "required", "is required")
    v = d.get("wallet_address")
    if v is None:
        if "wallet_address" in d:
            raise DiditValidationError(at + "wallet_address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "wallet_address", "type", "must be a string, not " + type(v).__name__
            )
    if "amount" not in d:
        raise DiditValidationError(at + "amount", "required", "is required")
    v = d.get("amount")
    if v is None:
        if "amount" in d:
            raise DiditValidationError(at + "amount", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "amount", "type", "must be a string, not " + type(v).__name__
            )
    if "currency" not in d:
        raise DiditValidationError(at + "currency", "required", "is required")
    v = d.get("currency")
    if v is None:
        if "currency" in d:
            raise DiditValidationError(at + "currency", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "currency", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("originator_data")
    if v is None:
        if "originator_data" in d:
            raise DiditValidationError(at + "originator_data", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "originator_data", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("beneficiary_data")
    if v is None:
        if "beneficiary_data" in d:
            raise DiditValidationError(at + "beneficiary_data", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise DiditValidationError(
                at + "beneficiary_data", "type", "must be an object, not " + type(v).__name__
            )
    v = d.get("originating_vasp")
    if v is None:
        if "originating_vasp" in d:
            raise DiditValidationError(at + "originating_vasp", "type", "must not be null")
    else:
        validate_TravelRuleInboundRequestOriginatingVasp(v, at + "originating_vasp" + ".")


def structure_TravelRuleInboundResponse(d: Any) -> TravelRuleInboundResponse:
    """Decode a JSON object into :class:`TravelRuleInboundResponse`."""
    v: Any
    o = _new(TravelRuleInboundResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleInboundResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleInboundResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "travel_rule" in vals:
        v = vals["travel_rule"]
        if v.__class__ is dict:
            vals["travel_rule"] = structure_TravelRuleTransfer(v)
    return o


_U_TravelRuleInboundResponse: _Table = (
    ("transaction_id", "transaction_id", None, False),
    ("txn_id", "txn_id", None, False),
    ("created", "created", None, False),
    (
        "travel_rule",
        "travel_rule",
        lambda v: unstructure_TravelRuleTransfer(v) if isinstance(v, TravelRuleTransfer) else v,
        False,
    ),
)


def unstructure_TravelRuleInboundResponse(o: TravelRuleInboundResponse) -> dict[str, Any]:
    """Encode :class:`TravelRuleInboundResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleInboundResponse)


def structure_TravelRuleWidgetSessionCreateRequest(d: Any) -> TravelRuleWidgetSessionCreateRequest:
    """Decode a JSON object into :class:`TravelRuleWidgetSessionCreateRequest`."""
    o = _new(TravelRuleWidgetSessionCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleWidgetSessionCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleWidgetSessionCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleWidgetSessionCreateRequest: _Table = (
    ("wallet_address", "wallet_address", None, True),
    ("chain", "chain", None, True),
    ("holder_name", "holder_name", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("transaction_id", "transaction_id", None, False),
    ("satoshi_deposit_address", "satoshi_deposit_address", None, False),
    ("callback_url", "callback_url", None, False),
    ("expires_in_minutes", "expires_in_minutes", None, False),
)


def unstructure_TravelRuleWidgetSessionCreateRequest(
    o: TravelRuleWidgetSessionCreateRequest,
) -> dict[str, Any]:
    """Encode :class:`TravelRuleWidgetSessionCreateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleWidgetSessionCreateRequest)


def validate_TravelRuleWidgetSessionCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid TravelRuleWidgetSessionCreateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "TravelRuleWidgetSessionCreateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "wallet_address" not in d:
        raise DiditValidationError(at + "wallet_address", "required", "is required")
    v = d.get("wallet_address")
    if v is None:
        if "wallet_address" in d:
            raise DiditValidationError(at + "wallet_address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "wallet_address", "type", "must be a string, not " + type(v).__name__
            )
    if "chain" not in d:
        raise DiditValidationError(at + "chain", "required", "is required")
    v = d.get("chain")
    if v is None:
        if "chain" in d:
            raise DiditValidationError(at + "chain", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "chain", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("holder_name")
    if v is None:
        if "holder_name" in d:
            raise DiditValidationError(at + "holder_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "holder_name", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("transaction_id")
    if v is None:
        if "transaction_id" in d:
            raise DiditValidationError(at + "transaction_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "transaction_id", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uuid(v):
            raise DiditValidationError(at + "transaction_id", "format", "must be a valid uuid")
    v = d.get("satoshi_deposit_address")
    if v is None:
        if "satoshi_deposit_address" in d:
            raise DiditValidationError(at + "satoshi_deposit_address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "satoshi_deposit_address", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("callback_url")
    if v is None:
        if "callback_url" in d:
            raise DiditValidationError(at + "callback_url", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "callback_url", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("expires_in_minutes")
    if v is None:
        if "expires_in_minutes" in d:
            raise DiditValidationError(at + "expires_in_minutes", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise DiditValidationError(
                at + "expires_in_minutes", "type", "must be an integer, not " + type(v).__name__
            )


def structure_TravelRuleWidgetSession(d: Any) -> TravelRuleWidgetSession:
    """Decode a JSON object into :class:`TravelRuleWidgetSession`."""
    o = _new(TravelRuleWidgetSession)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleWidgetSession.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleWidgetSession
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleWidgetSession: _Table = (
    ("widget_session_id", "widget_session_id", None, False),
    ("token", "token", None, False),
    ("url", "url", None, False),
    ("expires_at", "expires_at", None, False),
)


def unstructure_TravelRuleWidgetSession(o: TravelRuleWidgetSession) -> dict[str, Any]:
    """Encode :class:`TravelRuleWidgetSession` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleWidgetSession)


def structure_TravelRuleWidgetProofSummary(d: Any) -> TravelRuleWidgetProofSummary:
    """Decode a JSON object into :class:`TravelRuleWidgetProofSummary`."""
    o = _new(TravelRuleWidgetProofSummary)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleWidgetProofSummary.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleWidgetProofSummary
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TravelRuleWidgetProofSummary: _Table = (
    ("proof_id", "proof_id", None, False),
    ("method", "method", None, False),
    ("status", "status", None, False),
    ("wallet_address", "wallet_address", None, False),
    ("chain", "chain", None, False),
    ("deposit_address", "deposit_address", None, False),
    ("expected_amount", "expected_amount", None, False),
    ("expires_at", "expires_at", None, False),
    ("challenge", "challenge", None, False),
    ("created_at", "created_at", None, False),
)


def unstructure_TravelRuleWidgetProofSummary(o: TravelRuleWidgetProofSummary) -> dict[str, Any]:
    """Encode :class:`TravelRuleWidgetProofSummary` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleWidgetProofSummary)


def structure_TravelRuleWidgetContext(d: Any) -> TravelRuleWidgetContext:
    """Decode a JSON object into :class:`TravelRuleWidgetContext`."""
    v: Any
    o = _new(TravelRuleWidgetContext)
    vals = o.__dict__
    vals.update(d)
    if _K_TravelRuleWidgetContext.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TravelRuleWidgetContext
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "proofs" in vals:
        v = vals["proofs"]
        if v and v.__class__ is list:
            vals["proofs"] = [
                structure_TravelRuleWidgetProofSummary(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_TravelRuleWidgetContext: _Table = (
    ("vasp_name", "vasp_name", None, False),
    ("wallet_address", "wallet_address", None, False),
    ("chain", "chain", None, False),
    ("holder_name", "holder_name", None, False),
    ("allowed_methods", "allowed_methods", None, False),
    ("transfer_status", "transfer_status", None, False),
    ("callback_url", "callback_url", None, False),
    ("expires_at", "expires_at", None, False),
    ("completed_at", "completed_at", None, False),
    (
        "proofs",
        "proofs",
        lambda v: (
            [
                unstructure_TravelRuleWidgetProofSummary(x)
                if isinstance(x, TravelRuleWidgetProofSummary)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "customization",
        "customization",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_TravelRuleWidgetContext(o: TravelRuleWidgetContext) -> dict[str, Any]:
    """Encode :class:`TravelRuleWidgetContext` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_TravelRuleWidgetContext)


def structure_BiometricTemplate(d: Any) -> BiometricTemplate:
    """Decode a JSON object into :class:`BiometricTemplate`."""
    o = _new(BiometricTemplate)
    vals = o.__dict__
    vals.update(d)
    if _K_BiometricTemplate.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BiometricTemplate
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_BiometricTemplate: _Table = (
    ("uuid", "uuid", None, False),
    ("vendor_user_uuid", "vendor_user_uuid", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("source_type", "source_type", None, False),
    ("provenance_reference", "provenance_reference", None, False),
    ("retention_policy", "retention_policy", None, False),
    ("retention_override", "retention_override", None, False),
    ("retained_at", "retained_at", None, False),
    ("expires_at", "expires_at", None, False),
    ("retained_by", "retained_by", None, False),
    ("retained_by_type", "retained_by_type", None, False),
    ("instruction_class", "instruction_class", None, False),
    ("instruction_source", "instruction_source", None, False),
    ("instruction_id", "instruction_id", None, False),
    ("held_out_of_use", "held_out_of_use", None, False),
    ("status", "status", None, False),
    ("purged_at", "purged_at", None, False),
)


def unstructure_BiometricTemplate(o: BiometricTemplate) -> dict[str, Any]:
    """Encode :class:`BiometricTemplate` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BiometricTemplate)


def structure_BiometricTemplatePage(d: Any) -> BiometricTemplatePage:
    """Decode a JSON object into :class:`BiometricTemplatePage`."""
    v: Any
    o = _new(BiometricTemplatePage)
    vals = o.__dict__
    vals.update(d)
    if _K_BiometricTemplatePage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BiometricTemplatePage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_BiometricTemplate(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_BiometricTemplatePage: _Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_BiometricTemplate(x) if isinstance(x, BiometricTemplate) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_BiometricTemplatePage(o: BiometricTemplatePage) -> dict[str, Any]:
    """Encode :class:`BiometricTemplatePage` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BiometricTemplatePage)


def structure_BiometricTemplateCount(d: Any) -> BiometricTemplateCount:
    """Decode a JSON object into :class:`BiometricTemplateCount`."""
    o = _new(BiometricTemplateCount)
    vals = o.__dict__
    vals.update(d)
    if _K_BiometricTemplateCount.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BiometricTemplateCount
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_BiometricTemplateCount: _Table = (("count", "count", None, False),)


def unstructure_BiometricTemplateCount(o: BiometricTemplateCount) -> dict[str, Any]:
    """Encode :class:`BiometricTemplateCount` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BiometricTemplateCount)


def structure_BiometricTemplatePurgeResult(d: Any) -> BiometricTemplatePurgeResult:
    """Decode a JSON object into :class:`BiometricTemplatePurgeResult`."""
    o = _new(BiometricTemplatePurgeResult)
    vals = o.__dict__
    vals.update(d)
    if _K_BiometricTemplatePurgeResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BiometricTemplatePurgeResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_BiometricTemplatePurgeResult: _Table = (
    ("uuid", "uuid", None, False),
    ("outcome", "outcome", None, False),
)


def unstructure_BiometricTemplatePurgeResult(o: BiometricTemplatePurgeResult) -> dict[str, Any]:
    """Encode :class:`BiometricTemplatePurgeResult` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BiometricTemplatePurgeResult)


def structure_BiometricTemplateBulkPurgeRequest(d: Any) -> BiometricTemplateBulkPurgeRequest:
    """Decode a JSON object into :class:`BiometricTemplateBulkPurgeRequest`."""
    o = _new(BiometricTemplateBulkPurgeRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_BiometricTemplateBulkPurgeRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BiometricTemplateBulkPurgeRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_BiometricTemplateBulkPurgeRequest: _Table = (
    ("template_uuids", "template_uuids", None, False),
    ("delete_all", "delete_all", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("vendor_user_uuid", "vendor_user_uuid", None, False),
    ("status", "status", None, False),
    ("source_type", "source_type", None, False),
    ("retained_from", "retained_from", None, False),
    ("retained_to", "retained_to", None, False),
)


def unstructure_BiometricTemplateBulkPurgeRequest(
    o: BiometricTemplateBulkPurgeRequest,
) -> dict[str, Any]:
    """Encode :class:`BiometricTemplateBulkPurgeRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BiometricTemplateBulkPurgeRequest)


def validate_BiometricTemplateBulkPurgeRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid BiometricTemplateBulkPurgeRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "BiometricTemplateBulkPurgeRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("template_uuids")
    if v is None:
        if "template_uuids" in d:
            raise DiditValidationError(at + "template_uuids", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "template_uuids", "type", "must be a list, not " + type(v).__name__
            )
        if len(v) < 1:
            raise DiditValidationError(
                at + "template_uuids", "min_items", "must have at least 1 items"
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "template_uuids", "type", "must not contain null")
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "template_uuids" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
            if not is_uuid(x0):
                raise DiditValidationError(
                    at + "template_uuids" + "[" + str(i0) + "]", "format", "must be a valid uuid"
                )
    v = d.get("delete_all")
    if v is None:
        if "delete_all" in d:
            raise DiditValidationError(at + "delete_all", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "delete_all", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise DiditValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_data", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("vendor_user_uuid")
    if v is None:
        if "vendor_user_uuid" in d:
            raise DiditValidationError(at + "vendor_user_uuid", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vendor_user_uuid", "type", "must be a string, not " + type(v).__name__
            )
        if not is_uuid(v):
            raise DiditValidationError(at + "vendor_user_uuid", "format", "must be a valid uuid")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise DiditValidationError(at + "status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline96:
            raise DiditValidationError(
                at + "status",
                "enum",
                "must be one of: pending, active, expired, held_out_of_use, purge_pending, purge_failed"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("source_type")
    if v is None:
        if "source_type" in d:
            raise DiditValidationError(at + "source_type", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline89:
            raise DiditValidationError(
                at + "source_type",
                "enum",
                "must be one of: session_delete, automatic_retention, backfill"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("retained_from")
    if v is None:
        if "retained_from" in d:
            raise DiditValidationError(at + "retained_from", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "retained_from", "type", "must be a string, not " + type(v).__name__
            )
        if not is_datetime(v):
            raise DiditValidationError(at + "retained_from", "format", "must be a valid date-time")
    v = d.get("retained_to")
    if v is None:
        if "retained_to" in d:
            raise DiditValidationError(at + "retained_to", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "retained_to", "type", "must be a string, not " + type(v).__name__
            )
        if not is_datetime(v):
            raise DiditValidationError(at + "retained_to", "format", "must be a valid date-time")


def structure_BiometricTemplateBulkPurgeResult(d: Any) -> BiometricTemplateBulkPurgeResult:
    """Decode a JSON object into :class:`BiometricTemplateBulkPurgeResult`."""
    v: Any
    o = _new(BiometricTemplateBulkPurgeResult)
    vals = o.__dict__
    vals.update(d)
    if _K_BiometricTemplateBulkPurgeResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_BiometricTemplateBulkPurgeResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_BiometricTemplatePurgeResult(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_BiometricTemplateBulkPurgeResult: _Table = (
    (
        "results",
        "results",
        lambda v: (
            [
                unstructure_BiometricTemplatePurgeResult(x)
                if isinstance(x, BiometricTemplatePurgeResult)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_BiometricTemplateBulkPurgeResult(
    o: BiometricTemplateBulkPurgeResult,
) -> dict[str, Any]:
    """Encode :class:`BiometricTemplateBulkPurgeResult` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_BiometricTemplateBulkPurgeResult)


def structure_AmlMonitoringUsersRequest(d: Any) -> AmlMonitoringUsersRequest:
    """Decode a JSON object into :class:`AmlMonitoringUsersRequest`."""
    o = _new(AmlMonitoringUsersRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlMonitoringUsersRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlMonitoringUsersRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlMonitoringUsersRequest: _Table = (
    ("is_enabled", "is_enabled", None, True),
    ("estimate_only", "estimate_only", None, False),
    ("vendor_data_list", "vendor_data_list", None, False),
    ("didit_internal_id_list", "didit_internal_id_list", None, False),
)


def unstructure_AmlMonitoringUsersRequest(o: AmlMonitoringUsersRequest) -> dict[str, Any]:
    """Encode :class:`AmlMonitoringUsersRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AmlMonitoringUsersRequest)


def validate_AmlMonitoringUsersRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid AmlMonitoringUsersRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "AmlMonitoringUsersRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "is_enabled" not in d:
        raise DiditValidationError(at + "is_enabled", "required", "is required")
    v = d.get("is_enabled")
    if v is None:
        if "is_enabled" in d:
            raise DiditValidationError(at + "is_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("estimate_only")
    if v is None:
        if "estimate_only" in d:
            raise DiditValidationError(at + "estimate_only", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "estimate_only", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("vendor_data_list")
    if v is None:
        if "vendor_data_list" in d:
            raise DiditValidationError(at + "vendor_data_list", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "vendor_data_list", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "vendor_data_list", "type", "must not contain null")
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "vendor_data_list" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
    v = d.get("didit_internal_id_list")
    if v is None:
        if "didit_internal_id_list" in d:
            raise DiditValidationError(at + "didit_internal_id_list", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "didit_internal_id_list", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(
                    at + "didit_internal_id_list", "type", "must not contain null"
                )
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "didit_internal_id_list" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
            if not is_uuid(x0):
                raise DiditValidationError(
                    at + "didit_internal_id_list" + "[" + str(i0) + "]",
                    "format",
                    "must be a valid uuid",
                )


def structure_AmlMonitoringEstimate(d: Any) -> AmlMonitoringEstimate:
    """Decode a JSON object into :class:`AmlMonitoringEstimate`."""
    o = _new(AmlMonitoringEstimate)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlMonitoringEstimate.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlMonitoringEstimate
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlMonitoringEstimate: _Table = (
    ("users_total", "users_total", None, True),
    ("already_enabled", "already_enabled", None, True),
    ("with_existing_aml", "with_existing_aml", None, True),
    ("needing_screening", "needing_screening", None, True),
    ("skipped_no_identity_data", "skipped_no_identity_data", None, True),
    ("skipped_blocked", "skipped_blocked", None, True),
    ("estimated_screening_cost_usd", "estimated_screening_cost_usd", None, True),
    ("estimated_annual_monitoring_cost_usd", "estimated_annual_monitoring_cost_usd", None, True),
    ("balance_sufficient", "balance_sufficient", None, True),
    ("unmatched", "unmatched", None, True),
)


def unstructure_AmlMonitoringEstimate(o: AmlMonitoringEstimate) -> dict[str, Any]:
    """Encode :class:`AmlMonitoringEstimate` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AmlMonitoringEstimate)


def structure_AmlMonitoringOutcomes(d: Any) -> AmlMonitoringOutcomes:
    """Decode a JSON object into :class:`AmlMonitoringOutcomes`."""
    o = _new(AmlMonitoringOutcomes)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlMonitoringOutcomes.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlMonitoringOutcomes
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlMonitoringOutcomes: _Table = (
    ("enabled", "enabled", None, False),
    ("screened_and_enabled", "screened_and_enabled", None, False),
    ("already_enabled", "already_enabled", None, False),
    ("disabled", "disabled", None, False),
    ("skipped_no_identity_data", "skipped_no_identity_data", None, False),
    ("skipped_blocked", "skipped_blocked", None, False),
    ("skipped_sandbox", "skipped_sandbox", None, False),
    ("failed_provider", "failed_provider", None, False),
    ("failed_insufficient_balance", "failed_insufficient_balance", None, False),
)


def unstructure_AmlMonitoringOutcomes(o: AmlMonitoringOutcomes) -> dict[str, Any]:
    """Encode :class:`AmlMonitoringOutcomes` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AmlMonitoringOutcomes)


def structure_AmlMonitoringEntityResult(d: Any) -> AmlMonitoringEntityResult:
    """Decode a JSON object into :class:`AmlMonitoringEntityResult`."""
    o = _new(AmlMonitoringEntityResult)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlMonitoringEntityResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlMonitoringEntityResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlMonitoringEntityResult: _Table = (
    ("didit_internal_id", "didit_internal_id", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("outcome", "outcome", None, False),
)


def unstructure_AmlMonitoringEntityResult(o: AmlMonitoringEntityResult) -> dict[str, Any]:
    """Encode :class:`AmlMonitoringEntityResult` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AmlMonitoringEntityResult)


def structure_AmlMonitoringJobEstimate(d: Any) -> AmlMonitoringJobEstimate:
    """Decode a JSON object into :class:`AmlMonitoringJobEstimate`."""
    o = _new(AmlMonitoringJobEstimate)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlMonitoringJobEstimate.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlMonitoringJobEstimate
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlMonitoringJobEstimate: _Table = (
    ("users_total", "users_total", None, False),
    ("already_enabled", "already_enabled", None, False),
    ("with_existing_aml", "with_existing_aml", None, False),
    ("needing_screening", "needing_screening", None, False),
    ("skipped_no_identity_data", "skipped_no_identity_data", None, False),
    ("skipped_blocked", "skipped_blocked", None, False),
    ("estimated_screening_cost_usd", "estimated_screening_cost_usd", None, False),
    ("estimated_annual_monitoring_cost_usd", "estimated_annual_monitoring_cost_usd", None, False),
    ("balance_sufficient", "balance_sufficient", None, False),
)


def unstructure_AmlMonitoringJobEstimate(o: AmlMonitoringJobEstimate) -> dict[str, Any]:
    """Encode :class:`AmlMonitoringJobEstimate` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AmlMonitoringJobEstimate)


def structure_AmlMonitoringToggleJob(d: Any) -> AmlMonitoringToggleJob:
    """Decode a JSON object into :class:`AmlMonitoringToggleJob`."""
    v: Any
    o = _new(AmlMonitoringToggleJob)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlMonitoringToggleJob.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlMonitoringToggleJob
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "outcomes" in vals:
        v = vals["outcomes"]
        if v.__class__ is dict:
            vals["outcomes"] = structure_AmlMonitoringOutcomes(v)
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_AmlMonitoringEntityResult(x) if x.__class__ is dict else x for x in v
            ]
    if "estimate" in vals:
        v = vals["estimate"]
        if v.__class__ is dict:
            vals["estimate"] = structure_AmlMonitoringJobEstimate(v)
    return o


_U_AmlMonitoringToggleJob: _Table = (
    ("job_id", "job_id", None, True),
    ("status", "status", None, True),
    ("is_enabled", "is_enabled", None, True),
    ("target_type", "target_type", None, True),
    ("total", "total", None, True),
    ("processed", "processed", None, True),
    (
        "outcomes",
        "outcomes",
        lambda v: (
            unstructure_AmlMonitoringOutcomes(v) if isinstance(v, AmlMonitoringOutcomes) else v
        ),
        True,
    ),
    (
        "results",
        "results",
        lambda v: (
            [
                unstructure_AmlMonitoringEntityResult(x)
                if isinstance(x, AmlMonitoringEntityResult)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
    ("error", "error", None, True),
    ("created_at", "created_at", None, True),
    ("completed_at", "completed_at", None, True),
    (
        "estimate",
        "estimate",
        lambda v: (
            unstructure_AmlMonitoringJobEstimate(v)
            if isinstance(v, AmlMonitoringJobEstimate)
            else v
        ),
        True,
    ),
    ("unmatched", "unmatched", None, True),
)


def unstructure_AmlMonitoringToggleJob(o: AmlMonitoringToggleJob) -> dict[str, Any]:
    """Encode :class:`AmlMonitoringToggleJob` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AmlMonitoringToggleJob)


def structure_AmlMonitoringBusinessesRequest(d: Any) -> AmlMonitoringBusinessesRequest:
    """Decode a JSON object into :class:`AmlMonitoringBusinessesRequest`."""
    o = _new(AmlMonitoringBusinessesRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlMonitoringBusinessesRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlMonitoringBusinessesRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlMonitoringBusinessesRequest: _Table = (
    ("is_enabled", "is_enabled", None, True),
    ("estimate_only", "estimate_only", None, False),
    ("vendor_data_list", "vendor_data_list", None, False),
    ("didit_internal_id_list", "didit_internal_id_list", None, False),
)


def unstructure_AmlMonitoringBusinessesRequest(o: AmlMonitoringBusinessesRequest) -> dict[str, Any]:
    """Encode :class:`AmlMonitoringBusinessesRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AmlMonitoringBusinessesRequest)


def validate_AmlMonitoringBusinessesRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid AmlMonitoringBusinessesRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "AmlMonitoringBusinessesRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "is_enabled" not in d:
        raise DiditValidationError(at + "is_enabled", "required", "is required")
    v = d.get("is_enabled")
    if v is None:
        if "is_enabled" in d:
            raise DiditValidationError(at + "is_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("estimate_only")
    if v is None:
        if "estimate_only" in d:
            raise DiditValidationError(at + "estimate_only", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "estimate_only", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("vendor_data_list")
    if v is None:
        if "vendor_data_list" in d:
            raise DiditValidationError(at + "vendor_data_list", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "vendor_data_list", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "vendor_data_list", "type", "must not contain null")
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "vendor_data_list" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
    v = d.get("didit_internal_id_list")
    if v is None:
        if "didit_internal_id_list" in d:
            raise DiditValidationError(at + "didit_internal_id_list", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "didit_internal_id_list", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(
                    at + "didit_internal_id_list", "type", "must not contain null"
                )
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "didit_internal_id_list" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
            if not is_uuid(x0):
                raise DiditValidationError(
                    at + "didit_internal_id_list" + "[" + str(i0) + "]",
                    "format",
                    "must be a valid uuid",
                )


def structure_AmlMonitoringJob(d: Any) -> AmlMonitoringJob:
    """Decode a JSON object into :class:`AmlMonitoringJob`."""
    v: Any
    o = _new(AmlMonitoringJob)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlMonitoringJob.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlMonitoringJob
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "outcomes" in vals:
        v = vals["outcomes"]
        if v.__class__ is dict:
            vals["outcomes"] = structure_AmlMonitoringOutcomes(v)
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_AmlMonitoringEntityResult(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_AmlMonitoringJob: _Table = (
    ("job_id", "job_id", None, False),
    ("status", "status", None, False),
    ("is_enabled", "is_enabled", None, False),
    ("target_type", "target_type", None, False),
    ("total", "total", None, False),
    ("processed", "processed", None, False),
    (
        "outcomes",
        "outcomes",
        lambda v: (
            unstructure_AmlMonitoringOutcomes(v) if isinstance(v, AmlMonitoringOutcomes) else v
        ),
        False,
    ),
    (
        "results",
        "results",
        lambda v: (
            [
                unstructure_AmlMonitoringEntityResult(x)
                if isinstance(x, AmlMonitoringEntityResult)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("error", "error", None, False),
    ("created_at", "created_at", None, False),
    ("completed_at", "completed_at", None, False),
)


def unstructure_AmlMonitoringJob(o: AmlMonitoringJob) -> dict[str, Any]:
    """Encode :class:`AmlMonitoringJob` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AmlMonitoringJob)


def structure_SandboxArmRequest(d: Any) -> SandboxArmRequest:
    """Decode a JSON object into :class:`SandboxArmRequest`."""
    o = _new(SandboxArmRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_SandboxArmRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SandboxArmRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SandboxArmRequest: _Table = (("scenario", "scenario", None, True),)


def unstructure_SandboxArmRequest(o: SandboxArmRequest) -> dict[str, Any]:
    """Encode :class:`SandboxArmRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_SandboxArmRequest)


def validate_SandboxArmRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid SandboxArmRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "SandboxArmRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "scenario" not in d:
        raise DiditValidationError(at + "scenario", "required", "is required")
    v = d.get("scenario")
    if v is None:
        if "scenario" in d:
            raise DiditValidationError(at + "scenario", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "scenario", "type", "must be a string, not " + type(v).__name__
            )


def structure_SandboxArmResponse(d: Any) -> SandboxArmResponse:
    """Decode a JSON object into :class:`SandboxArmResponse`."""
    o = _new(SandboxArmResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_SandboxArmResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SandboxArmResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SandboxArmResponse: _Table = (
    ("session_id", "session_id", None, False),
    ("scenario", "scenario", None, False),
    ("status", "status", None, False),
)


def unstructure_SandboxArmResponse(o: SandboxArmResponse) -> dict[str, Any]:
    """Encode :class:`SandboxArmResponse` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_SandboxArmResponse)


def structure_AmlHitBulkUpdateResult(d: Any) -> AmlHitBulkUpdateResult:
    """Decode a JSON object into :class:`AmlHitBulkUpdateResult`."""
    o = _new(AmlHitBulkUpdateResult)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlHitBulkUpdateResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlHitBulkUpdateResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlHitBulkUpdateResult: _Table = ()


def unstructure_AmlHitBulkUpdateResult(o: AmlHitBulkUpdateResult) -> dict[str, Any]:
    """Encode :class:`AmlHitBulkUpdateResult` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AmlHitBulkUpdateResult)


def structure_AmlHitBulkUpdateItem(d: Any) -> AmlHitBulkUpdateItem:
    """Decode a JSON object into :class:`AmlHitBulkUpdateItem`."""
    o = _new(AmlHitBulkUpdateItem)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlHitBulkUpdateItem.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlHitBulkUpdateItem
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlHitBulkUpdateItem: _Table = (
    ("hit_id", "hit_id", None, True),
    ("review_status", "review_status", None, True),
)


def unstructure_AmlHitBulkUpdateItem(o: AmlHitBulkUpdateItem) -> dict[str, Any]:
    """Encode :class:`AmlHitBulkUpdateItem` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AmlHitBulkUpdateItem)


def validate_AmlHitBulkUpdateItem(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid AmlHitBulkUpdateItem."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "AmlHitBulkUpdateItem",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "hit_id" not in d:
        raise DiditValidationError(at + "hit_id", "required", "is required")
    v = d.get("hit_id")
    if v is None:
        if "hit_id" in d:
            raise DiditValidationError(at + "hit_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "hit_id", "type", "must be a string, not " + type(v).__name__
            )
    if "review_status" not in d:
        raise DiditValidationError(at + "review_status", "required", "is required")
    v = d.get("review_status")
    if v is None:
        if "review_status" in d:
            raise DiditValidationError(at + "review_status", "type", "must not be null")
    else:
        if not isinstance(v, str) or v not in _E_inline100:
            raise DiditValidationError(
                at + "review_status",
                "enum",
                "must be one of: Unreviewed, Confirmed Match, False Positive, Inconclusive"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )


def structure_AmlHitBulkUpdateRequest(d: Any) -> AmlHitBulkUpdateRequest:
    """Decode a JSON object into :class:`AmlHitBulkUpdateRequest`."""
    v: Any
    o = _new(AmlHitBulkUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlHitBulkUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlHitBulkUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "hit_updates" in vals:
        v = vals["hit_updates"]
        if v and v.__class__ is list:
            vals["hit_updates"] = [
                structure_AmlHitBulkUpdateItem(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_AmlHitBulkUpdateRequest: _Table = (
    (
        "hit_updates",
        "hit_updates",
        lambda v: (
            [
                unstructure_AmlHitBulkUpdateItem(x) if isinstance(x, AmlHitBulkUpdateItem) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
    ("node_id", "node_id", None, False),
)


def unstructure_AmlHitBulkUpdateRequest(o: AmlHitBulkUpdateRequest) -> dict[str, Any]:
    """Encode :class:`AmlHitBulkUpdateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AmlHitBulkUpdateRequest)


def validate_AmlHitBulkUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid AmlHitBulkUpdateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "AmlHitBulkUpdateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "hit_updates" not in d:
        raise DiditValidationError(at + "hit_updates", "required", "is required")
    v = d.get("hit_updates")
    if v is None:
        if "hit_updates" in d:
            raise DiditValidationError(at + "hit_updates", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "hit_updates", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "hit_updates", "type", "must not contain null")
            validate_AmlHitBulkUpdateItem(x0, at + "hit_updates" + "[" + str(i0) + "]" + ".")
    v = d.get("node_id")
    if v is None:
        if "node_id" in d:
            raise DiditValidationError(at + "node_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "node_id", "type", "must be a string, not " + type(v).__name__
            )


def structure_KybCompanyUpdateRequest(d: Any) -> KybCompanyUpdateRequest:
    """Decode a JSON object into :class:`KybCompanyUpdateRequest`."""
    o = _new(KybCompanyUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_KybCompanyUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybCompanyUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybCompanyUpdateRequest: _Table = (
    ("company_name", "company_name", None, False),
    ("registration_number", "registration_number", None, False),
    ("country_code", "country_code", None, False),
    ("region", "region", None, True),
    ("incorporation_date", "incorporation_date", None, False),
    ("registration_date", "registration_date", None, True),
    ("dissolution_date", "dissolution_date", None, True),
    ("tax_number", "tax_number", None, False),
    ("legal_address", "legal_address", None, False),
    ("company_type", "company_type", None, False),
    ("registry_status", "registry_status", None, True),
    ("verification_status", "verification_status", None, True),
    ("alternative_names", "alternative_names", None, False),
    ("nature_of_business", "nature_of_business", None, False),
    ("registered_capital", "registered_capital", None, False),
    ("registered_capital_amount", "registered_capital_amount", None, True),
    ("registered_capital_currency", "registered_capital_currency", None, True),
    ("website", "website", None, False),
    ("email", "email", None, False),
    ("phone", "phone", None, False),
    ("legal_entity_identifier", "legal_entity_identifier", None, False),
    ("location_of_registration", "location_of_registration", None, False),
    ("vat_number", "vat_number", None, False),
    ("control_scheme", "control_scheme", None, False),
)


def unstructure_KybCompanyUpdateRequest(o: KybCompanyUpdateRequest) -> dict[str, Any]:
    """Encode :class:`KybCompanyUpdateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_KybCompanyUpdateRequest)


def validate_KybCompanyUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid KybCompanyUpdateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "KybCompanyUpdateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    v = d.get("company_name")
    if v is None:
        if "company_name" in d:
            raise DiditValidationError(at + "company_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "company_name", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 255:
            raise DiditValidationError(
                at + "company_name", "max_length", "must have at most 255 characters"
            )
    v = d.get("registration_number")
    if v is None:
        if "registration_number" in d:
            raise DiditValidationError(at + "registration_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "registration_number", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 100:
            raise DiditValidationError(
                at + "registration_number", "max_length", "must have at most 100 characters"
            )
    v = d.get("country_code")
    if v is None:
        if "country_code" in d:
            raise DiditValidationError(at + "country_code", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "country_code", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 2:
            raise DiditValidationError(
                at + "country_code", "max_length", "must have at most 2 characters"
            )
    v = d.get("region")
    if v is not None:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "region", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 10:
            raise DiditValidationError(
                at + "region", "max_length", "must have at most 10 characters"
            )
    v = d.get("incorporation_date")
    if v is None:
        if "incorporation_date" in d:
            raise DiditValidationError(at + "incorporation_date", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "incorporation_date", "type", "must be a string, not " + type(v).__name__
            )
        if not is_date(v):
            raise DiditValidationError(at + "incorporation_date", "format", "must be a valid date")
    v = d.get("registration_date")
    if v is not None:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "registration_date", "type", "must be a string, not " + type(v).__name__
            )
        if not is_date(v):
            raise DiditValidationError(at + "registration_date", "format", "must be a valid date")
    v = d.get("dissolution_date")
    if v is not None:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "dissolution_date", "type", "must be a string, not " + type(v).__name__
            )
        if not is_date(v):
            raise DiditValidationError(at + "dissolution_date", "format", "must be a valid date")
    v = d.get("tax_number")
    if v is None:
        if "tax_number" in d:
            raise DiditValidationError(at + "tax_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "tax_number", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 100:
            raise DiditValidationError(
                at + "tax_number", "max_length", "must have at most 100 characters"
            )
    v = d.get("legal_address")
    if v is None:
        if "legal_address" in d:
            raise DiditValidationError(at + "legal_address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "legal_address", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("company_type")
    if v is None:
        if "company_type" in d:
            raise DiditValidationError(at + "company_type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "company_type", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 100:
            raise DiditValidationError(
                at + "company_type", "max_length", "must have at most 100 characters"
            )
    v = d.get("registry_status")
    if v is not None:
        if not isinstance(v, str) or v not in _E_inline35:
            raise DiditValidationError(
                at + "registry_status",
                "enum",
                "must be one of: active, dissolved, deregistered, see full details, authorised, appointed representative, unauthorised, inactive, no longer authorised, closed, struck off"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("verification_status")
    if v is not None:
        if not isinstance(v, str) or v not in _E_inline101:
            raise DiditValidationError(
                at + "verification_status",
                "enum",
                "must be one of: verified, failed, unknown"
                + (", not " + repr(v[:40]) if isinstance(v, str) else ", not " + type(v).__name__),
            )
    v = d.get("alternative_names")
    if v is None:
        if "alternative_names" in d:
            raise DiditValidationError(at + "alternative_names", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "alternative_names", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("nature_of_business")
    if v is None:
        if "nature_of_business" in d:
            raise DiditValidationError(at + "nature_of_business", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "nature_of_business", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("registered_capital")
    if v is None:
        if "registered_capital" in d:
            raise DiditValidationError(at + "registered_capital", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "registered_capital", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 100:
            raise DiditValidationError(
                at + "registered_capital", "max_length", "must have at most 100 characters"
            )
    v = d.get("registered_capital_amount")
    if v is not None:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise DiditValidationError(
                at + "registered_capital_amount",
                "type",
                "must be a number, not " + type(v).__name__,
            )
    v = d.get("registered_capital_currency")
    if v is not None:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "registered_capital_currency",
                "type",
                "must be a string, not " + type(v).__name__,
            )
        if len(v) > 3:
            raise DiditValidationError(
                at + "registered_capital_currency", "max_length", "must have at most 3 characters"
            )
    v = d.get("website")
    if v is None:
        if "website" in d:
            raise DiditValidationError(at + "website", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "website", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 500:
            raise DiditValidationError(
                at + "website", "max_length", "must have at most 500 characters"
            )
    v = d.get("email")
    if v is None:
        if "email" in d:
            raise DiditValidationError(at + "email", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "email", "type", "must be a string, not " + type(v).__name__
            )
        if not is_email(v):
            raise DiditValidationError(at + "email", "format", "must be a valid email")
    v = d.get("phone")
    if v is None:
        if "phone" in d:
            raise DiditValidationError(at + "phone", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "phone", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 50:
            raise DiditValidationError(
                at + "phone", "max_length", "must have at most 50 characters"
            )
    v = d.get("legal_entity_identifier")
    if v is None:
        if "legal_entity_identifier" in d:
            raise DiditValidationError(at + "legal_entity_identifier", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "legal_entity_identifier", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 50:
            raise DiditValidationError(
                at + "legal_entity_identifier", "max_length", "must have at most 50 characters"
            )
    v = d.get("location_of_registration")
    if v is None:
        if "location_of_registration" in d:
            raise DiditValidationError(at + "location_of_registration", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "location_of_registration", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 255:
            raise DiditValidationError(
                at + "location_of_registration", "max_length", "must have at most 255 characters"
            )
    v = d.get("vat_number")
    if v is None:
        if "vat_number" in d:
            raise DiditValidationError(at + "vat_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "vat_number", "type", "must be a string, not " + type(v).__name__
            )
        if len(v) > 64:
            raise DiditValidationError(
                at + "vat_number", "max_length", "must have at most 64 characters"
            )
    v = d.get("control_scheme")
    if v is None:
        if "control_scheme" in d:
            raise DiditValidationError(at + "control_scheme", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "control_scheme", "type", "must be a string, not " + type(v).__name__
            )


def structure_KybCompanyData(d: Any) -> KybCompanyData:
    """Decode a JSON object into :class:`KybCompanyData`."""
    o = _new(KybCompanyData)
    vals = o.__dict__
    vals.update(d)
    if _K_KybCompanyData.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybCompanyData
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybCompanyData: _Table = (
    ("uuid", "uuid", None, False),
    ("node_id", "node_id", None, False),
    ("status", "status", None, False),
    ("registry_status", "registry_status", None, False),
    ("data_resolved", "data_resolved", None, False),
    ("company_name", "company_name", None, False),
    ("registration_number", "registration_number", None, False),
    ("country_code", "country_code", None, False),
    ("region", "region", None, False),
    ("company_type", "company_type", None, False),
    ("incorporation_date", "incorporation_date", None, False),
    ("registered_address", "registered_address", None, False),
    ("tax_number", "tax_number", None, False),
    ("risk_level", "risk_level", None, False),
    ("verification_status", "verification_status", None, False),
    ("is_from_registry", "is_from_registry", None, False),
    ("fetch_status", "fetch_status", None, False),
    ("alternative_names", "alternative_names", None, False),
    ("nature_of_business", "nature_of_business", None, False),
    ("registered_capital", "registered_capital", None, False),
    ("registered_capital_amount", "registered_capital_amount", None, False),
    ("registered_capital_currency", "registered_capital_currency", None, False),
    ("website", "website", None, False),
    ("email", "email", None, False),
    ("phone", "phone", None, False),
    ("legal_entity_identifier", "legal_entity_identifier", None, False),
    ("location_of_registration", "location_of_registration", None, False),
    ("vat_number", "vat_number", None, False),
    ("vat_validation_status", "vat_validation_status", None, False),
    ("vat_validated_name", "vat_validated_name", None, False),
    ("vat_validated_address", "vat_validated_address", None, False),
    ("vat_checked_at", "vat_checked_at", None, False),
    (
        "financial_summary",
        "financial_summary",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "officers",
        "officers",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "beneficial_owners",
        "beneficial_owners",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "addresses",
        "addresses",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "industries",
        "industries",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "accounts",
        "accounts",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "registry_data",
        "registry_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "user_provided_data",
        "user_provided_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("confirmed_by_user_at", "confirmed_by_user_at", None, False),
    ("last_console_edit_at", "last_console_edit_at", None, False),
    ("is_editable", "is_editable", None, False),
)


def unstructure_KybCompanyData(o: KybCompanyData) -> dict[str, Any]:
    """Encode :class:`KybCompanyData` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_KybCompanyData)


def structure_KybPartyUpdateRequest(d: Any) -> KybPartyUpdateRequest:
    """Decode a JSON object into :class:`KybPartyUpdateRequest`."""
    o = _new(KybPartyUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_KybPartyUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybPartyUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybPartyUpdateRequest: _Table = (("is_skipped", "is_skipped", None, True),)


def unstructure_KybPartyUpdateRequest(o: KybPartyUpdateRequest) -> dict[str, Any]:
    """Encode :class:`KybPartyUpdateRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_KybPartyUpdateRequest)


def validate_KybPartyUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid KybPartyUpdateRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "KybPartyUpdateRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "is_skipped" not in d:
        raise DiditValidationError(at + "is_skipped", "required", "is required")
    v = d.get("is_skipped")
    if v is None:
        if "is_skipped" in d:
            raise DiditValidationError(at + "is_skipped", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_skipped", "type", "must be true or false, not " + type(v).__name__
            )


def structure_KybParty(d: Any) -> KybParty:
    """Decode a JSON object into :class:`KybParty`."""
    o = _new(KybParty)
    vals = o.__dict__
    vals.update(d)
    if _K_KybParty.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_KybParty
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_KybParty: _Table = (
    ("uuid", "uuid", None, False),
    ("entity_type", "entity_type", None, False),
    ("name", "name", None, False),
    ("is_skipped", "is_skipped", None, False),
    ("requires_verification", "requires_verification", None, False),
    ("kyc_session_status", "kyc_session_status", None, False),
    ("kyc_session_url", "kyc_session_url", None, False),
    ("kyc_session_deleted", "kyc_session_deleted", None, False),
    ("kyb_sub_session_deleted", "kyb_sub_session_deleted", None, False),
)


def unstructure_KybParty(o: KybParty) -> dict[str, Any]:
    """Encode :class:`KybParty` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_KybParty)


def structure_UserFaceUploadRequest(d: Any) -> UserFaceUploadRequest:
    """Decode a JSON object into :class:`UserFaceUploadRequest`."""
    o = _new(UserFaceUploadRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_UserFaceUploadRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserFaceUploadRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_UserFaceUploadRequest: _Table = (
    ("image", "image", None, True),
    ("comment", "comment", None, False),
)


def unstructure_UserFaceUploadRequest(o: UserFaceUploadRequest) -> dict[str, Any]:
    """Encode :class:`UserFaceUploadRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_UserFaceUploadRequest)


def validate_UserFaceUploadRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid UserFaceUploadRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "UserFaceUploadRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "image" not in d:
        raise DiditValidationError(at + "image", "required", "is required")
    v = d.get("image")
    if v is None:
        if "image" in d:
            raise DiditValidationError(at + "image", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "image", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("comment")
    if v is None:
        if "comment" in d:
            raise DiditValidationError(at + "comment", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "comment", "type", "must be a string, not " + type(v).__name__
            )


def structure_UserFace(d: Any) -> UserFace:
    """Decode a JSON object into :class:`UserFace`."""
    o = _new(UserFace)
    vals = o.__dict__
    vals.update(d)
    if _K_UserFace.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_UserFace
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_UserFace: _Table = (
    ("uuid", "uuid", None, True),
    ("image_url", "image_url", None, True),
    ("comment", "comment", None, True),
    ("uploaded_by", "uploaded_by", None, True),
    ("created_at", "created_at", None, True),
)


def unstructure_UserFace(o: UserFace) -> dict[str, Any]:
    """Encode :class:`UserFace` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_UserFace)


def structure_AmlMonitoringBulkToggleRequest(d: Any) -> AmlMonitoringBulkToggleRequest:
    """Decode a JSON object into :class:`AmlMonitoringBulkToggleRequest`."""
    o = _new(AmlMonitoringBulkToggleRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlMonitoringBulkToggleRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlMonitoringBulkToggleRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlMonitoringBulkToggleRequest: _Table = (
    ("is_enabled", "is_enabled", None, True),
    ("estimate_only", "estimate_only", None, False),
    ("update_all", "update_all", None, False),
    ("filter_search", "filter_search", None, False),
    ("filter_status", "filter_status", None, False),
    ("filter_country", "filter_country", None, False),
    ("filter_date_from", "filter_date_from", None, False),
    ("filter_date_to", "filter_date_to", None, False),
    ("session_numbers", "session_numbers", None, False),
    ("toggle_all", "toggle_all", None, False),
    ("filter_workflow_id", "filter_workflow_id", None, False),
)


def unstructure_AmlMonitoringBulkToggleRequest(o: AmlMonitoringBulkToggleRequest) -> dict[str, Any]:
    """Encode :class:`AmlMonitoringBulkToggleRequest` as a JSON object (absent fields stay absent)."""
    return _encode(o, _U_AmlMonitoringBulkToggleRequest)


def validate_AmlMonitoringBulkToggleRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid AmlMonitoringBulkToggleRequest."""
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or "AmlMonitoringBulkToggleRequest",
            "type",
            "must be an object, not " + type(d).__name__,
        )
    v: Any
    if "is_enabled" not in d:
        raise DiditValidationError(at + "is_enabled", "required", "is required")
    v = d.get("is_enabled")
    if v is None:
        if "is_enabled" in d:
            raise DiditValidationError(at + "is_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "is_enabled", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("estimate_only")
    if v is None:
        if "estimate_only" in d:
            raise DiditValidationError(at + "estimate_only", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "estimate_only", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("update_all")
    if v is None:
        if "update_all" in d:
            raise DiditValidationError(at + "update_all", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "update_all", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("filter_search")
    if v is None:
        if "filter_search" in d:
            raise DiditValidationError(at + "filter_search", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "filter_search", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("filter_status")
    if v is None:
        if "filter_status" in d:
            raise DiditValidationError(at + "filter_status", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "filter_status", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "filter_status", "type", "must not contain null")
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "filter_status" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
    v = d.get("filter_country")
    if v is None:
        if "filter_country" in d:
            raise DiditValidationError(at + "filter_country", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "filter_country", "type", "must be a string, not " + type(v).__name__
            )
    v = d.get("filter_date_from")
    if v is None:
        if "filter_date_from" in d:
            raise DiditValidationError(at + "filter_date_from", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "filter_date_from", "type", "must be a string, not " + type(v).__name__
            )
        if not is_date(v):
            raise DiditValidationError(at + "filter_date_from", "format", "must be a valid date")
    v = d.get("filter_date_to")
    if v is None:
        if "filter_date_to" in d:
            raise DiditValidationError(at + "filter_date_to", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "filter_date_to", "type", "must be a string, not " + type(v).__name__
            )
        if not is_date(v):
            raise DiditValidationError(at + "filter_date_to", "format", "must be a valid date")
    v = d.get("session_numbers")
    if v is None:
        if "session_numbers" in d:
            raise DiditValidationError(at + "session_numbers", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise DiditValidationError(
                at + "session_numbers", "type", "must be a list, not " + type(v).__name__
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise DiditValidationError(at + "session_numbers", "type", "must not contain null")
            if not isinstance(x0, str):
                raise DiditValidationError(
                    at + "session_numbers" + "[" + str(i0) + "]",
                    "type",
                    "must be a string, not " + type(x0).__name__,
                )
    v = d.get("toggle_all")
    if v is None:
        if "toggle_all" in d:
            raise DiditValidationError(at + "toggle_all", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise DiditValidationError(
                at + "toggle_all", "type", "must be true or false, not " + type(v).__name__
            )
    v = d.get("filter_workflow_id")
    if v is None:
        if "filter_workflow_id" in d:
            raise DiditValidationError(at + "filter_workflow_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise DiditValidationError(
                at + "filter_workflow_id", "type", "must be a string, not " + type(v).__name__
            )


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    ErrorBody: structure_ErrorBody,
    Warning: structure_Warning,
    ContactDetails: structure_ContactDetails,
    ExpectedDetails: structure_ExpectedDetails,
    FaceEntity: structure_FaceEntity,
    FaceImageInfo: structure_FaceImageInfo,
    ParsedAddress: structure_ParsedAddress,
    IdVerificationReport: structure_IdVerificationReport,
    NfcVerificationReport: structure_NfcVerificationReport,
    LivenessReport: structure_LivenessReport,
    AgeEstimationReport: structure_AgeEstimationReport,
    FaceMatchReport: structure_FaceMatchReport,
    FaceSearchUserDetails: structure_FaceSearchUserDetails,
    FaceSearchMatch: structure_FaceSearchMatch,
    FaceSearchReport: structure_FaceSearchReport,
    PoaReport: structure_PoaReport,
    DocumentAiDocument: structure_DocumentAiDocument,
    EmailBreach: structure_EmailBreach,
    EmailLifecycleEvent: structure_EmailLifecycleEvent,
    EmailReport: structure_EmailReport,
    PhoneReport: structure_PhoneReport,
    AmlScoreBreakdown: structure_AmlScoreBreakdown,
    AmlHit: structure_AmlHit,
    AmlReport: structure_AmlReport,
    IpAnalysisReport: structure_IpAnalysisReport,
    DatabaseValidationReport: structure_DatabaseValidationReport,
    QuestionnaireResponse: structure_QuestionnaireResponse,
    SignatureReport: structure_SignatureReport,
    BankVerificationReport: structure_BankVerificationReport,
    KybRegistryCheck: structure_KybRegistryCheck,
    KybDocumentVerification: structure_KybDocumentVerification,
    KybKeyPeopleCheck: structure_KybKeyPeopleCheck,
    SessionReview: structure_SessionReview,
    SessionDecision: structure_SessionDecision,
    CreateSessionRequest: structure_CreateSessionRequest,
    CreateSessionResponse: structure_CreateSessionResponse,
    ImportSharedSessionResponse: structure_ImportSharedSessionResponse,
    SessionListFeature: structure_SessionListFeature,
    SessionListPhone: structure_SessionListPhone,
    SessionListEmail: structure_SessionListEmail,
    SessionListAml: structure_SessionListAml,
    SessionListLiveness: structure_SessionListLiveness,
    SessionListFaceMatch: structure_SessionListFaceMatch,
    SessionListAdditionalDetails: structure_SessionListAdditionalDetails,
    SessionListItem: structure_SessionListItem,
    SessionListPage: structure_SessionListPage,
    BatchDeleteSessionsRequest: structure_BatchDeleteSessionsRequest,
    BatchDeleteResultItem: structure_BatchDeleteResultItem,
    BatchDeleteSessionsResponse: structure_BatchDeleteSessionsResponse,
    BatchDeleteJob: structure_BatchDeleteJob,
    NodeToResubmit: structure_NodeToResubmit,
    UpdateStatusRequest: structure_UpdateStatusRequest,
    SessionIdResponse: structure_SessionIdResponse,
    ShareSessionRequest: structure_ShareSessionRequest,
    ShareSessionResponse: structure_ShareSessionResponse,
    ImportSharedSessionRequest: structure_ImportSharedSessionRequest,
    CreateReviewRequest: structure_CreateReviewRequest,
    SessionReviewPage: structure_SessionReviewPage,
    SessionEvent: structure_SessionEvent,
    SessionEventPage: structure_SessionEventPage,
    UpdateAmlHitStatusRequest: structure_UpdateAmlHitStatusRequest,
    UpdateAmlHitStatusResponse: structure_UpdateAmlHitStatusResponse,
    UpdateFeatureStatusRequest: structure_UpdateFeatureStatusRequest,
    UpdateFeatureStatusResponse: structure_UpdateFeatureStatusResponse,
    UpdateSessionDataRequest: structure_UpdateSessionDataRequest,
    UpdatePoaDataRequest: structure_UpdatePoaDataRequest,
    UpdateSessionDataResponse: structure_UpdateSessionDataResponse,
    BlocklistAddRequest: structure_BlocklistAddRequest,
    BlocklistRemoveRequest: structure_BlocklistRemoveRequest,
    MessageResponse: structure_MessageResponse,
    BlocklistEntry: structure_BlocklistEntry,
    BlocklistPage: structure_BlocklistPage,
    AccountRegisterRequest: structure_AccountRegisterRequest,
    AccountRegisterResponse: structure_AccountRegisterResponse,
    AccountVerifyEmailRequest: structure_AccountVerifyEmailRequest,
    AccountOrganization: structure_AccountOrganization,
    AccountApplication: structure_AccountApplication,
    AccountTokenResponse: structure_AccountTokenResponse,
    AccountLoginRequest: structure_AccountLoginRequest,
    AccountResendOtpRequest: structure_AccountResendOtpRequest,
    Organization: structure_Organization,
    ApplicationCredentials: structure_ApplicationCredentials,
    CreateApplicationRequest: structure_CreateApplicationRequest,
    WorkflowFeature: structure_WorkflowFeature,
    WorkflowCreateRequest: structure_WorkflowCreateRequest,
    WorkflowUpdateRequest: structure_WorkflowUpdateRequest,
    Workflow: structure_Workflow,
    QuestionnaireOption: structure_QuestionnaireOption,
    QuestionnaireFormElement: structure_QuestionnaireFormElement,
    QuestionnaireQuestionOption: structure_QuestionnaireQuestionOption,
    QuestionnaireBranchRule: structure_QuestionnaireBranchRule,
    QuestionnaireQuestion: structure_QuestionnaireQuestion,
    QuestionnaireCreateRequest: structure_QuestionnaireCreateRequest,
    QuestionnaireUpdateRequest: structure_QuestionnaireUpdateRequest,
    Questionnaire: structure_Questionnaire,
    User: structure_User,
    UserListPage: structure_UserListPage,
    UserCreateRequest: structure_UserCreateRequest,
    UserUpdateRequest: structure_UserUpdateRequest,
    UserUpdateStatusRequest: structure_UserUpdateStatusRequest,
    UserBatchDeleteRequest: structure_UserBatchDeleteRequest,
    UserBatchDeleteResponse: structure_UserBatchDeleteResponse,
    BillingBalance: structure_BillingBalance,
    BillingTopUpRequest: structure_BillingTopUpRequest,
    BillingTopUpResponse: structure_BillingTopUpResponse,
    WebhookDestinationMetrics: structure_WebhookDestinationMetrics,
    WebhookDestination: structure_WebhookDestination,
    WebhookDestinationCreateRequest: structure_WebhookDestinationCreateRequest,
    WebhookDestinationUpdateRequest: structure_WebhookDestinationUpdateRequest,
    WebhookConfig: structure_WebhookConfig,
    WebhookConfigUpdateRequest: structure_WebhookConfigUpdateRequest,
    IdVerificationRequest: structure_IdVerificationRequest,
    PassiveLivenessRequest: structure_PassiveLivenessRequest,
    FaceMatchRequest: structure_FaceMatchRequest,
    FaceSearchRequest: structure_FaceSearchRequest,
    AgeEstimationRequest: structure_AgeEstimationRequest,
    PoaRequest: structure_PoaRequest,
    AmlRequest: structure_AmlRequest,
    EmailSendOptions: structure_EmailSendOptions,
    RequestSignals: structure_RequestSignals,
    EmailSendRequest: structure_EmailSendRequest,
    EmailCheckRequest: structure_EmailCheckRequest,
    PhoneSendOptions: structure_PhoneSendOptions,
    PhoneSendRequest: structure_PhoneSendRequest,
    PhoneCheckRequest: structure_PhoneCheckRequest,
    DatabaseValidationRequest: structure_DatabaseValidationRequest,
    IdVerificationResponse: structure_IdVerificationResponse,
    PassiveLivenessResponse: structure_PassiveLivenessResponse,
    FaceMatchResponse: structure_FaceMatchResponse,
    FaceSearchResponse: structure_FaceSearchResponse,
    AgeEstimationResponse: structure_AgeEstimationResponse,
    AmlResponse: structure_AmlResponse,
    PoaResponse: structure_PoaResponse,
    DatabaseValidationResponse: structure_DatabaseValidationResponse,
    EmailSendResponse: structure_EmailSendResponse,
    EmailCheckResponse: structure_EmailCheckResponse,
    PhoneSendResponse: structure_PhoneSendResponse,
    PhoneCheckResponse: structure_PhoneCheckResponse,
    HealthcheckResponse: structure_HealthcheckResponse,
    WebhookSessionPayload: structure_WebhookSessionPayload,
    WebhookFieldChange: structure_WebhookFieldChange,
    WebhookEntityPayload: structure_WebhookEntityPayload,
    WebhookGenericPayload: structure_WebhookGenericPayload,
    SessionImportCreateRequest: structure_SessionImportCreateRequest,
    SessionImport: structure_SessionImport,
    SessionImportTemplate: structure_SessionImportTemplate,
    SessionImportRowError: structure_SessionImportRowError,
    SessionImportErrorPage: structure_SessionImportErrorPage,
    BusinessCreateRequest: structure_BusinessCreateRequest,
    BusinessUpdateRequest: structure_BusinessUpdateRequest,
    BusinessUpdateStatusRequest: structure_BusinessUpdateStatusRequest,
    BusinessBatchDeleteRequest: structure_BusinessBatchDeleteRequest,
    BusinessBatchDeleteResponse: structure_BusinessBatchDeleteResponse,
    Business: structure_Business,
    BusinessListPage: structure_BusinessListPage,
    KybSearchRequest: structure_KybSearchRequest,
    KybCandidate: structure_KybCandidate,
    KybSearchResponse: structure_KybSearchResponse,
    KybSelectRequest: structure_KybSelectRequest,
    KybOfficer: structure_KybOfficer,
    KybCompanyRecord: structure_KybCompanyRecord,
    TransactionCreateRequest: structure_TransactionCreateRequest,
    TransactionRuleHit: structure_TransactionRuleHit,
    Transaction: structure_Transaction,
    TransactionListPage: structure_TransactionListPage,
    WalletScreeningRequest: structure_WalletScreeningRequest,
    WalletScreeningResult: structure_WalletScreeningResult,
    EventIngestRequest: structure_EventIngestRequest,
    EventBatchIngestRequest: structure_EventBatchIngestRequest,
    IngestedEvent: structure_IngestedEvent,
    EventBatchIngestResponse: structure_EventBatchIngestResponse,
    ListCreateRequest: structure_ListCreateRequest,
    ListUpdateRequest: structure_ListUpdateRequest,
    DiditList: structure_DiditList,
    ListPage: structure_ListPage,
    ListEntryCreateRequest: structure_ListEntryCreateRequest,
    ListFaceUploadRequest: structure_ListFaceUploadRequest,
    ListEntry: structure_ListEntry,
    ListEntryPage: structure_ListEntryPage,
    CustomizationUpdateRequest: structure_CustomizationUpdateRequest,
    Customization: structure_Customization,
    RiskSignals: structure_RiskSignals,
    EmailRiskRequest: structure_EmailRiskRequest,
    EmailRiskReportBreach: structure_EmailRiskReportBreach,
    RiskWarning: structure_RiskWarning,
    RiskLifecycleEvent: structure_RiskLifecycleEvent,
    EmailRiskMatch: structure_EmailRiskMatch,
    EmailRiskIntelligence: structure_EmailRiskIntelligence,
    RiskSocialFootprintPlatform: structure_RiskSocialFootprintPlatform,
    RiskSocialFootprintCategory: structure_RiskSocialFootprintCategory,
    RiskSocialFootprintProfile: structure_RiskSocialFootprintProfile,
    EmailRiskSocialFootprint: structure_EmailRiskSocialFootprint,
    EmailRiskReport: structure_EmailRiskReport,
    EmailRiskResponse: structure_EmailRiskResponse,
    IpRiskRequest: structure_IpRiskRequest,
    IpRiskReport: structure_IpRiskReport,
    IpRiskResponse: structure_IpRiskResponse,
    PhoneRiskRequest: structure_PhoneRiskRequest,
    PhoneRiskReportCarrier: structure_PhoneRiskReportCarrier,
    PhoneRiskMatch: structure_PhoneRiskMatch,
    PhoneRiskIntelligence: structure_PhoneRiskIntelligence,
    PhoneRiskSocialFootprint: structure_PhoneRiskSocialFootprint,
    PhoneRiskReport: structure_PhoneRiskReport,
    PhoneRiskResponse: structure_PhoneRiskResponse,
    DocumentAiRequest: structure_DocumentAiRequest,
    DocumentAiDetectedCode: structure_DocumentAiDetectedCode,
    DocumentAiResultField: structure_DocumentAiResultField,
    DocumentAiResultWarning: structure_DocumentAiResultWarning,
    DocumentAiResult: structure_DocumentAiResult,
    DocumentAiResponse: structure_DocumentAiResponse,
    KybShareholdersRequest: structure_KybShareholdersRequest,
    KybShareholdersRegistryOfficer: structure_KybShareholdersRegistryOfficer,
    KybShareholdersRegistryBeneficialOwner: structure_KybShareholdersRegistryBeneficialOwner,
    KybShareholdersRegistryAddress: structure_KybShareholdersRegistryAddress,
    KybShareholdersRegistry: structure_KybShareholdersRegistry,
    KybShareholdersResponse: structure_KybShareholdersResponse,
    KybUboRequest: structure_KybUboRequest,
    TransactionRuleScope: structure_TransactionRuleScope,
    TransactionRuleCondition: structure_TransactionRuleCondition,
    TransactionRuleAggregation: structure_TransactionRuleAggregation,
    TransactionRuleAction: structure_TransactionRuleAction,
    TransactionRule: structure_TransactionRule,
    TransactionRulePage: structure_TransactionRulePage,
    TransactionRuleCreateRequest: structure_TransactionRuleCreateRequest,
    TransactionRuleUpdateRequest: structure_TransactionRuleUpdateRequest,
    TransactionRuleBacktestRequest: structure_TransactionRuleBacktestRequest,
    TransactionRuleBacktestResult: structure_TransactionRuleBacktestResult,
    TransactionRuleLibraryEntry: structure_TransactionRuleLibraryEntry,
    TransactionRuleLibraryPage: structure_TransactionRuleLibraryPage,
    TransactionRuleInstallRequest: structure_TransactionRuleInstallRequest,
    TransactionRuleInstallResult: structure_TransactionRuleInstallResult,
    WalletScreeningReportRiskFactor: structure_WalletScreeningReportRiskFactor,
    WalletScreeningReportFundFlow: structure_WalletScreeningReportFundFlow,
    WalletScreeningReportCounterparty: structure_WalletScreeningReportCounterparty,
    WalletScreeningReportRequest: structure_WalletScreeningReportRequest,
    TransactionSdkTokenRequest: structure_TransactionSdkTokenRequest,
    TransactionSdkToken: structure_TransactionSdkToken,
    DeviceTransactionRequestInfo: structure_DeviceTransactionRequestInfo,
    DeviceTransactionRequestSubjectPaymentMethod: structure_DeviceTransactionRequestSubjectPaymentMethod,
    DeviceTransactionRequestSubject: structure_DeviceTransactionRequestSubject,
    DeviceTransactionRequestCounterparty: structure_DeviceTransactionRequestCounterparty,
    DeviceTransactionRequestTravelRule: structure_DeviceTransactionRequestTravelRule,
    DeviceTransactionRequest: structure_DeviceTransactionRequest,
    DeviceTransactionTag: structure_DeviceTransactionTag,
    DeviceTransactionPartyDeviceNetworkContext: structure_DeviceTransactionPartyDeviceNetworkContext,
    DeviceTransactionPartyDevice: structure_DeviceTransactionPartyDevice,
    DeviceTransactionParty: structure_DeviceTransactionParty,
    DeviceTransactionPaymentMethod: structure_DeviceTransactionPaymentMethod,
    DeviceTransactionDocumentFile: structure_DeviceTransactionDocumentFile,
    DeviceTransactionDocument: structure_DeviceTransactionDocument,
    DeviceTransactionActivity: structure_DeviceTransactionActivity,
    DeviceTransactionAlert: structure_DeviceTransactionAlert,
    DeviceTransactionRuleRun: structure_DeviceTransactionRuleRun,
    DeviceTransactionProviderResult: structure_DeviceTransactionProviderResult,
    DeviceTransactionTravelRule: structure_DeviceTransactionTravelRule,
    DeviceTransactionNetworkSnapshot: structure_DeviceTransactionNetworkSnapshot,
    DeviceTransactionRemediation: structure_DeviceTransactionRemediation,
    DeviceTransactionActionRequired: structure_DeviceTransactionActionRequired,
    DeviceTransaction: structure_DeviceTransaction,
    TravelRuleSettingsNetworksGtr: structure_TravelRuleSettingsNetworksGtr,
    TravelRuleSettingsNetworksTrust: structure_TravelRuleSettingsNetworksTrust,
    TravelRuleSettingsNetworksVerifyvasp: structure_TravelRuleSettingsNetworksVerifyvasp,
    TravelRuleSettingsNetworksSygna: structure_TravelRuleSettingsNetworksSygna,
    TravelRuleSettingsNetworks: structure_TravelRuleSettingsNetworks,
    TravelRuleSettings: structure_TravelRuleSettings,
    TravelRuleSettingsUpdateRequest: structure_TravelRuleSettingsUpdateRequest,
    TravelRuleWalletAddress: structure_TravelRuleWalletAddress,
    TravelRuleWalletAddressPage: structure_TravelRuleWalletAddressPage,
    TravelRuleWalletAddressCreateRequest: structure_TravelRuleWalletAddressCreateRequest,
    TravelRuleWalletAddressUpdateRequest: structure_TravelRuleWalletAddressUpdateRequest,
    TravelRuleVasp: structure_TravelRuleVasp,
    TravelRuleVaspPage: structure_TravelRuleVaspPage,
    TravelRuleTransferUpdateRequest: structure_TravelRuleTransferUpdateRequest,
    TravelRuleTransferTimelineItem: structure_TravelRuleTransferTimelineItem,
    TravelRuleTransferCounterpartyVasp: structure_TravelRuleTransferCounterpartyVasp,
    TravelRuleTransfer: structure_TravelRuleTransfer,
    TravelRuleOwnershipConfirmRequest: structure_TravelRuleOwnershipConfirmRequest,
    TravelRulePickup: structure_TravelRulePickup,
    TravelRulePickupRespondRequest: structure_TravelRulePickupRespondRequest,
    TravelRulePickupAnswer: structure_TravelRulePickupAnswer,
    TravelRuleInboundRequestOriginatingVasp: structure_TravelRuleInboundRequestOriginatingVasp,
    TravelRuleInboundRequest: structure_TravelRuleInboundRequest,
    TravelRuleInboundResponse: structure_TravelRuleInboundResponse,
    TravelRuleWidgetSessionCreateRequest: structure_TravelRuleWidgetSessionCreateRequest,
    TravelRuleWidgetSession: structure_TravelRuleWidgetSession,
    TravelRuleWidgetProofSummary: structure_TravelRuleWidgetProofSummary,
    TravelRuleWidgetContext: structure_TravelRuleWidgetContext,
    BiometricTemplate: structure_BiometricTemplate,
    BiometricTemplatePage: structure_BiometricTemplatePage,
    BiometricTemplateCount: structure_BiometricTemplateCount,
    BiometricTemplatePurgeResult: structure_BiometricTemplatePurgeResult,
    BiometricTemplateBulkPurgeRequest: structure_BiometricTemplateBulkPurgeRequest,
    BiometricTemplateBulkPurgeResult: structure_BiometricTemplateBulkPurgeResult,
    AmlMonitoringUsersRequest: structure_AmlMonitoringUsersRequest,
    AmlMonitoringEstimate: structure_AmlMonitoringEstimate,
    AmlMonitoringOutcomes: structure_AmlMonitoringOutcomes,
    AmlMonitoringEntityResult: structure_AmlMonitoringEntityResult,
    AmlMonitoringJobEstimate: structure_AmlMonitoringJobEstimate,
    AmlMonitoringToggleJob: structure_AmlMonitoringToggleJob,
    AmlMonitoringBusinessesRequest: structure_AmlMonitoringBusinessesRequest,
    AmlMonitoringJob: structure_AmlMonitoringJob,
    SandboxArmRequest: structure_SandboxArmRequest,
    SandboxArmResponse: structure_SandboxArmResponse,
    AmlHitBulkUpdateResult: structure_AmlHitBulkUpdateResult,
    AmlHitBulkUpdateItem: structure_AmlHitBulkUpdateItem,
    AmlHitBulkUpdateRequest: structure_AmlHitBulkUpdateRequest,
    KybCompanyUpdateRequest: structure_KybCompanyUpdateRequest,
    KybCompanyData: structure_KybCompanyData,
    KybPartyUpdateRequest: structure_KybPartyUpdateRequest,
    KybParty: structure_KybParty,
    UserFaceUploadRequest: structure_UserFaceUploadRequest,
    UserFace: structure_UserFace,
    AmlMonitoringBulkToggleRequest: structure_AmlMonitoringBulkToggleRequest,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    ErrorBody: unstructure_ErrorBody,
    Warning: unstructure_Warning,
    ContactDetails: unstructure_ContactDetails,
    ExpectedDetails: unstructure_ExpectedDetails,
    FaceEntity: unstructure_FaceEntity,
    FaceImageInfo: unstructure_FaceImageInfo,
    ParsedAddress: unstructure_ParsedAddress,
    IdVerificationReport: unstructure_IdVerificationReport,
    NfcVerificationReport: unstructure_NfcVerificationReport,
    LivenessReport: unstructure_LivenessReport,
    AgeEstimationReport: unstructure_AgeEstimationReport,
    FaceMatchReport: unstructure_FaceMatchReport,
    FaceSearchUserDetails: unstructure_FaceSearchUserDetails,
    FaceSearchMatch: unstructure_FaceSearchMatch,
    FaceSearchReport: unstructure_FaceSearchReport,
    PoaReport: unstructure_PoaReport,
    DocumentAiDocument: unstructure_DocumentAiDocument,
    EmailBreach: unstructure_EmailBreach,
    EmailLifecycleEvent: unstructure_EmailLifecycleEvent,
    EmailReport: unstructure_EmailReport,
    PhoneReport: unstructure_PhoneReport,
    AmlScoreBreakdown: unstructure_AmlScoreBreakdown,
    AmlHit: unstructure_AmlHit,
    AmlReport: unstructure_AmlReport,
    IpAnalysisReport: unstructure_IpAnalysisReport,
    DatabaseValidationReport: unstructure_DatabaseValidationReport,
    QuestionnaireResponse: unstructure_QuestionnaireResponse,
    SignatureReport: unstructure_SignatureReport,
    BankVerificationReport: unstructure_BankVerificationReport,
    KybRegistryCheck: unstructure_KybRegistryCheck,
    KybDocumentVerification: unstructure_KybDocumentVerification,
    KybKeyPeopleCheck: unstructure_KybKeyPeopleCheck,
    SessionReview: unstructure_SessionReview,
    SessionDecision: unstructure_SessionDecision,
    CreateSessionRequest: unstructure_CreateSessionRequest,
    CreateSessionResponse: unstructure_CreateSessionResponse,
    ImportSharedSessionResponse: unstructure_ImportSharedSessionResponse,
    SessionListFeature: unstructure_SessionListFeature,
    SessionListPhone: unstructure_SessionListPhone,
    SessionListEmail: unstructure_SessionListEmail,
    SessionListAml: unstructure_SessionListAml,
    SessionListLiveness: unstructure_SessionListLiveness,
    SessionListFaceMatch: unstructure_SessionListFaceMatch,
    SessionListAdditionalDetails: unstructure_SessionListAdditionalDetails,
    SessionListItem: unstructure_SessionListItem,
    SessionListPage: unstructure_SessionListPage,
    BatchDeleteSessionsRequest: unstructure_BatchDeleteSessionsRequest,
    BatchDeleteResultItem: unstructure_BatchDeleteResultItem,
    BatchDeleteSessionsResponse: unstructure_BatchDeleteSessionsResponse,
    BatchDeleteJob: unstructure_BatchDeleteJob,
    NodeToResubmit: unstructure_NodeToResubmit,
    UpdateStatusRequest: unstructure_UpdateStatusRequest,
    SessionIdResponse: unstructure_SessionIdResponse,
    ShareSessionRequest: unstructure_ShareSessionRequest,
    ShareSessionResponse: unstructure_ShareSessionResponse,
    ImportSharedSessionRequest: unstructure_ImportSharedSessionRequest,
    CreateReviewRequest: unstructure_CreateReviewRequest,
    SessionReviewPage: unstructure_SessionReviewPage,
    SessionEvent: unstructure_SessionEvent,
    SessionEventPage: unstructure_SessionEventPage,
    UpdateAmlHitStatusRequest: unstructure_UpdateAmlHitStatusRequest,
    UpdateAmlHitStatusResponse: unstructure_UpdateAmlHitStatusResponse,
    UpdateFeatureStatusRequest: unstructure_UpdateFeatureStatusRequest,
    UpdateFeatureStatusResponse: unstructure_UpdateFeatureStatusResponse,
    UpdateSessionDataRequest: unstructure_UpdateSessionDataRequest,
    UpdatePoaDataRequest: unstructure_UpdatePoaDataRequest,
    UpdateSessionDataResponse: unstructure_UpdateSessionDataResponse,
    BlocklistAddRequest: unstructure_BlocklistAddRequest,
    BlocklistRemoveRequest: unstructure_BlocklistRemoveRequest,
    MessageResponse: unstructure_MessageResponse,
    BlocklistEntry: unstructure_BlocklistEntry,
    BlocklistPage: unstructure_BlocklistPage,
    AccountRegisterRequest: unstructure_AccountRegisterRequest,
    AccountRegisterResponse: unstructure_AccountRegisterResponse,
    AccountVerifyEmailRequest: unstructure_AccountVerifyEmailRequest,
    AccountOrganization: unstructure_AccountOrganization,
    AccountApplication: unstructure_AccountApplication,
    AccountTokenResponse: unstructure_AccountTokenResponse,
    AccountLoginRequest: unstructure_AccountLoginRequest,
    AccountResendOtpRequest: unstructure_AccountResendOtpRequest,
    Organization: unstructure_Organization,
    ApplicationCredentials: unstructure_ApplicationCredentials,
    CreateApplicationRequest: unstructure_CreateApplicationRequest,
    WorkflowFeature: unstructure_WorkflowFeature,
    WorkflowCreateRequest: unstructure_WorkflowCreateRequest,
    WorkflowUpdateRequest: unstructure_WorkflowUpdateRequest,
    Workflow: unstructure_Workflow,
    QuestionnaireOption: unstructure_QuestionnaireOption,
    QuestionnaireFormElement: unstructure_QuestionnaireFormElement,
    QuestionnaireQuestionOption: unstructure_QuestionnaireQuestionOption,
    QuestionnaireBranchRule: unstructure_QuestionnaireBranchRule,
    QuestionnaireQuestion: unstructure_QuestionnaireQuestion,
    QuestionnaireCreateRequest: unstructure_QuestionnaireCreateRequest,
    QuestionnaireUpdateRequest: unstructure_QuestionnaireUpdateRequest,
    Questionnaire: unstructure_Questionnaire,
    User: unstructure_User,
    UserListPage: unstructure_UserListPage,
    UserCreateRequest: unstructure_UserCreateRequest,
    UserUpdateRequest: unstructure_UserUpdateRequest,
    UserUpdateStatusRequest: unstructure_UserUpdateStatusRequest,
    UserBatchDeleteRequest: unstructure_UserBatchDeleteRequest,
    UserBatchDeleteResponse: unstructure_UserBatchDeleteResponse,
    BillingBalance: unstructure_BillingBalance,
    BillingTopUpRequest: unstructure_BillingTopUpRequest,
    BillingTopUpResponse: unstructure_BillingTopUpResponse,
    WebhookDestinationMetrics: unstructure_WebhookDestinationMetrics,
    WebhookDestination: unstructure_WebhookDestination,
    WebhookDestinationCreateRequest: unstructure_WebhookDestinationCreateRequest,
    WebhookDestinationUpdateRequest: unstructure_WebhookDestinationUpdateRequest,
    WebhookConfig: unstructure_WebhookConfig,
    WebhookConfigUpdateRequest: unstructure_WebhookConfigUpdateRequest,
    IdVerificationRequest: unstructure_IdVerificationRequest,
    PassiveLivenessRequest: unstructure_PassiveLivenessRequest,
    FaceMatchRequest: unstructure_FaceMatchRequest,
    FaceSearchRequest: unstructure_FaceSearchRequest,
    AgeEstimationRequest: unstructure_AgeEstimationRequest,
    PoaRequest: unstructure_PoaRequest,
    AmlRequest: unstructure_AmlRequest,
    EmailSendOptions: unstructure_EmailSendOptions,
    RequestSignals: unstructure_RequestSignals,
    EmailSendRequest: unstructure_EmailSendRequest,
    EmailCheckRequest: unstructure_EmailCheckRequest,
    PhoneSendOptions: unstructure_PhoneSendOptions,
    PhoneSendRequest: unstructure_PhoneSendRequest,
    PhoneCheckRequest: unstructure_PhoneCheckRequest,
    DatabaseValidationRequest: unstructure_DatabaseValidationRequest,
    IdVerificationResponse: unstructure_IdVerificationResponse,
    PassiveLivenessResponse: unstructure_PassiveLivenessResponse,
    FaceMatchResponse: unstructure_FaceMatchResponse,
    FaceSearchResponse: unstructure_FaceSearchResponse,
    AgeEstimationResponse: unstructure_AgeEstimationResponse,
    AmlResponse: unstructure_AmlResponse,
    PoaResponse: unstructure_PoaResponse,
    DatabaseValidationResponse: unstructure_DatabaseValidationResponse,
    EmailSendResponse: unstructure_EmailSendResponse,
    EmailCheckResponse: unstructure_EmailCheckResponse,
    PhoneSendResponse: unstructure_PhoneSendResponse,
    PhoneCheckResponse: unstructure_PhoneCheckResponse,
    HealthcheckResponse: unstructure_HealthcheckResponse,
    WebhookSessionPayload: unstructure_WebhookSessionPayload,
    WebhookFieldChange: unstructure_WebhookFieldChange,
    WebhookEntityPayload: unstructure_WebhookEntityPayload,
    WebhookGenericPayload: unstructure_WebhookGenericPayload,
    SessionImportCreateRequest: unstructure_SessionImportCreateRequest,
    SessionImport: unstructure_SessionImport,
    SessionImportTemplate: unstructure_SessionImportTemplate,
    SessionImportRowError: unstructure_SessionImportRowError,
    SessionImportErrorPage: unstructure_SessionImportErrorPage,
    BusinessCreateRequest: unstructure_BusinessCreateRequest,
    BusinessUpdateRequest: unstructure_BusinessUpdateRequest,
    BusinessUpdateStatusRequest: unstructure_BusinessUpdateStatusRequest,
    BusinessBatchDeleteRequest: unstructure_BusinessBatchDeleteRequest,
    BusinessBatchDeleteResponse: unstructure_BusinessBatchDeleteResponse,
    Business: unstructure_Business,
    BusinessListPage: unstructure_BusinessListPage,
    KybSearchRequest: unstructure_KybSearchRequest,
    KybCandidate: unstructure_KybCandidate,
    KybSearchResponse: unstructure_KybSearchResponse,
    KybSelectRequest: unstructure_KybSelectRequest,
    KybOfficer: unstructure_KybOfficer,
    KybCompanyRecord: unstructure_KybCompanyRecord,
    TransactionCreateRequest: unstructure_TransactionCreateRequest,
    TransactionRuleHit: unstructure_TransactionRuleHit,
    Transaction: unstructure_Transaction,
    TransactionListPage: unstructure_TransactionListPage,
    WalletScreeningRequest: unstructure_WalletScreeningRequest,
    WalletScreeningResult: unstructure_WalletScreeningResult,
    EventIngestRequest: unstructure_EventIngestRequest,
    EventBatchIngestRequest: unstructure_EventBatchIngestRequest,
    IngestedEvent: unstructure_IngestedEvent,
    EventBatchIngestResponse: unstructure_EventBatchIngestResponse,
    ListCreateRequest: unstructure_ListCreateRequest,
    ListUpdateRequest: unstructure_ListUpdateRequest,
    DiditList: unstructure_DiditList,
    ListPage: unstructure_ListPage,
    ListEntryCreateRequest: unstructure_ListEntryCreateRequest,
    ListFaceUploadRequest: unstructure_ListFaceUploadRequest,
    ListEntry: unstructure_ListEntry,
    ListEntryPage: unstructure_ListEntryPage,
    CustomizationUpdateRequest: unstructure_CustomizationUpdateRequest,
    Customization: unstructure_Customization,
    RiskSignals: unstructure_RiskSignals,
    EmailRiskRequest: unstructure_EmailRiskRequest,
    EmailRiskReportBreach: unstructure_EmailRiskReportBreach,
    RiskWarning: unstructure_RiskWarning,
    RiskLifecycleEvent: unstructure_RiskLifecycleEvent,
    EmailRiskMatch: unstructure_EmailRiskMatch,
    EmailRiskIntelligence: unstructure_EmailRiskIntelligence,
    RiskSocialFootprintPlatform: unstructure_RiskSocialFootprintPlatform,
    RiskSocialFootprintCategory: unstructure_RiskSocialFootprintCategory,
    RiskSocialFootprintProfile: unstructure_RiskSocialFootprintProfile,
    EmailRiskSocialFootprint: unstructure_EmailRiskSocialFootprint,
    EmailRiskReport: unstructure_EmailRiskReport,
    EmailRiskResponse: unstructure_EmailRiskResponse,
    IpRiskRequest: unstructure_IpRiskRequest,
    IpRiskReport: unstructure_IpRiskReport,
    IpRiskResponse: unstructure_IpRiskResponse,
    PhoneRiskRequest: unstructure_PhoneRiskRequest,
    PhoneRiskReportCarrier: unstructure_PhoneRiskReportCarrier,
    PhoneRiskMatch: unstructure_PhoneRiskMatch,
    PhoneRiskIntelligence: unstructure_PhoneRiskIntelligence,
    PhoneRiskSocialFootprint: unstructure_PhoneRiskSocialFootprint,
    PhoneRiskReport: unstructure_PhoneRiskReport,
    PhoneRiskResponse: unstructure_PhoneRiskResponse,
    DocumentAiRequest: unstructure_DocumentAiRequest,
    DocumentAiDetectedCode: unstructure_DocumentAiDetectedCode,
    DocumentAiResultField: unstructure_DocumentAiResultField,
    DocumentAiResultWarning: unstructure_DocumentAiResultWarning,
    DocumentAiResult: unstructure_DocumentAiResult,
    DocumentAiResponse: unstructure_DocumentAiResponse,
    KybShareholdersRequest: unstructure_KybShareholdersRequest,
    KybShareholdersRegistryOfficer: unstructure_KybShareholdersRegistryOfficer,
    KybShareholdersRegistryBeneficialOwner: unstructure_KybShareholdersRegistryBeneficialOwner,
    KybShareholdersRegistryAddress: unstructure_KybShareholdersRegistryAddress,
    KybShareholdersRegistry: unstructure_KybShareholdersRegistry,
    KybShareholdersResponse: unstructure_KybShareholdersResponse,
    KybUboRequest: unstructure_KybUboRequest,
    TransactionRuleScope: unstructure_TransactionRuleScope,
    TransactionRuleCondition: unstructure_TransactionRuleCondition,
    TransactionRuleAggregation: unstructure_TransactionRuleAggregation,
    TransactionRuleAction: unstructure_TransactionRuleAction,
    TransactionRule: unstructure_TransactionRule,
    TransactionRulePage: unstructure_TransactionRulePage,
    TransactionRuleCreateRequest: unstructure_TransactionRuleCreateRequest,
    TransactionRuleUpdateRequest: unstructure_TransactionRuleUpdateRequest,
    TransactionRuleBacktestRequest: unstructure_TransactionRuleBacktestRequest,
    TransactionRuleBacktestResult: unstructure_TransactionRuleBacktestResult,
    TransactionRuleLibraryEntry: unstructure_TransactionRuleLibraryEntry,
    TransactionRuleLibraryPage: unstructure_TransactionRuleLibraryPage,
    TransactionRuleInstallRequest: unstructure_TransactionRuleInstallRequest,
    TransactionRuleInstallResult: unstructure_TransactionRuleInstallResult,
    WalletScreeningReportRiskFactor: unstructure_WalletScreeningReportRiskFactor,
    WalletScreeningReportFundFlow: unstructure_WalletScreeningReportFundFlow,
    WalletScreeningReportCounterparty: unstructure_WalletScreeningReportCounterparty,
    WalletScreeningReportRequest: unstructure_WalletScreeningReportRequest,
    TransactionSdkTokenRequest: unstructure_TransactionSdkTokenRequest,
    TransactionSdkToken: unstructure_TransactionSdkToken,
    DeviceTransactionRequestInfo: unstructure_DeviceTransactionRequestInfo,
    DeviceTransactionRequestSubjectPaymentMethod: unstructure_DeviceTransactionRequestSubjectPaymentMethod,
    DeviceTransactionRequestSubject: unstructure_DeviceTransactionRequestSubject,
    DeviceTransactionRequestCounterparty: unstructure_DeviceTransactionRequestCounterparty,
    DeviceTransactionRequestTravelRule: unstructure_DeviceTransactionRequestTravelRule,
    DeviceTransactionRequest: unstructure_DeviceTransactionRequest,
    DeviceTransactionTag: unstructure_DeviceTransactionTag,
    DeviceTransactionPartyDeviceNetworkContext: unstructure_DeviceTransactionPartyDeviceNetworkContext,
    DeviceTransactionPartyDevice: unstructure_DeviceTransactionPartyDevice,
    DeviceTransactionParty: unstructure_DeviceTransactionParty,
    DeviceTransactionPaymentMethod: unstructure_DeviceTransactionPaymentMethod,
    DeviceTransactionDocumentFile: unstructure_DeviceTransactionDocumentFile,
    DeviceTransactionDocument: unstructure_DeviceTransactionDocument,
    DeviceTransactionActivity: unstructure_DeviceTransactionActivity,
    DeviceTransactionAlert: unstructure_DeviceTransactionAlert,
    DeviceTransactionRuleRun: unstructure_DeviceTransactionRuleRun,
    DeviceTransactionProviderResult: unstructure_DeviceTransactionProviderResult,
    DeviceTransactionTravelRule: unstructure_DeviceTransactionTravelRule,
    DeviceTransactionNetworkSnapshot: unstructure_DeviceTransactionNetworkSnapshot,
    DeviceTransactionRemediation: unstructure_DeviceTransactionRemediation,
    DeviceTransactionActionRequired: unstructure_DeviceTransactionActionRequired,
    DeviceTransaction: unstructure_DeviceTransaction,
    TravelRuleSettingsNetworksGtr: unstructure_TravelRuleSettingsNetworksGtr,
    TravelRuleSettingsNetworksTrust: unstructure_TravelRuleSettingsNetworksTrust,
    TravelRuleSettingsNetworksVerifyvasp: unstructure_TravelRuleSettingsNetworksVerifyvasp,
    TravelRuleSettingsNetworksSygna: unstructure_TravelRuleSettingsNetworksSygna,
    TravelRuleSettingsNetworks: unstructure_TravelRuleSettingsNetworks,
    TravelRuleSettings: unstructure_TravelRuleSettings,
    TravelRuleSettingsUpdateRequest: unstructure_TravelRuleSettingsUpdateRequest,
    TravelRuleWalletAddress: unstructure_TravelRuleWalletAddress,
    TravelRuleWalletAddressPage: unstructure_TravelRuleWalletAddressPage,
    TravelRuleWalletAddressCreateRequest: unstructure_TravelRuleWalletAddressCreateRequest,
    TravelRuleWalletAddressUpdateRequest: unstructure_TravelRuleWalletAddressUpdateRequest,
    TravelRuleVasp: unstructure_TravelRuleVasp,
    TravelRuleVaspPage: unstructure_TravelRuleVaspPage,
    TravelRuleTransferUpdateRequest: unstructure_TravelRuleTransferUpdateRequest,
    TravelRuleTransferTimelineItem: unstructure_TravelRuleTransferTimelineItem,
    TravelRuleTransferCounterpartyVasp: unstructure_TravelRuleTransferCounterpartyVasp,
    TravelRuleTransfer: unstructure_TravelRuleTransfer,
    TravelRuleOwnershipConfirmRequest: unstructure_TravelRuleOwnershipConfirmRequest,
    TravelRulePickup: unstructure_TravelRulePickup,
    TravelRulePickupRespondRequest: unstructure_TravelRulePickupRespondRequest,
    TravelRulePickupAnswer: unstructure_TravelRulePickupAnswer,
    TravelRuleInboundRequestOriginatingVasp: unstructure_TravelRuleInboundRequestOriginatingVasp,
    TravelRuleInboundRequest: unstructure_TravelRuleInboundRequest,
    TravelRuleInboundResponse: unstructure_TravelRuleInboundResponse,
    TravelRuleWidgetSessionCreateRequest: unstructure_TravelRuleWidgetSessionCreateRequest,
    TravelRuleWidgetSession: unstructure_TravelRuleWidgetSession,
    TravelRuleWidgetProofSummary: unstructure_TravelRuleWidgetProofSummary,
    TravelRuleWidgetContext: unstructure_TravelRuleWidgetContext,
    BiometricTemplate: unstructure_BiometricTemplate,
    BiometricTemplatePage: unstructure_BiometricTemplatePage,
    BiometricTemplateCount: unstructure_BiometricTemplateCount,
    BiometricTemplatePurgeResult: unstructure_BiometricTemplatePurgeResult,
    BiometricTemplateBulkPurgeRequest: unstructure_BiometricTemplateBulkPurgeRequest,
    BiometricTemplateBulkPurgeResult: unstructure_BiometricTemplateBulkPurgeResult,
    AmlMonitoringUsersRequest: unstructure_AmlMonitoringUsersRequest,
    AmlMonitoringEstimate: unstructure_AmlMonitoringEstimate,
    AmlMonitoringOutcomes: unstructure_AmlMonitoringOutcomes,
    AmlMonitoringEntityResult: unstructure_AmlMonitoringEntityResult,
    AmlMonitoringJobEstimate: unstructure_AmlMonitoringJobEstimate,
    AmlMonitoringToggleJob: unstructure_AmlMonitoringToggleJob,
    AmlMonitoringBusinessesRequest: unstructure_AmlMonitoringBusinessesRequest,
    AmlMonitoringJob: unstructure_AmlMonitoringJob,
    SandboxArmRequest: unstructure_SandboxArmRequest,
    SandboxArmResponse: unstructure_SandboxArmResponse,
    AmlHitBulkUpdateResult: unstructure_AmlHitBulkUpdateResult,
    AmlHitBulkUpdateItem: unstructure_AmlHitBulkUpdateItem,
    AmlHitBulkUpdateRequest: unstructure_AmlHitBulkUpdateRequest,
    KybCompanyUpdateRequest: unstructure_KybCompanyUpdateRequest,
    KybCompanyData: unstructure_KybCompanyData,
    KybPartyUpdateRequest: unstructure_KybPartyUpdateRequest,
    KybParty: unstructure_KybParty,
    UserFaceUploadRequest: unstructure_UserFaceUploadRequest,
    UserFace: unstructure_UserFace,
    AmlMonitoringBulkToggleRequest: unstructure_AmlMonitoringBulkToggleRequest,
}


def register_hooks(converter: cattrs.Converter) -> None:
    """Register every model's generated hooks on ``converter`` (once, at import)."""
    for cls, structure in STRUCTURE.items():
        converter.register_structure_hook(cls, _adapt(structure))
    for cls, unstructure in UNSTRUCTURE.items():
        converter.register_unstructure_hook(cls, unstructure)


def _adapt(structure: Callable[[Any], Any]) -> Callable[[Any, Any], Any]:
    # cattrs passes (data, type); the generated decoders only need the data.
    return lambda data, _type: structure(data)

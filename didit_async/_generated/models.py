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
    "AgeEstimationResponseAgeEstimation",
    "AgeEstimationResponseAgeEstimationUserImage",
    "AgeEstimationResponseAgeEstimationUserImageEntity",
    "AgeEstimationResponseAgeEstimationWarning",
    "AmlHit",
    "AmlHitAdverseMediaDetails",
    "AmlHitAdverseMediaMatch",
    "AmlHitLinkedEntity",
    "AmlHitPepMatch",
    "AmlHitProperties",
    "AmlHitRiskView",
    "AmlHitRiskViewCategories",
    "AmlHitRiskViewCountries",
    "AmlHitRiskViewCrimes",
    "AmlHitSanctionMatch",
    "AmlHitWarningMatch",
    "AmlHitWarningMatchAdditionalData",
    "AmlHitWarningMatchAdditionalDataData",
    "AmlHitWarningMatchAdditionalDataDataCaseDetail",
    "AmlReport",
    "AmlReportScreenedData",
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
    "BlocklistAddRequest",
    "BlocklistEntry",
    "BlocklistPage",
    "BlocklistRemoveRequest",
    "Business",
    "BusinessBatchDeleteRequest",
    "BusinessBatchDeleteResponse",
    "BusinessCreateRequest",
    "BusinessFeaturesList",
    "BusinessListPage",
    "BusinessTag",
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
    "DatabaseValidationReportError",
    "DatabaseValidationReportScreenedData",
    "DatabaseValidationReportServiceResult",
    "DatabaseValidationReportValidation",
    "DatabaseValidationReportValidationValidation",
    "DatabaseValidationRequest",
    "DatabaseValidationRequestAddress",
    "DatabaseValidationResponse",
    "DiditList",
    "DocumentAiDocument",
    "DocumentAiDocumentItem",
    "DocumentAiDocumentItemField",
    "EmailBreach",
    "EmailCheckRequest",
    "EmailCheckResponse",
    "EmailLifecycleEvent",
    "EmailLifecycleEventDetails",
    "EmailReport",
    "EmailReportEmailSocial",
    "EmailReportEmailSocialCategories",
    "EmailReportEmailSocialProfiles",
    "EmailReportEmailSocialRegisteredPlatform",
    "EmailReportMatch",
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
    "IdVerificationReportBackImageQualityScore",
    "IdVerificationReportBarcode",
    "IdVerificationReportDocumentLiveness",
    "IdVerificationReportDocumentLivenessPortraitReplace",
    "IdVerificationReportDocumentLivenessPrintedCopy",
    "IdVerificationReportDocumentLivenessScreenReplay",
    "IdVerificationReportExtraFields",
    "IdVerificationReportFallbackFrom",
    "IdVerificationReportFrontImageQualityScore",
    "IdVerificationReportIdLookup",
    "IdVerificationReportIdLookupComparison",
    "IdVerificationReportMatch",
    "IdVerificationReportMatchUserDetails",
    "IdVerificationReportMrz",
    "IdVerificationReportWalletVerification",
    "IdVerificationRequest",
    "IdVerificationResponse",
    "ImportSharedSessionRequest",
    "ImportSharedSessionResponse",
    "IngestedEvent",
    "IpAnalysisReport",
    "IpAnalysisReportIdDocument",
    "IpAnalysisReportIdDocumentLocation",
    "IpAnalysisReportIp",
    "IpAnalysisReportIpLocation",
    "IpAnalysisReportMatch",
    "IpAnalysisReportMatchDeviceInfo",
    "IpAnalysisReportMatchLocationInfo",
    "IpAnalysisReportPoaDocument",
    "IpAnalysisReportPoaDocumentLocation",
    "KybCandidate",
    "KybCompanyRecord",
    "KybCompanyRecordKybRegistry",
    "KybCompanyRecordKybRegistryAddress",
    "KybCompanyRecordKybRegistryBeneficialOwner",
    "KybCompanyRecordKybRegistryOfficer",
    "KybDocumentVerification",
    "KybDocumentVerificationGroups",
    "KybDocumentVerificationItem",
    "KybDocumentVerificationItemDocumentMetadata",
    "KybDocumentVerificationItemDocumentMetadataOverlayManipulation",
    "KybDocumentVerificationItemDocumentMetadataOverlayManipulationManipulatedRegion",
    "KybKeyPeopleCheck",
    "KybKeyPeopleCheckRegistry",
    "KybKeyPeopleCheckRegistryBeneficialOwner",
    "KybKeyPeopleCheckRegistryBeneficialOwnerKycAmlCategories",
    "KybKeyPeopleCheckRegistryBeneficialOwnerVerificationWorkflowFeature",
    "KybKeyPeopleCheckRegistryOfficer",
    "KybKeyPeopleCheckRegistryOfficerKycAmlCategories",
    "KybKeyPeopleCheckRegistryOfficerVerificationWorkflowFeature",
    "KybKeyPeopleCheckSubmitted",
    "KybKeyPeopleCheckSubmittedParty",
    "KybKeyPeopleCheckSubmittedPartyRole",
    "KybKeyPeopleCheckSubmittedPartyVerificationWorkflowFeature",
    "KybKeyPeopleCheckUboKycSummary",
    "KybOfficer",
    "KybRegistryCheck",
    "KybRegistryCheckCompany",
    "KybRegistryCheckCompanyBeneficialOwner",
    "KybRegistryCheckCompanyOfficer",
    "KybSearchRequest",
    "KybSearchResponse",
    "KybSearchResponseKybRegistry",
    "KybSearchResponseKybRegistryCompany",
    "KybSearchResponseKybRegistryPagination",
    "KybSelectRequest",
    "ListCreateRequest",
    "ListEntry",
    "ListEntryCreateRequest",
    "ListEntryPage",
    "ListFaceUploadRequest",
    "ListPage",
    "ListUpdateRequest",
    "LivenessReport",
    "LivenessReportMatch",
    "LivenessReportMatchUserDetails",
    "MessageResponse",
    "NfcVerificationReport",
    "NfcVerificationReportAuthenticity",
    "NfcVerificationReportCertificateSummary",
    "NfcVerificationReportChipData",
    "NodeToResubmit",
    "Organization",
    "ParsedAddress",
    "ParsedAddressDocumentLocation",
    "ParsedAddressRawResults",
    "ParsedAddressRawResultsAddressComponent",
    "ParsedAddressRawResultsGeometry",
    "ParsedAddressRawResultsGeometryLocation",
    "ParsedAddressRawResultsGeometryViewport",
    "ParsedAddressRawResultsGeometryViewportNortheast",
    "ParsedAddressRawResultsGeometryViewportSouthwest",
    "ParsedAddressRawResultsNavigationPoint",
    "ParsedAddressRawResultsNavigationPointLocation",
    "PassiveLivenessRequest",
    "PassiveLivenessResponse",
    "PhoneCheckRequest",
    "PhoneCheckResponse",
    "PhoneReport",
    "PhoneReportCarrier",
    "PhoneReportMatch",
    "PhoneReportPhoneSocial",
    "PhoneSendOptions",
    "PhoneSendRequest",
    "PhoneSendResponse",
    "PoaReport",
    "PoaReportDetectedCode",
    "PoaReportDocumentMetadata",
    "PoaReportDocumentMetadataOverlayManipulation",
    "PoaReportDocumentMetadataOverlayManipulationManipulatedRegion",
    "PoaReportExtraFields",
    "PoaRequest",
    "PoaResponse",
    "Questionnaire",
    "QuestionnaireBranchRule",
    "QuestionnaireCreateRequest",
    "QuestionnaireFormElement",
    "QuestionnaireFormElementValidation",
    "QuestionnaireListPage",
    "QuestionnaireOption",
    "QuestionnaireQuestion",
    "QuestionnaireQuestionOption",
    "QuestionnaireResponse",
    "QuestionnaireResponseSection",
    "QuestionnaireResponseSectionItem",
    "QuestionnaireResponseSectionItemAnswer",
    "QuestionnaireResponseSectionItemChoice",
    "QuestionnaireUpdateRequest",
    "RequestSignals",
    "SessionDecision",
    "SessionDeleteResponse",
    "SessionEvent",
    "SessionEventPage",
    "SessionIdResponse",
    "SessionImport",
    "SessionImportCreateRequest",
    "SessionImportErrorPage",
    "SessionImportRowError",
    "SessionImportTemplate",
    "SessionListAdditionalDetails",
    "SessionListAdditionalDetailsDatabaseValidation",
    "SessionListAdditionalDetailsEmailVerification",
    "SessionListAdditionalDetailsPhoneVerification",
    "SessionListAdditionalDetailsPoa",
    "SessionListAml",
    "SessionListAmlScreenedData",
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
    "TransactionActionRequired",
    "TransactionActivity",
    "TransactionAlert",
    "TransactionCreateRequest",
    "TransactionCreateRequestCounterparty",
    "TransactionCreateRequestCounterpartyDeviceContext",
    "TransactionCreateRequestCounterpartyDeviceContextNetworkContext",
    "TransactionCreateRequestCounterpartyPaymentMethod",
    "TransactionCreateRequestNetworkSnapshot",
    "TransactionCreateRequestSubject",
    "TransactionCreateRequestSubjectAddress",
    "TransactionCreateRequestSubjectDeviceContext",
    "TransactionCreateRequestSubjectDeviceContextNetworkContext",
    "TransactionCreateRequestSubjectInstitutionDetails",
    "TransactionCreateRequestSubjectPaymentMethod",
    "TransactionCreateRequestTransactionDetails",
    "TransactionCreateRequestTravelRuleDetails",
    "TransactionDocument",
    "TransactionDocumentFile",
    "TransactionEvaluatedRule",
    "TransactionListPage",
    "TransactionNetworkSnapshot",
    "TransactionParty",
    "TransactionPartyDevice",
    "TransactionPartyDeviceNetworkContext",
    "TransactionPaymentMethod",
    "TransactionProviderResult",
    "TransactionRemediation",
    "TransactionRuleHit",
    "TransactionTag",
    "TransactionTravelRule",
    "UpdateAmlHitStatusRequest",
    "UpdateAmlHitStatusResponse",
    "UpdateFeatureStatusRequest",
    "UpdateFeatureStatusResponse",
    "UpdatePoaDataRequest",
    "UpdatePoaDataRequestPoaParsedAddress",
    "UpdateSessionDataRequest",
    "UpdateSessionDataRequestParsedAddress",
    "UpdateSessionDataResponse",
    "UpdateSessionDataResponseParsedAddress",
    "UpdateSessionDataResponsePoaParsedAddress",
    "UpdateStatusRequest",
    "User",
    "UserBatchDeleteRequest",
    "UserBatchDeleteResponse",
    "UserComment",
    "UserCreateRequest",
    "UserFeaturesList",
    "UserListPage",
    "UserTag",
    "UserTagTag",
    "UserUpdateRequest",
    "UserUpdateStatusRequest",
    "WalletScreeningRequest",
    "WalletScreeningResult",
    "WalletScreeningResultCounterpartyConnection",
    "WalletScreeningResultDestinationOfFund",
    "WalletScreeningResultRiskFactor",
    "WalletScreeningResultSourceOfFund",
    "Warning",
    "WebhookConfig",
    "WebhookConfigUpdateRequest",
    "WebhookDestination",
    "WebhookDestinationCreateRequest",
    "WebhookDestinationMetrics",
    "WebhookDestinationSummary",
    "WebhookDestinationUpdateRequest",
    "WebhookEntityPayload",
    "WebhookFieldChange",
    "WebhookGenericPayload",
    "WebhookSessionPayload",
    "Workflow",
    "WorkflowCreateRequest",
    "WorkflowCreatedBy",
    "WorkflowFeature",
    "WorkflowListPage",
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
    id_country: str | None | Unset = attrs.field(default=UNSET)
    """Alpha-3; overrides nationality for the document check."""
    poa_country: str | None | Unset = attrs.field(default=UNSET)
    """Alpha-3 country expected on the proof of address."""
    country: str | None = attrs.field(default=None)
    """Older variant of `id_country`, still accepted."""
    address: str | None = attrs.field(default=None)
    identification_number: str | None = attrs.field(default=None)
    ip_address: str | None = attrs.field(default=None)
    expected_document_types: list[str] | None = attrs.field(default=None)
    """Document type codes, e.g. `["P", "ID"]`."""
    company_name: str | None = attrs.field(default=None)
    registry_country: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
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


@attrs.define(frozen=True, kw_only=True, slots=False)
class ParsedAddressRawResultsGeometryLocation:
    """ParsedAddressRawResultsGeometryLocation"""

    lat: float | None = attrs.field(default=None)
    lng: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ParsedAddressRawResultsGeometryViewportNortheast:
    """ParsedAddressRawResultsGeometryViewportNortheast"""

    lat: float | None = attrs.field(default=None)
    lng: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ParsedAddressRawResultsGeometryViewportSouthwest:
    """ParsedAddressRawResultsGeometryViewportSouthwest"""

    lat: float | None = attrs.field(default=None)
    lng: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ParsedAddressRawResultsGeometryViewport:
    """ParsedAddressRawResultsGeometryViewport"""

    northeast: ParsedAddressRawResultsGeometryViewportNortheast | None = attrs.field(default=None)
    southwest: ParsedAddressRawResultsGeometryViewportSouthwest | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ParsedAddressRawResultsGeometry:
    """ParsedAddressRawResultsGeometry"""

    location: ParsedAddressRawResultsGeometryLocation | None = attrs.field(default=None)
    viewport: ParsedAddressRawResultsGeometryViewport | None = attrs.field(default=None)
    location_type: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ParsedAddressRawResultsNavigationPointLocation:
    """ParsedAddressRawResultsNavigationPointLocation"""

    latitude: float | None = attrs.field(default=None)
    longitude: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ParsedAddressRawResultsNavigationPoint:
    """ParsedAddressRawResultsNavigationPoint"""

    location: ParsedAddressRawResultsNavigationPointLocation | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ParsedAddressRawResultsAddressComponent:
    """ParsedAddressRawResultsAddressComponent"""

    types: list[str] | None = attrs.field(default=None)
    long_name: str | None = attrs.field(default=None)
    short_name: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ParsedAddressRawResults:
    """ParsedAddressRawResults"""

    types: list[str] | None = attrs.field(default=None)
    geometry: ParsedAddressRawResultsGeometry | None = attrs.field(default=None)
    place_id: str | None = attrs.field(default=None)
    formatted_address: str | None = attrs.field(default=None)
    navigation_points: list[ParsedAddressRawResultsNavigationPoint] | None = attrs.field(
        default=None
    )
    address_components: list[ParsedAddressRawResultsAddressComponent] | None = attrs.field(
        default=None
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ParsedAddressDocumentLocation:
    """ParsedAddressDocumentLocation"""

    latitude: float | None = attrs.field(default=None)
    longitude: float | None = attrs.field(default=None)
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
    raw_results: ParsedAddressRawResults | None = attrs.field(default=None)
    """Geocoder output (any JSON)."""
    label: str | None = attrs.field(default=None)
    category: str | None = attrs.field(default=None)
    is_verified: bool | None = attrs.field(default=None)
    document_location: ParsedAddressDocumentLocation | None = attrs.field(default=None)
    formatted_address: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


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


@attrs.define(frozen=True, kw_only=True, slots=False)
class NfcVerificationReportChipData:
    """NfcVerificationReportChipData"""

    document_type: str | None = attrs.field(default=None)
    issuing_country: str | None = attrs.field(default=None)
    document_number: str | None = attrs.field(default=None)
    expiration_date: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    birth_date: str | None = attrs.field(default=None)
    gender: str | None = attrs.field(default=None)
    nationality: str | None = attrs.field(default=None)
    address: str | None = attrs.field(default=None)
    place_of_birth: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NfcVerificationReportAuthenticity:
    """NfcVerificationReportAuthenticity"""

    sod_integrity: bool | None = attrs.field(default=None)
    dg_integrity: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class NfcVerificationReportCertificateSummary:
    """NfcVerificationReportCertificateSummary"""

    issuer: str | None = attrs.field(default=None)
    subject: str | None = attrs.field(default=None)
    serial_number: str | None = attrs.field(default=None)
    not_valid_after: str | None = attrs.field(default=None)
    not_valid_before: str | None = attrs.field(default=None)
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
    chip_data: NfcVerificationReportChipData | None = attrs.field(default=None)
    authenticity: NfcVerificationReportAuthenticity | None = attrs.field(default=None)
    certificate_summary: NfcVerificationReportCertificateSummary | None = attrs.field(default=None)
    is_nfc_skipped: bool | None = attrs.field(default=None)
    skip_reason: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class LivenessReportMatchUserDetails:
    """LivenessReportMatchUserDetails"""

    full_name: str | None = attrs.field(default=None)
    document_type: str | None = attrs.field(default=None)
    document_number: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class LivenessReportMatch:
    """LivenessReportMatch"""

    session_id: str | None = attrs.field(default=None)
    session_number: int | None = attrs.field(default=None)
    similarity_percentage: float | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    vendor_user_id: str | None = attrs.field(default=None)
    biometric_template_id: str | None = attrs.field(default=None)
    verification_date: str | None = attrs.field(default=None)
    user_details: LivenessReportMatchUserDetails | None = attrs.field(default=None)
    match_image_url: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    is_blocklisted: bool | None = attrs.field(default=None)
    is_allowlisted: bool | None = attrs.field(default=None)
    api_service: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
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
    matches: list[LivenessReportMatch] | None = attrs.field(default=None)
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
    source_image_session_id: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class FaceSearchUserDetails:
    """FaceSearchUserDetails"""

    name: str | None = attrs.field(default=None)
    document_type: str | None = attrs.field(default=None)
    document_number: str | None = attrs.field(default=None)
    full_name: str | None = attrs.field(default=None)
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
    source: str | None = attrs.field(default=None)
    vendor_user_id: str | None = attrs.field(default=None)
    biometric_template_id: str | None = attrs.field(default=None)
    is_allowlisted: bool | None = attrs.field(default=None)
    api_service: str | None = attrs.field(default=None)
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
class PoaReportDocumentMetadataOverlayManipulationManipulatedRegion:
    """PoaReportDocumentMetadataOverlayManipulationManipulatedRegion"""

    page: int | None = attrs.field(default=None)
    x: float | None = attrs.field(default=None)
    y: float | None = attrs.field(default=None)
    width: float | None = attrs.field(default=None)
    height: float | None = attrs.field(default=None)
    page_width: float | None = attrs.field(default=None)
    page_height: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PoaReportDocumentMetadataOverlayManipulation:
    """PoaReportDocumentMetadataOverlayManipulation"""

    detected: bool | None = attrs.field(default=None)
    analyzed: bool | None = attrs.field(default=None)
    signals: list[str] | None = attrs.field(default=None)
    manipulated_regions: (
        list[PoaReportDocumentMetadataOverlayManipulationManipulatedRegion] | None
    ) = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PoaReportDocumentMetadata:
    """PoaReportDocumentMetadata"""

    file_size: int | None = attrs.field(default=None)
    content_type: str | None = attrs.field(default=None)
    creation_date: str | None = attrs.field(default=None)
    modified_date: str | None = attrs.field(default=None)
    overlay_manipulation: PoaReportDocumentMetadataOverlayManipulation | None = attrs.field(
        default=None
    )
    creator: str | None = attrs.field(default=None)
    producer: str | None = attrs.field(default=None)
    software: str | None = attrs.field(default=None)
    encryption: str | None = attrs.field(default=None)
    is_signed: bool | None = attrs.field(default=None)
    is_tampered: bool | None = attrs.field(default=None)
    signature_info: dict[str, Any] | None = attrs.field(default=None)
    exif_original_date: str | None = attrs.field(default=None)
    exif_digitized_date: str | None = attrs.field(default=None)
    processed_by_known_editor: bool | None = attrs.field(default=None)
    has_different_creation_mod_date: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PoaReportExtraFields:
    """PoaReportExtraFields"""

    bank_account_number: str | None = attrs.field(default=None)
    bank_iban: str | None = attrs.field(default=None)
    bank_sort_code: str | None = attrs.field(default=None)
    bank_routing_number: str | None = attrs.field(default=None)
    bank_swift_bic: str | None = attrs.field(default=None)
    bank_branch_name: str | None = attrs.field(default=None)
    bank_branch_address: str | None = attrs.field(default=None)
    document_phone_number: str | None = attrs.field(default=None)
    additional_names: list[str] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PoaReportDetectedCode:
    """PoaReportDetectedCode"""

    type: str | None = attrs.field(default=None)
    page_number: int | None = attrs.field(default=None)
    position: list[list[int]] | None = attrs.field(default=None)
    x: int | None = attrs.field(default=None)
    y: int | None = attrs.field(default=None)
    width: int | None = attrs.field(default=None)
    height: int | None = attrs.field(default=None)
    page_width: int | None = attrs.field(default=None)
    page_height: int | None = attrs.field(default=None)
    raw_payload: str | None = attrs.field(default=None)
    parsed_payload: Any | None = attrs.field(default=None)
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
    issuing_state: str | None = attrs.field(default=None)
    document_subtype: str | None = attrs.field(default=None)
    document_metadata: PoaReportDocumentMetadata | None = attrs.field(default=None)
    expiration_date: str | None = attrs.field(default=None)
    name_match_score_expected_details: float | None = attrs.field(default=None)
    name_match_score_id_verification: float | None = attrs.field(default=None)
    expected_details_address: str | None = attrs.field(default=None)
    expected_details_formatted_address: str | None = attrs.field(default=None)
    expected_details_parsed_address: dict[str, Any] | None = attrs.field(default=None)
    extra_fields: PoaReportExtraFields | None = attrs.field(default=None)
    extra_files: list[str] | None = attrs.field(default=None)
    detected_codes: list[PoaReportDetectedCode] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DocumentAiDocumentItemField:
    """DocumentAiDocumentItemField"""

    key: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    instruction: str | None = attrs.field(default=None)
    type: str | None = attrs.field(default=None)
    required: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DocumentAiDocumentItem:
    """DocumentAiDocumentItem"""

    uuid: str | None = attrs.field(default=None)
    node_id: str | None = attrs.field(default=None)
    document_key: str | None = attrs.field(default=None)
    original_filename: str | None = attrs.field(default=None)
    file_size: int | None = attrs.field(default=None)
    file_url: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    extracted_data: dict[str, Any] | None = attrs.field(default=None)
    detected_codes: list[PoaReportDetectedCode] | None = attrs.field(default=None)
    fields: list[DocumentAiDocumentItemField] | None = attrs.field(default=None)
    document_metadata: dict[str, Any] | None = attrs.field(default=None)
    cross_check_result: dict[str, Any] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
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
    items: list[DocumentAiDocumentItem] | None = attrs.field(default=None)
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
    logo_path: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    is_verified: bool | None = attrs.field(default=None)
    breach_emails_count: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailLifecycleEventDetails:
    """EmailLifecycleEventDetails"""

    status: str | None = attrs.field(default=None)
    reason: str | None = attrs.field(default=None)
    channel: str | None = attrs.field(default=None)
    actual_channel: str | None = attrs.field(default=None)
    code_tried: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailLifecycleEvent:
    """EmailLifecycleEvent"""

    type: str | None = attrs.field(default=None)
    timestamp: str | None = attrs.field(default=None)
    fee: float | None = attrs.field(default=None)
    details: EmailLifecycleEventDetails | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailReportMatch:
    """EmailReportMatch"""

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
class EmailReportEmailSocialRegisteredPlatform:
    """EmailReportEmailSocialRegisteredPlatform"""

    platform: str | None = attrs.field(default=None)
    category: str | None = attrs.field(default=None)
    scope: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailReportEmailSocialCategories:
    """EmailReportEmailSocialCategories"""

    registered: int | None = attrs.field(default=None)
    ratio: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailReportEmailSocialProfiles:
    """EmailReportEmailSocialProfiles"""

    name: str | None = attrs.field(default=None)
    photo: str | None = attrs.field(default=None)
    about: str | None = attrs.field(default=None)
    privacy_status: str | None = attrs.field(default=None)
    business_account: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailReportEmailSocial:
    """EmailReportEmailSocial"""

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
    registered_platforms: list[EmailReportEmailSocialRegisteredPlatform] | None = attrs.field(
        default=None
    )
    not_registered_platforms: list[EmailReportEmailSocialRegisteredPlatform] | None = attrs.field(
        default=None
    )
    categories: dict[str, EmailReportEmailSocialCategories] | None = attrs.field(default=None)
    profiles: dict[str, EmailReportEmailSocialProfiles] | None = attrs.field(default=None)
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
    matches: list[EmailReportMatch] | None = attrs.field(default=None)
    email_social: EmailReportEmailSocial | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneReportCarrier:
    """PhoneReportCarrier"""

    name: str | None = attrs.field(default=None)
    type: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneReportMatch:
    """PhoneReportMatch"""

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
class PhoneReportPhoneSocial:
    """PhoneReportPhoneSocial"""

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
    registered_platforms: list[EmailReportEmailSocialRegisteredPlatform] | None = attrs.field(
        default=None
    )
    not_registered_platforms: list[EmailReportEmailSocialRegisteredPlatform] | None = attrs.field(
        default=None
    )
    categories: dict[str, EmailReportEmailSocialCategories] | None = attrs.field(default=None)
    profiles: dict[str, EmailReportEmailSocialProfiles] | None = attrs.field(default=None)
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
    carrier: PhoneReportCarrier | None = attrs.field(default=None)
    is_disposable: bool | None = attrs.field(default=None)
    is_virtual: bool | None = attrs.field(default=None)
    verification_method: str | None = attrs.field(default=None)
    verification_attempts: int | None = attrs.field(default=None)
    verified_at: str | None = attrs.field(default=None)
    lifecycle: list[EmailLifecycleEvent] | None = attrs.field(default=None)
    phone_number_prefix: str | None = attrs.field(default=None)
    matches: list[PhoneReportMatch] | None = attrs.field(default=None)
    phone_social: PhoneReportPhoneSocial | None = attrs.field(default=None)
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
    name_weight_normalized: float | None = attrs.field(default=None)
    name_contribution: float | None = attrs.field(default=None)
    dob_weight_normalized: float | None = attrs.field(default=None)
    dob_contribution: float | None = attrs.field(default=None)
    country_weight_normalized: float | None = attrs.field(default=None)
    country_contribution: float | None = attrs.field(default=None)
    document_number_match_type: str | None = attrs.field(default=None)
    document_number_effect: str | None = attrs.field(default=None)
    total_score: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitProperties:
    """AmlHitProperties"""

    name: list[str] | None = attrs.field(default=None)
    alias: list[str] | None = attrs.field(default=None)
    notes: list[str] | None = attrs.field(default=None)
    title: str | None = attrs.field(default=None)
    gender: list[str] | None = attrs.field(default=None)
    height: str | None = attrs.field(default=None)
    topics: str | None = attrs.field(default=None)
    weight: str | None = attrs.field(default=None)
    address: str | None = attrs.field(default=None)
    country: str | None = attrs.field(default=None)
    website: str | None = attrs.field(default=None)
    eye_color: str | None = attrs.field(default=None)
    keywords: str | None = attrs.field(default=None)
    last_name: list[str] | None = attrs.field(default=None)
    position: str | None = attrs.field(default=None)
    religion: str | None = attrs.field(default=None)
    birth_date: list[str] | None = attrs.field(default=None)
    education: list[str] | None = attrs.field(default=None)
    ethnicity: str | None = attrs.field(default=None)
    first_name: list[str] | None = attrs.field(default=None)
    hair_color: str | None = attrs.field(default=None)
    weak_alias: str | None = attrs.field(default=None)
    birth_place: list[str] | None = attrs.field(default=None)
    modified_at: str | None = attrs.field(default=None)
    wikidata_id: str | None = attrs.field(default=None)
    citizenship: str | None = attrs.field(default=None)
    nationality: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitRiskViewCrimes:
    """AmlHitRiskViewCrimes"""

    score: int | None = attrs.field(default=None)
    weightage: int | None = attrs.field(default=None)
    risk_level: str | None = attrs.field(default=None)
    risk_scores: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitRiskViewCountries:
    """AmlHitRiskViewCountries"""

    score: int | None = attrs.field(default=None)
    weightage: int | None = attrs.field(default=None)
    risk_level: str | None = attrs.field(default=None)
    risk_scores: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitRiskViewCategories:
    """AmlHitRiskViewCategories"""

    score: int | None = attrs.field(default=None)
    weightage: int | None = attrs.field(default=None)
    risk_level: str | None = attrs.field(default=None)
    risk_scores: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitRiskView:
    """AmlHitRiskView"""

    crimes: AmlHitRiskViewCrimes | None = attrs.field(default=None)
    countries: AmlHitRiskViewCountries | None = attrs.field(default=None)
    categories: AmlHitRiskViewCategories | None = attrs.field(default=None)
    custom_list: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitPepMatch:
    """AmlHitPepMatch"""

    aliases: list[str] | None = attrs.field(default=None)
    education: list[str] | None = attrs.field(default=None)
    list_name: str | None = attrs.field(default=None)
    publisher: str | None = attrs.field(default=None)
    source_url: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    matched_name: str | None = attrs.field(default=None)
    pep_position: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    other_sources: list[str] | None = attrs.field(default=None)
    place_of_birth: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitLinkedEntity:
    """AmlHitLinkedEntity"""

    name: list[str] | None = attrs.field(default=None)
    active: list[str] | None = attrs.field(default=None)
    status: list[str] | None = attrs.field(default=None)
    details: list[str] | None = attrs.field(default=None)
    relation: list[str] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitWarningMatchAdditionalDataDataCaseDetail:
    """AmlHitWarningMatchAdditionalDataDataCaseDetail"""

    case_type: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitWarningMatchAdditionalDataData:
    """AmlHitWarningMatchAdditionalDataData"""

    case_details: list[AmlHitWarningMatchAdditionalDataDataCaseDetail] | None = attrs.field(
        default=None
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitWarningMatchAdditionalData:
    """AmlHitWarningMatchAdditionalData"""

    data: AmlHitWarningMatchAdditionalDataData | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitWarningMatch:
    """AmlHitWarningMatch"""

    list_name: str | None = attrs.field(default=None)
    matched_name: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    publisher: str | None = attrs.field(default=None)
    source_url: str | None = attrs.field(default=None)
    other_sources: list[str] | None = attrs.field(default=None)
    countries: list[str] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    additional_data: AmlHitWarningMatchAdditionalData | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitSanctionMatch:
    """AmlHitSanctionMatch"""

    list_name: list[str] | None = attrs.field(default=None)
    matched_name: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    reason: str | None = attrs.field(default=None)
    source_url: str | None = attrs.field(default=None)
    other_sources: list[str] | None = attrs.field(default=None)
    details: list[str] | None = attrs.field(default=None)
    legal_basis: list[str] | None = attrs.field(default=None)
    listed_on: list[str] | None = attrs.field(default=None)
    sanction_list: list[str] | None = attrs.field(default=None)
    sanction_program: list[str] | None = attrs.field(default=None)
    sanctioning_authority: list[str] | None = attrs.field(default=None)
    updated_on: list[str] | None = attrs.field(default=None)
    additional_data: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitAdverseMediaDetails:
    """AmlHitAdverseMediaDetails"""

    sentiment: str | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    sentiment_score: int | None = attrs.field(default=None)
    adverse_keywords: dict[str, int] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitAdverseMediaMatch:
    """AmlHitAdverseMediaMatch"""

    country: str | None = attrs.field(default=None)
    summary: str | None = attrs.field(default=None)
    headline: str | None = attrs.field(default=None)
    sentiment: str | None = attrs.field(default=None)
    thumbnail: str | None = attrs.field(default=None)
    source_url: str | None = attrs.field(default=None)
    author_name: str | None = attrs.field(default=None)
    other_sources: list[str] | None = attrs.field(default=None)
    adverse_keywords: list[str] | None = attrs.field(default=None)
    sentiment_score: float | None = attrs.field(default=None)
    publication_date: str | None = attrs.field(default=None)
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
    properties: AmlHitProperties | None = attrs.field(default=None)
    url: str | None = attrs.field(default=None)
    score_breakdown: AmlScoreBreakdown | None = attrs.field(default=None)
    first_seen: str | None = attrs.field(default=None)
    last_seen: str | None = attrs.field(default=None)
    match: bool | None = attrs.field(default=None)
    score: float | None = attrs.field(default=None)
    target: bool | None = attrs.field(default=None)
    features: dict[str, Any] | None = attrs.field(default=None)
    rca_name: str | None = attrs.field(default=None)
    risk_view: AmlHitRiskView | None = attrs.field(default=None)
    pep_matches: list[AmlHitPepMatch] | None = attrs.field(default=None)
    linked_entities: list[AmlHitLinkedEntity] | None = attrs.field(default=None)
    warning_matches: list[AmlHitWarningMatch] | None = attrs.field(default=None)
    sanction_matches: list[AmlHitSanctionMatch] | None = attrs.field(default=None)
    adverse_media_details: AmlHitAdverseMediaDetails | None = attrs.field(default=None)
    adverse_media_matches: list[AmlHitAdverseMediaMatch] | None = attrs.field(default=None)
    additional_information: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlReportScreenedData:
    """AmlReportScreenedData"""

    full_name: str | None = attrs.field(default=None)
    nationality: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    document_number: str | None = attrs.field(default=None)
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
    screened_data: AmlReportScreenedData | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    is_ongoing_monitoring: bool | None = attrs.field(default=None)
    is_ongoing_monitoring_enabled: bool | None = attrs.field(default=None)
    next_ongoing_monitoring_bill_date: str | None = attrs.field(default=None)
    last_ongoing_screening_at: str | None = attrs.field(default=None)
    last_ongoing_screening_datasets_updated_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IpAnalysisReportIpLocation:
    """IpAnalysisReportIpLocation"""

    latitude: float | None = attrs.field(default=None)
    longitude: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IpAnalysisReportIp:
    """IpAnalysisReportIp"""

    location: IpAnalysisReportIpLocation | None = attrs.field(default=None)
    distance_from_id_document: float | None = attrs.field(default=None)
    distance_from_poa_document: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IpAnalysisReportIdDocumentLocation:
    """IpAnalysisReportIdDocumentLocation"""

    latitude: float | None = attrs.field(default=None)
    longitude: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IpAnalysisReportIdDocument:
    """IpAnalysisReportIdDocument"""

    location: IpAnalysisReportIdDocumentLocation | None = attrs.field(default=None)
    distance_from_ip: float | None = attrs.field(default=None)
    distance_from_poa_document: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IpAnalysisReportPoaDocumentLocation:
    """IpAnalysisReportPoaDocumentLocation"""

    latitude: float | None = attrs.field(default=None)
    longitude: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IpAnalysisReportPoaDocument:
    """IpAnalysisReportPoaDocument"""

    location: IpAnalysisReportPoaDocumentLocation | None = attrs.field(default=None)
    distance_from_ip: float | None = attrs.field(default=None)
    distance_from_id_document: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IpAnalysisReportMatchDeviceInfo:
    """IpAnalysisReportMatchDeviceInfo"""

    device_brand: str | None = attrs.field(default=None)
    device_model: str | None = attrs.field(default=None)
    browser_family: str | None = attrs.field(default=None)
    os_family: str | None = attrs.field(default=None)
    platform: str | None = attrs.field(default=None)
    device_fingerprint: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IpAnalysisReportMatchLocationInfo:
    """IpAnalysisReportMatchLocationInfo"""

    ip_address: str | None = attrs.field(default=None)
    ip_country: str | None = attrs.field(default=None)
    ip_country_code: str | None = attrs.field(default=None)
    ip_state: str | None = attrs.field(default=None)
    ip_city: str | None = attrs.field(default=None)
    is_vpn_or_tor: bool | None = attrs.field(default=None)
    is_data_center: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class IpAnalysisReportMatch:
    """IpAnalysisReportMatch"""

    session_id: str | None = attrs.field(default=None)
    session_number: int | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    verification_date: str | None = attrs.field(default=None)
    match_type: str | None = attrs.field(default=None)
    match_source: str | None = attrs.field(default=None)
    matched_value: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    is_blocklisted: bool | None = attrs.field(default=None)
    api_service: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    device_info: IpAnalysisReportMatchDeviceInfo | None = attrs.field(default=None)
    location_info: IpAnalysisReportMatchLocationInfo | None = attrs.field(default=None)
    confidence: float | None = attrs.field(default=None)
    match_mode: str | None = attrs.field(default=None)
    recovery_similarity: float | None = attrs.field(default=None)
    tls_ja4_corroborated: bool | None = attrs.field(default=None)
    recovery_gate_reason: str | None = attrs.field(default=None)
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
    device_fingerprint: str | None = attrs.field(default=None)
    ip_state: str | None = attrs.field(default=None)
    organization: str | None = attrs.field(default=None)
    time_zone: str | None = attrs.field(default=None)
    time_zone_offset: str | None = attrs.field(default=None)
    ip: IpAnalysisReportIp | None = attrs.field(default=None)
    id_document: IpAnalysisReportIdDocument | None = attrs.field(default=None)
    poa_document: IpAnalysisReportPoaDocument | None = attrs.field(default=None)
    matches: list[IpAnalysisReportMatch] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DatabaseValidationReportServiceResult:
    """DatabaseValidationReportServiceResult"""

    service_id: str | None = attrs.field(default=None)
    service_name: str | None = attrs.field(default=None)
    validation: dict[str, str] | None = attrs.field(default=None)
    outcome_code: str | None = attrs.field(default=None)
    outcome_detail: str | None = attrs.field(default=None)
    source_data: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DatabaseValidationReportScreenedData:
    """DatabaseValidationReportScreenedData"""

    last_name: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    tax_number: str | None = attrs.field(default=None)
    personal_number: str | None = attrs.field(default=None)
    document_number: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    document_type: str | None = attrs.field(default=None)
    expiration_date: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DatabaseValidationReportError:
    """DatabaseValidationReportError"""

    service_id: str | None = attrs.field(default=None)
    code: str | None = attrs.field(default=None, repr=mask)
    message: str | None = attrs.field(default=None)
    retryable: bool | None = attrs.field(default=None)
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
    validations: list[DatabaseValidationReportServiceResult] | dict[str, str] | None = attrs.field(
        default=None
    )
    """Per-field outcomes (object or array, by country)."""
    screened_data: DatabaseValidationReportScreenedData | None = attrs.field(default=None)
    errors: list[DatabaseValidationReportError] | None = attrs.field(default=None)
    services_used: list[str] | None = attrs.field(default=None)
    match_score: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class QuestionnaireResponseSectionItemChoice:
    """QuestionnaireResponseSectionItemChoice"""

    label: str | None = attrs.field(default=None)
    value: str | None = attrs.field(default=None)
    requires_text_input: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class QuestionnaireResponseSectionItemAnswer:
    """QuestionnaireResponseSectionItemAnswer"""

    value: str | None = attrs.field(default=None)
    text: str | None = attrs.field(default=None)
    files: list[str] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class QuestionnaireResponseSectionItem:
    """QuestionnaireResponseSectionItem"""

    uuid: str | None = attrs.field(default=None)
    value: str | None = attrs.field(default=None)
    element_type: str | None = attrs.field(default=None)
    is_required: bool | None = attrs.field(default=None)
    title: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    placeholder: str | None = attrs.field(default=None)
    choices: list[QuestionnaireResponseSectionItemChoice] | None = attrs.field(default=None)
    max_files: int | None = attrs.field(default=None)
    answer: QuestionnaireResponseSectionItemAnswer | None = attrs.field(default=None)
    required_if: dict[str, Any] | None = attrs.field(default=None)
    repeatable_config: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class QuestionnaireResponseSection:
    """QuestionnaireResponseSection"""

    title: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    items: list[QuestionnaireResponseSectionItem] | None = attrs.field(default=None)
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
    sections: list[QuestionnaireResponseSection] | None = attrs.field(default=None)
    """The questionnaire's sections, each with its answered items."""
    answers: Any | None = attrs.field(default=None)
    """Answers (any JSON)."""
    description: str | None = attrs.field(default=None)
    languages: list[str] | None = attrs.field(default=None)
    default_language: str | None = attrs.field(default=None)
    is_active: bool | None = attrs.field(default=None)
    is_simple_questionnaire: bool | None = attrs.field(default=None)
    questionnaire_group_id: str | None = attrs.field(default=None)
    version: int | None = attrs.field(default=None)
    published_at: str | None = attrs.field(default=None)
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
class KybRegistryCheckCompanyOfficer:
    """KybRegistryCheckCompanyOfficer"""

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
class KybRegistryCheckCompanyBeneficialOwner:
    """KybRegistryCheckCompanyBeneficialOwner"""

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
class KybRegistryCheckCompany:
    """KybRegistryCheckCompany"""

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
    officers: list[KybRegistryCheckCompanyOfficer] | None = attrs.field(default=None)
    beneficial_owners: list[KybRegistryCheckCompanyBeneficialOwner] | None = attrs.field(
        default=None
    )
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
    data_resolved: bool | None = attrs.field(default=None)
    company: KybRegistryCheckCompany | None = attrs.field(default=None)
    ownership_structure: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybDocumentVerificationItemDocumentMetadataOverlayManipulationManipulatedRegion:
    """KybDocumentVerificationItemDocumentMetadataOverlayManipulationManipulatedRegion"""

    page: int | None = attrs.field(default=None)
    x: float | None = attrs.field(default=None)
    y: float | None = attrs.field(default=None)
    width: float | None = attrs.field(default=None)
    height: float | None = attrs.field(default=None)
    page_width: float | None = attrs.field(default=None)
    page_height: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybDocumentVerificationItemDocumentMetadataOverlayManipulation:
    """KybDocumentVerificationItemDocumentMetadataOverlayManipulation"""

    detected: bool | None = attrs.field(default=None)
    analyzed: bool | None = attrs.field(default=None)
    signals: list[str] | None = attrs.field(default=None)
    manipulated_regions: (
        list[KybDocumentVerificationItemDocumentMetadataOverlayManipulationManipulatedRegion] | None
    ) = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybDocumentVerificationItemDocumentMetadata:
    """KybDocumentVerificationItemDocumentMetadata"""

    file_size: int | None = attrs.field(default=None)
    content_type: str | None = attrs.field(default=None)
    creation_date: str | None = attrs.field(default=None)
    modified_date: str | None = attrs.field(default=None)
    creator: str | None = attrs.field(default=None)
    producer: str | None = attrs.field(default=None)
    software: str | None = attrs.field(default=None)
    encryption: str | None = attrs.field(default=None)
    is_signed: bool | None = attrs.field(default=None)
    is_tampered: bool | None = attrs.field(default=None)
    signature_info: dict[str, Any] | None = attrs.field(default=None)
    exif_original_date: str | None = attrs.field(default=None)
    exif_digitized_date: str | None = attrs.field(default=None)
    processed_by_known_editor: bool | None = attrs.field(default=None)
    has_different_creation_mod_date: bool | None = attrs.field(default=None)
    overlay_manipulation: KybDocumentVerificationItemDocumentMetadataOverlayManipulation | None = (
        attrs.field(default=None)
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybDocumentVerificationItem:
    """KybDocumentVerificationItem"""

    uuid: str | None = attrs.field(default=None)
    document_type: str | None = attrs.field(default=None)
    document_subtype: str | None = attrs.field(default=None)
    document_group: str | None = attrs.field(default=None)
    file_url: str | None = attrs.field(default=None)
    original_filename: str | None = attrs.field(default=None)
    file_size: int | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    cross_check_result: dict[str, Any] | None = attrs.field(default=None)
    document_metadata: KybDocumentVerificationItemDocumentMetadata | None = attrs.field(
        default=None
    )
    description: str | None = attrs.field(default=None)
    is_requested: bool | None = attrs.field(default=None)
    ocr_data: dict[str, Any] | None = attrs.field(default=None)
    is_console_upload: bool | None = attrs.field(default=None)
    is_confirmed: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybDocumentVerificationGroups:
    """KybDocumentVerificationGroups"""

    total: int | None = attrs.field(default=None)
    approved: int | None = attrs.field(default=None)
    pending: int | None = attrs.field(default=None)
    declined: int | None = attrs.field(default=None)
    in_review: int | None = attrs.field(default=None)
    other: int | None = attrs.field(default=None)
    missing: int | None = attrs.field(default=None)
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
    items: list[KybDocumentVerificationItem] | None = attrs.field(default=None)
    groups: dict[str, KybDocumentVerificationGroups] | None = attrs.field(default=None)
    required_groups: list[str] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybKeyPeopleCheckRegistryOfficerVerificationWorkflowFeature:
    """KybKeyPeopleCheckRegistryOfficerVerificationWorkflowFeature"""

    feature: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybKeyPeopleCheckRegistryOfficerKycAmlCategories:
    """KybKeyPeopleCheckRegistryOfficerKycAmlCategories"""

    sanctions: str | None = attrs.field(default=None)
    pep: str | None = attrs.field(default=None)
    adverse_media: str | None = attrs.field(default=None)
    warnings: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybKeyPeopleCheckRegistryOfficer:
    """KybKeyPeopleCheckRegistryOfficer"""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    designation: str | None = attrs.field(default=None)
    role: str | None = attrs.field(default=None)
    nationality: str | None = attrs.field(default=None)
    appointment_date: str | None = attrs.field(default=None)
    termination_date: str | None = attrs.field(default=None)
    is_active: bool | None = attrs.field(default=None)
    address: str | None = attrs.field(default=None)
    aml_status: str | None = attrs.field(default=None)
    kyc_status: str | None = attrs.field(default=None)
    kyc_session_url: str | None = attrs.field(default=None)
    kyc_session_id: str | None = attrs.field(default=None)
    verification_workflow_type: str | None = attrs.field(default=None)
    verification_workflow_id: str | None = attrs.field(default=None)
    verification_workflow_label: str | None = attrs.field(default=None)
    verification_workflow_features: (
        list[KybKeyPeopleCheckRegistryOfficerVerificationWorkflowFeature] | None
    ) = attrs.field(default=None)
    didit_internal_id: str | None = attrs.field(default=None)
    kyc_document_type: str | None = attrs.field(default=None)
    kyc_nationality: str | None = attrs.field(default=None)
    kyc_liveness_passed: bool | None = attrs.field(default=None)
    kyc_verified_at: str | None = attrs.field(default=None)
    kyc_aml_categories: KybKeyPeopleCheckRegistryOfficerKycAmlCategories | None = attrs.field(
        default=None
    )
    kyc_notification_sent_at: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    date_of_birth_year: int | None = attrs.field(default=None)
    date_of_birth_month: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybKeyPeopleCheckRegistryBeneficialOwnerVerificationWorkflowFeature:
    """KybKeyPeopleCheckRegistryBeneficialOwnerVerificationWorkflowFeature"""

    feature: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybKeyPeopleCheckRegistryBeneficialOwnerKycAmlCategories:
    """KybKeyPeopleCheckRegistryBeneficialOwnerKycAmlCategories"""

    sanctions: str | None = attrs.field(default=None)
    pep: str | None = attrs.field(default=None)
    adverse_media: str | None = attrs.field(default=None)
    warnings: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybKeyPeopleCheckRegistryBeneficialOwner:
    """KybKeyPeopleCheckRegistryBeneficialOwner"""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    country_of_birth: str | None = attrs.field(default=None)
    email: str | None = attrs.field(default=None)
    company_name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    nationality: str | None = attrs.field(default=None)
    designation: str | None = attrs.field(default=None)
    roles: list[str] | None = attrs.field(default=None)
    ownership_min_shares: str | None = attrs.field(default=None)
    ownership_max_shares: str | None = attrs.field(default=None)
    is_active: bool | None = attrs.field(default=None)
    aml_status: str | None = attrs.field(default=None)
    kyc_status: str | None = attrs.field(default=None)
    kyc_session_url: str | None = attrs.field(default=None)
    kyc_session_id: str | None = attrs.field(default=None)
    verification_workflow_type: str | None = attrs.field(default=None)
    verification_workflow_id: str | None = attrs.field(default=None)
    verification_workflow_label: str | None = attrs.field(default=None)
    verification_workflow_features: (
        list[KybKeyPeopleCheckRegistryBeneficialOwnerVerificationWorkflowFeature] | None
    ) = attrs.field(default=None)
    didit_internal_id: str | None = attrs.field(default=None)
    kyc_document_type: str | None = attrs.field(default=None)
    kyc_nationality: str | None = attrs.field(default=None)
    kyc_liveness_passed: bool | None = attrs.field(default=None)
    kyc_verified_at: str | None = attrs.field(default=None)
    kyc_aml_categories: KybKeyPeopleCheckRegistryBeneficialOwnerKycAmlCategories | None = (
        attrs.field(default=None)
    )
    kyc_notification_sent_at: str | None = attrs.field(default=None)
    child_beneficial_owners: list[dict[str, Any]] | None = attrs.field(default=None)
    effective_ownership_percent: float | None = attrs.field(default=None)
    voting_min_shares: str | None = attrs.field(default=None)
    voting_max_shares: str | None = attrs.field(default=None)
    appointment_date: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


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
    user: str | None = attrs.field(default=None)
    mentioned_emails: list[str] | None = attrs.field(default=None)
    previous_value: dict[str, Any] | None = attrs.field(default=None)
    new_value: dict[str, Any] | None = attrs.field(default=None)
    changed_fields: list[str] | None = attrs.field(default=None)
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
    metadata: Mapping[str, Any] | str | None | Unset = attrs.field(default=UNSET)
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
class SessionListAmlScreenedData:
    """SessionListAmlScreenedData"""

    nationality: str | None = attrs.field(default=None)
    document_number: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListAml:
    """SessionListAml"""

    total_hits: int | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    is_adverse_media_fetched: bool | None = attrs.field(default=None)
    screened_data: SessionListAmlScreenedData | None = attrs.field(default=None)
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
    source_image: str | None = attrs.field(default=None)
    target_image: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListAdditionalDetailsDatabaseValidation:
    """SessionListAdditionalDetailsDatabaseValidation"""

    validation_type: str | None = attrs.field(default=None)
    match_type: str | None = attrs.field(default=None)
    identification_number: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListAdditionalDetailsPoa:
    """SessionListAdditionalDetailsPoa"""

    document_type: str | None = attrs.field(default=None)
    issuer: str | None = attrs.field(default=None)
    address: str | None = attrs.field(default=None)
    name_on_document: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListAdditionalDetailsPhoneVerification:
    """SessionListAdditionalDetailsPhoneVerification"""

    country_code: str | None = attrs.field(default=None)
    is_temporary: bool | None = attrs.field(default=None)
    is_ported: bool | None = attrs.field(default=None)
    is_blocked: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListAdditionalDetailsEmailVerification:
    """SessionListAdditionalDetailsEmailVerification"""

    is_breached: bool | None = attrs.field(default=None)
    is_disposable: bool | None = attrs.field(default=None)
    is_undeliverable: bool | None = attrs.field(default=None)
    is_blocklisted: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionListAdditionalDetails:
    """SessionListAdditionalDetails"""

    aml: SessionListAml | None = attrs.field(default=None)
    liveness: SessionListLiveness | None = attrs.field(default=None)
    face_match: SessionListFaceMatch | None = attrs.field(default=None)
    database_validation: SessionListAdditionalDetailsDatabaseValidation | None = attrs.field(
        default=None
    )
    poa: SessionListAdditionalDetailsPoa | None = attrs.field(default=None)
    phone_verification: SessionListAdditionalDetailsPhoneVerification | None = attrs.field(
        default=None
    )
    email_verification: SessionListAdditionalDetailsEmailVerification | None = attrs.field(
        default=None
    )
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
    retain_face_embeddings: bool | None | Unset = attrs.field(default=UNSET)
    face_retention_days: int | None = attrs.field(default=None)
    face_retention_deadline: str | None = attrs.field(default=None)
    deletion_instruction: Literal["operational_session_delete", "privacy_erasure"] | None = (
        attrs.field(default=None)
    )
    instruction_id: str | None = attrs.field(default=None)
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
    face_retention_outcome: str | None = attrs.field(default=None)
    biometric_template_uuid: str | None = attrs.field(default=None)
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
    for_application_id: str | None = attrs.field(default=None)
    session_kind: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ImportSharedSessionRequest:
    """ImportSharedSessionRequest"""

    share_token: str = attrs.field(repr=mask)
    workflow_id: str
    """A KYC workflow for a KYC token, KYB for KYB."""
    vendor_data: str | None | Unset = attrs.field(default=UNSET)
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

    new_status: (
        Literal[
            "Approved",
            "Declined",
            "In Review",
            "Not Started",
            "In Progress",
            "Expired",
            "Abandoned",
            "Kyc Expired",
            "Resubmitted",
            "Awaiting User",
        ]
        | None
        | Unset
    ) = attrs.field(default=UNSET)
    """Optional in Didit's published schema, which we follow (the docs pages mark it required).
    """
    comment: str | None | Unset = attrs.field(default=UNSET)
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
    node_id: str | None = attrs.field(default=None)
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
class UpdateSessionDataRequestParsedAddress:
    """UpdateSessionDataRequestParsedAddress"""

    address_type: str | None | Unset = attrs.field(default=UNSET)
    city: str | None | Unset = attrs.field(default=UNSET)
    region: str | None | Unset = attrs.field(default=UNSET)
    street_1: str | None | Unset = attrs.field(default=UNSET)
    street_2: str | None | Unset = attrs.field(default=UNSET)
    postal_code: str | None | Unset = attrs.field(default=UNSET)
    country: str | None | Unset = attrs.field(default=UNSET)
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
    first_name: str | None | Unset = attrs.field(default=UNSET)
    last_name: str | None | Unset = attrs.field(default=UNSET)
    full_name: str | None = attrs.field(default=None)
    date_of_birth: str | None | Unset = attrs.field(default=UNSET)
    gender: str | None | Unset = attrs.field(default=UNSET)
    nationality: str | None | Unset = attrs.field(default=UNSET)
    document_type: str | None | Unset = attrs.field(default=UNSET)
    document_number: str | None | Unset = attrs.field(default=UNSET)
    personal_number: str | None | Unset = attrs.field(default=UNSET)
    issuing_state: str | None | Unset = attrs.field(default=UNSET)
    expiration_date: str | None | Unset = attrs.field(default=UNSET)
    date_of_issue: str | None | Unset = attrs.field(default=UNSET)
    address: str | None | Unset = attrs.field(default=UNSET)
    place_of_birth: str | None | Unset = attrs.field(default=UNSET)
    document_subtype: str | None | Unset = attrs.field(default=UNSET)
    extra_fields: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
    """Document-specific extra fields."""
    marital_status: Literal["SINGLE", "MARRIED", "DIVORCED", "WIDOWED", "UNKNOWN"] | None = (
        attrs.field(default=None)
    )
    parsed_address: UpdateSessionDataRequestParsedAddress | Mapping[str, Any] | None | Unset = (
        attrs.field(default=UNSET)
    )
    """Structured address override (the decision's parsed_address shape)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UpdatePoaDataRequestPoaParsedAddress:
    """UpdatePoaDataRequestPoaParsedAddress"""

    address_type: str | None | Unset = attrs.field(default=UNSET)
    city: str | None | Unset = attrs.field(default=UNSET)
    region: str | None | Unset = attrs.field(default=UNSET)
    street_1: str | None | Unset = attrs.field(default=UNSET)
    street_2: str | None | Unset = attrs.field(default=UNSET)
    postal_code: str | None | Unset = attrs.field(default=UNSET)
    country: str | None | Unset = attrs.field(default=UNSET)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UpdatePoaDataRequest:
    """Corrections to extracted proof-of-address data (field list partly documented; others passed
    through).
    """

    node_id: str | None = attrs.field(default=None)
    poa_address: str | None | Unset = attrs.field(default=UNSET)
    issuer: str | None | Unset = attrs.field(default=UNSET)
    issue_date: str | None | Unset = attrs.field(default=UNSET)
    document_type: str | None = attrs.field(default=None)
    name_on_document: str | None | Unset = attrs.field(default=UNSET)
    document_language: str | None | Unset = attrs.field(default=UNSET)
    extra_fields: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
    issuing_state: str | None | Unset = attrs.field(default=UNSET)
    """Alpha-3."""
    poa_parsed_address: UpdatePoaDataRequestPoaParsedAddress | Mapping[str, Any] | None | Unset = (
        attrs.field(default=UNSET)
    )
    """Structured address override."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UpdateSessionDataResponseParsedAddress:
    """UpdateSessionDataResponseParsedAddress"""

    address_type: str | None = attrs.field(default=None)
    city: str | None = attrs.field(default=None)
    region: str | None = attrs.field(default=None)
    street_1: str | None = attrs.field(default=None)
    street_2: str | None = attrs.field(default=None)
    postal_code: str | None = attrs.field(default=None)
    country: str | None = attrs.field(default=None)
    formatted_address: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UpdateSessionDataResponsePoaParsedAddress:
    """UpdateSessionDataResponsePoaParsedAddress"""

    address_type: str | None = attrs.field(default=None)
    city: str | None = attrs.field(default=None)
    region: str | None = attrs.field(default=None)
    street_1: str | None = attrs.field(default=None)
    street_2: str | None = attrs.field(default=None)
    postal_code: str | None = attrs.field(default=None)
    country: str | None = attrs.field(default=None)
    formatted_address: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UpdateSessionDataResponse:
    """UpdateSessionDataResponse"""

    session_id: str | None = attrs.field(default=None)
    message: str | None = attrs.field(default=None)
    node_id: str | None = attrs.field(default=None)
    document_type: str | None = attrs.field(default=None)
    document_subtype: str | None = attrs.field(default=None)
    document_number: str | None = attrs.field(default=None)
    personal_number: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    date_of_issue: str | None = attrs.field(default=None)
    expiration_date: str | None = attrs.field(default=None)
    issuing_state: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    gender: str | None = attrs.field(default=None)
    address: str | None = attrs.field(default=None)
    place_of_birth: str | None = attrs.field(default=None)
    nationality: str | None = attrs.field(default=None)
    marital_status: str | None = attrs.field(default=None)
    extra_fields: dict[str, Any] | None = attrs.field(default=None)
    parsed_address: UpdateSessionDataResponseParsedAddress | None = attrs.field(default=None)
    document_language: str | None = attrs.field(default=None)
    issuer: str | None = attrs.field(default=None)
    issue_date: str | None = attrs.field(default=None)
    poa_address: str | None = attrs.field(default=None)
    name_on_document: str | None = attrs.field(default=None)
    poa_parsed_address: UpdateSessionDataResponsePoaParsedAddress | None = attrs.field(default=None)
    poa_formatted_address: str | None = attrs.field(default=None)
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
    label: str | None = attrs.field(default=None)
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
    retry_window_days: int | None | Unset = attrs.field(default=UNSET)
    is_desktop_allowed: bool | None = attrs.field(default=None)
    """Let the hosted flow run on a desktop browser."""
    is_white_label_enabled: bool | None = attrs.field(default=None)
    session_expiration_time: float | None = attrs.field(default=None)
    """How long a session stays open (Didit does not state the unit; seconds is our reading)."""
    status: Literal["draft", "published"] | None = attrs.field(default=None)
    """Omit to publish at once; `draft` saves without publishing."""
    face_liveness_max_attempts: int | None = attrs.field(default=None)
    face_match_max_attempts: int | None = attrs.field(default=None)
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
    retry_window_days: int | None | Unset = attrs.field(default=UNSET)
    is_desktop_allowed: bool | None = attrs.field(default=None)
    """Let the hosted flow run on a desktop browser."""
    is_white_label_enabled: bool | None = attrs.field(default=None)
    session_expiration_time: float | None = attrs.field(default=None)
    """How long a session stays open (Didit does not state the unit; seconds is our reading)."""
    status: Literal["draft", "published"] | None = attrs.field(default=None)
    """Omit to publish at once; `draft` saves without publishing."""
    face_liveness_max_attempts: int | None = attrs.field(default=None)
    face_match_max_attempts: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WorkflowCreatedBy:
    """WorkflowCreatedBy"""

    name: str | None = attrs.field(default=None)
    email: str | None = attrs.field(default=None)
    type: str | None = attrs.field(default=None)
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
    total_price: float | str | None = attrs.field(default=None)
    """A number in Didit's published schema, which we follow; the docs pages print a decimal string
    in USD (`"0.10"`), which is still accepted and kept as sent.
    """
    min_price: float | str | None = attrs.field(default=None)
    """A number in Didit's published schema, which we follow; the docs pages print a decimal string
    in USD (`"0.10"`), which is still accepted and kept as sent.
    """
    max_price: float | str | None = attrs.field(default=None)
    """A number in Didit's published schema, which we follow; the docs pages print a decimal string
    in USD (`"0.10"`), which is still accepted and kept as sent.
    """
    features: str | list[str | WorkflowFeature] | None = attrs.field(default=None)
    """Didit's published list item gives a string of feature names; detail answers give a list of
    names or feature objects. Both are read.
    """
    is_simple_workflow: bool | None = attrs.field(default=None)
    is_editable: bool | None = attrs.field(default=None)
    workflow_url: str | None = attrs.field(default=None)
    max_retry_attempts: int | None = attrs.field(default=None)
    retry_window_days: int | None = attrs.field(default=None)
    special_add_on_prices: dict[str, Any] | None = attrs.field(default=None)
    version: int | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    is_white_label_enabled: bool | None = attrs.field(default=None)
    session_expiration_time: int | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    has_draft: bool | None = attrs.field(default=None)
    created_by: WorkflowCreatedBy | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class QuestionnaireOption:
    """QuestionnaireOption"""

    label: dict[str, str]
    """Language code → text."""
    value: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class QuestionnaireFormElementValidation:
    """QuestionnaireFormElementValidation"""

    pattern: str | None = attrs.field(default=None)
    min_length: int | None = attrs.field(default=None)
    max_length: int | None = attrs.field(default=None)
    min: float | None = attrs.field(default=None)
    max: float | None = attrs.field(default=None)
    error_message: dict[str, str] | None = attrs.field(default=None)
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
    id: str | None = attrs.field(default=None)
    description: dict[str, str] | None | Unset = attrs.field(default=UNSET)
    placeholder: dict[str, str] | None | Unset = attrs.field(default=UNSET)
    max_files: int | None = attrs.field(default=None)
    validation: QuestionnaireFormElementValidation | None | Unset = attrs.field(default=UNSET)
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
    description: str | None | Unset = attrs.field(default=UNSET)
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
    is_active: bool | None = attrs.field(default=None)
    status: Literal["draft", "published"] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class QuestionnaireUpdateRequest:
    """A partial update."""

    title: str | None = attrs.field(default=None)
    description: str | None | Unset = attrs.field(default=UNSET)
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
    is_active: bool | None = attrs.field(default=None)
    status: Literal["draft", "published"] | None = attrs.field(default=None)
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
    questionnaire_id: str | None = attrs.field(default=None)
    is_active: bool | None = attrs.field(default=None)
    is_simple_questionnaire: bool | None = attrs.field(default=None)
    graph: dict[str, Any] | None = attrs.field(default=None)
    sections: list[dict[str, Any]] | None = attrs.field(default=None)
    questionnaire_group_id: str | None = attrs.field(default=None)
    version: int | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    published_at: str | None = attrs.field(default=None)
    is_editable: bool | None = attrs.field(default=None)
    question_types: list[str] | None = attrs.field(default=None)
    workflow_names: list[str] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UserFeaturesList:
    """UserFeaturesList"""

    feature: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UserTagTag:
    """UserTagTag"""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    color: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UserTag:
    """UserTag"""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    color: str | None = attrs.field(default=None)
    tag: UserTagTag | None = attrs.field(default=None)
    added_by_email: str | None = attrs.field(default=None)
    added_by_name: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UserComment:
    """UserComment"""

    uuid: str | None = attrs.field(default=None)
    comment_type: str | None = attrs.field(default=None)
    comment: str | None = attrs.field(default=None)
    actor_email: str | None = attrs.field(default=None)
    actor_name: str | None = attrs.field(default=None)
    previous_status: str | None = attrs.field(default=None)
    new_status: str | None = attrs.field(default=None)
    previous_value: dict[str, Any] | None = attrs.field(default=None)
    new_value: dict[str, Any] | None = attrs.field(default=None)
    changed_fields: list[str] | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    mentioned_emails: list[str] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class User:
    """A user entity, keyed by your `vendor_data` (case-sensitive, unique per application)."""

    vendor_data: str | None
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
    features: dict[str, Any] | list[str] | None = attrs.field(default=None)
    """An object in Didit's published schema (which we follow); the docs pages print a list of
    feature names, which is still read.
    """
    session_count: int | None = attrs.field(default=None)
    approved_count: int | None = attrs.field(default=None)
    declined_count: int | None = attrs.field(default=None)
    in_review_count: int | None = attrs.field(default=None)
    first_session_at: str | None = attrs.field(default=None)
    last_session_at: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    effective_name: str | None = attrs.field(default=None)
    portrait_image_url: str | None = attrs.field(default=None)
    features_list: list[UserFeaturesList] | None = attrs.field(default=None)
    last_activity_at: str | None = attrs.field(default=None)
    tags: list[UserTag] | None = attrs.field(default=None)
    comments: list[UserComment] | None = attrs.field(default=None)
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
    display_name: str | None | Unset = attrs.field(default=UNSET)
    metadata: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
    status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = attrs.field(default=None)
    full_name: str | None | Unset = attrs.field(default=UNSET)
    date_of_birth: str | None | Unset = attrs.field(default=UNSET)
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

    display_name: str | None | Unset = attrs.field(default=UNSET)
    metadata: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
    full_name: str | None | Unset = attrs.field(default=UNSET)
    date_of_birth: str | None | Unset = attrs.field(default=UNSET)
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
    didit_internal_id_list: Sequence[str] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class UserBatchDeleteResponse:
    """UserBatchDeleteResponse"""

    deleted_count: int | None = attrs.field(default=None)
    message: str | None = attrs.field(default=None)
    deleted: int | None = attrs.field(default=None)
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
class WebhookDestinationSummary:
    """WebhookDestinationSummary"""

    total_deliveries: int | None = attrs.field(default=None)
    failed_deliveries: int | None = attrs.field(default=None)
    error_rate_percentage: int | None = attrs.field(default=None)
    min_response_time_ms: int | None = attrs.field(default=None)
    avg_response_time_ms: int | None = attrs.field(default=None)
    max_response_time_ms: int | None = attrs.field(default=None)
    last_delivery_at: str | None = attrs.field(default=None)
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
    summary: WebhookDestinationSummary | None = attrs.field(default=None)
    subscribed_events_count: int | None = attrs.field(default=None)
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
    """At least one; no wildcard. Optional in Didit's published schema, which we follow (the docs
    pages mark it required).
    """
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
class PassiveLivenessRequest:
    """PassiveLivenessRequest"""

    user_image: FileInput
    """A selfie, at most 10 MB."""
    face_liveness_score_decline_threshold: float | None = attrs.field(default=None)
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
class FaceSearchRequest:
    """FaceSearchRequest"""

    user_image: FileInput
    """The face to search for."""
    rotate_image: bool | None = attrs.field(default=None)
    save_api_request: bool | None = attrs.field(default=None)
    """Store the call as a manual check in the Console."""
    vendor_data: str | None = attrs.field(default=None)
    search_type: Literal["most_similar", "blocklisted_or_approved"] | None = attrs.field(
        default=None
    )
    metadata: str | None = attrs.field(default=None)
    """A JSON object serialised as a string (multipart). Didit's published schema says object; in a
    multipart form it travels as its JSON text.
    """
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
    face_liveness_score_decline_threshold: float | None = attrs.field(default=None)
    age_estimation_decline_threshold: int | None = attrs.field(default=None)
    metadata: str | None = attrs.field(default=None)
    """A JSON object serialised as a string (multipart). Didit's published schema says object; in a
    multipart form it travels as its JSON text.
    """
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
    document_password: str | None = attrs.field(default=None)
    poa_languages_allowed: str | None = attrs.field(default=None)
    poa_document_age_months: str | None = attrs.field(default=None)
    poa_name_mismatch_action: Literal["DECLINE", "NO_ACTION"] | None = attrs.field(default=None)
    poa_document_issues_action: Literal["DECLINE", "NO_ACTION"] | None = attrs.field(default=None)
    poa_document_authenticity_action: Literal["DECLINE", "NO_ACTION"] | None = attrs.field(
        default=None
    )
    poa_unsupported_language_action: Literal["DECLINE", "NO_ACTION"] | None = attrs.field(
        default=None
    )
    poa_address_mismatch_action: Literal["DECLINE", "NO_ACTION"] | None = attrs.field(default=None)
    poa_issuer_not_identified_action: Literal["DECLINE", "NO_ACTION"] | None = attrs.field(
        default=None
    )
    metadata: str | None = attrs.field(default=None)
    """A JSON object serialised as a string (multipart). Didit's published schema says object; in a
    multipart form it travels as its JSON text.
    """
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
    metadata: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
    aml_score_approve_threshold: float | None = attrs.field(default=None)
    aml_score_review_threshold: float | None = attrs.field(default=None)
    sandbox_scenario: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class EmailSendOptions:
    """EmailSendOptions"""

    code_size: int | None = attrs.field(default=None)
    alphanumeric_code: bool | None = attrs.field(default=None)
    locale: str | None = attrs.field(default=None)
    use_white_label_customization: bool | None = attrs.field(default=None)
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
    metadata: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
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
    enable_social: bool | None = attrs.field(default=None)
    email_no_social_presence_action: Literal["NO_ACTION", "DECLINE"] | None = attrs.field(
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
    metadata: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
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
    enable_social: bool | None = attrs.field(default=None)
    phone_no_social_presence_action: Literal["NO_ACTION", "DECLINE"] | None = attrs.field(
        default=None
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DatabaseValidationRequestAddress:
    """DatabaseValidationRequestAddress"""

    street_1: str | None = attrs.field(default=None)
    street_2: str | None = attrs.field(default=None)
    city: str | None = attrs.field(default=None)
    region: str | None = attrs.field(default=None)
    postal_code: str | None = attrs.field(default=None)
    country: str | None = attrs.field(default=None)
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
    metadata: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
    no_match_action: Literal["DECLINE", "NO_ACTION"] | None = attrs.field(default=None)
    partial_match_action: Literal["DECLINE", "NO_ACTION"] | None = attrs.field(default=None)
    services: Sequence[str] | None = attrs.field(default=None)
    """Restrict the sources to these service ids."""
    consent: bool | None = attrs.field(default=None)
    identification_number: str | None = attrs.field(default=None)
    expiration_date: str | None = attrs.field(default=None)
    date_of_issue: str | None = attrs.field(default=None)
    address: DatabaseValidationRequestAddress | Mapping[str, Any] | str | None = attrs.field(
        default=None
    )
    address_element_1: str | None = attrs.field(default=None)
    address_element_2: str | None = attrs.field(default=None)
    address_element_3: str | None = attrs.field(default=None)
    address_element_4: str | None = attrs.field(default=None)
    address_element_5: str | None = attrs.field(default=None)
    postal_code: str | None = attrs.field(default=None)
    driver_license_number: str | None = attrs.field(default=None)
    driver_license_card_number: str | None = attrs.field(default=None)
    driver_license_state: str | None = attrs.field(default=None)
    driver_license_version: str | None = attrs.field(default=None)
    passport_number: str | None = attrs.field(default=None)
    passport_expiration_date: str | None = attrs.field(default=None)
    passport_file_number: str | None = attrs.field(default=None)
    passport_issue_country: str | None = attrs.field(default=None)
    medicare_card_number: str | None = attrs.field(default=None)
    immi_card_number: str | None = attrs.field(default=None)
    immi_card_expiry_date: str | None = attrs.field(default=None)
    citizenship_certificate_number: str | None = attrs.field(default=None)
    birth_registration_number: str | None = attrs.field(default=None)
    birth_registration_date: str | None = attrs.field(default=None)
    birth_registration_state: str | None = attrs.field(default=None)
    marriage_certificate_number: str | None = attrs.field(default=None)
    change_of_name_certificate_number: str | None = attrs.field(default=None)
    first_partner_name: str | None = attrs.field(default=None)
    last_partner_name: str | None = attrs.field(default=None)
    voter_id: str | None = attrs.field(default=None)
    epic_card: str | None = attrs.field(default=None)
    pan: str | None = attrs.field(default=None)
    national_id: str | None = attrs.field(default=None)
    cic: str | None = attrs.field(default=None)
    identificador_ciudadano: str | None = attrs.field(default=None)
    ocr: str | None = attrs.field(default=None)
    voter_number: str | None = attrs.field(default=None)
    emission_number: str | None = attrs.field(default=None)
    bvn: str | None = attrs.field(default=None)
    bank_card_number: str | None = attrs.field(default=None)
    ssn: str | None = attrs.field(default=None)
    phone: str | None = attrs.field(default=None)
    landline: str | None = attrs.field(default=None)
    email: str | None = attrs.field(default=None)
    country_of_residence: str | None = attrs.field(default=None)
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


@attrs.define(frozen=True, kw_only=True, slots=False)
class PassiveLivenessResponse:
    """Passive liveness result."""

    request_id: str | None = attrs.field(default=None)
    liveness: LivenessReport | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
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


@attrs.define(frozen=True, kw_only=True, slots=False)
class FaceSearchResponse:
    """Face search result."""

    request_id: str | None = attrs.field(default=None)
    face_search: FaceSearchReport | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AgeEstimationResponseAgeEstimationUserImageEntity:
    """AgeEstimationResponseAgeEstimationUserImageEntity"""

    age: float | None = attrs.field(default=None)
    bbox: list[int] | None = attrs.field(default=None)
    confidence: float | None = attrs.field(default=None)
    gender: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AgeEstimationResponseAgeEstimationUserImage:
    """AgeEstimationResponseAgeEstimationUserImage"""

    entities: list[AgeEstimationResponseAgeEstimationUserImageEntity] | None = attrs.field(
        default=None
    )
    best_angle: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AgeEstimationResponseAgeEstimationWarning:
    """AgeEstimationResponseAgeEstimationWarning"""

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
class AgeEstimationResponseAgeEstimation:
    """AgeEstimationResponseAgeEstimation"""

    status: str | None = attrs.field(default=None)
    method: str | None = attrs.field(default=None)
    score: float | None = attrs.field(default=None)
    user_image: AgeEstimationResponseAgeEstimationUserImage | None = attrs.field(default=None)
    age_estimation: float | None = attrs.field(default=None)
    warnings: list[AgeEstimationResponseAgeEstimationWarning] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AgeEstimationResponse:
    """Age estimation result (under `liveness`, as Didit returns it)."""

    request_id: str | None = attrs.field(default=None)
    liveness: AgeEstimationReport | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    age_estimation: AgeEstimationResponseAgeEstimation | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlResponse:
    """AML screening result."""

    request_id: str | None = attrs.field(default=None)
    aml: AmlReport | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PoaResponse:
    """Proof-of-address result."""

    request_id: str | None = attrs.field(default=None)
    poa: PoaReport | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DatabaseValidationResponse:
    """Database validation result (a 502 carries `validation_errors`)."""

    request_id: str | None = attrs.field(default=None)
    database_validation: DatabaseValidationReport | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
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
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
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
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class PhoneSendResponse:
    """PhoneSendResponse"""

    request_id: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    reason: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
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
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
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
    source_filename: str | None = attrs.field(default=None)
    checkpoint_row: int | None = attrs.field(default=None)
    created_count: int | None = attrs.field(default=None)
    updated_count: int | None = attrs.field(default=None)
    skipped_count: int | None = attrs.field(default=None)
    failed_count: int | None = attrs.field(default=None)
    total_media_bytes: int | None = attrs.field(default=None)
    last_error: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    started_at: str | None = attrs.field(default=None)
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
    uuid: str | None = attrs.field(default=None)
    row_number: int | None = attrs.field(default=None)
    external_id: str | None = attrs.field(default=None)
    error: str | None = attrs.field(default=None)
    raw_row: dict[str, Any] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
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

    vendor_data: str | None | Unset = attrs.field(default=UNSET)
    """Your unique identifier of the business. Optional in Didit's published schema, which we
    follow (the docs pages mark it required).
    """
    display_name: str | None | Unset = attrs.field(default=UNSET)
    legal_name: str | None | Unset = attrs.field(default=UNSET)
    registration_number: str | None | Unset = attrs.field(default=UNSET)
    country_code: str | None | Unset = attrs.field(default=UNSET)
    """ISO 3166-1 alpha-2."""
    status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BusinessUpdateRequest:
    """A partial update."""

    display_name: str | None | Unset = attrs.field(default=UNSET)
    legal_name: str | None | Unset = attrs.field(default=UNSET)
    registration_number: str | None | Unset = attrs.field(default=UNSET)
    country_code: str | None | Unset = attrs.field(default=UNSET)
    """ISO 3166-1 alpha-2."""
    status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
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
    deleted: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BusinessFeaturesList:
    """BusinessFeaturesList"""

    feature: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class BusinessTag:
    """BusinessTag"""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    color: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class Business:
    """A business entity keyed by your vendor_data (shape read by analogy with users; unknown
    fields kept).
    """

    vendor_data: str | None
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
    effective_name: str | None = attrs.field(default=None)
    features: dict[str, Any] | None = attrs.field(default=None)
    features_list: list[BusinessFeaturesList] | None = attrs.field(default=None)
    first_session_at: str | None = attrs.field(default=None)
    last_activity_at: str | None = attrs.field(default=None)
    tags: list[BusinessTag] | None = attrs.field(default=None)
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
    metadata: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
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
class KybSearchResponseKybRegistryCompany:
    """KybSearchResponseKybRegistryCompany"""

    kyb_response_id: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    registration_number: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    type: str | None = attrs.field(default=None)
    risk_level: str | None = attrs.field(default=None)
    fetch_status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybSearchResponseKybRegistryPagination:
    """KybSearchResponseKybRegistryPagination"""

    total: int | None = attrs.field(default=None)
    page: int | None = attrs.field(default=None)
    per_page: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybSearchResponseKybRegistry:
    """KybSearchResponseKybRegistry"""

    companies: list[KybSearchResponseKybRegistryCompany] | None = attrs.field(default=None)
    pagination: KybSearchResponseKybRegistryPagination | None = attrs.field(default=None)
    search_status: str | None = attrs.field(default=None)
    search_resolved: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybSearchResponse:
    """Registry candidates (our reading; unknown fields kept)."""

    results: list[KybCandidate]
    count: int | None = attrs.field(default=None)
    request_id: str | None = attrs.field(default=None)
    kyb_registry: KybSearchResponseKybRegistry | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybSelectRequest:
    """KybSelectRequest"""

    kyb_response_id: str
    vendor_data: str | None = attrs.field(default=None)
    metadata: Mapping[str, Any] | None | Unset = attrs.field(default=UNSET)
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
class KybCompanyRecordKybRegistryOfficer:
    """KybCompanyRecordKybRegistryOfficer"""

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
class KybCompanyRecordKybRegistryBeneficialOwner:
    """KybCompanyRecordKybRegistryBeneficialOwner"""

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
class KybCompanyRecordKybRegistryAddress:
    """KybCompanyRecordKybRegistryAddress"""

    address: str | None = attrs.field(default=None)
    type: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class KybCompanyRecordKybRegistry:
    """KybCompanyRecordKybRegistry"""

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
    officers: list[KybCompanyRecordKybRegistryOfficer] | None = attrs.field(default=None)
    beneficial_owners: list[KybCompanyRecordKybRegistryBeneficialOwner] | None = attrs.field(
        default=None
    )
    addresses: list[KybCompanyRecordKybRegistryAddress] | None = attrs.field(default=None)
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
    request_id: str | None = attrs.field(default=None)
    registry_tier_requested: str | None = attrs.field(default=None)
    registry_tier_delivered: str | None = attrs.field(default=None)
    kyb_registry: KybCompanyRecordKybRegistry | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestTransactionDetails:
    """TransactionCreateRequestTransactionDetails"""

    direction: str | None = attrs.field(default=None)
    amount: float | str | None = attrs.field(default=None)
    """A number, or a decimal string (Didit's examples send `"12.50"`); Didit's published schema
    says number.
    """
    currency: str | None = attrs.field(default=None)
    currency_kind: str | None = attrs.field(default=None)
    amount_in_default_currency: float | None | Unset = attrs.field(default=UNSET)
    default_currency: str | None = attrs.field(default=None)
    payment_details: str | None | Unset = attrs.field(default=UNSET)
    payment_reference_id: str | None | Unset = attrs.field(default=UNSET)
    action_type: str | None | Unset = attrs.field(default=UNSET)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestSubjectAddress:
    """TransactionCreateRequestSubjectAddress"""

    country: str | None = attrs.field(default=None)
    town: str | None = attrs.field(default=None)
    state: str | None = attrs.field(default=None)
    street: str | None = attrs.field(default=None)
    post_code: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestSubjectInstitutionDetails:
    """TransactionCreateRequestSubjectInstitutionDetails"""

    name: str | None = attrs.field(default=None)
    code: str | None = attrs.field(default=None, repr=mask)
    address: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestSubjectDeviceContextNetworkContext:
    """TransactionCreateRequestSubjectDeviceContextNetworkContext"""

    ip_address: str | None = attrs.field(default=None)
    ip_country_code: str | None = attrs.field(default=None)
    latitude: float | None = attrs.field(default=None)
    longitude: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestSubjectDeviceContext:
    """TransactionCreateRequestSubjectDeviceContext"""

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
    network_context: TransactionCreateRequestSubjectDeviceContextNetworkContext | None = (
        attrs.field(default=None)
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestSubjectPaymentMethod:
    """TransactionCreateRequestSubjectPaymentMethod"""

    method_type: str | None = attrs.field(default=None)
    account_id: str | None = attrs.field(default=None)
    issuing_country: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestSubject:
    """TransactionCreateRequestSubject"""

    entity_type: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    full_name: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    address: TransactionCreateRequestSubjectAddress | None = attrs.field(default=None)
    institution_details: TransactionCreateRequestSubjectInstitutionDetails | None = attrs.field(
        default=None
    )
    device_context: TransactionCreateRequestSubjectDeviceContext | None = attrs.field(default=None)
    payment_method: TransactionCreateRequestSubjectPaymentMethod | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestCounterpartyDeviceContextNetworkContext:
    """TransactionCreateRequestCounterpartyDeviceContextNetworkContext"""

    ip_address: str | None = attrs.field(default=None)
    ip_country_code: str | None = attrs.field(default=None)
    latitude: float | None = attrs.field(default=None)
    longitude: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestCounterpartyDeviceContext:
    """TransactionCreateRequestCounterpartyDeviceContext"""

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
    network_context: TransactionCreateRequestCounterpartyDeviceContextNetworkContext | None = (
        attrs.field(default=None)
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestCounterpartyPaymentMethod:
    """TransactionCreateRequestCounterpartyPaymentMethod"""

    method_type: str | None = attrs.field(default=None)
    account_id: str | None = attrs.field(default=None)
    issuing_country: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestCounterparty:
    """TransactionCreateRequestCounterparty"""

    entity_type: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    full_name: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    last_name: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    address: dict[str, Any] | None = attrs.field(default=None)
    institution_details: dict[str, Any] | None = attrs.field(default=None)
    device_context: TransactionCreateRequestCounterpartyDeviceContext | None = attrs.field(
        default=None
    )
    payment_method: TransactionCreateRequestCounterpartyPaymentMethod | None = attrs.field(
        default=None
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionCreateRequestTravelRuleDetails:
    """TransactionCreateRequestTravelRuleDetails"""

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
class TransactionCreateRequestNetworkSnapshot:
    """TransactionCreateRequestNetworkSnapshot"""

    nodes: list[dict[str, Any]] | None = attrs.field(default=None)
    edges: list[dict[str, Any]] | None = attrs.field(default=None)
    metrics: dict[str, Any] | None = attrs.field(default=None)
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
            "travelRule",
        ]
    )
    transaction_details: TransactionCreateRequestTransactionDetails | Mapping[str, Any]
    """Category-specific payload (for finance: amount, currency, direction, ...)."""
    subject: TransactionCreateRequestSubject | Mapping[str, Any]
    """Who initiates it, usually `{"vendor_data": ...}`."""
    counterparty: TransactionCreateRequestCounterparty | Mapping[str, Any] | None = attrs.field(
        default=None
    )
    """The other party."""
    transaction_at: str | None = attrs.field(default=None)
    time_zone: str | None = attrs.field(default=None)
    custom_properties: Mapping[str, Any] | None = attrs.field(default=None)
    """Values rules read as `custom_values.<key>`."""
    travel_rule_details: TransactionCreateRequestTravelRuleDetails | Mapping[str, Any] | None = (
        attrs.field(default=None)
    )
    network_snapshot: TransactionCreateRequestNetworkSnapshot | Mapping[str, Any] | None = (
        attrs.field(default=None)
    )
    include_crypto_screening: bool | None | Unset = attrs.field(default=UNSET)
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
class TransactionTag:
    """TransactionTag"""

    uuid: str | None = attrs.field(default=None)
    name: str | None = attrs.field(default=None)
    color: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionPartyDeviceNetworkContext:
    """TransactionPartyDeviceNetworkContext"""

    ip_address: str | None = attrs.field(default=None)
    ip_country_code: str | None = attrs.field(default=None)
    latitude: float | None = attrs.field(default=None)
    longitude: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionPartyDevice:
    """TransactionPartyDevice"""

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
    network_context: TransactionPartyDeviceNetworkContext | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionParty:
    """TransactionParty"""

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
    device: TransactionPartyDevice | None = attrs.field(default=None)
    external_party_snapshot: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionPaymentMethod:
    """TransactionPaymentMethod"""

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
class TransactionDocumentFile:
    """TransactionDocumentFile"""

    uuid: str | None = attrs.field(default=None)
    file_url: str | None = attrs.field(default=None)
    original_filename: str | None = attrs.field(default=None)
    file_size: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionDocument:
    """TransactionDocument"""

    uuid: str | None = attrs.field(default=None)
    label: str | None = attrs.field(default=None)
    note: str | None = attrs.field(default=None)
    uploaded_by: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    files: list[TransactionDocumentFile] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionActivity:
    """TransactionActivity"""

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
class TransactionAlert:
    """TransactionAlert"""

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
class TransactionEvaluatedRule:
    """TransactionEvaluatedRule"""

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
class TransactionProviderResult:
    """TransactionProviderResult"""

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
class TransactionTravelRule:
    """TransactionTravelRule"""

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
class TransactionNetworkSnapshot:
    """TransactionNetworkSnapshot"""

    uuid: str | None = attrs.field(default=None)
    nodes: list[dict[str, Any]] | None = attrs.field(default=None)
    edges: list[dict[str, Any]] | None = attrs.field(default=None)
    metrics: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionRemediation:
    """TransactionRemediation"""

    session_id: str | None = attrs.field(default=None)
    session_token: str | None = attrs.field(default=None, repr=mask)
    url: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class TransactionActionRequired:
    """TransactionActionRequired"""

    type: str | None = attrs.field(default=None)
    url: str | None = attrs.field(default=None)
    session_id: str | None = attrs.field(default=None)
    session_token: str | None = attrs.field(default=None, repr=mask)
    status: str | None = attrs.field(default=None)
    widget_session_id: str | None = attrs.field(default=None)
    expires_at: str | None = attrs.field(default=None)
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
    transaction_number: int | None = attrs.field(default=None)
    txn_id: str | None = attrs.field(default=None)
    transaction_type: str | None = attrs.field(default=None)
    action_type: str | None = attrs.field(default=None)
    direction: str | None = attrs.field(default=None)
    amount: str | None = attrs.field(default=None)
    currency: str | None = attrs.field(default=None)
    preferred_currency_amount: str | None = attrs.field(default=None)
    preferred_currency_code: str | None = attrs.field(default=None)
    payment_details: str | None = attrs.field(default=None)
    score: int | None = attrs.field(default=None)
    severity: str | None = attrs.field(default=None)
    subject_name: str | None = attrs.field(default=None)
    subject_vendor_data: str | None = attrs.field(default=None)
    subject_country: str | None = attrs.field(default=None)
    counterparty_name: str | None = attrs.field(default=None)
    counterparty_vendor_data: str | None = attrs.field(default=None)
    counterparty_country: str | None = attrs.field(default=None)
    tags: list[TransactionTag] | None = attrs.field(default=None)
    txn_date: str | None = attrs.field(default=None)
    decision_reason_code: str | None = attrs.field(default=None)
    decision_reason_label: str | None = attrs.field(default=None)
    assigned_to_name: str | None = attrs.field(default=None)
    environment: str | None = attrs.field(default=None)
    zone_id: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None)
    currency_type: str | None = attrs.field(default=None)
    amount_in_default_currency: str | None = attrs.field(default=None)
    default_currency_code: str | None = attrs.field(default=None)
    payment_txn_id: str | None = attrs.field(default=None)
    vendor_data: str | None = attrs.field(default=None)
    metadata: dict[str, Any] | None = attrs.field(default=None)
    props: dict[str, Any] | None = attrs.field(default=None)
    parties: list[TransactionParty] | None = attrs.field(default=None)
    payment_methods: list[TransactionPaymentMethod] | None = attrs.field(default=None)
    documents: list[TransactionDocument] | None = attrs.field(default=None)
    activities: list[TransactionActivity] | None = attrs.field(default=None)
    alerts: list[TransactionAlert] | None = attrs.field(default=None)
    rule_runs: list[TransactionEvaluatedRule] | None = attrs.field(default=None)
    provider_results: list[TransactionProviderResult] | None = attrs.field(default=None)
    travel_rule: TransactionTravelRule | None = attrs.field(default=None)
    network_snapshot: TransactionNetworkSnapshot | None = attrs.field(default=None)
    remediation: TransactionRemediation | None = attrs.field(default=None)
    action_required: TransactionActionRequired | None = attrs.field(default=None)
    cost_breakdown: dict[str, Any] | None = attrs.field(default=None)
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
    total_transactions: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WalletScreeningRequest:
    """WalletScreeningRequest"""

    wallet_address: str
    """Must match the chain's address format."""
    blockchain: Literal[
        "BTC",
        "ETH",
        "LTC",
        "XRP",
        "BCH",
        "DOGE",
        "TRX",
        "SOL",
        "MATIC",
        "BNB",
        "USDT",
        "USDC",
        "LIGHTNING",
    ]
    direction: Literal["inbound", "outbound", "deposit", "withdrawal"] | None = attrs.field(
        default=None
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WalletScreeningResultSourceOfFund:
    """WalletScreeningResultSourceOfFund"""

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
class WalletScreeningResultDestinationOfFund:
    """WalletScreeningResultDestinationOfFund"""

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
class WalletScreeningResultRiskFactor:
    """WalletScreeningResultRiskFactor"""

    source: str | None = attrs.field(default=None)
    category: str | None = attrs.field(default=None)
    label: str | None = attrs.field(default=None)
    entity_name: str | None = attrs.field(default=None)
    direction: str | None = attrs.field(default=None)
    exposure_type: str | None = attrs.field(default=None)
    amount_usd: float | None = attrs.field(default=None)
    percentage: float | None = attrs.field(default=None)
    is_high_risk: bool | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WalletScreeningResultCounterpartyConnection:
    """WalletScreeningResultCounterpartyConnection"""

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
class WalletScreeningResult:
    """Fields named by Didit's tooling; their shapes are our reading (unknown fields kept)."""

    wallet_address: str | None = attrs.field(default=None)
    blockchain: str | None = attrs.field(default=None)
    risk_score: float | None = attrs.field(default=None)
    severity: str | None = attrs.field(default=None)
    sanctions_hit: bool | None = attrs.field(default=None)
    source_of_funds: list[WalletScreeningResultSourceOfFund] | None = attrs.field(default=None)
    destination_of_funds: list[WalletScreeningResultDestinationOfFund] | None = attrs.field(
        default=None
    )
    provider: str | None = attrs.field(default=None)
    screening_type: str | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    summary: str | None = attrs.field(default=None)
    dominant_risk_category: str | None = attrs.field(default=None)
    risk_factors: list[WalletScreeningResultRiskFactor] | None = attrs.field(default=None)
    counterparty_connections: list[WalletScreeningResultCounterpartyConnection] | None = (
        attrs.field(default=None)
    )
    report_signature: str | None = attrs.field(default=None)
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
    color_primary: str | None = attrs.field(default=None)
    color_secondary: str | None = attrs.field(default=None)
    color_background: str | None = attrs.field(default=None)
    color_panel: str | None = attrs.field(default=None)
    color_panel_10: str | None = attrs.field(default=None)
    color_on_panel_1: str | None = attrs.field(default=None)
    color_on_panel_2: str | None = attrs.field(default=None)
    color_on_background: str | None = attrs.field(default=None)
    color_button_1: str | None = attrs.field(default=None)
    color_button_2: str | None = attrs.field(default=None)
    color_button_text_1: str | None = attrs.field(default=None)
    color_button_text_2: str | None = attrs.field(default=None)
    color_pill_text: str | None = attrs.field(default=None)
    border_radius_panel: int | None = attrs.field(default=None)
    border_radius_buttons: int | None = attrs.field(default=None)
    font_family: str | None = attrs.field(default=None)
    font_weight: str | None = attrs.field(default=None)
    font_url: str | None = attrs.field(default=None)
    logo_square: str | None = attrs.field(default=None)
    logo_rectangular: str | None = attrs.field(default=None)
    favicon: str | None = attrs.field(default=None)
    app_public_name: str | None = attrs.field(default=None)
    privacy_policy_url: str | None = attrs.field(default=None)
    skip_welcome_screen: bool | None = attrs.field(default=None)
    disable_login_with_didit: bool | None = attrs.field(default=None)
    hide_progress_bar: bool | None = attrs.field(default=None)
    callback_seconds: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DatabaseValidationReportValidationValidation:
    """DatabaseValidationReportValidationValidation"""

    full_name: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    identification_number: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DatabaseValidationReportValidation:
    """DatabaseValidationReportValidation"""

    service_id: str | None = attrs.field(default=None)
    service_name: str | None = attrs.field(default=None)
    validation: DatabaseValidationReportValidationValidation | None = attrs.field(default=None)
    outcome_code: str | None = attrs.field(default=None)
    outcome_detail: str | None = attrs.field(default=None)
    source_data: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WorkflowListPage:
    """One page of workflows. Didit's published schema answers this page; older answers were a bare
    array, which the client reads as one page.
    """

    results: list[Workflow]
    count: int | None = attrs.field(default=None)
    next: str | None = attrs.field(default=None)
    previous: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class QuestionnaireListPage:
    """One page of questionnaires. Didit's published schema answers this page; older answers were a
    bare array, which the client reads as one page.
    """

    results: list[Questionnaire]
    count: int | None = attrs.field(default=None)
    next: str | None = attrs.field(default=None)
    previous: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class SessionDeleteResponse:
    """What deleting a session did, face retention included (Didit's published schema: 200 with
    this body; older answers: 204 with none, read as None).
    """

    session_id: str | None = attrs.field(default=None)
    session_number: int | None = attrs.field(default=None)
    face_retention_outcome: str | None = attrs.field(default=None)
    biometric_template_uuid: str | None = attrs.field(default=None)
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
    ParsedAddressRawResultsGeometryLocation,
    ParsedAddressRawResultsGeometryViewportNortheast,
    ParsedAddressRawResultsGeometryViewportSouthwest,
    ParsedAddressRawResultsGeometryViewport,
    ParsedAddressRawResultsGeometry,
    ParsedAddressRawResultsNavigationPointLocation,
    ParsedAddressRawResultsNavigationPoint,
    ParsedAddressRawResultsAddressComponent,
    ParsedAddressRawResults,
    ParsedAddressDocumentLocation,
    ParsedAddress,
    IdVerificationReportMrz,
    IdVerificationReportExtraFields,
    IdVerificationReportFallbackFrom,
    IdVerificationReportIdLookupComparison,
    IdVerificationReportIdLookup,
    IdVerificationReportWalletVerification,
    IdVerificationReportFrontImageQualityScore,
    IdVerificationReportBackImageQualityScore,
    IdVerificationReportMatchUserDetails,
    IdVerificationReportMatch,
    IdVerificationReportDocumentLivenessPortraitReplace,
    IdVerificationReportDocumentLivenessPrintedCopy,
    IdVerificationReportDocumentLivenessScreenReplay,
    IdVerificationReportDocumentLiveness,
    IdVerificationReportBarcode,
    IdVerificationReport,
    NfcVerificationReportChipData,
    NfcVerificationReportAuthenticity,
    NfcVerificationReportCertificateSummary,
    NfcVerificationReport,
    LivenessReportMatchUserDetails,
    LivenessReportMatch,
    LivenessReport,
    AgeEstimationReport,
    FaceMatchReport,
    FaceSearchUserDetails,
    FaceSearchMatch,
    FaceSearchReport,
    PoaReportDocumentMetadataOverlayManipulationManipulatedRegion,
    PoaReportDocumentMetadataOverlayManipulation,
    PoaReportDocumentMetadata,
    PoaReportExtraFields,
    PoaReportDetectedCode,
    PoaReport,
    DocumentAiDocumentItemField,
    DocumentAiDocumentItem,
    DocumentAiDocument,
    EmailBreach,
    EmailLifecycleEventDetails,
    EmailLifecycleEvent,
    EmailReportMatch,
    EmailReportEmailSocialRegisteredPlatform,
    EmailReportEmailSocialCategories,
    EmailReportEmailSocialProfiles,
    EmailReportEmailSocial,
    EmailReport,
    PhoneReportCarrier,
    PhoneReportMatch,
    PhoneReportPhoneSocial,
    PhoneReport,
    AmlScoreBreakdown,
    AmlHitProperties,
    AmlHitRiskViewCrimes,
    AmlHitRiskViewCountries,
    AmlHitRiskViewCategories,
    AmlHitRiskView,
    AmlHitPepMatch,
    AmlHitLinkedEntity,
    AmlHitWarningMatchAdditionalDataDataCaseDetail,
    AmlHitWarningMatchAdditionalDataData,
    AmlHitWarningMatchAdditionalData,
    AmlHitWarningMatch,
    AmlHitSanctionMatch,
    AmlHitAdverseMediaDetails,
    AmlHitAdverseMediaMatch,
    AmlHit,
    AmlReportScreenedData,
    AmlReport,
    IpAnalysisReportIpLocation,
    IpAnalysisReportIp,
    IpAnalysisReportIdDocumentLocation,
    IpAnalysisReportIdDocument,
    IpAnalysisReportPoaDocumentLocation,
    IpAnalysisReportPoaDocument,
    IpAnalysisReportMatchDeviceInfo,
    IpAnalysisReportMatchLocationInfo,
    IpAnalysisReportMatch,
    IpAnalysisReport,
    DatabaseValidationReportServiceResult,
    DatabaseValidationReportScreenedData,
    DatabaseValidationReportError,
    DatabaseValidationReport,
    QuestionnaireResponseSectionItemChoice,
    QuestionnaireResponseSectionItemAnswer,
    QuestionnaireResponseSectionItem,
    QuestionnaireResponseSection,
    QuestionnaireResponse,
    SignatureReport,
    BankVerificationReport,
    KybRegistryCheckCompanyOfficer,
    KybRegistryCheckCompanyBeneficialOwner,
    KybRegistryCheckCompany,
    KybRegistryCheck,
    KybDocumentVerificationItemDocumentMetadataOverlayManipulationManipulatedRegion,
    KybDocumentVerificationItemDocumentMetadataOverlayManipulation,
    KybDocumentVerificationItemDocumentMetadata,
    KybDocumentVerificationItem,
    KybDocumentVerificationGroups,
    KybDocumentVerification,
    KybKeyPeopleCheckRegistryOfficerVerificationWorkflowFeature,
    KybKeyPeopleCheckRegistryOfficerKycAmlCategories,
    KybKeyPeopleCheckRegistryOfficer,
    KybKeyPeopleCheckRegistryBeneficialOwnerVerificationWorkflowFeature,
    KybKeyPeopleCheckRegistryBeneficialOwnerKycAmlCategories,
    KybKeyPeopleCheckRegistryBeneficialOwner,
    KybKeyPeopleCheckRegistry,
    KybKeyPeopleCheckSubmittedPartyRole,
    KybKeyPeopleCheckSubmittedPartyVerificationWorkflowFeature,
    KybKeyPeopleCheckSubmittedParty,
    KybKeyPeopleCheckSubmitted,
    KybKeyPeopleCheckUboKycSummary,
    KybKeyPeopleCheck,
    SessionReview,
    SessionDecision,
    CreateSessionRequest,
    CreateSessionResponse,
    ImportSharedSessionResponse,
    SessionListFeature,
    SessionListPhone,
    SessionListEmail,
    SessionListAmlScreenedData,
    SessionListAml,
    SessionListLiveness,
    SessionListFaceMatch,
    SessionListAdditionalDetailsDatabaseValidation,
    SessionListAdditionalDetailsPoa,
    SessionListAdditionalDetailsPhoneVerification,
    SessionListAdditionalDetailsEmailVerification,
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
    UpdateSessionDataRequestParsedAddress,
    UpdateSessionDataRequest,
    UpdatePoaDataRequestPoaParsedAddress,
    UpdatePoaDataRequest,
    UpdateSessionDataResponseParsedAddress,
    UpdateSessionDataResponsePoaParsedAddress,
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
    WorkflowCreatedBy,
    Workflow,
    QuestionnaireOption,
    QuestionnaireFormElementValidation,
    QuestionnaireFormElement,
    QuestionnaireQuestionOption,
    QuestionnaireBranchRule,
    QuestionnaireQuestion,
    QuestionnaireCreateRequest,
    QuestionnaireUpdateRequest,
    Questionnaire,
    UserFeaturesList,
    UserTagTag,
    UserTag,
    UserComment,
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
    WebhookDestinationSummary,
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
    DatabaseValidationRequestAddress,
    DatabaseValidationRequest,
    IdVerificationResponse,
    PassiveLivenessResponse,
    FaceMatchResponse,
    FaceSearchResponse,
    AgeEstimationResponseAgeEstimationUserImageEntity,
    AgeEstimationResponseAgeEstimationUserImage,
    AgeEstimationResponseAgeEstimationWarning,
    AgeEstimationResponseAgeEstimation,
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
    BusinessFeaturesList,
    BusinessTag,
    Business,
    BusinessListPage,
    KybSearchRequest,
    KybCandidate,
    KybSearchResponseKybRegistryCompany,
    KybSearchResponseKybRegistryPagination,
    KybSearchResponseKybRegistry,
    KybSearchResponse,
    KybSelectRequest,
    KybOfficer,
    KybCompanyRecordKybRegistryOfficer,
    KybCompanyRecordKybRegistryBeneficialOwner,
    KybCompanyRecordKybRegistryAddress,
    KybCompanyRecordKybRegistry,
    KybCompanyRecord,
    TransactionCreateRequestTransactionDetails,
    TransactionCreateRequestSubjectAddress,
    TransactionCreateRequestSubjectInstitutionDetails,
    TransactionCreateRequestSubjectDeviceContextNetworkContext,
    TransactionCreateRequestSubjectDeviceContext,
    TransactionCreateRequestSubjectPaymentMethod,
    TransactionCreateRequestSubject,
    TransactionCreateRequestCounterpartyDeviceContextNetworkContext,
    TransactionCreateRequestCounterpartyDeviceContext,
    TransactionCreateRequestCounterpartyPaymentMethod,
    TransactionCreateRequestCounterparty,
    TransactionCreateRequestTravelRuleDetails,
    TransactionCreateRequestNetworkSnapshot,
    TransactionCreateRequest,
    TransactionRuleHit,
    TransactionTag,
    TransactionPartyDeviceNetworkContext,
    TransactionPartyDevice,
    TransactionParty,
    TransactionPaymentMethod,
    TransactionDocumentFile,
    TransactionDocument,
    TransactionActivity,
    TransactionAlert,
    TransactionEvaluatedRule,
    TransactionProviderResult,
    TransactionTravelRule,
    TransactionNetworkSnapshot,
    TransactionRemediation,
    TransactionActionRequired,
    Transaction,
    TransactionListPage,
    WalletScreeningRequest,
    WalletScreeningResultSourceOfFund,
    WalletScreeningResultDestinationOfFund,
    WalletScreeningResultRiskFactor,
    WalletScreeningResultCounterpartyConnection,
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
    DatabaseValidationReportValidationValidation,
    DatabaseValidationReportValidation,
    WorkflowListPage,
    QuestionnaireListPage,
    SessionDeleteResponse,
):
    for _field in attrs.fields(_cls):
        if _field.name != "additional_properties":
            setattr(_cls, _field.name, None)
    _cls._present = True

# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Resource classes: every operation as an async method, grouped as on the client.

Methods validate their arguments before anything is sent (a bad one raises
``DiditValidationError`` naming the operation), encode the body through its request
model, call the transport, and decode the answer into models.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from didit_async._seam import (
    NOT_GIVEN,
    UNSET,
    AsyncPaginator,
    DiditValidationError,
    FileInput,
    Timeout,
    Transport,
    Unset,
    is_datetime,
    is_uuid,
)

from ._codec import (
    _E_inline41,
    _E_inline52,
    _E_inline89,
    _E_inline96,
    _E_inline102,
    _E_inline103,
    _E_inline104,
    _E_ListEntryType,
    _E_ListType,
    _E_SessionStatus,
    _E_UserStatus,
    structure_AccountRegisterResponse,
    structure_AccountTokenResponse,
    structure_AgeEstimationResponse,
    structure_AmlHitBulkUpdateResult,
    structure_AmlMonitoringEstimate,
    structure_AmlMonitoringJob,
    structure_AmlMonitoringToggleJob,
    structure_AmlResponse,
    structure_ApplicationCredentials,
    structure_BatchDeleteJob,
    structure_BatchDeleteSessionsResponse,
    structure_BillingBalance,
    structure_BillingTopUpResponse,
    structure_BiometricTemplate,
    structure_BiometricTemplateBulkPurgeResult,
    structure_BiometricTemplateCount,
    structure_BiometricTemplatePurgeResult,
    structure_BlocklistEntry,
    structure_Business,
    structure_BusinessBatchDeleteResponse,
    structure_CreateSessionResponse,
    structure_Customization,
    structure_DatabaseValidationResponse,
    structure_DeviceTransaction,
    structure_DiditList,
    structure_DocumentAiResponse,
    structure_EmailCheckResponse,
    structure_EmailRiskResponse,
    structure_EmailSendResponse,
    structure_EventBatchIngestResponse,
    structure_FaceMatchResponse,
    structure_FaceSearchResponse,
    structure_HealthcheckResponse,
    structure_IdVerificationResponse,
    structure_ImportSharedSessionResponse,
    structure_IngestedEvent,
    structure_IpRiskResponse,
    structure_KybCompanyData,
    structure_KybCompanyRecord,
    structure_KybParty,
    structure_KybSearchResponse,
    structure_KybShareholdersResponse,
    structure_ListEntry,
    structure_MessageResponse,
    structure_Organization,
    structure_PassiveLivenessResponse,
    structure_PhoneCheckResponse,
    structure_PhoneRiskResponse,
    structure_PhoneSendResponse,
    structure_PoaResponse,
    structure_Questionnaire,
    structure_SandboxArmResponse,
    structure_SessionDecision,
    structure_SessionEvent,
    structure_SessionIdResponse,
    structure_SessionImport,
    structure_SessionImportRowError,
    structure_SessionImportTemplate,
    structure_SessionListItem,
    structure_SessionReview,
    structure_ShareSessionResponse,
    structure_Transaction,
    structure_TransactionRule,
    structure_TransactionRuleBacktestResult,
    structure_TransactionRuleInstallResult,
    structure_TransactionRuleLibraryEntry,
    structure_TransactionSdkToken,
    structure_TravelRuleInboundResponse,
    structure_TravelRulePickup,
    structure_TravelRulePickupAnswer,
    structure_TravelRuleSettings,
    structure_TravelRuleTransfer,
    structure_TravelRuleVasp,
    structure_TravelRuleWalletAddress,
    structure_TravelRuleWalletAddressUpdateRequest,
    structure_TravelRuleWidgetContext,
    structure_TravelRuleWidgetSession,
    structure_UpdateAmlHitStatusResponse,
    structure_UpdateFeatureStatusResponse,
    structure_UpdateSessionDataResponse,
    structure_User,
    structure_UserBatchDeleteResponse,
    structure_UserFace,
    structure_WalletScreeningResult,
    structure_WebhookConfig,
    structure_WebhookDestination,
    structure_Workflow,
    unstructure_AccountLoginRequest,
    unstructure_AccountRegisterRequest,
    unstructure_AccountResendOtpRequest,
    unstructure_AccountVerifyEmailRequest,
    unstructure_AgeEstimationRequest,
    unstructure_AmlHitBulkUpdateRequest,
    unstructure_AmlMonitoringBulkToggleRequest,
    unstructure_AmlMonitoringBusinessesRequest,
    unstructure_AmlMonitoringUsersRequest,
    unstructure_AmlRequest,
    unstructure_BatchDeleteSessionsRequest,
    unstructure_BillingTopUpRequest,
    unstructure_BiometricTemplateBulkPurgeRequest,
    unstructure_BlocklistAddRequest,
    unstructure_BlocklistRemoveRequest,
    unstructure_BusinessBatchDeleteRequest,
    unstructure_BusinessCreateRequest,
    unstructure_BusinessUpdateRequest,
    unstructure_BusinessUpdateStatusRequest,
    unstructure_CreateApplicationRequest,
    unstructure_CreateReviewRequest,
    unstructure_CreateSessionRequest,
    unstructure_CustomizationUpdateRequest,
    unstructure_DatabaseValidationRequest,
    unstructure_DeviceTransactionRequest,
    unstructure_DocumentAiRequest,
    unstructure_EmailCheckRequest,
    unstructure_EmailRiskRequest,
    unstructure_EmailSendRequest,
    unstructure_EventBatchIngestRequest,
    unstructure_EventIngestRequest,
    unstructure_FaceMatchRequest,
    unstructure_FaceSearchRequest,
    unstructure_IdVerificationRequest,
    unstructure_ImportSharedSessionRequest,
    unstructure_IpRiskRequest,
    unstructure_KybCompanyUpdateRequest,
    unstructure_KybPartyUpdateRequest,
    unstructure_KybSearchRequest,
    unstructure_KybSelectRequest,
    unstructure_KybShareholdersRequest,
    unstructure_KybUboRequest,
    unstructure_ListCreateRequest,
    unstructure_ListEntryCreateRequest,
    unstructure_ListFaceUploadRequest,
    unstructure_ListUpdateRequest,
    unstructure_PassiveLivenessRequest,
    unstructure_PhoneCheckRequest,
    unstructure_PhoneRiskRequest,
    unstructure_PhoneSendRequest,
    unstructure_PoaRequest,
    unstructure_QuestionnaireCreateRequest,
    unstructure_QuestionnaireUpdateRequest,
    unstructure_SandboxArmRequest,
    unstructure_SessionImportCreateRequest,
    unstructure_ShareSessionRequest,
    unstructure_TransactionCreateRequest,
    unstructure_TransactionRuleBacktestRequest,
    unstructure_TransactionRuleCreateRequest,
    unstructure_TransactionRuleInstallRequest,
    unstructure_TransactionRuleUpdateRequest,
    unstructure_TransactionSdkTokenRequest,
    unstructure_TravelRuleInboundRequest,
    unstructure_TravelRuleOwnershipConfirmRequest,
    unstructure_TravelRulePickupRespondRequest,
    unstructure_TravelRuleSettingsUpdateRequest,
    unstructure_TravelRuleTransferUpdateRequest,
    unstructure_TravelRuleWalletAddressCreateRequest,
    unstructure_TravelRuleWalletAddressUpdateRequest,
    unstructure_TravelRuleWidgetSessionCreateRequest,
    unstructure_UpdateAmlHitStatusRequest,
    unstructure_UpdateFeatureStatusRequest,
    unstructure_UpdatePoaDataRequest,
    unstructure_UpdateSessionDataRequest,
    unstructure_UpdateStatusRequest,
    unstructure_UserBatchDeleteRequest,
    unstructure_UserCreateRequest,
    unstructure_UserFaceUploadRequest,
    unstructure_UserUpdateRequest,
    unstructure_UserUpdateStatusRequest,
    unstructure_WalletScreeningReportRequest,
    unstructure_WalletScreeningRequest,
    unstructure_WebhookConfigUpdateRequest,
    unstructure_WebhookDestinationCreateRequest,
    unstructure_WebhookDestinationUpdateRequest,
    unstructure_WorkflowCreateRequest,
    unstructure_WorkflowUpdateRequest,
    validate_AccountLoginRequest,
    validate_AccountRegisterRequest,
    validate_AccountResendOtpRequest,
    validate_AccountVerifyEmailRequest,
    validate_AgeEstimationRequest,
    validate_AmlHitBulkUpdateRequest,
    validate_AmlMonitoringBulkToggleRequest,
    validate_AmlMonitoringBusinessesRequest,
    validate_AmlMonitoringUsersRequest,
    validate_AmlRequest,
    validate_BatchDeleteSessionsRequest,
    validate_BillingTopUpRequest,
    validate_BiometricTemplateBulkPurgeRequest,
    validate_BlocklistAddRequest,
    validate_BlocklistRemoveRequest,
    validate_BusinessBatchDeleteRequest,
    validate_BusinessCreateRequest,
    validate_BusinessUpdateRequest,
    validate_BusinessUpdateStatusRequest,
    validate_CreateApplicationRequest,
    validate_CreateReviewRequest,
    validate_CreateSessionRequest,
    validate_CustomizationUpdateRequest,
    validate_DatabaseValidationRequest,
    validate_DeviceTransactionRequest,
    validate_DocumentAiRequest,
    validate_EmailCheckRequest,
    validate_EmailRiskRequest,
    validate_EmailSendRequest,
    validate_EventBatchIngestRequest,
    validate_EventIngestRequest,
    validate_FaceMatchRequest,
    validate_FaceSearchRequest,
    validate_IdVerificationRequest,
    validate_ImportSharedSessionRequest,
    validate_IpRiskRequest,
    validate_KybCompanyUpdateRequest,
    validate_KybPartyUpdateRequest,
    validate_KybSearchRequest,
    validate_KybSelectRequest,
    validate_KybShareholdersRequest,
    validate_KybUboRequest,
    validate_ListCreateRequest,
    validate_ListEntryCreateRequest,
    validate_ListFaceUploadRequest,
    validate_ListUpdateRequest,
    validate_PassiveLivenessRequest,
    validate_PhoneCheckRequest,
    validate_PhoneRiskRequest,
    validate_PhoneSendRequest,
    validate_PoaRequest,
    validate_QuestionnaireCreateRequest,
    validate_QuestionnaireUpdateRequest,
    validate_SandboxArmRequest,
    validate_SessionImportCreateRequest,
    validate_ShareSessionRequest,
    validate_TransactionCreateRequest,
    validate_TransactionRuleBacktestRequest,
    validate_TransactionRuleCreateRequest,
    validate_TransactionRuleInstallRequest,
    validate_TransactionRuleUpdateRequest,
    validate_TransactionSdkTokenRequest,
    validate_TravelRuleInboundRequest,
    validate_TravelRuleOwnershipConfirmRequest,
    validate_TravelRulePickupRespondRequest,
    validate_TravelRuleSettingsUpdateRequest,
    validate_TravelRuleTransferUpdateRequest,
    validate_TravelRuleWalletAddressCreateRequest,
    validate_TravelRuleWalletAddressUpdateRequest,
    validate_TravelRuleWidgetSessionCreateRequest,
    validate_UpdateAmlHitStatusRequest,
    validate_UpdateFeatureStatusRequest,
    validate_UpdatePoaDataRequest,
    validate_UpdateSessionDataRequest,
    validate_UpdateStatusRequest,
    validate_UserBatchDeleteRequest,
    validate_UserCreateRequest,
    validate_UserFaceUploadRequest,
    validate_UserUpdateRequest,
    validate_UserUpdateStatusRequest,
    validate_WalletScreeningReportRequest,
    validate_WalletScreeningRequest,
    validate_WebhookConfigUpdateRequest,
    validate_WebhookDestinationCreateRequest,
    validate_WebhookDestinationUpdateRequest,
    validate_WorkflowCreateRequest,
    validate_WorkflowUpdateRequest,
)
from .enums import (
    AmlHitReviewStatus,
    CallbackMethod,
    CheckAction,
    Language,
    ListEntryType,
    ListType,
    SessionImportType,
    SessionStatus,
    TransactionCategory,
    UserStatus,
    WebhookEventType,
    WebhookVersion,
    WorkflowType,
)
from .models import (
    AccountLoginRequest,
    AccountRegisterRequest,
    AccountRegisterResponse,
    AccountResendOtpRequest,
    AccountTokenResponse,
    AccountVerifyEmailRequest,
    AgeEstimationRequest,
    AgeEstimationResponse,
    AmlHitBulkUpdateItem,
    AmlHitBulkUpdateRequest,
    AmlHitBulkUpdateResult,
    AmlMonitoringBulkToggleRequest,
    AmlMonitoringBusinessesRequest,
    AmlMonitoringEstimate,
    AmlMonitoringJob,
    AmlMonitoringToggleJob,
    AmlMonitoringUsersRequest,
    AmlRequest,
    AmlResponse,
    ApplicationCredentials,
    BatchDeleteJob,
    BatchDeleteSessionsRequest,
    BatchDeleteSessionsResponse,
    BillingBalance,
    BillingTopUpRequest,
    BillingTopUpResponse,
    BiometricTemplate,
    BiometricTemplateBulkPurgeRequest,
    BiometricTemplateBulkPurgeResult,
    BiometricTemplateCount,
    BiometricTemplatePurgeResult,
    BlocklistAddRequest,
    BlocklistEntry,
    BlocklistRemoveRequest,
    Business,
    BusinessBatchDeleteRequest,
    BusinessBatchDeleteResponse,
    BusinessCreateRequest,
    BusinessUpdateRequest,
    BusinessUpdateStatusRequest,
    ContactDetails,
    CreateApplicationRequest,
    CreateReviewRequest,
    CreateSessionRequest,
    CreateSessionResponse,
    Customization,
    CustomizationUpdateRequest,
    DatabaseValidationRequest,
    DatabaseValidationResponse,
    DeviceTransaction,
    DeviceTransactionRequest,
    DeviceTransactionRequestCounterparty,
    DeviceTransactionRequestInfo,
    DeviceTransactionRequestSubject,
    DeviceTransactionRequestTravelRule,
    DiditList,
    DocumentAiRequest,
    DocumentAiResponse,
    EmailCheckRequest,
    EmailCheckResponse,
    EmailRiskRequest,
    EmailRiskResponse,
    EmailSendOptions,
    EmailSendRequest,
    EmailSendResponse,
    EventBatchIngestRequest,
    EventBatchIngestResponse,
    EventIngestRequest,
    ExpectedDetails,
    FaceMatchRequest,
    FaceMatchResponse,
    FaceSearchRequest,
    FaceSearchResponse,
    HealthcheckResponse,
    IdVerificationRequest,
    IdVerificationResponse,
    ImportSharedSessionRequest,
    ImportSharedSessionResponse,
    IngestedEvent,
    IpRiskRequest,
    IpRiskResponse,
    KybCompanyData,
    KybCompanyRecord,
    KybCompanyUpdateRequest,
    KybParty,
    KybPartyUpdateRequest,
    KybSearchRequest,
    KybSearchResponse,
    KybSelectRequest,
    KybShareholdersRequest,
    KybShareholdersResponse,
    KybUboRequest,
    ListCreateRequest,
    ListEntry,
    ListEntryCreateRequest,
    ListFaceUploadRequest,
    ListUpdateRequest,
    MessageResponse,
    NodeToResubmit,
    Organization,
    PassiveLivenessRequest,
    PassiveLivenessResponse,
    PhoneCheckRequest,
    PhoneCheckResponse,
    PhoneRiskRequest,
    PhoneRiskResponse,
    PhoneSendOptions,
    PhoneSendRequest,
    PhoneSendResponse,
    PoaRequest,
    PoaResponse,
    Questionnaire,
    QuestionnaireCreateRequest,
    QuestionnaireFormElement,
    QuestionnaireQuestion,
    QuestionnaireUpdateRequest,
    RequestSignals,
    RiskSignals,
    SandboxArmRequest,
    SandboxArmResponse,
    SessionDecision,
    SessionEvent,
    SessionIdResponse,
    SessionImport,
    SessionImportCreateRequest,
    SessionImportRowError,
    SessionImportTemplate,
    SessionListItem,
    SessionReview,
    ShareSessionRequest,
    ShareSessionResponse,
    Transaction,
    TransactionCreateRequest,
    TransactionRule,
    TransactionRuleAction,
    TransactionRuleAggregation,
    TransactionRuleBacktestRequest,
    TransactionRuleBacktestResult,
    TransactionRuleCondition,
    TransactionRuleCreateRequest,
    TransactionRuleInstallRequest,
    TransactionRuleInstallResult,
    TransactionRuleLibraryEntry,
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
    TravelRuleSettingsUpdateRequest,
    TravelRuleTransfer,
    TravelRuleTransferUpdateRequest,
    TravelRuleVasp,
    TravelRuleWalletAddress,
    TravelRuleWalletAddressCreateRequest,
    TravelRuleWalletAddressUpdateRequest,
    TravelRuleWidgetContext,
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
    UserUpdateRequest,
    UserUpdateStatusRequest,
    WalletScreeningReportCounterparty,
    WalletScreeningReportFundFlow,
    WalletScreeningReportRequest,
    WalletScreeningReportRiskFactor,
    WalletScreeningRequest,
    WalletScreeningResult,
    WebhookConfig,
    WebhookConfigUpdateRequest,
    WebhookDestination,
    WebhookDestinationCreateRequest,
    WebhookDestinationUpdateRequest,
    Workflow,
    WorkflowCreateRequest,
    WorkflowFeature,
    WorkflowUpdateRequest,
)
from .operations import OPERATIONS

__all__ = [
    "AccountResource",
    "AgeEstimationResource",
    "AmlResource",
    "BillingResource",
    "BiometricTemplatesResource",
    "BlocklistResource",
    "BusinessesResource",
    "CustomizationResource",
    "DatabaseValidationResource",
    "DeviceResource",
    "DeviceTransactionsResource",
    "DocumentAiResource",
    "EmailResource",
    "EventsResource",
    "FaceMatchResource",
    "FaceSearchResource",
    "IdVerificationResource",
    "KybResource",
    "ListsEntriesResource",
    "ListsResource",
    "PassiveLivenessResource",
    "PhoneResource",
    "PoaResource",
    "QuestionnairesResource",
    "RiskResource",
    "SessionsImportsResource",
    "SessionsKybResource",
    "SessionsResource",
    "SessionsReviewsResource",
    "SystemResource",
    "TransactionsResource",
    "TransactionsRulesResource",
    "TravelRuleInboundResource",
    "TravelRulePickupsResource",
    "TravelRuleResource",
    "TravelRuleSettingsResource",
    "TravelRuleTransfersResource",
    "TravelRuleVaspsResource",
    "TravelRuleWalletAddressesResource",
    "TravelRuleWidgetSessionsResource",
    "UsersResource",
    "WalletScreeningResource",
    "WebhooksDestinationsResource",
    "WebhooksResource",
    "WorkflowsResource",
]


def _path(name: str, value: Any, *, uuid: bool = False) -> str:
    if not isinstance(value, str) or not value.strip():
        raise DiditValidationError(name, "empty", "must be a non-empty string")
    if uuid and not is_uuid(value):
        raise DiditValidationError(name, "format", "must be a UUID")
    return value


class DeviceTransactionsResource:
    """``client.device.transactions``: create, retrieve."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        txn_id: str,
        type: str,
        info: DeviceTransactionRequestInfo | Mapping[str, Any],
        subject: DeviceTransactionRequestSubject | Mapping[str, Any],
        txn_date: str | None = None,
        zone_id: str | None = None,
        counterparty: DeviceTransactionRequestCounterparty | Mapping[str, Any] | None = None,
        props: Mapping[str, Any] | None = None,
        travel_rule: DeviceTransactionRequestTravelRule | Mapping[str, Any] | None = None,
        include_crypto_screening: bool | None | Unset = UNSET,
        fingerprint_v2: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DeviceTransaction:
        """Submit a transaction from a device.

        Submit a transaction from device-side code, authenticated by a transaction SDK token
        (`X-Transaction-Token`), never by the API key. The transaction belongs to the token's
        `vendor_data` and runs through the application's rules like one sent to
        `/v3/transactions/`.

        ``POST /v1/transactions/``.

        Args:
          txn_id: ``str``.
          type: ``str``.
          info: ``DeviceTransactionRequestInfo | Mapping[str, Any]``.
          subject: ``DeviceTransactionRequestSubject | Mapping[str, Any]``.
          txn_date: ``str``.
          zone_id: ``str``.
          counterparty: ``DeviceTransactionRequestCounterparty | Mapping[str, Any]``.
          props: ``Mapping[str, Any]``.
          travel_rule: ``DeviceTransactionRequestTravelRule | Mapping[str, Any]``.
          include_crypto_screening: ``bool | None``.
          fingerprint_v2: ``Mapping[str, Any]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``DeviceTransaction``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``transaction = await client.device.transactions.create(txn_id=…, type=…,
        info=…, subject=…)``
        """
        op = OPERATIONS["device_transactions_create"]
        try:
            body = unstructure_DeviceTransactionRequest(
                DeviceTransactionRequest(
                    txn_id=txn_id,
                    txn_date=txn_date,
                    zone_id=zone_id,
                    type=type,
                    info=info,
                    subject=subject,
                    counterparty=counterparty,
                    props=props,
                    travel_rule=travel_rule,
                    include_crypto_screening=include_crypto_screening,
                    fingerprint_v2=fingerprint_v2,
                )
            )
            validate_DeviceTransactionRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_DeviceTransaction(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        transaction_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DeviceTransaction:
        """Retrieve a transaction from a device.

        Read back a transaction of the token's `vendor_data` (its status and rule runs),
        authenticated by the transaction SDK token.

        ``GET /v1/transactions/{transaction_id}/``.

        Args:
          transaction_id: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``DeviceTransaction``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``transaction = await client.device.transactions.retrieve("…")``
        """
        op = OPERATIONS["device_transactions_retrieve"]
        try:
            _path("transaction_id", transaction_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"transaction_id": transaction_id},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_DeviceTransaction(data) if data.__class__ is dict else data


class ListsEntriesResource:
    """``client.lists.entries``: list, create, upload_face, delete."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        list_uuid: str,
        /,
        *,
        search: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[ListEntry]:
        """List a list's entries.

        Entries of one list; `search` matches the value or the display label. Management API on
        the apx host (Didit's tooling calls the verification host; both answer). One system
        blocklist per entry type is provisioned for every application and cannot be created,
        renamed or deleted.

        ``GET /v3/lists/{list_uuid}/entries/``.

        Args:
          list_uuid: The list's UUID.
          search: ``str``.
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[ListEntry]`` (await it for one page, iterate for every item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.lists.entries.list("…")``
        """
        op = OPERATIONS["lists_entries_list"]
        try:
            _path("list_uuid", list_uuid, uuid=True)
            query: dict[str, Any] = {}
            if search is not None:
                if not isinstance(search, str):
                    raise DiditValidationError(
                        "search", "type", "must be a string, not " + type(search).__name__
                    )
                query["search"] = search
            if limit is not None:
                if isinstance(limit, bool) or not isinstance(limit, int):
                    raise DiditValidationError(
                        "limit", "type", "must be an integer, not " + type(limit).__name__
                    )
                if limit < 1:
                    raise DiditValidationError("limit", "min", "must be at least 1")
                query["limit"] = limit
            if offset is not None:
                if isinstance(offset, bool) or not isinstance(offset, int):
                    raise DiditValidationError(
                        "offset", "type", "must be an integer, not " + type(offset).__name__
                    )
                if offset < 0:
                    raise DiditValidationError("offset", "min", "must be at least 0")
                query["offset"] = offset
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        return self._transport.paginate(
            op,
            path_params={"list_uuid": list_uuid},
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_ListEntry,
        )

    async def create(
        self,
        list_uuid: str,
        /,
        *,
        value: str | None = None,
        reference_session_id: str | None = None,
        reference_object_uuid: str | None = None,
        display_label: str | None = None,
        comment: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListEntry:
        """Add an entry.

        Adds a value, or extracts it from `reference_session_id` according to the list's entry
        type (face, document, phone, email, IP, device); both together pick among several values
        of a session. A blocklist entry declines later sessions that match it, as the legacy
        blocklist does. Face entries without a session use face upload. Management API on the
        apx host (Didit's tooling calls the verification host; both answer). One system
        blocklist per entry type is provisioned for every application and cannot be created,
        renamed or deleted.

        ``POST /v3/lists/{list_uuid}/entries/``.

        Args:
          list_uuid: The list's UUID.
          value: Optional when reference_session_id is given.
          reference_session_id: Session to extract the value from.
          reference_object_uuid: Source entity (transaction, user, business), for traceability.
          display_label: ``str``.
          comment: ``str``.
          metadata: ``Mapping[str, Any]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ListEntry``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``entry = await client.lists.entries.create("…")``
        """
        op = OPERATIONS["lists_entries_create"]
        try:
            _path("list_uuid", list_uuid, uuid=True)
            body = unstructure_ListEntryCreateRequest(
                ListEntryCreateRequest(
                    value=value,
                    reference_session_id=reference_session_id,
                    reference_object_uuid=reference_object_uuid,
                    display_label=display_label,
                    comment=comment,
                    metadata=metadata,
                )
            )
            validate_ListEntryCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"list_uuid": list_uuid},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_ListEntry(data) if data.__class__ is dict else data

    async def upload_face(
        self,
        list_uuid: str,
        /,
        *,
        image: str,
        display_label: str | None = None,
        comment: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListEntry:
        """Add a face entry from an image.

        Adds a face to a face list from a photo, without a session. A JSON body whose `image` is
        the image file base64-encoded (Didit's tooling reads a local file and encodes it).
        Management API on the apx host (Didit's tooling calls the verification host; both
        answer). One system blocklist per entry type is provisioned for every application and
        cannot be created, renamed or deleted.

        ``POST /v3/lists/{list_uuid}/entries/face-upload/``.

        Args:
          list_uuid: The list's UUID.
          image: The face image file, base64-encoded (JPEG or PNG).
          display_label: ``str``.
          comment: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ListEntry``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``entry = await client.lists.entries.upload_face("…", image=…)``
        """
        op = OPERATIONS["lists_entries_upload_face"]
        try:
            _path("list_uuid", list_uuid, uuid=True)
            body = unstructure_ListFaceUploadRequest(
                ListFaceUploadRequest(image=image, display_label=display_label, comment=comment)
            )
            validate_ListFaceUploadRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"list_uuid": list_uuid},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_ListEntry(data) if data.__class__ is dict else data

    async def delete(
        self,
        list_uuid: str,
        entry_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove an entry.

        Removes an entry; for user and business entries of a blocklist this also unblocks the
        entity. Management API on the apx host (Didit's tooling calls the verification host;
        both answer). One system blocklist per entry type is provisioned for every application
        and cannot be created, renamed or deleted.

        ``DELETE /v3/lists/{list_uuid}/entries/{entry_uuid}/``.

        Args:
          list_uuid: The list's UUID.
          entry_uuid: The entry's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``await client.lists.entries.delete("…", "…")``
        """
        op = OPERATIONS["lists_entries_delete"]
        try:
            _path("list_uuid", list_uuid, uuid=True)
            _path("entry_uuid", entry_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        await self._transport.request(
            op,
            path_params={"list_uuid": list_uuid, "entry_uuid": entry_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SessionsImportsResource:
    """``client.sessions.imports``: create, template, retrieve, list_errors."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        source_file_url: str,
        import_type: SessionImportType
        | Literal["user_verification", "business_verification", "status_rules", "transactions"]
        | None = None,
        source_format: Literal["csv", "ndjson"] | None = None,
        workflow_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionImport:
        """Create an import job.

        Imports historical verifications (or businesses, status rules, transactions) from a CSV
        or NDJSON file Didit fetches from `source_file_url`, in Didit's canonical columns (see
        the template). The per-row `provider` column labels a record's source; there is no
        provider field in the request. The job runs asynchronously: poll it, then read its row
        errors. Response shape unpublished: we type the job's id, status and counters and keep
        the rest. Not idempotent: a retried create may start a second job over the same file.

        ``POST /v3/session/imports/``.

        Args:
          source_file_url: Publicly fetchable URL of the CSV or NDJSON file (not checked as a
              URI here, so a `data:` URL, which the sandbox reads, passes).
          import_type: What the rows are (Didit's default: user_verification).
          source_format: Default csv.
          workflow_id: Workflow the imported sessions belong to.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SessionImport``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``import = await client.sessions.imports.create(source_file_url=…)``
        """
        op = OPERATIONS["sessions_imports_create"]
        try:
            body = unstructure_SessionImportCreateRequest(
                SessionImportCreateRequest(
                    source_file_url=source_file_url,
                    import_type=import_type,
                    source_format=source_format,
                    workflow_id=workflow_id,
                )
            )
            validate_SessionImportCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_SessionImport(data) if data.__class__ is dict else data

    async def template(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionImportTemplate:
        """Get the import template.

        The canonical columns an import file must use. Didit's tooling prints whatever comes
        back; we read it as JSON naming the columns and keep any other field (a CSV answer would
        not decode).

        ``GET /v3/session/imports/template/``.

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SessionImportTemplate``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``template = await client.sessions.imports.template()``
        """
        op = OPERATIONS["sessions_imports_template"]
        data = await self._transport.request(
            op, extra_query=extra_query, timeout=timeout, extra_headers=extra_headers
        )
        return structure_SessionImportTemplate(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        import_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionImport:
        """Get an import job.

        Status and row counters of an import job.

        ``GET /v3/session/imports/{import_id}/``.

        Args:
          import_id: The import job's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SessionImport``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``import = await client.sessions.imports.retrieve("…")``
        """
        op = OPERATIONS["sessions_imports_retrieve"]
        try:
            _path("import_id", import_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"import_id": import_id},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_SessionImport(data) if data.__class__ is dict else data

    def list_errors(
        self,
        import_id: str,
        /,
        *,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[SessionImportRowError]:
        """List an import job's row errors.

        Rows that failed validation or processing, each with its row number and reasons.
        Paginated with limit/offset like Didit's other lists (our reading; the tool sends no
        parameters).

        ``GET /v3/session/imports/{import_id}/errors/``.

        Args:
          import_id: The import job's UUID.
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[SessionImportRowError]`` (await it for one page, iterate for
        every item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.sessions.imports.list_errors("…")``
        """
        op = OPERATIONS["sessions_imports_list_errors"]
        try:
            _path("import_id", import_id, uuid=True)
            query: dict[str, Any] = {}
            if limit is not None:
                if isinstance(limit, bool) or not isinstance(limit, int):
                    raise DiditValidationError(
                        "limit", "type", "must be an integer, not " + type(limit).__name__
                    )
                if limit < 1:
                    raise DiditValidationError("limit", "min", "must be at least 1")
                query["limit"] = limit
            if offset is not None:
                if isinstance(offset, bool) or not isinstance(offset, int):
                    raise DiditValidationError(
                        "offset", "type", "must be an integer, not " + type(offset).__name__
                    )
                if offset < 0:
                    raise DiditValidationError("offset", "min", "must be at least 0")
                query["offset"] = offset
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        return self._transport.paginate(
            op,
            path_params={"import_id": import_id},
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_SessionImportRowError,
        )


class SessionsKybResource:
    """``client.sessions.kyb``: update_company, update_party."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def update_company(
        self,
        session_id: str,
        company_uuid: str,
        /,
        *,
        company_name: str | None = None,
        registration_number: str | None = None,
        country_code: str | None = None,
        region: str | None | Unset = UNSET,
        incorporation_date: str | None = None,
        registration_date: str | None | Unset = UNSET,
        dissolution_date: str | None | Unset = UNSET,
        tax_number: str | None = None,
        legal_address: str | None = None,
        company_type: str | None = None,
        registry_status: Literal[
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
        | Unset = UNSET,
        verification_status: Literal["verified", "failed", "unknown"] | None | Unset = UNSET,
        alternative_names: str | None = None,
        nature_of_business: str | None = None,
        registered_capital: str | None = None,
        registered_capital_amount: float | None | Unset = UNSET,
        registered_capital_currency: str | None | Unset = UNSET,
        website: str | None = None,
        email: str | None = None,
        phone: str | None = None,
        legal_entity_identifier: str | None = None,
        location_of_registration: str | None = None,
        vat_number: str | None = None,
        control_scheme: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybCompanyData:
        """Correct a KYB session's company data.

        Edit the company data of a KYB session (the registry record it verified); the answer is
        the company record with your edits (`user_provided_data`, `last_console_edit_at`).
        Fields left out are kept; null clears a nullable one.

        ``PATCH /v3/session/{sessionId}/kyb/{companyUuid}/update-data/``.

        Args:
          session_id: ``str``.
          company_uuid: ``str``.
          company_name: ``str``.
          registration_number: ``str``.
          country_code: ``str``.
          region: ``str | None``.
          incorporation_date: ``str``.
          registration_date: ``str | None``.
          dissolution_date: ``str | None``.
          tax_number: ``str``.
          legal_address: ``str``.
          company_type: ``str``.
          registry_status: one of active, dissolved, deregistered, see full details, authorised,
              appointed representative, ....
          verification_status: one of verified, failed, unknown.
          alternative_names: ``str``.
          nature_of_business: ``str``.
          registered_capital: ``str``.
          registered_capital_amount: ``float | None``.
          registered_capital_currency: ``str | None``.
          website: ``str``.
          email: ``str``.
          phone: ``str``.
          legal_entity_identifier: ``str``.
          location_of_registration: ``str``.
          vat_number: ``str``.
          control_scheme: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``KybCompanyData``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``data = await client.sessions.kyb.update_company("…", "…")``
        """
        op = OPERATIONS["sessions_kyb_update_company"]
        try:
            _path("session_id", session_id, uuid=True)
            _path("company_uuid", company_uuid, uuid=True)
            body = unstructure_KybCompanyUpdateRequest(
                KybCompanyUpdateRequest(
                    company_name=company_name,
                    registration_number=registration_number,
                    country_code=country_code,
                    region=region,
                    incorporation_date=incorporation_date,
                    registration_date=registration_date,
                    dissolution_date=dissolution_date,
                    tax_number=tax_number,
                    legal_address=legal_address,
                    company_type=company_type,
                    registry_status=registry_status,
                    verification_status=verification_status,
                    alternative_names=alternative_names,
                    nature_of_business=nature_of_business,
                    registered_capital=registered_capital,
                    registered_capital_amount=registered_capital_amount,
                    registered_capital_currency=registered_capital_currency,
                    website=website,
                    email=email,
                    phone=phone,
                    legal_entity_identifier=legal_entity_identifier,
                    location_of_registration=location_of_registration,
                    vat_number=vat_number,
                    control_scheme=control_scheme,
                )
            )
            validate_KybCompanyUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"sessionId": session_id, "companyUuid": company_uuid},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_KybCompanyData(data) if data.__class__ is dict else data

    async def update_party(
        self,
        session_id: str,
        party_uuid: str,
        /,
        *,
        is_skipped: bool,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybParty:
        """Skip or restore a KYB party.

        Mark a party of a KYB session (an officer or shareholder) as skipped, so it needs no KYC
        of its own, or restore it (`is_skipped: false`).

        ``PATCH /v3/session/{sessionId}/kyb/parties/{partyUuid}/``.

        Args:
          session_id: ``str``.
          party_uuid: ``str``.
          is_skipped: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``KybParty``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``party = await client.sessions.kyb.update_party("…", "…", is_skipped=…)``
        """
        op = OPERATIONS["sessions_kyb_update_party"]
        try:
            _path("session_id", session_id, uuid=True)
            _path("party_uuid", party_uuid, uuid=True)
            body = unstructure_KybPartyUpdateRequest(KybPartyUpdateRequest(is_skipped=is_skipped))
            validate_KybPartyUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"sessionId": session_id, "partyUuid": party_uuid},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_KybParty(data) if data.__class__ is dict else data


class SessionsReviewsResource:
    """``client.sessions.reviews``: list, create."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        session_id: str,
        /,
        *,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[SessionReview]:
        """List reviews.

        Reviews and activity on a session.

        ``GET /v3/sessions/{session_id}/reviews/``.

        Args:
          session_id: The session's UUID.
          limit: Items per page.
          offset: Items to skip.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[SessionReview]`` (await it for one page, iterate for every
        item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.sessions.reviews.list("…")``
        """
        op = OPERATIONS["sessions_reviews_list"]
        try:
            _path("session_id", session_id, uuid=True)
            query: dict[str, Any] = {}
            if limit is not None:
                if isinstance(limit, bool) or not isinstance(limit, int):
                    raise DiditValidationError(
                        "limit", "type", "must be an integer, not " + type(limit).__name__
                    )
                if limit < 1:
                    raise DiditValidationError("limit", "min", "must be at least 1")
                query["limit"] = limit
            if offset is not None:
                if isinstance(offset, bool) or not isinstance(offset, int):
                    raise DiditValidationError(
                        "offset", "type", "must be an integer, not " + type(offset).__name__
                    )
                if offset < 0:
                    raise DiditValidationError("offset", "min", "must be at least 0")
                query["offset"] = offset
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        return self._transport.paginate(
            op,
            path_params={"session_id": session_id},
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_SessionReview,
        )

    async def create(
        self,
        session_id: str,
        /,
        *,
        new_status: Literal["Approved", "Declined", "In Review"],
        comment: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionReview:
        """Add a review.

        Records a reviewer's decision and comment. Workflow-internal statuses are rejected; a
        session of another application answers 404.

        ``POST /v3/sessions/{session_id}/reviews/``.

        Args:
          session_id: The session's UUID.
          new_status: one of Approved, Declined, In Review.
          comment: Up to 10,000 characters; `@email` mentions notify colleagues.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SessionReview``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``review = await client.sessions.reviews.create("…", new_status=…)``
        """
        op = OPERATIONS["sessions_reviews_create"]
        try:
            _path("session_id", session_id, uuid=True)
            body = unstructure_CreateReviewRequest(
                CreateReviewRequest(new_status=new_status, comment=comment)
            )
            validate_CreateReviewRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"session_id": session_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_SessionReview(data) if data.__class__ is dict else data


class TransactionsRulesResource:
    """``client.transactions.rules``: list, create, retrieve, update, delete, backtest, list_library, install, uninstall."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        source: Literal["PRESET", "CUSTOM"] | None = None,
        category: str | None = None,
        mode: Literal["ACTIVE", "DISABLED", "TEST"] | None = None,
        bundle: str | None = None,
        search: str | None = None,
        ordering: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[TransactionRule]:
        """List transaction rules.

        The monitoring rules of the application, preset (installed from the library) and custom,
        with how often each ran and what it decided. Filters: `source`, `category`, `mode`,
        `bundle`, `search`; `ordering` names a field (prefix `-` for descending).

        ``GET /v3/transactions/rules/``.

        Args:
          source: one of PRESET, CUSTOM.
          category: ``str``.
          mode: one of ACTIVE, DISABLED, TEST.
          bundle: ``str``.
          search: ``str``.
          ordering: ``str``.
          limit: ``int``.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[TransactionRule]`` (await it for one page, iterate for every
        item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.transactions.rules.list()``
        """
        op = OPERATIONS["transactions_rules_list"]
        try:
            query: dict[str, Any] = {}
            if source is not None:
                if not isinstance(source, str) or source not in _E_inline52:
                    raise DiditValidationError(
                        "source",
                        "enum",
                        "must be one of: PRESET, CUSTOM"
                        + (
                            ", not " + repr(source[:40])
                            if isinstance(source, str)
                            else ", not " + type(source).__name__
                        ),
                    )
                query["source"] = source
            if category is not None:
                if not isinstance(category, str):
                    raise DiditValidationError(
                        "category", "type", "must be a string, not " + type(category).__name__
                    )
                query["category"] = category
            if mode is not None:
                if not isinstance(mode, str) or mode not in _E_inline41:
                    raise DiditValidationError(
                        "mode",
                        "enum",
                        "must be one of: ACTIVE, DISABLED, TEST"
                        + (
                            ", not " + repr(mode[:40])
                            if isinstance(mode, str)
                            else ", not " + type(mode).__name__
                        ),
                    )
                query["mode"] = mode
            if bundle is not None:
                if not isinstance(bundle, str):
                    raise DiditValidationError(
                        "bundle", "type", "must be a string, not " + type(bundle).__name__
                    )
                query["bundle"] = bundle
            if search is not None:
                if not isinstance(search, str):
                    raise DiditValidationError(
                        "search", "type", "must be a string, not " + type(search).__name__
                    )
                query["search"] = search
            if ordering is not None:
                if not isinstance(ordering, str):
                    raise DiditValidationError(
                        "ordering", "type", "must be a string, not " + type(ordering).__name__
                    )
                query["ordering"] = ordering
            if limit is not None:
                if isinstance(limit, bool) or not isinstance(limit, int):
                    raise DiditValidationError(
                        "limit", "type", "must be an integer, not " + type(limit).__name__
                    )
                if limit < 1:
                    raise DiditValidationError("limit", "min", "must be at least 1")
                query["limit"] = limit
            if offset is not None:
                if isinstance(offset, bool) or not isinstance(offset, int):
                    raise DiditValidationError(
                        "offset", "type", "must be an integer, not " + type(offset).__name__
                    )
                if offset < 0:
                    raise DiditValidationError("offset", "min", "must be at least 0")
                query["offset"] = offset
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        return self._transport.paginate(
            op,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_TransactionRule,
        )

    async def create(
        self,
        *,
        title: str,
        category: str,
        mode: Literal["ACTIVE", "DISABLED", "TEST"],
        description: str | None | Unset = UNSET,
        evaluation_mode: Literal["ALL", "ANY"] | None = None,
        scope: TransactionRuleScope | Mapping[str, Any] | None = None,
        conditions: Sequence[TransactionRuleCondition | Mapping[str, Any]] | None = None,
        aggregation: Sequence[TransactionRuleAggregation | Mapping[str, Any]] | None = None,
        actions: Sequence[TransactionRuleAction | Mapping[str, Any]] | None = None,
        metadata: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRule:
        """Create a transaction rule.

        A custom rule: `conditions` on the transaction's fields (grouped by `group_index`),
        optional `aggregation` over the subject's recent transactions, a `scope` (directions,
        transaction types) and the `actions` taken when it matches (change the status, add to
        the score, tag, note, add to a list, open a case). `mode` TEST records what the rule
        would do without doing it.

        ``POST /v3/transactions/rules/``.

        Args:
          title: ``str``.
          category: ``str``.
          mode: one of ACTIVE, DISABLED, TEST.
          description: ``str | None``.
          evaluation_mode: one of ALL, ANY.
          scope: ``TransactionRuleScope | Mapping[str, Any]``.
          conditions: ``Sequence[TransactionRuleCondition | Mapping[str, Any]]``.
          aggregation: ``Sequence[TransactionRuleAggregation | Mapping[str, Any]]``.
          actions: ``Sequence[TransactionRuleAction | Mapping[str, Any]]``.
          metadata: ``Mapping[str, Any]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TransactionRule``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``rule = await client.transactions.rules.create(title=…, category=…, mode=…)``
        """
        op = OPERATIONS["transactions_rules_create"]
        try:
            body = unstructure_TransactionRuleCreateRequest(
                TransactionRuleCreateRequest(
                    title=title,
                    description=description,
                    category=category,
                    mode=mode,
                    evaluation_mode=evaluation_mode,
                    scope=scope,
                    conditions=conditions,
                    aggregation=aggregation,
                    actions=actions,
                    metadata=metadata,
                )
            )
            validate_TransactionRuleCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TransactionRule(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        rule_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRule:
        """Retrieve a transaction rule.

        One rule with its definition and counters.

        ``GET /v3/transactions/rules/{rule_uuid}/``.

        Args:
          rule_uuid: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TransactionRule``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``rule = await client.transactions.rules.retrieve("…")``
        """
        op = OPERATIONS["transactions_rules_retrieve"]
        try:
            _path("rule_uuid", rule_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"rule_uuid": rule_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TransactionRule(data) if data.__class__ is dict else data

    async def update(
        self,
        rule_uuid: str,
        /,
        *,
        title: str | None = None,
        description: str | None | Unset = UNSET,
        category: str | None = None,
        mode: Literal["ACTIVE", "DISABLED", "TEST"] | None = None,
        evaluation_mode: Literal["ALL", "ANY"] | None = None,
        scope: TransactionRuleScope | Mapping[str, Any] | None = None,
        conditions: Sequence[TransactionRuleCondition | Mapping[str, Any]] | None = None,
        aggregation: Sequence[TransactionRuleAggregation | Mapping[str, Any]] | None = None,
        actions: Sequence[TransactionRuleAction | Mapping[str, Any]] | None = None,
        metadata: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRule:
        """Update a transaction rule.

        Change a rule; fields left out are kept. Switching `mode` to DISABLED stops it from
        running; to TEST makes it record without acting.

        ``PATCH /v3/transactions/rules/{rule_uuid}/``.

        Args:
          rule_uuid: ``str``.
          title: ``str``.
          description: ``str | None``.
          category: ``str``.
          mode: one of ACTIVE, DISABLED, TEST.
          evaluation_mode: one of ALL, ANY.
          scope: ``TransactionRuleScope | Mapping[str, Any]``.
          conditions: ``Sequence[TransactionRuleCondition | Mapping[str, Any]]``.
          aggregation: ``Sequence[TransactionRuleAggregation | Mapping[str, Any]]``.
          actions: ``Sequence[TransactionRuleAction | Mapping[str, Any]]``.
          metadata: ``Mapping[str, Any]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TransactionRule``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``rule = await client.transactions.rules.update("…")``
        """
        op = OPERATIONS["transactions_rules_update"]
        try:
            _path("rule_uuid", rule_uuid, uuid=True)
            body = unstructure_TransactionRuleUpdateRequest(
                TransactionRuleUpdateRequest(
                    title=title,
                    description=description,
                    category=category,
                    mode=mode,
                    evaluation_mode=evaluation_mode,
                    scope=scope,
                    conditions=conditions,
                    aggregation=aggregation,
                    actions=actions,
                    metadata=metadata,
                )
            )
            validate_TransactionRuleUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"rule_uuid": rule_uuid},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TransactionRule(data) if data.__class__ is dict else data

    async def delete(
        self,
        rule_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a transaction rule.

        Delete a custom rule, or uninstall a preset one. Transactions it already evaluated keep
        their rule runs.

        ``DELETE /v3/transactions/rules/{rule_uuid}/``.

        Args:
          rule_uuid: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``await client.transactions.rules.delete("…")``
        """
        op = OPERATIONS["transactions_rules_delete"]
        try:
            _path("rule_uuid", rule_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        await self._transport.request(
            op,
            path_params={"rule_uuid": rule_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def backtest(
        self,
        *,
        conditions: Sequence[TransactionRuleCondition | Mapping[str, Any]] | None = None,
        aggregation: Sequence[TransactionRuleAggregation | Mapping[str, Any]] | None = None,
        evaluation_mode: Literal["ALL", "ANY"] | None = None,
        scope: TransactionRuleScope | Mapping[str, Any] | None = None,
        period_days: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRuleBacktestResult:
        """Backtest a rule definition.

        Run a rule definition (conditions, aggregation, scope) over the transactions of the last
        `period_days` days without saving it: how many were evaluated, how many it would have
        matched, and how many distinct subjects those belong to. Nothing changes, so it is safe
        to repeat.

        ``POST /v3/transactions/rules/backtest/``.

        Args:
          conditions: ``Sequence[TransactionRuleCondition | Mapping[str, Any]]``.
          aggregation: ``Sequence[TransactionRuleAggregation | Mapping[str, Any]]``.
          evaluation_mode: one of ALL, ANY.
          scope: ``TransactionRuleScope | Mapping[str, Any]``.
          period_days: ``int``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TransactionRuleBacktestResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = await client.transactions.rules.backtest()``
        """
        op = OPERATIONS["transactions_rules_backtest"]
        try:
            body = unstructure_TransactionRuleBacktestRequest(
                TransactionRuleBacktestRequest(
                    conditions=conditions,
                    aggregation=aggregation,
                    evaluation_mode=evaluation_mode,
                    scope=scope,
                    period_days=period_days,
                )
            )
            validate_TransactionRuleBacktestRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TransactionRuleBacktestResult(data) if data.__class__ is dict else data

    def list_library(
        self,
        *,
        bundle: str | None = None,
        category: str | None = None,
        search: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[TransactionRuleLibraryEntry]:
        """List the rule library.

        Didit's ready-made rules, grouped in bundles by industry, each saying whether it is
        installed in this application.

        ``GET /v3/transactions/rules/library/``.

        Args:
          bundle: ``str``.
          category: ``str``.
          search: ``str``.
          limit: ``int``.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[TransactionRuleLibraryEntry]`` (await it for one page, iterate
        for every item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.transactions.rules.list_library()``
        """
        op = OPERATIONS["transactions_rules_list_library"]
        try:
            query: dict[str, Any] = {}
            if bundle is not None:
                if not isinstance(bundle, str):
                    raise DiditValidationError(
                        "bundle", "type", "must be a string, not " + type(bundle).__name__
                    )
                query["bundle"] = bundle
            if category is not None:
                if not isinstance(category, str):
                    raise DiditValidationError(
                        "category", "type", "must be a string, not " + type(category).__name__
                    )
                query["category"] = category
            if search is not None:
                if not isinstance(search, str):
                    raise DiditValidationError(
                        "search", "type", "must be a string, not " + type(search).__name__
                    )
                query["search"] = search
            if limit is not None:
                if isinstance(limit, bool) or not isinstance(limit, int):
                    raise DiditValidationError(
                        "limit", "type", "must be an integer, not " + type(limit).__name__
                    )
                if limit < 1:
                    raise DiditValidationError("limit", "min", "must be at least 1")
                query["limit"] = limit
            if offset is not None:
                if isinstance(offset, bool) or not isinstance(offset, int):
                    raise DiditValidationError(
                        "offset", "type", "must be an integer, not " + type(offset).__name__
                    )
                if offset < 0:
                    raise DiditValidationError("offset", "min", "must be at least 0")
                query["offset"] = offset
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        return self._transport.paginate(
            op,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_TransactionRuleLibraryEntry,
        )

    async def install(
        self,
        *,
        library_keys: Sequence[str] | None = None,
        bundle: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRuleInstallResult:
        """Install library rules.

        Install library rules as preset rules, by `library_keys` or a whole `bundle`. Rules
        already installed are left as they are, so installing again installs nothing new.

        ``POST /v3/transactions/rules/install/``.

        Args:
          library_keys: ``Sequence[str]``.
          bundle: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TransactionRuleInstallResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = await client.transactions.rules.install()``
        """
        op = OPERATIONS["transactions_rules_install"]
        try:
            body = unstructure_TransactionRuleInstallRequest(
                TransactionRuleInstallRequest(library_keys=library_keys, bundle=bundle)
            )
            validate_TransactionRuleInstallRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TransactionRuleInstallResult(data) if data.__class__ is dict else data

    async def uninstall(
        self,
        *,
        library_keys: Sequence[str] | None = None,
        bundle: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRuleInstallResult:
        """Uninstall library rules.

        Remove the preset rules installed from the library, by `library_keys` or `bundle`. The
        request has a body, although it is a DELETE.

        ``DELETE /v3/transactions/rules/install/``.

        Args:
          library_keys: ``Sequence[str]``.
          bundle: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TransactionRuleInstallResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = await client.transactions.rules.uninstall()``
        """
        op = OPERATIONS["transactions_rules_uninstall"]
        try:
            body = unstructure_TransactionRuleInstallRequest(
                TransactionRuleInstallRequest(library_keys=library_keys, bundle=bundle)
            )
            validate_TransactionRuleInstallRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TransactionRuleInstallResult(data) if data.__class__ is dict else data


class TravelRuleInboundResource:
    """``client.travel_rule.inbound``: register."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def register(
        self,
        *,
        chain: str,
        txid: str,
        wallet_address: str,
        amount: str,
        currency: str,
        originator_data: Mapping[str, Any] | None = None,
        beneficiary_data: Mapping[str, Any] | None = None,
        originating_vasp: TravelRuleInboundRequestOriginatingVasp | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleInboundResponse:
        """Register an inbound transfer.

        Tell Didit about a crypto transfer received on-chain (chain, txid, your wallet, amount)
        with the originator data you have; Didit creates its transaction and Travel Rule
        exchange (201), or answers the existing one (200, `created: false`) for a chain and txid
        it already knows, so it is safe to repeat.

        ``POST /v3/travel-rule/inbound/``.

        Args:
          chain: ``str``.
          txid: ``str``.
          wallet_address: ``str``.
          amount: ``str``.
          currency: ``str``.
          originator_data: ``Mapping[str, Any]``.
          beneficiary_data: ``Mapping[str, Any]``.
          originating_vasp: ``TravelRuleInboundRequestOriginatingVasp | Mapping[str, Any]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleInboundResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.travel_rule.inbound.register(chain=…, txid=…,
        wallet_address=…, amount=…, currency=…)``
        """
        op = OPERATIONS["travel_rule_inbound_register"]
        try:
            body = unstructure_TravelRuleInboundRequest(
                TravelRuleInboundRequest(
                    chain=chain,
                    txid=txid,
                    wallet_address=wallet_address,
                    amount=amount,
                    currency=currency,
                    originator_data=originator_data,
                    beneficiary_data=beneficiary_data,
                    originating_vasp=originating_vasp,
                )
            )
            validate_TravelRuleInboundRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TravelRuleInboundResponse(data) if data.__class__ is dict else data


class TravelRulePickupsResource:
    """``client.travel_rule.pickups``: retrieve, respond."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def retrieve(
        self,
        token: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRulePickup:
        """Open a Travel Rule pickup.

        What a counterparty VASP sees when it opens the pickup link it was sent: who sends how
        much to which wallet. Needs no API key: the token in the path is the credential (keep it
        secret). 410 once answered or expired.

        ``GET /v3/travel-rule/pickup/{token}/``.

        Args:
          token: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRulePickup``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``pickup = await client.travel_rule.pickups.retrieve("…")``
        """
        op = OPERATIONS["travel_rule_pickups_retrieve"]
        try:
            _path("token", token)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"token": token},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TravelRulePickup(data) if data.__class__ is dict else data

    async def respond(
        self,
        token: str,
        /,
        *,
        decision: Literal["accept", "decline"],
        beneficiary_name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRulePickupAnswer:
        """Answer a Travel Rule pickup.

        The counterparty VASP accepts (naming the beneficiary) or declines the transfer; the
        exchange completes or is declined. Needs no API key; 410 when the pickup was already
        answered or has expired.

        ``POST /v3/travel-rule/pickup/{token}/respond/``.

        Args:
          token: ``str``.
          decision: one of accept, decline.
          beneficiary_name: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRulePickupAnswer``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``answer = await client.travel_rule.pickups.respond("…", decision=…)``
        """
        op = OPERATIONS["travel_rule_pickups_respond"]
        try:
            _path("token", token)
            body = unstructure_TravelRulePickupRespondRequest(
                TravelRulePickupRespondRequest(decision=decision, beneficiary_name=beneficiary_name)
            )
            validate_TravelRulePickupRespondRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"token": token},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TravelRulePickupAnswer(data) if data.__class__ is dict else data


class TravelRuleSettingsResource:
    """``client.travel_rule.settings``: retrieve, update."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def retrieve(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleSettings:
        """Retrieve Travel Rule settings.

        How the application handles the Travel Rule: whether it is on, the threshold above which
        a crypto transfer needs originator and beneficiary data, what happens when the
        counterparty does not answer in time, the VASP identity it presents, and the networks it
        uses.

        ``GET /v3/travel-rule/settings/``.

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleSettings``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``settings = await client.travel_rule.settings.retrieve()``
        """
        op = OPERATIONS["travel_rule_settings_retrieve"]
        data = await self._transport.request(
            op, extra_query=extra_query, timeout=timeout, extra_headers=extra_headers
        )
        return structure_TravelRuleSettings(data) if data.__class__ is dict else data

    async def update(
        self,
        *,
        is_enabled: bool | None = None,
        legal_name: str | None = None,
        lei: str | None = None,
        jurisdiction: str | None = None,
        name_matching_strictness: Literal["NONE", "STRICT", "DEFAULT", "FUZZY"] | None = None,
        confirmation_timeout_hours: int | None = None,
        timeout_outcome: Literal["HOLD", "REJECT", "PROCEED"] | None = None,
        compliance_email: str | None = None,
        is_discoverable: bool | None = None,
        threshold_amount: str | None = None,
        inbound_auto_accept: bool | None = None,
        allow_self_declaration: bool | None = None,
        allow_screenshot_proof: bool | None = None,
        auto_wallet_verification: bool | None = None,
        vasp_attribution_enabled: bool | None = None,
        disabled_networks: Sequence[Literal["GTR", "TRUST", "VERIFYVASP", "SYGNA"]] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleSettings:
        """Update Travel Rule settings.

        Replace the Travel Rule settings; fields left out keep their value (Didit reads the PUT
        as a partial update, as its facts show no required field). Safe to repeat.

        ``PUT /v3/travel-rule/settings/``.

        Args:
          is_enabled: ``bool``.
          legal_name: ``str``.
          lei: ``str``.
          jurisdiction: ``str``.
          name_matching_strictness: one of NONE, STRICT, DEFAULT, FUZZY.
          confirmation_timeout_hours: ``int``.
          timeout_outcome: one of HOLD, REJECT, PROCEED.
          compliance_email: ``str``.
          is_discoverable: ``bool``.
          threshold_amount: ``str``.
          inbound_auto_accept: ``bool``.
          allow_self_declaration: ``bool``.
          allow_screenshot_proof: ``bool``.
          auto_wallet_verification: ``bool``.
          vasp_attribution_enabled: ``bool``.
          disabled_networks: ``Sequence[Literal['GTR', 'TRUST', 'VERIFYVASP', 'SYGNA']]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleSettings``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``settings = await client.travel_rule.settings.update()``
        """
        op = OPERATIONS["travel_rule_settings_update"]
        try:
            body = unstructure_TravelRuleSettingsUpdateRequest(
                TravelRuleSettingsUpdateRequest(
                    is_enabled=is_enabled,
                    legal_name=legal_name,
                    lei=lei,
                    jurisdiction=jurisdiction,
                    name_matching_strictness=name_matching_strictness,
                    confirmation_timeout_hours=confirmation_timeout_hours,
                    timeout_outcome=timeout_outcome,
                    compliance_email=compliance_email,
                    is_discoverable=is_discoverable,
                    threshold_amount=threshold_amount,
                    inbound_auto_accept=inbound_auto_accept,
                    allow_self_declaration=allow_self_declaration,
                    allow_screenshot_proof=allow_screenshot_proof,
                    auto_wallet_verification=auto_wallet_verification,
                    vasp_attribution_enabled=vasp_attribution_enabled,
                    disabled_networks=disabled_networks,
                )
            )
            validate_TravelRuleSettingsUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TravelRuleSettings(data) if data.__class__ is dict else data


class TravelRuleTransfersResource:
    """``client.travel_rule.transfers``: update, confirm_ownership."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def update(
        self,
        transaction_id: str,
        /,
        *,
        payment_txn_id: str | None = None,
        action: Literal["cancel", "resend"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleTransfer:
        """Act on a transfer's Travel Rule exchange.

        Cancel the Travel Rule exchange of a transaction, or resend its request to the
        counterparty VASP; `payment_txn_id` records the on-chain transaction once it is known.
        409 when the exchange is already finished.

        ``PATCH /v3/transactions/{transaction_id}/travel-rule/``.

        Args:
          transaction_id: ``str``.
          payment_txn_id: ``str``.
          action: one of cancel, resend.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleTransfer``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``transfer = await client.travel_rule.transfers.update("…")``
        """
        op = OPERATIONS["travel_rule_transfers_update"]
        try:
            _path("transaction_id", transaction_id, uuid=True)
            body = unstructure_TravelRuleTransferUpdateRequest(
                TravelRuleTransferUpdateRequest(payment_txn_id=payment_txn_id, action=action)
            )
            validate_TravelRuleTransferUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"transaction_id": transaction_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TravelRuleTransfer(data) if data.__class__ is dict else data

    async def confirm_ownership(
        self,
        transaction_id: str,
        /,
        *,
        confirmed: bool,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleTransfer:
        """Confirm wallet ownership for a transfer.

        Record that your customer owns (or does not own) the self-hosted wallet on the other
        side of the transfer, which completes an exchange waiting in UNCONFIRMED_OWNERSHIP. 409
        when the transfer does not wait for it.

        ``POST /v3/transactions/{transaction_id}/travel-rule/ownership/``.

        Args:
          transaction_id: ``str``.
          confirmed: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleTransfer``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``transfer = await client.travel_rule.transfers.confirm_ownership("…",
        confirmed=…)``
        """
        op = OPERATIONS["travel_rule_transfers_confirm_ownership"]
        try:
            _path("transaction_id", transaction_id, uuid=True)
            body = unstructure_TravelRuleOwnershipConfirmRequest(
                TravelRuleOwnershipConfirmRequest(confirmed=confirmed)
            )
            validate_TravelRuleOwnershipConfirmRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"transaction_id": transaction_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TravelRuleTransfer(data) if data.__class__ is dict else data


class TravelRuleVaspsResource:
    """``client.travel_rule.vasps``: list."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        search: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[TravelRuleVasp]:
        """Search the VASP directory.

        Virtual asset service providers known to Didit, with their due-diligence score and the
        rails they can be reached on; `search` matches the name or LEI.

        ``GET /v3/travel-rule/vasps/``.

        Args:
          search: ``str``.
          limit: ``int``.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[TravelRuleVasp]`` (await it for one page, iterate for every
        item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.travel_rule.vasps.list()``
        """
        op = OPERATIONS["travel_rule_vasps_list"]
        try:
            query: dict[str, Any] = {}
            if search is not None:
                if not isinstance(search, str):
                    raise DiditValidationError(
                        "search", "type", "must be a string, not " + type(search).__name__
                    )
                query["search"] = search
            if limit is not None:
                if isinstance(limit, bool) or not isinstance(limit, int):
                    raise DiditValidationError(
                        "limit", "type", "must be an integer, not " + type(limit).__name__
                    )
                if limit < 1:
                    raise DiditValidationError("limit", "min", "must be at least 1")
                query["limit"] = limit
            if offset is not None:
                if isinstance(offset, bool) or not isinstance(offset, int):
                    raise DiditValidationError(
                        "offset", "type", "must be an integer, not " + type(offset).__name__
                    )
                if offset < 0:
                    raise DiditValidationError("offset", "min", "must be at least 0")
                query["offset"] = offset
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        return self._transport.paginate(
            op,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_TravelRuleVasp,
        )


class TravelRuleWalletAddressesResource:
    """``client.travel_rule.wallet_addresses``: list, create, update, delete."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[TravelRuleWalletAddress]:
        """List known wallet addresses.

        The wallet addresses registered for the application's customers (self-hosted wallets
        with their holder), used to recognise who owns the other side of a transfer.

        ``GET /v3/travel-rule/wallet-addresses/``.

        Args:
          limit: ``int``.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[TravelRuleWalletAddress]`` (await it for one page, iterate for
        every item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.travel_rule.wallet_addresses.list()``
        """
        op = OPERATIONS["travel_rule_wallet_addresses_list"]
        try:
            query: dict[str, Any] = {}
            if limit is not None:
                if isinstance(limit, bool) or not isinstance(limit, int):
                    raise DiditValidationError(
                        "limit", "type", "must be an integer, not " + type(limit).__name__
                    )
                if limit < 1:
                    raise DiditValidationError("limit", "min", "must be at least 1")
                query["limit"] = limit
            if offset is not None:
                if isinstance(offset, bool) or not isinstance(offset, int):
                    raise DiditValidationError(
                        "offset", "type", "must be an integer, not " + type(offset).__name__
                    )
                if offset < 0:
                    raise DiditValidationError("offset", "min", "must be at least 0")
                query["offset"] = offset
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        return self._transport.paginate(
            op,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_TravelRuleWalletAddress,
        )

    async def create(
        self,
        *,
        address: str,
        chain: str | None = None,
        holder_vendor_data: str | None = None,
        holder_name: str | None = None,
        entity_type: str | None = None,
        self_declared: bool | None = None,
        travel_address: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleWalletAddress:
        """Register a wallet address.

        Register a customer's wallet address with its holder; `self_declared` records that the
        holder declared it without proof.

        ``POST /v3/travel-rule/wallet-addresses/``.

        Args:
          address: ``str``.
          chain: ``str``.
          holder_vendor_data: ``str``.
          holder_name: ``str``.
          entity_type: ``str``.
          self_declared: ``bool``.
          travel_address: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleWalletAddress``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``address = await client.travel_rule.wallet_addresses.create(address=…)``
        """
        op = OPERATIONS["travel_rule_wallet_addresses_create"]
        try:
            body = unstructure_TravelRuleWalletAddressCreateRequest(
                TravelRuleWalletAddressCreateRequest(
                    address=address,
                    chain=chain,
                    holder_vendor_data=holder_vendor_data,
                    holder_name=holder_name,
                    entity_type=entity_type,
                    self_declared=self_declared,
                    travel_address=travel_address,
                )
            )
            validate_TravelRuleWalletAddressCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TravelRuleWalletAddress(data) if data.__class__ is dict else data

    async def update(
        self,
        entry_uuid: str,
        /,
        *,
        holder_name: str | None = None,
        holder_vendor_data: str | None = None,
        entity_type: str | None = None,
        travel_address: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleWalletAddressUpdateRequest:
        """Update a wallet address.

        Change the holder of a registered address. Didit's facts answer with the fields updated
        (the update shape), not the whole entry.

        ``PATCH /v3/travel-rule/wallet-addresses/{entry_uuid}/``.

        Args:
          entry_uuid: ``str``.
          holder_name: ``str``.
          holder_vendor_data: ``str``.
          entity_type: ``str``.
          travel_address: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleWalletAddressUpdateRequest``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``request = await client.travel_rule.wallet_addresses.update("…")``
        """
        op = OPERATIONS["travel_rule_wallet_addresses_update"]
        try:
            _path("entry_uuid", entry_uuid, uuid=True)
            body = unstructure_TravelRuleWalletAddressUpdateRequest(
                TravelRuleWalletAddressUpdateRequest(
                    holder_name=holder_name,
                    holder_vendor_data=holder_vendor_data,
                    entity_type=entity_type,
                    travel_address=travel_address,
                )
            )
            validate_TravelRuleWalletAddressUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"entry_uuid": entry_uuid},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return (
            structure_TravelRuleWalletAddressUpdateRequest(data) if data.__class__ is dict else data
        )

    async def delete(
        self,
        entry_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a wallet address.

        Forget a registered wallet address.

        ``DELETE /v3/travel-rule/wallet-addresses/{entry_uuid}/``.

        Args:
          entry_uuid: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``await client.travel_rule.wallet_addresses.delete("…")``
        """
        op = OPERATIONS["travel_rule_wallet_addresses_delete"]
        try:
            _path("entry_uuid", entry_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        await self._transport.request(
            op,
            path_params={"entry_uuid": entry_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class TravelRuleWidgetSessionsResource:
    """``client.travel_rule.widget_sessions``: create, retrieve_context."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        wallet_address: str,
        chain: str,
        holder_name: str | None = None,
        vendor_data: str | None = None,
        transaction_id: str | None = None,
        satoshi_deposit_address: str | None = None,
        callback_url: str | None = None,
        expires_in_minutes: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleWidgetSession:
        """Create a wallet-ownership widget session.

        A link (`url`, with its `token`) where your customer proves they control a self-hosted
        wallet (message signing, a small test deposit, a screenshot or a declaration),
        optionally tied to a transaction.

        ``POST /v3/travel-rule/widget-session/``.

        Args:
          wallet_address: ``str``.
          chain: ``str``.
          holder_name: ``str``.
          vendor_data: ``str``.
          transaction_id: ``str``.
          satoshi_deposit_address: ``str``.
          callback_url: ``str``.
          expires_in_minutes: ``int``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleWidgetSession``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``session = await client.travel_rule.widget_sessions.create(wallet_address=…,
        chain=…)``
        """
        op = OPERATIONS["travel_rule_widget_sessions_create"]
        try:
            body = unstructure_TravelRuleWidgetSessionCreateRequest(
                TravelRuleWidgetSessionCreateRequest(
                    wallet_address=wallet_address,
                    chain=chain,
                    holder_name=holder_name,
                    vendor_data=vendor_data,
                    transaction_id=transaction_id,
                    satoshi_deposit_address=satoshi_deposit_address,
                    callback_url=callback_url,
                    expires_in_minutes=expires_in_minutes,
                )
            )
            validate_TravelRuleWidgetSessionCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TravelRuleWidgetSession(data) if data.__class__ is dict else data

    async def retrieve_context(
        self,
        token: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleWidgetContext:
        """Read a widget session's context.

        What the ownership widget shows for a token: the wallet, the holder, the proof methods
        allowed and the proofs given so far. Needs no API key: the token is the credential. 410
        once expired.

        ``GET /v3/travel-rule/widget/{token}/``.

        Args:
          token: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleWidgetContext``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``context = await client.travel_rule.widget_sessions.retrieve_context("…")``
        """
        op = OPERATIONS["travel_rule_widget_sessions_retrieve_context"]
        try:
            _path("token", token)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"token": token},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TravelRuleWidgetContext(data) if data.__class__ is dict else data


class WebhooksDestinationsResource:
    """``client.webhooks.destinations``: list, create, retrieve, update, delete."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[WebhookDestination]:
        """List webhook destinations.

        A plain array (not paginated), oldest first, without secrets.

        ``GET /v3/webhook/destinations/``.

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``list[WebhookDestination]``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``destinations = await client.webhooks.destinations.list()``
        """
        op = OPERATIONS["webhooks_destinations_list"]
        data = await self._transport.request(
            op, extra_query=extra_query, timeout=timeout, extra_headers=extra_headers
        )
        return [structure_WebhookDestination(x) if x.__class__ is dict else x for x in data]

    async def create(
        self,
        *,
        label: str,
        url: str,
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
        ],
        enabled: bool | None = None,
        webhook_version: WebhookVersion | Literal["v1", "v2", "v3"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WebhookDestination:
        """Create a webhook destination.

        The response carries the generated `secret_shared_key`; store it. A duplicate URL
        answers 400.

        ``POST /v3/webhook/destinations/``.

        Args:
          label: ``str``.
          url: HTTPS, unique per application.
          subscribed_events: At least one; no wildcard.
          enabled: ``bool``.
          webhook_version: one of v1, v2, v3.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``WebhookDestination``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``destination = await client.webhooks.destinations.create(label=…, url=…,
        subscribed_events=…)``
        """
        op = OPERATIONS["webhooks_destinations_create"]
        try:
            body = unstructure_WebhookDestinationCreateRequest(
                WebhookDestinationCreateRequest(
                    label=label,
                    url=url,
                    enabled=enabled,
                    webhook_version=webhook_version,
                    subscribed_events=subscribed_events,
                )
            )
            validate_WebhookDestinationCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_WebhookDestination(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        destination_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WebhookDestination:
        """Get a webhook destination.

        With its secret and 30-day delivery summary.

        ``GET /v3/webhook/destinations/{destination_uuid}/``.

        Args:
          destination_uuid: The destination's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``WebhookDestination``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``destination = await client.webhooks.destinations.retrieve("…")``
        """
        op = OPERATIONS["webhooks_destinations_retrieve"]
        try:
            _path("destination_uuid", destination_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"destination_uuid": destination_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_WebhookDestination(data) if data.__class__ is dict else data

    async def update(
        self,
        destination_uuid: str,
        /,
        *,
        label: str | None = None,
        url: str | None = None,
        enabled: bool | None = None,
        webhook_version: WebhookVersion | Literal["v1", "v2", "v3"] | None = None,
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
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WebhookDestination:
        """Update a webhook destination.

        `subscribed_events` is replaced, not merged. Does not rotate the secret.

        ``PATCH /v3/webhook/destinations/{destination_uuid}/``.

        Args:
          destination_uuid: The destination's UUID.
          label: ``str``.
          url: ``str``.
          enabled: ``bool``.
          webhook_version: one of v1, v2, v3.
          subscribed_events: Replaces the list wholesale.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``WebhookDestination``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``destination = await client.webhooks.destinations.update("…")``
        """
        op = OPERATIONS["webhooks_destinations_update"]
        try:
            _path("destination_uuid", destination_uuid, uuid=True)
            body = unstructure_WebhookDestinationUpdateRequest(
                WebhookDestinationUpdateRequest(
                    label=label,
                    url=url,
                    enabled=enabled,
                    webhook_version=webhook_version,
                    subscribed_events=subscribed_events,
                )
            )
            validate_WebhookDestinationUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"destination_uuid": destination_uuid},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_WebhookDestination(data) if data.__class__ is dict else data

    async def delete(
        self,
        destination_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a webhook destination.

        Deletes a destination (204 presumed; the page's body was not retrieved).

        ``DELETE /v3/webhook/destinations/{destination_uuid}/``.

        Args:
          destination_uuid: The destination's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``await client.webhooks.destinations.delete("…")``
        """
        op = OPERATIONS["webhooks_destinations_delete"]
        try:
            _path("destination_uuid", destination_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        await self._transport.request(
            op,
            path_params={"destination_uuid": destination_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class AccountResource:
    """``client.account``: register, verify_email, login, resend_otp, list_organizations, get_credentials, list_applications, create_application."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def register(
        self,
        *,
        email: str,
        password: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AccountRegisterResponse:
        """Register an account.

        Creates an account and emails a 6-character code. Needs no key. Limited to 5 per IP per
        hour. Reserved test domains (`@example.com`, `.test`, ...) fail mail delivery with 500.

        ``POST /programmatic/register/``.

        Args:
          email: A real, deliverable inbox (reserved test domains fail with 500).
          password: At least 8 characters with an upper-case letter, a lower-case letter, a
              digit and a special character from `!@#$%^&*()_+-=[]{}|;:,.<>?`.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AccountRegisterResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.account.register(email=…, password=…)``
        """
        op = OPERATIONS["account_register"]
        try:
            body = unstructure_AccountRegisterRequest(
                AccountRegisterRequest(email=email, password=password)
            )
            validate_AccountRegisterRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_AccountRegisterResponse(data) if data.__class__ is dict else data

    async def verify_email(
        self,
        *,
        email: str,
        code: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AccountTokenResponse:
        """Verify the email and get credentials.

        Exchanges the emailed code for tokens, the new organization and the application with its
        `api_key`.

        ``POST /programmatic/verify-email/``.

        Args:
          email: ``str``.
          code: The 6-character code emailed at registration.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AccountTokenResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.account.verify_email(email=…, code=…)``
        """
        op = OPERATIONS["account_verify_email"]
        try:
            body = unstructure_AccountVerifyEmailRequest(
                AccountVerifyEmailRequest(email=email, code=code)
            )
            validate_AccountVerifyEmailRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_AccountTokenResponse(data) if data.__class__ is dict else data

    async def login(
        self,
        *,
        email: str,
        password: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AccountTokenResponse:
        """Log in.

        Returns an access token (RS256 JWT, 86400 s by default) and a refresh token. Repeated
        failures lock the account (5 → 15 min, 10 → 1 h, 20 → 24 h).

        ``POST /programmatic/login/``.

        Args:
          email: ``str``.
          password: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AccountTokenResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.account.login(email=…, password=…)``
        """
        op = OPERATIONS["account_login"]
        try:
            body = unstructure_AccountLoginRequest(
                AccountLoginRequest(email=email, password=password)
            )
            validate_AccountLoginRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_AccountTokenResponse(data) if data.__class__ is dict else data

    async def resend_otp(
        self,
        *,
        email: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MessageResponse:
        """Resend the verification code.

        Sends a new code to an unverified account (body inferred from Didit's MCP tools; not
        fully documented).

        ``POST /programmatic/resend-otp/``.

        Args:
          email: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``MessageResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.account.resend_otp(email=…)``
        """
        op = OPERATIONS["account_resend_otp"]
        try:
            body = unstructure_AccountResendOtpRequest(AccountResendOtpRequest(email=email))
            validate_AccountResendOtpRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_MessageResponse(data) if data.__class__ is dict else data

    async def list_organizations(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[Organization]:
        """List your organizations.

        Organizations of the logged-in account. Bearer access token only.

        ``GET /organizations/me/``.

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``list[Organization]``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``organizations = await client.account.list_organizations()``
        """
        op = OPERATIONS["account_list_organizations"]
        data = await self._transport.request(
            op, extra_query=extra_query, timeout=timeout, extra_headers=extra_headers
        )
        return [structure_Organization(x) if x.__class__ is dict else x for x in data]

    async def get_credentials(
        self,
        org_id: str,
        app_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ApplicationCredentials:
        """Get application credentials.

        An application and its `api_key` (use it to recover a key).

        ``GET /organizations/me/{org_id}/applications/{app_id}/``.

        Args:
          org_id: Organization UUID.
          app_id: Application UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ApplicationCredentials``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``credentials = await client.account.get_credentials("…", "…")``
        """
        op = OPERATIONS["account_get_credentials"]
        try:
            _path("org_id", org_id, uuid=True)
            _path("app_id", app_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"org_id": org_id, "app_id": app_id},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_ApplicationCredentials(data) if data.__class__ is dict else data

    async def list_applications(
        self,
        org_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[ApplicationCredentials]:
        """List an organization's applications.

        Every application of the organization, each with its client_id and api_key. Response
        read as a plain array, like the organizations list.

        ``GET /organizations/me/{org_id}/applications/``.

        Args:
          org_id: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``list[ApplicationCredentials]``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``credentialss = await client.account.list_applications("…")``
        """
        op = OPERATIONS["account_list_applications"]
        try:
            _path("org_id", org_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"org_id": org_id},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return [structure_ApplicationCredentials(x) if x.__class__ is dict else x for x in data]

    async def create_application(
        self,
        org_id: str,
        /,
        *,
        name: str,
        website_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ApplicationCredentials:
        """Create an application.

        Creates an application (and its API key) in an organization.

        ``POST /organizations/me/{org_id}/applications/``.

        Args:
          org_id: Organization UUID.
          name: ``str``.
          website_url: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ApplicationCredentials``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``credentials = await client.account.create_application("…", name=…)``
        """
        op = OPERATIONS["account_create_application"]
        try:
            _path("org_id", org_id, uuid=True)
            body = unstructure_CreateApplicationRequest(
                CreateApplicationRequest(name=name, website_url=website_url)
            )
            validate_CreateApplicationRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"org_id": org_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_ApplicationCredentials(data) if data.__class__ is dict else data


class AgeEstimationResource:
    """``client.age_estimation``: estimate."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def estimate(
        self,
        *,
        user_image: FileInput,
        rotate_image: bool | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AgeEstimationResponse:
        """Estimate age from a selfie.

        Estimate age from a selfie as a standalone check (billed per call; 402/403 when the
        balance does not cover it).

        ``POST /v3/age-estimation/``.

        Args:
          user_image: A selfie.
          rotate_image: ``bool``.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AgeEstimationResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.age_estimation.estimate(user_image=…)``
        """
        op = OPERATIONS["age_estimation_estimate"]
        try:
            body = unstructure_AgeEstimationRequest(
                AgeEstimationRequest(
                    user_image=user_image,
                    rotate_image=rotate_image,
                    save_api_request=save_api_request,
                    vendor_data=vendor_data,
                )
            )
            validate_AgeEstimationRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        files = {k: body.pop(k) for k in ["user_image"] if k in body}
        data = await self._transport.request(
            op,
            files=files,
            data=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_AgeEstimationResponse(data) if data.__class__ is dict else data


class AmlResource:
    """``client.aml``: screen, retrieve_monitoring_job."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def screen(
        self,
        *,
        full_name: str,
        date_of_birth: str | None = None,
        nationality: str | None = None,
        document_number: str | None = None,
        entity_type: Literal["person", "company"] | None = None,
        aml_name_weight: int | None = None,
        aml_dob_weight: int | None = None,
        aml_country_weight: int | None = None,
        aml_match_score_threshold: int | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        include_adverse_media: bool | None = None,
        include_ongoing_monitoring: bool | None = None,
        metadata: Mapping[str, Any] | None = None,
        idempotency_key: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlResponse:
        """Screen a person or company (AML).

        Screens against sanctions, PEP and adverse-media lists. Send an `Idempotency-Key` (≤255
        characters) to make retries safe: the same key and body replay the stored response; the
        same key with another body answers 409.

        ``POST /v3/aml/``.

        Args:
          full_name: ``str``.
          date_of_birth: ``str``.
          nationality: Alpha-3.
          document_number: ``str``.
          entity_type: one of person, company.
          aml_name_weight: ``int``.
          aml_dob_weight: ``int``.
          aml_country_weight: ``int``.
          aml_match_score_threshold: ``int``.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          include_adverse_media: ``bool``.
          include_ongoing_monitoring: Enrol the entity in ongoing monitoring.
          metadata: ``Mapping[str, Any]``.
          idempotency_key: Makes the call safe to retry.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.aml.screen(full_name=…)``
        """
        op = OPERATIONS["aml_screen"]
        try:
            headers: dict[str, Any] = {}
            if idempotency_key is not None:
                if not isinstance(idempotency_key, str):
                    raise DiditValidationError(
                        "idempotency_key",
                        "type",
                        "must be a string, not " + type(idempotency_key).__name__,
                    )
                if len(idempotency_key) < 1:
                    raise DiditValidationError(
                        "idempotency_key", "min_length", "must have at least 1 characters"
                    )
                if len(idempotency_key) > 255:
                    raise DiditValidationError(
                        "idempotency_key", "max_length", "must have at most 255 characters"
                    )
                headers["Idempotency-Key"] = idempotency_key
            body = unstructure_AmlRequest(
                AmlRequest(
                    full_name=full_name,
                    date_of_birth=date_of_birth,
                    nationality=nationality,
                    document_number=document_number,
                    entity_type=entity_type,
                    aml_name_weight=aml_name_weight,
                    aml_dob_weight=aml_dob_weight,
                    aml_country_weight=aml_country_weight,
                    aml_match_score_threshold=aml_match_score_threshold,
                    save_api_request=save_api_request,
                    vendor_data=vendor_data,
                    include_adverse_media=include_adverse_media,
                    include_ongoing_monitoring=include_ongoing_monitoring,
                    metadata=metadata,
                )
            )
            validate_AmlRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            headers=headers,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_AmlResponse(data) if data.__class__ is dict else data

    async def retrieve_monitoring_job(
        self,
        job_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringJob:
        """Retrieve an AML monitoring job.

        Progress of a monitoring toggle job: its status, how many entities it processed, the
        outcome counts and the outcome per entity.

        ``GET /v3/aml-monitoring/jobs/{job_id}/``.

        Args:
          job_id: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlMonitoringJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``job = await client.aml.retrieve_monitoring_job("…")``
        """
        op = OPERATIONS["aml_retrieve_monitoring_job"]
        try:
            _path("job_id", job_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"job_id": job_id},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_AmlMonitoringJob(data) if data.__class__ is dict else data


class BillingResource:
    """``client.billing``: get_balance, top_up."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_balance(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BillingBalance:
        """Get the credit balance.

        Balance and auto-refill settings.

        ``GET /v3/billing/balance/``.

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BillingBalance``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``balance = await client.billing.get_balance()``
        """
        op = OPERATIONS["billing_get_balance"]
        data = await self._transport.request(
            op, extra_query=extra_query, timeout=timeout, extra_headers=extra_headers
        )
        return structure_BillingBalance(data) if data.__class__ is dict else data

    async def top_up(
        self,
        *,
        amount_in_dollars: float,
        success_url: str | None = None,
        cancel_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BillingTopUpResponse:
        """Top up credits.

        Creates a Stripe checkout for at least $50.

        ``POST /v3/billing/top-up/``.

        Args:
          amount_in_dollars: At least $50.
          success_url: ``str``.
          cancel_url: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BillingTopUpResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.billing.top_up(amount_in_dollars=…)``
        """
        op = OPERATIONS["billing_top_up"]
        try:
            body = unstructure_BillingTopUpRequest(
                BillingTopUpRequest(
                    amount_in_dollars=amount_in_dollars,
                    success_url=success_url,
                    cancel_url=cancel_url,
                )
            )
            validate_BillingTopUpRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_BillingTopUpResponse(data) if data.__class__ is dict else data


class BiometricTemplatesResource:
    """``client.biometric_templates``: list, count, retrieve, purge, bulk_purge."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        vendor_data: str | None = None,
        vendor_user_uuid: str | None = None,
        status: Literal[
            "pending", "active", "expired", "held_out_of_use", "purge_pending", "purge_failed"
        ]
        | None = None,
        source_type: Literal["session_delete", "automatic_retention", "backfill"] | None = None,
        retained_from: str | None = None,
        retained_to: str | None = None,
        ordering: Literal["retained_at", "-retained_at", "expires_at", "-expires_at"] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[BiometricTemplate]:
        """List biometric templates.

        The face templates Didit keeps for face search and duplicate detection, each with where
        it came from, its retention policy and its status. Filters: `vendor_data`,
        `vendor_user_uuid`, `status`, `source_type`, and `retained_from`/`retained_to` (when the
        template was kept). `ordering` by `retained_at` or `expires_at` (`-` for descending;
        newest retained first by default).

        ``GET /v3/biometric-templates/``.

        Args:
          vendor_data: ``str``.
          vendor_user_uuid: ``str``.
          status: one of pending, active, expired, held_out_of_use, purge_pending, purge_failed.
          source_type: one of session_delete, automatic_retention, backfill.
          retained_from: ``str``.
          retained_to: ``str``.
          ordering: one of retained_at, -retained_at, expires_at, -expires_at.
          limit: ``int``.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[BiometricTemplate]`` (await it for one page, iterate for every
        item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.biometric_templates.list()``
        """
        op = OPERATIONS["biometric_templates_list"]
        try:
            query: dict[str, Any] = {}
            if vendor_data is not None:
                if not isinstance(vendor_data, str):
                    raise DiditValidationError(
                        "vendor_data", "type", "must be a string, not " + type(vendor_data).__name__
                    )
                query["vendor_data"] = vendor_data
            if vendor_user_uuid is not None:
                if not isinstance(vendor_user_uuid, str):
                    raise DiditValidationError(
                        "vendor_user_uuid",
                        "type",
                        "must be a string, not " + type(vendor_user_uuid).__name__,
                    )
                if not is_uuid(vendor_user_uuid):
                    raise DiditValidationError("vendor_user_uuid", "format", "must be a valid uuid")
                query["vendor_user_uuid"] = vendor_user_uuid
            if status is not None:
                if not isinstance(status, str) or status not in _E_inline96:
                    raise DiditValidationError(
                        "status",
                        "enum",
                        "must be one of: pending, active, expired, held_out_of_use, purge_pending, purge_failed"
                        + (
                            ", not " + repr(status[:40])
                            if isinstance(status, str)
                            else ", not " + type(status).__name__
                        ),
                    )
                query["status"] = status
            if source_type is not None:
                if not isinstance(source_type, str) or source_type not in _E_inline89:
                    raise DiditValidationError(
                        "source_type",
                        "enum",
                        "must be one of: session_delete, automatic_retention, backfill"
                        + (
                            ", not " + repr(source_type[:40])
                            if isinstance(source_type, str)
                            else ", not " + type(source_type).__name__
                        ),
                    )
                query["source_type"] = source_type
            if retained_from is not None:
                if not isinstance(retained_from, str):
                    raise DiditValidationError(
                        "retained_from",
                        "type",
                        "must be a string, not " + type(retained_from).__name__,
                    )
                if not is_datetime(retained_from):
                    raise DiditValidationError(
                        "retained_from", "format", "must be a valid date-time"
                    )
                query["retained_from"] = retained_from
            if retained_to is not None:
                if not isinstance(retained_to, str):
                    raise DiditValidationError(
                        "retained_to", "type", "must be a string, not " + type(retained_to).__name__
                    )
                if not is_datetime(retained_to):
                    raise DiditValidationError("retained_to", "format", "must be a valid date-time")
                query["retained_to"] = retained_to
            if ordering is not None:
                if not isinstance(ordering, str) or ordering not in _E_inline104:
                    raise DiditValidationError(
                        "ordering",
                        "enum",
                        "must be one of: retained_at, -retained_at, expires_at, -expires_at"
                        + (
                            ", not " + repr(ordering[:40])
                            if isinstance(ordering, str)
                            else ", not " + type(ordering).__name__
                        ),
                    )
                query["ordering"] = ordering
            if limit is not None:
                if isinstance(limit, bool) or not isinstance(limit, int):
                    raise DiditValidationError(
                        "limit", "type", "must be an integer, not " + type(limit).__name__
                    )
                if limit < 1:
                    raise DiditValidationError("limit", "min", "must be at least 1")
                query["limit"] = limit
            if offset is not None:
                if isinstance(offset, bool) or not isinstance(offset, int):
                    raise DiditValidationError(
                        "offset", "type", "must be an integer, not " + type(offset).__name__
                    )
                if offset < 0:
                    raise DiditValidationError("offset", "min", "must be at least 0")
                query["offset"] = offset
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        return self._transport.paginate(
            op,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_BiometricTemplate,
        )

    async def count(
        self,
        *,
        vendor_data: str | None = None,
        vendor_user_uuid: str | None = None,
        status: Literal[
            "pending", "active", "expired", "held_out_of_use", "purge_pending", "purge_failed"
        ]
        | None = None,
        source_type: Literal["session_delete", "automatic_retention", "backfill"] | None = None,
        retained_from: str | None = None,
        retained_to: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BiometricTemplateCount:
        """Count biometric templates.

        How many templates match the filters, without listing them. Filters: `vendor_data`,
        `vendor_user_uuid`, `status`, `source_type`, and `retained_from`/`retained_to` (when the
        template was kept).

        ``GET /v3/biometric-templates/count/``.

        Args:
          vendor_data: ``str``.
          vendor_user_uuid: ``str``.
          status: one of pending, active, expired, held_out_of_use, purge_pending, purge_failed.
          source_type: one of session_delete, automatic_retention, backfill.
          retained_from: ``str``.
          retained_to: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BiometricTemplateCount``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``count = await client.biometric_templates.count()``
        """
        op = OPERATIONS["biometric_templates_count"]
        try:
            query: dict[str, Any] = {}
            if vendor_data is not None:
                if not isinstance(vendor_data, str):
                    raise DiditValidationError(
                        "vendor_data", "type", "must be a string, not " + type(vendor_data).__name__
                    )
                query["vendor_data"] = vendor_data
            if vendor_user_uuid is not None:
                if not isinstance(vendor_user_uuid, str):
                    raise DiditValidationError(
                        "vendor_user_uuid",
                        "type",
                        "must be a string, not " + type(vendor_user_uuid).__name__,
                    )
                if not is_uuid(vendor_user_uuid):
                    raise DiditValidationError("vendor_user_uuid", "format", "must be a valid uuid")
                query["vendor_user_uuid"] = vendor_user_uuid
            if status is not None:
                if not isinstance(status, str) or status not in _E_inline96:
                    raise DiditValidationError(
                        "status",
                        "enum",
                        "must be one of: pending, active, expired, held_out_of_use, purge_pending, purge_failed"
                        + (
                            ", not " + repr(status[:40])
                            if isinstance(status, str)
                            else ", not " + type(status).__name__
                        ),
                    )
                query["status"] = status
            if source_type is not None:
                if not isinstance(source_type, str) or source_type not in _E_inline89:
                    raise DiditValidationError(
                        "source_type",
                        "enum",
                        "must be one of: session_delete, automatic_retention, backfill"
                        + (
                            ", not " + repr(source_type[:40])
                            if isinstance(source_type, str)
                            else ", not " + type(source_type).__name__
                        ),
                    )
                query["source_type"] = source_type
            if retained_from is not None:
                if not isinstance(retained_from, str):
                    raise DiditValidationError(
                        "retained_from",
                        "type",
                        "must be a string, not " + type(retained_from).__name__,
                    )
                if not is_datetime(retained_from):
                    raise DiditValidationError(
                        "retained_from", "format", "must be a valid date-time"
                    )
                query["retained_from"] = retained_from
            if retained_to is not None:
                if not isinstance(retained_to, str):
                    raise DiditValidationError(
                        "retained_to", "type", "must be a string, not " + type(retained_to).__name__
                    )
                if not is_datetime(retained_to):
                    raise DiditValidationError("retained_to", "format", "must be a valid date-time")
                query["retained_to"] = retained_to
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op, query=query, extra_query=extra_query, timeout=timeout, extra_headers=extra_headers
        )
        return structure_BiometricTemplateCount(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        template_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BiometricTemplate:
        """Retrieve a biometric template.

        One template's provenance, retention and status.

        ``GET /v3/biometric-templates/{template_uuid}/``.

        Args:
          template_uuid: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BiometricTemplate``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``template = await client.biometric_templates.retrieve("…")``
        """
        op = OPERATIONS["biometric_templates_retrieve"]
        try:
            _path("template_uuid", template_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"template_uuid": template_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_BiometricTemplate(data) if data.__class__ is dict else data

    async def purge(
        self,
        template_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BiometricTemplatePurgeResult:
        """Purge a biometric template.

        Erase one template for good (`outcome: purged`, or `already_purged` when it was). 503
        when the template store cannot be reached: nothing was purged, try again. Safe to
        repeat.

        ``DELETE /v3/biometric-templates/{template_uuid}/``.

        Args:
          template_uuid: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BiometricTemplatePurgeResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = await client.biometric_templates.purge("…")``
        """
        op = OPERATIONS["biometric_templates_purge"]
        try:
            _path("template_uuid", template_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"template_uuid": template_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_BiometricTemplatePurgeResult(data) if data.__class__ is dict else data

    async def bulk_purge(
        self,
        *,
        template_uuids: Sequence[str] | None = None,
        delete_all: bool | None = None,
        vendor_data: str | None = None,
        vendor_user_uuid: str | None = None,
        status: Literal[
            "pending", "active", "expired", "held_out_of_use", "purge_pending", "purge_failed"
        ]
        | None = None,
        source_type: Literal["session_delete", "automatic_retention", "backfill"] | None = None,
        retained_from: str | None = None,
        retained_to: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BiometricTemplateBulkPurgeResult:
        """Purge biometric templates in bulk.

        Erase the templates listed in `template_uuids`, or every template matching the filters
        with `delete_all: true`; one outcome per template. Safe to repeat (already purged
        templates say so).

        ``POST /v3/biometric-templates/delete/``.

        Args:
          template_uuids: ``Sequence[str]``.
          delete_all: ``bool``.
          vendor_data: ``str``.
          vendor_user_uuid: ``str``.
          status: one of pending, active, expired, held_out_of_use, purge_pending, purge_failed.
          source_type: one of session_delete, automatic_retention, backfill.
          retained_from: ``str``.
          retained_to: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BiometricTemplateBulkPurgeResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = await client.biometric_templates.bulk_purge()``
        """
        op = OPERATIONS["biometric_templates_bulk_purge"]
        try:
            body = unstructure_BiometricTemplateBulkPurgeRequest(
                BiometricTemplateBulkPurgeRequest(
                    template_uuids=template_uuids,
                    delete_all=delete_all,
                    vendor_data=vendor_data,
                    vendor_user_uuid=vendor_user_uuid,
                    status=status,
                    source_type=source_type,
                    retained_from=retained_from,
                    retained_to=retained_to,
                )
            )
            validate_BiometricTemplateBulkPurgeRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_BiometricTemplateBulkPurgeResult(data) if data.__class__ is dict else data


class BlocklistResource:
    """``client.blocklist``: add, remove, list."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def add(
        self,
        *,
        session_id: str,
        blocklist_face: bool | None = None,
        blocklist_document: bool | None = None,
        blocklist_phone: bool | None = None,
        blocklist_email: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MessageResponse:
        """Blocklist a session's data.

        Later sessions matching the face, document, phone or email are flagged
        (FACE_IN_BLOCKLIST, ID_DOCUMENT_IN_BLOCKLIST, PHONE_NUMBER_IN_BLOCKLIST,
        EMAIL_IN_BLOCKLIST).

        ``POST /v3/blocklist/add/``.

        Args:
          session_id: ``str``.
          blocklist_face: ``bool``.
          blocklist_document: ``bool``.
          blocklist_phone: ``bool``.
          blocklist_email: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``MessageResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.blocklist.add(session_id=…)``
        """
        op = OPERATIONS["blocklist_add"]
        try:
            body = unstructure_BlocklistAddRequest(
                BlocklistAddRequest(
                    session_id=session_id,
                    blocklist_face=blocklist_face,
                    blocklist_document=blocklist_document,
                    blocklist_phone=blocklist_phone,
                    blocklist_email=blocklist_email,
                )
            )
            validate_BlocklistAddRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_MessageResponse(data) if data.__class__ is dict else data

    async def remove(
        self,
        *,
        session_id: str,
        unblock_face: bool | None = None,
        unblock_document: bool | None = None,
        unblock_phone: bool | None = None,
        unblock_email: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MessageResponse:
        """Remove a session's data from the blocklist.

        The reverse of add.

        ``POST /v3/blocklist/remove/``.

        Args:
          session_id: ``str``.
          unblock_face: ``bool``.
          unblock_document: ``bool``.
          unblock_phone: ``bool``.
          unblock_email: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``MessageResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.blocklist.remove(session_id=…)``
        """
        op = OPERATIONS["blocklist_remove"]
        try:
            body = unstructure_BlocklistRemoveRequest(
                BlocklistRemoveRequest(
                    session_id=session_id,
                    unblock_face=unblock_face,
                    unblock_document=unblock_document,
                    unblock_phone=unblock_phone,
                    unblock_email=unblock_email,
                )
            )
            validate_BlocklistRemoveRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_MessageResponse(data) if data.__class__ is dict else data

    def list(
        self,
        *,
        item_type: Literal["face", "document", "phone", "email"] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[BlocklistEntry]:
        """List blocklist entries.

        Blocklisted items, paginated (default 20 per page).

        ``GET /v3/blocklist/``.

        Args:
          item_type: Omit for all.
          limit: Items per page.
          offset: Items to skip.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[BlocklistEntry]`` (await it for one page, iterate for every
        item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.blocklist.list()``
        """
        op = OPERATIONS["blocklist_list"]
        try:
            query: dict[str, Any] = {}
            if item_type is not None:
                if not isinstance(item_type, str) or item_type not in _E_inline103:
                    raise DiditValidationError(
                        "item_type",
                        "enum",
                        "must be one of: face, document, phone, email"
                        + (
                            ", not " + repr(item_type[:40])
                            if isinstance(item_type, str)
                            else ", not " + type(item_type).__name__
                        ),
                    )
                query["item_type"] = item_type
            if limit is not None:
                if isinstance(limit, bool) or not isinstance(limit, int):
                    raise DiditValidationError(
                        "limit", "type", "must be an integer, not " + type(limit).__name__
                    )
                if limit < 1:
                    raise DiditValidationError("limit", "min", "must be at least 1")
                query["limit"] = limit
            if offset is not None:
                if isinstance(offset, bool) or not isinstance(offset, int):
                    raise DiditValidationError(
                        "offset", "type", "must be an integer, not " + type(offset).__name__
                    )
                if offset < 0:
                    raise DiditValidationError("offset", "min", "must be at least 0")
                query["offset"] = offset
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        return self._transport.paginate(
            op,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_BlocklistEntry,
        )


class BusinessesResource:
    """``client.businesses``: list, create, retrieve, update, update_status, batch_delete, toggle_aml_monitoring, bulk_toggle_aml_monitoring, retrieve_aml_monitoring_job, bulk_toggle_session_aml_monitoring, retrieve_session_aml_monitoring_job."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
        search: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[Business]:
        """List businesses.

        Business entities (KYB), grouped by `vendor_data`, paginated. Management API: served on
        the apx host (Didit's own tooling calls the same path on the verification host; both
        answer).

        ``GET /v3/businesses/``.

        Args:
          status: one of ACTIVE, FLAGGED, BLOCKED.
          search: ``str``.
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[Business]`` (await it for one page, iterate for every item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.businesses.list()``
        """
        op = OPERATIONS["businesses_list"]
        try:
            query: dict[str, Any] = {}
            if status is not None:
                if not isinstance(status, str) or status not in _E_UserStatus:
                    raise DiditValidationError(
                        "status",
                        "enum",
                        "must be one of: ACTIVE, FLAGGED, BLOCKED"
                        + (
                            ", not " + repr(status[:40])
                            if isinstance(status, str)
                            else ", not " + type(status).__name__
                        ),
                    )
                query["status"] = status.value if isinstance(status, UserStatus) else status
            if search is not None:
                if not isinstance(search, str):
                    raise DiditValidationError(
                        "search", "type", "must be a string, not " + type(search).__name__
                    )
                query["search"] = search
            if limit is not None:
                if isinstance(limit, bool) or not isinstance(limit, int):
                    raise DiditValidationError(
                        "limit", "type", "must be an integer, not " + type(limit).__name__
                    )
                if limit < 1:
                    raise DiditValidationError("limit", "min", "must be at least 1")
                query["limit"] = limit
            if offset is not None:
                if isinstance(offset, bool) or not isinstance(offset, int):
                    raise DiditValidationError(
                        "offset", "type", "must be an integer, not " + type(offset).__name__
                    )
                if offset < 0:
                    raise DiditValidationError("offset", "min", "must be at least 0")
                query["offset"] = offset
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        return self._transport.paginate(
            op,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_Business,
        )

    async def create(
        self,
        *,
        vendor_data: str,
        display_name: str | None = None,
        legal_name: str | None = None,
        registration_number: str | None = None,
        country_code: str | None = None,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
        metadata: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Business:
        """Create a business.

        Creates a business record by hand, before any KYB session. A `vendor_data` already in
        use answers 409. Management API: served on the apx host (Didit's own tooling calls the
        same path on the verification host; both answer).

        ``POST /v3/businesses/create/``.

        Args:
          vendor_data: Your unique identifier of the business.
          display_name: ``str``.
          legal_name: ``str``.
          registration_number: ``str``.
          country_code: ISO 3166-1 alpha-2.
          status: one of ACTIVE, FLAGGED, BLOCKED.
          metadata: ``Mapping[str, Any]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Business``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``business = await client.businesses.create(vendor_data=…)``
        """
        op = OPERATIONS["businesses_create"]
        try:
            body = unstructure_BusinessCreateRequest(
                BusinessCreateRequest(
                    vendor_data=vendor_data,
                    display_name=display_name,
                    legal_name=legal_name,
                    registration_number=registration_number,
                    country_code=country_code,
                    status=status,
                    metadata=metadata,
                )
            )
            validate_BusinessCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Business(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        vendor_data: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Business:
        """Get a business.

        A business with its KYB session counters. Management API: served on the apx host
        (Didit's own tooling calls the same path on the verification host; both answer).

        ``GET /v3/businesses/{vendor_data}/``.

        Args:
          vendor_data: Your identifier of the business (case-sensitive).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Business``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``business = await client.businesses.retrieve("…")``
        """
        op = OPERATIONS["businesses_retrieve"]
        try:
            _path("vendor_data", vendor_data)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"vendor_data": vendor_data},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Business(data) if data.__class__ is dict else data

    async def update(
        self,
        vendor_data: str,
        /,
        *,
        display_name: str | None = None,
        legal_name: str | None = None,
        registration_number: str | None = None,
        country_code: str | None = None,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
        metadata: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Business:
        """Update a business.

        Profile fields; only the fields sent change. `status` is accepted here too (Didit's
        tooling sends it), and fires business.status.updated like the status endpoint.
        Management API: served on the apx host (Didit's own tooling calls the same path on the
        verification host; both answer).

        ``PATCH /v3/businesses/{vendor_data}/``.

        Args:
          vendor_data: Your identifier of the business (case-sensitive).
          display_name: ``str``.
          legal_name: ``str``.
          registration_number: ``str``.
          country_code: ISO 3166-1 alpha-2.
          status: one of ACTIVE, FLAGGED, BLOCKED.
          metadata: ``Mapping[str, Any]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Business``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``business = await client.businesses.update("…")``
        """
        op = OPERATIONS["businesses_update"]
        try:
            _path("vendor_data", vendor_data)
            body = unstructure_BusinessUpdateRequest(
                BusinessUpdateRequest(
                    display_name=display_name,
                    legal_name=legal_name,
                    registration_number=registration_number,
                    country_code=country_code,
                    status=status,
                    metadata=metadata,
                )
            )
            validate_BusinessUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"vendor_data": vendor_data},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Business(data) if data.__class__ is dict else data

    async def update_status(
        self,
        vendor_data: str,
        /,
        *,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"],
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Business:
        """Change a business's status.

        ACTIVE, FLAGGED or BLOCKED (the monitoring status, as for users). Management API: served
        on the apx host (Didit's own tooling calls the same path on the verification host; both
        answer).

        ``PATCH /v3/businesses/{vendor_data}/update-status/``.

        Args:
          vendor_data: Your identifier of the business (case-sensitive).
          status: one of ACTIVE, FLAGGED, BLOCKED.
          reason: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Business``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``business = await client.businesses.update_status("…", status=…)``
        """
        op = OPERATIONS["businesses_update_status"]
        try:
            _path("vendor_data", vendor_data)
            body = unstructure_BusinessUpdateStatusRequest(
                BusinessUpdateStatusRequest(status=status, reason=reason)
            )
            validate_BusinessUpdateStatusRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"vendor_data": vendor_data},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Business(data) if data.__class__ is dict else data

    async def batch_delete(
        self,
        *,
        vendor_data_list: Sequence[str] | None = None,
        didit_internal_id_list: Sequence[str] | None = None,
        delete_all: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BusinessBatchDeleteResponse:
        """Delete businesses.

        By `vendor_data_list`, by `didit_internal_id_list`, or all (`delete_all`). Deleting
        twice deletes nothing more, so a retry is safe. Management API: served on the apx host
        (Didit's own tooling calls the same path on the verification host; both answer).

        ``POST /v3/businesses/delete/``.

        Args:
          vendor_data_list: ``Sequence[str]``.
          didit_internal_id_list: ``Sequence[str]``.
          delete_all: Delete every business of the application.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BusinessBatchDeleteResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.businesses.batch_delete()``
        """
        op = OPERATIONS["businesses_batch_delete"]
        try:
            body = unstructure_BusinessBatchDeleteRequest(
                BusinessBatchDeleteRequest(
                    vendor_data_list=vendor_data_list,
                    didit_internal_id_list=didit_internal_id_list,
                    delete_all=delete_all,
                )
            )
            validate_BusinessBatchDeleteRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_BusinessBatchDeleteResponse(data) if data.__class__ is dict else data

    async def toggle_aml_monitoring(
        self,
        *,
        is_enabled: bool,
        estimate_only: bool | None = None,
        vendor_data_list: Sequence[str] | None = None,
        didit_internal_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringEstimate | AmlMonitoringToggleJob:
        """Turn ongoing AML monitoring on or off for businesses.

        Turn ongoing AML monitoring on or off (`is_enabled`) for the businesses listed by
        `vendor_data_list` or `didit_internal_id_list`. With `estimate_only: true` nothing
        changes: the answer is an estimate (how many would be screened first, the cost, whether
        the balance covers it). Otherwise Didit starts a job: 200 when it finished at once, 202
        while it runs; follow it with `aml.retrieve_monitoring_job(job_id)`. The answer is
        either shape, told apart by its keys (`users_total` for an estimate, `job_id` for a
        job); Didit's facts give the 202 only the job shape, the spec gives both answers the
        same union.

        ``POST /v3/businesses/aml-monitoring/``.

        Args:
          is_enabled: ``bool``.
          estimate_only: ``bool``.
          vendor_data_list: ``Sequence[str]``.
          didit_internal_id_list: ``Sequence[str]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlMonitoringEstimate | AmlMonitoringToggleJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``estimate = await client.businesses.toggle_aml_monitoring(is_enabled=…)``
        """
        op = OPERATIONS["businesses_toggle_aml_monitoring"]
        try:
            body = unstructure_AmlMonitoringBusinessesRequest(
                AmlMonitoringBusinessesRequest(
                    is_enabled=is_enabled,
                    estimate_only=estimate_only,
                    vendor_data_list=vendor_data_list,
                    didit_internal_id_list=didit_internal_id_list,
                )
            )
            validate_AmlMonitoringBusinessesRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return (
            (
                (structure_AmlMonitoringEstimate(data))
                if "users_total" in data
                else (structure_AmlMonitoringToggleJob(data))
            )
            if data.__class__ is dict
            else (data)
        )

    async def bulk_toggle_aml_monitoring(
        self,
        organization_id: str,
        application_id: str,
        /,
        *,
        is_enabled: bool,
        estimate_only: bool | None = None,
        update_all: bool | None = None,
        filter_search: str | None = None,
        filter_status: Sequence[str] | None = None,
        filter_country: str | None = None,
        filter_date_from: str | None = None,
        filter_date_to: str | None = None,
        session_numbers: Sequence[str] | None = None,
        toggle_all: bool | None = None,
        filter_workflow_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringEstimate | AmlMonitoringToggleJob:
        """Turn AML monitoring on or off for many businesses.

        Turn ongoing AML monitoring on or off (`is_enabled`) for the businesses you list
        (`didit_internal_id_list`) or, with `update_all: true`, for all of them narrowed by the
        filters (`filter_search`, `filter_status`, `filter_country`,
        `filter_date_from`/`filter_date_to`). `estimate_only: true` answers the estimate and
        changes nothing; otherwise a job starts (200 done, 202 running), followed with
        `businesses.retrieve_aml_monitoring_job`. The answer is an estimate or a job, told apart
        by their keys (the shapes of `users.toggle_aml_monitoring`). Organization-scoped:
        `organization_id` and `application_id` name your application. Didit's facts declare no
        security scheme here; the SDK sends the API key when the client has one (as the face
        upload under the same prefix declares), else the account access token (as the console's
        organization-scoped endpoints take).

        ``PATCH /v3/organization/{organization_id}/application/{application_id}/vendor-
        businesses/toggle-ongoing-monitoring/``.

        Args:
          organization_id: ``str``.
          application_id: ``str``.
          is_enabled: ``bool``.
          estimate_only: ``bool``.
          update_all: ``bool``.
          filter_search: ``str``.
          filter_status: ``Sequence[str]``.
          filter_country: ``str``.
          filter_date_from: ``str``.
          filter_date_to: ``str``.
          session_numbers: ``Sequence[str]``.
          toggle_all: ``bool``.
          filter_workflow_id: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlMonitoringEstimate | AmlMonitoringToggleJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``estimate = await client.businesses.bulk_toggle_aml_monitoring("…", "…",
        is_enabled=…)``
        """
        op = OPERATIONS["businesses_bulk_toggle_aml_monitoring"]
        try:
            _path("organization_id", organization_id, uuid=True)
            _path("application_id", application_id, uuid=True)
            body = unstructure_AmlMonitoringBulkToggleRequest(
                AmlMonitoringBulkToggleRequest(
                    is_enabled=is_enabled,
                    estimate_only=estimate_only,
                    update_all=update_all,
                    filter_search=filter_search,
                    filter_status=filter_status,
                    filter_country=filter_country,
                    filter_date_from=filter_date_from,
                    filter_date_to=filter_date_to,
                    session_numbers=session_numbers,
                    toggle_all=toggle_all,
                    filter_workflow_id=filter_workflow_id,
                )
            )
            validate_AmlMonitoringBulkToggleRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"organization_id": organization_id, "application_id": application_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return (
            (
                (structure_AmlMonitoringEstimate(data))
                if "users_total" in data
                else (structure_AmlMonitoringToggleJob(data))
            )
            if data.__class__ is dict
            else (data)
        )

    async def retrieve_aml_monitoring_job(
        self,
        organization_id: str,
        application_id: str,
        job_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringJob:
        """Retrieve a businesses' AML monitoring job.

        Progress of a bulk monitoring toggle for businesses. Organization-scoped:
        `organization_id` and `application_id` name your application. Didit's facts declare no
        security scheme here; the SDK sends the API key when the client has one (as the face
        upload under the same prefix declares), else the account access token (as the console's
        organization-scoped endpoints take).

        ``GET /v3/organization/{organization_id}/application/{application_id}/vendor-
        businesses/toggle-ongoing-monitoring/{job_id}/``.

        Args:
          organization_id: ``str``.
          application_id: ``str``.
          job_id: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlMonitoringJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``job = await client.businesses.retrieve_aml_monitoring_job("…", "…", "…")``
        """
        op = OPERATIONS["businesses_retrieve_aml_monitoring_job"]
        try:
            _path("organization_id", organization_id, uuid=True)
            _path("application_id", application_id, uuid=True)
            _path("job_id", job_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "job_id": job_id,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_AmlMonitoringJob(data) if data.__class__ is dict else data

    async def bulk_toggle_session_aml_monitoring(
        self,
        organization_id: str,
        application_id: str,
        /,
        *,
        is_enabled: bool,
        estimate_only: bool | None = None,
        update_all: bool | None = None,
        filter_search: str | None = None,
        filter_status: Sequence[str] | None = None,
        filter_country: str | None = None,
        filter_date_from: str | None = None,
        filter_date_to: str | None = None,
        session_numbers: Sequence[str] | None = None,
        toggle_all: bool | None = None,
        filter_workflow_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringEstimate | AmlMonitoringToggleJob:
        """Turn AML monitoring on or off for many KYB sessions.

        Turn ongoing AML monitoring on or off (`is_enabled`) for the businesses verified by KYB
        sessions (the sandbox reads it as the businesses that have a KYB session) you list
        (`didit_internal_id_list`) or, with `update_all: true`, for all of them narrowed by the
        filters (`filter_search`, `filter_status`, `filter_country`,
        `filter_date_from`/`filter_date_to`). `estimate_only: true` answers the estimate and
        changes nothing; otherwise a job starts (200 done, 202 running), followed with
        `businesses.retrieve_session_aml_monitoring_job`. The answer is an estimate or a job,
        told apart by their keys (the shapes of `users.toggle_aml_monitoring`). Organization-
        scoped: `organization_id` and `application_id` name your application. Didit's facts
        declare no security scheme here; the SDK sends the API key when the client has one (as
        the face upload under the same prefix declares), else the account access token (as the
        console's organization-scoped endpoints take).

        ``PATCH
        /v3/organization/{organization_id}/application/{application_id}/businesses/toggle-
        ongoing-monitoring/``.

        Args:
          organization_id: ``str``.
          application_id: ``str``.
          is_enabled: ``bool``.
          estimate_only: ``bool``.
          update_all: ``bool``.
          filter_search: ``str``.
          filter_status: ``Sequence[str]``.
          filter_country: ``str``.
          filter_date_from: ``str``.
          filter_date_to: ``str``.
          session_numbers: ``Sequence[str]``.
          toggle_all: ``bool``.
          filter_workflow_id: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlMonitoringEstimate | AmlMonitoringToggleJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``estimate = await client.businesses.bulk_toggle_session_aml_monitoring("…",
        "…", is_enabled=…)``
        """
        op = OPERATIONS["businesses_bulk_toggle_session_aml_monitoring"]
        try:
            _path("organization_id", organization_id, uuid=True)
            _path("application_id", application_id, uuid=True)
            body = unstructure_AmlMonitoringBulkToggleRequest(
                AmlMonitoringBulkToggleRequest(
                    is_enabled=is_enabled,
                    estimate_only=estimate_only,
                    update_all=update_all,
                    filter_search=filter_search,
                    filter_status=filter_status,
                    filter_country=filter_country,
                    filter_date_from=filter_date_from,
                    filter_date_to=filter_date_to,
                    session_numbers=session_numbers,
                    toggle_all=toggle_all,
                    filter_workflow_id=filter_workflow_id,
                )
            )
            validate_AmlMonitoringBulkToggleRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"organization_id": organization_id, "application_id": application_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return (
            (
                (structure_AmlMonitoringEstimate(data))
                if "users_total" in data
                else (structure_AmlMonitoringToggleJob(data))
            )
            if data.__class__ is dict
            else (data)
        )

    async def retrieve_session_aml_monitoring_job(
        self,
        organization_id: str,
        application_id: str,
        job_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringJob:
        """Retrieve a KYB sessions' AML monitoring job.

        Progress of a bulk monitoring toggle for KYB sessions. Organization-scoped:
        `organization_id` and `application_id` name your application. Didit's facts declare no
        security scheme here; the SDK sends the API key when the client has one (as the face
        upload under the same prefix declares), else the account access token (as the console's
        organization-scoped endpoints take).

        ``GET /v3/organization/{organization_id}/application/{application_id}/businesses/toggle-
        ongoing-monitoring/{job_id}/``.

        Args:
          organization_id: ``str``.
          application_id: ``str``.
          job_id: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlMonitoringJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``job = await client.businesses.retrieve_session_aml_monitoring_job("…", "…",
        "…")``
        """
        op = OPERATIONS["businesses_retrieve_session_aml_monitoring_job"]
        try:
            _path("organization_id", organization_id, uuid=True)
            _path("application_id", application_id, uuid=True)
            _path("job_id", job_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "job_id": job_id,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_AmlMonitoringJob(data) if data.__class__ is dict else data


class CustomizationResource:
    """``client.customization``: retrieve, update."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def retrieve(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Customization:
        """Get the branding.

        Logos and colours of the verification UI. Response shape unpublished: image URLs typed,
        the rest kept.

        ``GET /v3/customization/``.

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Customization``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``customization = await client.customization.retrieve()``
        """
        op = OPERATIONS["customization_retrieve"]
        data = await self._transport.request(
            op, extra_query=extra_query, timeout=timeout, extra_headers=extra_headers
        )
        return structure_Customization(data) if data.__class__ is dict else data

    async def update(
        self,
        *,
        image_square: FileInput | None = None,
        image_rectangular: FileInput | None = None,
        image_favicon: FileInput | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Customization:
        """Update the branding images.

        Multipart upload of any of the square logo, the rectangular logo and the favicon (at
        least one). Sending the same images again leaves the same result, so a retry is safe.

        ``PATCH /v3/customization/``.

        Args:
          image_square: ``FileInput``.
          image_rectangular: ``FileInput``.
          image_favicon: ``FileInput``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Customization``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``customization = await client.customization.update()``
        """
        op = OPERATIONS["customization_update"]
        try:
            body = unstructure_CustomizationUpdateRequest(
                CustomizationUpdateRequest(
                    image_square=image_square,
                    image_rectangular=image_rectangular,
                    image_favicon=image_favicon,
                )
            )
            validate_CustomizationUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        files = {
            k: body.pop(k)
            for k in ["image_square", "image_rectangular", "image_favicon"]
            if k in body
        }
        data = await self._transport.request(
            op,
            files=files,
            data=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Customization(data) if data.__class__ is dict else data


class DatabaseValidationResource:
    """``client.database_validation``: validate."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def validate(
        self,
        *,
        issuing_state: str | None = None,
        validation_type: str | None = None,
        id_number: str | None = None,
        personal_number: str | None = None,
        document_number: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        date_of_birth: str | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        document_type: Literal[
            "P", "DL", "ID", "RP", "SSC", "HIC", "WP", "TC", "VISA", "PSC", "BC", "OTHER"
        ]
        | None = None,
        full_name: str | None = None,
        middle_name: str | None = None,
        gender: Literal["M", "F", "X"] | None = None,
        nationality: str | None = None,
        tax_number: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        no_match_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        partial_match_action: Literal["DECLINE", "NO_ACTION"] | None = None,
        services: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DatabaseValidationResponse:
        """Validate identity data against a database.

        Validate identity data against a database as a standalone check (billed per call;
        402/403 when the balance does not cover it).

        ``POST /v3/database-validation/``.

        Args:
          issuing_state: Alpha-3.
          validation_type: ``str``.
          id_number: Older (skills) name of the document number.
          personal_number: ``str``.
          document_number: ``str``.
          first_name: ``str``.
          last_name: ``str``.
          date_of_birth: ``str``.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          document_type: one of P, DL, ID, RP, SSC, HIC, ....
          full_name: ``str``.
          middle_name: ``str``.
          gender: one of M, F, X.
          nationality: ``str``.
          tax_number: ``str``.
          metadata: ``Mapping[str, Any]``.
          no_match_action: one of DECLINE, NO_ACTION.
          partial_match_action: one of DECLINE, NO_ACTION.
          services: Restrict the sources to these service ids.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``DatabaseValidationResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.database_validation.validate()``
        """
        op = OPERATIONS["database_validation_validate"]
        try:
            body = unstructure_DatabaseValidationRequest(
                DatabaseValidationRequest(
                    issuing_state=issuing_state,
                    validation_type=validation_type,
                    id_number=id_number,
                    personal_number=personal_number,
                    document_number=document_number,
                    first_name=first_name,
                    last_name=last_name,
                    date_of_birth=date_of_birth,
                    save_api_request=save_api_request,
                    vendor_data=vendor_data,
                    document_type=document_type,
                    full_name=full_name,
                    middle_name=middle_name,
                    gender=gender,
                    nationality=nationality,
                    tax_number=tax_number,
                    metadata=metadata,
                    no_match_action=no_match_action,
                    partial_match_action=partial_match_action,
                    services=services,
                )
            )
            validate_DatabaseValidationRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_DatabaseValidationResponse(data) if data.__class__ is dict else data


class DeviceResource:
    """``client.device``: sub-resources."""

    __slots__ = ("_transport", "transactions")

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.transactions = DeviceTransactionsResource(transport)


class DocumentAiResource:
    """``client.document_ai``: extract."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def extract(
        self,
        *,
        document: FileInput,
        fields: str,
        expected_first_name: str | None = None,
        expected_last_name: str | None = None,
        expected_company_name: str | None = None,
        expected_company_country: str | None = None,
        document_ai_name_match_score_threshold: int | None = None,
        document_ai_unreadable_document_action: Literal["DECLINE", "REVIEW", "NO_ACTION"]
        | None = None,
        document_ai_missing_required_fields_action: Literal["DECLINE", "REVIEW", "NO_ACTION"]
        | None = None,
        document_ai_document_tampering_action: Literal["DECLINE", "REVIEW", "NO_ACTION"]
        | None = None,
        document_ai_name_mismatch_action: Literal["DECLINE", "REVIEW", "NO_ACTION"] | None = None,
        document_ai_unsupported_file_action: Literal["DECLINE", "REVIEW", "NO_ACTION"]
        | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DocumentAiResponse:
        """Extract data from a document.

        Read the fields you ask for (`fields`, comma-separated) from an uploaded document with
        Document AI, optionally matching the holder or company name you expect; each check has
        an action (DECLINE, REVIEW, NO_ACTION). Billed per call.

        ``POST /v3/document-ai/``.

        Args:
          document: ``FileInput``.
          fields: ``str``.
          expected_first_name: ``str``.
          expected_last_name: ``str``.
          expected_company_name: ``str``.
          expected_company_country: ``str``.
          document_ai_name_match_score_threshold: ``int``.
          document_ai_unreadable_document_action: one of DECLINE, REVIEW, NO_ACTION.
          document_ai_missing_required_fields_action: one of DECLINE, REVIEW, NO_ACTION.
          document_ai_document_tampering_action: one of DECLINE, REVIEW, NO_ACTION.
          document_ai_name_mismatch_action: one of DECLINE, REVIEW, NO_ACTION.
          document_ai_unsupported_file_action: one of DECLINE, REVIEW, NO_ACTION.
          save_api_request: ``bool``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``DocumentAiResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.document_ai.extract(document=…, fields=…)``
        """
        op = OPERATIONS["document_ai_extract"]
        try:
            body = unstructure_DocumentAiRequest(
                DocumentAiRequest(
                    document=document,
                    fields=fields,
                    expected_first_name=expected_first_name,
                    expected_last_name=expected_last_name,
                    expected_company_name=expected_company_name,
                    expected_company_country=expected_company_country,
                    document_ai_name_match_score_threshold=document_ai_name_match_score_threshold,
                    document_ai_unreadable_document_action=document_ai_unreadable_document_action,
                    document_ai_missing_required_fields_action=document_ai_missing_required_fields_action,
                    document_ai_document_tampering_action=document_ai_document_tampering_action,
                    document_ai_name_mismatch_action=document_ai_name_mismatch_action,
                    document_ai_unsupported_file_action=document_ai_unsupported_file_action,
                    save_api_request=save_api_request,
                    vendor_data=vendor_data,
                    metadata=metadata,
                )
            )
            validate_DocumentAiRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        files = {k: body.pop(k) for k in ["document"] if k in body}
        data = await self._transport.request(
            op,
            files=files,
            data=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_DocumentAiResponse(data) if data.__class__ is dict else data


class EmailResource:
    """``client.email``: send, check."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def send(
        self,
        *,
        email: str,
        options: EmailSendOptions | Mapping[str, Any] | None = None,
        signals: RequestSignals | Mapping[str, Any] | None = None,
        vendor_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EmailSendResponse:
        """Send an email code.

        Send an email code as a standalone check (billed per call; 402/403 when the balance does
        not cover it).

        ``POST /v3/email/send/``.

        Args:
          email: ``str``.
          options: ``EmailSendOptions | Mapping[str, Any]``.
          signals: ``RequestSignals | Mapping[str, Any]``.
          vendor_data: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``EmailSendResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.email.send(email=…)``
        """
        op = OPERATIONS["email_send"]
        try:
            body = unstructure_EmailSendRequest(
                EmailSendRequest(
                    email=email, options=options, signals=signals, vendor_data=vendor_data
                )
            )
            validate_EmailSendRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_EmailSendResponse(data) if data.__class__ is dict else data

    async def check(
        self,
        *,
        email: str,
        code: str,
        duplicated_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        breached_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        disposable_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        undeliverable_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EmailCheckResponse:
        """Check an email code.

        Check an email code as a standalone check (billed per call; 402/403 when the balance
        does not cover it).

        ``POST /v3/email/check/``.

        Args:
          email: ``str``.
          code: ``str``.
          duplicated_email_action: one of NO_ACTION, DECLINE.
          breached_email_action: one of NO_ACTION, DECLINE.
          disposable_email_action: one of NO_ACTION, DECLINE.
          undeliverable_email_action: one of NO_ACTION, DECLINE.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``EmailCheckResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.email.check(email=…, code=…)``
        """
        op = OPERATIONS["email_check"]
        try:
            body = unstructure_EmailCheckRequest(
                EmailCheckRequest(
                    email=email,
                    code=code,
                    duplicated_email_action=duplicated_email_action,
                    breached_email_action=breached_email_action,
                    disposable_email_action=disposable_email_action,
                    undeliverable_email_action=undeliverable_email_action,
                )
            )
            validate_EmailCheckRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_EmailCheckResponse(data) if data.__class__ is dict else data


class EventsResource:
    """``client.events``: ingest, ingest_batch."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def ingest(
        self,
        *,
        event_type: str,
        event_id: str | None = None,
        vendor_data: str | None = None,
        occurred_at: str | None = None,
        properties: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> IngestedEvent:
        """Ingest an event.

        Records one user or business event (a login, a profile change) for monitoring. Didit's
        public material names only the paths and their rate-limit scope (`ingest-write`,
        600/min); the fields are our reading (an event type, the subject's vendor_data, a time
        and free-form properties), and any other field is passed through.

        ``POST /v3/events/``.

        Args:
          event_type: What happened (login, password_change, ...).
          event_id: Your identifier of the event.
          vendor_data: The user or business it concerns.
          occurred_at: ``str``.
          properties: ``Mapping[str, Any]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``IngestedEvent``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``event = await client.events.ingest(event_type=…)``
        """
        op = OPERATIONS["events_ingest"]
        try:
            body = unstructure_EventIngestRequest(
                EventIngestRequest(
                    event_type=event_type,
                    event_id=event_id,
                    vendor_data=vendor_data,
                    occurred_at=occurred_at,
                    properties=properties,
                )
            )
            validate_EventIngestRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_IngestedEvent(data) if data.__class__ is dict else data

    async def ingest_batch(
        self,
        *,
        events: Sequence[EventIngestRequest | Mapping[str, Any]],
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EventBatchIngestResponse:
        """Ingest events in bulk.

        Records several events in one request (one request against `ingest-write`). Didit's
        public material names only the paths and their rate-limit scope (`ingest-write`,
        600/min); the fields are our reading (an event type, the subject's vendor_data, a time
        and free-form properties), and any other field is passed through. Answer read as
        `{accepted, results}`.

        ``POST /v3/events/batch/``.

        Args:
          events: ``Sequence[EventIngestRequest | Mapping[str, Any]]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``EventBatchIngestResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.events.ingest_batch(events=…)``
        """
        op = OPERATIONS["events_ingest_batch"]
        try:
            body = unstructure_EventBatchIngestRequest(EventBatchIngestRequest(events=events))
            validate_EventBatchIngestRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_EventBatchIngestResponse(data) if data.__class__ is dict else data


class FaceMatchResource:
    """``client.face_match``: compare."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def compare(
        self,
        *,
        user_image: FileInput,
        ref_image: FileInput,
        face_match_score_decline_threshold: int | None = None,
        rotate_image: bool | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> FaceMatchResponse:
        """Compare two faces.

        Compare two faces as a standalone check (billed per call; 402/403 when the balance does
        not cover it).

        ``POST /v3/face-match/``.

        Args:
          user_image: The face to check, at most 10 MB.
          ref_image: The reference face, at most 10 MB.
          face_match_score_decline_threshold: ``int``.
          rotate_image: ``bool``.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``FaceMatchResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.face_match.compare(user_image=…, ref_image=…)``
        """
        op = OPERATIONS["face_match_compare"]
        try:
            body = unstructure_FaceMatchRequest(
                FaceMatchRequest(
                    user_image=user_image,
                    ref_image=ref_image,
                    face_match_score_decline_threshold=face_match_score_decline_threshold,
                    rotate_image=rotate_image,
                    save_api_request=save_api_request,
                    vendor_data=vendor_data,
                )
            )
            validate_FaceMatchRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        files = {k: body.pop(k) for k in ["user_image", "ref_image"] if k in body}
        data = await self._transport.request(
            op,
            files=files,
            data=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_FaceMatchResponse(data) if data.__class__ is dict else data


class FaceSearchResource:
    """``client.face_search``: search."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def search(
        self,
        *,
        user_image: FileInput,
        rotate_image: bool | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> FaceSearchResponse:
        """Search a face among previous sessions.

        Search a face among previous sessions as a standalone check (billed per call; 402/403
        when the balance does not cover it).

        ``POST /v3/face-search/``.

        Args:
          user_image: The face to search for.
          rotate_image: ``bool``.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``FaceSearchResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.face_search.search(user_image=…)``
        """
        op = OPERATIONS["face_search_search"]
        try:
            body = unstructure_FaceSearchRequest(
                FaceSearchRequest(
                    user_image=user_image,
                    rotate_image=rotate_image,
                    save_api_request=save_api_request,
                    vendor_data=vendor_data,
                )
            )
            validate_FaceSearchRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        files = {k: body.pop(k) for k in ["user_image"] if k in body}
        data = await self._transport.request(
            op,
            files=files,
            data=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_FaceSearchResponse(data) if data.__class__ is dict else data


class IdVerificationResource:
    """``client.id_verification``: verify."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def verify(
        self,
        *,
        front_image: FileInput,
        back_image: FileInput | None = None,
        perform_document_liveness: bool | None = None,
        front_image_password: str | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        metadata: str | None = None,
        minimum_age: int | None = None,
        preferred_characters: Literal["latin", "non_latin"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> IdVerificationResponse:
        """Verify an identity document.

        Verify an identity document as a standalone check (billed per call; 402/403 when the
        balance does not cover it).

        ``POST /v3/id-verification/``.

        Args:
          front_image: Front of the document: JPEG, PNG, WebP, TIFF or PDF, at most 10 MB.
          back_image: Back of the document, same formats.
          perform_document_liveness: ``bool``.
          front_image_password: Password of an encrypted PDF.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          metadata: A JSON object serialised as a string (multipart).
          minimum_age: Decline when the extracted age is lower.
          preferred_characters: Script to prefer when reading the document.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``IdVerificationResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.id_verification.verify(front_image=…)``
        """
        op = OPERATIONS["id_verification_verify"]
        try:
            body = unstructure_IdVerificationRequest(
                IdVerificationRequest(
                    front_image=front_image,
                    back_image=back_image,
                    perform_document_liveness=perform_document_liveness,
                    front_image_password=front_image_password,
                    save_api_request=save_api_request,
                    vendor_data=vendor_data,
                    metadata=metadata,
                    minimum_age=minimum_age,
                    preferred_characters=preferred_characters,
                )
            )
            validate_IdVerificationRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        files = {k: body.pop(k) for k in ["front_image", "back_image"] if k in body}
        data = await self._transport.request(
            op,
            files=files,
            data=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_IdVerificationResponse(data) if data.__class__ is dict else data


class KybResource:
    """``client.kyb``: search, select, retrieve_shareholders, retrieve_ubo."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def search(
        self,
        *,
        country_code: str,
        name: str | None = None,
        registration_number: str | None = None,
        search_type: Literal["contains", "start_with", "fuzzy"] | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybSearchResponse:
        """Search company registries.

        Looks a company up in official registries by name and/or registration number. Each
        candidate carries a `kyb_response_id` to pass to select. Response shape unpublished: we
        read it as `{results: [...]}` with candidates typed loosely and unknown fields kept.

        ``POST /v3/kyb/search/``.

        Args:
          country_code: ISO 3166-1 alpha-2.
          name: ``str``.
          registration_number: ``str``.
          search_type: How `name` matches.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any]``.
          webhook_url: Notified when the registry answer resolves.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``KybSearchResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.kyb.search(country_code=…)``
        """
        op = OPERATIONS["kyb_search"]
        try:
            body = unstructure_KybSearchRequest(
                KybSearchRequest(
                    country_code=country_code,
                    name=name,
                    registration_number=registration_number,
                    search_type=search_type,
                    vendor_data=vendor_data,
                    metadata=metadata,
                    webhook_url=webhook_url,
                )
            )
            validate_KybSearchRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_KybSearchResponse(data) if data.__class__ is dict else data

    async def select(
        self,
        *,
        kyb_response_id: str,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        save_api_request: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybCompanyRecord:
        """Resolve a registry candidate.

        Pulls the full registry record of a candidate returned by search. Response shape
        unpublished: the company record is typed loosely and unknown fields kept.

        ``POST /v3/kyb/select/``.

        Args:
          kyb_response_id: ``str``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any]``.
          save_api_request: Store the call as a manual check in the Console.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``KybCompanyRecord``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``record = await client.kyb.select(kyb_response_id=…)``
        """
        op = OPERATIONS["kyb_select"]
        try:
            body = unstructure_KybSelectRequest(
                KybSelectRequest(
                    kyb_response_id=kyb_response_id,
                    vendor_data=vendor_data,
                    metadata=metadata,
                    save_api_request=save_api_request,
                )
            )
            validate_KybSelectRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_KybCompanyRecord(data) if data.__class__ is dict else data

    async def retrieve_shareholders(
        self,
        *,
        kyb_response_id: str,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        save_api_request: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybShareholdersResponse:
        """Fetch a company's shareholders.

        Upgrade a KYB registry lookup (`kyb_response_id` from `kyb.select`) to the shareholders
        tier: the registry record with its officers and shareholders. 200 when the data is at
        hand, 202 while the registry is still being asked (the same body,
        `registry_tier_delivered` lower than requested); call again later. Billed per call.

        ``POST /v3/kyb/shareholders/``.

        Args:
          kyb_response_id: ``str``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          save_api_request: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``KybShareholdersResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.kyb.retrieve_shareholders(kyb_response_id=…)``
        """
        op = OPERATIONS["kyb_retrieve_shareholders"]
        try:
            body = unstructure_KybShareholdersRequest(
                KybShareholdersRequest(
                    kyb_response_id=kyb_response_id,
                    vendor_data=vendor_data,
                    metadata=metadata,
                    save_api_request=save_api_request,
                )
            )
            validate_KybShareholdersRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_KybShareholdersResponse(data) if data.__class__ is dict else data

    async def retrieve_ubo(
        self,
        *,
        kyb_response_id: str,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        save_api_request: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybShareholdersResponse:
        """Fetch a company's ultimate beneficial owners.

        Upgrade a KYB registry lookup (`kyb_response_id` from `kyb.select`) to the UBO tier: the
        registry record with its shareholders and ultimate beneficial owners. 200 when
        delivered, 202 while the registry is still being asked; call again later. Billed per
        call.

        ``POST /v3/kyb/ubo/``.

        Args:
          kyb_response_id: ``str``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          save_api_request: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``KybShareholdersResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.kyb.retrieve_ubo(kyb_response_id=…)``
        """
        op = OPERATIONS["kyb_retrieve_ubo"]
        try:
            body = unstructure_KybUboRequest(
                KybUboRequest(
                    kyb_response_id=kyb_response_id,
                    vendor_data=vendor_data,
                    metadata=metadata,
                    save_api_request=save_api_request,
                )
            )
            validate_KybUboRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_KybShareholdersResponse(data) if data.__class__ is dict else data


class ListsResource:
    """``client.lists``: list, create, retrieve, update, delete."""

    __slots__ = ("_transport", "entries")

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.entries = ListsEntriesResource(transport)

    def list(
        self,
        *,
        list_type: ListType | Literal["blocklist", "allowlist", "custom"] | None = None,
        entry_type: ListEntryType
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
        | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[DiditList]:
        """List lists.

        Blocklists, allowlists and custom lists, filtered by list or entry type. Management API
        on the apx host (Didit's tooling calls the verification host; both answer). One system
        blocklist per entry type is provisioned for every application and cannot be created,
        renamed or deleted.

        ``GET /v3/lists/``.

        Args:
          list_type: one of blocklist, allowlist, custom.
          entry_type: one of face, document, phone, email, ip_address, device_fingerprint, ....
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[DiditList]`` (await it for one page, iterate for every item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.lists.list()``
        """
        op = OPERATIONS["lists_list"]
        try:
            query: dict[str, Any] = {}
            if list_type is not None:
                if not isinstance(list_type, str) or list_type not in _E_ListType:
                    raise DiditValidationError(
                        "list_type",
                        "enum",
                        "must be one of: blocklist, allowlist, custom"
                        + (
                            ", not " + repr(list_type[:40])
                            if isinstance(list_type, str)
                            else ", not " + type(list_type).__name__
                        ),
                    )
                query["list_type"] = (
                    list_type.value if isinstance(list_type, ListType) else list_type
                )
            if entry_type is not None:
                if not isinstance(entry_type, str) or entry_type not in _E_ListEntryType:
                    raise DiditValidationError(
                        "entry_type",
                        "enum",
                        "must be one of: face, document, phone, email, ip_address, device_fingerprint, wallet_address, bank_account, user, business, country, key"
                        + (
                            ", not " + repr(entry_type[:40])
                            if isinstance(entry_type, str)
                            else ", not " + type(entry_type).__name__
                        ),
                    )
                query["entry_type"] = (
                    entry_type.value if isinstance(entry_type, ListEntryType) else entry_type
                )
            if limit is not None:
                if isinstance(limit, bool) or not isinstance(limit, int):
                    raise DiditValidationError(
                        "limit", "type", "must be an integer, not " + type(limit).__name__
                    )
                if limit < 1:
                    raise DiditValidationError("limit", "min", "must be at least 1")
                query["limit"] = limit
            if offset is not None:
                if isinstance(offset, bool) or not isinstance(offset, int):
                    raise DiditValidationError(
                        "offset", "type", "must be an integer, not " + type(offset).__name__
                    )
                if offset < 0:
                    raise DiditValidationError("offset", "min", "must be at least 0")
                query["offset"] = offset
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        return self._transport.paginate(
            op,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_DiditList,
        )

    async def create(
        self,
        *,
        name: str,
        list_type: Literal["allowlist", "custom"],
        entry_type: ListEntryType
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
        ],
        description: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DiditList:
        """Create a list.

        An allowlist or custom list; `name` is unique per application (400 otherwise).
        Management API on the apx host (Didit's tooling calls the verification host; both
        answer). One system blocklist per entry type is provisioned for every application and
        cannot be created, renamed or deleted.

        ``POST /v3/lists/``.

        Args:
          name: ``str``.
          list_type: Blocklists are provisioned by Didit.
          entry_type: one of face, document, phone, email, ip_address, device_fingerprint, ....
          description: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``DiditList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = await client.lists.create(name=…, list_type=…, entry_type=…)``
        """
        op = OPERATIONS["lists_create"]
        try:
            body = unstructure_ListCreateRequest(
                ListCreateRequest(
                    name=name, list_type=list_type, entry_type=entry_type, description=description
                )
            )
            validate_ListCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_DiditList(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        list_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DiditList:
        """Get a list.

        A list's details. Management API on the apx host (Didit's tooling calls the verification
        host; both answer). One system blocklist per entry type is provisioned for every
        application and cannot be created, renamed or deleted.

        ``GET /v3/lists/{list_uuid}/``.

        Args:
          list_uuid: The list's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``DiditList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = await client.lists.retrieve("…")``
        """
        op = OPERATIONS["lists_retrieve"]
        try:
            _path("list_uuid", list_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"list_uuid": list_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_DiditList(data) if data.__class__ is dict else data

    async def update(
        self,
        list_uuid: str,
        /,
        *,
        name: str | None = None,
        description: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DiditList:
        """Update a list.

        Renames an allowlist/custom list or changes its description; a system blocklist answers
        403. Management API on the apx host (Didit's tooling calls the verification host; both
        answer). One system blocklist per entry type is provisioned for every application and
        cannot be created, renamed or deleted.

        ``PATCH /v3/lists/{list_uuid}/``.

        Args:
          list_uuid: The list's UUID.
          name: ``str``.
          description: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``DiditList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = await client.lists.update("…")``
        """
        op = OPERATIONS["lists_update"]
        try:
            _path("list_uuid", list_uuid, uuid=True)
            body = unstructure_ListUpdateRequest(
                ListUpdateRequest(name=name, description=description)
            )
            validate_ListUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"list_uuid": list_uuid},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_DiditList(data) if data.__class__ is dict else data

    async def delete(
        self,
        list_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a list.

        Deletes an allowlist/custom list and its entries; a system blocklist answers 403.
        Management API on the apx host (Didit's tooling calls the verification host; both
        answer). One system blocklist per entry type is provisioned for every application and
        cannot be created, renamed or deleted.

        ``DELETE /v3/lists/{list_uuid}/``.

        Args:
          list_uuid: The list's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``await client.lists.delete("…")``
        """
        op = OPERATIONS["lists_delete"]
        try:
            _path("list_uuid", list_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        await self._transport.request(
            op,
            path_params={"list_uuid": list_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class PassiveLivenessResource:
    """``client.passive_liveness``: check."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def check(
        self,
        *,
        user_image: FileInput,
        face_liveness_score_decline_threshold: int | None = None,
        rotate_image: bool | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PassiveLivenessResponse:
        """Check liveness from one selfie.

        Check liveness from one selfie as a standalone check (billed per call; 402/403 when the
        balance does not cover it).

        ``POST /v3/passive-liveness/``.

        Args:
          user_image: A selfie, at most 10 MB.
          face_liveness_score_decline_threshold: ``int``.
          rotate_image: ``bool``.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``PassiveLivenessResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.passive_liveness.check(user_image=…)``
        """
        op = OPERATIONS["passive_liveness_check"]
        try:
            body = unstructure_PassiveLivenessRequest(
                PassiveLivenessRequest(
                    user_image=user_image,
                    face_liveness_score_decline_threshold=face_liveness_score_decline_threshold,
                    rotate_image=rotate_image,
                    save_api_request=save_api_request,
                    vendor_data=vendor_data,
                )
            )
            validate_PassiveLivenessRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        files = {k: body.pop(k) for k in ["user_image"] if k in body}
        data = await self._transport.request(
            op,
            files=files,
            data=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_PassiveLivenessResponse(data) if data.__class__ is dict else data


class PhoneResource:
    """``client.phone``: send, check."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def send(
        self,
        *,
        phone_number: str,
        options: PhoneSendOptions | Mapping[str, Any] | None = None,
        signals: RequestSignals | Mapping[str, Any] | None = None,
        vendor_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PhoneSendResponse:
        """Send a phone code.

        Send a phone code as a standalone check (billed per call; 402/403 when the balance does
        not cover it).

        ``POST /v3/phone/send/``.

        Args:
          phone_number: E.164.
          options: ``PhoneSendOptions | Mapping[str, Any]``.
          signals: ``RequestSignals | Mapping[str, Any]``.
          vendor_data: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``PhoneSendResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.phone.send(phone_number=…)``
        """
        op = OPERATIONS["phone_send"]
        try:
            body = unstructure_PhoneSendRequest(
                PhoneSendRequest(
                    phone_number=phone_number,
                    options=options,
                    signals=signals,
                    vendor_data=vendor_data,
                )
            )
            validate_PhoneSendRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_PhoneSendResponse(data) if data.__class__ is dict else data

    async def check(
        self,
        *,
        phone_number: str,
        code: str,
        duplicated_phone_number_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        disposable_number_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        voip_number_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PhoneCheckResponse:
        """Check a phone code.

        Check a phone code as a standalone check (billed per call; 402/403 when the balance does
        not cover it).

        ``POST /v3/phone/check/``.

        Args:
          phone_number: ``str``.
          code: ``str``.
          duplicated_phone_number_action: one of NO_ACTION, DECLINE.
          disposable_number_action: one of NO_ACTION, DECLINE.
          voip_number_action: one of NO_ACTION, DECLINE.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``PhoneCheckResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.phone.check(phone_number=…, code=…)``
        """
        op = OPERATIONS["phone_check"]
        try:
            body = unstructure_PhoneCheckRequest(
                PhoneCheckRequest(
                    phone_number=phone_number,
                    code=code,
                    duplicated_phone_number_action=duplicated_phone_number_action,
                    disposable_number_action=disposable_number_action,
                    voip_number_action=voip_number_action,
                )
            )
            validate_PhoneCheckRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_PhoneCheckResponse(data) if data.__class__ is dict else data


class PoaResource:
    """``client.poa``: verify."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def verify(
        self,
        *,
        document: FileInput,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        expected_address: str | None = None,
        expected_country: str | None = None,
        expected_first_name: str | None = None,
        expected_last_name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PoaResponse:
        """Verify a proof of address.

        Verify a proof of address as a standalone check (billed per call; 402/403 when the
        balance does not cover it).

        ``POST /v3/poa/``.

        Args:
          document: JPG, PNG, TIFF or PDF, at most 15 MB.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          expected_address: ``str``.
          expected_country: Alpha-2.
          expected_first_name: ``str``.
          expected_last_name: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``PoaResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.poa.verify(document=…)``
        """
        op = OPERATIONS["poa_verify"]
        try:
            body = unstructure_PoaRequest(
                PoaRequest(
                    document=document,
                    save_api_request=save_api_request,
                    vendor_data=vendor_data,
                    expected_address=expected_address,
                    expected_country=expected_country,
                    expected_first_name=expected_first_name,
                    expected_last_name=expected_last_name,
                )
            )
            validate_PoaRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        files = {k: body.pop(k) for k in ["document"] if k in body}
        data = await self._transport.request(
            op,
            files=files,
            data=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_PoaResponse(data) if data.__class__ is dict else data


class QuestionnairesResource:
    """``client.questionnaires``: list, create, retrieve, update, delete."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[Questionnaire]:
        """List questionnaires.

        All questionnaires (a plain array; the docs do not show paging).

        ``GET /v3/questionnaires/``.

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``list[Questionnaire]``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``questionnaires = await client.questionnaires.list()``
        """
        op = OPERATIONS["questionnaires_list"]
        data = await self._transport.request(
            op, extra_query=extra_query, timeout=timeout, extra_headers=extra_headers
        )
        return [structure_Questionnaire(x) if x.__class__ is dict else x for x in data]

    async def create(
        self,
        *,
        title: str,
        description: str | None = None,
        default_language: str | None = None,
        languages: Sequence[str] | None = None,
        form_elements: Sequence[QuestionnaireFormElement | Mapping[str, Any]] | None = None,
        questions: Sequence[QuestionnaireQuestion | Mapping[str, Any]] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Questionnaire:
        """Create a questionnaire.

        A form shown during verification.

        ``POST /v3/questionnaires/``.

        Args:
          title: ``str``.
          description: ``str``.
          default_language: ``str``.
          languages: ``Sequence[str]``.
          form_elements: ``Sequence[QuestionnaireFormElement | Mapping[str, Any]]``.
          questions: The question list Didit's current tooling sends (type, text, options,
              optional branching); the older `form_elements` is still accepted.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Questionnaire``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``questionnaire = await client.questionnaires.create(title=…)``
        """
        op = OPERATIONS["questionnaires_create"]
        try:
            body = unstructure_QuestionnaireCreateRequest(
                QuestionnaireCreateRequest(
                    title=title,
                    description=description,
                    default_language=default_language,
                    languages=languages,
                    form_elements=form_elements,
                    questions=questions,
                )
            )
            validate_QuestionnaireCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Questionnaire(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        questionnaire_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Questionnaire:
        """Get a questionnaire.

        One questionnaire.

        ``GET /v3/questionnaires/{questionnaire_uuid}/``.

        Args:
          questionnaire_uuid: The questionnaire's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Questionnaire``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``questionnaire = await client.questionnaires.retrieve("…")``
        """
        op = OPERATIONS["questionnaires_retrieve"]
        try:
            _path("questionnaire_uuid", questionnaire_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"questionnaire_uuid": questionnaire_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Questionnaire(data) if data.__class__ is dict else data

    async def update(
        self,
        questionnaire_uuid: str,
        /,
        *,
        title: str | None = None,
        description: str | None = None,
        default_language: str | None = None,
        languages: Sequence[str] | None = None,
        form_elements: Sequence[QuestionnaireFormElement | Mapping[str, Any]] | None = None,
        questions: Sequence[QuestionnaireQuestion | Mapping[str, Any]] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Questionnaire:
        """Update a questionnaire.

        A partial update.

        ``PATCH /v3/questionnaires/{questionnaire_uuid}/``.

        Args:
          questionnaire_uuid: The questionnaire's UUID.
          title: ``str``.
          description: ``str``.
          default_language: ``str``.
          languages: ``Sequence[str]``.
          form_elements: ``Sequence[QuestionnaireFormElement | Mapping[str, Any]]``.
          questions: The question list Didit's current tooling sends (type, text, options,
              optional branching); the older `form_elements` is still accepted.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Questionnaire``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``questionnaire = await client.questionnaires.update("…")``
        """
        op = OPERATIONS["questionnaires_update"]
        try:
            _path("questionnaire_uuid", questionnaire_uuid, uuid=True)
            body = unstructure_QuestionnaireUpdateRequest(
                QuestionnaireUpdateRequest(
                    title=title,
                    description=description,
                    default_language=default_language,
                    languages=languages,
                    form_elements=form_elements,
                    questions=questions,
                )
            )
            validate_QuestionnaireUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"questionnaire_uuid": questionnaire_uuid},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Questionnaire(data) if data.__class__ is dict else data

    async def delete(
        self,
        questionnaire_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a questionnaire.

        Deletes a questionnaire.

        ``DELETE /v3/questionnaires/{questionnaire_uuid}/``.

        Args:
          questionnaire_uuid: The questionnaire's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``await client.questionnaires.delete("…")``
        """
        op = OPERATIONS["questionnaires_delete"]
        try:
            _path("questionnaire_uuid", questionnaire_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        await self._transport.request(
            op,
            path_params={"questionnaire_uuid": questionnaire_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class RiskResource:
    """``client.risk``: email, ip, phone."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def email(
        self,
        *,
        email: str,
        country_code: str | None = None,
        signals: RiskSignals | Mapping[str, Any] | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        enable_social: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EmailRiskResponse:
        """Score an email address.

        Risk-score an email address without a session: deliverability, disposable and breached
        flags, the domain, social footprint and matches with your other users. Billed per call.

        ``POST /v3/email/risk/``.

        Args:
          email: ``str``.
          country_code: ``str``.
          signals: ``RiskSignals | Mapping[str, Any]``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          enable_social: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``EmailRiskResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.risk.email(email=…)``
        """
        op = OPERATIONS["risk_email"]
        try:
            body = unstructure_EmailRiskRequest(
                EmailRiskRequest(
                    email=email,
                    country_code=country_code,
                    signals=signals,
                    vendor_data=vendor_data,
                    metadata=metadata,
                    enable_social=enable_social,
                )
            )
            validate_EmailRiskRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_EmailRiskResponse(data) if data.__class__ is dict else data

    async def ip(
        self,
        *,
        ip_address: str,
        claimed_country: str | None = None,
        user_agent: str | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> IpRiskResponse:
        """Score an IP address.

        Risk-score an IP address without a session: location, VPN, proxy, Tor and data-centre
        flags. Billed per call.

        ``POST /v3/ip/risk/``.

        Args:
          ip_address: ``str``.
          claimed_country: ``str``.
          user_agent: ``str``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``IpRiskResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.risk.ip(ip_address=…)``
        """
        op = OPERATIONS["risk_ip"]
        try:
            body = unstructure_IpRiskRequest(
                IpRiskRequest(
                    ip_address=ip_address,
                    claimed_country=claimed_country,
                    user_agent=user_agent,
                    vendor_data=vendor_data,
                    metadata=metadata,
                )
            )
            validate_IpRiskRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_IpRiskResponse(data) if data.__class__ is dict else data

    async def phone(
        self,
        *,
        phone_number: str,
        country_code: str | None = None,
        signals: RiskSignals | Mapping[str, Any] | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        enable_social: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PhoneRiskResponse:
        """Score a phone number.

        Risk-score a phone number without a session: carrier, line type, disposable and VoIP
        flags, social footprint and matches with your other users. Didit caps scoring at 4
        attempts per number per hour (scope phone-risk-number, which the client honours before
        sending). Billed per call.

        ``POST /v3/phone/risk/``.

        Args:
          phone_number: ``str``.
          country_code: ``str``.
          signals: ``RiskSignals | Mapping[str, Any]``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          enable_social: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``PhoneRiskResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.risk.phone(phone_number=…)``
        """
        op = OPERATIONS["risk_phone"]
        try:
            body = unstructure_PhoneRiskRequest(
                PhoneRiskRequest(
                    phone_number=phone_number,
                    country_code=country_code,
                    signals=signals,
                    vendor_data=vendor_data,
                    metadata=metadata,
                    enable_social=enable_social,
                )
            )
            validate_PhoneRiskRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_PhoneRiskResponse(data) if data.__class__ is dict else data


class SessionsResource:
    """``client.sessions``: create, retrieve_decision, list, delete, batch_delete, retrieve_batch_delete_job, update_status, generate_pdf, share, import_shared, list_events, update_aml_hit_status, update_feature_status, update_data, update_poa_data, retrieve, arm_sandbox, bulk_update_aml_hit_status."""

    __slots__ = ("_transport", "imports", "kyb", "reviews")

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.imports = SessionsImportsResource(transport)
        self.kyb = SessionsKybResource(transport)
        self.reviews = SessionsReviewsResource(transport)

    async def create(
        self,
        *,
        workflow_id: str,
        vendor_data: str | None = None,
        callback: str | None = None,
        callback_method: CallbackMethod | Literal["initiator", "completer", "both"] | None = None,
        metadata: Mapping[str, Any] | str | None = None,
        language: Language | str | None = None,
        contact_details: ContactDetails | Mapping[str, Any] | None = None,
        expected_details: ExpectedDetails | Mapping[str, Any] | None = None,
        portrait_image: str | None = None,
        sandbox_scenario: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateSessionResponse:
        """Create a session.

        Creates a verification session and its hosted URL. Idempotent reuse: when `vendor_data`
        is given and an unfinished session (Not Started, In Progress, Resubmitted, Awaiting
        User) with the same `vendor_data` exists on the workflow's latest published version,
        that session is returned (still 201) with `callback` and `metadata` updated. There is no
        Idempotency-Key: if a create times out, list sessions by `vendor_data` before creating
        another.

        ``POST /v3/session/``.

        Args:
          workflow_id: The workflow to run: a KYC workflow makes a user session, a KYB workflow
              a business session.
          vendor_data: Your identifier for the user or business.
          callback: Where the user is sent when the flow ends; Didit appends
              `?verificationSessionId=...&status=...`.
          callback_method: one of initiator, completer, both.
          metadata: Your data, not shown to the user (a JSON object; older docs allowed a JSON
              string).
          language: one of en, ar, bg, bn, ca, cnr, ....
          contact_details: ``ContactDetails | Mapping[str, Any]``.
          expected_details: ``ExpectedDetails | Mapping[str, Any]``.
          portrait_image: Base64 reference face for Biometric Authentication workflows, at most
              1 MB decoded (1,398,104 base64 characters).
          sandbox_scenario: Sandbox applications only: the outcome to simulate (`approve`,
              `decline_aml_hit`, ...; all in GET /v1/sandbox/scenarios/).
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CreateSessionResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.sessions.create(workflow_id=…)``
        """
        op = OPERATIONS["sessions_create"]
        try:
            body = unstructure_CreateSessionRequest(
                CreateSessionRequest(
                    workflow_id=workflow_id,
                    vendor_data=vendor_data,
                    callback=callback,
                    callback_method=callback_method,
                    metadata=metadata,
                    language=language,
                    contact_details=contact_details,
                    expected_details=expected_details,
                    portrait_image=portrait_image,
                    sandbox_scenario=sandbox_scenario,
                )
            )
            validate_CreateSessionRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_CreateSessionResponse(data) if data.__class__ is dict else data

    async def retrieve_decision(
        self,
        session_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionDecision:
        """Retrieve a session's decision.

        Every result of a session. Media URLs are presigned and expire after about 60 minutes.
        Sources disagree on its rate limit: older pages put it in a 100/min `session-decision`
        scope; current docs say v3 is only under generic-get (600/min). We follow current docs.

        ``GET /v3/session/{sessionId}/decision/``.

        Args:
          session_id: The session's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SessionDecision``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``decision = await client.sessions.retrieve_decision("…")``
        """
        op = OPERATIONS["sessions_retrieve_decision"]
        try:
            _path("session_id", session_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"sessionId": session_id},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_SessionDecision(data) if data.__class__ is dict else data

    def list(
        self,
        *,
        session_kind: Literal["user", "business", "all"] | None = None,
        vendor_data: str | None = None,
        status: str
        | Sequence[
            SessionStatus
            | Literal[
                "Not Started",
                "In Progress",
                "In Review",
                "Awaiting User",
                "Resubmitted",
                "Approved",
                "Declined",
                "Expired",
                "Abandoned",
                "Kyc Expired",
            ]
        ]
        | None = None,
        workflow_id: str | None = None,
        country: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        search: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[SessionListItem]:
        """List sessions.

        Sessions newest first, paginated with limit/offset (`next`/`previous` are full URLs).
        Sources disagree on the default page size (50 current, 20 in skills) and an older page
        mentions `page_size`; we follow current docs.

        ``GET /v3/sessions/``.

        Args:
          session_kind: one of user, business, all.
          vendor_data: Exact match.
          status: Sessions in any of these statuses: a list (`["Approved", "In Review"]`) or one
              comma-separated string (`Approved,In Review`, no spaces around the commas).
          workflow_id: ``str``.
          country: Issuing state (KYC) or country code (KYB).
          date_from: Created at or after (ISO 8601).
          date_to: Created at or before (ISO 8601).
          search: Substring of vendor data, name, document number, phone, email.
          limit: Items per page.
          offset: Items to skip.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[SessionListItem]`` (await it for one page, iterate for every
        item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.sessions.list()``
        """
        op = OPERATIONS["sessions_list"]
        try:
            query: dict[str, Any] = {}
            if session_kind is not None:
                if not isinstance(session_kind, str) or session_kind not in _E_inline102:
                    raise DiditValidationError(
                        "session_kind",
                        "enum",
                        "must be one of: user, business, all"
                        + (
                            ", not " + repr(session_kind[:40])
                            if isinstance(session_kind, str)
                            else ", not " + type(session_kind).__name__
                        ),
                    )
                query["session_kind"] = session_kind
            if vendor_data is not None:
                if not isinstance(vendor_data, str):
                    raise DiditValidationError(
                        "vendor_data", "type", "must be a string, not " + type(vendor_data).__name__
                    )
                query["vendor_data"] = vendor_data
            if status is not None:
                if not isinstance(status, (str, list, tuple)):
                    raise DiditValidationError(
                        "status", "type", "must be a string or a list, not " + type(status).__name__
                    )
                if not status:
                    raise DiditValidationError(
                        "status", "min_items", "must name at least one value"
                    )
                for x0 in status.split(",") if isinstance(status, str) else status:
                    if not isinstance(x0, str) or x0 not in _E_SessionStatus:
                        raise DiditValidationError(
                            "status",
                            "enum",
                            "must be one of: Not Started, In Progress, In Review, Awaiting User, Resubmitted, Approved, Declined, Expired, Abandoned, Kyc Expired"
                            + (
                                ", not " + repr(x0[:40])
                                if isinstance(x0, str)
                                else ", not " + type(x0).__name__
                            ),
                        )
                query["status"] = status
            if workflow_id is not None:
                if not isinstance(workflow_id, str):
                    raise DiditValidationError(
                        "workflow_id", "type", "must be a string, not " + type(workflow_id).__name__
                    )
                if not is_uuid(workflow_id):
                    raise DiditValidationError("workflow_id", "format", "must be a valid uuid")
                query["workflow_id"] = workflow_id
            if country is not None:
                if not isinstance(country, str):
                    raise DiditValidationError(
                        "country", "type", "must be a string, not " + type(country).__name__
                    )
                query["country"] = country
            if date_from is not None:
                if not isinstance(date_from, str):
                    raise DiditValidationError(
                        "date_from", "type", "must be a string, not " + type(date_from).__name__
                    )
                if not is_datetime(date_from):
                    raise DiditValidationError("date_from", "format", "must be a valid date-time")
                query["date_from"] = date_from
            if date_to is not None:
                if not isinstance(date_to, str):
                    raise DiditValidationError(
                        "date_to", "type", "must be a string, not " + type(date_to).__name__
                    )
                if not is_datetime(date_to):
                    raise DiditValidationError("date_to", "format", "must be a valid date-time")
                query["date_to"] = date_to
            if search is not None:
                if not isinstance(search, str):
                    raise DiditValidationError(
                        "search", "type", "must be a string, not " + type(search).__name__
                    )
                query["search"] = search
            if limit is not None:
                if isinstance(limit, bool) or not isinstance(limit, int):
                    raise DiditValidationError(
                        "limit", "type", "must be an integer, not " + type(limit).__name__
                    )
                if limit < 1:
                    raise DiditValidationError("limit", "min", "must be at least 1")
                query["limit"] = limit
            if offset is not None:
                if isinstance(offset, bool) or not isinstance(offset, int):
                    raise DiditValidationError(
                        "offset", "type", "must be an integer, not " + type(offset).__name__
                    )
                if offset < 0:
                    raise DiditValidationError("offset", "min", "must be at least 0")
                query["offset"] = offset
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        return self._transport.paginate(
            op,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_SessionListItem,
        )

    async def delete(
        self,
        session_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a session.

        Soft-deletes a session; its decision then answers 404 and media are quarantined.

        ``DELETE /v3/session/{sessionId}/delete/``.

        Args:
          session_id: The session's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``await client.sessions.delete("…")``
        """
        op = OPERATIONS["sessions_delete"]
        try:
            _path("session_id", session_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        await self._transport.request(
            op,
            path_params={"sessionId": session_id},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def batch_delete(
        self,
        *,
        session_numbers: Sequence[int | str] | None = None,
        delete_all: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchDeleteSessionsResponse:
        """Delete sessions in bulk.

        Deletes by session number, or all. 200 with `results[]`, or 202 with a job when more
        than 20 sessions match (poll the job). 409 `in_filed_report` deletes nothing. Older
        docs: 204.

        ``POST /v3/sessions/delete/``.

        Args:
          session_numbers: Session numbers to delete (docs samples send strings).
          delete_all: Delete every session of the application.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BatchDeleteSessionsResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.sessions.batch_delete()``
        """
        op = OPERATIONS["sessions_batch_delete"]
        try:
            body = unstructure_BatchDeleteSessionsRequest(
                BatchDeleteSessionsRequest(session_numbers=session_numbers, delete_all=delete_all)
            )
            validate_BatchDeleteSessionsRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_BatchDeleteSessionsResponse(data) if data.__class__ is dict else data

    async def retrieve_batch_delete_job(
        self,
        job_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchDeleteJob:
        """Get a batch-delete job.

        Progress of a batch delete answered with 202.

        ``GET /v3/sessions/delete/{job_id}/``.

        Args:
          job_id: The job id.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``BatchDeleteJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``job = await client.sessions.retrieve_batch_delete_job("…")``
        """
        op = OPERATIONS["sessions_retrieve_batch_delete_job"]
        try:
            _path("job_id", job_id)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"job_id": job_id},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_BatchDeleteJob(data) if data.__class__ is dict else data

    async def update_status(
        self,
        session_id: str,
        /,
        *,
        new_status: Literal["Approved", "Declined", "Resubmitted"],
        comment: str | None = None,
        nodes_to_resubmit: Sequence[NodeToResubmit | Mapping[str, Any]] | None = None,
        send_email: bool | None = None,
        email_address: str | None = None,
        email_language: Language | str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionIdResponse:
        """Approve, decline or resubmit.

        Needs `write:sessions`. The current status must be Approved, Declined, In Review, Kyc
        Expired, Abandoned or Resubmitted. Re-setting Approved/Declined is a no-op; a backend-
        only resubmission repeated within 30 s answers 429.

        ``PATCH /v3/session/{sessionId}/update-status/``.

        Args:
          session_id: The session's UUID.
          new_status: one of Approved, Declined, Resubmitted.
          comment: ``str``.
          nodes_to_resubmit: Required with Resubmitted (the schema says so with `if`/`then`).
          send_email: ``bool``.
          email_address: ``str``.
          email_language: one of en, ar, bg, bn, ca, cnr, ....
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SessionIdResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.sessions.update_status("…", new_status=…)``
        """
        op = OPERATIONS["sessions_update_status"]
        try:
            _path("session_id", session_id, uuid=True)
            body = unstructure_UpdateStatusRequest(
                UpdateStatusRequest(
                    new_status=new_status,
                    comment=comment,
                    nodes_to_resubmit=nodes_to_resubmit,
                    send_email=send_email,
                    email_address=email_address,
                    email_language=email_language,
                )
            )
            validate_UpdateStatusRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"sessionId": session_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_SessionIdResponse(data) if data.__class__ is dict else data

    async def generate_pdf(
        self,
        session_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes:
        """Generate the PDF report.

        The session report as a PDF. Also documented without the trailing slash (an older page,
        which typed the response as JSON). Limited to 50/min (older pages: 100/min).

        ``GET /v3/session/{sessionId}/generate-pdf/``.

        Args:
          session_id: The session's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: the file's bytes.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``content = await client.sessions.generate_pdf("…")``
        """
        op = OPERATIONS["sessions_generate_pdf"]
        try:
            _path("session_id", session_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        return bytes(
            await self._transport.request(
                op,
                path_params={"sessionId": session_id},
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    async def share(
        self,
        session_id: str,
        /,
        *,
        for_application_id: str,
        ttl_in_seconds: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShareSessionResponse:
        """Share a session with a partner.

        A token another application can import. Only Approved, Declined or In Review sessions.

        ``POST /v3/session/{sessionId}/share/``.

        Args:
          session_id: The session's UUID.
          for_application_id: The receiving application (exists, not deleted, not yours).
          ttl_in_seconds: How long the token is valid.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ShareSessionResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.sessions.share("…", for_application_id=…)``
        """
        op = OPERATIONS["sessions_share"]
        try:
            _path("session_id", session_id, uuid=True)
            body = unstructure_ShareSessionRequest(
                ShareSessionRequest(
                    for_application_id=for_application_id, ttl_in_seconds=ttl_in_seconds
                )
            )
            validate_ShareSessionRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"sessionId": session_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_ShareSessionResponse(data) if data.__class__ is dict else data

    async def import_shared(
        self,
        *,
        share_token: str,
        workflow_id: str,
        vendor_data: str | None = None,
        trust_review: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ImportSharedSessionResponse:
        """Import a shared session.

        Creates a session from a partner's share token (once per partner application).

        ``POST /v3/session/import-shared/``.

        Args:
          share_token: ``str``.
          workflow_id: A KYC workflow for a KYC token, KYB for KYB.
          vendor_data: ``str``.
          trust_review: true keeps the original status; false puts it In Review.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``ImportSharedSessionResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.sessions.import_shared(share_token=…,
        workflow_id=…)``
        """
        op = OPERATIONS["sessions_import_shared"]
        try:
            body = unstructure_ImportSharedSessionRequest(
                ImportSharedSessionRequest(
                    share_token=share_token,
                    workflow_id=workflow_id,
                    vendor_data=vendor_data,
                    trust_review=trust_review,
                )
            )
            validate_ImportSharedSessionRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_ImportSharedSessionResponse(data) if data.__class__ is dict else data

    def list_events(
        self,
        session_id: str,
        /,
        *,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[SessionEvent]:
        """List a session's events.

        The session's event history.

        ``GET /v3/session/{sessionId}/events/``.

        Args:
          session_id: The session's UUID.
          limit: Items per page.
          offset: Items to skip.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[SessionEvent]`` (await it for one page, iterate for every
        item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.sessions.list_events("…")``
        """
        op = OPERATIONS["sessions_list_events"]
        try:
            _path("session_id", session_id, uuid=True)
            query: dict[str, Any] = {}
            if limit is not None:
                if isinstance(limit, bool) or not isinstance(limit, int):
                    raise DiditValidationError(
                        "limit", "type", "must be an integer, not " + type(limit).__name__
                    )
                if limit < 1:
                    raise DiditValidationError("limit", "min", "must be at least 1")
                query["limit"] = limit
            if offset is not None:
                if isinstance(offset, bool) or not isinstance(offset, int):
                    raise DiditValidationError(
                        "offset", "type", "must be an integer, not " + type(offset).__name__
                    )
                if offset < 0:
                    raise DiditValidationError("offset", "min", "must be at least 0")
                query["offset"] = offset
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        return self._transport.paginate(
            op,
            path_params={"sessionId": session_id},
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_SessionEvent,
        )

    async def update_aml_hit_status(
        self,
        session_id: str,
        /,
        *,
        hit_id: str,
        review_status: AmlHitReviewStatus
        | Literal["Unreviewed", "Confirmed Match", "False Positive", "Inconclusive"],
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateAmlHitStatusResponse:
        """Review an AML hit.

        Marks one AML hit as a confirmed match, a false positive, ...

        ``PATCH /v3/session/{sessionId}/update-aml-hit-status/``.

        Args:
          session_id: The session's UUID.
          hit_id: ``str``.
          review_status: one of Unreviewed, Confirmed Match, False Positive, Inconclusive.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``UpdateAmlHitStatusResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.sessions.update_aml_hit_status("…", hit_id=…,
        review_status=…)``
        """
        op = OPERATIONS["sessions_update_aml_hit_status"]
        try:
            _path("session_id", session_id, uuid=True)
            body = unstructure_UpdateAmlHitStatusRequest(
                UpdateAmlHitStatusRequest(hit_id=hit_id, review_status=review_status)
            )
            validate_UpdateAmlHitStatusRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"sessionId": session_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_UpdateAmlHitStatusResponse(data) if data.__class__ is dict else data

    async def update_feature_status(
        self,
        session_id: str,
        node_id: str,
        /,
        *,
        new_status: Literal["Approved", "Declined", "In Review"],
        comment: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateFeatureStatusResponse:
        """Override one feature's status.

        Sets one node's status (e.g. `feature_ocr_1`, or `default` for single-step workflows)
        and fires data.updated. Standalone-API sessions answer 400.

        ``PATCH /v3/session/{sessionId}/features/{nodeId}/update-status/``.

        Args:
          session_id: The session's UUID.
          node_id: The workflow node, such as `feature_ocr_1`.
          new_status: one of Approved, Declined, In Review.
          comment: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``UpdateFeatureStatusResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.sessions.update_feature_status("…", "…",
        new_status=…)``
        """
        op = OPERATIONS["sessions_update_feature_status"]
        try:
            _path("session_id", session_id, uuid=True)
            _path("node_id", node_id)
            body = unstructure_UpdateFeatureStatusRequest(
                UpdateFeatureStatusRequest(new_status=new_status, comment=comment)
            )
            validate_UpdateFeatureStatusRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"sessionId": session_id, "nodeId": node_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_UpdateFeatureStatusResponse(data) if data.__class__ is dict else data

    async def update_data(
        self,
        session_id: str,
        /,
        *,
        node_id: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        full_name: str | None = None,
        date_of_birth: str | None = None,
        gender: str | None = None,
        nationality: str | None = None,
        document_type: str | None = None,
        document_number: str | None = None,
        personal_number: str | None = None,
        issuing_state: str | None = None,
        expiration_date: str | None = None,
        date_of_issue: str | None = None,
        address: str | None = None,
        place_of_birth: str | None = None,
        document_subtype: str | None = None,
        extra_fields: Mapping[str, Any] | None = None,
        marital_status: Literal["SINGLE", "MARRIED", "DIVORCED", "WIDOWED", "UNKNOWN"]
        | None = None,
        parsed_address: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateSessionDataResponse:
        """Correct extracted KYC data.

        Edits extracted document data and fires data.updated. Limited to 10/min.

        ``PATCH /v3/session/{sessionId}/update-data/``.

        Args:
          session_id: The session's UUID.
          node_id: Which ID-verification node to edit (defaults to the first).
          first_name: ``str``.
          last_name: ``str``.
          full_name: ``str``.
          date_of_birth: ``str``.
          gender: ``str``.
          nationality: ``str``.
          document_type: ``str``.
          document_number: ``str``.
          personal_number: ``str``.
          issuing_state: ``str``.
          expiration_date: ``str``.
          date_of_issue: ``str``.
          address: ``str``.
          place_of_birth: ``str``.
          document_subtype: ``str``.
          extra_fields: Document-specific extra fields.
          marital_status: one of SINGLE, MARRIED, DIVORCED, WIDOWED, UNKNOWN.
          parsed_address: Structured address override (the decision's parsed_address shape).
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``UpdateSessionDataResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.sessions.update_data("…")``
        """
        op = OPERATIONS["sessions_update_data"]
        try:
            _path("session_id", session_id, uuid=True)
            body = unstructure_UpdateSessionDataRequest(
                UpdateSessionDataRequest(
                    node_id=node_id,
                    first_name=first_name,
                    last_name=last_name,
                    full_name=full_name,
                    date_of_birth=date_of_birth,
                    gender=gender,
                    nationality=nationality,
                    document_type=document_type,
                    document_number=document_number,
                    personal_number=personal_number,
                    issuing_state=issuing_state,
                    expiration_date=expiration_date,
                    date_of_issue=date_of_issue,
                    address=address,
                    place_of_birth=place_of_birth,
                    document_subtype=document_subtype,
                    extra_fields=extra_fields,
                    marital_status=marital_status,
                    parsed_address=parsed_address,
                )
            )
            validate_UpdateSessionDataRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"sessionId": session_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_UpdateSessionDataResponse(data) if data.__class__ is dict else data

    async def update_poa_data(
        self,
        session_id: str,
        /,
        *,
        node_id: str | None = None,
        poa_address: str | None = None,
        issuer: str | None = None,
        issue_date: str | None = None,
        document_type: str | None = None,
        name_on_document: str | None = None,
        document_language: str | None = None,
        extra_fields: Mapping[str, Any] | None = None,
        issuing_state: str | None = None,
        poa_parsed_address: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateSessionDataResponse:
        """Correct extracted proof-of-address data.

        Edits extracted POA data and fires data.updated. Limited to 10/min (assumed; the docs'
        table is truncated there).

        ``PATCH /v3/session/{sessionId}/update-poa-data/``.

        Args:
          session_id: The session's UUID.
          node_id: ``str``.
          poa_address: ``str``.
          issuer: ``str``.
          issue_date: ``str``.
          document_type: ``str``.
          name_on_document: ``str``.
          document_language: ``str``.
          extra_fields: ``Mapping[str, Any]``.
          issuing_state: Alpha-3.
          poa_parsed_address: Structured address override.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``UpdateSessionDataResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.sessions.update_poa_data("…")``
        """
        op = OPERATIONS["sessions_update_poa_data"]
        try:
            _path("session_id", session_id, uuid=True)
            body = unstructure_UpdatePoaDataRequest(
                UpdatePoaDataRequest(
                    node_id=node_id,
                    poa_address=poa_address,
                    issuer=issuer,
                    issue_date=issue_date,
                    document_type=document_type,
                    name_on_document=name_on_document,
                    document_language=document_language,
                    extra_fields=extra_fields,
                    issuing_state=issuing_state,
                    poa_parsed_address=poa_parsed_address,
                )
            )
            validate_UpdatePoaDataRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"sessionId": session_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_UpdateSessionDataResponse(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        session_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SessionDecision:
        """Retrieve a session.

        The session with all of its results. Not in Didit's public reference: a community SDK
        calls it and the rate-limiting page names the view that serves v3 retrieval. We read it
        as answering the same body as the decision endpoint (unknown fields kept); like it, only
        generic-get applies.

        ``GET /v3/session/{sessionId}/``.

        Args:
          session_id: The session's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SessionDecision``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``decision = await client.sessions.retrieve("…")``
        """
        op = OPERATIONS["sessions_retrieve"]
        try:
            _path("session_id", session_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"sessionId": session_id},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_SessionDecision(data) if data.__class__ is dict else data

    async def arm_sandbox(
        self,
        session_id: str,
        /,
        *,
        scenario: str,
        session_token: str,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SandboxArmResponse:
        """Arm a sandbox session's outcome.

        Sandbox applications only: decide how a session that has not started yet will end, as
        `sandbox_scenario` does at creation. `scenario` is one of the 16 scenario slugs
        (approve, decline_document_expired, decline_could_not_recognize_document,
        decline_mrz_validation, decline_minimum_age, decline_face_match_low_similarity,
        decline_liveness_attack, decline_aml_hit, decline_ip_blocklist,
        decline_poa_address_mismatch, decline_nfc_chip_not_verified, decline_database_no_match,
        review_aml_possible_match, review_face_match_borderline, review_poa_partial_match,
        decline_kyb_registry_mismatch). Authenticated by the session's own token, not the API
        key: pass `session_token` from the create answer
        (`CreateSessionResponse.session_token`); the SDK sends it as `Session-Token` on this
        call only and never logs it. 400 when the session has already started or the scenario is
        unknown.

        ``POST /v3/session/{sessionId}/sandbox/arm/``.

        Args:
          session_id: The session to arm.
          scenario: ``str``.
          session_token: The secret the SessionTokenAuth scheme sends in the `Session-Token`
              header; never logged.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SandboxArmResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.sessions.arm_sandbox("…", scenario=…)``
        """
        op = OPERATIONS["sessions_arm_sandbox"]
        try:
            _path("session_id", session_id, uuid=True)
            _path("session_token", session_token)
            body = unstructure_SandboxArmRequest(SandboxArmRequest(scenario=scenario))
            validate_SandboxArmRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"sessionId": session_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            credential=session_token,
        )
        return structure_SandboxArmResponse(data) if data.__class__ is dict else data

    async def bulk_update_aml_hit_status(
        self,
        session_id: str,
        /,
        *,
        hit_updates: Sequence[AmlHitBulkUpdateItem | Mapping[str, Any]],
        node_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlHitBulkUpdateResult:
        """Review several AML hits at once.

        Set the review status of several AML hits of a session in one call (`hit_updates`:
        `hit_id` and `review_status` each); `node_id` picks the AML step when the workflow has
        several. Didit's facts give the answer no schema: it is kept as a free-form object.

        ``PATCH /v3/session/{sessionId}/bulk-update-aml-hit-status/``.

        Args:
          session_id: ``str``.
          hit_updates: ``Sequence[AmlHitBulkUpdateItem | Mapping[str, Any]]``.
          node_id: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlHitBulkUpdateResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = await client.sessions.bulk_update_aml_hit_status("…",
        hit_updates=…)``
        """
        op = OPERATIONS["sessions_bulk_update_aml_hit_status"]
        try:
            _path("session_id", session_id, uuid=True)
            body = unstructure_AmlHitBulkUpdateRequest(
                AmlHitBulkUpdateRequest(hit_updates=hit_updates, node_id=node_id)
            )
            validate_AmlHitBulkUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"sessionId": session_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_AmlHitBulkUpdateResult(data) if data.__class__ is dict else data


class SystemResource:
    """``client.system``: healthcheck."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def healthcheck(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> HealthcheckResponse:
        """Health check.

        `ok` when the service, database, cache and broker are healthy. Needs no key and bypasses
        rate limiting.

        ``GET /system/healthcheck``.

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``HealthcheckResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.system.healthcheck()``
        """
        op = OPERATIONS["system_healthcheck"]
        data = await self._transport.request(
            op, extra_query=extra_query, timeout=timeout, extra_headers=extra_headers
        )
        return structure_HealthcheckResponse(data) if data.__class__ is dict else data


class TransactionsResource:
    """``client.transactions``: list, create, retrieve, create_sdk_token."""

    __slots__ = ("_transport", "rules")

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.rules = TransactionsRulesResource(transport)

    def list(
        self,
        *,
        vendor_data: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[Transaction]:
        """List transactions.

        Monitored transactions, newest first, paginated.

        ``GET /v3/transactions/``.

        Args:
          vendor_data: Only transactions whose subject is this vendor_data (our reading).
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[Transaction]`` (await it for one page, iterate for every
        item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.transactions.list()``
        """
        op = OPERATIONS["transactions_list"]
        try:
            query: dict[str, Any] = {}
            if vendor_data is not None:
                if not isinstance(vendor_data, str):
                    raise DiditValidationError(
                        "vendor_data", "type", "must be a string, not " + type(vendor_data).__name__
                    )
                query["vendor_data"] = vendor_data
            if limit is not None:
                if isinstance(limit, bool) or not isinstance(limit, int):
                    raise DiditValidationError(
                        "limit", "type", "must be an integer, not " + type(limit).__name__
                    )
                if limit < 1:
                    raise DiditValidationError("limit", "min", "must be at least 1")
                query["limit"] = limit
            if offset is not None:
                if isinstance(offset, bool) or not isinstance(offset, int):
                    raise DiditValidationError(
                        "offset", "type", "must be an integer, not " + type(offset).__name__
                    )
                if offset < 0:
                    raise DiditValidationError("offset", "min", "must be at least 0")
                query["offset"] = offset
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        return self._transport.paginate(
            op,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_Transaction,
        )

    async def create(
        self,
        *,
        transaction_id: str,
        transaction_category: TransactionCategory
        | Literal[
            "finance",
            "kyc",
            "travel_rule",
            "user_event",
            "audit_trail_event",
            "gambling_bet",
            "gambling_limit_change",
            "gambling_bonus_change",
        ],
        transaction_details: Mapping[str, Any],
        subject: Mapping[str, Any],
        counterparty: Mapping[str, Any] | None = None,
        transaction_at: str | None = None,
        time_zone: str | None = None,
        custom_properties: Mapping[str, Any] | None = None,
        travel_rule_details: Mapping[str, Any] | None = None,
        network_snapshot: Mapping[str, Any] | None = None,
        include_crypto_screening: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Transaction:
        """Submit a transaction.

        Submits a transaction for monitoring and rule evaluation; `transaction_details`,
        `subject` and `counterparty` are shaped by `transaction_category`. Counts against
        `ingest-write` (600/min) instead of generic-write. `transaction_id` is yours and unique
        per application: we read a repeat as answering the stored transaction rather than
        creating a second one (and tolerate 409 for it), so a retry cannot duplicate; after a
        lost answer, retrieve the transaction by its id. Sandbox applications store transactions
        without running Didit's rules; our sandbox runs a documented rule set instead.

        ``POST /v3/transactions/``.

        Args:
          transaction_id: Your unique identifier of the transaction.
          transaction_category: one of finance, kyc, travel_rule, user_event, audit_trail_event,
              gambling_bet, ....
          transaction_details: Category-specific payload (for finance: amount, currency,
              direction, ...).
          subject: Who initiates it, usually `{"vendor_data": ...}`.
          counterparty: The other party.
          transaction_at: ``str``.
          time_zone: ``str``.
          custom_properties: Values rules read as `custom_values.<key>`.
          travel_rule_details: ``Mapping[str, Any]``.
          network_snapshot: ``Mapping[str, Any]``.
          include_crypto_screening: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Transaction``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``transaction = await client.transactions.create(transaction_id=…,
        transaction_category=…, transaction_details=…, subject=…)``
        """
        op = OPERATIONS["transactions_create"]
        try:
            body = unstructure_TransactionCreateRequest(
                TransactionCreateRequest(
                    transaction_id=transaction_id,
                    transaction_category=transaction_category,
                    transaction_details=transaction_details,
                    subject=subject,
                    counterparty=counterparty,
                    transaction_at=transaction_at,
                    time_zone=time_zone,
                    custom_properties=custom_properties,
                    travel_rule_details=travel_rule_details,
                    network_snapshot=network_snapshot,
                    include_crypto_screening=include_crypto_screening,
                )
            )
            validate_TransactionCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Transaction(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        transaction_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Transaction:
        """Get a transaction.

        One transaction with its rule-evaluation result. Didit's tooling calls the parameter
        "transaction ID": we read it as your `transaction_id` (Didit's own `uuid` answers too).

        ``GET /v3/transactions/{transaction_id}/``.

        Args:
          transaction_id: Your transaction_id (or Didit's uuid).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Transaction``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``transaction = await client.transactions.retrieve("…")``
        """
        op = OPERATIONS["transactions_retrieve"]
        try:
            _path("transaction_id", transaction_id)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"transaction_id": transaction_id},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Transaction(data) if data.__class__ is dict else data

    async def create_sdk_token(
        self,
        *,
        vendor_data: str,
        ttl_seconds: int | None = None,
        max_uses: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionSdkToken:
        """Mint a transaction SDK token.

        A short-lived token (`ttl_seconds`, at most a day; optionally `max_uses`) that lets
        device-side code submit and read transactions of one `vendor_data` through
        `/v1/transactions/` without your API key. Hand `sdk_token` to the device and use it
        there with `AsyncDiditDevice` / `DiditDevice`.

        ``POST /v3/transactions/sdk-token/``.

        Args:
          vendor_data: ``str``.
          ttl_seconds: ``int``.
          max_uses: ``int | None``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TransactionSdkToken``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``token = await client.transactions.create_sdk_token(vendor_data=…)``
        """
        op = OPERATIONS["transactions_create_sdk_token"]
        try:
            body = unstructure_TransactionSdkTokenRequest(
                TransactionSdkTokenRequest(
                    vendor_data=vendor_data, ttl_seconds=ttl_seconds, max_uses=max_uses
                )
            )
            validate_TransactionSdkTokenRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TransactionSdkToken(data) if data.__class__ is dict else data


class TravelRuleResource:
    """``client.travel_rule``: sub-resources."""

    __slots__ = (
        "_transport",
        "inbound",
        "pickups",
        "settings",
        "transfers",
        "vasps",
        "wallet_addresses",
        "widget_sessions",
    )

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.inbound = TravelRuleInboundResource(transport)
        self.pickups = TravelRulePickupsResource(transport)
        self.settings = TravelRuleSettingsResource(transport)
        self.transfers = TravelRuleTransfersResource(transport)
        self.vasps = TravelRuleVaspsResource(transport)
        self.wallet_addresses = TravelRuleWalletAddressesResource(transport)
        self.widget_sessions = TravelRuleWidgetSessionsResource(transport)


class UsersResource:
    """``client.users``: list, retrieve, update, create, update_status, batch_delete, toggle_aml_monitoring, generate_pdf, upload_face, bulk_toggle_aml_monitoring, retrieve_aml_monitoring_job."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
        search: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[User]:
        """List users.

        User entities, paginated. Sources disagree: an example uses `page_size`, skills use
        limit/offset (max 200); we follow limit/offset.

        ``GET /v3/users/``.

        Args:
          status: Users in this status.
          search: ``str``.
          date_from: ``str``.
          date_to: ``str``.
          limit: Items per page; Didit serves at most 200 and caps a larger value (DRF's
              `max_limit`), it does not reject it.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[User]`` (await it for one page, iterate for every item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.users.list()``
        """
        op = OPERATIONS["users_list"]
        try:
            query: dict[str, Any] = {}
            if status is not None:
                if not isinstance(status, str) or status not in _E_UserStatus:
                    raise DiditValidationError(
                        "status",
                        "enum",
                        "must be one of: ACTIVE, FLAGGED, BLOCKED"
                        + (
                            ", not " + repr(status[:40])
                            if isinstance(status, str)
                            else ", not " + type(status).__name__
                        ),
                    )
                query["status"] = status.value if isinstance(status, UserStatus) else status
            if search is not None:
                if not isinstance(search, str):
                    raise DiditValidationError(
                        "search", "type", "must be a string, not " + type(search).__name__
                    )
                query["search"] = search
            if date_from is not None:
                if not isinstance(date_from, str):
                    raise DiditValidationError(
                        "date_from", "type", "must be a string, not " + type(date_from).__name__
                    )
                if not is_datetime(date_from):
                    raise DiditValidationError("date_from", "format", "must be a valid date-time")
                query["date_from"] = date_from
            if date_to is not None:
                if not isinstance(date_to, str):
                    raise DiditValidationError(
                        "date_to", "type", "must be a string, not " + type(date_to).__name__
                    )
                if not is_datetime(date_to):
                    raise DiditValidationError("date_to", "format", "must be a valid date-time")
                query["date_to"] = date_to
            if limit is not None:
                if isinstance(limit, bool) or not isinstance(limit, int):
                    raise DiditValidationError(
                        "limit", "type", "must be an integer, not " + type(limit).__name__
                    )
                if limit < 1:
                    raise DiditValidationError("limit", "min", "must be at least 1")
                query["limit"] = limit
            if offset is not None:
                if isinstance(offset, bool) or not isinstance(offset, int):
                    raise DiditValidationError(
                        "offset", "type", "must be an integer, not " + type(offset).__name__
                    )
                if offset < 0:
                    raise DiditValidationError("offset", "min", "must be at least 0")
                query["offset"] = offset
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        return self._transport.paginate(
            op,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_User,
        )

    async def retrieve(
        self,
        vendor_data: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Get a user.

        A user with aggregated counters.

        ``GET /v3/users/{vendor_data}/``.

        Args:
          vendor_data: Your identifier of the user (case-sensitive).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``User``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``user = await client.users.retrieve("…")``
        """
        op = OPERATIONS["users_retrieve"]
        try:
            _path("vendor_data", vendor_data)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"vendor_data": vendor_data},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_User(data) if data.__class__ is dict else data

    async def update(
        self,
        vendor_data: str,
        /,
        *,
        display_name: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        full_name: str | None = None,
        date_of_birth: str | None = None,
        issuing_states: Sequence[str] | None = None,
        approved_emails: Sequence[str] | None = None,
        approved_phones: Sequence[str] | None = None,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Update a user.

        Profile fields.

        ``PATCH /v3/users/{vendor_data}/``.

        Args:
          vendor_data: Your identifier of the user (case-sensitive).
          display_name: ``str``.
          metadata: ``Mapping[str, Any]``.
          full_name: ``str``.
          date_of_birth: ``str``.
          issuing_states: Document issuing countries.
          approved_emails: ``Sequence[str]``.
          approved_phones: ``Sequence[str]``.
          status: Monitoring status.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``User``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``user = await client.users.update("…")``
        """
        op = OPERATIONS["users_update"]
        try:
            _path("vendor_data", vendor_data)
            body = unstructure_UserUpdateRequest(
                UserUpdateRequest(
                    display_name=display_name,
                    metadata=metadata,
                    full_name=full_name,
                    date_of_birth=date_of_birth,
                    issuing_states=issuing_states,
                    approved_emails=approved_emails,
                    approved_phones=approved_phones,
                    status=status,
                )
            )
            validate_UserUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"vendor_data": vendor_data},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_User(data) if data.__class__ is dict else data

    async def create(
        self,
        *,
        vendor_data: str,
        display_name: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"] | None = None,
        full_name: str | None = None,
        date_of_birth: str | None = None,
        issuing_states: Sequence[str] | None = None,
        approved_emails: Sequence[str] | None = None,
        approved_phones: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Create a user.

        Creates a user before any session.

        ``POST /v3/users/create/``.

        Args:
          vendor_data: ``str``.
          display_name: ``str``.
          metadata: ``Mapping[str, Any]``.
          status: one of ACTIVE, FLAGGED, BLOCKED.
          full_name: ``str``.
          date_of_birth: ``str``.
          issuing_states: Document issuing countries.
          approved_emails: ``Sequence[str]``.
          approved_phones: ``Sequence[str]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``User``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``user = await client.users.create(vendor_data=…)``
        """
        op = OPERATIONS["users_create"]
        try:
            body = unstructure_UserCreateRequest(
                UserCreateRequest(
                    vendor_data=vendor_data,
                    display_name=display_name,
                    metadata=metadata,
                    status=status,
                    full_name=full_name,
                    date_of_birth=date_of_birth,
                    issuing_states=issuing_states,
                    approved_emails=approved_emails,
                    approved_phones=approved_phones,
                )
            )
            validate_UserCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_User(data) if data.__class__ is dict else data

    async def update_status(
        self,
        vendor_data: str,
        /,
        *,
        status: UserStatus | Literal["ACTIVE", "FLAGGED", "BLOCKED"],
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> User:
        """Change a user's status.

        ACTIVE, FLAGGED or BLOCKED.

        ``PATCH /v3/users/{vendor_data}/update-status/``.

        Args:
          vendor_data: Your identifier of the user (case-sensitive).
          status: one of ACTIVE, FLAGGED, BLOCKED.
          reason: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``User``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``user = await client.users.update_status("…", status=…)``
        """
        op = OPERATIONS["users_update_status"]
        try:
            _path("vendor_data", vendor_data)
            body = unstructure_UserUpdateStatusRequest(
                UserUpdateStatusRequest(status=status, reason=reason)
            )
            validate_UserUpdateStatusRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"vendor_data": vendor_data},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_User(data) if data.__class__ is dict else data

    async def batch_delete(
        self,
        *,
        vendor_data_list: Sequence[str] | None = None,
        delete_all: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserBatchDeleteResponse:
        """Delete users.

        By vendor data, or all.

        ``POST /v3/users/delete/``.

        Args:
          vendor_data_list: ``Sequence[str]``.
          delete_all: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``UserBatchDeleteResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.users.batch_delete()``
        """
        op = OPERATIONS["users_batch_delete"]
        try:
            body = unstructure_UserBatchDeleteRequest(
                UserBatchDeleteRequest(vendor_data_list=vendor_data_list, delete_all=delete_all)
            )
            validate_UserBatchDeleteRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_UserBatchDeleteResponse(data) if data.__class__ is dict else data

    async def toggle_aml_monitoring(
        self,
        *,
        is_enabled: bool,
        estimate_only: bool | None = None,
        vendor_data_list: Sequence[str] | None = None,
        didit_internal_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringEstimate | AmlMonitoringToggleJob:
        """Turn ongoing AML monitoring on or off for users.

        Turn ongoing AML monitoring on or off (`is_enabled`) for the users listed by
        `vendor_data_list` or `didit_internal_id_list`. With `estimate_only: true` nothing
        changes: the answer is an estimate (how many would be screened first, the cost, whether
        the balance covers it). Otherwise Didit starts a job: 200 when it finished at once, 202
        while it runs; follow it with `aml.retrieve_monitoring_job(job_id)`. The answer is
        either shape, told apart by its keys (`users_total` for an estimate, `job_id` for a
        job); Didit's facts give the 202 only the job shape, the spec gives both answers the
        same union.

        ``POST /v3/users/aml-monitoring/``.

        Args:
          is_enabled: ``bool``.
          estimate_only: ``bool``.
          vendor_data_list: ``Sequence[str]``.
          didit_internal_id_list: ``Sequence[str]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlMonitoringEstimate | AmlMonitoringToggleJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``estimate = await client.users.toggle_aml_monitoring(is_enabled=…)``
        """
        op = OPERATIONS["users_toggle_aml_monitoring"]
        try:
            body = unstructure_AmlMonitoringUsersRequest(
                AmlMonitoringUsersRequest(
                    is_enabled=is_enabled,
                    estimate_only=estimate_only,
                    vendor_data_list=vendor_data_list,
                    didit_internal_id_list=didit_internal_id_list,
                )
            )
            validate_AmlMonitoringUsersRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return (
            (
                (structure_AmlMonitoringEstimate(data))
                if "users_total" in data
                else (structure_AmlMonitoringToggleJob(data))
            )
            if data.__class__ is dict
            else (data)
        )

    async def generate_pdf(
        self,
        vendor_data: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes:
        """Download a user's PDF report.

        A PDF report of one user (keyed by `vendor_data`): their profile, status and sessions.

        ``GET /v3/users/{vendor_data}/generate-pdf/``.

        Args:
          vendor_data: Your identifier of the user (case-sensitive).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: the file's bytes.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``content = await client.users.generate_pdf("…")``
        """
        op = OPERATIONS["users_generate_pdf"]
        try:
            _path("vendor_data", vendor_data)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        return bytes(
            await self._transport.request(
                op,
                path_params={"vendor_data": vendor_data},
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    async def upload_face(
        self,
        organization_id: str,
        application_id: str,
        didit_internal_id: str,
        /,
        *,
        image: str,
        comment: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserFace:
        """Add a face image to a user.

        Attach a face image (base64 in `image`, with an optional `comment`) to a user, found by
        `didit_internal_id`, for face search and duplicate detection. Organization-scoped:
        `organization_id` and `application_id` name your application. Didit's facts declare the
        API key.

        ``POST /v3/organization/{organization_id}/application/{application_id}/vendor-users/by-
        id/{didit_internal_id}/faces/upload/``.

        Args:
          organization_id: ``str``.
          application_id: ``str``.
          didit_internal_id: ``str``.
          image: ``str``.
          comment: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``UserFace``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``face = await client.users.upload_face("…", "…", "…", image=…)``
        """
        op = OPERATIONS["users_upload_face"]
        try:
            _path("organization_id", organization_id, uuid=True)
            _path("application_id", application_id, uuid=True)
            _path("didit_internal_id", didit_internal_id, uuid=True)
            body = unstructure_UserFaceUploadRequest(
                UserFaceUploadRequest(image=image, comment=comment)
            )
            validate_UserFaceUploadRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "didit_internal_id": didit_internal_id,
            },
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_UserFace(data) if data.__class__ is dict else data

    async def bulk_toggle_aml_monitoring(
        self,
        organization_id: str,
        application_id: str,
        /,
        *,
        is_enabled: bool,
        estimate_only: bool | None = None,
        update_all: bool | None = None,
        filter_search: str | None = None,
        filter_status: Sequence[str] | None = None,
        filter_country: str | None = None,
        filter_date_from: str | None = None,
        filter_date_to: str | None = None,
        session_numbers: Sequence[str] | None = None,
        toggle_all: bool | None = None,
        filter_workflow_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringEstimate | AmlMonitoringToggleJob:
        """Turn AML monitoring on or off for many users.

        Turn ongoing AML monitoring on or off (`is_enabled`) for the users you list
        (`didit_internal_id_list`) or, with `update_all: true`, for all of them narrowed by the
        filters (`filter_search`, `filter_status`, `filter_country`,
        `filter_date_from`/`filter_date_to`). `estimate_only: true` answers the estimate and
        changes nothing; otherwise a job starts (200 done, 202 running), followed with
        `users.retrieve_aml_monitoring_job`. The answer is an estimate or a job, told apart by
        their keys (the shapes of `users.toggle_aml_monitoring`). Organization-scoped:
        `organization_id` and `application_id` name your application. Didit's facts declare no
        security scheme here; the SDK sends the API key when the client has one (as the face
        upload under the same prefix declares), else the account access token (as the console's
        organization-scoped endpoints take).

        ``PATCH /v3/organization/{organization_id}/application/{application_id}/vendor-
        users/toggle-ongoing-monitoring/``.

        Args:
          organization_id: ``str``.
          application_id: ``str``.
          is_enabled: ``bool``.
          estimate_only: ``bool``.
          update_all: ``bool``.
          filter_search: ``str``.
          filter_status: ``Sequence[str]``.
          filter_country: ``str``.
          filter_date_from: ``str``.
          filter_date_to: ``str``.
          session_numbers: ``Sequence[str]``.
          toggle_all: ``bool``.
          filter_workflow_id: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlMonitoringEstimate | AmlMonitoringToggleJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``estimate = await client.users.bulk_toggle_aml_monitoring("…", "…",
        is_enabled=…)``
        """
        op = OPERATIONS["users_bulk_toggle_aml_monitoring"]
        try:
            _path("organization_id", organization_id, uuid=True)
            _path("application_id", application_id, uuid=True)
            body = unstructure_AmlMonitoringBulkToggleRequest(
                AmlMonitoringBulkToggleRequest(
                    is_enabled=is_enabled,
                    estimate_only=estimate_only,
                    update_all=update_all,
                    filter_search=filter_search,
                    filter_status=filter_status,
                    filter_country=filter_country,
                    filter_date_from=filter_date_from,
                    filter_date_to=filter_date_to,
                    session_numbers=session_numbers,
                    toggle_all=toggle_all,
                    filter_workflow_id=filter_workflow_id,
                )
            )
            validate_AmlMonitoringBulkToggleRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"organization_id": organization_id, "application_id": application_id},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return (
            (
                (structure_AmlMonitoringEstimate(data))
                if "users_total" in data
                else (structure_AmlMonitoringToggleJob(data))
            )
            if data.__class__ is dict
            else (data)
        )

    async def retrieve_aml_monitoring_job(
        self,
        organization_id: str,
        application_id: str,
        job_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringJob:
        """Retrieve a users' AML monitoring job.

        Progress of a bulk monitoring toggle for users. Organization-scoped: `organization_id`
        and `application_id` name your application. Didit's facts declare no security scheme
        here; the SDK sends the API key when the client has one (as the face upload under the
        same prefix declares), else the account access token (as the console's organization-
        scoped endpoints take).

        ``GET /v3/organization/{organization_id}/application/{application_id}/vendor-
        users/toggle-ongoing-monitoring/{job_id}/``.

        Args:
          organization_id: ``str``.
          application_id: ``str``.
          job_id: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlMonitoringJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``job = await client.users.retrieve_aml_monitoring_job("…", "…", "…")``
        """
        op = OPERATIONS["users_retrieve_aml_monitoring_job"]
        try:
            _path("organization_id", organization_id, uuid=True)
            _path("application_id", application_id, uuid=True)
            _path("job_id", job_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "job_id": job_id,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_AmlMonitoringJob(data) if data.__class__ is dict else data


class WalletScreeningResource:
    """``client.wallet_screening``: screen, generate_pdf."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def screen(
        self,
        *,
        wallet_address: str,
        blockchain: Literal[
            "BTC", "ETH", "LTC", "XRP", "BCH", "DOGE", "TRX", "SOL", "MATIC", "BNB", "USDT", "USDC"
        ],
        direction: Literal["inbound", "outbound", "deposit", "withdrawal"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WalletScreeningResult:
        """Screen a wallet address.

        AML risk of one crypto address without creating a transaction: risk score, severity,
        sanctions hit, sources and destinations of funds. Answers 409 when transaction
        monitoring has no provider key configured.

        ``POST /v3/wallet-screening/``.

        Args:
          wallet_address: Must match the chain's address format.
          blockchain: one of BTC, ETH, LTC, XRP, BCH, DOGE, ....
          direction: one of inbound, outbound, deposit, withdrawal.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``WalletScreeningResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = await client.wallet_screening.screen(wallet_address=…,
        blockchain=…)``
        """
        op = OPERATIONS["wallet_screening_screen"]
        try:
            body = unstructure_WalletScreeningRequest(
                WalletScreeningRequest(
                    wallet_address=wallet_address, blockchain=blockchain, direction=direction
                )
            )
            validate_WalletScreeningRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_WalletScreeningResult(data) if data.__class__ is dict else data

    async def generate_pdf(
        self,
        *,
        provider: str,
        screening_type: Literal["WALLET_SCREENING"],
        risk_score: int,
        severity: Literal["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"],
        status: Literal["SCREENED", "PENDING", "ERROR"],
        summary: str,
        wallet_address: str,
        blockchain: str,
        sanctions_hit: bool,
        dominant_risk_category: str | None,
        source_of_funds: Sequence[WalletScreeningReportFundFlow | Mapping[str, Any]],
        destination_of_funds: Sequence[WalletScreeningReportFundFlow | Mapping[str, Any]],
        counterparty_connections: Sequence[WalletScreeningReportCounterparty | Mapping[str, Any]],
        report_signature: str,
        risk_factors: Sequence[WalletScreeningReportRiskFactor | Mapping[str, Any]] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes:
        """Generate a wallet screening report (PDF).

        Render a wallet screening result as a PDF report. Send the screening result as it was
        returned, with its `report_signature`: Didit checks the signature, so a result edited
        after screening is refused (400).

        ``POST /v3/wallet-screening/pdf/``.

        Args:
          provider: ``str``.
          screening_type: one of WALLET_SCREENING.
          risk_score: ``int``.
          severity: one of UNKNOWN, LOW, MEDIUM, HIGH, CRITICAL.
          status: one of SCREENED, PENDING, ERROR.
          summary: ``str``.
          wallet_address: ``str``.
          blockchain: ``str``.
          sanctions_hit: ``bool``.
          dominant_risk_category: ``str | None``.
          source_of_funds: ``Sequence[WalletScreeningReportFundFlow | Mapping[str, Any]]``.
          destination_of_funds: ``Sequence[WalletScreeningReportFundFlow | Mapping[str, Any]]``.
          counterparty_connections: see the signature.
          report_signature: ``str``.
          risk_factors: see the signature.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: the file's bytes.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``content = await client.wallet_screening.generate_pdf(provider=…,
        screening_type=…, risk_score=…, severity=…, status=…, summary=…, wallet_address=…,
        blockchain=…, sanctions_hit=…, dominant_risk_category=…, source_of_funds=…,
        destination_of_funds=…, counterparty_connections=…, report_signature=…)``
        """
        op = OPERATIONS["wallet_screening_generate_pdf"]
        try:
            body = unstructure_WalletScreeningReportRequest(
                WalletScreeningReportRequest(
                    provider=provider,
                    screening_type=screening_type,
                    risk_score=risk_score,
                    severity=severity,
                    status=status,
                    summary=summary,
                    wallet_address=wallet_address,
                    blockchain=blockchain,
                    sanctions_hit=sanctions_hit,
                    dominant_risk_category=dominant_risk_category,
                    risk_factors=risk_factors,
                    source_of_funds=source_of_funds,
                    destination_of_funds=destination_of_funds,
                    counterparty_connections=counterparty_connections,
                    report_signature=report_signature,
                )
            )
            validate_WalletScreeningReportRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        return bytes(
            await self._transport.request(
                op,
                json=body,
                extra_body=extra_body,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )


class WebhooksResource:
    """``client.webhooks``: get_config, update_config."""

    __slots__ = ("_transport", "destinations")

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.destinations = WebhooksDestinationsResource(transport)

    async def get_config(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WebhookConfig:
        """Get the webhook configuration.

        Needs `webhooks: read`.

        ``GET /v3/webhook/``.

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``WebhookConfig``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``config = await client.webhooks.get_config()``
        """
        op = OPERATIONS["webhooks_get_config"]
        data = await self._transport.request(
            op, extra_query=extra_query, timeout=timeout, extra_headers=extra_headers
        )
        return structure_WebhookConfig(data) if data.__class__ is dict else data

    async def update_config(
        self,
        *,
        webhook_url: str | None | Unset = UNSET,
        webhook_version: WebhookVersion | Literal["v1", "v2", "v3"] | None = None,
        rotate_secret_key: bool | None = None,
        capture_method: Literal["mobile", "desktop", "both"] | None = None,
        data_retention_months: int | None | Unset = UNSET,
        allowed_domains: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WebhookConfig:
        """Update the webhook configuration.

        Needs `webhooks: write`. Partial; answers with the full configuration.

        ``PATCH /v3/webhook/``.

        Args:
          webhook_url: null disables the legacy webhook; leaving it out keeps it.
          webhook_version: one of v1, v2, v3.
          rotate_secret_key: Generate a new secret; the old one stops working at once.
          capture_method: one of mobile, desktop, both.
          data_retention_months: null keeps data without limit.
          allowed_domains: Hosts allowed as `callback` and to embed the hosted flow.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``WebhookConfig``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``config = await client.webhooks.update_config()``
        """
        op = OPERATIONS["webhooks_update_config"]
        try:
            body = unstructure_WebhookConfigUpdateRequest(
                WebhookConfigUpdateRequest(
                    webhook_url=webhook_url,
                    webhook_version=webhook_version,
                    rotate_secret_key=rotate_secret_key,
                    capture_method=capture_method,
                    data_retention_months=data_retention_months,
                    allowed_domains=allowed_domains,
                )
            )
            validate_WebhookConfigUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_WebhookConfig(data) if data.__class__ is dict else data


class WorkflowsResource:
    """``client.workflows``: list, create, retrieve, update, delete."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def list(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[Workflow]:
        """List workflows.

        All workflows of the application (a plain array, not paginated).

        ``GET /v3/workflows/``.

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``list[Workflow]``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``workflows = await client.workflows.list()``
        """
        op = OPERATIONS["workflows_list"]
        data = await self._transport.request(
            op, extra_query=extra_query, timeout=timeout, extra_headers=extra_headers
        )
        return [structure_Workflow(x) if x.__class__ is dict else x for x in data]

    async def create(
        self,
        *,
        workflow_label: str | None = None,
        features: Sequence[WorkflowFeature | Mapping[str, Any]] | None = None,
        workflow_type: WorkflowType
        | Literal[
            "kyc",
            "adaptive_age_verification",
            "biometric_authentication",
            "address_verification",
            "questionnaire_verification",
            "email_verification",
            "phone_verification",
        ]
        | None = None,
        is_default: bool | None = None,
        is_ocr_enabled: bool | None = None,
        is_liveness_enabled: bool | None = None,
        face_liveness_method: Literal["passive", "active_3d", "flashing"] | None = None,
        face_liveness_score_decline_threshold: int | None = None,
        is_face_match_enabled: bool | None = None,
        face_match_score_decline_threshold: int | None = None,
        face_match_score_review_threshold: int | None = None,
        is_aml_enabled: bool | None = None,
        aml_decline_threshold: int | None = None,
        is_phone_verification_enabled: bool | None = None,
        is_email_verification_enabled: bool | None = None,
        is_database_validation_enabled: bool | None = None,
        is_ip_analysis_enabled: bool | None = None,
        is_nfc_enabled: bool | None = None,
        is_age_restrictions_enabled: bool | None = None,
        documents_allowed: Mapping[str, Any] | None = None,
        duplicated_user_action: Literal["no_action", "review", "decline"] | None = None,
        max_retry_attempts: int | None = None,
        retry_window_days: int | None = None,
        is_desktop_allowed: bool | None = None,
        is_white_label_enabled: bool | None = None,
        session_expiration_time: float | None = None,
        status: Literal["draft", "published"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Workflow:
        """Create a workflow.

        Creates a workflow. Sources disagree on the shape: the newest docs (and Didit's SDKs)
        send an ordered `features[]` list; older docs send `workflow_type` plus flat
        `is_*_enabled` flags and thresholds. We follow the newest and accept both.

        ``POST /v3/workflows/``.

        Args:
          workflow_label: ``str``.
          features: Newest shape: the ordered features.
          workflow_type: one of kyc, adaptive_age_verification, biometric_authentication,
              address_verification, questionnaire_verification, email_verification, ....
          is_default: ``bool``.
          is_ocr_enabled: ``bool``.
          is_liveness_enabled: ``bool``.
          face_liveness_method: one of passive, active_3d, flashing.
          face_liveness_score_decline_threshold: ``int``.
          is_face_match_enabled: ``bool``.
          face_match_score_decline_threshold: ``int``.
          face_match_score_review_threshold: ``int``.
          is_aml_enabled: ``bool``.
          aml_decline_threshold: ``int``.
          is_phone_verification_enabled: ``bool``.
          is_email_verification_enabled: ``bool``.
          is_database_validation_enabled: ``bool``.
          is_ip_analysis_enabled: ``bool``.
          is_nfc_enabled: ``bool``.
          is_age_restrictions_enabled: ``bool``.
          documents_allowed: Allowed documents per country; empty allows all.
          duplicated_user_action: one of no_action, review, decline.
          max_retry_attempts: ``int``.
          retry_window_days: ``int``.
          is_desktop_allowed: Let the hosted flow run on a desktop browser.
          is_white_label_enabled: ``bool``.
          session_expiration_time: How long a session stays open (Didit does not state the unit;
              seconds is our reading).
          status: Omit to publish at once; `draft` saves without publishing.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Workflow``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``workflow = await client.workflows.create()``
        """
        op = OPERATIONS["workflows_create"]
        try:
            body = unstructure_WorkflowCreateRequest(
                WorkflowCreateRequest(
                    workflow_label=workflow_label,
                    features=features,
                    workflow_type=workflow_type,
                    is_default=is_default,
                    is_ocr_enabled=is_ocr_enabled,
                    is_liveness_enabled=is_liveness_enabled,
                    face_liveness_method=face_liveness_method,
                    face_liveness_score_decline_threshold=face_liveness_score_decline_threshold,
                    is_face_match_enabled=is_face_match_enabled,
                    face_match_score_decline_threshold=face_match_score_decline_threshold,
                    face_match_score_review_threshold=face_match_score_review_threshold,
                    is_aml_enabled=is_aml_enabled,
                    aml_decline_threshold=aml_decline_threshold,
                    is_phone_verification_enabled=is_phone_verification_enabled,
                    is_email_verification_enabled=is_email_verification_enabled,
                    is_database_validation_enabled=is_database_validation_enabled,
                    is_ip_analysis_enabled=is_ip_analysis_enabled,
                    is_nfc_enabled=is_nfc_enabled,
                    is_age_restrictions_enabled=is_age_restrictions_enabled,
                    documents_allowed=documents_allowed,
                    duplicated_user_action=duplicated_user_action,
                    max_retry_attempts=max_retry_attempts,
                    retry_window_days=retry_window_days,
                    is_desktop_allowed=is_desktop_allowed,
                    is_white_label_enabled=is_white_label_enabled,
                    session_expiration_time=session_expiration_time,
                    status=status,
                )
            )
            validate_WorkflowCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Workflow(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        settings_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Workflow:
        """Get a workflow.

        One workflow version.

        ``GET /v3/workflows/{settings_uuid}/``.

        Args:
          settings_uuid: The workflow version's UUID (`uuid`).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Workflow``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``workflow = await client.workflows.retrieve("…")``
        """
        op = OPERATIONS["workflows_retrieve"]
        try:
            _path("settings_uuid", settings_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"settings_uuid": settings_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Workflow(data) if data.__class__ is dict else data

    async def update(
        self,
        settings_uuid: str,
        /,
        *,
        workflow_label: str | None = None,
        features: Sequence[WorkflowFeature | Mapping[str, Any]] | None = None,
        workflow_type: WorkflowType
        | Literal[
            "kyc",
            "adaptive_age_verification",
            "biometric_authentication",
            "address_verification",
            "questionnaire_verification",
            "email_verification",
            "phone_verification",
        ]
        | None = None,
        is_default: bool | None = None,
        is_ocr_enabled: bool | None = None,
        is_liveness_enabled: bool | None = None,
        face_liveness_method: Literal["passive", "active_3d", "flashing"] | None = None,
        face_liveness_score_decline_threshold: int | None = None,
        is_face_match_enabled: bool | None = None,
        face_match_score_decline_threshold: int | None = None,
        face_match_score_review_threshold: int | None = None,
        is_aml_enabled: bool | None = None,
        aml_decline_threshold: int | None = None,
        is_phone_verification_enabled: bool | None = None,
        is_email_verification_enabled: bool | None = None,
        is_database_validation_enabled: bool | None = None,
        is_ip_analysis_enabled: bool | None = None,
        is_nfc_enabled: bool | None = None,
        is_age_restrictions_enabled: bool | None = None,
        documents_allowed: Mapping[str, Any] | None = None,
        duplicated_user_action: Literal["no_action", "review", "decline"] | None = None,
        max_retry_attempts: int | None = None,
        retry_window_days: int | None = None,
        is_desktop_allowed: bool | None = None,
        is_white_label_enabled: bool | None = None,
        session_expiration_time: float | None = None,
        status: Literal["draft", "published"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Workflow:
        """Update a workflow.

        A partial update.

        ``PATCH /v3/workflows/{settings_uuid}/``.

        Args:
          settings_uuid: The workflow version's UUID (`uuid`).
          workflow_label: ``str``.
          features: Newest shape: the ordered features.
          workflow_type: one of kyc, adaptive_age_verification, biometric_authentication,
              address_verification, questionnaire_verification, email_verification, ....
          is_default: ``bool``.
          is_ocr_enabled: ``bool``.
          is_liveness_enabled: ``bool``.
          face_liveness_method: one of passive, active_3d, flashing.
          face_liveness_score_decline_threshold: ``int``.
          is_face_match_enabled: ``bool``.
          face_match_score_decline_threshold: ``int``.
          face_match_score_review_threshold: ``int``.
          is_aml_enabled: ``bool``.
          aml_decline_threshold: ``int``.
          is_phone_verification_enabled: ``bool``.
          is_email_verification_enabled: ``bool``.
          is_database_validation_enabled: ``bool``.
          is_ip_analysis_enabled: ``bool``.
          is_nfc_enabled: ``bool``.
          is_age_restrictions_enabled: ``bool``.
          documents_allowed: Allowed documents per country; empty allows all.
          duplicated_user_action: one of no_action, review, decline.
          max_retry_attempts: ``int``.
          retry_window_days: ``int``.
          is_desktop_allowed: Let the hosted flow run on a desktop browser.
          is_white_label_enabled: ``bool``.
          session_expiration_time: How long a session stays open (Didit does not state the unit;
              seconds is our reading).
          status: Omit to publish at once; `draft` saves without publishing.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Workflow``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``workflow = await client.workflows.update("…")``
        """
        op = OPERATIONS["workflows_update"]
        try:
            _path("settings_uuid", settings_uuid, uuid=True)
            body = unstructure_WorkflowUpdateRequest(
                WorkflowUpdateRequest(
                    workflow_label=workflow_label,
                    features=features,
                    workflow_type=workflow_type,
                    is_default=is_default,
                    is_ocr_enabled=is_ocr_enabled,
                    is_liveness_enabled=is_liveness_enabled,
                    face_liveness_method=face_liveness_method,
                    face_liveness_score_decline_threshold=face_liveness_score_decline_threshold,
                    is_face_match_enabled=is_face_match_enabled,
                    face_match_score_decline_threshold=face_match_score_decline_threshold,
                    face_match_score_review_threshold=face_match_score_review_threshold,
                    is_aml_enabled=is_aml_enabled,
                    aml_decline_threshold=aml_decline_threshold,
                    is_phone_verification_enabled=is_phone_verification_enabled,
                    is_email_verification_enabled=is_email_verification_enabled,
                    is_database_validation_enabled=is_database_validation_enabled,
                    is_ip_analysis_enabled=is_ip_analysis_enabled,
                    is_nfc_enabled=is_nfc_enabled,
                    is_age_restrictions_enabled=is_age_restrictions_enabled,
                    documents_allowed=documents_allowed,
                    duplicated_user_action=duplicated_user_action,
                    max_retry_attempts=max_retry_attempts,
                    retry_window_days=retry_window_days,
                    is_desktop_allowed=is_desktop_allowed,
                    is_white_label_enabled=is_white_label_enabled,
                    session_expiration_time=session_expiration_time,
                    status=status,
                )
            )
            validate_WorkflowUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        data = await self._transport.request(
            op,
            path_params={"settings_uuid": settings_uuid},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Workflow(data) if data.__class__ is dict else data

    async def delete(
        self,
        settings_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a workflow.

        Existing sessions are unaffected.

        ``DELETE /v3/workflows/{settings_uuid}/``.

        Args:
          settings_uuid: The workflow version's UUID (`uuid`).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``await client.workflows.delete("…")``
        """
        op = OPERATIONS["workflows_delete"]
        try:
            _path("settings_uuid", settings_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = op.method, op.path
            raise
        await self._transport.request(
            op,
            path_params={"settings_uuid": settings_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

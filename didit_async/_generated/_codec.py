# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Straight-line decoders, encoders and request validators, one per model.

Decoders are forward-compatible: unknown keys go to ``additional_properties``, unknown
enum values stay plain strings, a value of a surprising JSON type is kept as it is.
Keys that were present with a JSON null are remembered, so encoding gives back the
same document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import cattrs

from didit_async._seam import (
    UNSET,
    RequestValidationError,
    check_file,
    is_date,
    is_email,
    is_uri,
    is_uuid,
)

from .enums import *  # noqa: F403
from .models import *  # noqa: F403

_new = object.__new__
_set = object.__setattr__

_P0 = re.compile("^\\+[1-9]\\d{1,14}$")
_P1 = re.compile("^[A-Z]{3}$")
_P2 = re.compile("^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[!@#$%^&*()_+\\-=\\[\\]{}|;:,.<>?]).{8,}$")
_P3 = re.compile("^[A-Za-z0-9]{6}$")
_P4 = re.compile("^https://")
_M_SessionStatus: dict[str, SessionStatus] = {m.value: m for m in SessionStatus}
_E_SessionStatus = frozenset(_M_SessionStatus)
_M_FeatureStatus: dict[str, FeatureStatus] = {m.value: m for m in FeatureStatus}
_E_FeatureStatus = frozenset(_M_FeatureStatus)
_M_SessionKind: dict[str, SessionKind] = {m.value: m for m in SessionKind}
_E_SessionKind = frozenset(_M_SessionKind)
_M_Environment: dict[str, Environment] = {m.value: m for m in Environment}
_E_Environment = frozenset(_M_Environment)
_M_WarningLogType: dict[str, WarningLogType] = {m.value: m for m in WarningLogType}
_E_WarningLogType = frozenset(_M_WarningLogType)
_M_CallbackMethod: dict[str, CallbackMethod] = {m.value: m for m in CallbackMethod}
_E_CallbackMethod = frozenset(_M_CallbackMethod)
_M_Language: dict[str, Language] = {m.value: m for m in Language}
_E_Language = frozenset(_M_Language)
_M_WebhookEventType: dict[str, WebhookEventType] = {m.value: m for m in WebhookEventType}
_E_WebhookEventType = frozenset(_M_WebhookEventType)
_M_WebhookVersion: dict[str, WebhookVersion] = {m.value: m for m in WebhookVersion}
_E_WebhookVersion = frozenset(_M_WebhookVersion)
_M_WorkflowType: dict[str, WorkflowType] = {m.value: m for m in WorkflowType}
_E_WorkflowType = frozenset(_M_WorkflowType)
_M_UserStatus: dict[str, UserStatus] = {m.value: m for m in UserStatus}
_E_UserStatus = frozenset(_M_UserStatus)
_M_AmlHitReviewStatus: dict[str, AmlHitReviewStatus] = {m.value: m for m in AmlHitReviewStatus}
_E_AmlHitReviewStatus = frozenset(_M_AmlHitReviewStatus)
_M_CheckAction: dict[str, CheckAction] = {m.value: m for m in CheckAction}
_E_CheckAction = frozenset(_M_CheckAction)
_E_inline0 = frozenset(["M", "F"])
_E_inline1 = frozenset(["Approved", "Declined", "Resubmitted"])
_E_inline2 = frozenset(["Approved", "Declined", "In Review"])
_E_inline3 = frozenset(
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
    ]
)
_E_inline4 = frozenset(["passive", "active_3d", "flashing"])
_E_inline5 = frozenset(["no_action", "review", "decline"])
_E_inline6 = frozenset(
    ["short_text", "long_text", "multiple_choice", "checkbox", "file_upload", "date", "number"]
)
_E_inline7 = frozenset(["mobile", "desktop", "both"])
_E_inline8 = frozenset(["person", "company"])
_E_inline9 = frozenset(["android", "ios", "ipados", "tvos", "web"])
_E_inline10 = frozenset(["whatsapp", "sms", "telegram", "voice"])
_E_inline11 = frozenset(["ok"])
_E_inline12 = frozenset(["user", "business", "all"])
_E_inline13 = frozenset(["face", "document", "phone", "email"])
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
    ]
)
_K_UpdatePoaDataRequest = frozenset(
    ["node_id", "poa_address", "issuer", "issue_date", "document_type", "name_on_document"]
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
_K_QuestionnaireCreateRequest = frozenset(
    ["title", "description", "default_language", "languages", "form_elements"]
)
_K_QuestionnaireUpdateRequest = frozenset(
    ["title", "description", "default_language", "languages", "form_elements"]
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
_K_UserCreateRequest = frozenset(["vendor_data", "display_name", "metadata", "status"])
_K_UserUpdateRequest = frozenset(["display_name", "metadata"])
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
_K_PoaRequest = frozenset(["document", "save_api_request", "vendor_data"])
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


def structure_ErrorBody(d: Any) -> ErrorBody:
    """Decode a JSON object into :class:`ErrorBody`."""
    o = _new(ErrorBody)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("detail")
    if v is None and "detail" in d:
        nl += ("detail",)
    _set(o, "detail", v)
    v = g("code")
    if v is None and "code" in d:
        nl += ("code",)
    _set(o, "code", v)
    v = g("error")
    if v is None and "error" in d:
        nl += ("error",)
    _set(o, "error", v)
    ex = d.keys() - _K_ErrorBody
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_ErrorBody(o: ErrorBody) -> dict[str, Any]:
    """Encode :class:`ErrorBody` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.detail
    if v is not None and v is not UNSET:
        d["detail"] = v
    elif v is None and nl is not None and "detail" in nl:
        d["detail"] = None
    v = o.code
    if v is not None and v is not UNSET:
        d["code"] = v
    elif v is None and nl is not None and "code" in nl:
        d["code"] = None
    v = o.error
    if v is not None and v is not UNSET:
        d["error"] = v
    elif v is None and nl is not None and "error" in nl:
        d["error"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_ErrorBody(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid ErrorBody."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "ErrorBody", "type", "must be an object")
    v: Any
    v = d.get("detail")
    if v is None:
        if "detail" in d:
            raise RequestValidationError(at + "detail", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "detail", "type", "must be a string")
    v = d.get("code")
    if v is None:
        if "code" in d:
            raise RequestValidationError(at + "code", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "code", "type", "must be a string")
    v = d.get("error")
    if v is None:
        if "error" in d:
            raise RequestValidationError(at + "error", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "error", "type", "must be a string")


def structure_Warning(d: Any) -> Warning:
    """Decode a JSON object into :class:`Warning`."""
    o = _new(Warning)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("feature")
    if v is None and "feature" in d:
        nl += ("feature",)
    _set(o, "feature", v)
    v = g("risk")
    if v is None and "risk" in d:
        nl += ("risk",)
    _set(o, "risk", v)
    v = g("additional_data")
    if v is None and "additional_data" in d:
        nl += ("additional_data",)
    _set(o, "additional_data", v)
    v = g("log_type")
    if v is not None:
        v = _M_WarningLogType.get(v, v)
    elif "log_type" in d:
        nl += ("log_type",)
    _set(o, "log_type", v)
    v = g("short_description")
    if v is None and "short_description" in d:
        nl += ("short_description",)
    _set(o, "short_description", v)
    v = g("long_description")
    if v is None and "long_description" in d:
        nl += ("long_description",)
    _set(o, "long_description", v)
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    ex = d.keys() - _K_Warning
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_Warning(o: Warning) -> dict[str, Any]:
    """Encode :class:`Warning` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.feature
    if v is not None and v is not UNSET:
        d["feature"] = v
    elif v is None and nl is not None and "feature" in nl:
        d["feature"] = None
    v = o.risk
    if v is not None and v is not UNSET:
        d["risk"] = v
    elif v is None and nl is not None and "risk" in nl:
        d["risk"] = None
    v = o.additional_data
    if v is not None and v is not UNSET:
        d["additional_data"] = v
    elif v is None and nl is not None and "additional_data" in nl:
        d["additional_data"] = None
    v = o.log_type
    if v is not None and v is not UNSET:
        d["log_type"] = str(v)
    elif v is None and nl is not None and "log_type" in nl:
        d["log_type"] = None
    v = o.short_description
    if v is not None and v is not UNSET:
        d["short_description"] = v
    elif v is None and nl is not None and "short_description" in nl:
        d["short_description"] = None
    v = o.long_description
    if v is not None and v is not UNSET:
        d["long_description"] = v
    elif v is None and nl is not None and "long_description" in nl:
        d["long_description"] = None
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_Warning(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid Warning."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "Warning", "type", "must be an object")
    v: Any
    v = d.get("feature")
    if v is None:
        if "feature" in d:
            raise RequestValidationError(at + "feature", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "feature", "type", "must be a string")
    v = d.get("risk")
    if v is None:
        if "risk" in d:
            raise RequestValidationError(at + "risk", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "risk", "type", "must be a string")
    v = d.get("log_type")
    if v is None:
        if "log_type" in d:
            raise RequestValidationError(at + "log_type", "type", "must not be null")
    else:
        if v not in _E_WarningLogType:
            raise RequestValidationError(
                at + "log_type", "enum", "must be one of: error, warning, information"
            )
    v = d.get("short_description")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "short_description", "type", "must be a string")
    v = d.get("long_description")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "long_description", "type", "must be a string")
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "node_id", "type", "must be a string")


def structure_ContactDetails(d: Any) -> ContactDetails:
    """Decode a JSON object into :class:`ContactDetails`."""
    o = _new(ContactDetails)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("email")
    if v is None and "email" in d:
        nl += ("email",)
    _set(o, "email", v)
    v = g("send_notification_emails")
    if v is None and "send_notification_emails" in d:
        nl += ("send_notification_emails",)
    _set(o, "send_notification_emails", v)
    v = g("email_lang")
    if v is None and "email_lang" in d:
        nl += ("email_lang",)
    _set(o, "email_lang", v)
    v = g("phone")
    if v is None and "phone" in d:
        nl += ("phone",)
    _set(o, "phone", v)
    ex = d.keys() - _K_ContactDetails
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_ContactDetails(o: ContactDetails) -> dict[str, Any]:
    """Encode :class:`ContactDetails` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = v
    elif v is None and nl is not None and "email" in nl:
        d["email"] = None
    v = o.send_notification_emails
    if v is not None and v is not UNSET:
        d["send_notification_emails"] = v
    elif v is None and nl is not None and "send_notification_emails" in nl:
        d["send_notification_emails"] = None
    v = o.email_lang
    if v is not None and v is not UNSET:
        d["email_lang"] = v
    elif v is None and nl is not None and "email_lang" in nl:
        d["email_lang"] = None
    v = o.phone
    if v is not None and v is not UNSET:
        d["phone"] = v
    elif v is None and nl is not None and "phone" in nl:
        d["phone"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_ContactDetails(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid ContactDetails."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "ContactDetails", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_ContactDetails:
        raise RequestValidationError(at + str(k), "unknown", "is not a field of ContactDetails")
    v = d.get("email")
    if v is None:
        if "email" in d:
            raise RequestValidationError(at + "email", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "email", "type", "must be a string")
        if not is_email(v):
            raise RequestValidationError(at + "email", "format", "must be a valid email")
    v = d.get("send_notification_emails")
    if v is None:
        if "send_notification_emails" in d:
            raise RequestValidationError(
                at + "send_notification_emails", "type", "must not be null"
            )
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "send_notification_emails", "type", "must be true or false"
            )
    v = d.get("email_lang")
    if v is None:
        if "email_lang" in d:
            raise RequestValidationError(at + "email_lang", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "email_lang", "type", "must be a string")
    v = d.get("phone")
    if v is None:
        if "phone" in d:
            raise RequestValidationError(at + "phone", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "phone", "type", "must be a string")
        if _P0.search(v) is None:
            raise RequestValidationError(
                at + "phone", "pattern", "does not have the expected format (^\\+[1-9]\\d{1,14}$)"
            )


def structure_ExpectedDetails(d: Any) -> ExpectedDetails:
    """Decode a JSON object into :class:`ExpectedDetails`."""
    o = _new(ExpectedDetails)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("first_name")
    if v is None and "first_name" in d:
        nl += ("first_name",)
    _set(o, "first_name", v)
    v = g("last_name")
    if v is None and "last_name" in d:
        nl += ("last_name",)
    _set(o, "last_name", v)
    v = g("date_of_birth")
    if v is None and "date_of_birth" in d:
        nl += ("date_of_birth",)
    _set(o, "date_of_birth", v)
    v = g("gender")
    if v is None and "gender" in d:
        nl += ("gender",)
    _set(o, "gender", v)
    v = g("nationality")
    if v is None and "nationality" in d:
        nl += ("nationality",)
    _set(o, "nationality", v)
    v = g("id_country")
    if v is None and "id_country" in d:
        nl += ("id_country",)
    _set(o, "id_country", v)
    v = g("poa_country")
    if v is None and "poa_country" in d:
        nl += ("poa_country",)
    _set(o, "poa_country", v)
    v = g("country")
    if v is None and "country" in d:
        nl += ("country",)
    _set(o, "country", v)
    v = g("address")
    if v is None and "address" in d:
        nl += ("address",)
    _set(o, "address", v)
    v = g("identification_number")
    if v is None and "identification_number" in d:
        nl += ("identification_number",)
    _set(o, "identification_number", v)
    v = g("ip_address")
    if v is None and "ip_address" in d:
        nl += ("ip_address",)
    _set(o, "ip_address", v)
    v = g("expected_document_types")
    if v is None and "expected_document_types" in d:
        nl += ("expected_document_types",)
    _set(o, "expected_document_types", v)
    ex = d.keys() - _K_ExpectedDetails
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_ExpectedDetails(o: ExpectedDetails) -> dict[str, Any]:
    """Encode :class:`ExpectedDetails` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.first_name
    if v is not None and v is not UNSET:
        d["first_name"] = v
    elif v is None and nl is not None and "first_name" in nl:
        d["first_name"] = None
    v = o.last_name
    if v is not None and v is not UNSET:
        d["last_name"] = v
    elif v is None and nl is not None and "last_name" in nl:
        d["last_name"] = None
    v = o.date_of_birth
    if v is not None and v is not UNSET:
        d["date_of_birth"] = v
    elif v is None and nl is not None and "date_of_birth" in nl:
        d["date_of_birth"] = None
    v = o.gender
    if v is not None and v is not UNSET:
        d["gender"] = v
    elif v is None and (nl is None or "gender" in nl):
        d["gender"] = None
    v = o.nationality
    if v is not None and v is not UNSET:
        d["nationality"] = v
    elif v is None and nl is not None and "nationality" in nl:
        d["nationality"] = None
    v = o.id_country
    if v is not None and v is not UNSET:
        d["id_country"] = v
    elif v is None and nl is not None and "id_country" in nl:
        d["id_country"] = None
    v = o.poa_country
    if v is not None and v is not UNSET:
        d["poa_country"] = v
    elif v is None and nl is not None and "poa_country" in nl:
        d["poa_country"] = None
    v = o.country
    if v is not None and v is not UNSET:
        d["country"] = v
    elif v is None and nl is not None and "country" in nl:
        d["country"] = None
    v = o.address
    if v is not None and v is not UNSET:
        d["address"] = v
    elif v is None and nl is not None and "address" in nl:
        d["address"] = None
    v = o.identification_number
    if v is not None and v is not UNSET:
        d["identification_number"] = v
    elif v is None and nl is not None and "identification_number" in nl:
        d["identification_number"] = None
    v = o.ip_address
    if v is not None and v is not UNSET:
        d["ip_address"] = v
    elif v is None and nl is not None and "ip_address" in nl:
        d["ip_address"] = None
    v = o.expected_document_types
    if v is not None and v is not UNSET:
        d["expected_document_types"] = [x for x in v]
    elif v is None and nl is not None and "expected_document_types" in nl:
        d["expected_document_types"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_ExpectedDetails(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid ExpectedDetails."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "ExpectedDetails", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_ExpectedDetails:
        raise RequestValidationError(at + str(k), "unknown", "is not a field of ExpectedDetails")
    v = d.get("first_name")
    if v is None:
        if "first_name" in d:
            raise RequestValidationError(at + "first_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "first_name", "type", "must be a string")
    v = d.get("last_name")
    if v is None:
        if "last_name" in d:
            raise RequestValidationError(at + "last_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "last_name", "type", "must be a string")
    v = d.get("date_of_birth")
    if v is None:
        if "date_of_birth" in d:
            raise RequestValidationError(at + "date_of_birth", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "date_of_birth", "type", "must be a string")
        if not is_date(v):
            raise RequestValidationError(at + "date_of_birth", "format", "must be a valid date")
    v = d.get("gender")
    if v is not None:
        if v is not None:
            if v not in _E_inline0:
                raise RequestValidationError(at + "gender", "enum", "must be one of: M, F")
    v = d.get("nationality")
    if v is None:
        if "nationality" in d:
            raise RequestValidationError(at + "nationality", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "nationality", "type", "must be a string")
        if _P1.search(v) is None:
            raise RequestValidationError(
                at + "nationality", "pattern", "does not have the expected format (^[A-Z]{3}$)"
            )
    v = d.get("id_country")
    if v is None:
        if "id_country" in d:
            raise RequestValidationError(at + "id_country", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "id_country", "type", "must be a string")
        if _P1.search(v) is None:
            raise RequestValidationError(
                at + "id_country", "pattern", "does not have the expected format (^[A-Z]{3}$)"
            )
    v = d.get("poa_country")
    if v is None:
        if "poa_country" in d:
            raise RequestValidationError(at + "poa_country", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "poa_country", "type", "must be a string")
        if _P1.search(v) is None:
            raise RequestValidationError(
                at + "poa_country", "pattern", "does not have the expected format (^[A-Z]{3}$)"
            )
    v = d.get("country")
    if v is None:
        if "country" in d:
            raise RequestValidationError(at + "country", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "country", "type", "must be a string")
        if _P1.search(v) is None:
            raise RequestValidationError(
                at + "country", "pattern", "does not have the expected format (^[A-Z]{3}$)"
            )
    v = d.get("address")
    if v is None:
        if "address" in d:
            raise RequestValidationError(at + "address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "address", "type", "must be a string")
    v = d.get("identification_number")
    if v is None:
        if "identification_number" in d:
            raise RequestValidationError(at + "identification_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "identification_number", "type", "must be a string")
    v = d.get("ip_address")
    if v is None:
        if "ip_address" in d:
            raise RequestValidationError(at + "ip_address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "ip_address", "type", "must be a string")
    v = d.get("expected_document_types")
    if v is None:
        if "expected_document_types" in d:
            raise RequestValidationError(at + "expected_document_types", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(at + "expected_document_types", "type", "must be a list")
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(
                    at + "expected_document_types", "type", "must not contain null"
                )
            if not isinstance(x0, str):
                raise RequestValidationError(
                    at + "expected_document_types" + "[" + str(i0) + "]", "type", "must be a string"
                )


def structure_FaceEntity(d: Any) -> FaceEntity:
    """Decode a JSON object into :class:`FaceEntity`."""
    o = _new(FaceEntity)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("age")
    if v is None and "age" in d:
        nl += ("age",)
    _set(o, "age", v)
    v = g("bbox")
    if v is None and "bbox" in d:
        nl += ("bbox",)
    _set(o, "bbox", v)
    v = g("confidence")
    if v is None and "confidence" in d:
        nl += ("confidence",)
    _set(o, "confidence", v)
    v = g("gender")
    if v is None and "gender" in d:
        nl += ("gender",)
    _set(o, "gender", v)
    ex = d.keys() - _K_FaceEntity
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_FaceEntity(o: FaceEntity) -> dict[str, Any]:
    """Encode :class:`FaceEntity` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.age
    if v is not None and v is not UNSET:
        d["age"] = v
    elif v is None and nl is not None and "age" in nl:
        d["age"] = None
    v = o.bbox
    if v is not None and v is not UNSET:
        d["bbox"] = [x for x in v]
    elif v is None and nl is not None and "bbox" in nl:
        d["bbox"] = None
    v = o.confidence
    if v is not None and v is not UNSET:
        d["confidence"] = v
    elif v is None and nl is not None and "confidence" in nl:
        d["confidence"] = None
    v = o.gender
    if v is not None and v is not UNSET:
        d["gender"] = v
    elif v is None and nl is not None and "gender" in nl:
        d["gender"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_FaceEntity(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid FaceEntity."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "FaceEntity", "type", "must be an object")
    v: Any
    v = d.get("age")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "age", "type", "must be a number")
    v = d.get("bbox")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "bbox", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "bbox", "type", "must not contain null")
                if isinstance(x0, bool) or not isinstance(x0, (int, float)):
                    raise RequestValidationError(
                        at + "bbox" + "[" + str(i0) + "]", "type", "must be a number"
                    )
    v = d.get("confidence")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "confidence", "type", "must be a number")
    v = d.get("gender")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "gender", "type", "must be a string")


def structure_FaceImageInfo(d: Any) -> FaceImageInfo:
    """Decode a JSON object into :class:`FaceImageInfo`."""
    o = _new(FaceImageInfo)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("entities")
    if v is not None:
        v = [structure_FaceEntity(x) if x.__class__ is dict else x for x in v]
    elif "entities" in d:
        nl += ("entities",)
    _set(o, "entities", v)
    v = g("best_angle")
    if v is None and "best_angle" in d:
        nl += ("best_angle",)
    _set(o, "best_angle", v)
    ex = d.keys() - _K_FaceImageInfo
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_FaceImageInfo(o: FaceImageInfo) -> dict[str, Any]:
    """Encode :class:`FaceImageInfo` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.entities
    if v is not None and v is not UNSET:
        d["entities"] = [unstructure_FaceEntity(x) if isinstance(x, FaceEntity) else x for x in v]
    elif v is None and nl is not None and "entities" in nl:
        d["entities"] = None
    v = o.best_angle
    if v is not None and v is not UNSET:
        d["best_angle"] = v
    elif v is None and nl is not None and "best_angle" in nl:
        d["best_angle"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_FaceImageInfo(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid FaceImageInfo."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "FaceImageInfo", "type", "must be an object")
    v: Any
    v = d.get("entities")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "entities", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "entities", "type", "must not contain null")
                validate_FaceEntity(x0, at + "entities" + "[" + str(i0) + "]" + ".")
    v = d.get("best_angle")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "best_angle", "type", "must be a number")


def structure_ParsedAddress(d: Any) -> ParsedAddress:
    """Decode a JSON object into :class:`ParsedAddress`."""
    o = _new(ParsedAddress)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("street_1")
    if v is None and "street_1" in d:
        nl += ("street_1",)
    _set(o, "street_1", v)
    v = g("street_2")
    if v is None and "street_2" in d:
        nl += ("street_2",)
    _set(o, "street_2", v)
    v = g("city")
    if v is None and "city" in d:
        nl += ("city",)
    _set(o, "city", v)
    v = g("region")
    if v is None and "region" in d:
        nl += ("region",)
    _set(o, "region", v)
    v = g("postal_code")
    if v is None and "postal_code" in d:
        nl += ("postal_code",)
    _set(o, "postal_code", v)
    v = g("country")
    if v is None and "country" in d:
        nl += ("country",)
    _set(o, "country", v)
    v = g("address_type")
    if v is None and "address_type" in d:
        nl += ("address_type",)
    _set(o, "address_type", v)
    v = g("raw_results")
    if v is None and "raw_results" in d:
        nl += ("raw_results",)
    _set(o, "raw_results", v)
    ex = d.keys() - _K_ParsedAddress
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_ParsedAddress(o: ParsedAddress) -> dict[str, Any]:
    """Encode :class:`ParsedAddress` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.street_1
    if v is not None and v is not UNSET:
        d["street_1"] = v
    elif v is None and nl is not None and "street_1" in nl:
        d["street_1"] = None
    v = o.street_2
    if v is not None and v is not UNSET:
        d["street_2"] = v
    elif v is None and nl is not None and "street_2" in nl:
        d["street_2"] = None
    v = o.city
    if v is not None and v is not UNSET:
        d["city"] = v
    elif v is None and nl is not None and "city" in nl:
        d["city"] = None
    v = o.region
    if v is not None and v is not UNSET:
        d["region"] = v
    elif v is None and nl is not None and "region" in nl:
        d["region"] = None
    v = o.postal_code
    if v is not None and v is not UNSET:
        d["postal_code"] = v
    elif v is None and nl is not None and "postal_code" in nl:
        d["postal_code"] = None
    v = o.country
    if v is not None and v is not UNSET:
        d["country"] = v
    elif v is None and nl is not None and "country" in nl:
        d["country"] = None
    v = o.address_type
    if v is not None and v is not UNSET:
        d["address_type"] = v
    elif v is None and nl is not None and "address_type" in nl:
        d["address_type"] = None
    v = o.raw_results
    if v is not None and v is not UNSET:
        d["raw_results"] = v
    elif v is None and nl is not None and "raw_results" in nl:
        d["raw_results"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_ParsedAddress(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid ParsedAddress."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "ParsedAddress", "type", "must be an object")
    v: Any
    v = d.get("street_1")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "street_1", "type", "must be a string")
    v = d.get("street_2")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "street_2", "type", "must be a string")
    v = d.get("city")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "city", "type", "must be a string")
    v = d.get("region")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "region", "type", "must be a string")
    v = d.get("postal_code")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "postal_code", "type", "must be a string")
    v = d.get("country")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "country", "type", "must be a string")
    v = d.get("address_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "address_type", "type", "must be a string")


def structure_IdVerificationReport(d: Any) -> IdVerificationReport:
    """Decode a JSON object into :class:`IdVerificationReport`."""
    o = _new(IdVerificationReport)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("status")
    if v is not None:
        v = _M_FeatureStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("warnings")
    if v is not None:
        v = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    elif "warnings" in d:
        nl += ("warnings",)
    _set(o, "warnings", v)
    v = g("document_type")
    if v is None and "document_type" in d:
        nl += ("document_type",)
    _set(o, "document_type", v)
    v = g("document_number")
    if v is None and "document_number" in d:
        nl += ("document_number",)
    _set(o, "document_number", v)
    v = g("personal_number")
    if v is None and "personal_number" in d:
        nl += ("personal_number",)
    _set(o, "personal_number", v)
    v = g("first_name")
    if v is None and "first_name" in d:
        nl += ("first_name",)
    _set(o, "first_name", v)
    v = g("last_name")
    if v is None and "last_name" in d:
        nl += ("last_name",)
    _set(o, "last_name", v)
    v = g("full_name")
    if v is None and "full_name" in d:
        nl += ("full_name",)
    _set(o, "full_name", v)
    v = g("date_of_birth")
    if v is None and "date_of_birth" in d:
        nl += ("date_of_birth",)
    _set(o, "date_of_birth", v)
    v = g("age")
    if v is None and "age" in d:
        nl += ("age",)
    _set(o, "age", v)
    v = g("gender")
    if v is None and "gender" in d:
        nl += ("gender",)
    _set(o, "gender", v)
    v = g("nationality")
    if v is None and "nationality" in d:
        nl += ("nationality",)
    _set(o, "nationality", v)
    v = g("issuing_state")
    if v is None and "issuing_state" in d:
        nl += ("issuing_state",)
    _set(o, "issuing_state", v)
    v = g("issuing_state_name")
    if v is None and "issuing_state_name" in d:
        nl += ("issuing_state_name",)
    _set(o, "issuing_state_name", v)
    v = g("expiration_date")
    if v is None and "expiration_date" in d:
        nl += ("expiration_date",)
    _set(o, "expiration_date", v)
    v = g("date_of_issue")
    if v is None and "date_of_issue" in d:
        nl += ("date_of_issue",)
    _set(o, "date_of_issue", v)
    v = g("address")
    if v is None and "address" in d:
        nl += ("address",)
    _set(o, "address", v)
    v = g("formatted_address")
    if v is None and "formatted_address" in d:
        nl += ("formatted_address",)
    _set(o, "formatted_address", v)
    v = g("parsed_address")
    if v is not None:
        v = structure_ParsedAddress(v) if v.__class__ is dict else v
    elif "parsed_address" in d:
        nl += ("parsed_address",)
    _set(o, "parsed_address", v)
    v = g("place_of_birth")
    if v is None and "place_of_birth" in d:
        nl += ("place_of_birth",)
    _set(o, "place_of_birth", v)
    v = g("marital_status")
    if v is None and "marital_status" in d:
        nl += ("marital_status",)
    _set(o, "marital_status", v)
    v = g("portrait_image")
    if v is None and "portrait_image" in d:
        nl += ("portrait_image",)
    _set(o, "portrait_image", v)
    v = g("front_image")
    if v is None and "front_image" in d:
        nl += ("front_image",)
    _set(o, "front_image", v)
    v = g("back_image")
    if v is None and "back_image" in d:
        nl += ("back_image",)
    _set(o, "back_image", v)
    v = g("front_document_image")
    if v is None and "front_document_image" in d:
        nl += ("front_document_image",)
    _set(o, "front_document_image", v)
    v = g("back_document_image")
    if v is None and "back_document_image" in d:
        nl += ("back_document_image",)
    _set(o, "back_document_image", v)
    v = g("front_video")
    if v is None and "front_video" in d:
        nl += ("front_video",)
    _set(o, "front_video", v)
    v = g("back_video")
    if v is None and "back_video" in d:
        nl += ("back_video",)
    _set(o, "back_video", v)
    v = g("full_front_image")
    if v is None and "full_front_image" in d:
        nl += ("full_front_image",)
    _set(o, "full_front_image", v)
    v = g("full_back_image")
    if v is None and "full_back_image" in d:
        nl += ("full_back_image",)
    _set(o, "full_back_image", v)
    v = g("mrz")
    if v is None and "mrz" in d:
        nl += ("mrz",)
    _set(o, "mrz", v)
    v = g("extra_fields")
    if v is None and "extra_fields" in d:
        nl += ("extra_fields",)
    _set(o, "extra_fields", v)
    v = g("extra_files")
    if v is None and "extra_files" in d:
        nl += ("extra_files",)
    _set(o, "extra_files", v)
    ex = d.keys() - _K_IdVerificationReport
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_IdVerificationReport(o: IdVerificationReport) -> dict[str, Any]:
    """Encode :class:`IdVerificationReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
    elif v is None and nl is not None and "warnings" in nl:
        d["warnings"] = None
    v = o.document_type
    if v is not None and v is not UNSET:
        d["document_type"] = v
    elif v is None and nl is not None and "document_type" in nl:
        d["document_type"] = None
    v = o.document_number
    if v is not None and v is not UNSET:
        d["document_number"] = v
    elif v is None and nl is not None and "document_number" in nl:
        d["document_number"] = None
    v = o.personal_number
    if v is not None and v is not UNSET:
        d["personal_number"] = v
    elif v is None and nl is not None and "personal_number" in nl:
        d["personal_number"] = None
    v = o.first_name
    if v is not None and v is not UNSET:
        d["first_name"] = v
    elif v is None and nl is not None and "first_name" in nl:
        d["first_name"] = None
    v = o.last_name
    if v is not None and v is not UNSET:
        d["last_name"] = v
    elif v is None and nl is not None and "last_name" in nl:
        d["last_name"] = None
    v = o.full_name
    if v is not None and v is not UNSET:
        d["full_name"] = v
    elif v is None and nl is not None and "full_name" in nl:
        d["full_name"] = None
    v = o.date_of_birth
    if v is not None and v is not UNSET:
        d["date_of_birth"] = v
    elif v is None and nl is not None and "date_of_birth" in nl:
        d["date_of_birth"] = None
    v = o.age
    if v is not None and v is not UNSET:
        d["age"] = v
    elif v is None and nl is not None and "age" in nl:
        d["age"] = None
    v = o.gender
    if v is not None and v is not UNSET:
        d["gender"] = v
    elif v is None and nl is not None and "gender" in nl:
        d["gender"] = None
    v = o.nationality
    if v is not None and v is not UNSET:
        d["nationality"] = v
    elif v is None and nl is not None and "nationality" in nl:
        d["nationality"] = None
    v = o.issuing_state
    if v is not None and v is not UNSET:
        d["issuing_state"] = v
    elif v is None and nl is not None and "issuing_state" in nl:
        d["issuing_state"] = None
    v = o.issuing_state_name
    if v is not None and v is not UNSET:
        d["issuing_state_name"] = v
    elif v is None and nl is not None and "issuing_state_name" in nl:
        d["issuing_state_name"] = None
    v = o.expiration_date
    if v is not None and v is not UNSET:
        d["expiration_date"] = v
    elif v is None and nl is not None and "expiration_date" in nl:
        d["expiration_date"] = None
    v = o.date_of_issue
    if v is not None and v is not UNSET:
        d["date_of_issue"] = v
    elif v is None and nl is not None and "date_of_issue" in nl:
        d["date_of_issue"] = None
    v = o.address
    if v is not None and v is not UNSET:
        d["address"] = v
    elif v is None and nl is not None and "address" in nl:
        d["address"] = None
    v = o.formatted_address
    if v is not None and v is not UNSET:
        d["formatted_address"] = v
    elif v is None and nl is not None and "formatted_address" in nl:
        d["formatted_address"] = None
    v = o.parsed_address
    if v is not None and v is not UNSET:
        d["parsed_address"] = unstructure_ParsedAddress(v) if isinstance(v, ParsedAddress) else v
    elif v is None and nl is not None and "parsed_address" in nl:
        d["parsed_address"] = None
    v = o.place_of_birth
    if v is not None and v is not UNSET:
        d["place_of_birth"] = v
    elif v is None and nl is not None and "place_of_birth" in nl:
        d["place_of_birth"] = None
    v = o.marital_status
    if v is not None and v is not UNSET:
        d["marital_status"] = v
    elif v is None and nl is not None and "marital_status" in nl:
        d["marital_status"] = None
    v = o.portrait_image
    if v is not None and v is not UNSET:
        d["portrait_image"] = v
    elif v is None and nl is not None and "portrait_image" in nl:
        d["portrait_image"] = None
    v = o.front_image
    if v is not None and v is not UNSET:
        d["front_image"] = v
    elif v is None and nl is not None and "front_image" in nl:
        d["front_image"] = None
    v = o.back_image
    if v is not None and v is not UNSET:
        d["back_image"] = v
    elif v is None and nl is not None and "back_image" in nl:
        d["back_image"] = None
    v = o.front_document_image
    if v is not None and v is not UNSET:
        d["front_document_image"] = v
    elif v is None and nl is not None and "front_document_image" in nl:
        d["front_document_image"] = None
    v = o.back_document_image
    if v is not None and v is not UNSET:
        d["back_document_image"] = v
    elif v is None and nl is not None and "back_document_image" in nl:
        d["back_document_image"] = None
    v = o.front_video
    if v is not None and v is not UNSET:
        d["front_video"] = v
    elif v is None and nl is not None and "front_video" in nl:
        d["front_video"] = None
    v = o.back_video
    if v is not None and v is not UNSET:
        d["back_video"] = v
    elif v is None and nl is not None and "back_video" in nl:
        d["back_video"] = None
    v = o.full_front_image
    if v is not None and v is not UNSET:
        d["full_front_image"] = v
    elif v is None and nl is not None and "full_front_image" in nl:
        d["full_front_image"] = None
    v = o.full_back_image
    if v is not None and v is not UNSET:
        d["full_back_image"] = v
    elif v is None and nl is not None and "full_back_image" in nl:
        d["full_back_image"] = None
    v = o.mrz
    if v is not None and v is not UNSET:
        d["mrz"] = v
    elif v is None and nl is not None and "mrz" in nl:
        d["mrz"] = None
    v = o.extra_fields
    if v is not None and v is not UNSET:
        d["extra_fields"] = dict(v)
    elif v is None and nl is not None and "extra_fields" in nl:
        d["extra_fields"] = None
    v = o.extra_files
    if v is not None and v is not UNSET:
        d["extra_files"] = [x for x in v]
    elif v is None and nl is not None and "extra_files" in nl:
        d["extra_files"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_IdVerificationReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid IdVerificationReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "IdVerificationReport", "type", "must be an object"
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "node_id", "type", "must be a string")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, In Progress, Not Started, Expired, Resubmitted, Skipped",
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "warnings", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("document_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "document_type", "type", "must be a string")
    v = d.get("document_number")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "document_number", "type", "must be a string")
    v = d.get("personal_number")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "personal_number", "type", "must be a string")
    v = d.get("first_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "first_name", "type", "must be a string")
    v = d.get("last_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "last_name", "type", "must be a string")
    v = d.get("full_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "full_name", "type", "must be a string")
    v = d.get("date_of_birth")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "date_of_birth", "type", "must be a string")
    v = d.get("age")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "age", "type", "must be an integer")
    v = d.get("gender")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "gender", "type", "must be a string")
    v = d.get("nationality")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "nationality", "type", "must be a string")
    v = d.get("issuing_state")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "issuing_state", "type", "must be a string")
    v = d.get("issuing_state_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "issuing_state_name", "type", "must be a string")
    v = d.get("expiration_date")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "expiration_date", "type", "must be a string")
    v = d.get("date_of_issue")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "date_of_issue", "type", "must be a string")
    v = d.get("address")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "address", "type", "must be a string")
    v = d.get("formatted_address")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "formatted_address", "type", "must be a string")
    v = d.get("parsed_address")
    if v is not None:
        if v is not None:
            validate_ParsedAddress(v, at + "parsed_address" + ".")
    v = d.get("place_of_birth")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "place_of_birth", "type", "must be a string")
    v = d.get("marital_status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "marital_status", "type", "must be a string")
    v = d.get("portrait_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "portrait_image", "type", "must be a string")
    v = d.get("front_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "front_image", "type", "must be a string")
    v = d.get("back_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "back_image", "type", "must be a string")
    v = d.get("front_document_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "front_document_image", "type", "must be a string"
                )
    v = d.get("back_document_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "back_document_image", "type", "must be a string")
    v = d.get("front_video")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "front_video", "type", "must be a string")
    v = d.get("back_video")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "back_video", "type", "must be a string")
    v = d.get("full_front_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "full_front_image", "type", "must be a string")
    v = d.get("full_back_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "full_back_image", "type", "must be a string")
    v = d.get("extra_fields")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(at + "extra_fields", "type", "must be an object")
    v = d.get("extra_files")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "extra_files", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "extra_files", "type", "must not contain null"
                    )
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "extra_files" + "[" + str(i0) + "]", "type", "must be a string"
                    )


def structure_NfcVerificationReport(d: Any) -> NfcVerificationReport:
    """Decode a JSON object into :class:`NfcVerificationReport`."""
    o = _new(NfcVerificationReport)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("status")
    if v is not None:
        v = _M_FeatureStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("warnings")
    if v is not None:
        v = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    elif "warnings" in d:
        nl += ("warnings",)
    _set(o, "warnings", v)
    v = g("portrait_image")
    if v is None and "portrait_image" in d:
        nl += ("portrait_image",)
    _set(o, "portrait_image", v)
    v = g("signature_image")
    if v is None and "signature_image" in d:
        nl += ("signature_image",)
    _set(o, "signature_image", v)
    v = g("chip_data")
    if v is None and "chip_data" in d:
        nl += ("chip_data",)
    _set(o, "chip_data", v)
    v = g("authenticity")
    if v is None and "authenticity" in d:
        nl += ("authenticity",)
    _set(o, "authenticity", v)
    v = g("certificate_summary")
    if v is None and "certificate_summary" in d:
        nl += ("certificate_summary",)
    _set(o, "certificate_summary", v)
    ex = d.keys() - _K_NfcVerificationReport
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_NfcVerificationReport(o: NfcVerificationReport) -> dict[str, Any]:
    """Encode :class:`NfcVerificationReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
    elif v is None and nl is not None and "warnings" in nl:
        d["warnings"] = None
    v = o.portrait_image
    if v is not None and v is not UNSET:
        d["portrait_image"] = v
    elif v is None and nl is not None and "portrait_image" in nl:
        d["portrait_image"] = None
    v = o.signature_image
    if v is not None and v is not UNSET:
        d["signature_image"] = v
    elif v is None and nl is not None and "signature_image" in nl:
        d["signature_image"] = None
    v = o.chip_data
    if v is not None and v is not UNSET:
        d["chip_data"] = dict(v)
    elif v is None and nl is not None and "chip_data" in nl:
        d["chip_data"] = None
    v = o.authenticity
    if v is not None and v is not UNSET:
        d["authenticity"] = dict(v)
    elif v is None and nl is not None and "authenticity" in nl:
        d["authenticity"] = None
    v = o.certificate_summary
    if v is not None and v is not UNSET:
        d["certificate_summary"] = dict(v)
    elif v is None and nl is not None and "certificate_summary" in nl:
        d["certificate_summary"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_NfcVerificationReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid NfcVerificationReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "NfcVerificationReport", "type", "must be an object"
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "node_id", "type", "must be a string")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, In Progress, Not Started, Expired, Resubmitted, Skipped",
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "warnings", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("portrait_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "portrait_image", "type", "must be a string")
    v = d.get("signature_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "signature_image", "type", "must be a string")
    v = d.get("chip_data")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(at + "chip_data", "type", "must be an object")
    v = d.get("authenticity")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(at + "authenticity", "type", "must be an object")
    v = d.get("certificate_summary")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(
                    at + "certificate_summary", "type", "must be an object"
                )


def structure_LivenessReport(d: Any) -> LivenessReport:
    """Decode a JSON object into :class:`LivenessReport`."""
    o = _new(LivenessReport)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("status")
    if v is not None:
        v = _M_FeatureStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("warnings")
    if v is not None:
        v = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    elif "warnings" in d:
        nl += ("warnings",)
    _set(o, "warnings", v)
    v = g("method")
    if v is None and "method" in d:
        nl += ("method",)
    _set(o, "method", v)
    v = g("score")
    if v is None and "score" in d:
        nl += ("score",)
    _set(o, "score", v)
    v = g("reference_image")
    if v is None and "reference_image" in d:
        nl += ("reference_image",)
    _set(o, "reference_image", v)
    v = g("video_url")
    if v is None and "video_url" in d:
        nl += ("video_url",)
    _set(o, "video_url", v)
    v = g("age_estimation")
    if v is None and "age_estimation" in d:
        nl += ("age_estimation",)
    _set(o, "age_estimation", v)
    v = g("user_image")
    if v is not None:
        v = structure_FaceImageInfo(v) if v.__class__ is dict else v
    elif "user_image" in d:
        nl += ("user_image",)
    _set(o, "user_image", v)
    v = g("face_quality")
    if v is None and "face_quality" in d:
        nl += ("face_quality",)
    _set(o, "face_quality", v)
    v = g("face_luminance")
    if v is None and "face_luminance" in d:
        nl += ("face_luminance",)
    _set(o, "face_luminance", v)
    ex = d.keys() - _K_LivenessReport
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_LivenessReport(o: LivenessReport) -> dict[str, Any]:
    """Encode :class:`LivenessReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
    elif v is None and nl is not None and "warnings" in nl:
        d["warnings"] = None
    v = o.method
    if v is not None and v is not UNSET:
        d["method"] = v
    elif v is None and nl is not None and "method" in nl:
        d["method"] = None
    v = o.score
    if v is not None and v is not UNSET:
        d["score"] = v
    elif v is None and nl is not None and "score" in nl:
        d["score"] = None
    v = o.reference_image
    if v is not None and v is not UNSET:
        d["reference_image"] = v
    elif v is None and nl is not None and "reference_image" in nl:
        d["reference_image"] = None
    v = o.video_url
    if v is not None and v is not UNSET:
        d["video_url"] = v
    elif v is None and nl is not None and "video_url" in nl:
        d["video_url"] = None
    v = o.age_estimation
    if v is not None and v is not UNSET:
        d["age_estimation"] = v
    elif v is None and nl is not None and "age_estimation" in nl:
        d["age_estimation"] = None
    v = o.user_image
    if v is not None and v is not UNSET:
        d["user_image"] = unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v
    elif v is None and nl is not None and "user_image" in nl:
        d["user_image"] = None
    v = o.face_quality
    if v is not None and v is not UNSET:
        d["face_quality"] = v
    elif v is None and nl is not None and "face_quality" in nl:
        d["face_quality"] = None
    v = o.face_luminance
    if v is not None and v is not UNSET:
        d["face_luminance"] = v
    elif v is None and nl is not None and "face_luminance" in nl:
        d["face_luminance"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_LivenessReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid LivenessReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "LivenessReport", "type", "must be an object"
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "node_id", "type", "must be a string")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, In Progress, Not Started, Expired, Resubmitted, Skipped",
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "warnings", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("method")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "method", "type", "must be a string")
    v = d.get("score")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "score", "type", "must be a number")
    v = d.get("reference_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "reference_image", "type", "must be a string")
    v = d.get("video_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "video_url", "type", "must be a string")
    v = d.get("age_estimation")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "age_estimation", "type", "must be a number")
    v = d.get("user_image")
    if v is not None:
        if v is not None:
            validate_FaceImageInfo(v, at + "user_image" + ".")
    v = d.get("face_quality")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "face_quality", "type", "must be a number")
    v = d.get("face_luminance")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "face_luminance", "type", "must be a number")


def structure_AgeEstimationReport(d: Any) -> AgeEstimationReport:
    """Decode a JSON object into :class:`AgeEstimationReport`."""
    o = _new(AgeEstimationReport)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("status")
    if v is not None:
        v = _M_FeatureStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("warnings")
    if v is not None:
        v = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    elif "warnings" in d:
        nl += ("warnings",)
    _set(o, "warnings", v)
    v = g("method")
    if v is None and "method" in d:
        nl += ("method",)
    _set(o, "method", v)
    v = g("score")
    if v is None and "score" in d:
        nl += ("score",)
    _set(o, "score", v)
    v = g("age_estimation")
    if v is None and "age_estimation" in d:
        nl += ("age_estimation",)
    _set(o, "age_estimation", v)
    v = g("reference_image")
    if v is None and "reference_image" in d:
        nl += ("reference_image",)
    _set(o, "reference_image", v)
    v = g("video_url")
    if v is None and "video_url" in d:
        nl += ("video_url",)
    _set(o, "video_url", v)
    v = g("user_image")
    if v is not None:
        v = structure_FaceImageInfo(v) if v.__class__ is dict else v
    elif "user_image" in d:
        nl += ("user_image",)
    _set(o, "user_image", v)
    ex = d.keys() - _K_AgeEstimationReport
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_AgeEstimationReport(o: AgeEstimationReport) -> dict[str, Any]:
    """Encode :class:`AgeEstimationReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
    elif v is None and nl is not None and "warnings" in nl:
        d["warnings"] = None
    v = o.method
    if v is not None and v is not UNSET:
        d["method"] = v
    elif v is None and nl is not None and "method" in nl:
        d["method"] = None
    v = o.score
    if v is not None and v is not UNSET:
        d["score"] = v
    elif v is None and nl is not None and "score" in nl:
        d["score"] = None
    v = o.age_estimation
    if v is not None and v is not UNSET:
        d["age_estimation"] = v
    elif v is None and nl is not None and "age_estimation" in nl:
        d["age_estimation"] = None
    v = o.reference_image
    if v is not None and v is not UNSET:
        d["reference_image"] = v
    elif v is None and nl is not None and "reference_image" in nl:
        d["reference_image"] = None
    v = o.video_url
    if v is not None and v is not UNSET:
        d["video_url"] = v
    elif v is None and nl is not None and "video_url" in nl:
        d["video_url"] = None
    v = o.user_image
    if v is not None and v is not UNSET:
        d["user_image"] = unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v
    elif v is None and nl is not None and "user_image" in nl:
        d["user_image"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AgeEstimationReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AgeEstimationReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AgeEstimationReport", "type", "must be an object"
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "node_id", "type", "must be a string")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, In Progress, Not Started, Expired, Resubmitted, Skipped",
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "warnings", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("method")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "method", "type", "must be a string")
    v = d.get("score")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "score", "type", "must be a number")
    v = d.get("age_estimation")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "age_estimation", "type", "must be a number")
    v = d.get("reference_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "reference_image", "type", "must be a string")
    v = d.get("video_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "video_url", "type", "must be a string")
    v = d.get("user_image")
    if v is not None:
        if v is not None:
            validate_FaceImageInfo(v, at + "user_image" + ".")


def structure_FaceMatchReport(d: Any) -> FaceMatchReport:
    """Decode a JSON object into :class:`FaceMatchReport`."""
    o = _new(FaceMatchReport)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("status")
    if v is not None:
        v = _M_FeatureStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("warnings")
    if v is not None:
        v = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    elif "warnings" in d:
        nl += ("warnings",)
    _set(o, "warnings", v)
    v = g("score")
    if v is None and "score" in d:
        nl += ("score",)
    _set(o, "score", v)
    v = g("source_image")
    if v is None and "source_image" in d:
        nl += ("source_image",)
    _set(o, "source_image", v)
    v = g("target_image")
    if v is None and "target_image" in d:
        nl += ("target_image",)
    _set(o, "target_image", v)
    v = g("user_image")
    if v is not None:
        v = structure_FaceImageInfo(v) if v.__class__ is dict else v
    elif "user_image" in d:
        nl += ("user_image",)
    _set(o, "user_image", v)
    v = g("ref_image")
    if v is not None:
        v = structure_FaceImageInfo(v) if v.__class__ is dict else v
    elif "ref_image" in d:
        nl += ("ref_image",)
    _set(o, "ref_image", v)
    ex = d.keys() - _K_FaceMatchReport
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_FaceMatchReport(o: FaceMatchReport) -> dict[str, Any]:
    """Encode :class:`FaceMatchReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
    elif v is None and nl is not None and "warnings" in nl:
        d["warnings"] = None
    v = o.score
    if v is not None and v is not UNSET:
        d["score"] = v
    elif v is None and nl is not None and "score" in nl:
        d["score"] = None
    v = o.source_image
    if v is not None and v is not UNSET:
        d["source_image"] = v
    elif v is None and nl is not None and "source_image" in nl:
        d["source_image"] = None
    v = o.target_image
    if v is not None and v is not UNSET:
        d["target_image"] = v
    elif v is None and nl is not None and "target_image" in nl:
        d["target_image"] = None
    v = o.user_image
    if v is not None and v is not UNSET:
        d["user_image"] = unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v
    elif v is None and nl is not None and "user_image" in nl:
        d["user_image"] = None
    v = o.ref_image
    if v is not None and v is not UNSET:
        d["ref_image"] = unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v
    elif v is None and nl is not None and "ref_image" in nl:
        d["ref_image"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_FaceMatchReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid FaceMatchReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "FaceMatchReport", "type", "must be an object"
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "node_id", "type", "must be a string")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, In Progress, Not Started, Expired, Resubmitted, Skipped",
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "warnings", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("score")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "score", "type", "must be a number")
    v = d.get("source_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "source_image", "type", "must be a string")
    v = d.get("target_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "target_image", "type", "must be a string")
    v = d.get("user_image")
    if v is not None:
        if v is not None:
            validate_FaceImageInfo(v, at + "user_image" + ".")
    v = d.get("ref_image")
    if v is not None:
        if v is not None:
            validate_FaceImageInfo(v, at + "ref_image" + ".")


def structure_FaceSearchUserDetails(d: Any) -> FaceSearchUserDetails:
    """Decode a JSON object into :class:`FaceSearchUserDetails`."""
    o = _new(FaceSearchUserDetails)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("name")
    if v is None and "name" in d:
        nl += ("name",)
    _set(o, "name", v)
    v = g("document_type")
    if v is None and "document_type" in d:
        nl += ("document_type",)
    _set(o, "document_type", v)
    v = g("document_number")
    if v is None and "document_number" in d:
        nl += ("document_number",)
    _set(o, "document_number", v)
    ex = d.keys() - _K_FaceSearchUserDetails
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_FaceSearchUserDetails(o: FaceSearchUserDetails) -> dict[str, Any]:
    """Encode :class:`FaceSearchUserDetails` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.name
    if v is not None and v is not UNSET:
        d["name"] = v
    elif v is None and nl is not None and "name" in nl:
        d["name"] = None
    v = o.document_type
    if v is not None and v is not UNSET:
        d["document_type"] = v
    elif v is None and nl is not None and "document_type" in nl:
        d["document_type"] = None
    v = o.document_number
    if v is not None and v is not UNSET:
        d["document_number"] = v
    elif v is None and nl is not None and "document_number" in nl:
        d["document_number"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_FaceSearchUserDetails(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid FaceSearchUserDetails."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "FaceSearchUserDetails", "type", "must be an object"
        )
    v: Any
    v = d.get("name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "name", "type", "must be a string")
    v = d.get("document_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "document_type", "type", "must be a string")
    v = d.get("document_number")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "document_number", "type", "must be a string")


def structure_FaceSearchMatch(d: Any) -> FaceSearchMatch:
    """Decode a JSON object into :class:`FaceSearchMatch`."""
    o = _new(FaceSearchMatch)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("session_id")
    if v is None and "session_id" in d:
        nl += ("session_id",)
    _set(o, "session_id", v)
    v = g("session_number")
    if v is None and "session_number" in d:
        nl += ("session_number",)
    _set(o, "session_number", v)
    v = g("similarity_percentage")
    if v is None and "similarity_percentage" in d:
        nl += ("similarity_percentage",)
    _set(o, "similarity_percentage", v)
    v = g("vendor_data")
    if v is None and "vendor_data" in d:
        nl += ("vendor_data",)
    _set(o, "vendor_data", v)
    v = g("verification_date")
    if v is None and "verification_date" in d:
        nl += ("verification_date",)
    _set(o, "verification_date", v)
    v = g("user_details")
    if v is not None:
        v = structure_FaceSearchUserDetails(v) if v.__class__ is dict else v
    elif "user_details" in d:
        nl += ("user_details",)
    _set(o, "user_details", v)
    v = g("match_image_url")
    if v is None and "match_image_url" in d:
        nl += ("match_image_url",)
    _set(o, "match_image_url", v)
    v = g("status")
    if v is None and "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("is_blocklisted")
    if v is None and "is_blocklisted" in d:
        nl += ("is_blocklisted",)
    _set(o, "is_blocklisted", v)
    ex = d.keys() - _K_FaceSearchMatch
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_FaceSearchMatch(o: FaceSearchMatch) -> dict[str, Any]:
    """Encode :class:`FaceSearchMatch` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and nl is not None and "session_id" in nl:
        d["session_id"] = None
    v = o.session_number
    if v is not None and v is not UNSET:
        d["session_number"] = v
    elif v is None and nl is not None and "session_number" in nl:
        d["session_number"] = None
    v = o.similarity_percentage
    if v is not None and v is not UNSET:
        d["similarity_percentage"] = v
    elif v is None and nl is not None and "similarity_percentage" in nl:
        d["similarity_percentage"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and nl is not None and "vendor_data" in nl:
        d["vendor_data"] = None
    v = o.verification_date
    if v is not None and v is not UNSET:
        d["verification_date"] = v
    elif v is None and nl is not None and "verification_date" in nl:
        d["verification_date"] = None
    v = o.user_details
    if v is not None and v is not UNSET:
        d["user_details"] = (
            unstructure_FaceSearchUserDetails(v) if isinstance(v, FaceSearchUserDetails) else v
        )
    elif v is None and nl is not None and "user_details" in nl:
        d["user_details"] = None
    v = o.match_image_url
    if v is not None and v is not UNSET:
        d["match_image_url"] = v
    elif v is None and nl is not None and "match_image_url" in nl:
        d["match_image_url"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.is_blocklisted
    if v is not None and v is not UNSET:
        d["is_blocklisted"] = v
    elif v is None and nl is not None and "is_blocklisted" in nl:
        d["is_blocklisted"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_FaceSearchMatch(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid FaceSearchMatch."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "FaceSearchMatch", "type", "must be an object"
        )
    v: Any
    v = d.get("session_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "session_id", "type", "must be a string")
    v = d.get("session_number")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "session_number", "type", "must be an integer")
    v = d.get("similarity_percentage")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "similarity_percentage", "type", "must be a number"
                )
    v = d.get("vendor_data")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "vendor_data", "type", "must be a string")
    v = d.get("verification_date")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "verification_date", "type", "must be a string")
    v = d.get("user_details")
    if v is not None:
        if v is not None:
            validate_FaceSearchUserDetails(v, at + "user_details" + ".")
    v = d.get("match_image_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "match_image_url", "type", "must be a string")
    v = d.get("status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "status", "type", "must be a string")
    v = d.get("is_blocklisted")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(at + "is_blocklisted", "type", "must be true or false")


def structure_FaceSearchReport(d: Any) -> FaceSearchReport:
    """Decode a JSON object into :class:`FaceSearchReport`."""
    o = _new(FaceSearchReport)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("status")
    if v is not None:
        v = _M_FeatureStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("warnings")
    if v is not None:
        v = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    elif "warnings" in d:
        nl += ("warnings",)
    _set(o, "warnings", v)
    v = g("total_matches")
    if v is None and "total_matches" in d:
        nl += ("total_matches",)
    _set(o, "total_matches", v)
    v = g("matches")
    if v is not None:
        v = [structure_FaceSearchMatch(x) if x.__class__ is dict else x for x in v]
    elif "matches" in d:
        nl += ("matches",)
    _set(o, "matches", v)
    v = g("user_image")
    if v is not None:
        v = structure_FaceImageInfo(v) if v.__class__ is dict else v
    elif "user_image" in d:
        nl += ("user_image",)
    _set(o, "user_image", v)
    ex = d.keys() - _K_FaceSearchReport
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_FaceSearchReport(o: FaceSearchReport) -> dict[str, Any]:
    """Encode :class:`FaceSearchReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
    elif v is None and nl is not None and "warnings" in nl:
        d["warnings"] = None
    v = o.total_matches
    if v is not None and v is not UNSET:
        d["total_matches"] = v
    elif v is None and nl is not None and "total_matches" in nl:
        d["total_matches"] = None
    v = o.matches
    if v is not None and v is not UNSET:
        d["matches"] = [
            unstructure_FaceSearchMatch(x) if isinstance(x, FaceSearchMatch) else x for x in v
        ]
    elif v is None and nl is not None and "matches" in nl:
        d["matches"] = None
    v = o.user_image
    if v is not None and v is not UNSET:
        d["user_image"] = unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v
    elif v is None and nl is not None and "user_image" in nl:
        d["user_image"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_FaceSearchReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid FaceSearchReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "FaceSearchReport", "type", "must be an object"
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "node_id", "type", "must be a string")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, In Progress, Not Started, Expired, Resubmitted, Skipped",
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "warnings", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("total_matches")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "total_matches", "type", "must be an integer")
    v = d.get("matches")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "matches", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "matches", "type", "must not contain null")
                validate_FaceSearchMatch(x0, at + "matches" + "[" + str(i0) + "]" + ".")
    v = d.get("user_image")
    if v is not None:
        if v is not None:
            validate_FaceImageInfo(v, at + "user_image" + ".")


def structure_PoaReport(d: Any) -> PoaReport:
    """Decode a JSON object into :class:`PoaReport`."""
    o = _new(PoaReport)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("status")
    if v is not None:
        v = _M_FeatureStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("warnings")
    if v is not None:
        v = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    elif "warnings" in d:
        nl += ("warnings",)
    _set(o, "warnings", v)
    v = g("document_type")
    if v is None and "document_type" in d:
        nl += ("document_type",)
    _set(o, "document_type", v)
    v = g("issuer")
    if v is None and "issuer" in d:
        nl += ("issuer",)
    _set(o, "issuer", v)
    v = g("poa_address")
    if v is None and "poa_address" in d:
        nl += ("poa_address",)
    _set(o, "poa_address", v)
    v = g("poa_formatted_address")
    if v is None and "poa_formatted_address" in d:
        nl += ("poa_formatted_address",)
    _set(o, "poa_formatted_address", v)
    v = g("poa_parsed_address")
    if v is not None:
        v = structure_ParsedAddress(v) if v.__class__ is dict else v
    elif "poa_parsed_address" in d:
        nl += ("poa_parsed_address",)
    _set(o, "poa_parsed_address", v)
    v = g("issue_date")
    if v is None and "issue_date" in d:
        nl += ("issue_date",)
    _set(o, "issue_date", v)
    v = g("document_file")
    if v is None and "document_file" in d:
        nl += ("document_file",)
    _set(o, "document_file", v)
    v = g("document_language")
    if v is None and "document_language" in d:
        nl += ("document_language",)
    _set(o, "document_language", v)
    v = g("name_on_document")
    if v is None and "name_on_document" in d:
        nl += ("name_on_document",)
    _set(o, "name_on_document", v)
    ex = d.keys() - _K_PoaReport
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_PoaReport(o: PoaReport) -> dict[str, Any]:
    """Encode :class:`PoaReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
    elif v is None and nl is not None and "warnings" in nl:
        d["warnings"] = None
    v = o.document_type
    if v is not None and v is not UNSET:
        d["document_type"] = v
    elif v is None and nl is not None and "document_type" in nl:
        d["document_type"] = None
    v = o.issuer
    if v is not None and v is not UNSET:
        d["issuer"] = v
    elif v is None and nl is not None and "issuer" in nl:
        d["issuer"] = None
    v = o.poa_address
    if v is not None and v is not UNSET:
        d["poa_address"] = v
    elif v is None and nl is not None and "poa_address" in nl:
        d["poa_address"] = None
    v = o.poa_formatted_address
    if v is not None and v is not UNSET:
        d["poa_formatted_address"] = v
    elif v is None and nl is not None and "poa_formatted_address" in nl:
        d["poa_formatted_address"] = None
    v = o.poa_parsed_address
    if v is not None and v is not UNSET:
        d["poa_parsed_address"] = (
            unstructure_ParsedAddress(v) if isinstance(v, ParsedAddress) else v
        )
    elif v is None and nl is not None and "poa_parsed_address" in nl:
        d["poa_parsed_address"] = None
    v = o.issue_date
    if v is not None and v is not UNSET:
        d["issue_date"] = v
    elif v is None and nl is not None and "issue_date" in nl:
        d["issue_date"] = None
    v = o.document_file
    if v is not None and v is not UNSET:
        d["document_file"] = v
    elif v is None and nl is not None and "document_file" in nl:
        d["document_file"] = None
    v = o.document_language
    if v is not None and v is not UNSET:
        d["document_language"] = v
    elif v is None and nl is not None and "document_language" in nl:
        d["document_language"] = None
    v = o.name_on_document
    if v is not None and v is not UNSET:
        d["name_on_document"] = v
    elif v is None and nl is not None and "name_on_document" in nl:
        d["name_on_document"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_PoaReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid PoaReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "PoaReport", "type", "must be an object")
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "node_id", "type", "must be a string")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, In Progress, Not Started, Expired, Resubmitted, Skipped",
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "warnings", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("document_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "document_type", "type", "must be a string")
    v = d.get("issuer")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "issuer", "type", "must be a string")
    v = d.get("poa_address")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "poa_address", "type", "must be a string")
    v = d.get("poa_formatted_address")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "poa_formatted_address", "type", "must be a string"
                )
    v = d.get("poa_parsed_address")
    if v is not None:
        if v is not None:
            validate_ParsedAddress(v, at + "poa_parsed_address" + ".")
    v = d.get("issue_date")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "issue_date", "type", "must be a string")
    v = d.get("document_file")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "document_file", "type", "must be a string")
    v = d.get("document_language")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "document_language", "type", "must be a string")
    v = d.get("name_on_document")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "name_on_document", "type", "must be a string")


def structure_DocumentAiDocument(d: Any) -> DocumentAiDocument:
    """Decode a JSON object into :class:`DocumentAiDocument`."""
    o = _new(DocumentAiDocument)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("status")
    if v is not None:
        v = _M_FeatureStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("warnings")
    if v is not None:
        v = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    elif "warnings" in d:
        nl += ("warnings",)
    _set(o, "warnings", v)
    v = g("document_type")
    if v is None and "document_type" in d:
        nl += ("document_type",)
    _set(o, "document_type", v)
    v = g("fields")
    if v is None and "fields" in d:
        nl += ("fields",)
    _set(o, "fields", v)
    v = g("document_file")
    if v is None and "document_file" in d:
        nl += ("document_file",)
    _set(o, "document_file", v)
    ex = d.keys() - _K_DocumentAiDocument
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_DocumentAiDocument(o: DocumentAiDocument) -> dict[str, Any]:
    """Encode :class:`DocumentAiDocument` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
    elif v is None and nl is not None and "warnings" in nl:
        d["warnings"] = None
    v = o.document_type
    if v is not None and v is not UNSET:
        d["document_type"] = v
    elif v is None and nl is not None and "document_type" in nl:
        d["document_type"] = None
    v = o.fields
    if v is not None and v is not UNSET:
        d["fields"] = dict(v)
    elif v is None and nl is not None and "fields" in nl:
        d["fields"] = None
    v = o.document_file
    if v is not None and v is not UNSET:
        d["document_file"] = v
    elif v is None and nl is not None and "document_file" in nl:
        d["document_file"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_DocumentAiDocument(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid DocumentAiDocument."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "DocumentAiDocument", "type", "must be an object"
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "node_id", "type", "must be a string")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, In Progress, Not Started, Expired, Resubmitted, Skipped",
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "warnings", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("document_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "document_type", "type", "must be a string")
    v = d.get("fields")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(at + "fields", "type", "must be an object")
    v = d.get("document_file")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "document_file", "type", "must be a string")


def structure_EmailBreach(d: Any) -> EmailBreach:
    """Decode a JSON object into :class:`EmailBreach`."""
    o = _new(EmailBreach)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("name")
    if v is None and "name" in d:
        nl += ("name",)
    _set(o, "name", v)
    v = g("domain")
    if v is None and "domain" in d:
        nl += ("domain",)
    _set(o, "domain", v)
    v = g("breach_date")
    if v is None and "breach_date" in d:
        nl += ("breach_date",)
    _set(o, "breach_date", v)
    v = g("data_classes")
    if v is None and "data_classes" in d:
        nl += ("data_classes",)
    _set(o, "data_classes", v)
    ex = d.keys() - _K_EmailBreach
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_EmailBreach(o: EmailBreach) -> dict[str, Any]:
    """Encode :class:`EmailBreach` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.name
    if v is not None and v is not UNSET:
        d["name"] = v
    elif v is None and nl is not None and "name" in nl:
        d["name"] = None
    v = o.domain
    if v is not None and v is not UNSET:
        d["domain"] = v
    elif v is None and nl is not None and "domain" in nl:
        d["domain"] = None
    v = o.breach_date
    if v is not None and v is not UNSET:
        d["breach_date"] = v
    elif v is None and nl is not None and "breach_date" in nl:
        d["breach_date"] = None
    v = o.data_classes
    if v is not None and v is not UNSET:
        d["data_classes"] = [x for x in v]
    elif v is None and nl is not None and "data_classes" in nl:
        d["data_classes"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_EmailBreach(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid EmailBreach."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "EmailBreach", "type", "must be an object")
    v: Any
    v = d.get("name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "name", "type", "must be a string")
    v = d.get("domain")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "domain", "type", "must be a string")
    v = d.get("breach_date")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "breach_date", "type", "must be a string")
    v = d.get("data_classes")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "data_classes", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "data_classes", "type", "must not contain null"
                    )
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "data_classes" + "[" + str(i0) + "]", "type", "must be a string"
                    )


def structure_EmailLifecycleEvent(d: Any) -> EmailLifecycleEvent:
    """Decode a JSON object into :class:`EmailLifecycleEvent`."""
    o = _new(EmailLifecycleEvent)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("type")
    if v is None and "type" in d:
        nl += ("type",)
    _set(o, "type", v)
    v = g("timestamp")
    if v is None and "timestamp" in d:
        nl += ("timestamp",)
    _set(o, "timestamp", v)
    v = g("fee")
    if v is None and "fee" in d:
        nl += ("fee",)
    _set(o, "fee", v)
    ex = d.keys() - _K_EmailLifecycleEvent
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_EmailLifecycleEvent(o: EmailLifecycleEvent) -> dict[str, Any]:
    """Encode :class:`EmailLifecycleEvent` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.type
    if v is not None and v is not UNSET:
        d["type"] = v
    elif v is None and nl is not None and "type" in nl:
        d["type"] = None
    v = o.timestamp
    if v is not None and v is not UNSET:
        d["timestamp"] = v
    elif v is None and nl is not None and "timestamp" in nl:
        d["timestamp"] = None
    v = o.fee
    if v is not None and v is not UNSET:
        d["fee"] = v
    elif v is None and nl is not None and "fee" in nl:
        d["fee"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_EmailLifecycleEvent(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid EmailLifecycleEvent."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "EmailLifecycleEvent", "type", "must be an object"
        )
    v: Any
    v = d.get("type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "type", "type", "must be a string")
    v = d.get("timestamp")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "timestamp", "type", "must be a string")
    v = d.get("fee")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "fee", "type", "must be a number")


def structure_EmailReport(d: Any) -> EmailReport:
    """Decode a JSON object into :class:`EmailReport`."""
    o = _new(EmailReport)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("status")
    if v is not None:
        v = _M_FeatureStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("warnings")
    if v is not None:
        v = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    elif "warnings" in d:
        nl += ("warnings",)
    _set(o, "warnings", v)
    v = g("email")
    if v is None and "email" in d:
        nl += ("email",)
    _set(o, "email", v)
    v = g("is_breached")
    if v is None and "is_breached" in d:
        nl += ("is_breached",)
    _set(o, "is_breached", v)
    v = g("breaches")
    if v is not None:
        v = [structure_EmailBreach(x) if x.__class__ is dict else x for x in v]
    elif "breaches" in d:
        nl += ("breaches",)
    _set(o, "breaches", v)
    v = g("is_disposable")
    if v is None and "is_disposable" in d:
        nl += ("is_disposable",)
    _set(o, "is_disposable", v)
    v = g("is_undeliverable")
    if v is None and "is_undeliverable" in d:
        nl += ("is_undeliverable",)
    _set(o, "is_undeliverable", v)
    v = g("verification_attempts")
    if v is None and "verification_attempts" in d:
        nl += ("verification_attempts",)
    _set(o, "verification_attempts", v)
    v = g("verified_at")
    if v is None and "verified_at" in d:
        nl += ("verified_at",)
    _set(o, "verified_at", v)
    v = g("lifecycle")
    if v is not None:
        v = [structure_EmailLifecycleEvent(x) if x.__class__ is dict else x for x in v]
    elif "lifecycle" in d:
        nl += ("lifecycle",)
    _set(o, "lifecycle", v)
    ex = d.keys() - _K_EmailReport
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_EmailReport(o: EmailReport) -> dict[str, Any]:
    """Encode :class:`EmailReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
    elif v is None and nl is not None and "warnings" in nl:
        d["warnings"] = None
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = v
    elif v is None and nl is not None and "email" in nl:
        d["email"] = None
    v = o.is_breached
    if v is not None and v is not UNSET:
        d["is_breached"] = v
    elif v is None and nl is not None and "is_breached" in nl:
        d["is_breached"] = None
    v = o.breaches
    if v is not None and v is not UNSET:
        d["breaches"] = [unstructure_EmailBreach(x) if isinstance(x, EmailBreach) else x for x in v]
    elif v is None and nl is not None and "breaches" in nl:
        d["breaches"] = None
    v = o.is_disposable
    if v is not None and v is not UNSET:
        d["is_disposable"] = v
    elif v is None and nl is not None and "is_disposable" in nl:
        d["is_disposable"] = None
    v = o.is_undeliverable
    if v is not None and v is not UNSET:
        d["is_undeliverable"] = v
    elif v is None and nl is not None and "is_undeliverable" in nl:
        d["is_undeliverable"] = None
    v = o.verification_attempts
    if v is not None and v is not UNSET:
        d["verification_attempts"] = v
    elif v is None and nl is not None and "verification_attempts" in nl:
        d["verification_attempts"] = None
    v = o.verified_at
    if v is not None and v is not UNSET:
        d["verified_at"] = v
    elif v is None and nl is not None and "verified_at" in nl:
        d["verified_at"] = None
    v = o.lifecycle
    if v is not None and v is not UNSET:
        d["lifecycle"] = [
            unstructure_EmailLifecycleEvent(x) if isinstance(x, EmailLifecycleEvent) else x
            for x in v
        ]
    elif v is None and nl is not None and "lifecycle" in nl:
        d["lifecycle"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_EmailReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid EmailReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "EmailReport", "type", "must be an object")
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "node_id", "type", "must be a string")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, In Progress, Not Started, Expired, Resubmitted, Skipped",
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "warnings", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("email")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "email", "type", "must be a string")
    v = d.get("is_breached")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(at + "is_breached", "type", "must be true or false")
    v = d.get("breaches")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "breaches", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "breaches", "type", "must not contain null")
                validate_EmailBreach(x0, at + "breaches" + "[" + str(i0) + "]" + ".")
    v = d.get("is_disposable")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(at + "is_disposable", "type", "must be true or false")
    v = d.get("is_undeliverable")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "is_undeliverable", "type", "must be true or false"
                )
    v = d.get("verification_attempts")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "verification_attempts", "type", "must be an integer"
                )
    v = d.get("verified_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "verified_at", "type", "must be a string")
    v = d.get("lifecycle")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "lifecycle", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "lifecycle", "type", "must not contain null")
                validate_EmailLifecycleEvent(x0, at + "lifecycle" + "[" + str(i0) + "]" + ".")


def structure_PhoneReport(d: Any) -> PhoneReport:
    """Decode a JSON object into :class:`PhoneReport`."""
    o = _new(PhoneReport)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("status")
    if v is not None:
        v = _M_FeatureStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("warnings")
    if v is not None:
        v = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    elif "warnings" in d:
        nl += ("warnings",)
    _set(o, "warnings", v)
    v = g("full_number")
    if v is None and "full_number" in d:
        nl += ("full_number",)
    _set(o, "full_number", v)
    v = g("phone_number")
    if v is None and "phone_number" in d:
        nl += ("phone_number",)
    _set(o, "phone_number", v)
    v = g("country_code")
    if v is None and "country_code" in d:
        nl += ("country_code",)
    _set(o, "country_code", v)
    v = g("country_name")
    if v is None and "country_name" in d:
        nl += ("country_name",)
    _set(o, "country_name", v)
    v = g("carrier")
    if v is None and "carrier" in d:
        nl += ("carrier",)
    _set(o, "carrier", v)
    v = g("is_disposable")
    if v is None and "is_disposable" in d:
        nl += ("is_disposable",)
    _set(o, "is_disposable", v)
    v = g("is_virtual")
    if v is None and "is_virtual" in d:
        nl += ("is_virtual",)
    _set(o, "is_virtual", v)
    v = g("verification_method")
    if v is None and "verification_method" in d:
        nl += ("verification_method",)
    _set(o, "verification_method", v)
    v = g("verification_attempts")
    if v is None and "verification_attempts" in d:
        nl += ("verification_attempts",)
    _set(o, "verification_attempts", v)
    v = g("verified_at")
    if v is None and "verified_at" in d:
        nl += ("verified_at",)
    _set(o, "verified_at", v)
    v = g("lifecycle")
    if v is not None:
        v = [structure_EmailLifecycleEvent(x) if x.__class__ is dict else x for x in v]
    elif "lifecycle" in d:
        nl += ("lifecycle",)
    _set(o, "lifecycle", v)
    ex = d.keys() - _K_PhoneReport
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_PhoneReport(o: PhoneReport) -> dict[str, Any]:
    """Encode :class:`PhoneReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
    elif v is None and nl is not None and "warnings" in nl:
        d["warnings"] = None
    v = o.full_number
    if v is not None and v is not UNSET:
        d["full_number"] = v
    elif v is None and nl is not None and "full_number" in nl:
        d["full_number"] = None
    v = o.phone_number
    if v is not None and v is not UNSET:
        d["phone_number"] = v
    elif v is None and nl is not None and "phone_number" in nl:
        d["phone_number"] = None
    v = o.country_code
    if v is not None and v is not UNSET:
        d["country_code"] = v
    elif v is None and nl is not None and "country_code" in nl:
        d["country_code"] = None
    v = o.country_name
    if v is not None and v is not UNSET:
        d["country_name"] = v
    elif v is None and nl is not None and "country_name" in nl:
        d["country_name"] = None
    v = o.carrier
    if v is not None and v is not UNSET:
        d["carrier"] = dict(v)
    elif v is None and nl is not None and "carrier" in nl:
        d["carrier"] = None
    v = o.is_disposable
    if v is not None and v is not UNSET:
        d["is_disposable"] = v
    elif v is None and nl is not None and "is_disposable" in nl:
        d["is_disposable"] = None
    v = o.is_virtual
    if v is not None and v is not UNSET:
        d["is_virtual"] = v
    elif v is None and nl is not None and "is_virtual" in nl:
        d["is_virtual"] = None
    v = o.verification_method
    if v is not None and v is not UNSET:
        d["verification_method"] = v
    elif v is None and nl is not None and "verification_method" in nl:
        d["verification_method"] = None
    v = o.verification_attempts
    if v is not None and v is not UNSET:
        d["verification_attempts"] = v
    elif v is None and nl is not None and "verification_attempts" in nl:
        d["verification_attempts"] = None
    v = o.verified_at
    if v is not None and v is not UNSET:
        d["verified_at"] = v
    elif v is None and nl is not None and "verified_at" in nl:
        d["verified_at"] = None
    v = o.lifecycle
    if v is not None and v is not UNSET:
        d["lifecycle"] = [
            unstructure_EmailLifecycleEvent(x) if isinstance(x, EmailLifecycleEvent) else x
            for x in v
        ]
    elif v is None and nl is not None and "lifecycle" in nl:
        d["lifecycle"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_PhoneReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid PhoneReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "PhoneReport", "type", "must be an object")
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "node_id", "type", "must be a string")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, In Progress, Not Started, Expired, Resubmitted, Skipped",
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "warnings", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("full_number")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "full_number", "type", "must be a string")
    v = d.get("phone_number")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "phone_number", "type", "must be a string")
    v = d.get("country_code")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "country_code", "type", "must be a string")
    v = d.get("country_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "country_name", "type", "must be a string")
    v = d.get("carrier")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(at + "carrier", "type", "must be an object")
    v = d.get("is_disposable")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(at + "is_disposable", "type", "must be true or false")
    v = d.get("is_virtual")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(at + "is_virtual", "type", "must be true or false")
    v = d.get("verification_method")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "verification_method", "type", "must be a string")
    v = d.get("verification_attempts")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "verification_attempts", "type", "must be an integer"
                )
    v = d.get("verified_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "verified_at", "type", "must be a string")
    v = d.get("lifecycle")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "lifecycle", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "lifecycle", "type", "must not contain null")
                validate_EmailLifecycleEvent(x0, at + "lifecycle" + "[" + str(i0) + "]" + ".")


def structure_AmlScoreBreakdown(d: Any) -> AmlScoreBreakdown:
    """Decode a JSON object into :class:`AmlScoreBreakdown`."""
    o = _new(AmlScoreBreakdown)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("name_score")
    if v is None and "name_score" in d:
        nl += ("name_score",)
    _set(o, "name_score", v)
    v = g("name_weight")
    if v is None and "name_weight" in d:
        nl += ("name_weight",)
    _set(o, "name_weight", v)
    v = g("dob_score")
    if v is None and "dob_score" in d:
        nl += ("dob_score",)
    _set(o, "dob_score", v)
    v = g("dob_weight")
    if v is None and "dob_weight" in d:
        nl += ("dob_weight",)
    _set(o, "dob_weight", v)
    v = g("country_score")
    if v is None and "country_score" in d:
        nl += ("country_score",)
    _set(o, "country_score", v)
    v = g("country_weight")
    if v is None and "country_weight" in d:
        nl += ("country_weight",)
    _set(o, "country_weight", v)
    ex = d.keys() - _K_AmlScoreBreakdown
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_AmlScoreBreakdown(o: AmlScoreBreakdown) -> dict[str, Any]:
    """Encode :class:`AmlScoreBreakdown` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.name_score
    if v is not None and v is not UNSET:
        d["name_score"] = v
    elif v is None and nl is not None and "name_score" in nl:
        d["name_score"] = None
    v = o.name_weight
    if v is not None and v is not UNSET:
        d["name_weight"] = v
    elif v is None and nl is not None and "name_weight" in nl:
        d["name_weight"] = None
    v = o.dob_score
    if v is not None and v is not UNSET:
        d["dob_score"] = v
    elif v is None and nl is not None and "dob_score" in nl:
        d["dob_score"] = None
    v = o.dob_weight
    if v is not None and v is not UNSET:
        d["dob_weight"] = v
    elif v is None and nl is not None and "dob_weight" in nl:
        d["dob_weight"] = None
    v = o.country_score
    if v is not None and v is not UNSET:
        d["country_score"] = v
    elif v is None and nl is not None and "country_score" in nl:
        d["country_score"] = None
    v = o.country_weight
    if v is not None and v is not UNSET:
        d["country_weight"] = v
    elif v is None and nl is not None and "country_weight" in nl:
        d["country_weight"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AmlScoreBreakdown(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AmlScoreBreakdown."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AmlScoreBreakdown", "type", "must be an object"
        )
    v: Any
    v = d.get("name_score")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "name_score", "type", "must be a number")
    v = d.get("name_weight")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "name_weight", "type", "must be a number")
    v = d.get("dob_score")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "dob_score", "type", "must be a number")
    v = d.get("dob_weight")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "dob_weight", "type", "must be a number")
    v = d.get("country_score")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "country_score", "type", "must be a number")
    v = d.get("country_weight")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "country_weight", "type", "must be a number")


def structure_AmlHit(d: Any) -> AmlHit:
    """Decode a JSON object into :class:`AmlHit`."""
    o = _new(AmlHit)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("id")
    if v is None and "id" in d:
        nl += ("id",)
    _set(o, "id", v)
    v = g("caption")
    if v is None and "caption" in d:
        nl += ("caption",)
    _set(o, "caption", v)
    v = g("match_score")
    if v is None and "match_score" in d:
        nl += ("match_score",)
    _set(o, "match_score", v)
    v = g("risk_score")
    if v is None and "risk_score" in d:
        nl += ("risk_score",)
    _set(o, "risk_score", v)
    v = g("review_status")
    if v is not None:
        v = _M_AmlHitReviewStatus.get(v, v)
    elif "review_status" in d:
        nl += ("review_status",)
    _set(o, "review_status", v)
    v = g("datasets")
    if v is None and "datasets" in d:
        nl += ("datasets",)
    _set(o, "datasets", v)
    v = g("properties")
    if v is None and "properties" in d:
        nl += ("properties",)
    _set(o, "properties", v)
    v = g("url")
    if v is None and "url" in d:
        nl += ("url",)
    _set(o, "url", v)
    v = g("score_breakdown")
    if v is not None:
        v = structure_AmlScoreBreakdown(v) if v.__class__ is dict else v
    elif "score_breakdown" in d:
        nl += ("score_breakdown",)
    _set(o, "score_breakdown", v)
    v = g("first_seen")
    if v is None and "first_seen" in d:
        nl += ("first_seen",)
    _set(o, "first_seen", v)
    v = g("last_seen")
    if v is None and "last_seen" in d:
        nl += ("last_seen",)
    _set(o, "last_seen", v)
    ex = d.keys() - _K_AmlHit
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_AmlHit(o: AmlHit) -> dict[str, Any]:
    """Encode :class:`AmlHit` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.id
    if v is not None and v is not UNSET:
        d["id"] = v
    elif v is None and nl is not None and "id" in nl:
        d["id"] = None
    v = o.caption
    if v is not None and v is not UNSET:
        d["caption"] = v
    elif v is None and nl is not None and "caption" in nl:
        d["caption"] = None
    v = o.match_score
    if v is not None and v is not UNSET:
        d["match_score"] = v
    elif v is None and nl is not None and "match_score" in nl:
        d["match_score"] = None
    v = o.risk_score
    if v is not None and v is not UNSET:
        d["risk_score"] = v
    elif v is None and nl is not None and "risk_score" in nl:
        d["risk_score"] = None
    v = o.review_status
    if v is not None and v is not UNSET:
        d["review_status"] = str(v)
    elif v is None and nl is not None and "review_status" in nl:
        d["review_status"] = None
    v = o.datasets
    if v is not None and v is not UNSET:
        d["datasets"] = [x for x in v]
    elif v is None and nl is not None and "datasets" in nl:
        d["datasets"] = None
    v = o.properties
    if v is not None and v is not UNSET:
        d["properties"] = dict(v)
    elif v is None and nl is not None and "properties" in nl:
        d["properties"] = None
    v = o.url
    if v is not None and v is not UNSET:
        d["url"] = v
    elif v is None and nl is not None and "url" in nl:
        d["url"] = None
    v = o.score_breakdown
    if v is not None and v is not UNSET:
        d["score_breakdown"] = (
            unstructure_AmlScoreBreakdown(v) if isinstance(v, AmlScoreBreakdown) else v
        )
    elif v is None and nl is not None and "score_breakdown" in nl:
        d["score_breakdown"] = None
    v = o.first_seen
    if v is not None and v is not UNSET:
        d["first_seen"] = v
    elif v is None and nl is not None and "first_seen" in nl:
        d["first_seen"] = None
    v = o.last_seen
    if v is not None and v is not UNSET:
        d["last_seen"] = v
    elif v is None and nl is not None and "last_seen" in nl:
        d["last_seen"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AmlHit(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AmlHit."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "AmlHit", "type", "must be an object")
    v: Any
    v = d.get("id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "id", "type", "must be a string")
    v = d.get("caption")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "caption", "type", "must be a string")
    v = d.get("match_score")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "match_score", "type", "must be a number")
    v = d.get("risk_score")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "risk_score", "type", "must be a number")
    v = d.get("review_status")
    if v is not None:
        if v is not None:
            if v not in _E_AmlHitReviewStatus:
                raise RequestValidationError(
                    at + "review_status",
                    "enum",
                    "must be one of: Unreviewed, Confirmed Match, False Positive, Inconclusive",
                )
    v = d.get("datasets")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "datasets", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "datasets", "type", "must not contain null")
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "datasets" + "[" + str(i0) + "]", "type", "must be a string"
                    )
    v = d.get("properties")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(at + "properties", "type", "must be an object")
    v = d.get("url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "url", "type", "must be a string")
    v = d.get("score_breakdown")
    if v is not None:
        if v is not None:
            validate_AmlScoreBreakdown(v, at + "score_breakdown" + ".")
    v = d.get("first_seen")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "first_seen", "type", "must be a string")
    v = d.get("last_seen")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "last_seen", "type", "must be a string")


def structure_AmlReport(d: Any) -> AmlReport:
    """Decode a JSON object into :class:`AmlReport`."""
    o = _new(AmlReport)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("status")
    if v is not None:
        v = _M_FeatureStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("warnings")
    if v is not None:
        v = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    elif "warnings" in d:
        nl += ("warnings",)
    _set(o, "warnings", v)
    v = g("total_hits")
    if v is None and "total_hits" in d:
        nl += ("total_hits",)
    _set(o, "total_hits", v)
    v = g("score")
    if v is None and "score" in d:
        nl += ("score",)
    _set(o, "score", v)
    v = g("hits")
    if v is not None:
        v = [structure_AmlHit(x) if x.__class__ is dict else x for x in v]
    elif "hits" in d:
        nl += ("hits",)
    _set(o, "hits", v)
    v = g("screened_data")
    if v is None and "screened_data" in d:
        nl += ("screened_data",)
    _set(o, "screened_data", v)
    v = g("entity_type")
    if v is None and "entity_type" in d:
        nl += ("entity_type",)
    _set(o, "entity_type", v)
    v = g("is_ongoing_monitoring")
    if v is None and "is_ongoing_monitoring" in d:
        nl += ("is_ongoing_monitoring",)
    _set(o, "is_ongoing_monitoring", v)
    ex = d.keys() - _K_AmlReport
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_AmlReport(o: AmlReport) -> dict[str, Any]:
    """Encode :class:`AmlReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
    elif v is None and nl is not None and "warnings" in nl:
        d["warnings"] = None
    v = o.total_hits
    if v is not None and v is not UNSET:
        d["total_hits"] = v
    elif v is None and nl is not None and "total_hits" in nl:
        d["total_hits"] = None
    v = o.score
    if v is not None and v is not UNSET:
        d["score"] = v
    elif v is None and nl is not None and "score" in nl:
        d["score"] = None
    v = o.hits
    if v is not None and v is not UNSET:
        d["hits"] = [unstructure_AmlHit(x) if isinstance(x, AmlHit) else x for x in v]
    elif v is None and nl is not None and "hits" in nl:
        d["hits"] = None
    v = o.screened_data
    if v is not None and v is not UNSET:
        d["screened_data"] = dict(v)
    elif v is None and nl is not None and "screened_data" in nl:
        d["screened_data"] = None
    v = o.entity_type
    if v is not None and v is not UNSET:
        d["entity_type"] = v
    elif v is None and nl is not None and "entity_type" in nl:
        d["entity_type"] = None
    v = o.is_ongoing_monitoring
    if v is not None and v is not UNSET:
        d["is_ongoing_monitoring"] = v
    elif v is None and nl is not None and "is_ongoing_monitoring" in nl:
        d["is_ongoing_monitoring"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AmlReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AmlReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "AmlReport", "type", "must be an object")
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "node_id", "type", "must be a string")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, In Progress, Not Started, Expired, Resubmitted, Skipped",
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "warnings", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("total_hits")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "total_hits", "type", "must be an integer")
    v = d.get("score")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "score", "type", "must be a number")
    v = d.get("hits")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "hits", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "hits", "type", "must not contain null")
                validate_AmlHit(x0, at + "hits" + "[" + str(i0) + "]" + ".")
    v = d.get("screened_data")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(at + "screened_data", "type", "must be an object")
    v = d.get("entity_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "entity_type", "type", "must be a string")
    v = d.get("is_ongoing_monitoring")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "is_ongoing_monitoring", "type", "must be true or false"
                )


def structure_IpAnalysisReport(d: Any) -> IpAnalysisReport:
    """Decode a JSON object into :class:`IpAnalysisReport`."""
    o = _new(IpAnalysisReport)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("status")
    if v is not None:
        v = _M_FeatureStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("warnings")
    if v is not None:
        v = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    elif "warnings" in d:
        nl += ("warnings",)
    _set(o, "warnings", v)
    v = g("ip_address")
    if v is None and "ip_address" in d:
        nl += ("ip_address",)
    _set(o, "ip_address", v)
    v = g("ip_country")
    if v is None and "ip_country" in d:
        nl += ("ip_country",)
    _set(o, "ip_country", v)
    v = g("ip_country_code")
    if v is None and "ip_country_code" in d:
        nl += ("ip_country_code",)
    _set(o, "ip_country_code", v)
    v = g("ip_city")
    if v is None and "ip_city" in d:
        nl += ("ip_city",)
    _set(o, "ip_city", v)
    v = g("is_vpn_or_tor")
    if v is None and "is_vpn_or_tor" in d:
        nl += ("is_vpn_or_tor",)
    _set(o, "is_vpn_or_tor", v)
    v = g("is_data_center")
    if v is None and "is_data_center" in d:
        nl += ("is_data_center",)
    _set(o, "is_data_center", v)
    v = g("isp")
    if v is None and "isp" in d:
        nl += ("isp",)
    _set(o, "isp", v)
    v = g("device_brand")
    if v is None and "device_brand" in d:
        nl += ("device_brand",)
    _set(o, "device_brand", v)
    v = g("device_model")
    if v is None and "device_model" in d:
        nl += ("device_model",)
    _set(o, "device_model", v)
    v = g("browser_family")
    if v is None and "browser_family" in d:
        nl += ("browser_family",)
    _set(o, "browser_family", v)
    v = g("os_family")
    if v is None and "os_family" in d:
        nl += ("os_family",)
    _set(o, "os_family", v)
    v = g("platform")
    if v is None and "platform" in d:
        nl += ("platform",)
    _set(o, "platform", v)
    v = g("latitude")
    if v is None and "latitude" in d:
        nl += ("latitude",)
    _set(o, "latitude", v)
    v = g("longitude")
    if v is None and "longitude" in d:
        nl += ("longitude",)
    _set(o, "longitude", v)
    ex = d.keys() - _K_IpAnalysisReport
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_IpAnalysisReport(o: IpAnalysisReport) -> dict[str, Any]:
    """Encode :class:`IpAnalysisReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
    elif v is None and nl is not None and "warnings" in nl:
        d["warnings"] = None
    v = o.ip_address
    if v is not None and v is not UNSET:
        d["ip_address"] = v
    elif v is None and nl is not None and "ip_address" in nl:
        d["ip_address"] = None
    v = o.ip_country
    if v is not None and v is not UNSET:
        d["ip_country"] = v
    elif v is None and nl is not None and "ip_country" in nl:
        d["ip_country"] = None
    v = o.ip_country_code
    if v is not None and v is not UNSET:
        d["ip_country_code"] = v
    elif v is None and nl is not None and "ip_country_code" in nl:
        d["ip_country_code"] = None
    v = o.ip_city
    if v is not None and v is not UNSET:
        d["ip_city"] = v
    elif v is None and nl is not None and "ip_city" in nl:
        d["ip_city"] = None
    v = o.is_vpn_or_tor
    if v is not None and v is not UNSET:
        d["is_vpn_or_tor"] = v
    elif v is None and nl is not None and "is_vpn_or_tor" in nl:
        d["is_vpn_or_tor"] = None
    v = o.is_data_center
    if v is not None and v is not UNSET:
        d["is_data_center"] = v
    elif v is None and nl is not None and "is_data_center" in nl:
        d["is_data_center"] = None
    v = o.isp
    if v is not None and v is not UNSET:
        d["isp"] = v
    elif v is None and nl is not None and "isp" in nl:
        d["isp"] = None
    v = o.device_brand
    if v is not None and v is not UNSET:
        d["device_brand"] = v
    elif v is None and nl is not None and "device_brand" in nl:
        d["device_brand"] = None
    v = o.device_model
    if v is not None and v is not UNSET:
        d["device_model"] = v
    elif v is None and nl is not None and "device_model" in nl:
        d["device_model"] = None
    v = o.browser_family
    if v is not None and v is not UNSET:
        d["browser_family"] = v
    elif v is None and nl is not None and "browser_family" in nl:
        d["browser_family"] = None
    v = o.os_family
    if v is not None and v is not UNSET:
        d["os_family"] = v
    elif v is None and nl is not None and "os_family" in nl:
        d["os_family"] = None
    v = o.platform
    if v is not None and v is not UNSET:
        d["platform"] = v
    elif v is None and nl is not None and "platform" in nl:
        d["platform"] = None
    v = o.latitude
    if v is not None and v is not UNSET:
        d["latitude"] = v
    elif v is None and nl is not None and "latitude" in nl:
        d["latitude"] = None
    v = o.longitude
    if v is not None and v is not UNSET:
        d["longitude"] = v
    elif v is None and nl is not None and "longitude" in nl:
        d["longitude"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_IpAnalysisReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid IpAnalysisReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "IpAnalysisReport", "type", "must be an object"
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "node_id", "type", "must be a string")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, In Progress, Not Started, Expired, Resubmitted, Skipped",
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "warnings", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("ip_address")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "ip_address", "type", "must be a string")
    v = d.get("ip_country")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "ip_country", "type", "must be a string")
    v = d.get("ip_country_code")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "ip_country_code", "type", "must be a string")
    v = d.get("ip_city")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "ip_city", "type", "must be a string")
    v = d.get("is_vpn_or_tor")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(at + "is_vpn_or_tor", "type", "must be true or false")
    v = d.get("is_data_center")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(at + "is_data_center", "type", "must be true or false")
    v = d.get("isp")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "isp", "type", "must be a string")
    v = d.get("device_brand")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "device_brand", "type", "must be a string")
    v = d.get("device_model")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "device_model", "type", "must be a string")
    v = d.get("browser_family")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "browser_family", "type", "must be a string")
    v = d.get("os_family")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "os_family", "type", "must be a string")
    v = d.get("platform")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "platform", "type", "must be a string")
    v = d.get("latitude")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "latitude", "type", "must be a number")
    v = d.get("longitude")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "longitude", "type", "must be a number")


def structure_DatabaseValidationReport(d: Any) -> DatabaseValidationReport:
    """Decode a JSON object into :class:`DatabaseValidationReport`."""
    o = _new(DatabaseValidationReport)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("status")
    if v is not None:
        v = _M_FeatureStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("warnings")
    if v is not None:
        v = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    elif "warnings" in d:
        nl += ("warnings",)
    _set(o, "warnings", v)
    v = g("issuing_state")
    if v is None and "issuing_state" in d:
        nl += ("issuing_state",)
    _set(o, "issuing_state", v)
    v = g("validation_type")
    if v is None and "validation_type" in d:
        nl += ("validation_type",)
    _set(o, "validation_type", v)
    v = g("match_type")
    if v is None and "match_type" in d:
        nl += ("match_type",)
    _set(o, "match_type", v)
    v = g("validations")
    if v is None and "validations" in d:
        nl += ("validations",)
    _set(o, "validations", v)
    v = g("screened_data")
    if v is None and "screened_data" in d:
        nl += ("screened_data",)
    _set(o, "screened_data", v)
    ex = d.keys() - _K_DatabaseValidationReport
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_DatabaseValidationReport(o: DatabaseValidationReport) -> dict[str, Any]:
    """Encode :class:`DatabaseValidationReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
    elif v is None and nl is not None and "warnings" in nl:
        d["warnings"] = None
    v = o.issuing_state
    if v is not None and v is not UNSET:
        d["issuing_state"] = v
    elif v is None and nl is not None and "issuing_state" in nl:
        d["issuing_state"] = None
    v = o.validation_type
    if v is not None and v is not UNSET:
        d["validation_type"] = v
    elif v is None and nl is not None and "validation_type" in nl:
        d["validation_type"] = None
    v = o.match_type
    if v is not None and v is not UNSET:
        d["match_type"] = v
    elif v is None and nl is not None and "match_type" in nl:
        d["match_type"] = None
    v = o.validations
    if v is not None and v is not UNSET:
        d["validations"] = v
    elif v is None and nl is not None and "validations" in nl:
        d["validations"] = None
    v = o.screened_data
    if v is not None and v is not UNSET:
        d["screened_data"] = dict(v)
    elif v is None and nl is not None and "screened_data" in nl:
        d["screened_data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_DatabaseValidationReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid DatabaseValidationReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "DatabaseValidationReport", "type", "must be an object"
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "node_id", "type", "must be a string")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, In Progress, Not Started, Expired, Resubmitted, Skipped",
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "warnings", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("issuing_state")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "issuing_state", "type", "must be a string")
    v = d.get("validation_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "validation_type", "type", "must be a string")
    v = d.get("match_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "match_type", "type", "must be a string")
    v = d.get("screened_data")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(at + "screened_data", "type", "must be an object")


def structure_QuestionnaireResponse(d: Any) -> QuestionnaireResponse:
    """Decode a JSON object into :class:`QuestionnaireResponse`."""
    o = _new(QuestionnaireResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("status")
    if v is not None:
        v = _M_FeatureStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("warnings")
    if v is not None:
        v = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    elif "warnings" in d:
        nl += ("warnings",)
    _set(o, "warnings", v)
    v = g("questionnaire_id")
    if v is None and "questionnaire_id" in d:
        nl += ("questionnaire_id",)
    _set(o, "questionnaire_id", v)
    v = g("title")
    if v is None and "title" in d:
        nl += ("title",)
    _set(o, "title", v)
    v = g("sections")
    if v is None and "sections" in d:
        nl += ("sections",)
    _set(o, "sections", v)
    v = g("answers")
    if v is None and "answers" in d:
        nl += ("answers",)
    _set(o, "answers", v)
    ex = d.keys() - _K_QuestionnaireResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_QuestionnaireResponse(o: QuestionnaireResponse) -> dict[str, Any]:
    """Encode :class:`QuestionnaireResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
    elif v is None and nl is not None and "warnings" in nl:
        d["warnings"] = None
    v = o.questionnaire_id
    if v is not None and v is not UNSET:
        d["questionnaire_id"] = v
    elif v is None and nl is not None and "questionnaire_id" in nl:
        d["questionnaire_id"] = None
    v = o.title
    if v is not None and v is not UNSET:
        d["title"] = v
    elif v is None and nl is not None and "title" in nl:
        d["title"] = None
    v = o.sections
    if v is not None and v is not UNSET:
        d["sections"] = v
    elif v is None and nl is not None and "sections" in nl:
        d["sections"] = None
    v = o.answers
    if v is not None and v is not UNSET:
        d["answers"] = v
    elif v is None and nl is not None and "answers" in nl:
        d["answers"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_QuestionnaireResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid QuestionnaireResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "QuestionnaireResponse", "type", "must be an object"
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "node_id", "type", "must be a string")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, In Progress, Not Started, Expired, Resubmitted, Skipped",
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "warnings", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("questionnaire_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "questionnaire_id", "type", "must be a string")
    v = d.get("title")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "title", "type", "must be a string")


def structure_SignatureReport(d: Any) -> SignatureReport:
    """Decode a JSON object into :class:`SignatureReport`."""
    o = _new(SignatureReport)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("status")
    if v is not None:
        v = _M_FeatureStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("warnings")
    if v is not None:
        v = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    elif "warnings" in d:
        nl += ("warnings",)
    _set(o, "warnings", v)
    v = g("document_url")
    if v is None and "document_url" in d:
        nl += ("document_url",)
    _set(o, "document_url", v)
    v = g("signed_at")
    if v is None and "signed_at" in d:
        nl += ("signed_at",)
    _set(o, "signed_at", v)
    v = g("signer_name")
    if v is None and "signer_name" in d:
        nl += ("signer_name",)
    _set(o, "signer_name", v)
    ex = d.keys() - _K_SignatureReport
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_SignatureReport(o: SignatureReport) -> dict[str, Any]:
    """Encode :class:`SignatureReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
    elif v is None and nl is not None and "warnings" in nl:
        d["warnings"] = None
    v = o.document_url
    if v is not None and v is not UNSET:
        d["document_url"] = v
    elif v is None and nl is not None and "document_url" in nl:
        d["document_url"] = None
    v = o.signed_at
    if v is not None and v is not UNSET:
        d["signed_at"] = v
    elif v is None and nl is not None and "signed_at" in nl:
        d["signed_at"] = None
    v = o.signer_name
    if v is not None and v is not UNSET:
        d["signer_name"] = v
    elif v is None and nl is not None and "signer_name" in nl:
        d["signer_name"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SignatureReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SignatureReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SignatureReport", "type", "must be an object"
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "node_id", "type", "must be a string")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, In Progress, Not Started, Expired, Resubmitted, Skipped",
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "warnings", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("document_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "document_url", "type", "must be a string")
    v = d.get("signed_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "signed_at", "type", "must be a string")
    v = d.get("signer_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "signer_name", "type", "must be a string")


def structure_BankVerificationReport(d: Any) -> BankVerificationReport:
    """Decode a JSON object into :class:`BankVerificationReport`."""
    o = _new(BankVerificationReport)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("status")
    if v is not None:
        v = _M_FeatureStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("warnings")
    if v is not None:
        v = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    elif "warnings" in d:
        nl += ("warnings",)
    _set(o, "warnings", v)
    v = g("bank_name")
    if v is None and "bank_name" in d:
        nl += ("bank_name",)
    _set(o, "bank_name", v)
    v = g("account_holder")
    if v is None and "account_holder" in d:
        nl += ("account_holder",)
    _set(o, "account_holder", v)
    v = g("iban")
    if v is None and "iban" in d:
        nl += ("iban",)
    _set(o, "iban", v)
    ex = d.keys() - _K_BankVerificationReport
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_BankVerificationReport(o: BankVerificationReport) -> dict[str, Any]:
    """Encode :class:`BankVerificationReport` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
    elif v is None and nl is not None and "warnings" in nl:
        d["warnings"] = None
    v = o.bank_name
    if v is not None and v is not UNSET:
        d["bank_name"] = v
    elif v is None and nl is not None and "bank_name" in nl:
        d["bank_name"] = None
    v = o.account_holder
    if v is not None and v is not UNSET:
        d["account_holder"] = v
    elif v is None and nl is not None and "account_holder" in nl:
        d["account_holder"] = None
    v = o.iban
    if v is not None and v is not UNSET:
        d["iban"] = v
    elif v is None and nl is not None and "iban" in nl:
        d["iban"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BankVerificationReport(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BankVerificationReport."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "BankVerificationReport", "type", "must be an object"
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "node_id", "type", "must be a string")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, In Progress, Not Started, Expired, Resubmitted, Skipped",
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "warnings", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("bank_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "bank_name", "type", "must be a string")
    v = d.get("account_holder")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "account_holder", "type", "must be a string")
    v = d.get("iban")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "iban", "type", "must be a string")


def structure_KybRegistryCheck(d: Any) -> KybRegistryCheck:
    """Decode a JSON object into :class:`KybRegistryCheck`."""
    o = _new(KybRegistryCheck)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("status")
    if v is not None:
        v = _M_FeatureStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("warnings")
    if v is not None:
        v = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    elif "warnings" in d:
        nl += ("warnings",)
    _set(o, "warnings", v)
    v = g("company_name")
    if v is None and "company_name" in d:
        nl += ("company_name",)
    _set(o, "company_name", v)
    v = g("registration_number")
    if v is None and "registration_number" in d:
        nl += ("registration_number",)
    _set(o, "registration_number", v)
    v = g("country")
    if v is None and "country" in d:
        nl += ("country",)
    _set(o, "country", v)
    v = g("registry_data")
    if v is None and "registry_data" in d:
        nl += ("registry_data",)
    _set(o, "registry_data", v)
    ex = d.keys() - _K_KybRegistryCheck
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_KybRegistryCheck(o: KybRegistryCheck) -> dict[str, Any]:
    """Encode :class:`KybRegistryCheck` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
    elif v is None and nl is not None and "warnings" in nl:
        d["warnings"] = None
    v = o.company_name
    if v is not None and v is not UNSET:
        d["company_name"] = v
    elif v is None and nl is not None and "company_name" in nl:
        d["company_name"] = None
    v = o.registration_number
    if v is not None and v is not UNSET:
        d["registration_number"] = v
    elif v is None and nl is not None and "registration_number" in nl:
        d["registration_number"] = None
    v = o.country
    if v is not None and v is not UNSET:
        d["country"] = v
    elif v is None and nl is not None and "country" in nl:
        d["country"] = None
    v = o.registry_data
    if v is not None and v is not UNSET:
        d["registry_data"] = dict(v)
    elif v is None and nl is not None and "registry_data" in nl:
        d["registry_data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_KybRegistryCheck(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid KybRegistryCheck."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "KybRegistryCheck", "type", "must be an object"
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "node_id", "type", "must be a string")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, In Progress, Not Started, Expired, Resubmitted, Skipped",
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "warnings", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("company_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "company_name", "type", "must be a string")
    v = d.get("registration_number")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "registration_number", "type", "must be a string")
    v = d.get("country")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "country", "type", "must be a string")
    v = d.get("registry_data")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(at + "registry_data", "type", "must be an object")


def structure_KybDocumentVerification(d: Any) -> KybDocumentVerification:
    """Decode a JSON object into :class:`KybDocumentVerification`."""
    o = _new(KybDocumentVerification)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("status")
    if v is not None:
        v = _M_FeatureStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("warnings")
    if v is not None:
        v = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    elif "warnings" in d:
        nl += ("warnings",)
    _set(o, "warnings", v)
    v = g("document_type")
    if v is None and "document_type" in d:
        nl += ("document_type",)
    _set(o, "document_type", v)
    v = g("document_file")
    if v is None and "document_file" in d:
        nl += ("document_file",)
    _set(o, "document_file", v)
    ex = d.keys() - _K_KybDocumentVerification
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_KybDocumentVerification(o: KybDocumentVerification) -> dict[str, Any]:
    """Encode :class:`KybDocumentVerification` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
    elif v is None and nl is not None and "warnings" in nl:
        d["warnings"] = None
    v = o.document_type
    if v is not None and v is not UNSET:
        d["document_type"] = v
    elif v is None and nl is not None and "document_type" in nl:
        d["document_type"] = None
    v = o.document_file
    if v is not None and v is not UNSET:
        d["document_file"] = v
    elif v is None and nl is not None and "document_file" in nl:
        d["document_file"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_KybDocumentVerification(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid KybDocumentVerification."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "KybDocumentVerification", "type", "must be an object"
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "node_id", "type", "must be a string")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, In Progress, Not Started, Expired, Resubmitted, Skipped",
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "warnings", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")
    v = d.get("document_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "document_type", "type", "must be a string")
    v = d.get("document_file")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "document_file", "type", "must be a string")


def structure_KybKeyPeopleCheck(d: Any) -> KybKeyPeopleCheck:
    """Decode a JSON object into :class:`KybKeyPeopleCheck`."""
    o = _new(KybKeyPeopleCheck)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("status")
    if v is not None:
        v = _M_FeatureStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("warnings")
    if v is not None:
        v = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    elif "warnings" in d:
        nl += ("warnings",)
    _set(o, "warnings", v)
    v = g("people")
    if v is None and "people" in d:
        nl += ("people",)
    _set(o, "people", v)
    ex = d.keys() - _K_KybKeyPeopleCheck
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_KybKeyPeopleCheck(o: KybKeyPeopleCheck) -> dict[str, Any]:
    """Encode :class:`KybKeyPeopleCheck` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.warnings
    if v is not None and v is not UNSET:
        d["warnings"] = [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
    elif v is None and nl is not None and "warnings" in nl:
        d["warnings"] = None
    v = o.people
    if v is not None and v is not UNSET:
        d["people"] = v
    elif v is None and nl is not None and "people" in nl:
        d["people"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_KybKeyPeopleCheck(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid KybKeyPeopleCheck."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "KybKeyPeopleCheck", "type", "must be an object"
        )
    v: Any
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "node_id", "type", "must be a string")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_FeatureStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Approved, Declined, In Review, Not Finished, In Progress, Not Started, Expired, Resubmitted, Skipped",
            )
    v = d.get("warnings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "warnings", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "warnings", "type", "must not contain null")
                validate_Warning(x0, at + "warnings" + "[" + str(i0) + "]" + ".")


def structure_SessionReview(d: Any) -> SessionReview:
    """Decode a JSON object into :class:`SessionReview`."""
    o = _new(SessionReview)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("uuid")
    if v is None and "uuid" in d:
        nl += ("uuid",)
    _set(o, "uuid", v)
    v = g("id")
    if v is None and "id" in d:
        nl += ("id",)
    _set(o, "id", v)
    v = g("activity_type")
    if v is None and "activity_type" in d:
        nl += ("activity_type",)
    _set(o, "activity_type", v)
    v = g("action")
    if v is None and "action" in d:
        nl += ("action",)
    _set(o, "action", v)
    v = g("actor_display")
    if v is None and "actor_display" in d:
        nl += ("actor_display",)
    _set(o, "actor_display", v)
    v = g("actor_email")
    if v is None and "actor_email" in d:
        nl += ("actor_email",)
    _set(o, "actor_email", v)
    v = g("actor_type")
    if v is None and "actor_type" in d:
        nl += ("actor_type",)
    _set(o, "actor_type", v)
    v = g("new_status")
    if v is None and "new_status" in d:
        nl += ("new_status",)
    _set(o, "new_status", v)
    v = g("previous_status")
    if v is None and "previous_status" in d:
        nl += ("previous_status",)
    _set(o, "previous_status", v)
    v = g("old_status")
    if v is None and "old_status" in d:
        nl += ("old_status",)
    _set(o, "old_status", v)
    v = g("comment")
    if v is None and "comment" in d:
        nl += ("comment",)
    _set(o, "comment", v)
    v = g("note")
    if v is None and "note" in d:
        nl += ("note",)
    _set(o, "note", v)
    v = g("metadata")
    if v is None and "metadata" in d:
        nl += ("metadata",)
    _set(o, "metadata", v)
    v = g("created_at")
    if v is None and "created_at" in d:
        nl += ("created_at",)
    _set(o, "created_at", v)
    ex = d.keys() - _K_SessionReview
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_SessionReview(o: SessionReview) -> dict[str, Any]:
    """Encode :class:`SessionReview` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.uuid
    if v is not None and v is not UNSET:
        d["uuid"] = v
    elif v is None and nl is not None and "uuid" in nl:
        d["uuid"] = None
    v = o.id
    if v is not None and v is not UNSET:
        d["id"] = v
    elif v is None and nl is not None and "id" in nl:
        d["id"] = None
    v = o.activity_type
    if v is not None and v is not UNSET:
        d["activity_type"] = v
    elif v is None and nl is not None and "activity_type" in nl:
        d["activity_type"] = None
    v = o.action
    if v is not None and v is not UNSET:
        d["action"] = v
    elif v is None and nl is not None and "action" in nl:
        d["action"] = None
    v = o.actor_display
    if v is not None and v is not UNSET:
        d["actor_display"] = v
    elif v is None and nl is not None and "actor_display" in nl:
        d["actor_display"] = None
    v = o.actor_email
    if v is not None and v is not UNSET:
        d["actor_email"] = v
    elif v is None and nl is not None and "actor_email" in nl:
        d["actor_email"] = None
    v = o.actor_type
    if v is not None and v is not UNSET:
        d["actor_type"] = v
    elif v is None and nl is not None and "actor_type" in nl:
        d["actor_type"] = None
    v = o.new_status
    if v is not None and v is not UNSET:
        d["new_status"] = v
    elif v is None and nl is not None and "new_status" in nl:
        d["new_status"] = None
    v = o.previous_status
    if v is not None and v is not UNSET:
        d["previous_status"] = v
    elif v is None and nl is not None and "previous_status" in nl:
        d["previous_status"] = None
    v = o.old_status
    if v is not None and v is not UNSET:
        d["old_status"] = v
    elif v is None and nl is not None and "old_status" in nl:
        d["old_status"] = None
    v = o.comment
    if v is not None and v is not UNSET:
        d["comment"] = v
    elif v is None and nl is not None and "comment" in nl:
        d["comment"] = None
    v = o.note
    if v is not None and v is not UNSET:
        d["note"] = v
    elif v is None and nl is not None and "note" in nl:
        d["note"] = None
    v = o.metadata
    if v is not None and v is not UNSET:
        d["metadata"] = dict(v)
    elif v is None and nl is not None and "metadata" in nl:
        d["metadata"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and nl is not None and "created_at" in nl:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionReview(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionReview."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "SessionReview", "type", "must be an object")
    v: Any
    v = d.get("uuid")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "uuid", "type", "must be a string")
    v = d.get("id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "id", "type", "must be a string")
    v = d.get("activity_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "activity_type", "type", "must be a string")
    v = d.get("action")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "action", "type", "must be a string")
    v = d.get("actor_display")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "actor_display", "type", "must be a string")
    v = d.get("actor_email")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "actor_email", "type", "must be a string")
    v = d.get("actor_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "actor_type", "type", "must be a string")
    v = d.get("new_status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "new_status", "type", "must be a string")
    v = d.get("previous_status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "previous_status", "type", "must be a string")
    v = d.get("old_status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "old_status", "type", "must be a string")
    v = d.get("comment")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "comment", "type", "must be a string")
    v = d.get("note")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "note", "type", "must be a string")
    v = d.get("metadata")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(at + "metadata", "type", "must be an object")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "created_at", "type", "must be a string")


def structure_SessionDecision(d: Any) -> SessionDecision:
    """Decode a JSON object into :class:`SessionDecision`."""
    o = _new(SessionDecision)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("session_id")
    if v is None and "session_id" in d:
        nl += ("session_id",)
    _set(o, "session_id", v)
    v = g("session_number")
    if v is None and "session_number" in d:
        nl += ("session_number",)
    _set(o, "session_number", v)
    v = g("session_url")
    if v is None and "session_url" in d:
        nl += ("session_url",)
    _set(o, "session_url", v)
    v = g("status")
    if v is not None:
        v = _M_SessionStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("session_kind")
    if v is not None:
        v = _M_SessionKind.get(v, v)
    elif "session_kind" in d:
        nl += ("session_kind",)
    _set(o, "session_kind", v)
    v = g("environment")
    if v is not None:
        v = _M_Environment.get(v, v)
    elif "environment" in d:
        nl += ("environment",)
    _set(o, "environment", v)
    v = g("workflow_id")
    if v is None and "workflow_id" in d:
        nl += ("workflow_id",)
    _set(o, "workflow_id", v)
    v = g("workflow_version")
    if v is None and "workflow_version" in d:
        nl += ("workflow_version",)
    _set(o, "workflow_version", v)
    v = g("features")
    if v is None and "features" in d:
        nl += ("features",)
    _set(o, "features", v)
    v = g("vendor_data")
    if v is None and "vendor_data" in d:
        nl += ("vendor_data",)
    _set(o, "vendor_data", v)
    v = g("metadata")
    if v is None and "metadata" in d:
        nl += ("metadata",)
    _set(o, "metadata", v)
    v = g("expected_details")
    if v is not None:
        v = structure_ExpectedDetails(v) if v.__class__ is dict else v
    elif "expected_details" in d:
        nl += ("expected_details",)
    _set(o, "expected_details", v)
    v = g("contact_details")
    if v is not None:
        v = structure_ContactDetails(v) if v.__class__ is dict else v
    elif "contact_details" in d:
        nl += ("contact_details",)
    _set(o, "contact_details", v)
    v = g("callback")
    if v is None and "callback" in d:
        nl += ("callback",)
    _set(o, "callback", v)
    v = g("created_at")
    if v is None and "created_at" in d:
        nl += ("created_at",)
    _set(o, "created_at", v)
    v = g("id_verifications")
    if v is not None:
        v = [structure_IdVerificationReport(x) if x.__class__ is dict else x for x in v]
    elif "id_verifications" in d:
        nl += ("id_verifications",)
    _set(o, "id_verifications", v)
    v = g("nfc_verifications")
    if v is not None:
        v = [structure_NfcVerificationReport(x) if x.__class__ is dict else x for x in v]
    elif "nfc_verifications" in d:
        nl += ("nfc_verifications",)
    _set(o, "nfc_verifications", v)
    v = g("liveness_checks")
    if v is not None:
        v = [structure_LivenessReport(x) if x.__class__ is dict else x for x in v]
    elif "liveness_checks" in d:
        nl += ("liveness_checks",)
    _set(o, "liveness_checks", v)
    v = g("face_matches")
    if v is not None:
        v = [structure_FaceMatchReport(x) if x.__class__ is dict else x for x in v]
    elif "face_matches" in d:
        nl += ("face_matches",)
    _set(o, "face_matches", v)
    v = g("poa_verifications")
    if v is not None:
        v = [structure_PoaReport(x) if x.__class__ is dict else x for x in v]
    elif "poa_verifications" in d:
        nl += ("poa_verifications",)
    _set(o, "poa_verifications", v)
    v = g("document_ai_documents")
    if v is not None:
        v = [structure_DocumentAiDocument(x) if x.__class__ is dict else x for x in v]
    elif "document_ai_documents" in d:
        nl += ("document_ai_documents",)
    _set(o, "document_ai_documents", v)
    v = g("phone_verifications")
    if v is not None:
        v = [structure_PhoneReport(x) if x.__class__ is dict else x for x in v]
    elif "phone_verifications" in d:
        nl += ("phone_verifications",)
    _set(o, "phone_verifications", v)
    v = g("email_verifications")
    if v is not None:
        v = [structure_EmailReport(x) if x.__class__ is dict else x for x in v]
    elif "email_verifications" in d:
        nl += ("email_verifications",)
    _set(o, "email_verifications", v)
    v = g("aml_screenings")
    if v is not None:
        v = [structure_AmlReport(x) if x.__class__ is dict else x for x in v]
    elif "aml_screenings" in d:
        nl += ("aml_screenings",)
    _set(o, "aml_screenings", v)
    v = g("ip_analyses")
    if v is not None:
        v = [structure_IpAnalysisReport(x) if x.__class__ is dict else x for x in v]
    elif "ip_analyses" in d:
        nl += ("ip_analyses",)
    _set(o, "ip_analyses", v)
    v = g("database_validations")
    if v is not None:
        v = [structure_DatabaseValidationReport(x) if x.__class__ is dict else x for x in v]
    elif "database_validations" in d:
        nl += ("database_validations",)
    _set(o, "database_validations", v)
    v = g("questionnaire_responses")
    if v is not None:
        v = [structure_QuestionnaireResponse(x) if x.__class__ is dict else x for x in v]
    elif "questionnaire_responses" in d:
        nl += ("questionnaire_responses",)
    _set(o, "questionnaire_responses", v)
    v = g("signatures")
    if v is not None:
        v = [structure_SignatureReport(x) if x.__class__ is dict else x for x in v]
    elif "signatures" in d:
        nl += ("signatures",)
    _set(o, "signatures", v)
    v = g("bank_verifications")
    if v is not None:
        v = [structure_BankVerificationReport(x) if x.__class__ is dict else x for x in v]
    elif "bank_verifications" in d:
        nl += ("bank_verifications",)
    _set(o, "bank_verifications", v)
    v = g("registry_checks")
    if v is not None:
        v = [structure_KybRegistryCheck(x) if x.__class__ is dict else x for x in v]
    elif "registry_checks" in d:
        nl += ("registry_checks",)
    _set(o, "registry_checks", v)
    v = g("document_verifications")
    if v is not None:
        v = [structure_KybDocumentVerification(x) if x.__class__ is dict else x for x in v]
    elif "document_verifications" in d:
        nl += ("document_verifications",)
    _set(o, "document_verifications", v)
    v = g("key_people_checks")
    if v is not None:
        v = [structure_KybKeyPeopleCheck(x) if x.__class__ is dict else x for x in v]
    elif "key_people_checks" in d:
        nl += ("key_people_checks",)
    _set(o, "key_people_checks", v)
    v = g("face_searches")
    if v is not None:
        v = [structure_FaceSearchReport(x) if x.__class__ is dict else x for x in v]
    elif "face_searches" in d:
        nl += ("face_searches",)
    _set(o, "face_searches", v)
    v = g("reviews")
    if v is not None:
        v = [structure_SessionReview(x) if x.__class__ is dict else x for x in v]
    elif "reviews" in d:
        nl += ("reviews",)
    _set(o, "reviews", v)
    v = g("kyc")
    if v is not None:
        v = structure_IdVerificationReport(v) if v.__class__ is dict else v
    elif "kyc" in d:
        nl += ("kyc",)
    _set(o, "kyc", v)
    v = g("face")
    if v is not None:
        v = structure_FaceMatchReport(v) if v.__class__ is dict else v
    elif "face" in d:
        nl += ("face",)
    _set(o, "face", v)
    v = g("liveness")
    if v is not None:
        v = structure_LivenessReport(v) if v.__class__ is dict else v
    elif "liveness" in d:
        nl += ("liveness",)
    _set(o, "liveness", v)
    v = g("aml")
    if v is not None:
        v = structure_AmlReport(v) if v.__class__ is dict else v
    elif "aml" in d:
        nl += ("aml",)
    _set(o, "aml", v)
    v = g("resubmit_info")
    if v is None and "resubmit_info" in d:
        nl += ("resubmit_info",)
    _set(o, "resubmit_info", v)
    ex = d.keys() - _K_SessionDecision
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_SessionDecision(o: SessionDecision) -> dict[str, Any]:
    """Encode :class:`SessionDecision` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and (nl is None or "session_id" in nl):
        d["session_id"] = None
    v = o.session_number
    if v is not None and v is not UNSET:
        d["session_number"] = v
    elif v is None and nl is not None and "session_number" in nl:
        d["session_number"] = None
    v = o.session_url
    if v is not None and v is not UNSET:
        d["session_url"] = v
    elif v is None and nl is not None and "session_url" in nl:
        d["session_url"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and (nl is None or "status" in nl):
        d["status"] = None
    v = o.session_kind
    if v is not None and v is not UNSET:
        d["session_kind"] = str(v)
    elif v is None and nl is not None and "session_kind" in nl:
        d["session_kind"] = None
    v = o.environment
    if v is not None and v is not UNSET:
        d["environment"] = str(v)
    elif v is None and nl is not None and "environment" in nl:
        d["environment"] = None
    v = o.workflow_id
    if v is not None and v is not UNSET:
        d["workflow_id"] = v
    elif v is None and nl is not None and "workflow_id" in nl:
        d["workflow_id"] = None
    v = o.workflow_version
    if v is not None and v is not UNSET:
        d["workflow_version"] = v
    elif v is None and nl is not None and "workflow_version" in nl:
        d["workflow_version"] = None
    v = o.features
    if v is not None and v is not UNSET:
        d["features"] = [x for x in v]
    elif v is None and nl is not None and "features" in nl:
        d["features"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and nl is not None and "vendor_data" in nl:
        d["vendor_data"] = None
    v = o.metadata
    if v is not None and v is not UNSET:
        d["metadata"] = (dict(v)) if isinstance(v, dict) else v
    elif v is None and nl is not None and "metadata" in nl:
        d["metadata"] = None
    v = o.expected_details
    if v is not None and v is not UNSET:
        d["expected_details"] = (
            unstructure_ExpectedDetails(v) if isinstance(v, ExpectedDetails) else v
        )
    elif v is None and nl is not None and "expected_details" in nl:
        d["expected_details"] = None
    v = o.contact_details
    if v is not None and v is not UNSET:
        d["contact_details"] = unstructure_ContactDetails(v) if isinstance(v, ContactDetails) else v
    elif v is None and nl is not None and "contact_details" in nl:
        d["contact_details"] = None
    v = o.callback
    if v is not None and v is not UNSET:
        d["callback"] = v
    elif v is None and nl is not None and "callback" in nl:
        d["callback"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and nl is not None and "created_at" in nl:
        d["created_at"] = None
    v = o.id_verifications
    if v is not None and v is not UNSET:
        d["id_verifications"] = [
            unstructure_IdVerificationReport(x) if isinstance(x, IdVerificationReport) else x
            for x in v
        ]
    elif v is None and nl is not None and "id_verifications" in nl:
        d["id_verifications"] = None
    v = o.nfc_verifications
    if v is not None and v is not UNSET:
        d["nfc_verifications"] = [
            unstructure_NfcVerificationReport(x) if isinstance(x, NfcVerificationReport) else x
            for x in v
        ]
    elif v is None and nl is not None and "nfc_verifications" in nl:
        d["nfc_verifications"] = None
    v = o.liveness_checks
    if v is not None and v is not UNSET:
        d["liveness_checks"] = [
            unstructure_LivenessReport(x) if isinstance(x, LivenessReport) else x for x in v
        ]
    elif v is None and nl is not None and "liveness_checks" in nl:
        d["liveness_checks"] = None
    v = o.face_matches
    if v is not None and v is not UNSET:
        d["face_matches"] = [
            unstructure_FaceMatchReport(x) if isinstance(x, FaceMatchReport) else x for x in v
        ]
    elif v is None and nl is not None and "face_matches" in nl:
        d["face_matches"] = None
    v = o.poa_verifications
    if v is not None and v is not UNSET:
        d["poa_verifications"] = [
            unstructure_PoaReport(x) if isinstance(x, PoaReport) else x for x in v
        ]
    elif v is None and nl is not None and "poa_verifications" in nl:
        d["poa_verifications"] = None
    v = o.document_ai_documents
    if v is not None and v is not UNSET:
        d["document_ai_documents"] = [
            unstructure_DocumentAiDocument(x) if isinstance(x, DocumentAiDocument) else x for x in v
        ]
    elif v is None and nl is not None and "document_ai_documents" in nl:
        d["document_ai_documents"] = None
    v = o.phone_verifications
    if v is not None and v is not UNSET:
        d["phone_verifications"] = [
            unstructure_PhoneReport(x) if isinstance(x, PhoneReport) else x for x in v
        ]
    elif v is None and nl is not None and "phone_verifications" in nl:
        d["phone_verifications"] = None
    v = o.email_verifications
    if v is not None and v is not UNSET:
        d["email_verifications"] = [
            unstructure_EmailReport(x) if isinstance(x, EmailReport) else x for x in v
        ]
    elif v is None and nl is not None and "email_verifications" in nl:
        d["email_verifications"] = None
    v = o.aml_screenings
    if v is not None and v is not UNSET:
        d["aml_screenings"] = [
            unstructure_AmlReport(x) if isinstance(x, AmlReport) else x for x in v
        ]
    elif v is None and nl is not None and "aml_screenings" in nl:
        d["aml_screenings"] = None
    v = o.ip_analyses
    if v is not None and v is not UNSET:
        d["ip_analyses"] = [
            unstructure_IpAnalysisReport(x) if isinstance(x, IpAnalysisReport) else x for x in v
        ]
    elif v is None and nl is not None and "ip_analyses" in nl:
        d["ip_analyses"] = None
    v = o.database_validations
    if v is not None and v is not UNSET:
        d["database_validations"] = [
            unstructure_DatabaseValidationReport(x)
            if isinstance(x, DatabaseValidationReport)
            else x
            for x in v
        ]
    elif v is None and nl is not None and "database_validations" in nl:
        d["database_validations"] = None
    v = o.questionnaire_responses
    if v is not None and v is not UNSET:
        d["questionnaire_responses"] = [
            unstructure_QuestionnaireResponse(x) if isinstance(x, QuestionnaireResponse) else x
            for x in v
        ]
    elif v is None and nl is not None and "questionnaire_responses" in nl:
        d["questionnaire_responses"] = None
    v = o.signatures
    if v is not None and v is not UNSET:
        d["signatures"] = [
            unstructure_SignatureReport(x) if isinstance(x, SignatureReport) else x for x in v
        ]
    elif v is None and nl is not None and "signatures" in nl:
        d["signatures"] = None
    v = o.bank_verifications
    if v is not None and v is not UNSET:
        d["bank_verifications"] = [
            unstructure_BankVerificationReport(x) if isinstance(x, BankVerificationReport) else x
            for x in v
        ]
    elif v is None and nl is not None and "bank_verifications" in nl:
        d["bank_verifications"] = None
    v = o.registry_checks
    if v is not None and v is not UNSET:
        d["registry_checks"] = [
            unstructure_KybRegistryCheck(x) if isinstance(x, KybRegistryCheck) else x for x in v
        ]
    elif v is None and nl is not None and "registry_checks" in nl:
        d["registry_checks"] = None
    v = o.document_verifications
    if v is not None and v is not UNSET:
        d["document_verifications"] = [
            unstructure_KybDocumentVerification(x) if isinstance(x, KybDocumentVerification) else x
            for x in v
        ]
    elif v is None and nl is not None and "document_verifications" in nl:
        d["document_verifications"] = None
    v = o.key_people_checks
    if v is not None and v is not UNSET:
        d["key_people_checks"] = [
            unstructure_KybKeyPeopleCheck(x) if isinstance(x, KybKeyPeopleCheck) else x for x in v
        ]
    elif v is None and nl is not None and "key_people_checks" in nl:
        d["key_people_checks"] = None
    v = o.face_searches
    if v is not None and v is not UNSET:
        d["face_searches"] = [
            unstructure_FaceSearchReport(x) if isinstance(x, FaceSearchReport) else x for x in v
        ]
    elif v is None and nl is not None and "face_searches" in nl:
        d["face_searches"] = None
    v = o.reviews
    if v is not None and v is not UNSET:
        d["reviews"] = [
            unstructure_SessionReview(x) if isinstance(x, SessionReview) else x for x in v
        ]
    elif v is None and nl is not None and "reviews" in nl:
        d["reviews"] = None
    v = o.kyc
    if v is not None and v is not UNSET:
        d["kyc"] = unstructure_IdVerificationReport(v) if isinstance(v, IdVerificationReport) else v
    elif v is None and nl is not None and "kyc" in nl:
        d["kyc"] = None
    v = o.face
    if v is not None and v is not UNSET:
        d["face"] = unstructure_FaceMatchReport(v) if isinstance(v, FaceMatchReport) else v
    elif v is None and nl is not None and "face" in nl:
        d["face"] = None
    v = o.liveness
    if v is not None and v is not UNSET:
        d["liveness"] = unstructure_LivenessReport(v) if isinstance(v, LivenessReport) else v
    elif v is None and nl is not None and "liveness" in nl:
        d["liveness"] = None
    v = o.aml
    if v is not None and v is not UNSET:
        d["aml"] = unstructure_AmlReport(v) if isinstance(v, AmlReport) else v
    elif v is None and nl is not None and "aml" in nl:
        d["aml"] = None
    v = o.resubmit_info
    if v is not None and v is not UNSET:
        d["resubmit_info"] = dict(v)
    elif v is None and nl is not None and "resubmit_info" in nl:
        d["resubmit_info"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionDecision(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionDecision."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionDecision", "type", "must be an object"
        )
    v: Any
    if "session_id" not in d:
        raise RequestValidationError(at + "session_id", "required", "is required")
    v = d.get("session_id")
    if v is None:
        if "session_id" in d:
            raise RequestValidationError(at + "session_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "session_id", "type", "must be a string")
        if not is_uuid(v):
            raise RequestValidationError(at + "session_id", "format", "must be a valid uuid")
    v = d.get("session_number")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "session_number", "type", "must be an integer")
    v = d.get("session_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "session_url", "type", "must be a string")
    if "status" not in d:
        raise RequestValidationError(at + "status", "required", "is required")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_SessionStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Not Started, In Progress, In Review, Awaiting User, Resubmitted, Approved, Declined, Expired, Abandoned, Kyc Expired",
            )
    v = d.get("session_kind")
    if v is not None:
        if v is not None:
            if v not in _E_SessionKind:
                raise RequestValidationError(
                    at + "session_kind", "enum", "must be one of: user, business"
                )
    v = d.get("environment")
    if v is not None:
        if v is not None:
            if v not in _E_Environment:
                raise RequestValidationError(
                    at + "environment", "enum", "must be one of: live, sandbox"
                )
    v = d.get("workflow_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "workflow_id", "type", "must be a string")
    v = d.get("workflow_version")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "workflow_version", "type", "must be an integer")
    v = d.get("features")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "features", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "features", "type", "must not contain null")
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "features" + "[" + str(i0) + "]", "type", "must be a string"
                    )
    v = d.get("vendor_data")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "vendor_data", "type", "must be a string")
    v = d.get("metadata")
    if v is not None:
        if v is not None:
            if not (isinstance(v, Mapping) or isinstance(v, str)):
                raise RequestValidationError(
                    at + "metadata", "type", "must be one of: object, string"
                )
            if isinstance(v, Mapping):
                if not isinstance(v, Mapping):
                    raise RequestValidationError(at + "metadata", "type", "must be an object")
            if isinstance(v, str):
                if not isinstance(v, str):
                    raise RequestValidationError(at + "metadata", "type", "must be a string")
    v = d.get("expected_details")
    if v is not None:
        if v is not None:
            validate_ExpectedDetails(v, at + "expected_details" + ".")
    v = d.get("contact_details")
    if v is not None:
        if v is not None:
            validate_ContactDetails(v, at + "contact_details" + ".")
    v = d.get("callback")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "callback", "type", "must be a string")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "created_at", "type", "must be a string")
    v = d.get("id_verifications")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "id_verifications", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "id_verifications", "type", "must not contain null"
                    )
                validate_IdVerificationReport(
                    x0, at + "id_verifications" + "[" + str(i0) + "]" + "."
                )
    v = d.get("nfc_verifications")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "nfc_verifications", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "nfc_verifications", "type", "must not contain null"
                    )
                validate_NfcVerificationReport(
                    x0, at + "nfc_verifications" + "[" + str(i0) + "]" + "."
                )
    v = d.get("liveness_checks")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "liveness_checks", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "liveness_checks", "type", "must not contain null"
                    )
                validate_LivenessReport(x0, at + "liveness_checks" + "[" + str(i0) + "]" + ".")
    v = d.get("face_matches")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "face_matches", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "face_matches", "type", "must not contain null"
                    )
                validate_FaceMatchReport(x0, at + "face_matches" + "[" + str(i0) + "]" + ".")
    v = d.get("poa_verifications")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "poa_verifications", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "poa_verifications", "type", "must not contain null"
                    )
                validate_PoaReport(x0, at + "poa_verifications" + "[" + str(i0) + "]" + ".")
    v = d.get("document_ai_documents")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "document_ai_documents", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "document_ai_documents", "type", "must not contain null"
                    )
                validate_DocumentAiDocument(
                    x0, at + "document_ai_documents" + "[" + str(i0) + "]" + "."
                )
    v = d.get("phone_verifications")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "phone_verifications", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "phone_verifications", "type", "must not contain null"
                    )
                validate_PhoneReport(x0, at + "phone_verifications" + "[" + str(i0) + "]" + ".")
    v = d.get("email_verifications")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "email_verifications", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "email_verifications", "type", "must not contain null"
                    )
                validate_EmailReport(x0, at + "email_verifications" + "[" + str(i0) + "]" + ".")
    v = d.get("aml_screenings")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "aml_screenings", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "aml_screenings", "type", "must not contain null"
                    )
                validate_AmlReport(x0, at + "aml_screenings" + "[" + str(i0) + "]" + ".")
    v = d.get("ip_analyses")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "ip_analyses", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "ip_analyses", "type", "must not contain null"
                    )
                validate_IpAnalysisReport(x0, at + "ip_analyses" + "[" + str(i0) + "]" + ".")
    v = d.get("database_validations")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "database_validations", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "database_validations", "type", "must not contain null"
                    )
                validate_DatabaseValidationReport(
                    x0, at + "database_validations" + "[" + str(i0) + "]" + "."
                )
    v = d.get("questionnaire_responses")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "questionnaire_responses", "type", "must be a list"
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "questionnaire_responses", "type", "must not contain null"
                    )
                validate_QuestionnaireResponse(
                    x0, at + "questionnaire_responses" + "[" + str(i0) + "]" + "."
                )
    v = d.get("signatures")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "signatures", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "signatures", "type", "must not contain null")
                validate_SignatureReport(x0, at + "signatures" + "[" + str(i0) + "]" + ".")
    v = d.get("bank_verifications")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "bank_verifications", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "bank_verifications", "type", "must not contain null"
                    )
                validate_BankVerificationReport(
                    x0, at + "bank_verifications" + "[" + str(i0) + "]" + "."
                )
    v = d.get("registry_checks")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "registry_checks", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "registry_checks", "type", "must not contain null"
                    )
                validate_KybRegistryCheck(x0, at + "registry_checks" + "[" + str(i0) + "]" + ".")
    v = d.get("document_verifications")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(
                    at + "document_verifications", "type", "must be a list"
                )
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "document_verifications", "type", "must not contain null"
                    )
                validate_KybDocumentVerification(
                    x0, at + "document_verifications" + "[" + str(i0) + "]" + "."
                )
    v = d.get("key_people_checks")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "key_people_checks", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "key_people_checks", "type", "must not contain null"
                    )
                validate_KybKeyPeopleCheck(x0, at + "key_people_checks" + "[" + str(i0) + "]" + ".")
    v = d.get("face_searches")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "face_searches", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "face_searches", "type", "must not contain null"
                    )
                validate_FaceSearchReport(x0, at + "face_searches" + "[" + str(i0) + "]" + ".")
    v = d.get("reviews")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "reviews", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "reviews", "type", "must not contain null")
                validate_SessionReview(x0, at + "reviews" + "[" + str(i0) + "]" + ".")
    v = d.get("kyc")
    if v is not None:
        if v is not None:
            validate_IdVerificationReport(v, at + "kyc" + ".")
    v = d.get("face")
    if v is not None:
        if v is not None:
            validate_FaceMatchReport(v, at + "face" + ".")
    v = d.get("liveness")
    if v is not None:
        if v is not None:
            validate_LivenessReport(v, at + "liveness" + ".")
    v = d.get("aml")
    if v is not None:
        if v is not None:
            validate_AmlReport(v, at + "aml" + ".")
    v = d.get("resubmit_info")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(at + "resubmit_info", "type", "must be an object")


def structure_CreateSessionRequest(d: Any) -> CreateSessionRequest:
    """Decode a JSON object into :class:`CreateSessionRequest`."""
    o = _new(CreateSessionRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("workflow_id")
    if v is None and "workflow_id" in d:
        nl += ("workflow_id",)
    _set(o, "workflow_id", v)
    v = g("vendor_data")
    if v is None and "vendor_data" in d:
        nl += ("vendor_data",)
    _set(o, "vendor_data", v)
    v = g("callback")
    if v is None and "callback" in d:
        nl += ("callback",)
    _set(o, "callback", v)
    v = g("callback_method")
    if v is not None:
        v = _M_CallbackMethod.get(v, v)
    elif "callback_method" in d:
        nl += ("callback_method",)
    _set(o, "callback_method", v)
    v = g("metadata")
    if v is None and "metadata" in d:
        nl += ("metadata",)
    _set(o, "metadata", v)
    v = g("language")
    if v is not None:
        v = _M_Language.get(v, v)
    elif "language" in d:
        nl += ("language",)
    _set(o, "language", v)
    v = g("contact_details")
    if v is not None:
        v = structure_ContactDetails(v) if v.__class__ is dict else v
    elif "contact_details" in d:
        nl += ("contact_details",)
    _set(o, "contact_details", v)
    v = g("expected_details")
    if v is not None:
        v = structure_ExpectedDetails(v) if v.__class__ is dict else v
    elif "expected_details" in d:
        nl += ("expected_details",)
    _set(o, "expected_details", v)
    v = g("portrait_image")
    if v is None and "portrait_image" in d:
        nl += ("portrait_image",)
    _set(o, "portrait_image", v)
    v = g("sandbox_scenario")
    if v is None and "sandbox_scenario" in d:
        nl += ("sandbox_scenario",)
    _set(o, "sandbox_scenario", v)
    ex = d.keys() - _K_CreateSessionRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_CreateSessionRequest(o: CreateSessionRequest) -> dict[str, Any]:
    """Encode :class:`CreateSessionRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.workflow_id
    if v is not None and v is not UNSET:
        d["workflow_id"] = v
    elif v is None and (nl is None or "workflow_id" in nl):
        d["workflow_id"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and nl is not None and "vendor_data" in nl:
        d["vendor_data"] = None
    v = o.callback
    if v is not None and v is not UNSET:
        d["callback"] = v
    elif v is None and nl is not None and "callback" in nl:
        d["callback"] = None
    v = o.callback_method
    if v is not None and v is not UNSET:
        d["callback_method"] = str(v)
    elif v is None and nl is not None and "callback_method" in nl:
        d["callback_method"] = None
    v = o.metadata
    if v is not None and v is not UNSET:
        d["metadata"] = (dict(v)) if isinstance(v, dict) else v
    elif v is None and nl is not None and "metadata" in nl:
        d["metadata"] = None
    v = o.language
    if v is not None and v is not UNSET:
        d["language"] = str(v)
    elif v is None and nl is not None and "language" in nl:
        d["language"] = None
    v = o.contact_details
    if v is not None and v is not UNSET:
        d["contact_details"] = unstructure_ContactDetails(v) if isinstance(v, ContactDetails) else v
    elif v is None and nl is not None and "contact_details" in nl:
        d["contact_details"] = None
    v = o.expected_details
    if v is not None and v is not UNSET:
        d["expected_details"] = (
            unstructure_ExpectedDetails(v) if isinstance(v, ExpectedDetails) else v
        )
    elif v is None and nl is not None and "expected_details" in nl:
        d["expected_details"] = None
    v = o.portrait_image
    if v is not None and v is not UNSET:
        d["portrait_image"] = v
    elif v is None and nl is not None and "portrait_image" in nl:
        d["portrait_image"] = None
    v = o.sandbox_scenario
    if v is not None and v is not UNSET:
        d["sandbox_scenario"] = v
    elif v is None and nl is not None and "sandbox_scenario" in nl:
        d["sandbox_scenario"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_CreateSessionRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid CreateSessionRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "CreateSessionRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_CreateSessionRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of CreateSessionRequest"
        )
    if "workflow_id" not in d:
        raise RequestValidationError(at + "workflow_id", "required", "is required")
    v = d.get("workflow_id")
    if v is None:
        if "workflow_id" in d:
            raise RequestValidationError(at + "workflow_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "workflow_id", "type", "must be a string")
        if not is_uuid(v):
            raise RequestValidationError(at + "workflow_id", "format", "must be a valid uuid")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "vendor_data", "type", "must be a string")
        if len(v) < 1:
            raise RequestValidationError(
                at + "vendor_data", "min_length", "must have at least 1 characters"
            )
    v = d.get("callback")
    if v is None:
        if "callback" in d:
            raise RequestValidationError(at + "callback", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "callback", "type", "must be a string")
        if not is_uri(v):
            raise RequestValidationError(at + "callback", "format", "must be a valid uri")
    v = d.get("callback_method")
    if v is None:
        if "callback_method" in d:
            raise RequestValidationError(at + "callback_method", "type", "must not be null")
    else:
        if v not in _E_CallbackMethod:
            raise RequestValidationError(
                at + "callback_method", "enum", "must be one of: initiator, completer, both"
            )
    v = d.get("metadata")
    if v is None:
        if "metadata" in d:
            raise RequestValidationError(at + "metadata", "type", "must not be null")
    else:
        if not (isinstance(v, Mapping) or isinstance(v, str)):
            raise RequestValidationError(at + "metadata", "type", "must be one of: object, string")
        if isinstance(v, Mapping):
            if not isinstance(v, Mapping):
                raise RequestValidationError(at + "metadata", "type", "must be an object")
        if isinstance(v, str):
            if not isinstance(v, str):
                raise RequestValidationError(at + "metadata", "type", "must be a string")
    v = d.get("language")
    if v is None:
        if "language" in d:
            raise RequestValidationError(at + "language", "type", "must not be null")
    else:
        if v not in _E_Language:
            raise RequestValidationError(
                at + "language",
                "enum",
                "must be one of: en, ar, bg, bn, ca, cnr, cs, da, de, el, es, et, fa, fi, fr, he, hi, hr, hu, hy, id, it, ja, ka, ko, lt, lv, mk, ms, nl, no, pl, pt-BR, pt, ro, ru, sk, sl, so, sr, sv, th, tr, uk, uz, vi, zh-CN, zh-TW, zh",
            )
    v = d.get("contact_details")
    if v is None:
        if "contact_details" in d:
            raise RequestValidationError(at + "contact_details", "type", "must not be null")
    else:
        validate_ContactDetails(v, at + "contact_details" + ".")
    v = d.get("expected_details")
    if v is None:
        if "expected_details" in d:
            raise RequestValidationError(at + "expected_details", "type", "must not be null")
    else:
        validate_ExpectedDetails(v, at + "expected_details" + ".")
    v = d.get("portrait_image")
    if v is None:
        if "portrait_image" in d:
            raise RequestValidationError(at + "portrait_image", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "portrait_image", "type", "must be a string")
        if len(v) > 1398104:
            raise RequestValidationError(
                at + "portrait_image", "max_length", "must have at most 1398104 characters"
            )
    v = d.get("sandbox_scenario")
    if v is None:
        if "sandbox_scenario" in d:
            raise RequestValidationError(at + "sandbox_scenario", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "sandbox_scenario", "type", "must be a string")


def structure_CreateSessionResponse(d: Any) -> CreateSessionResponse:
    """Decode a JSON object into :class:`CreateSessionResponse`."""
    o = _new(CreateSessionResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("session_id")
    if v is None and "session_id" in d:
        nl += ("session_id",)
    _set(o, "session_id", v)
    v = g("session_number")
    if v is None and "session_number" in d:
        nl += ("session_number",)
    _set(o, "session_number", v)
    v = g("session_token")
    if v is None and "session_token" in d:
        nl += ("session_token",)
    _set(o, "session_token", v)
    v = g("url")
    if v is None and "url" in d:
        nl += ("url",)
    _set(o, "url", v)
    v = g("vendor_data")
    if v is None and "vendor_data" in d:
        nl += ("vendor_data",)
    _set(o, "vendor_data", v)
    v = g("metadata")
    if v is None and "metadata" in d:
        nl += ("metadata",)
    _set(o, "metadata", v)
    v = g("status")
    if v is not None:
        v = _M_SessionStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("callback")
    if v is None and "callback" in d:
        nl += ("callback",)
    _set(o, "callback", v)
    v = g("callback_method")
    if v is None and "callback_method" in d:
        nl += ("callback_method",)
    _set(o, "callback_method", v)
    v = g("workflow_id")
    if v is None and "workflow_id" in d:
        nl += ("workflow_id",)
    _set(o, "workflow_id", v)
    v = g("workflow_version")
    if v is None and "workflow_version" in d:
        nl += ("workflow_version",)
    _set(o, "workflow_version", v)
    v = g("session_kind")
    if v is not None:
        v = _M_SessionKind.get(v, v)
    elif "session_kind" in d:
        nl += ("session_kind",)
    _set(o, "session_kind", v)
    v = g("created_at")
    if v is None and "created_at" in d:
        nl += ("created_at",)
    _set(o, "created_at", v)
    ex = d.keys() - _K_CreateSessionResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_CreateSessionResponse(o: CreateSessionResponse) -> dict[str, Any]:
    """Encode :class:`CreateSessionResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and (nl is None or "session_id" in nl):
        d["session_id"] = None
    v = o.session_number
    if v is not None and v is not UNSET:
        d["session_number"] = v
    elif v is None and nl is not None and "session_number" in nl:
        d["session_number"] = None
    v = o.session_token
    if v is not None and v is not UNSET:
        d["session_token"] = v
    elif v is None and nl is not None and "session_token" in nl:
        d["session_token"] = None
    v = o.url
    if v is not None and v is not UNSET:
        d["url"] = v
    elif v is None and nl is not None and "url" in nl:
        d["url"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and nl is not None and "vendor_data" in nl:
        d["vendor_data"] = None
    v = o.metadata
    if v is not None and v is not UNSET:
        d["metadata"] = (dict(v)) if isinstance(v, dict) else v
    elif v is None and nl is not None and "metadata" in nl:
        d["metadata"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.callback
    if v is not None and v is not UNSET:
        d["callback"] = v
    elif v is None and nl is not None and "callback" in nl:
        d["callback"] = None
    v = o.callback_method
    if v is not None and v is not UNSET:
        d["callback_method"] = v
    elif v is None and nl is not None and "callback_method" in nl:
        d["callback_method"] = None
    v = o.workflow_id
    if v is not None and v is not UNSET:
        d["workflow_id"] = v
    elif v is None and nl is not None and "workflow_id" in nl:
        d["workflow_id"] = None
    v = o.workflow_version
    if v is not None and v is not UNSET:
        d["workflow_version"] = v
    elif v is None and nl is not None and "workflow_version" in nl:
        d["workflow_version"] = None
    v = o.session_kind
    if v is not None and v is not UNSET:
        d["session_kind"] = str(v)
    elif v is None and nl is not None and "session_kind" in nl:
        d["session_kind"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and nl is not None and "created_at" in nl:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_CreateSessionResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid CreateSessionResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "CreateSessionResponse", "type", "must be an object"
        )
    v: Any
    if "session_id" not in d:
        raise RequestValidationError(at + "session_id", "required", "is required")
    v = d.get("session_id")
    if v is None:
        if "session_id" in d:
            raise RequestValidationError(at + "session_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "session_id", "type", "must be a string")
        if not is_uuid(v):
            raise RequestValidationError(at + "session_id", "format", "must be a valid uuid")
    v = d.get("session_number")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "session_number", "type", "must be an integer")
    v = d.get("session_token")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "session_token", "type", "must be a string")
    v = d.get("url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "url", "type", "must be a string")
    v = d.get("vendor_data")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "vendor_data", "type", "must be a string")
    v = d.get("metadata")
    if v is not None:
        if v is not None:
            if not (isinstance(v, Mapping) or isinstance(v, str)):
                raise RequestValidationError(
                    at + "metadata", "type", "must be one of: object, string"
                )
            if isinstance(v, Mapping):
                if not isinstance(v, Mapping):
                    raise RequestValidationError(at + "metadata", "type", "must be an object")
            if isinstance(v, str):
                if not isinstance(v, str):
                    raise RequestValidationError(at + "metadata", "type", "must be a string")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_SessionStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Not Started, In Progress, In Review, Awaiting User, Resubmitted, Approved, Declined, Expired, Abandoned, Kyc Expired",
            )
    v = d.get("callback")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "callback", "type", "must be a string")
    v = d.get("callback_method")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "callback_method", "type", "must be a string")
    v = d.get("workflow_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "workflow_id", "type", "must be a string")
    v = d.get("workflow_version")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "workflow_version", "type", "must be an integer")
    v = d.get("session_kind")
    if v is not None:
        if v is not None:
            if v not in _E_SessionKind:
                raise RequestValidationError(
                    at + "session_kind", "enum", "must be one of: user, business"
                )
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "created_at", "type", "must be a string")


def structure_ImportSharedSessionResponse(d: Any) -> ImportSharedSessionResponse:
    """Decode a JSON object into :class:`ImportSharedSessionResponse`."""
    o = _new(ImportSharedSessionResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("session_id")
    if v is None and "session_id" in d:
        nl += ("session_id",)
    _set(o, "session_id", v)
    v = g("session_number")
    if v is None and "session_number" in d:
        nl += ("session_number",)
    _set(o, "session_number", v)
    v = g("session_token")
    if v is None and "session_token" in d:
        nl += ("session_token",)
    _set(o, "session_token", v)
    v = g("url")
    if v is None and "url" in d:
        nl += ("url",)
    _set(o, "url", v)
    v = g("vendor_data")
    if v is None and "vendor_data" in d:
        nl += ("vendor_data",)
    _set(o, "vendor_data", v)
    v = g("metadata")
    if v is None and "metadata" in d:
        nl += ("metadata",)
    _set(o, "metadata", v)
    v = g("status")
    if v is not None:
        v = _M_SessionStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("callback")
    if v is None and "callback" in d:
        nl += ("callback",)
    _set(o, "callback", v)
    v = g("callback_method")
    if v is None and "callback_method" in d:
        nl += ("callback_method",)
    _set(o, "callback_method", v)
    v = g("workflow_id")
    if v is None and "workflow_id" in d:
        nl += ("workflow_id",)
    _set(o, "workflow_id", v)
    v = g("workflow_version")
    if v is None and "workflow_version" in d:
        nl += ("workflow_version",)
    _set(o, "workflow_version", v)
    v = g("session_kind")
    if v is not None:
        v = _M_SessionKind.get(v, v)
    elif "session_kind" in d:
        nl += ("session_kind",)
    _set(o, "session_kind", v)
    v = g("created_at")
    if v is None and "created_at" in d:
        nl += ("created_at",)
    _set(o, "created_at", v)
    ex = d.keys() - _K_ImportSharedSessionResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_ImportSharedSessionResponse(o: ImportSharedSessionResponse) -> dict[str, Any]:
    """Encode :class:`ImportSharedSessionResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and (nl is None or "session_id" in nl):
        d["session_id"] = None
    v = o.session_number
    if v is not None and v is not UNSET:
        d["session_number"] = v
    elif v is None and nl is not None and "session_number" in nl:
        d["session_number"] = None
    v = o.session_token
    if v is not None and v is not UNSET:
        d["session_token"] = v
    elif v is None and nl is not None and "session_token" in nl:
        d["session_token"] = None
    v = o.url
    if v is not None and v is not UNSET:
        d["url"] = v
    elif v is None and nl is not None and "url" in nl:
        d["url"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and nl is not None and "vendor_data" in nl:
        d["vendor_data"] = None
    v = o.metadata
    if v is not None and v is not UNSET:
        d["metadata"] = (dict(v)) if isinstance(v, dict) else v
    elif v is None and nl is not None and "metadata" in nl:
        d["metadata"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.callback
    if v is not None and v is not UNSET:
        d["callback"] = v
    elif v is None and nl is not None and "callback" in nl:
        d["callback"] = None
    v = o.callback_method
    if v is not None and v is not UNSET:
        d["callback_method"] = v
    elif v is None and nl is not None and "callback_method" in nl:
        d["callback_method"] = None
    v = o.workflow_id
    if v is not None and v is not UNSET:
        d["workflow_id"] = v
    elif v is None and nl is not None and "workflow_id" in nl:
        d["workflow_id"] = None
    v = o.workflow_version
    if v is not None and v is not UNSET:
        d["workflow_version"] = v
    elif v is None and nl is not None and "workflow_version" in nl:
        d["workflow_version"] = None
    v = o.session_kind
    if v is not None and v is not UNSET:
        d["session_kind"] = str(v)
    elif v is None and nl is not None and "session_kind" in nl:
        d["session_kind"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and nl is not None and "created_at" in nl:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_ImportSharedSessionResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid ImportSharedSessionResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "ImportSharedSessionResponse", "type", "must be an object"
        )
    v: Any
    if "session_id" not in d:
        raise RequestValidationError(at + "session_id", "required", "is required")
    v = d.get("session_id")
    if v is None:
        if "session_id" in d:
            raise RequestValidationError(at + "session_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "session_id", "type", "must be a string")
        if not is_uuid(v):
            raise RequestValidationError(at + "session_id", "format", "must be a valid uuid")
    v = d.get("session_number")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "session_number", "type", "must be an integer")
    v = d.get("session_token")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "session_token", "type", "must be a string")
    v = d.get("url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "url", "type", "must be a string")
    v = d.get("vendor_data")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "vendor_data", "type", "must be a string")
    v = d.get("metadata")
    if v is not None:
        if v is not None:
            if not (isinstance(v, Mapping) or isinstance(v, str)):
                raise RequestValidationError(
                    at + "metadata", "type", "must be one of: object, string"
                )
            if isinstance(v, Mapping):
                if not isinstance(v, Mapping):
                    raise RequestValidationError(at + "metadata", "type", "must be an object")
            if isinstance(v, str):
                if not isinstance(v, str):
                    raise RequestValidationError(at + "metadata", "type", "must be a string")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_SessionStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Not Started, In Progress, In Review, Awaiting User, Resubmitted, Approved, Declined, Expired, Abandoned, Kyc Expired",
            )
    v = d.get("callback")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "callback", "type", "must be a string")
    v = d.get("callback_method")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "callback_method", "type", "must be a string")
    v = d.get("workflow_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "workflow_id", "type", "must be a string")
    v = d.get("workflow_version")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "workflow_version", "type", "must be an integer")
    v = d.get("session_kind")
    if v is not None:
        if v is not None:
            if v not in _E_SessionKind:
                raise RequestValidationError(
                    at + "session_kind", "enum", "must be one of: user, business"
                )
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "created_at", "type", "must be a string")


def structure_SessionListFeature(d: Any) -> SessionListFeature:
    """Decode a JSON object into :class:`SessionListFeature`."""
    o = _new(SessionListFeature)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("feature")
    if v is None and "feature" in d:
        nl += ("feature",)
    _set(o, "feature", v)
    v = g("status")
    if v is None and "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    ex = d.keys() - _K_SessionListFeature
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_SessionListFeature(o: SessionListFeature) -> dict[str, Any]:
    """Encode :class:`SessionListFeature` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.feature
    if v is not None and v is not UNSET:
        d["feature"] = v
    elif v is None and nl is not None and "feature" in nl:
        d["feature"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionListFeature(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionListFeature."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionListFeature", "type", "must be an object"
        )
    v: Any
    v = d.get("feature")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "feature", "type", "must be a string")
    v = d.get("status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "status", "type", "must be a string")


def structure_SessionListPhone(d: Any) -> SessionListPhone:
    """Decode a JSON object into :class:`SessionListPhone`."""
    o = _new(SessionListPhone)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("number")
    if v is None and "number" in d:
        nl += ("number",)
    _set(o, "number", v)
    v = g("is_verified")
    if v is None and "is_verified" in d:
        nl += ("is_verified",)
    _set(o, "is_verified", v)
    ex = d.keys() - _K_SessionListPhone
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_SessionListPhone(o: SessionListPhone) -> dict[str, Any]:
    """Encode :class:`SessionListPhone` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.number
    if v is not None and v is not UNSET:
        d["number"] = v
    elif v is None and nl is not None and "number" in nl:
        d["number"] = None
    v = o.is_verified
    if v is not None and v is not UNSET:
        d["is_verified"] = v
    elif v is None and nl is not None and "is_verified" in nl:
        d["is_verified"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionListPhone(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionListPhone."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionListPhone", "type", "must be an object"
        )
    v: Any
    v = d.get("number")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "number", "type", "must be a string")
    v = d.get("is_verified")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(at + "is_verified", "type", "must be true or false")


def structure_SessionListEmail(d: Any) -> SessionListEmail:
    """Decode a JSON object into :class:`SessionListEmail`."""
    o = _new(SessionListEmail)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("email")
    if v is None and "email" in d:
        nl += ("email",)
    _set(o, "email", v)
    v = g("is_verified")
    if v is None and "is_verified" in d:
        nl += ("is_verified",)
    _set(o, "is_verified", v)
    ex = d.keys() - _K_SessionListEmail
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_SessionListEmail(o: SessionListEmail) -> dict[str, Any]:
    """Encode :class:`SessionListEmail` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = v
    elif v is None and nl is not None and "email" in nl:
        d["email"] = None
    v = o.is_verified
    if v is not None and v is not UNSET:
        d["is_verified"] = v
    elif v is None and nl is not None and "is_verified" in nl:
        d["is_verified"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionListEmail(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionListEmail."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionListEmail", "type", "must be an object"
        )
    v: Any
    v = d.get("email")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "email", "type", "must be a string")
    v = d.get("is_verified")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(at + "is_verified", "type", "must be true or false")


def structure_SessionListAml(d: Any) -> SessionListAml:
    """Decode a JSON object into :class:`SessionListAml`."""
    o = _new(SessionListAml)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("total_hits")
    if v is None and "total_hits" in d:
        nl += ("total_hits",)
    _set(o, "total_hits", v)
    v = g("entity_type")
    if v is None and "entity_type" in d:
        nl += ("entity_type",)
    _set(o, "entity_type", v)
    v = g("is_adverse_media_fetched")
    if v is None and "is_adverse_media_fetched" in d:
        nl += ("is_adverse_media_fetched",)
    _set(o, "is_adverse_media_fetched", v)
    ex = d.keys() - _K_SessionListAml
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_SessionListAml(o: SessionListAml) -> dict[str, Any]:
    """Encode :class:`SessionListAml` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.total_hits
    if v is not None and v is not UNSET:
        d["total_hits"] = v
    elif v is None and nl is not None and "total_hits" in nl:
        d["total_hits"] = None
    v = o.entity_type
    if v is not None and v is not UNSET:
        d["entity_type"] = v
    elif v is None and nl is not None and "entity_type" in nl:
        d["entity_type"] = None
    v = o.is_adverse_media_fetched
    if v is not None and v is not UNSET:
        d["is_adverse_media_fetched"] = v
    elif v is None and nl is not None and "is_adverse_media_fetched" in nl:
        d["is_adverse_media_fetched"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionListAml(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionListAml."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionListAml", "type", "must be an object"
        )
    v: Any
    v = d.get("total_hits")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "total_hits", "type", "must be an integer")
    v = d.get("entity_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "entity_type", "type", "must be a string")
    v = d.get("is_adverse_media_fetched")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "is_adverse_media_fetched", "type", "must be true or false"
                )


def structure_SessionListLiveness(d: Any) -> SessionListLiveness:
    """Decode a JSON object into :class:`SessionListLiveness`."""
    o = _new(SessionListLiveness)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("method")
    if v is None and "method" in d:
        nl += ("method",)
    _set(o, "method", v)
    v = g("score")
    if v is None and "score" in d:
        nl += ("score",)
    _set(o, "score", v)
    ex = d.keys() - _K_SessionListLiveness
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_SessionListLiveness(o: SessionListLiveness) -> dict[str, Any]:
    """Encode :class:`SessionListLiveness` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.method
    if v is not None and v is not UNSET:
        d["method"] = v
    elif v is None and nl is not None and "method" in nl:
        d["method"] = None
    v = o.score
    if v is not None and v is not UNSET:
        d["score"] = v
    elif v is None and nl is not None and "score" in nl:
        d["score"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionListLiveness(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionListLiveness."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionListLiveness", "type", "must be an object"
        )
    v: Any
    v = d.get("method")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "method", "type", "must be a string")
    v = d.get("score")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "score", "type", "must be a number")


def structure_SessionListFaceMatch(d: Any) -> SessionListFaceMatch:
    """Decode a JSON object into :class:`SessionListFaceMatch`."""
    o = _new(SessionListFaceMatch)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("score")
    if v is None and "score" in d:
        nl += ("score",)
    _set(o, "score", v)
    ex = d.keys() - _K_SessionListFaceMatch
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_SessionListFaceMatch(o: SessionListFaceMatch) -> dict[str, Any]:
    """Encode :class:`SessionListFaceMatch` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.score
    if v is not None and v is not UNSET:
        d["score"] = v
    elif v is None and nl is not None and "score" in nl:
        d["score"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionListFaceMatch(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionListFaceMatch."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionListFaceMatch", "type", "must be an object"
        )
    v: Any
    v = d.get("score")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "score", "type", "must be a number")


def structure_SessionListAdditionalDetails(d: Any) -> SessionListAdditionalDetails:
    """Decode a JSON object into :class:`SessionListAdditionalDetails`."""
    o = _new(SessionListAdditionalDetails)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("aml")
    if v is not None:
        v = structure_SessionListAml(v) if v.__class__ is dict else v
    elif "aml" in d:
        nl += ("aml",)
    _set(o, "aml", v)
    v = g("liveness")
    if v is not None:
        v = structure_SessionListLiveness(v) if v.__class__ is dict else v
    elif "liveness" in d:
        nl += ("liveness",)
    _set(o, "liveness", v)
    v = g("face_match")
    if v is not None:
        v = structure_SessionListFaceMatch(v) if v.__class__ is dict else v
    elif "face_match" in d:
        nl += ("face_match",)
    _set(o, "face_match", v)
    ex = d.keys() - _K_SessionListAdditionalDetails
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_SessionListAdditionalDetails(o: SessionListAdditionalDetails) -> dict[str, Any]:
    """Encode :class:`SessionListAdditionalDetails` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.aml
    if v is not None and v is not UNSET:
        d["aml"] = unstructure_SessionListAml(v) if isinstance(v, SessionListAml) else v
    elif v is None and nl is not None and "aml" in nl:
        d["aml"] = None
    v = o.liveness
    if v is not None and v is not UNSET:
        d["liveness"] = (
            unstructure_SessionListLiveness(v) if isinstance(v, SessionListLiveness) else v
        )
    elif v is None and nl is not None and "liveness" in nl:
        d["liveness"] = None
    v = o.face_match
    if v is not None and v is not UNSET:
        d["face_match"] = (
            unstructure_SessionListFaceMatch(v) if isinstance(v, SessionListFaceMatch) else v
        )
    elif v is None and nl is not None and "face_match" in nl:
        d["face_match"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionListAdditionalDetails(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionListAdditionalDetails."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionListAdditionalDetails", "type", "must be an object"
        )
    v: Any
    v = d.get("aml")
    if v is not None:
        if v is not None:
            validate_SessionListAml(v, at + "aml" + ".")
    v = d.get("liveness")
    if v is not None:
        if v is not None:
            validate_SessionListLiveness(v, at + "liveness" + ".")
    v = d.get("face_match")
    if v is not None:
        if v is not None:
            validate_SessionListFaceMatch(v, at + "face_match" + ".")


def structure_SessionListItem(d: Any) -> SessionListItem:
    """Decode a JSON object into :class:`SessionListItem`."""
    o = _new(SessionListItem)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("session_id")
    if v is None and "session_id" in d:
        nl += ("session_id",)
    _set(o, "session_id", v)
    v = g("session_kind")
    if v is not None:
        v = _M_SessionKind.get(v, v)
    elif "session_kind" in d:
        nl += ("session_kind",)
    _set(o, "session_kind", v)
    v = g("session_number")
    if v is None and "session_number" in d:
        nl += ("session_number",)
    _set(o, "session_number", v)
    v = g("session_url")
    if v is None and "session_url" in d:
        nl += ("session_url",)
    _set(o, "session_url", v)
    v = g("portrait_image")
    if v is None and "portrait_image" in d:
        nl += ("portrait_image",)
    _set(o, "portrait_image", v)
    v = g("document_type")
    if v is None and "document_type" in d:
        nl += ("document_type",)
    _set(o, "document_type", v)
    v = g("full_name")
    if v is None and "full_name" in d:
        nl += ("full_name",)
    _set(o, "full_name", v)
    v = g("country")
    if v is None and "country" in d:
        nl += ("country",)
    _set(o, "country", v)
    v = g("status")
    if v is not None:
        v = _M_SessionStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("vendor_data")
    if v is None and "vendor_data" in d:
        nl += ("vendor_data",)
    _set(o, "vendor_data", v)
    v = g("didit_internal_id")
    if v is None and "didit_internal_id" in d:
        nl += ("didit_internal_id",)
    _set(o, "didit_internal_id", v)
    v = g("created_at")
    if v is None and "created_at" in d:
        nl += ("created_at",)
    _set(o, "created_at", v)
    v = g("features")
    if v is not None:
        v = [structure_SessionListFeature(x) if x.__class__ is dict else x for x in v]
    elif "features" in d:
        nl += ("features",)
    _set(o, "features", v)
    v = g("phone_number")
    if v is not None:
        v = structure_SessionListPhone(v) if v.__class__ is dict else v
    elif "phone_number" in d:
        nl += ("phone_number",)
    _set(o, "phone_number", v)
    v = g("email_address")
    if v is not None:
        v = structure_SessionListEmail(v) if v.__class__ is dict else v
    elif "email_address" in d:
        nl += ("email_address",)
    _set(o, "email_address", v)
    v = g("additional_details")
    if v is not None:
        v = structure_SessionListAdditionalDetails(v) if v.__class__ is dict else v
    elif "additional_details" in d:
        nl += ("additional_details",)
    _set(o, "additional_details", v)
    v = g("workflow_id")
    if v is None and "workflow_id" in d:
        nl += ("workflow_id",)
    _set(o, "workflow_id", v)
    v = g("workflow_type")
    if v is None and "workflow_type" in d:
        nl += ("workflow_type",)
    _set(o, "workflow_type", v)
    v = g("workflow_label")
    if v is None and "workflow_label" in d:
        nl += ("workflow_label",)
    _set(o, "workflow_label", v)
    v = g("company_name")
    if v is None and "company_name" in d:
        nl += ("company_name",)
    _set(o, "company_name", v)
    v = g("registration_number")
    if v is None and "registration_number" in d:
        nl += ("registration_number",)
    _set(o, "registration_number", v)
    ex = d.keys() - _K_SessionListItem
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_SessionListItem(o: SessionListItem) -> dict[str, Any]:
    """Encode :class:`SessionListItem` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and (nl is None or "session_id" in nl):
        d["session_id"] = None
    v = o.session_kind
    if v is not None and v is not UNSET:
        d["session_kind"] = str(v)
    elif v is None and nl is not None and "session_kind" in nl:
        d["session_kind"] = None
    v = o.session_number
    if v is not None and v is not UNSET:
        d["session_number"] = v
    elif v is None and nl is not None and "session_number" in nl:
        d["session_number"] = None
    v = o.session_url
    if v is not None and v is not UNSET:
        d["session_url"] = v
    elif v is None and nl is not None and "session_url" in nl:
        d["session_url"] = None
    v = o.portrait_image
    if v is not None and v is not UNSET:
        d["portrait_image"] = v
    elif v is None and nl is not None and "portrait_image" in nl:
        d["portrait_image"] = None
    v = o.document_type
    if v is not None and v is not UNSET:
        d["document_type"] = v
    elif v is None and nl is not None and "document_type" in nl:
        d["document_type"] = None
    v = o.full_name
    if v is not None and v is not UNSET:
        d["full_name"] = v
    elif v is None and nl is not None and "full_name" in nl:
        d["full_name"] = None
    v = o.country
    if v is not None and v is not UNSET:
        d["country"] = v
    elif v is None and nl is not None and "country" in nl:
        d["country"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and nl is not None and "vendor_data" in nl:
        d["vendor_data"] = None
    v = o.didit_internal_id
    if v is not None and v is not UNSET:
        d["didit_internal_id"] = v
    elif v is None and nl is not None and "didit_internal_id" in nl:
        d["didit_internal_id"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and nl is not None and "created_at" in nl:
        d["created_at"] = None
    v = o.features
    if v is not None and v is not UNSET:
        d["features"] = [
            unstructure_SessionListFeature(x) if isinstance(x, SessionListFeature) else x for x in v
        ]
    elif v is None and nl is not None and "features" in nl:
        d["features"] = None
    v = o.phone_number
    if v is not None and v is not UNSET:
        d["phone_number"] = (
            unstructure_SessionListPhone(v) if isinstance(v, SessionListPhone) else v
        )
    elif v is None and nl is not None and "phone_number" in nl:
        d["phone_number"] = None
    v = o.email_address
    if v is not None and v is not UNSET:
        d["email_address"] = (
            unstructure_SessionListEmail(v) if isinstance(v, SessionListEmail) else v
        )
    elif v is None and nl is not None and "email_address" in nl:
        d["email_address"] = None
    v = o.additional_details
    if v is not None and v is not UNSET:
        d["additional_details"] = (
            unstructure_SessionListAdditionalDetails(v)
            if isinstance(v, SessionListAdditionalDetails)
            else v
        )
    elif v is None and nl is not None and "additional_details" in nl:
        d["additional_details"] = None
    v = o.workflow_id
    if v is not None and v is not UNSET:
        d["workflow_id"] = v
    elif v is None and nl is not None and "workflow_id" in nl:
        d["workflow_id"] = None
    v = o.workflow_type
    if v is not None and v is not UNSET:
        d["workflow_type"] = v
    elif v is None and nl is not None and "workflow_type" in nl:
        d["workflow_type"] = None
    v = o.workflow_label
    if v is not None and v is not UNSET:
        d["workflow_label"] = v
    elif v is None and nl is not None and "workflow_label" in nl:
        d["workflow_label"] = None
    v = o.company_name
    if v is not None and v is not UNSET:
        d["company_name"] = v
    elif v is None and nl is not None and "company_name" in nl:
        d["company_name"] = None
    v = o.registration_number
    if v is not None and v is not UNSET:
        d["registration_number"] = v
    elif v is None and nl is not None and "registration_number" in nl:
        d["registration_number"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionListItem(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionListItem."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionListItem", "type", "must be an object"
        )
    v: Any
    if "session_id" not in d:
        raise RequestValidationError(at + "session_id", "required", "is required")
    v = d.get("session_id")
    if v is None:
        if "session_id" in d:
            raise RequestValidationError(at + "session_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "session_id", "type", "must be a string")
        if not is_uuid(v):
            raise RequestValidationError(at + "session_id", "format", "must be a valid uuid")
    v = d.get("session_kind")
    if v is not None:
        if v is not None:
            if v not in _E_SessionKind:
                raise RequestValidationError(
                    at + "session_kind", "enum", "must be one of: user, business"
                )
    v = d.get("session_number")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "session_number", "type", "must be an integer")
    v = d.get("session_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "session_url", "type", "must be a string")
    v = d.get("portrait_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "portrait_image", "type", "must be a string")
    v = d.get("document_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "document_type", "type", "must be a string")
    v = d.get("full_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "full_name", "type", "must be a string")
    v = d.get("country")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "country", "type", "must be a string")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_SessionStatus:
            raise RequestValidationError(
                at + "status",
                "enum",
                "must be one of: Not Started, In Progress, In Review, Awaiting User, Resubmitted, Approved, Declined, Expired, Abandoned, Kyc Expired",
            )
    v = d.get("vendor_data")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "vendor_data", "type", "must be a string")
    v = d.get("didit_internal_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "didit_internal_id", "type", "must be a string")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "created_at", "type", "must be a string")
    v = d.get("features")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "features", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "features", "type", "must not contain null")
                validate_SessionListFeature(x0, at + "features" + "[" + str(i0) + "]" + ".")
    v = d.get("phone_number")
    if v is not None:
        if v is not None:
            validate_SessionListPhone(v, at + "phone_number" + ".")
    v = d.get("email_address")
    if v is not None:
        if v is not None:
            validate_SessionListEmail(v, at + "email_address" + ".")
    v = d.get("additional_details")
    if v is not None:
        if v is not None:
            validate_SessionListAdditionalDetails(v, at + "additional_details" + ".")
    v = d.get("workflow_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "workflow_id", "type", "must be a string")
    v = d.get("workflow_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "workflow_type", "type", "must be a string")
    v = d.get("workflow_label")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "workflow_label", "type", "must be a string")
    v = d.get("company_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "company_name", "type", "must be a string")
    v = d.get("registration_number")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "registration_number", "type", "must be a string")


def structure_SessionListPage(d: Any) -> SessionListPage:
    """Decode a JSON object into :class:`SessionListPage`."""
    o = _new(SessionListPage)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("count")
    if v is None and "count" in d:
        nl += ("count",)
    _set(o, "count", v)
    v = g("next")
    if v is None and "next" in d:
        nl += ("next",)
    _set(o, "next", v)
    v = g("previous")
    if v is None and "previous" in d:
        nl += ("previous",)
    _set(o, "previous", v)
    v = g("results")
    if v is not None:
        v = [structure_SessionListItem(x) if x.__class__ is dict else x for x in v]
    elif "results" in d:
        nl += ("results",)
    _set(o, "results", v)
    ex = d.keys() - _K_SessionListPage
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_SessionListPage(o: SessionListPage) -> dict[str, Any]:
    """Encode :class:`SessionListPage` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.count
    if v is not None and v is not UNSET:
        d["count"] = v
    elif v is None and nl is not None and "count" in nl:
        d["count"] = None
    v = o.next
    if v is not None and v is not UNSET:
        d["next"] = v
    elif v is None and nl is not None and "next" in nl:
        d["next"] = None
    v = o.previous
    if v is not None and v is not UNSET:
        d["previous"] = v
    elif v is None and nl is not None and "previous" in nl:
        d["previous"] = None
    v = o.results
    if v is not None and v is not UNSET:
        d["results"] = [
            unstructure_SessionListItem(x) if isinstance(x, SessionListItem) else x for x in v
        ]
    elif v is None and (nl is None or "results" in nl):
        d["results"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionListPage(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionListPage."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionListPage", "type", "must be an object"
        )
    v: Any
    v = d.get("count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "count", "type", "must be an integer")
    v = d.get("next")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "next", "type", "must be a string")
    v = d.get("previous")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "previous", "type", "must be a string")
    if "results" not in d:
        raise RequestValidationError(at + "results", "required", "is required")
    v = d.get("results")
    if v is None:
        if "results" in d:
            raise RequestValidationError(at + "results", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(at + "results", "type", "must be a list")
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(at + "results", "type", "must not contain null")
            validate_SessionListItem(x0, at + "results" + "[" + str(i0) + "]" + ".")


def structure_BatchDeleteSessionsRequest(d: Any) -> BatchDeleteSessionsRequest:
    """Decode a JSON object into :class:`BatchDeleteSessionsRequest`."""
    o = _new(BatchDeleteSessionsRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("session_numbers")
    if v is None and "session_numbers" in d:
        nl += ("session_numbers",)
    _set(o, "session_numbers", v)
    v = g("delete_all")
    if v is None and "delete_all" in d:
        nl += ("delete_all",)
    _set(o, "delete_all", v)
    ex = d.keys() - _K_BatchDeleteSessionsRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_BatchDeleteSessionsRequest(o: BatchDeleteSessionsRequest) -> dict[str, Any]:
    """Encode :class:`BatchDeleteSessionsRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.session_numbers
    if v is not None and v is not UNSET:
        d["session_numbers"] = [x for x in v]
    elif v is None and nl is not None and "session_numbers" in nl:
        d["session_numbers"] = None
    v = o.delete_all
    if v is not None and v is not UNSET:
        d["delete_all"] = v
    elif v is None and nl is not None and "delete_all" in nl:
        d["delete_all"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BatchDeleteSessionsRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BatchDeleteSessionsRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "BatchDeleteSessionsRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_BatchDeleteSessionsRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of BatchDeleteSessionsRequest"
        )
    v = d.get("session_numbers")
    if v is None:
        if "session_numbers" in d:
            raise RequestValidationError(at + "session_numbers", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(at + "session_numbers", "type", "must be a list")
        if len(v) < 1:
            raise RequestValidationError(
                at + "session_numbers", "min_items", "must have at least 1 items"
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(
                    at + "session_numbers", "type", "must not contain null"
                )
            if not ((isinstance(x0, int) and not isinstance(x0, bool)) or isinstance(x0, str)):
                raise RequestValidationError(
                    at + "session_numbers" + "[" + str(i0) + "]",
                    "type",
                    "must be one of: integer, string",
                )
            if isinstance(x0, int) and not isinstance(x0, bool):
                if isinstance(x0, bool) or not isinstance(x0, int):
                    raise RequestValidationError(
                        at + "session_numbers" + "[" + str(i0) + "]", "type", "must be an integer"
                    )
            if isinstance(x0, str):
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "session_numbers" + "[" + str(i0) + "]", "type", "must be a string"
                    )
    v = d.get("delete_all")
    if v is None:
        if "delete_all" in d:
            raise RequestValidationError(at + "delete_all", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "delete_all", "type", "must be true or false")


def structure_BatchDeleteResultItem(d: Any) -> BatchDeleteResultItem:
    """Decode a JSON object into :class:`BatchDeleteResultItem`."""
    o = _new(BatchDeleteResultItem)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("session_number")
    if v is None and "session_number" in d:
        nl += ("session_number",)
    _set(o, "session_number", v)
    v = g("session_id")
    if v is None and "session_id" in d:
        nl += ("session_id",)
    _set(o, "session_id", v)
    v = g("deleted")
    if v is None and "deleted" in d:
        nl += ("deleted",)
    _set(o, "deleted", v)
    v = g("detail")
    if v is None and "detail" in d:
        nl += ("detail",)
    _set(o, "detail", v)
    ex = d.keys() - _K_BatchDeleteResultItem
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_BatchDeleteResultItem(o: BatchDeleteResultItem) -> dict[str, Any]:
    """Encode :class:`BatchDeleteResultItem` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.session_number
    if v is not None and v is not UNSET:
        d["session_number"] = v
    elif v is None and nl is not None and "session_number" in nl:
        d["session_number"] = None
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and nl is not None and "session_id" in nl:
        d["session_id"] = None
    v = o.deleted
    if v is not None and v is not UNSET:
        d["deleted"] = v
    elif v is None and nl is not None and "deleted" in nl:
        d["deleted"] = None
    v = o.detail
    if v is not None and v is not UNSET:
        d["detail"] = v
    elif v is None and nl is not None and "detail" in nl:
        d["detail"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BatchDeleteResultItem(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BatchDeleteResultItem."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "BatchDeleteResultItem", "type", "must be an object"
        )
    v: Any
    v = d.get("session_number")
    if v is not None:
        if v is not None:
            if not ((isinstance(v, int) and not isinstance(v, bool)) or isinstance(v, str)):
                raise RequestValidationError(
                    at + "session_number", "type", "must be one of: integer, string"
                )
            if isinstance(v, int) and not isinstance(v, bool):
                if isinstance(v, bool) or not isinstance(v, int):
                    raise RequestValidationError(
                        at + "session_number", "type", "must be an integer"
                    )
            if isinstance(v, str):
                if not isinstance(v, str):
                    raise RequestValidationError(at + "session_number", "type", "must be a string")
    v = d.get("session_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "session_id", "type", "must be a string")
    v = d.get("deleted")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(at + "deleted", "type", "must be true or false")
    v = d.get("detail")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "detail", "type", "must be a string")


def structure_BatchDeleteSessionsResponse(d: Any) -> BatchDeleteSessionsResponse:
    """Decode a JSON object into :class:`BatchDeleteSessionsResponse`."""
    o = _new(BatchDeleteSessionsResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("results")
    if v is not None:
        v = [structure_BatchDeleteResultItem(x) if x.__class__ is dict else x for x in v]
    elif "results" in d:
        nl += ("results",)
    _set(o, "results", v)
    v = g("job_id")
    if v is None and "job_id" in d:
        nl += ("job_id",)
    _set(o, "job_id", v)
    v = g("status")
    if v is None and "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("total")
    if v is None and "total" in d:
        nl += ("total",)
    _set(o, "total", v)
    v = g("deleted_count")
    if v is None and "deleted_count" in d:
        nl += ("deleted_count",)
    _set(o, "deleted_count", v)
    v = g("detail")
    if v is None and "detail" in d:
        nl += ("detail",)
    _set(o, "detail", v)
    ex = d.keys() - _K_BatchDeleteSessionsResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_BatchDeleteSessionsResponse(o: BatchDeleteSessionsResponse) -> dict[str, Any]:
    """Encode :class:`BatchDeleteSessionsResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.results
    if v is not None and v is not UNSET:
        d["results"] = [
            unstructure_BatchDeleteResultItem(x) if isinstance(x, BatchDeleteResultItem) else x
            for x in v
        ]
    elif v is None and nl is not None and "results" in nl:
        d["results"] = None
    v = o.job_id
    if v is not None and v is not UNSET:
        d["job_id"] = v
    elif v is None and nl is not None and "job_id" in nl:
        d["job_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.total
    if v is not None and v is not UNSET:
        d["total"] = v
    elif v is None and nl is not None and "total" in nl:
        d["total"] = None
    v = o.deleted_count
    if v is not None and v is not UNSET:
        d["deleted_count"] = v
    elif v is None and nl is not None and "deleted_count" in nl:
        d["deleted_count"] = None
    v = o.detail
    if v is not None and v is not UNSET:
        d["detail"] = v
    elif v is None and nl is not None and "detail" in nl:
        d["detail"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BatchDeleteSessionsResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BatchDeleteSessionsResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "BatchDeleteSessionsResponse", "type", "must be an object"
        )
    v: Any
    v = d.get("results")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "results", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "results", "type", "must not contain null")
                validate_BatchDeleteResultItem(x0, at + "results" + "[" + str(i0) + "]" + ".")
    v = d.get("job_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "job_id", "type", "must be a string")
    v = d.get("status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "status", "type", "must be a string")
    v = d.get("total")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "total", "type", "must be an integer")
    v = d.get("deleted_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "deleted_count", "type", "must be an integer")
    v = d.get("detail")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "detail", "type", "must be a string")


def structure_BatchDeleteJob(d: Any) -> BatchDeleteJob:
    """Decode a JSON object into :class:`BatchDeleteJob`."""
    o = _new(BatchDeleteJob)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("job_id")
    if v is None and "job_id" in d:
        nl += ("job_id",)
    _set(o, "job_id", v)
    v = g("status")
    if v is None and "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("total")
    if v is None and "total" in d:
        nl += ("total",)
    _set(o, "total", v)
    v = g("deleted_count")
    if v is None and "deleted_count" in d:
        nl += ("deleted_count",)
    _set(o, "deleted_count", v)
    v = g("failed_count")
    if v is None and "failed_count" in d:
        nl += ("failed_count",)
    _set(o, "failed_count", v)
    v = g("created_at")
    if v is None and "created_at" in d:
        nl += ("created_at",)
    _set(o, "created_at", v)
    v = g("completed_at")
    if v is None and "completed_at" in d:
        nl += ("completed_at",)
    _set(o, "completed_at", v)
    v = g("results")
    if v is not None:
        v = [structure_BatchDeleteResultItem(x) if x.__class__ is dict else x for x in v]
    elif "results" in d:
        nl += ("results",)
    _set(o, "results", v)
    ex = d.keys() - _K_BatchDeleteJob
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_BatchDeleteJob(o: BatchDeleteJob) -> dict[str, Any]:
    """Encode :class:`BatchDeleteJob` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.job_id
    if v is not None and v is not UNSET:
        d["job_id"] = v
    elif v is None and nl is not None and "job_id" in nl:
        d["job_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.total
    if v is not None and v is not UNSET:
        d["total"] = v
    elif v is None and nl is not None and "total" in nl:
        d["total"] = None
    v = o.deleted_count
    if v is not None and v is not UNSET:
        d["deleted_count"] = v
    elif v is None and nl is not None and "deleted_count" in nl:
        d["deleted_count"] = None
    v = o.failed_count
    if v is not None and v is not UNSET:
        d["failed_count"] = v
    elif v is None and nl is not None and "failed_count" in nl:
        d["failed_count"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and nl is not None and "created_at" in nl:
        d["created_at"] = None
    v = o.completed_at
    if v is not None and v is not UNSET:
        d["completed_at"] = v
    elif v is None and nl is not None and "completed_at" in nl:
        d["completed_at"] = None
    v = o.results
    if v is not None and v is not UNSET:
        d["results"] = [
            unstructure_BatchDeleteResultItem(x) if isinstance(x, BatchDeleteResultItem) else x
            for x in v
        ]
    elif v is None and nl is not None and "results" in nl:
        d["results"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BatchDeleteJob(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BatchDeleteJob."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "BatchDeleteJob", "type", "must be an object"
        )
    v: Any
    v = d.get("job_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "job_id", "type", "must be a string")
    v = d.get("status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "status", "type", "must be a string")
    v = d.get("total")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "total", "type", "must be an integer")
    v = d.get("deleted_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "deleted_count", "type", "must be an integer")
    v = d.get("failed_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "failed_count", "type", "must be an integer")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "created_at", "type", "must be a string")
    v = d.get("completed_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "completed_at", "type", "must be a string")
    v = d.get("results")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "results", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "results", "type", "must not contain null")
                validate_BatchDeleteResultItem(x0, at + "results" + "[" + str(i0) + "]" + ".")


def structure_NodeToResubmit(d: Any) -> NodeToResubmit:
    """Decode a JSON object into :class:`NodeToResubmit`."""
    o = _new(NodeToResubmit)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("feature")
    if v is None and "feature" in d:
        nl += ("feature",)
    _set(o, "feature", v)
    ex = d.keys() - _K_NodeToResubmit
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_NodeToResubmit(o: NodeToResubmit) -> dict[str, Any]:
    """Encode :class:`NodeToResubmit` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and (nl is None or "node_id" in nl):
        d["node_id"] = None
    v = o.feature
    if v is not None and v is not UNSET:
        d["feature"] = v
    elif v is None and (nl is None or "feature" in nl):
        d["feature"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_NodeToResubmit(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid NodeToResubmit."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "NodeToResubmit", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_NodeToResubmit:
        raise RequestValidationError(at + str(k), "unknown", "is not a field of NodeToResubmit")
    if "node_id" not in d:
        raise RequestValidationError(at + "node_id", "required", "is required")
    v = d.get("node_id")
    if v is None:
        if "node_id" in d:
            raise RequestValidationError(at + "node_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "node_id", "type", "must be a string")
        if len(v) < 1:
            raise RequestValidationError(
                at + "node_id", "min_length", "must have at least 1 characters"
            )
    if "feature" not in d:
        raise RequestValidationError(at + "feature", "required", "is required")
    v = d.get("feature")
    if v is None:
        if "feature" in d:
            raise RequestValidationError(at + "feature", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "feature", "type", "must be a string")
        if len(v) < 1:
            raise RequestValidationError(
                at + "feature", "min_length", "must have at least 1 characters"
            )


def structure_UpdateStatusRequest(d: Any) -> UpdateStatusRequest:
    """Decode a JSON object into :class:`UpdateStatusRequest`."""
    o = _new(UpdateStatusRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("new_status")
    if v is None and "new_status" in d:
        nl += ("new_status",)
    _set(o, "new_status", v)
    v = g("comment")
    if v is None and "comment" in d:
        nl += ("comment",)
    _set(o, "comment", v)
    v = g("nodes_to_resubmit")
    if v is not None:
        v = [structure_NodeToResubmit(x) if x.__class__ is dict else x for x in v]
    elif "nodes_to_resubmit" in d:
        nl += ("nodes_to_resubmit",)
    _set(o, "nodes_to_resubmit", v)
    v = g("send_email")
    if v is None and "send_email" in d:
        nl += ("send_email",)
    _set(o, "send_email", v)
    v = g("email_address")
    if v is None and "email_address" in d:
        nl += ("email_address",)
    _set(o, "email_address", v)
    v = g("email_language")
    if v is not None:
        v = _M_Language.get(v, v)
    elif "email_language" in d:
        nl += ("email_language",)
    _set(o, "email_language", v)
    ex = d.keys() - _K_UpdateStatusRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_UpdateStatusRequest(o: UpdateStatusRequest) -> dict[str, Any]:
    """Encode :class:`UpdateStatusRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.new_status
    if v is not None and v is not UNSET:
        d["new_status"] = v
    elif v is None and (nl is None or "new_status" in nl):
        d["new_status"] = None
    v = o.comment
    if v is not None and v is not UNSET:
        d["comment"] = v
    elif v is None and nl is not None and "comment" in nl:
        d["comment"] = None
    v = o.nodes_to_resubmit
    if v is not None and v is not UNSET:
        d["nodes_to_resubmit"] = [
            unstructure_NodeToResubmit(x) if isinstance(x, NodeToResubmit) else x for x in v
        ]
    elif v is None and nl is not None and "nodes_to_resubmit" in nl:
        d["nodes_to_resubmit"] = None
    v = o.send_email
    if v is not None and v is not UNSET:
        d["send_email"] = v
    elif v is None and nl is not None and "send_email" in nl:
        d["send_email"] = None
    v = o.email_address
    if v is not None and v is not UNSET:
        d["email_address"] = v
    elif v is None and nl is not None and "email_address" in nl:
        d["email_address"] = None
    v = o.email_language
    if v is not None and v is not UNSET:
        d["email_language"] = str(v)
    elif v is None and nl is not None and "email_language" in nl:
        d["email_language"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UpdateStatusRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UpdateStatusRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UpdateStatusRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_UpdateStatusRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of UpdateStatusRequest"
        )
    if "new_status" not in d:
        raise RequestValidationError(at + "new_status", "required", "is required")
    v = d.get("new_status")
    if v is None:
        if "new_status" in d:
            raise RequestValidationError(at + "new_status", "type", "must not be null")
    else:
        if v not in _E_inline1:
            raise RequestValidationError(
                at + "new_status", "enum", "must be one of: Approved, Declined, Resubmitted"
            )
    v = d.get("comment")
    if v is None:
        if "comment" in d:
            raise RequestValidationError(at + "comment", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "comment", "type", "must be a string")
    v = d.get("nodes_to_resubmit")
    if v is None:
        if "nodes_to_resubmit" in d:
            raise RequestValidationError(at + "nodes_to_resubmit", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(at + "nodes_to_resubmit", "type", "must be a list")
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(
                    at + "nodes_to_resubmit", "type", "must not contain null"
                )
            validate_NodeToResubmit(x0, at + "nodes_to_resubmit" + "[" + str(i0) + "]" + ".")
    v = d.get("send_email")
    if v is None:
        if "send_email" in d:
            raise RequestValidationError(at + "send_email", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "send_email", "type", "must be true or false")
    v = d.get("email_address")
    if v is None:
        if "email_address" in d:
            raise RequestValidationError(at + "email_address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "email_address", "type", "must be a string")
        if not is_email(v):
            raise RequestValidationError(at + "email_address", "format", "must be a valid email")
    v = d.get("email_language")
    if v is None:
        if "email_language" in d:
            raise RequestValidationError(at + "email_language", "type", "must not be null")
    else:
        if v not in _E_Language:
            raise RequestValidationError(
                at + "email_language",
                "enum",
                "must be one of: en, ar, bg, bn, ca, cnr, cs, da, de, el, es, et, fa, fi, fr, he, hi, hr, hu, hy, id, it, ja, ka, ko, lt, lv, mk, ms, nl, no, pl, pt-BR, pt, ro, ru, sk, sl, so, sr, sv, th, tr, uk, uz, vi, zh-CN, zh-TW, zh",
            )
    if "send_email" in d and d.get("send_email") == True and "email_address" not in d:
        raise RequestValidationError(
            at + "email_address", "depends", "is required when send_email is true"
        )


def structure_SessionIdResponse(d: Any) -> SessionIdResponse:
    """Decode a JSON object into :class:`SessionIdResponse`."""
    o = _new(SessionIdResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("session_id")
    if v is None and "session_id" in d:
        nl += ("session_id",)
    _set(o, "session_id", v)
    ex = d.keys() - _K_SessionIdResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_SessionIdResponse(o: SessionIdResponse) -> dict[str, Any]:
    """Encode :class:`SessionIdResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and nl is not None and "session_id" in nl:
        d["session_id"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionIdResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionIdResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionIdResponse", "type", "must be an object"
        )
    v: Any
    v = d.get("session_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "session_id", "type", "must be a string")


def structure_ShareSessionRequest(d: Any) -> ShareSessionRequest:
    """Decode a JSON object into :class:`ShareSessionRequest`."""
    o = _new(ShareSessionRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("for_application_id")
    if v is None and "for_application_id" in d:
        nl += ("for_application_id",)
    _set(o, "for_application_id", v)
    v = g("ttl_in_seconds")
    if v is None and "ttl_in_seconds" in d:
        nl += ("ttl_in_seconds",)
    _set(o, "ttl_in_seconds", v)
    ex = d.keys() - _K_ShareSessionRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_ShareSessionRequest(o: ShareSessionRequest) -> dict[str, Any]:
    """Encode :class:`ShareSessionRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.for_application_id
    if v is not None and v is not UNSET:
        d["for_application_id"] = v
    elif v is None and (nl is None or "for_application_id" in nl):
        d["for_application_id"] = None
    v = o.ttl_in_seconds
    if v is not None and v is not UNSET:
        d["ttl_in_seconds"] = v
    elif v is None and nl is not None and "ttl_in_seconds" in nl:
        d["ttl_in_seconds"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_ShareSessionRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid ShareSessionRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "ShareSessionRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_ShareSessionRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of ShareSessionRequest"
        )
    if "for_application_id" not in d:
        raise RequestValidationError(at + "for_application_id", "required", "is required")
    v = d.get("for_application_id")
    if v is None:
        if "for_application_id" in d:
            raise RequestValidationError(at + "for_application_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "for_application_id", "type", "must be a string")
        if not is_uuid(v):
            raise RequestValidationError(
                at + "for_application_id", "format", "must be a valid uuid"
            )
    v = d.get("ttl_in_seconds")
    if v is None:
        if "ttl_in_seconds" in d:
            raise RequestValidationError(at + "ttl_in_seconds", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(at + "ttl_in_seconds", "type", "must be an integer")
        if v < 60:
            raise RequestValidationError(at + "ttl_in_seconds", "min", "must be at least 60")
        if v > 86400:
            raise RequestValidationError(at + "ttl_in_seconds", "max", "must be at most 86400")


def structure_ShareSessionResponse(d: Any) -> ShareSessionResponse:
    """Decode a JSON object into :class:`ShareSessionResponse`."""
    o = _new(ShareSessionResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("share_token")
    if v is None and "share_token" in d:
        nl += ("share_token",)
    _set(o, "share_token", v)
    v = g("expires_at")
    if v is None and "expires_at" in d:
        nl += ("expires_at",)
    _set(o, "expires_at", v)
    v = g("session_id")
    if v is None and "session_id" in d:
        nl += ("session_id",)
    _set(o, "session_id", v)
    ex = d.keys() - _K_ShareSessionResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_ShareSessionResponse(o: ShareSessionResponse) -> dict[str, Any]:
    """Encode :class:`ShareSessionResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.share_token
    if v is not None and v is not UNSET:
        d["share_token"] = v
    elif v is None and (nl is None or "share_token" in nl):
        d["share_token"] = None
    v = o.expires_at
    if v is not None and v is not UNSET:
        d["expires_at"] = v
    elif v is None and nl is not None and "expires_at" in nl:
        d["expires_at"] = None
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and nl is not None and "session_id" in nl:
        d["session_id"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_ShareSessionResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid ShareSessionResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "ShareSessionResponse", "type", "must be an object"
        )
    v: Any
    if "share_token" not in d:
        raise RequestValidationError(at + "share_token", "required", "is required")
    v = d.get("share_token")
    if v is None:
        if "share_token" in d:
            raise RequestValidationError(at + "share_token", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "share_token", "type", "must be a string")
    v = d.get("expires_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "expires_at", "type", "must be a string")
    v = d.get("session_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "session_id", "type", "must be a string")


def structure_ImportSharedSessionRequest(d: Any) -> ImportSharedSessionRequest:
    """Decode a JSON object into :class:`ImportSharedSessionRequest`."""
    o = _new(ImportSharedSessionRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("share_token")
    if v is None and "share_token" in d:
        nl += ("share_token",)
    _set(o, "share_token", v)
    v = g("workflow_id")
    if v is None and "workflow_id" in d:
        nl += ("workflow_id",)
    _set(o, "workflow_id", v)
    v = g("vendor_data")
    if v is None and "vendor_data" in d:
        nl += ("vendor_data",)
    _set(o, "vendor_data", v)
    v = g("trust_review")
    if v is None and "trust_review" in d:
        nl += ("trust_review",)
    _set(o, "trust_review", v)
    ex = d.keys() - _K_ImportSharedSessionRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_ImportSharedSessionRequest(o: ImportSharedSessionRequest) -> dict[str, Any]:
    """Encode :class:`ImportSharedSessionRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.share_token
    if v is not None and v is not UNSET:
        d["share_token"] = v
    elif v is None and (nl is None or "share_token" in nl):
        d["share_token"] = None
    v = o.workflow_id
    if v is not None and v is not UNSET:
        d["workflow_id"] = v
    elif v is None and (nl is None or "workflow_id" in nl):
        d["workflow_id"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and nl is not None and "vendor_data" in nl:
        d["vendor_data"] = None
    v = o.trust_review
    if v is not None and v is not UNSET:
        d["trust_review"] = v
    elif v is None and nl is not None and "trust_review" in nl:
        d["trust_review"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_ImportSharedSessionRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid ImportSharedSessionRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "ImportSharedSessionRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_ImportSharedSessionRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of ImportSharedSessionRequest"
        )
    if "share_token" not in d:
        raise RequestValidationError(at + "share_token", "required", "is required")
    v = d.get("share_token")
    if v is None:
        if "share_token" in d:
            raise RequestValidationError(at + "share_token", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "share_token", "type", "must be a string")
        if len(v) < 1:
            raise RequestValidationError(
                at + "share_token", "min_length", "must have at least 1 characters"
            )
    if "workflow_id" not in d:
        raise RequestValidationError(at + "workflow_id", "required", "is required")
    v = d.get("workflow_id")
    if v is None:
        if "workflow_id" in d:
            raise RequestValidationError(at + "workflow_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "workflow_id", "type", "must be a string")
        if not is_uuid(v):
            raise RequestValidationError(at + "workflow_id", "format", "must be a valid uuid")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "vendor_data", "type", "must be a string")
        if len(v) < 1:
            raise RequestValidationError(
                at + "vendor_data", "min_length", "must have at least 1 characters"
            )
    v = d.get("trust_review")
    if v is None:
        if "trust_review" in d:
            raise RequestValidationError(at + "trust_review", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "trust_review", "type", "must be true or false")


def structure_CreateReviewRequest(d: Any) -> CreateReviewRequest:
    """Decode a JSON object into :class:`CreateReviewRequest`."""
    o = _new(CreateReviewRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("new_status")
    if v is None and "new_status" in d:
        nl += ("new_status",)
    _set(o, "new_status", v)
    v = g("comment")
    if v is None and "comment" in d:
        nl += ("comment",)
    _set(o, "comment", v)
    ex = d.keys() - _K_CreateReviewRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_CreateReviewRequest(o: CreateReviewRequest) -> dict[str, Any]:
    """Encode :class:`CreateReviewRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.new_status
    if v is not None and v is not UNSET:
        d["new_status"] = v
    elif v is None and (nl is None or "new_status" in nl):
        d["new_status"] = None
    v = o.comment
    if v is not None and v is not UNSET:
        d["comment"] = v
    elif v is None and nl is not None and "comment" in nl:
        d["comment"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_CreateReviewRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid CreateReviewRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "CreateReviewRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_CreateReviewRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of CreateReviewRequest"
        )
    if "new_status" not in d:
        raise RequestValidationError(at + "new_status", "required", "is required")
    v = d.get("new_status")
    if v is None:
        if "new_status" in d:
            raise RequestValidationError(at + "new_status", "type", "must not be null")
    else:
        if v not in _E_inline2:
            raise RequestValidationError(
                at + "new_status", "enum", "must be one of: Approved, Declined, In Review"
            )
    v = d.get("comment")
    if v is None:
        if "comment" in d:
            raise RequestValidationError(at + "comment", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "comment", "type", "must be a string")
        if len(v) > 10000:
            raise RequestValidationError(
                at + "comment", "max_length", "must have at most 10000 characters"
            )


def structure_SessionReviewPage(d: Any) -> SessionReviewPage:
    """Decode a JSON object into :class:`SessionReviewPage`."""
    o = _new(SessionReviewPage)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("count")
    if v is None and "count" in d:
        nl += ("count",)
    _set(o, "count", v)
    v = g("next")
    if v is None and "next" in d:
        nl += ("next",)
    _set(o, "next", v)
    v = g("previous")
    if v is None and "previous" in d:
        nl += ("previous",)
    _set(o, "previous", v)
    v = g("results")
    if v is not None:
        v = [structure_SessionReview(x) if x.__class__ is dict else x for x in v]
    elif "results" in d:
        nl += ("results",)
    _set(o, "results", v)
    ex = d.keys() - _K_SessionReviewPage
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_SessionReviewPage(o: SessionReviewPage) -> dict[str, Any]:
    """Encode :class:`SessionReviewPage` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.count
    if v is not None and v is not UNSET:
        d["count"] = v
    elif v is None and nl is not None and "count" in nl:
        d["count"] = None
    v = o.next
    if v is not None and v is not UNSET:
        d["next"] = v
    elif v is None and nl is not None and "next" in nl:
        d["next"] = None
    v = o.previous
    if v is not None and v is not UNSET:
        d["previous"] = v
    elif v is None and nl is not None and "previous" in nl:
        d["previous"] = None
    v = o.results
    if v is not None and v is not UNSET:
        d["results"] = [
            unstructure_SessionReview(x) if isinstance(x, SessionReview) else x for x in v
        ]
    elif v is None and (nl is None or "results" in nl):
        d["results"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionReviewPage(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionReviewPage."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionReviewPage", "type", "must be an object"
        )
    v: Any
    v = d.get("count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "count", "type", "must be an integer")
    v = d.get("next")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "next", "type", "must be a string")
    v = d.get("previous")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "previous", "type", "must be a string")
    if "results" not in d:
        raise RequestValidationError(at + "results", "required", "is required")
    v = d.get("results")
    if v is None:
        if "results" in d:
            raise RequestValidationError(at + "results", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(at + "results", "type", "must be a list")
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(at + "results", "type", "must not contain null")
            validate_SessionReview(x0, at + "results" + "[" + str(i0) + "]" + ".")


def structure_SessionEvent(d: Any) -> SessionEvent:
    """Decode a JSON object into :class:`SessionEvent`."""
    o = _new(SessionEvent)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("uuid")
    if v is None and "uuid" in d:
        nl += ("uuid",)
    _set(o, "uuid", v)
    v = g("id")
    if v is None and "id" in d:
        nl += ("id",)
    _set(o, "id", v)
    v = g("event_type")
    if v is None and "event_type" in d:
        nl += ("event_type",)
    _set(o, "event_type", v)
    v = g("type")
    if v is None and "type" in d:
        nl += ("type",)
    _set(o, "type", v)
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("feature")
    if v is None and "feature" in d:
        nl += ("feature",)
    _set(o, "feature", v)
    v = g("status")
    if v is None and "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("data")
    if v is None and "data" in d:
        nl += ("data",)
    _set(o, "data", v)
    v = g("created_at")
    if v is None and "created_at" in d:
        nl += ("created_at",)
    _set(o, "created_at", v)
    ex = d.keys() - _K_SessionEvent
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_SessionEvent(o: SessionEvent) -> dict[str, Any]:
    """Encode :class:`SessionEvent` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.uuid
    if v is not None and v is not UNSET:
        d["uuid"] = v
    elif v is None and nl is not None and "uuid" in nl:
        d["uuid"] = None
    v = o.id
    if v is not None and v is not UNSET:
        d["id"] = v
    elif v is None and nl is not None and "id" in nl:
        d["id"] = None
    v = o.event_type
    if v is not None and v is not UNSET:
        d["event_type"] = v
    elif v is None and nl is not None and "event_type" in nl:
        d["event_type"] = None
    v = o.type
    if v is not None and v is not UNSET:
        d["type"] = v
    elif v is None and nl is not None and "type" in nl:
        d["type"] = None
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    v = o.feature
    if v is not None and v is not UNSET:
        d["feature"] = v
    elif v is None and nl is not None and "feature" in nl:
        d["feature"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.data
    if v is not None and v is not UNSET:
        d["data"] = dict(v)
    elif v is None and nl is not None and "data" in nl:
        d["data"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and nl is not None and "created_at" in nl:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionEvent(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionEvent."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "SessionEvent", "type", "must be an object")
    v: Any
    v = d.get("uuid")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "uuid", "type", "must be a string")
    v = d.get("id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "id", "type", "must be a string")
    v = d.get("event_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "event_type", "type", "must be a string")
    v = d.get("type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "type", "type", "must be a string")
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "node_id", "type", "must be a string")
    v = d.get("feature")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "feature", "type", "must be a string")
    v = d.get("status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "status", "type", "must be a string")
    v = d.get("data")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(at + "data", "type", "must be an object")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "created_at", "type", "must be a string")


def structure_SessionEventPage(d: Any) -> SessionEventPage:
    """Decode a JSON object into :class:`SessionEventPage`."""
    o = _new(SessionEventPage)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("count")
    if v is None and "count" in d:
        nl += ("count",)
    _set(o, "count", v)
    v = g("next")
    if v is None and "next" in d:
        nl += ("next",)
    _set(o, "next", v)
    v = g("previous")
    if v is None and "previous" in d:
        nl += ("previous",)
    _set(o, "previous", v)
    v = g("results")
    if v is not None:
        v = [structure_SessionEvent(x) if x.__class__ is dict else x for x in v]
    elif "results" in d:
        nl += ("results",)
    _set(o, "results", v)
    ex = d.keys() - _K_SessionEventPage
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_SessionEventPage(o: SessionEventPage) -> dict[str, Any]:
    """Encode :class:`SessionEventPage` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.count
    if v is not None and v is not UNSET:
        d["count"] = v
    elif v is None and nl is not None and "count" in nl:
        d["count"] = None
    v = o.next
    if v is not None and v is not UNSET:
        d["next"] = v
    elif v is None and nl is not None and "next" in nl:
        d["next"] = None
    v = o.previous
    if v is not None and v is not UNSET:
        d["previous"] = v
    elif v is None and nl is not None and "previous" in nl:
        d["previous"] = None
    v = o.results
    if v is not None and v is not UNSET:
        d["results"] = [
            unstructure_SessionEvent(x) if isinstance(x, SessionEvent) else x for x in v
        ]
    elif v is None and (nl is None or "results" in nl):
        d["results"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_SessionEventPage(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid SessionEventPage."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "SessionEventPage", "type", "must be an object"
        )
    v: Any
    v = d.get("count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "count", "type", "must be an integer")
    v = d.get("next")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "next", "type", "must be a string")
    v = d.get("previous")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "previous", "type", "must be a string")
    if "results" not in d:
        raise RequestValidationError(at + "results", "required", "is required")
    v = d.get("results")
    if v is None:
        if "results" in d:
            raise RequestValidationError(at + "results", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(at + "results", "type", "must be a list")
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(at + "results", "type", "must not contain null")
            validate_SessionEvent(x0, at + "results" + "[" + str(i0) + "]" + ".")


def structure_UpdateAmlHitStatusRequest(d: Any) -> UpdateAmlHitStatusRequest:
    """Decode a JSON object into :class:`UpdateAmlHitStatusRequest`."""
    o = _new(UpdateAmlHitStatusRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("hit_id")
    if v is None and "hit_id" in d:
        nl += ("hit_id",)
    _set(o, "hit_id", v)
    v = g("review_status")
    if v is not None:
        v = _M_AmlHitReviewStatus.get(v, v)
    elif "review_status" in d:
        nl += ("review_status",)
    _set(o, "review_status", v)
    ex = d.keys() - _K_UpdateAmlHitStatusRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_UpdateAmlHitStatusRequest(o: UpdateAmlHitStatusRequest) -> dict[str, Any]:
    """Encode :class:`UpdateAmlHitStatusRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.hit_id
    if v is not None and v is not UNSET:
        d["hit_id"] = v
    elif v is None and (nl is None or "hit_id" in nl):
        d["hit_id"] = None
    v = o.review_status
    if v is not None and v is not UNSET:
        d["review_status"] = str(v)
    elif v is None and (nl is None or "review_status" in nl):
        d["review_status"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UpdateAmlHitStatusRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UpdateAmlHitStatusRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UpdateAmlHitStatusRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_UpdateAmlHitStatusRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of UpdateAmlHitStatusRequest"
        )
    if "hit_id" not in d:
        raise RequestValidationError(at + "hit_id", "required", "is required")
    v = d.get("hit_id")
    if v is None:
        if "hit_id" in d:
            raise RequestValidationError(at + "hit_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "hit_id", "type", "must be a string")
        if len(v) < 1:
            raise RequestValidationError(
                at + "hit_id", "min_length", "must have at least 1 characters"
            )
    if "review_status" not in d:
        raise RequestValidationError(at + "review_status", "required", "is required")
    v = d.get("review_status")
    if v is None:
        if "review_status" in d:
            raise RequestValidationError(at + "review_status", "type", "must not be null")
    else:
        if v not in _E_AmlHitReviewStatus:
            raise RequestValidationError(
                at + "review_status",
                "enum",
                "must be one of: Unreviewed, Confirmed Match, False Positive, Inconclusive",
            )


def structure_UpdateAmlHitStatusResponse(d: Any) -> UpdateAmlHitStatusResponse:
    """Decode a JSON object into :class:`UpdateAmlHitStatusResponse`."""
    o = _new(UpdateAmlHitStatusResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("message")
    if v is None and "message" in d:
        nl += ("message",)
    _set(o, "message", v)
    v = g("hit_id")
    if v is None and "hit_id" in d:
        nl += ("hit_id",)
    _set(o, "hit_id", v)
    v = g("review_status")
    if v is None and "review_status" in d:
        nl += ("review_status",)
    _set(o, "review_status", v)
    ex = d.keys() - _K_UpdateAmlHitStatusResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_UpdateAmlHitStatusResponse(o: UpdateAmlHitStatusResponse) -> dict[str, Any]:
    """Encode :class:`UpdateAmlHitStatusResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.message
    if v is not None and v is not UNSET:
        d["message"] = v
    elif v is None and nl is not None and "message" in nl:
        d["message"] = None
    v = o.hit_id
    if v is not None and v is not UNSET:
        d["hit_id"] = v
    elif v is None and nl is not None and "hit_id" in nl:
        d["hit_id"] = None
    v = o.review_status
    if v is not None and v is not UNSET:
        d["review_status"] = v
    elif v is None and nl is not None and "review_status" in nl:
        d["review_status"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UpdateAmlHitStatusResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UpdateAmlHitStatusResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UpdateAmlHitStatusResponse", "type", "must be an object"
        )
    v: Any
    v = d.get("message")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "message", "type", "must be a string")
    v = d.get("hit_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "hit_id", "type", "must be a string")
    v = d.get("review_status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "review_status", "type", "must be a string")


def structure_UpdateFeatureStatusRequest(d: Any) -> UpdateFeatureStatusRequest:
    """Decode a JSON object into :class:`UpdateFeatureStatusRequest`."""
    o = _new(UpdateFeatureStatusRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("new_status")
    if v is None and "new_status" in d:
        nl += ("new_status",)
    _set(o, "new_status", v)
    v = g("comment")
    if v is None and "comment" in d:
        nl += ("comment",)
    _set(o, "comment", v)
    ex = d.keys() - _K_UpdateFeatureStatusRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_UpdateFeatureStatusRequest(o: UpdateFeatureStatusRequest) -> dict[str, Any]:
    """Encode :class:`UpdateFeatureStatusRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.new_status
    if v is not None and v is not UNSET:
        d["new_status"] = v
    elif v is None and (nl is None or "new_status" in nl):
        d["new_status"] = None
    v = o.comment
    if v is not None and v is not UNSET:
        d["comment"] = v
    elif v is None and nl is not None and "comment" in nl:
        d["comment"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UpdateFeatureStatusRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UpdateFeatureStatusRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UpdateFeatureStatusRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_UpdateFeatureStatusRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of UpdateFeatureStatusRequest"
        )
    if "new_status" not in d:
        raise RequestValidationError(at + "new_status", "required", "is required")
    v = d.get("new_status")
    if v is None:
        if "new_status" in d:
            raise RequestValidationError(at + "new_status", "type", "must not be null")
    else:
        if v not in _E_inline2:
            raise RequestValidationError(
                at + "new_status", "enum", "must be one of: Approved, Declined, In Review"
            )
    v = d.get("comment")
    if v is None:
        if "comment" in d:
            raise RequestValidationError(at + "comment", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "comment", "type", "must be a string")


def structure_UpdateFeatureStatusResponse(d: Any) -> UpdateFeatureStatusResponse:
    """Decode a JSON object into :class:`UpdateFeatureStatusResponse`."""
    o = _new(UpdateFeatureStatusResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("session_id")
    if v is None and "session_id" in d:
        nl += ("session_id",)
    _set(o, "session_id", v)
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("feature_type")
    if v is None and "feature_type" in d:
        nl += ("feature_type",)
    _set(o, "feature_type", v)
    v = g("new_status")
    if v is None and "new_status" in d:
        nl += ("new_status",)
    _set(o, "new_status", v)
    ex = d.keys() - _K_UpdateFeatureStatusResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_UpdateFeatureStatusResponse(o: UpdateFeatureStatusResponse) -> dict[str, Any]:
    """Encode :class:`UpdateFeatureStatusResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and nl is not None and "session_id" in nl:
        d["session_id"] = None
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    v = o.feature_type
    if v is not None and v is not UNSET:
        d["feature_type"] = v
    elif v is None and nl is not None and "feature_type" in nl:
        d["feature_type"] = None
    v = o.new_status
    if v is not None and v is not UNSET:
        d["new_status"] = v
    elif v is None and nl is not None and "new_status" in nl:
        d["new_status"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UpdateFeatureStatusResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UpdateFeatureStatusResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UpdateFeatureStatusResponse", "type", "must be an object"
        )
    v: Any
    v = d.get("session_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "session_id", "type", "must be a string")
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "node_id", "type", "must be a string")
    v = d.get("feature_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "feature_type", "type", "must be a string")
    v = d.get("new_status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "new_status", "type", "must be a string")


def structure_UpdateSessionDataRequest(d: Any) -> UpdateSessionDataRequest:
    """Decode a JSON object into :class:`UpdateSessionDataRequest`."""
    o = _new(UpdateSessionDataRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("first_name")
    if v is None and "first_name" in d:
        nl += ("first_name",)
    _set(o, "first_name", v)
    v = g("last_name")
    if v is None and "last_name" in d:
        nl += ("last_name",)
    _set(o, "last_name", v)
    v = g("full_name")
    if v is None and "full_name" in d:
        nl += ("full_name",)
    _set(o, "full_name", v)
    v = g("date_of_birth")
    if v is None and "date_of_birth" in d:
        nl += ("date_of_birth",)
    _set(o, "date_of_birth", v)
    v = g("gender")
    if v is None and "gender" in d:
        nl += ("gender",)
    _set(o, "gender", v)
    v = g("nationality")
    if v is None and "nationality" in d:
        nl += ("nationality",)
    _set(o, "nationality", v)
    v = g("document_type")
    if v is None and "document_type" in d:
        nl += ("document_type",)
    _set(o, "document_type", v)
    v = g("document_number")
    if v is None and "document_number" in d:
        nl += ("document_number",)
    _set(o, "document_number", v)
    v = g("personal_number")
    if v is None and "personal_number" in d:
        nl += ("personal_number",)
    _set(o, "personal_number", v)
    v = g("issuing_state")
    if v is None and "issuing_state" in d:
        nl += ("issuing_state",)
    _set(o, "issuing_state", v)
    v = g("expiration_date")
    if v is None and "expiration_date" in d:
        nl += ("expiration_date",)
    _set(o, "expiration_date", v)
    v = g("date_of_issue")
    if v is None and "date_of_issue" in d:
        nl += ("date_of_issue",)
    _set(o, "date_of_issue", v)
    v = g("address")
    if v is None and "address" in d:
        nl += ("address",)
    _set(o, "address", v)
    v = g("place_of_birth")
    if v is None and "place_of_birth" in d:
        nl += ("place_of_birth",)
    _set(o, "place_of_birth", v)
    ex = d.keys() - _K_UpdateSessionDataRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_UpdateSessionDataRequest(o: UpdateSessionDataRequest) -> dict[str, Any]:
    """Encode :class:`UpdateSessionDataRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    v = o.first_name
    if v is not None and v is not UNSET:
        d["first_name"] = v
    elif v is None and nl is not None and "first_name" in nl:
        d["first_name"] = None
    v = o.last_name
    if v is not None and v is not UNSET:
        d["last_name"] = v
    elif v is None and nl is not None and "last_name" in nl:
        d["last_name"] = None
    v = o.full_name
    if v is not None and v is not UNSET:
        d["full_name"] = v
    elif v is None and nl is not None and "full_name" in nl:
        d["full_name"] = None
    v = o.date_of_birth
    if v is not None and v is not UNSET:
        d["date_of_birth"] = v
    elif v is None and nl is not None and "date_of_birth" in nl:
        d["date_of_birth"] = None
    v = o.gender
    if v is not None and v is not UNSET:
        d["gender"] = v
    elif v is None and nl is not None and "gender" in nl:
        d["gender"] = None
    v = o.nationality
    if v is not None and v is not UNSET:
        d["nationality"] = v
    elif v is None and nl is not None and "nationality" in nl:
        d["nationality"] = None
    v = o.document_type
    if v is not None and v is not UNSET:
        d["document_type"] = v
    elif v is None and nl is not None and "document_type" in nl:
        d["document_type"] = None
    v = o.document_number
    if v is not None and v is not UNSET:
        d["document_number"] = v
    elif v is None and nl is not None and "document_number" in nl:
        d["document_number"] = None
    v = o.personal_number
    if v is not None and v is not UNSET:
        d["personal_number"] = v
    elif v is None and nl is not None and "personal_number" in nl:
        d["personal_number"] = None
    v = o.issuing_state
    if v is not None and v is not UNSET:
        d["issuing_state"] = v
    elif v is None and nl is not None and "issuing_state" in nl:
        d["issuing_state"] = None
    v = o.expiration_date
    if v is not None and v is not UNSET:
        d["expiration_date"] = v
    elif v is None and nl is not None and "expiration_date" in nl:
        d["expiration_date"] = None
    v = o.date_of_issue
    if v is not None and v is not UNSET:
        d["date_of_issue"] = v
    elif v is None and nl is not None and "date_of_issue" in nl:
        d["date_of_issue"] = None
    v = o.address
    if v is not None and v is not UNSET:
        d["address"] = v
    elif v is None and nl is not None and "address" in nl:
        d["address"] = None
    v = o.place_of_birth
    if v is not None and v is not UNSET:
        d["place_of_birth"] = v
    elif v is None and nl is not None and "place_of_birth" in nl:
        d["place_of_birth"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UpdateSessionDataRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UpdateSessionDataRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UpdateSessionDataRequest", "type", "must be an object"
        )
    v: Any
    v = d.get("node_id")
    if v is None:
        if "node_id" in d:
            raise RequestValidationError(at + "node_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "node_id", "type", "must be a string")
    v = d.get("first_name")
    if v is None:
        if "first_name" in d:
            raise RequestValidationError(at + "first_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "first_name", "type", "must be a string")
    v = d.get("last_name")
    if v is None:
        if "last_name" in d:
            raise RequestValidationError(at + "last_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "last_name", "type", "must be a string")
    v = d.get("full_name")
    if v is None:
        if "full_name" in d:
            raise RequestValidationError(at + "full_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "full_name", "type", "must be a string")
    v = d.get("date_of_birth")
    if v is None:
        if "date_of_birth" in d:
            raise RequestValidationError(at + "date_of_birth", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "date_of_birth", "type", "must be a string")
        if not is_date(v):
            raise RequestValidationError(at + "date_of_birth", "format", "must be a valid date")
    v = d.get("gender")
    if v is None:
        if "gender" in d:
            raise RequestValidationError(at + "gender", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "gender", "type", "must be a string")
    v = d.get("nationality")
    if v is None:
        if "nationality" in d:
            raise RequestValidationError(at + "nationality", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "nationality", "type", "must be a string")
    v = d.get("document_type")
    if v is None:
        if "document_type" in d:
            raise RequestValidationError(at + "document_type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "document_type", "type", "must be a string")
    v = d.get("document_number")
    if v is None:
        if "document_number" in d:
            raise RequestValidationError(at + "document_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "document_number", "type", "must be a string")
    v = d.get("personal_number")
    if v is None:
        if "personal_number" in d:
            raise RequestValidationError(at + "personal_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "personal_number", "type", "must be a string")
    v = d.get("issuing_state")
    if v is None:
        if "issuing_state" in d:
            raise RequestValidationError(at + "issuing_state", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "issuing_state", "type", "must be a string")
    v = d.get("expiration_date")
    if v is None:
        if "expiration_date" in d:
            raise RequestValidationError(at + "expiration_date", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "expiration_date", "type", "must be a string")
        if not is_date(v):
            raise RequestValidationError(at + "expiration_date", "format", "must be a valid date")
    v = d.get("date_of_issue")
    if v is None:
        if "date_of_issue" in d:
            raise RequestValidationError(at + "date_of_issue", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "date_of_issue", "type", "must be a string")
        if not is_date(v):
            raise RequestValidationError(at + "date_of_issue", "format", "must be a valid date")
    v = d.get("address")
    if v is None:
        if "address" in d:
            raise RequestValidationError(at + "address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "address", "type", "must be a string")
    v = d.get("place_of_birth")
    if v is None:
        if "place_of_birth" in d:
            raise RequestValidationError(at + "place_of_birth", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "place_of_birth", "type", "must be a string")


def structure_UpdatePoaDataRequest(d: Any) -> UpdatePoaDataRequest:
    """Decode a JSON object into :class:`UpdatePoaDataRequest`."""
    o = _new(UpdatePoaDataRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    v = g("poa_address")
    if v is None and "poa_address" in d:
        nl += ("poa_address",)
    _set(o, "poa_address", v)
    v = g("issuer")
    if v is None and "issuer" in d:
        nl += ("issuer",)
    _set(o, "issuer", v)
    v = g("issue_date")
    if v is None and "issue_date" in d:
        nl += ("issue_date",)
    _set(o, "issue_date", v)
    v = g("document_type")
    if v is None and "document_type" in d:
        nl += ("document_type",)
    _set(o, "document_type", v)
    v = g("name_on_document")
    if v is None and "name_on_document" in d:
        nl += ("name_on_document",)
    _set(o, "name_on_document", v)
    ex = d.keys() - _K_UpdatePoaDataRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_UpdatePoaDataRequest(o: UpdatePoaDataRequest) -> dict[str, Any]:
    """Encode :class:`UpdatePoaDataRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    v = o.poa_address
    if v is not None and v is not UNSET:
        d["poa_address"] = v
    elif v is None and nl is not None and "poa_address" in nl:
        d["poa_address"] = None
    v = o.issuer
    if v is not None and v is not UNSET:
        d["issuer"] = v
    elif v is None and nl is not None and "issuer" in nl:
        d["issuer"] = None
    v = o.issue_date
    if v is not None and v is not UNSET:
        d["issue_date"] = v
    elif v is None and nl is not None and "issue_date" in nl:
        d["issue_date"] = None
    v = o.document_type
    if v is not None and v is not UNSET:
        d["document_type"] = v
    elif v is None and nl is not None and "document_type" in nl:
        d["document_type"] = None
    v = o.name_on_document
    if v is not None and v is not UNSET:
        d["name_on_document"] = v
    elif v is None and nl is not None and "name_on_document" in nl:
        d["name_on_document"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UpdatePoaDataRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UpdatePoaDataRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UpdatePoaDataRequest", "type", "must be an object"
        )
    v: Any
    v = d.get("node_id")
    if v is None:
        if "node_id" in d:
            raise RequestValidationError(at + "node_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "node_id", "type", "must be a string")
    v = d.get("poa_address")
    if v is None:
        if "poa_address" in d:
            raise RequestValidationError(at + "poa_address", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "poa_address", "type", "must be a string")
    v = d.get("issuer")
    if v is None:
        if "issuer" in d:
            raise RequestValidationError(at + "issuer", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "issuer", "type", "must be a string")
    v = d.get("issue_date")
    if v is None:
        if "issue_date" in d:
            raise RequestValidationError(at + "issue_date", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "issue_date", "type", "must be a string")
        if not is_date(v):
            raise RequestValidationError(at + "issue_date", "format", "must be a valid date")
    v = d.get("document_type")
    if v is None:
        if "document_type" in d:
            raise RequestValidationError(at + "document_type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "document_type", "type", "must be a string")
    v = d.get("name_on_document")
    if v is None:
        if "name_on_document" in d:
            raise RequestValidationError(at + "name_on_document", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "name_on_document", "type", "must be a string")


def structure_UpdateSessionDataResponse(d: Any) -> UpdateSessionDataResponse:
    """Decode a JSON object into :class:`UpdateSessionDataResponse`."""
    o = _new(UpdateSessionDataResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("session_id")
    if v is None and "session_id" in d:
        nl += ("session_id",)
    _set(o, "session_id", v)
    v = g("message")
    if v is None and "message" in d:
        nl += ("message",)
    _set(o, "message", v)
    v = g("node_id")
    if v is None and "node_id" in d:
        nl += ("node_id",)
    _set(o, "node_id", v)
    ex = d.keys() - _K_UpdateSessionDataResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_UpdateSessionDataResponse(o: UpdateSessionDataResponse) -> dict[str, Any]:
    """Encode :class:`UpdateSessionDataResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and nl is not None and "session_id" in nl:
        d["session_id"] = None
    v = o.message
    if v is not None and v is not UNSET:
        d["message"] = v
    elif v is None and nl is not None and "message" in nl:
        d["message"] = None
    v = o.node_id
    if v is not None and v is not UNSET:
        d["node_id"] = v
    elif v is None and nl is not None and "node_id" in nl:
        d["node_id"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UpdateSessionDataResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UpdateSessionDataResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UpdateSessionDataResponse", "type", "must be an object"
        )
    v: Any
    v = d.get("session_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "session_id", "type", "must be a string")
    v = d.get("message")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "message", "type", "must be a string")
    v = d.get("node_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "node_id", "type", "must be a string")


def structure_BlocklistAddRequest(d: Any) -> BlocklistAddRequest:
    """Decode a JSON object into :class:`BlocklistAddRequest`."""
    o = _new(BlocklistAddRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("session_id")
    if v is None and "session_id" in d:
        nl += ("session_id",)
    _set(o, "session_id", v)
    v = g("blocklist_face")
    if v is None and "blocklist_face" in d:
        nl += ("blocklist_face",)
    _set(o, "blocklist_face", v)
    v = g("blocklist_document")
    if v is None and "blocklist_document" in d:
        nl += ("blocklist_document",)
    _set(o, "blocklist_document", v)
    v = g("blocklist_phone")
    if v is None and "blocklist_phone" in d:
        nl += ("blocklist_phone",)
    _set(o, "blocklist_phone", v)
    v = g("blocklist_email")
    if v is None and "blocklist_email" in d:
        nl += ("blocklist_email",)
    _set(o, "blocklist_email", v)
    ex = d.keys() - _K_BlocklistAddRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_BlocklistAddRequest(o: BlocklistAddRequest) -> dict[str, Any]:
    """Encode :class:`BlocklistAddRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and (nl is None or "session_id" in nl):
        d["session_id"] = None
    v = o.blocklist_face
    if v is not None and v is not UNSET:
        d["blocklist_face"] = v
    elif v is None and nl is not None and "blocklist_face" in nl:
        d["blocklist_face"] = None
    v = o.blocklist_document
    if v is not None and v is not UNSET:
        d["blocklist_document"] = v
    elif v is None and nl is not None and "blocklist_document" in nl:
        d["blocklist_document"] = None
    v = o.blocklist_phone
    if v is not None and v is not UNSET:
        d["blocklist_phone"] = v
    elif v is None and nl is not None and "blocklist_phone" in nl:
        d["blocklist_phone"] = None
    v = o.blocklist_email
    if v is not None and v is not UNSET:
        d["blocklist_email"] = v
    elif v is None and nl is not None and "blocklist_email" in nl:
        d["blocklist_email"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BlocklistAddRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BlocklistAddRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "BlocklistAddRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_BlocklistAddRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of BlocklistAddRequest"
        )
    if "session_id" not in d:
        raise RequestValidationError(at + "session_id", "required", "is required")
    v = d.get("session_id")
    if v is None:
        if "session_id" in d:
            raise RequestValidationError(at + "session_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "session_id", "type", "must be a string")
        if not is_uuid(v):
            raise RequestValidationError(at + "session_id", "format", "must be a valid uuid")
    v = d.get("blocklist_face")
    if v is None:
        if "blocklist_face" in d:
            raise RequestValidationError(at + "blocklist_face", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "blocklist_face", "type", "must be true or false")
    v = d.get("blocklist_document")
    if v is None:
        if "blocklist_document" in d:
            raise RequestValidationError(at + "blocklist_document", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "blocklist_document", "type", "must be true or false")
    v = d.get("blocklist_phone")
    if v is None:
        if "blocklist_phone" in d:
            raise RequestValidationError(at + "blocklist_phone", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "blocklist_phone", "type", "must be true or false")
    v = d.get("blocklist_email")
    if v is None:
        if "blocklist_email" in d:
            raise RequestValidationError(at + "blocklist_email", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "blocklist_email", "type", "must be true or false")


def structure_BlocklistRemoveRequest(d: Any) -> BlocklistRemoveRequest:
    """Decode a JSON object into :class:`BlocklistRemoveRequest`."""
    o = _new(BlocklistRemoveRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("session_id")
    if v is None and "session_id" in d:
        nl += ("session_id",)
    _set(o, "session_id", v)
    v = g("unblock_face")
    if v is None and "unblock_face" in d:
        nl += ("unblock_face",)
    _set(o, "unblock_face", v)
    v = g("unblock_document")
    if v is None and "unblock_document" in d:
        nl += ("unblock_document",)
    _set(o, "unblock_document", v)
    v = g("unblock_phone")
    if v is None and "unblock_phone" in d:
        nl += ("unblock_phone",)
    _set(o, "unblock_phone", v)
    v = g("unblock_email")
    if v is None and "unblock_email" in d:
        nl += ("unblock_email",)
    _set(o, "unblock_email", v)
    ex = d.keys() - _K_BlocklistRemoveRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_BlocklistRemoveRequest(o: BlocklistRemoveRequest) -> dict[str, Any]:
    """Encode :class:`BlocklistRemoveRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and (nl is None or "session_id" in nl):
        d["session_id"] = None
    v = o.unblock_face
    if v is not None and v is not UNSET:
        d["unblock_face"] = v
    elif v is None and nl is not None and "unblock_face" in nl:
        d["unblock_face"] = None
    v = o.unblock_document
    if v is not None and v is not UNSET:
        d["unblock_document"] = v
    elif v is None and nl is not None and "unblock_document" in nl:
        d["unblock_document"] = None
    v = o.unblock_phone
    if v is not None and v is not UNSET:
        d["unblock_phone"] = v
    elif v is None and nl is not None and "unblock_phone" in nl:
        d["unblock_phone"] = None
    v = o.unblock_email
    if v is not None and v is not UNSET:
        d["unblock_email"] = v
    elif v is None and nl is not None and "unblock_email" in nl:
        d["unblock_email"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BlocklistRemoveRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BlocklistRemoveRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "BlocklistRemoveRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_BlocklistRemoveRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of BlocklistRemoveRequest"
        )
    if "session_id" not in d:
        raise RequestValidationError(at + "session_id", "required", "is required")
    v = d.get("session_id")
    if v is None:
        if "session_id" in d:
            raise RequestValidationError(at + "session_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "session_id", "type", "must be a string")
        if not is_uuid(v):
            raise RequestValidationError(at + "session_id", "format", "must be a valid uuid")
    v = d.get("unblock_face")
    if v is None:
        if "unblock_face" in d:
            raise RequestValidationError(at + "unblock_face", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "unblock_face", "type", "must be true or false")
    v = d.get("unblock_document")
    if v is None:
        if "unblock_document" in d:
            raise RequestValidationError(at + "unblock_document", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "unblock_document", "type", "must be true or false")
    v = d.get("unblock_phone")
    if v is None:
        if "unblock_phone" in d:
            raise RequestValidationError(at + "unblock_phone", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "unblock_phone", "type", "must be true or false")
    v = d.get("unblock_email")
    if v is None:
        if "unblock_email" in d:
            raise RequestValidationError(at + "unblock_email", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "unblock_email", "type", "must be true or false")


def structure_MessageResponse(d: Any) -> MessageResponse:
    """Decode a JSON object into :class:`MessageResponse`."""
    o = _new(MessageResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("message")
    if v is None and "message" in d:
        nl += ("message",)
    _set(o, "message", v)
    ex = d.keys() - _K_MessageResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_MessageResponse(o: MessageResponse) -> dict[str, Any]:
    """Encode :class:`MessageResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.message
    if v is not None and v is not UNSET:
        d["message"] = v
    elif v is None and nl is not None and "message" in nl:
        d["message"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_MessageResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid MessageResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "MessageResponse", "type", "must be an object"
        )
    v: Any
    v = d.get("message")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "message", "type", "must be a string")


def structure_BlocklistEntry(d: Any) -> BlocklistEntry:
    """Decode a JSON object into :class:`BlocklistEntry`."""
    o = _new(BlocklistEntry)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("type")
    if v is None and "type" in d:
        nl += ("type",)
    _set(o, "type", v)
    v = g("session_id")
    if v is None and "session_id" in d:
        nl += ("session_id",)
    _set(o, "session_id", v)
    v = g("session_number")
    if v is None and "session_number" in d:
        nl += ("session_number",)
    _set(o, "session_number", v)
    v = g("blocklisted_at")
    if v is None and "blocklisted_at" in d:
        nl += ("blocklisted_at",)
    _set(o, "blocklisted_at", v)
    v = g("face_image")
    if v is None and "face_image" in d:
        nl += ("face_image",)
    _set(o, "face_image", v)
    v = g("document_type")
    if v is None and "document_type" in d:
        nl += ("document_type",)
    _set(o, "document_type", v)
    v = g("document_number")
    if v is None and "document_number" in d:
        nl += ("document_number",)
    _set(o, "document_number", v)
    v = g("front_image")
    if v is None and "front_image" in d:
        nl += ("front_image",)
    _set(o, "front_image", v)
    v = g("phone_number")
    if v is None and "phone_number" in d:
        nl += ("phone_number",)
    _set(o, "phone_number", v)
    v = g("country_code")
    if v is None and "country_code" in d:
        nl += ("country_code",)
    _set(o, "country_code", v)
    v = g("email")
    if v is None and "email" in d:
        nl += ("email",)
    _set(o, "email", v)
    ex = d.keys() - _K_BlocklistEntry
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_BlocklistEntry(o: BlocklistEntry) -> dict[str, Any]:
    """Encode :class:`BlocklistEntry` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.type
    if v is not None and v is not UNSET:
        d["type"] = v
    elif v is None and nl is not None and "type" in nl:
        d["type"] = None
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and nl is not None and "session_id" in nl:
        d["session_id"] = None
    v = o.session_number
    if v is not None and v is not UNSET:
        d["session_number"] = v
    elif v is None and nl is not None and "session_number" in nl:
        d["session_number"] = None
    v = o.blocklisted_at
    if v is not None and v is not UNSET:
        d["blocklisted_at"] = v
    elif v is None and nl is not None and "blocklisted_at" in nl:
        d["blocklisted_at"] = None
    v = o.face_image
    if v is not None and v is not UNSET:
        d["face_image"] = v
    elif v is None and nl is not None and "face_image" in nl:
        d["face_image"] = None
    v = o.document_type
    if v is not None and v is not UNSET:
        d["document_type"] = v
    elif v is None and nl is not None and "document_type" in nl:
        d["document_type"] = None
    v = o.document_number
    if v is not None and v is not UNSET:
        d["document_number"] = v
    elif v is None and nl is not None and "document_number" in nl:
        d["document_number"] = None
    v = o.front_image
    if v is not None and v is not UNSET:
        d["front_image"] = v
    elif v is None and nl is not None and "front_image" in nl:
        d["front_image"] = None
    v = o.phone_number
    if v is not None and v is not UNSET:
        d["phone_number"] = v
    elif v is None and nl is not None and "phone_number" in nl:
        d["phone_number"] = None
    v = o.country_code
    if v is not None and v is not UNSET:
        d["country_code"] = v
    elif v is None and nl is not None and "country_code" in nl:
        d["country_code"] = None
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = v
    elif v is None and nl is not None and "email" in nl:
        d["email"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BlocklistEntry(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BlocklistEntry."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "BlocklistEntry", "type", "must be an object"
        )
    v: Any
    v = d.get("type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "type", "type", "must be a string")
    v = d.get("session_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "session_id", "type", "must be a string")
    v = d.get("session_number")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "session_number", "type", "must be an integer")
    v = d.get("blocklisted_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "blocklisted_at", "type", "must be a string")
    v = d.get("face_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "face_image", "type", "must be a string")
    v = d.get("document_type")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "document_type", "type", "must be a string")
    v = d.get("document_number")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "document_number", "type", "must be a string")
    v = d.get("front_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "front_image", "type", "must be a string")
    v = d.get("phone_number")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "phone_number", "type", "must be a string")
    v = d.get("country_code")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "country_code", "type", "must be a string")
    v = d.get("email")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "email", "type", "must be a string")


def structure_BlocklistPage(d: Any) -> BlocklistPage:
    """Decode a JSON object into :class:`BlocklistPage`."""
    o = _new(BlocklistPage)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("count")
    if v is None and "count" in d:
        nl += ("count",)
    _set(o, "count", v)
    v = g("next")
    if v is None and "next" in d:
        nl += ("next",)
    _set(o, "next", v)
    v = g("previous")
    if v is None and "previous" in d:
        nl += ("previous",)
    _set(o, "previous", v)
    v = g("results")
    if v is not None:
        v = [structure_BlocklistEntry(x) if x.__class__ is dict else x for x in v]
    elif "results" in d:
        nl += ("results",)
    _set(o, "results", v)
    ex = d.keys() - _K_BlocklistPage
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_BlocklistPage(o: BlocklistPage) -> dict[str, Any]:
    """Encode :class:`BlocklistPage` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.count
    if v is not None and v is not UNSET:
        d["count"] = v
    elif v is None and nl is not None and "count" in nl:
        d["count"] = None
    v = o.next
    if v is not None and v is not UNSET:
        d["next"] = v
    elif v is None and nl is not None and "next" in nl:
        d["next"] = None
    v = o.previous
    if v is not None and v is not UNSET:
        d["previous"] = v
    elif v is None and nl is not None and "previous" in nl:
        d["previous"] = None
    v = o.results
    if v is not None and v is not UNSET:
        d["results"] = [
            unstructure_BlocklistEntry(x) if isinstance(x, BlocklistEntry) else x for x in v
        ]
    elif v is None and (nl is None or "results" in nl):
        d["results"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BlocklistPage(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BlocklistPage."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "BlocklistPage", "type", "must be an object")
    v: Any
    v = d.get("count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "count", "type", "must be an integer")
    v = d.get("next")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "next", "type", "must be a string")
    v = d.get("previous")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "previous", "type", "must be a string")
    if "results" not in d:
        raise RequestValidationError(at + "results", "required", "is required")
    v = d.get("results")
    if v is None:
        if "results" in d:
            raise RequestValidationError(at + "results", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(at + "results", "type", "must be a list")
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(at + "results", "type", "must not contain null")
            validate_BlocklistEntry(x0, at + "results" + "[" + str(i0) + "]" + ".")


def structure_AccountRegisterRequest(d: Any) -> AccountRegisterRequest:
    """Decode a JSON object into :class:`AccountRegisterRequest`."""
    o = _new(AccountRegisterRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("email")
    if v is None and "email" in d:
        nl += ("email",)
    _set(o, "email", v)
    v = g("password")
    if v is None and "password" in d:
        nl += ("password",)
    _set(o, "password", v)
    ex = d.keys() - _K_AccountRegisterRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_AccountRegisterRequest(o: AccountRegisterRequest) -> dict[str, Any]:
    """Encode :class:`AccountRegisterRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = v
    elif v is None and (nl is None or "email" in nl):
        d["email"] = None
    v = o.password
    if v is not None and v is not UNSET:
        d["password"] = v
    elif v is None and (nl is None or "password" in nl):
        d["password"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AccountRegisterRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AccountRegisterRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AccountRegisterRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_AccountRegisterRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of AccountRegisterRequest"
        )
    if "email" not in d:
        raise RequestValidationError(at + "email", "required", "is required")
    v = d.get("email")
    if v is None:
        if "email" in d:
            raise RequestValidationError(at + "email", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "email", "type", "must be a string")
        if not is_email(v):
            raise RequestValidationError(at + "email", "format", "must be a valid email")
    if "password" not in d:
        raise RequestValidationError(at + "password", "required", "is required")
    v = d.get("password")
    if v is None:
        if "password" in d:
            raise RequestValidationError(at + "password", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "password", "type", "must be a string")
        if len(v) < 8:
            raise RequestValidationError(
                at + "password", "min_length", "must have at least 8 characters"
            )
        if _P2.search(v) is None:
            raise RequestValidationError(
                at + "password",
                "pattern",
                "does not have the expected format (^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[!@#$%^&*()_+\\-=\\[\\]{}|;:,.<>?]).{8,}$)",
            )


def structure_AccountRegisterResponse(d: Any) -> AccountRegisterResponse:
    """Decode a JSON object into :class:`AccountRegisterResponse`."""
    o = _new(AccountRegisterResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("message")
    if v is None and "message" in d:
        nl += ("message",)
    _set(o, "message", v)
    v = g("email")
    if v is None and "email" in d:
        nl += ("email",)
    _set(o, "email", v)
    ex = d.keys() - _K_AccountRegisterResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_AccountRegisterResponse(o: AccountRegisterResponse) -> dict[str, Any]:
    """Encode :class:`AccountRegisterResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.message
    if v is not None and v is not UNSET:
        d["message"] = v
    elif v is None and nl is not None and "message" in nl:
        d["message"] = None
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = v
    elif v is None and nl is not None and "email" in nl:
        d["email"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AccountRegisterResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AccountRegisterResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AccountRegisterResponse", "type", "must be an object"
        )
    v: Any
    v = d.get("message")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "message", "type", "must be a string")
    v = d.get("email")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "email", "type", "must be a string")


def structure_AccountVerifyEmailRequest(d: Any) -> AccountVerifyEmailRequest:
    """Decode a JSON object into :class:`AccountVerifyEmailRequest`."""
    o = _new(AccountVerifyEmailRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("email")
    if v is None and "email" in d:
        nl += ("email",)
    _set(o, "email", v)
    v = g("code")
    if v is None and "code" in d:
        nl += ("code",)
    _set(o, "code", v)
    ex = d.keys() - _K_AccountVerifyEmailRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_AccountVerifyEmailRequest(o: AccountVerifyEmailRequest) -> dict[str, Any]:
    """Encode :class:`AccountVerifyEmailRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = v
    elif v is None and (nl is None or "email" in nl):
        d["email"] = None
    v = o.code
    if v is not None and v is not UNSET:
        d["code"] = v
    elif v is None and (nl is None or "code" in nl):
        d["code"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AccountVerifyEmailRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AccountVerifyEmailRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AccountVerifyEmailRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_AccountVerifyEmailRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of AccountVerifyEmailRequest"
        )
    if "email" not in d:
        raise RequestValidationError(at + "email", "required", "is required")
    v = d.get("email")
    if v is None:
        if "email" in d:
            raise RequestValidationError(at + "email", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "email", "type", "must be a string")
        if not is_email(v):
            raise RequestValidationError(at + "email", "format", "must be a valid email")
    if "code" not in d:
        raise RequestValidationError(at + "code", "required", "is required")
    v = d.get("code")
    if v is None:
        if "code" in d:
            raise RequestValidationError(at + "code", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "code", "type", "must be a string")
        if _P3.search(v) is None:
            raise RequestValidationError(
                at + "code", "pattern", "does not have the expected format (^[A-Za-z0-9]{6}$)"
            )


def structure_AccountOrganization(d: Any) -> AccountOrganization:
    """Decode a JSON object into :class:`AccountOrganization`."""
    o = _new(AccountOrganization)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("uuid")
    if v is None and "uuid" in d:
        nl += ("uuid",)
    _set(o, "uuid", v)
    v = g("name")
    if v is None and "name" in d:
        nl += ("name",)
    _set(o, "name", v)
    v = g("contact_email")
    if v is None and "contact_email" in d:
        nl += ("contact_email",)
    _set(o, "contact_email", v)
    ex = d.keys() - _K_AccountOrganization
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_AccountOrganization(o: AccountOrganization) -> dict[str, Any]:
    """Encode :class:`AccountOrganization` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.uuid
    if v is not None and v is not UNSET:
        d["uuid"] = v
    elif v is None and nl is not None and "uuid" in nl:
        d["uuid"] = None
    v = o.name
    if v is not None and v is not UNSET:
        d["name"] = v
    elif v is None and nl is not None and "name" in nl:
        d["name"] = None
    v = o.contact_email
    if v is not None and v is not UNSET:
        d["contact_email"] = v
    elif v is None and nl is not None and "contact_email" in nl:
        d["contact_email"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AccountOrganization(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AccountOrganization."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AccountOrganization", "type", "must be an object"
        )
    v: Any
    v = d.get("uuid")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "uuid", "type", "must be a string")
    v = d.get("name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "name", "type", "must be a string")
    v = d.get("contact_email")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "contact_email", "type", "must be a string")


def structure_AccountApplication(d: Any) -> AccountApplication:
    """Decode a JSON object into :class:`AccountApplication`."""
    o = _new(AccountApplication)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("uuid")
    if v is None and "uuid" in d:
        nl += ("uuid",)
    _set(o, "uuid", v)
    v = g("name")
    if v is None and "name" in d:
        nl += ("name",)
    _set(o, "name", v)
    v = g("client_id")
    if v is None and "client_id" in d:
        nl += ("client_id",)
    _set(o, "client_id", v)
    v = g("api_key")
    if v is None and "api_key" in d:
        nl += ("api_key",)
    _set(o, "api_key", v)
    v = g("website_url")
    if v is None and "website_url" in d:
        nl += ("website_url",)
    _set(o, "website_url", v)
    ex = d.keys() - _K_AccountApplication
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_AccountApplication(o: AccountApplication) -> dict[str, Any]:
    """Encode :class:`AccountApplication` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.uuid
    if v is not None and v is not UNSET:
        d["uuid"] = v
    elif v is None and nl is not None and "uuid" in nl:
        d["uuid"] = None
    v = o.name
    if v is not None and v is not UNSET:
        d["name"] = v
    elif v is None and nl is not None and "name" in nl:
        d["name"] = None
    v = o.client_id
    if v is not None and v is not UNSET:
        d["client_id"] = v
    elif v is None and nl is not None and "client_id" in nl:
        d["client_id"] = None
    v = o.api_key
    if v is not None and v is not UNSET:
        d["api_key"] = v
    elif v is None and nl is not None and "api_key" in nl:
        d["api_key"] = None
    v = o.website_url
    if v is not None and v is not UNSET:
        d["website_url"] = v
    elif v is None and nl is not None and "website_url" in nl:
        d["website_url"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AccountApplication(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AccountApplication."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AccountApplication", "type", "must be an object"
        )
    v: Any
    v = d.get("uuid")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "uuid", "type", "must be a string")
    v = d.get("name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "name", "type", "must be a string")
    v = d.get("client_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "client_id", "type", "must be a string")
    v = d.get("api_key")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "api_key", "type", "must be a string")
    v = d.get("website_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "website_url", "type", "must be a string")


def structure_AccountTokenResponse(d: Any) -> AccountTokenResponse:
    """Decode a JSON object into :class:`AccountTokenResponse`."""
    o = _new(AccountTokenResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("access_token")
    if v is None and "access_token" in d:
        nl += ("access_token",)
    _set(o, "access_token", v)
    v = g("refresh_token")
    if v is None and "refresh_token" in d:
        nl += ("refresh_token",)
    _set(o, "refresh_token", v)
    v = g("expires_in")
    if v is None and "expires_in" in d:
        nl += ("expires_in",)
    _set(o, "expires_in", v)
    v = g("organization")
    if v is not None:
        v = structure_AccountOrganization(v) if v.__class__ is dict else v
    elif "organization" in d:
        nl += ("organization",)
    _set(o, "organization", v)
    v = g("application")
    if v is not None:
        v = structure_AccountApplication(v) if v.__class__ is dict else v
    elif "application" in d:
        nl += ("application",)
    _set(o, "application", v)
    ex = d.keys() - _K_AccountTokenResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_AccountTokenResponse(o: AccountTokenResponse) -> dict[str, Any]:
    """Encode :class:`AccountTokenResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.access_token
    if v is not None and v is not UNSET:
        d["access_token"] = v
    elif v is None and (nl is None or "access_token" in nl):
        d["access_token"] = None
    v = o.refresh_token
    if v is not None and v is not UNSET:
        d["refresh_token"] = v
    elif v is None and nl is not None and "refresh_token" in nl:
        d["refresh_token"] = None
    v = o.expires_in
    if v is not None and v is not UNSET:
        d["expires_in"] = v
    elif v is None and nl is not None and "expires_in" in nl:
        d["expires_in"] = None
    v = o.organization
    if v is not None and v is not UNSET:
        d["organization"] = (
            unstructure_AccountOrganization(v) if isinstance(v, AccountOrganization) else v
        )
    elif v is None and nl is not None and "organization" in nl:
        d["organization"] = None
    v = o.application
    if v is not None and v is not UNSET:
        d["application"] = (
            unstructure_AccountApplication(v) if isinstance(v, AccountApplication) else v
        )
    elif v is None and nl is not None and "application" in nl:
        d["application"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AccountTokenResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AccountTokenResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AccountTokenResponse", "type", "must be an object"
        )
    v: Any
    if "access_token" not in d:
        raise RequestValidationError(at + "access_token", "required", "is required")
    v = d.get("access_token")
    if v is None:
        if "access_token" in d:
            raise RequestValidationError(at + "access_token", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "access_token", "type", "must be a string")
    v = d.get("refresh_token")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "refresh_token", "type", "must be a string")
    v = d.get("expires_in")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "expires_in", "type", "must be an integer")
    v = d.get("organization")
    if v is not None:
        if v is not None:
            validate_AccountOrganization(v, at + "organization" + ".")
    v = d.get("application")
    if v is not None:
        if v is not None:
            validate_AccountApplication(v, at + "application" + ".")


def structure_AccountLoginRequest(d: Any) -> AccountLoginRequest:
    """Decode a JSON object into :class:`AccountLoginRequest`."""
    o = _new(AccountLoginRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("email")
    if v is None and "email" in d:
        nl += ("email",)
    _set(o, "email", v)
    v = g("password")
    if v is None and "password" in d:
        nl += ("password",)
    _set(o, "password", v)
    ex = d.keys() - _K_AccountLoginRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_AccountLoginRequest(o: AccountLoginRequest) -> dict[str, Any]:
    """Encode :class:`AccountLoginRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = v
    elif v is None and (nl is None or "email" in nl):
        d["email"] = None
    v = o.password
    if v is not None and v is not UNSET:
        d["password"] = v
    elif v is None and (nl is None or "password" in nl):
        d["password"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AccountLoginRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AccountLoginRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AccountLoginRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_AccountLoginRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of AccountLoginRequest"
        )
    if "email" not in d:
        raise RequestValidationError(at + "email", "required", "is required")
    v = d.get("email")
    if v is None:
        if "email" in d:
            raise RequestValidationError(at + "email", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "email", "type", "must be a string")
        if not is_email(v):
            raise RequestValidationError(at + "email", "format", "must be a valid email")
    if "password" not in d:
        raise RequestValidationError(at + "password", "required", "is required")
    v = d.get("password")
    if v is None:
        if "password" in d:
            raise RequestValidationError(at + "password", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "password", "type", "must be a string")
        if len(v) < 1:
            raise RequestValidationError(
                at + "password", "min_length", "must have at least 1 characters"
            )


def structure_AccountResendOtpRequest(d: Any) -> AccountResendOtpRequest:
    """Decode a JSON object into :class:`AccountResendOtpRequest`."""
    o = _new(AccountResendOtpRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("email")
    if v is None and "email" in d:
        nl += ("email",)
    _set(o, "email", v)
    ex = d.keys() - _K_AccountResendOtpRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_AccountResendOtpRequest(o: AccountResendOtpRequest) -> dict[str, Any]:
    """Encode :class:`AccountResendOtpRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = v
    elif v is None and (nl is None or "email" in nl):
        d["email"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AccountResendOtpRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AccountResendOtpRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AccountResendOtpRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_AccountResendOtpRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of AccountResendOtpRequest"
        )
    if "email" not in d:
        raise RequestValidationError(at + "email", "required", "is required")
    v = d.get("email")
    if v is None:
        if "email" in d:
            raise RequestValidationError(at + "email", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "email", "type", "must be a string")
        if not is_email(v):
            raise RequestValidationError(at + "email", "format", "must be a valid email")


def structure_Organization(d: Any) -> Organization:
    """Decode a JSON object into :class:`Organization`."""
    o = _new(Organization)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("uuid")
    if v is None and "uuid" in d:
        nl += ("uuid",)
    _set(o, "uuid", v)
    v = g("name")
    if v is None and "name" in d:
        nl += ("name",)
    _set(o, "name", v)
    v = g("contact_email")
    if v is None and "contact_email" in d:
        nl += ("contact_email",)
    _set(o, "contact_email", v)
    ex = d.keys() - _K_Organization
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_Organization(o: Organization) -> dict[str, Any]:
    """Encode :class:`Organization` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.uuid
    if v is not None and v is not UNSET:
        d["uuid"] = v
    elif v is None and nl is not None and "uuid" in nl:
        d["uuid"] = None
    v = o.name
    if v is not None and v is not UNSET:
        d["name"] = v
    elif v is None and nl is not None and "name" in nl:
        d["name"] = None
    v = o.contact_email
    if v is not None and v is not UNSET:
        d["contact_email"] = v
    elif v is None and nl is not None and "contact_email" in nl:
        d["contact_email"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_Organization(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid Organization."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "Organization", "type", "must be an object")
    v: Any
    v = d.get("uuid")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "uuid", "type", "must be a string")
    v = d.get("name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "name", "type", "must be a string")
    v = d.get("contact_email")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "contact_email", "type", "must be a string")


def structure_ApplicationCredentials(d: Any) -> ApplicationCredentials:
    """Decode a JSON object into :class:`ApplicationCredentials`."""
    o = _new(ApplicationCredentials)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("uuid")
    if v is None and "uuid" in d:
        nl += ("uuid",)
    _set(o, "uuid", v)
    v = g("name")
    if v is None and "name" in d:
        nl += ("name",)
    _set(o, "name", v)
    v = g("client_id")
    if v is None and "client_id" in d:
        nl += ("client_id",)
    _set(o, "client_id", v)
    v = g("api_key")
    if v is None and "api_key" in d:
        nl += ("api_key",)
    _set(o, "api_key", v)
    v = g("website_url")
    if v is None and "website_url" in d:
        nl += ("website_url",)
    _set(o, "website_url", v)
    v = g("mode")
    if v is None and "mode" in d:
        nl += ("mode",)
    _set(o, "mode", v)
    v = g("created_at")
    if v is None and "created_at" in d:
        nl += ("created_at",)
    _set(o, "created_at", v)
    ex = d.keys() - _K_ApplicationCredentials
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_ApplicationCredentials(o: ApplicationCredentials) -> dict[str, Any]:
    """Encode :class:`ApplicationCredentials` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.uuid
    if v is not None and v is not UNSET:
        d["uuid"] = v
    elif v is None and nl is not None and "uuid" in nl:
        d["uuid"] = None
    v = o.name
    if v is not None and v is not UNSET:
        d["name"] = v
    elif v is None and nl is not None and "name" in nl:
        d["name"] = None
    v = o.client_id
    if v is not None and v is not UNSET:
        d["client_id"] = v
    elif v is None and nl is not None and "client_id" in nl:
        d["client_id"] = None
    v = o.api_key
    if v is not None and v is not UNSET:
        d["api_key"] = v
    elif v is None and nl is not None and "api_key" in nl:
        d["api_key"] = None
    v = o.website_url
    if v is not None and v is not UNSET:
        d["website_url"] = v
    elif v is None and nl is not None and "website_url" in nl:
        d["website_url"] = None
    v = o.mode
    if v is not None and v is not UNSET:
        d["mode"] = v
    elif v is None and nl is not None and "mode" in nl:
        d["mode"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and nl is not None and "created_at" in nl:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_ApplicationCredentials(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid ApplicationCredentials."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "ApplicationCredentials", "type", "must be an object"
        )
    v: Any
    v = d.get("uuid")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "uuid", "type", "must be a string")
    v = d.get("name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "name", "type", "must be a string")
    v = d.get("client_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "client_id", "type", "must be a string")
    v = d.get("api_key")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "api_key", "type", "must be a string")
    v = d.get("website_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "website_url", "type", "must be a string")
    v = d.get("mode")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "mode", "type", "must be a string")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "created_at", "type", "must be a string")


def structure_CreateApplicationRequest(d: Any) -> CreateApplicationRequest:
    """Decode a JSON object into :class:`CreateApplicationRequest`."""
    o = _new(CreateApplicationRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("name")
    if v is None and "name" in d:
        nl += ("name",)
    _set(o, "name", v)
    v = g("website_url")
    if v is None and "website_url" in d:
        nl += ("website_url",)
    _set(o, "website_url", v)
    ex = d.keys() - _K_CreateApplicationRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_CreateApplicationRequest(o: CreateApplicationRequest) -> dict[str, Any]:
    """Encode :class:`CreateApplicationRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.name
    if v is not None and v is not UNSET:
        d["name"] = v
    elif v is None and (nl is None or "name" in nl):
        d["name"] = None
    v = o.website_url
    if v is not None and v is not UNSET:
        d["website_url"] = v
    elif v is None and nl is not None and "website_url" in nl:
        d["website_url"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_CreateApplicationRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid CreateApplicationRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "CreateApplicationRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_CreateApplicationRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of CreateApplicationRequest"
        )
    if "name" not in d:
        raise RequestValidationError(at + "name", "required", "is required")
    v = d.get("name")
    if v is None:
        if "name" in d:
            raise RequestValidationError(at + "name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "name", "type", "must be a string")
        if len(v) < 1:
            raise RequestValidationError(
                at + "name", "min_length", "must have at least 1 characters"
            )
    v = d.get("website_url")
    if v is None:
        if "website_url" in d:
            raise RequestValidationError(at + "website_url", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "website_url", "type", "must be a string")
        if not is_uri(v):
            raise RequestValidationError(at + "website_url", "format", "must be a valid uri")


def structure_WorkflowFeature(d: Any) -> WorkflowFeature:
    """Decode a JSON object into :class:`WorkflowFeature`."""
    o = _new(WorkflowFeature)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("feature")
    if v is None and "feature" in d:
        nl += ("feature",)
    _set(o, "feature", v)
    v = g("config")
    if v is None and "config" in d:
        nl += ("config",)
    _set(o, "config", v)
    ex = d.keys() - _K_WorkflowFeature
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_WorkflowFeature(o: WorkflowFeature) -> dict[str, Any]:
    """Encode :class:`WorkflowFeature` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.feature
    if v is not None and v is not UNSET:
        d["feature"] = v
    elif v is None and (nl is None or "feature" in nl):
        d["feature"] = None
    v = o.config
    if v is not None and v is not UNSET:
        d["config"] = dict(v)
    elif v is None and nl is not None and "config" in nl:
        d["config"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WorkflowFeature(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WorkflowFeature."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WorkflowFeature", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_WorkflowFeature:
        raise RequestValidationError(at + str(k), "unknown", "is not a field of WorkflowFeature")
    if "feature" not in d:
        raise RequestValidationError(at + "feature", "required", "is required")
    v = d.get("feature")
    if v is None:
        if "feature" in d:
            raise RequestValidationError(at + "feature", "type", "must not be null")
    else:
        if v not in _E_inline3:
            raise RequestValidationError(
                at + "feature",
                "enum",
                "must be one of: OCR, LIVENESS, FACE_MATCH, AML, QUESTIONNAIRE, EMAIL_VERIFICATION, PHONE_VERIFICATION, PROOF_OF_ADDRESS, NFC, IP_ANALYSIS, DATABASE_VALIDATION, AGE_ESTIMATION",
            )
    v = d.get("config")
    if v is None:
        if "config" in d:
            raise RequestValidationError(at + "config", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise RequestValidationError(at + "config", "type", "must be an object")


def structure_WorkflowCreateRequest(d: Any) -> WorkflowCreateRequest:
    """Decode a JSON object into :class:`WorkflowCreateRequest`."""
    o = _new(WorkflowCreateRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("workflow_label")
    if v is None and "workflow_label" in d:
        nl += ("workflow_label",)
    _set(o, "workflow_label", v)
    v = g("features")
    if v is not None:
        v = [structure_WorkflowFeature(x) if x.__class__ is dict else x for x in v]
    elif "features" in d:
        nl += ("features",)
    _set(o, "features", v)
    v = g("workflow_type")
    if v is not None:
        v = _M_WorkflowType.get(v, v)
    elif "workflow_type" in d:
        nl += ("workflow_type",)
    _set(o, "workflow_type", v)
    v = g("is_default")
    if v is None and "is_default" in d:
        nl += ("is_default",)
    _set(o, "is_default", v)
    v = g("is_ocr_enabled")
    if v is None and "is_ocr_enabled" in d:
        nl += ("is_ocr_enabled",)
    _set(o, "is_ocr_enabled", v)
    v = g("is_liveness_enabled")
    if v is None and "is_liveness_enabled" in d:
        nl += ("is_liveness_enabled",)
    _set(o, "is_liveness_enabled", v)
    v = g("face_liveness_method")
    if v is None and "face_liveness_method" in d:
        nl += ("face_liveness_method",)
    _set(o, "face_liveness_method", v)
    v = g("face_liveness_score_decline_threshold")
    if v is None and "face_liveness_score_decline_threshold" in d:
        nl += ("face_liveness_score_decline_threshold",)
    _set(o, "face_liveness_score_decline_threshold", v)
    v = g("is_face_match_enabled")
    if v is None and "is_face_match_enabled" in d:
        nl += ("is_face_match_enabled",)
    _set(o, "is_face_match_enabled", v)
    v = g("face_match_score_decline_threshold")
    if v is None and "face_match_score_decline_threshold" in d:
        nl += ("face_match_score_decline_threshold",)
    _set(o, "face_match_score_decline_threshold", v)
    v = g("face_match_score_review_threshold")
    if v is None and "face_match_score_review_threshold" in d:
        nl += ("face_match_score_review_threshold",)
    _set(o, "face_match_score_review_threshold", v)
    v = g("is_aml_enabled")
    if v is None and "is_aml_enabled" in d:
        nl += ("is_aml_enabled",)
    _set(o, "is_aml_enabled", v)
    v = g("aml_decline_threshold")
    if v is None and "aml_decline_threshold" in d:
        nl += ("aml_decline_threshold",)
    _set(o, "aml_decline_threshold", v)
    v = g("is_phone_verification_enabled")
    if v is None and "is_phone_verification_enabled" in d:
        nl += ("is_phone_verification_enabled",)
    _set(o, "is_phone_verification_enabled", v)
    v = g("is_email_verification_enabled")
    if v is None and "is_email_verification_enabled" in d:
        nl += ("is_email_verification_enabled",)
    _set(o, "is_email_verification_enabled", v)
    v = g("is_database_validation_enabled")
    if v is None and "is_database_validation_enabled" in d:
        nl += ("is_database_validation_enabled",)
    _set(o, "is_database_validation_enabled", v)
    v = g("is_ip_analysis_enabled")
    if v is None and "is_ip_analysis_enabled" in d:
        nl += ("is_ip_analysis_enabled",)
    _set(o, "is_ip_analysis_enabled", v)
    v = g("is_nfc_enabled")
    if v is None and "is_nfc_enabled" in d:
        nl += ("is_nfc_enabled",)
    _set(o, "is_nfc_enabled", v)
    v = g("is_age_restrictions_enabled")
    if v is None and "is_age_restrictions_enabled" in d:
        nl += ("is_age_restrictions_enabled",)
    _set(o, "is_age_restrictions_enabled", v)
    v = g("documents_allowed")
    if v is None and "documents_allowed" in d:
        nl += ("documents_allowed",)
    _set(o, "documents_allowed", v)
    v = g("duplicated_user_action")
    if v is None and "duplicated_user_action" in d:
        nl += ("duplicated_user_action",)
    _set(o, "duplicated_user_action", v)
    v = g("max_retry_attempts")
    if v is None and "max_retry_attempts" in d:
        nl += ("max_retry_attempts",)
    _set(o, "max_retry_attempts", v)
    v = g("retry_window_days")
    if v is None and "retry_window_days" in d:
        nl += ("retry_window_days",)
    _set(o, "retry_window_days", v)
    ex = d.keys() - _K_WorkflowCreateRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_WorkflowCreateRequest(o: WorkflowCreateRequest) -> dict[str, Any]:
    """Encode :class:`WorkflowCreateRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.workflow_label
    if v is not None and v is not UNSET:
        d["workflow_label"] = v
    elif v is None and (nl is None or "workflow_label" in nl):
        d["workflow_label"] = None
    v = o.features
    if v is not None and v is not UNSET:
        d["features"] = [
            unstructure_WorkflowFeature(x) if isinstance(x, WorkflowFeature) else x for x in v
        ]
    elif v is None and nl is not None and "features" in nl:
        d["features"] = None
    v = o.workflow_type
    if v is not None and v is not UNSET:
        d["workflow_type"] = str(v)
    elif v is None and nl is not None and "workflow_type" in nl:
        d["workflow_type"] = None
    v = o.is_default
    if v is not None and v is not UNSET:
        d["is_default"] = v
    elif v is None and nl is not None and "is_default" in nl:
        d["is_default"] = None
    v = o.is_ocr_enabled
    if v is not None and v is not UNSET:
        d["is_ocr_enabled"] = v
    elif v is None and nl is not None and "is_ocr_enabled" in nl:
        d["is_ocr_enabled"] = None
    v = o.is_liveness_enabled
    if v is not None and v is not UNSET:
        d["is_liveness_enabled"] = v
    elif v is None and nl is not None and "is_liveness_enabled" in nl:
        d["is_liveness_enabled"] = None
    v = o.face_liveness_method
    if v is not None and v is not UNSET:
        d["face_liveness_method"] = v
    elif v is None and nl is not None and "face_liveness_method" in nl:
        d["face_liveness_method"] = None
    v = o.face_liveness_score_decline_threshold
    if v is not None and v is not UNSET:
        d["face_liveness_score_decline_threshold"] = v
    elif v is None and nl is not None and "face_liveness_score_decline_threshold" in nl:
        d["face_liveness_score_decline_threshold"] = None
    v = o.is_face_match_enabled
    if v is not None and v is not UNSET:
        d["is_face_match_enabled"] = v
    elif v is None and nl is not None and "is_face_match_enabled" in nl:
        d["is_face_match_enabled"] = None
    v = o.face_match_score_decline_threshold
    if v is not None and v is not UNSET:
        d["face_match_score_decline_threshold"] = v
    elif v is None and nl is not None and "face_match_score_decline_threshold" in nl:
        d["face_match_score_decline_threshold"] = None
    v = o.face_match_score_review_threshold
    if v is not None and v is not UNSET:
        d["face_match_score_review_threshold"] = v
    elif v is None and nl is not None and "face_match_score_review_threshold" in nl:
        d["face_match_score_review_threshold"] = None
    v = o.is_aml_enabled
    if v is not None and v is not UNSET:
        d["is_aml_enabled"] = v
    elif v is None and nl is not None and "is_aml_enabled" in nl:
        d["is_aml_enabled"] = None
    v = o.aml_decline_threshold
    if v is not None and v is not UNSET:
        d["aml_decline_threshold"] = v
    elif v is None and nl is not None and "aml_decline_threshold" in nl:
        d["aml_decline_threshold"] = None
    v = o.is_phone_verification_enabled
    if v is not None and v is not UNSET:
        d["is_phone_verification_enabled"] = v
    elif v is None and nl is not None and "is_phone_verification_enabled" in nl:
        d["is_phone_verification_enabled"] = None
    v = o.is_email_verification_enabled
    if v is not None and v is not UNSET:
        d["is_email_verification_enabled"] = v
    elif v is None and nl is not None and "is_email_verification_enabled" in nl:
        d["is_email_verification_enabled"] = None
    v = o.is_database_validation_enabled
    if v is not None and v is not UNSET:
        d["is_database_validation_enabled"] = v
    elif v is None and nl is not None and "is_database_validation_enabled" in nl:
        d["is_database_validation_enabled"] = None
    v = o.is_ip_analysis_enabled
    if v is not None and v is not UNSET:
        d["is_ip_analysis_enabled"] = v
    elif v is None and nl is not None and "is_ip_analysis_enabled" in nl:
        d["is_ip_analysis_enabled"] = None
    v = o.is_nfc_enabled
    if v is not None and v is not UNSET:
        d["is_nfc_enabled"] = v
    elif v is None and nl is not None and "is_nfc_enabled" in nl:
        d["is_nfc_enabled"] = None
    v = o.is_age_restrictions_enabled
    if v is not None and v is not UNSET:
        d["is_age_restrictions_enabled"] = v
    elif v is None and nl is not None and "is_age_restrictions_enabled" in nl:
        d["is_age_restrictions_enabled"] = None
    v = o.documents_allowed
    if v is not None and v is not UNSET:
        d["documents_allowed"] = dict(v)
    elif v is None and nl is not None and "documents_allowed" in nl:
        d["documents_allowed"] = None
    v = o.duplicated_user_action
    if v is not None and v is not UNSET:
        d["duplicated_user_action"] = v
    elif v is None and nl is not None and "duplicated_user_action" in nl:
        d["duplicated_user_action"] = None
    v = o.max_retry_attempts
    if v is not None and v is not UNSET:
        d["max_retry_attempts"] = v
    elif v is None and nl is not None and "max_retry_attempts" in nl:
        d["max_retry_attempts"] = None
    v = o.retry_window_days
    if v is not None and v is not UNSET:
        d["retry_window_days"] = v
    elif v is None and nl is not None and "retry_window_days" in nl:
        d["retry_window_days"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WorkflowCreateRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WorkflowCreateRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WorkflowCreateRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_WorkflowCreateRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of WorkflowCreateRequest"
        )
    if "workflow_label" not in d:
        raise RequestValidationError(at + "workflow_label", "required", "is required")
    v = d.get("workflow_label")
    if v is None:
        if "workflow_label" in d:
            raise RequestValidationError(at + "workflow_label", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "workflow_label", "type", "must be a string")
        if len(v) < 1:
            raise RequestValidationError(
                at + "workflow_label", "min_length", "must have at least 1 characters"
            )
    v = d.get("features")
    if v is None:
        if "features" in d:
            raise RequestValidationError(at + "features", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(at + "features", "type", "must be a list")
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(at + "features", "type", "must not contain null")
            validate_WorkflowFeature(x0, at + "features" + "[" + str(i0) + "]" + ".")
    v = d.get("workflow_type")
    if v is None:
        if "workflow_type" in d:
            raise RequestValidationError(at + "workflow_type", "type", "must not be null")
    else:
        if v not in _E_WorkflowType:
            raise RequestValidationError(
                at + "workflow_type",
                "enum",
                "must be one of: kyc, adaptive_age_verification, biometric_authentication, address_verification, questionnaire_verification, email_verification, phone_verification",
            )
    v = d.get("is_default")
    if v is None:
        if "is_default" in d:
            raise RequestValidationError(at + "is_default", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "is_default", "type", "must be true or false")
    v = d.get("is_ocr_enabled")
    if v is None:
        if "is_ocr_enabled" in d:
            raise RequestValidationError(at + "is_ocr_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "is_ocr_enabled", "type", "must be true or false")
    v = d.get("is_liveness_enabled")
    if v is None:
        if "is_liveness_enabled" in d:
            raise RequestValidationError(at + "is_liveness_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_liveness_enabled", "type", "must be true or false"
            )
    v = d.get("face_liveness_method")
    if v is None:
        if "face_liveness_method" in d:
            raise RequestValidationError(at + "face_liveness_method", "type", "must not be null")
    else:
        if v not in _E_inline4:
            raise RequestValidationError(
                at + "face_liveness_method", "enum", "must be one of: passive, active_3d, flashing"
            )
    v = d.get("face_liveness_score_decline_threshold")
    if v is None:
        if "face_liveness_score_decline_threshold" in d:
            raise RequestValidationError(
                at + "face_liveness_score_decline_threshold", "type", "must not be null"
            )
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(
                at + "face_liveness_score_decline_threshold", "type", "must be an integer"
            )
        if v < 0:
            raise RequestValidationError(
                at + "face_liveness_score_decline_threshold", "min", "must be at least 0"
            )
        if v > 100:
            raise RequestValidationError(
                at + "face_liveness_score_decline_threshold", "max", "must be at most 100"
            )
    v = d.get("is_face_match_enabled")
    if v is None:
        if "is_face_match_enabled" in d:
            raise RequestValidationError(at + "is_face_match_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_face_match_enabled", "type", "must be true or false"
            )
    v = d.get("face_match_score_decline_threshold")
    if v is None:
        if "face_match_score_decline_threshold" in d:
            raise RequestValidationError(
                at + "face_match_score_decline_threshold", "type", "must not be null"
            )
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(
                at + "face_match_score_decline_threshold", "type", "must be an integer"
            )
        if v < 0:
            raise RequestValidationError(
                at + "face_match_score_decline_threshold", "min", "must be at least 0"
            )
        if v > 100:
            raise RequestValidationError(
                at + "face_match_score_decline_threshold", "max", "must be at most 100"
            )
    v = d.get("face_match_score_review_threshold")
    if v is None:
        if "face_match_score_review_threshold" in d:
            raise RequestValidationError(
                at + "face_match_score_review_threshold", "type", "must not be null"
            )
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(
                at + "face_match_score_review_threshold", "type", "must be an integer"
            )
        if v < 0:
            raise RequestValidationError(
                at + "face_match_score_review_threshold", "min", "must be at least 0"
            )
        if v > 100:
            raise RequestValidationError(
                at + "face_match_score_review_threshold", "max", "must be at most 100"
            )
    v = d.get("is_aml_enabled")
    if v is None:
        if "is_aml_enabled" in d:
            raise RequestValidationError(at + "is_aml_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "is_aml_enabled", "type", "must be true or false")
    v = d.get("aml_decline_threshold")
    if v is None:
        if "aml_decline_threshold" in d:
            raise RequestValidationError(at + "aml_decline_threshold", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(at + "aml_decline_threshold", "type", "must be an integer")
        if v < 0:
            raise RequestValidationError(at + "aml_decline_threshold", "min", "must be at least 0")
        if v > 100:
            raise RequestValidationError(at + "aml_decline_threshold", "max", "must be at most 100")
    v = d.get("is_phone_verification_enabled")
    if v is None:
        if "is_phone_verification_enabled" in d:
            raise RequestValidationError(
                at + "is_phone_verification_enabled", "type", "must not be null"
            )
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_phone_verification_enabled", "type", "must be true or false"
            )
    v = d.get("is_email_verification_enabled")
    if v is None:
        if "is_email_verification_enabled" in d:
            raise RequestValidationError(
                at + "is_email_verification_enabled", "type", "must not be null"
            )
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_email_verification_enabled", "type", "must be true or false"
            )
    v = d.get("is_database_validation_enabled")
    if v is None:
        if "is_database_validation_enabled" in d:
            raise RequestValidationError(
                at + "is_database_validation_enabled", "type", "must not be null"
            )
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_database_validation_enabled", "type", "must be true or false"
            )
    v = d.get("is_ip_analysis_enabled")
    if v is None:
        if "is_ip_analysis_enabled" in d:
            raise RequestValidationError(at + "is_ip_analysis_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_ip_analysis_enabled", "type", "must be true or false"
            )
    v = d.get("is_nfc_enabled")
    if v is None:
        if "is_nfc_enabled" in d:
            raise RequestValidationError(at + "is_nfc_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "is_nfc_enabled", "type", "must be true or false")
    v = d.get("is_age_restrictions_enabled")
    if v is None:
        if "is_age_restrictions_enabled" in d:
            raise RequestValidationError(
                at + "is_age_restrictions_enabled", "type", "must not be null"
            )
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_age_restrictions_enabled", "type", "must be true or false"
            )
    v = d.get("documents_allowed")
    if v is None:
        if "documents_allowed" in d:
            raise RequestValidationError(at + "documents_allowed", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise RequestValidationError(at + "documents_allowed", "type", "must be an object")
    v = d.get("duplicated_user_action")
    if v is None:
        if "duplicated_user_action" in d:
            raise RequestValidationError(at + "duplicated_user_action", "type", "must not be null")
    else:
        if v not in _E_inline5:
            raise RequestValidationError(
                at + "duplicated_user_action", "enum", "must be one of: no_action, review, decline"
            )
    v = d.get("max_retry_attempts")
    if v is None:
        if "max_retry_attempts" in d:
            raise RequestValidationError(at + "max_retry_attempts", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(at + "max_retry_attempts", "type", "must be an integer")
        if v < 0:
            raise RequestValidationError(at + "max_retry_attempts", "min", "must be at least 0")
    v = d.get("retry_window_days")
    if v is None:
        if "retry_window_days" in d:
            raise RequestValidationError(at + "retry_window_days", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(at + "retry_window_days", "type", "must be an integer")
        if v < 0:
            raise RequestValidationError(at + "retry_window_days", "min", "must be at least 0")


def structure_WorkflowUpdateRequest(d: Any) -> WorkflowUpdateRequest:
    """Decode a JSON object into :class:`WorkflowUpdateRequest`."""
    o = _new(WorkflowUpdateRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("workflow_label")
    if v is None and "workflow_label" in d:
        nl += ("workflow_label",)
    _set(o, "workflow_label", v)
    v = g("features")
    if v is not None:
        v = [structure_WorkflowFeature(x) if x.__class__ is dict else x for x in v]
    elif "features" in d:
        nl += ("features",)
    _set(o, "features", v)
    v = g("workflow_type")
    if v is not None:
        v = _M_WorkflowType.get(v, v)
    elif "workflow_type" in d:
        nl += ("workflow_type",)
    _set(o, "workflow_type", v)
    v = g("is_default")
    if v is None and "is_default" in d:
        nl += ("is_default",)
    _set(o, "is_default", v)
    v = g("is_ocr_enabled")
    if v is None and "is_ocr_enabled" in d:
        nl += ("is_ocr_enabled",)
    _set(o, "is_ocr_enabled", v)
    v = g("is_liveness_enabled")
    if v is None and "is_liveness_enabled" in d:
        nl += ("is_liveness_enabled",)
    _set(o, "is_liveness_enabled", v)
    v = g("face_liveness_method")
    if v is None and "face_liveness_method" in d:
        nl += ("face_liveness_method",)
    _set(o, "face_liveness_method", v)
    v = g("face_liveness_score_decline_threshold")
    if v is None and "face_liveness_score_decline_threshold" in d:
        nl += ("face_liveness_score_decline_threshold",)
    _set(o, "face_liveness_score_decline_threshold", v)
    v = g("is_face_match_enabled")
    if v is None and "is_face_match_enabled" in d:
        nl += ("is_face_match_enabled",)
    _set(o, "is_face_match_enabled", v)
    v = g("face_match_score_decline_threshold")
    if v is None and "face_match_score_decline_threshold" in d:
        nl += ("face_match_score_decline_threshold",)
    _set(o, "face_match_score_decline_threshold", v)
    v = g("face_match_score_review_threshold")
    if v is None and "face_match_score_review_threshold" in d:
        nl += ("face_match_score_review_threshold",)
    _set(o, "face_match_score_review_threshold", v)
    v = g("is_aml_enabled")
    if v is None and "is_aml_enabled" in d:
        nl += ("is_aml_enabled",)
    _set(o, "is_aml_enabled", v)
    v = g("aml_decline_threshold")
    if v is None and "aml_decline_threshold" in d:
        nl += ("aml_decline_threshold",)
    _set(o, "aml_decline_threshold", v)
    v = g("is_phone_verification_enabled")
    if v is None and "is_phone_verification_enabled" in d:
        nl += ("is_phone_verification_enabled",)
    _set(o, "is_phone_verification_enabled", v)
    v = g("is_email_verification_enabled")
    if v is None and "is_email_verification_enabled" in d:
        nl += ("is_email_verification_enabled",)
    _set(o, "is_email_verification_enabled", v)
    v = g("is_database_validation_enabled")
    if v is None and "is_database_validation_enabled" in d:
        nl += ("is_database_validation_enabled",)
    _set(o, "is_database_validation_enabled", v)
    v = g("is_ip_analysis_enabled")
    if v is None and "is_ip_analysis_enabled" in d:
        nl += ("is_ip_analysis_enabled",)
    _set(o, "is_ip_analysis_enabled", v)
    v = g("is_nfc_enabled")
    if v is None and "is_nfc_enabled" in d:
        nl += ("is_nfc_enabled",)
    _set(o, "is_nfc_enabled", v)
    v = g("is_age_restrictions_enabled")
    if v is None and "is_age_restrictions_enabled" in d:
        nl += ("is_age_restrictions_enabled",)
    _set(o, "is_age_restrictions_enabled", v)
    v = g("documents_allowed")
    if v is None and "documents_allowed" in d:
        nl += ("documents_allowed",)
    _set(o, "documents_allowed", v)
    v = g("duplicated_user_action")
    if v is None and "duplicated_user_action" in d:
        nl += ("duplicated_user_action",)
    _set(o, "duplicated_user_action", v)
    v = g("max_retry_attempts")
    if v is None and "max_retry_attempts" in d:
        nl += ("max_retry_attempts",)
    _set(o, "max_retry_attempts", v)
    v = g("retry_window_days")
    if v is None and "retry_window_days" in d:
        nl += ("retry_window_days",)
    _set(o, "retry_window_days", v)
    ex = d.keys() - _K_WorkflowUpdateRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_WorkflowUpdateRequest(o: WorkflowUpdateRequest) -> dict[str, Any]:
    """Encode :class:`WorkflowUpdateRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.workflow_label
    if v is not None and v is not UNSET:
        d["workflow_label"] = v
    elif v is None and nl is not None and "workflow_label" in nl:
        d["workflow_label"] = None
    v = o.features
    if v is not None and v is not UNSET:
        d["features"] = [
            unstructure_WorkflowFeature(x) if isinstance(x, WorkflowFeature) else x for x in v
        ]
    elif v is None and nl is not None and "features" in nl:
        d["features"] = None
    v = o.workflow_type
    if v is not None and v is not UNSET:
        d["workflow_type"] = str(v)
    elif v is None and nl is not None and "workflow_type" in nl:
        d["workflow_type"] = None
    v = o.is_default
    if v is not None and v is not UNSET:
        d["is_default"] = v
    elif v is None and nl is not None and "is_default" in nl:
        d["is_default"] = None
    v = o.is_ocr_enabled
    if v is not None and v is not UNSET:
        d["is_ocr_enabled"] = v
    elif v is None and nl is not None and "is_ocr_enabled" in nl:
        d["is_ocr_enabled"] = None
    v = o.is_liveness_enabled
    if v is not None and v is not UNSET:
        d["is_liveness_enabled"] = v
    elif v is None and nl is not None and "is_liveness_enabled" in nl:
        d["is_liveness_enabled"] = None
    v = o.face_liveness_method
    if v is not None and v is not UNSET:
        d["face_liveness_method"] = v
    elif v is None and nl is not None and "face_liveness_method" in nl:
        d["face_liveness_method"] = None
    v = o.face_liveness_score_decline_threshold
    if v is not None and v is not UNSET:
        d["face_liveness_score_decline_threshold"] = v
    elif v is None and nl is not None and "face_liveness_score_decline_threshold" in nl:
        d["face_liveness_score_decline_threshold"] = None
    v = o.is_face_match_enabled
    if v is not None and v is not UNSET:
        d["is_face_match_enabled"] = v
    elif v is None and nl is not None and "is_face_match_enabled" in nl:
        d["is_face_match_enabled"] = None
    v = o.face_match_score_decline_threshold
    if v is not None and v is not UNSET:
        d["face_match_score_decline_threshold"] = v
    elif v is None and nl is not None and "face_match_score_decline_threshold" in nl:
        d["face_match_score_decline_threshold"] = None
    v = o.face_match_score_review_threshold
    if v is not None and v is not UNSET:
        d["face_match_score_review_threshold"] = v
    elif v is None and nl is not None and "face_match_score_review_threshold" in nl:
        d["face_match_score_review_threshold"] = None
    v = o.is_aml_enabled
    if v is not None and v is not UNSET:
        d["is_aml_enabled"] = v
    elif v is None and nl is not None and "is_aml_enabled" in nl:
        d["is_aml_enabled"] = None
    v = o.aml_decline_threshold
    if v is not None and v is not UNSET:
        d["aml_decline_threshold"] = v
    elif v is None and nl is not None and "aml_decline_threshold" in nl:
        d["aml_decline_threshold"] = None
    v = o.is_phone_verification_enabled
    if v is not None and v is not UNSET:
        d["is_phone_verification_enabled"] = v
    elif v is None and nl is not None and "is_phone_verification_enabled" in nl:
        d["is_phone_verification_enabled"] = None
    v = o.is_email_verification_enabled
    if v is not None and v is not UNSET:
        d["is_email_verification_enabled"] = v
    elif v is None and nl is not None and "is_email_verification_enabled" in nl:
        d["is_email_verification_enabled"] = None
    v = o.is_database_validation_enabled
    if v is not None and v is not UNSET:
        d["is_database_validation_enabled"] = v
    elif v is None and nl is not None and "is_database_validation_enabled" in nl:
        d["is_database_validation_enabled"] = None
    v = o.is_ip_analysis_enabled
    if v is not None and v is not UNSET:
        d["is_ip_analysis_enabled"] = v
    elif v is None and nl is not None and "is_ip_analysis_enabled" in nl:
        d["is_ip_analysis_enabled"] = None
    v = o.is_nfc_enabled
    if v is not None and v is not UNSET:
        d["is_nfc_enabled"] = v
    elif v is None and nl is not None and "is_nfc_enabled" in nl:
        d["is_nfc_enabled"] = None
    v = o.is_age_restrictions_enabled
    if v is not None and v is not UNSET:
        d["is_age_restrictions_enabled"] = v
    elif v is None and nl is not None and "is_age_restrictions_enabled" in nl:
        d["is_age_restrictions_enabled"] = None
    v = o.documents_allowed
    if v is not None and v is not UNSET:
        d["documents_allowed"] = dict(v)
    elif v is None and nl is not None and "documents_allowed" in nl:
        d["documents_allowed"] = None
    v = o.duplicated_user_action
    if v is not None and v is not UNSET:
        d["duplicated_user_action"] = v
    elif v is None and nl is not None and "duplicated_user_action" in nl:
        d["duplicated_user_action"] = None
    v = o.max_retry_attempts
    if v is not None and v is not UNSET:
        d["max_retry_attempts"] = v
    elif v is None and nl is not None and "max_retry_attempts" in nl:
        d["max_retry_attempts"] = None
    v = o.retry_window_days
    if v is not None and v is not UNSET:
        d["retry_window_days"] = v
    elif v is None and nl is not None and "retry_window_days" in nl:
        d["retry_window_days"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WorkflowUpdateRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WorkflowUpdateRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WorkflowUpdateRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_WorkflowUpdateRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of WorkflowUpdateRequest"
        )
    v = d.get("workflow_label")
    if v is None:
        if "workflow_label" in d:
            raise RequestValidationError(at + "workflow_label", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "workflow_label", "type", "must be a string")
        if len(v) < 1:
            raise RequestValidationError(
                at + "workflow_label", "min_length", "must have at least 1 characters"
            )
    v = d.get("features")
    if v is None:
        if "features" in d:
            raise RequestValidationError(at + "features", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(at + "features", "type", "must be a list")
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(at + "features", "type", "must not contain null")
            validate_WorkflowFeature(x0, at + "features" + "[" + str(i0) + "]" + ".")
    v = d.get("workflow_type")
    if v is None:
        if "workflow_type" in d:
            raise RequestValidationError(at + "workflow_type", "type", "must not be null")
    else:
        if v not in _E_WorkflowType:
            raise RequestValidationError(
                at + "workflow_type",
                "enum",
                "must be one of: kyc, adaptive_age_verification, biometric_authentication, address_verification, questionnaire_verification, email_verification, phone_verification",
            )
    v = d.get("is_default")
    if v is None:
        if "is_default" in d:
            raise RequestValidationError(at + "is_default", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "is_default", "type", "must be true or false")
    v = d.get("is_ocr_enabled")
    if v is None:
        if "is_ocr_enabled" in d:
            raise RequestValidationError(at + "is_ocr_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "is_ocr_enabled", "type", "must be true or false")
    v = d.get("is_liveness_enabled")
    if v is None:
        if "is_liveness_enabled" in d:
            raise RequestValidationError(at + "is_liveness_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_liveness_enabled", "type", "must be true or false"
            )
    v = d.get("face_liveness_method")
    if v is None:
        if "face_liveness_method" in d:
            raise RequestValidationError(at + "face_liveness_method", "type", "must not be null")
    else:
        if v not in _E_inline4:
            raise RequestValidationError(
                at + "face_liveness_method", "enum", "must be one of: passive, active_3d, flashing"
            )
    v = d.get("face_liveness_score_decline_threshold")
    if v is None:
        if "face_liveness_score_decline_threshold" in d:
            raise RequestValidationError(
                at + "face_liveness_score_decline_threshold", "type", "must not be null"
            )
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(
                at + "face_liveness_score_decline_threshold", "type", "must be an integer"
            )
        if v < 0:
            raise RequestValidationError(
                at + "face_liveness_score_decline_threshold", "min", "must be at least 0"
            )
        if v > 100:
            raise RequestValidationError(
                at + "face_liveness_score_decline_threshold", "max", "must be at most 100"
            )
    v = d.get("is_face_match_enabled")
    if v is None:
        if "is_face_match_enabled" in d:
            raise RequestValidationError(at + "is_face_match_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_face_match_enabled", "type", "must be true or false"
            )
    v = d.get("face_match_score_decline_threshold")
    if v is None:
        if "face_match_score_decline_threshold" in d:
            raise RequestValidationError(
                at + "face_match_score_decline_threshold", "type", "must not be null"
            )
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(
                at + "face_match_score_decline_threshold", "type", "must be an integer"
            )
        if v < 0:
            raise RequestValidationError(
                at + "face_match_score_decline_threshold", "min", "must be at least 0"
            )
        if v > 100:
            raise RequestValidationError(
                at + "face_match_score_decline_threshold", "max", "must be at most 100"
            )
    v = d.get("face_match_score_review_threshold")
    if v is None:
        if "face_match_score_review_threshold" in d:
            raise RequestValidationError(
                at + "face_match_score_review_threshold", "type", "must not be null"
            )
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(
                at + "face_match_score_review_threshold", "type", "must be an integer"
            )
        if v < 0:
            raise RequestValidationError(
                at + "face_match_score_review_threshold", "min", "must be at least 0"
            )
        if v > 100:
            raise RequestValidationError(
                at + "face_match_score_review_threshold", "max", "must be at most 100"
            )
    v = d.get("is_aml_enabled")
    if v is None:
        if "is_aml_enabled" in d:
            raise RequestValidationError(at + "is_aml_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "is_aml_enabled", "type", "must be true or false")
    v = d.get("aml_decline_threshold")
    if v is None:
        if "aml_decline_threshold" in d:
            raise RequestValidationError(at + "aml_decline_threshold", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(at + "aml_decline_threshold", "type", "must be an integer")
        if v < 0:
            raise RequestValidationError(at + "aml_decline_threshold", "min", "must be at least 0")
        if v > 100:
            raise RequestValidationError(at + "aml_decline_threshold", "max", "must be at most 100")
    v = d.get("is_phone_verification_enabled")
    if v is None:
        if "is_phone_verification_enabled" in d:
            raise RequestValidationError(
                at + "is_phone_verification_enabled", "type", "must not be null"
            )
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_phone_verification_enabled", "type", "must be true or false"
            )
    v = d.get("is_email_verification_enabled")
    if v is None:
        if "is_email_verification_enabled" in d:
            raise RequestValidationError(
                at + "is_email_verification_enabled", "type", "must not be null"
            )
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_email_verification_enabled", "type", "must be true or false"
            )
    v = d.get("is_database_validation_enabled")
    if v is None:
        if "is_database_validation_enabled" in d:
            raise RequestValidationError(
                at + "is_database_validation_enabled", "type", "must not be null"
            )
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_database_validation_enabled", "type", "must be true or false"
            )
    v = d.get("is_ip_analysis_enabled")
    if v is None:
        if "is_ip_analysis_enabled" in d:
            raise RequestValidationError(at + "is_ip_analysis_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_ip_analysis_enabled", "type", "must be true or false"
            )
    v = d.get("is_nfc_enabled")
    if v is None:
        if "is_nfc_enabled" in d:
            raise RequestValidationError(at + "is_nfc_enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "is_nfc_enabled", "type", "must be true or false")
    v = d.get("is_age_restrictions_enabled")
    if v is None:
        if "is_age_restrictions_enabled" in d:
            raise RequestValidationError(
                at + "is_age_restrictions_enabled", "type", "must not be null"
            )
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "is_age_restrictions_enabled", "type", "must be true or false"
            )
    v = d.get("documents_allowed")
    if v is None:
        if "documents_allowed" in d:
            raise RequestValidationError(at + "documents_allowed", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise RequestValidationError(at + "documents_allowed", "type", "must be an object")
    v = d.get("duplicated_user_action")
    if v is None:
        if "duplicated_user_action" in d:
            raise RequestValidationError(at + "duplicated_user_action", "type", "must not be null")
    else:
        if v not in _E_inline5:
            raise RequestValidationError(
                at + "duplicated_user_action", "enum", "must be one of: no_action, review, decline"
            )
    v = d.get("max_retry_attempts")
    if v is None:
        if "max_retry_attempts" in d:
            raise RequestValidationError(at + "max_retry_attempts", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(at + "max_retry_attempts", "type", "must be an integer")
        if v < 0:
            raise RequestValidationError(at + "max_retry_attempts", "min", "must be at least 0")
    v = d.get("retry_window_days")
    if v is None:
        if "retry_window_days" in d:
            raise RequestValidationError(at + "retry_window_days", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(at + "retry_window_days", "type", "must be an integer")
        if v < 0:
            raise RequestValidationError(at + "retry_window_days", "min", "must be at least 0")


def structure_Workflow(d: Any) -> Workflow:
    """Decode a JSON object into :class:`Workflow`."""
    o = _new(Workflow)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("uuid")
    if v is None and "uuid" in d:
        nl += ("uuid",)
    _set(o, "uuid", v)
    v = g("workflow_id")
    if v is None and "workflow_id" in d:
        nl += ("workflow_id",)
    _set(o, "workflow_id", v)
    v = g("workflow_label")
    if v is None and "workflow_label" in d:
        nl += ("workflow_label",)
    _set(o, "workflow_label", v)
    v = g("workflow_type")
    if v is not None:
        v = _M_WorkflowType.get(v, v)
    elif "workflow_type" in d:
        nl += ("workflow_type",)
    _set(o, "workflow_type", v)
    v = g("is_default")
    if v is None and "is_default" in d:
        nl += ("is_default",)
    _set(o, "is_default", v)
    v = g("is_archived")
    if v is None and "is_archived" in d:
        nl += ("is_archived",)
    _set(o, "is_archived", v)
    v = g("total_price")
    if v is None and "total_price" in d:
        nl += ("total_price",)
    _set(o, "total_price", v)
    v = g("min_price")
    if v is None and "min_price" in d:
        nl += ("min_price",)
    _set(o, "min_price", v)
    v = g("max_price")
    if v is None and "max_price" in d:
        nl += ("max_price",)
    _set(o, "max_price", v)
    v = g("features")
    if v is not None:
        v = [
            (structure_WorkflowFeature(x) if x.__class__ is dict else x)
            if x.__class__ is dict
            else x
            for x in v
        ]
    elif "features" in d:
        nl += ("features",)
    _set(o, "features", v)
    v = g("is_simple_workflow")
    if v is None and "is_simple_workflow" in d:
        nl += ("is_simple_workflow",)
    _set(o, "is_simple_workflow", v)
    v = g("is_editable")
    if v is None and "is_editable" in d:
        nl += ("is_editable",)
    _set(o, "is_editable", v)
    v = g("workflow_url")
    if v is None and "workflow_url" in d:
        nl += ("workflow_url",)
    _set(o, "workflow_url", v)
    v = g("max_retry_attempts")
    if v is None and "max_retry_attempts" in d:
        nl += ("max_retry_attempts",)
    _set(o, "max_retry_attempts", v)
    v = g("retry_window_days")
    if v is None and "retry_window_days" in d:
        nl += ("retry_window_days",)
    _set(o, "retry_window_days", v)
    v = g("special_add_on_prices")
    if v is None and "special_add_on_prices" in d:
        nl += ("special_add_on_prices",)
    _set(o, "special_add_on_prices", v)
    v = g("version")
    if v is None and "version" in d:
        nl += ("version",)
    _set(o, "version", v)
    v = g("created_at")
    if v is None and "created_at" in d:
        nl += ("created_at",)
    _set(o, "created_at", v)
    ex = d.keys() - _K_Workflow
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_Workflow(o: Workflow) -> dict[str, Any]:
    """Encode :class:`Workflow` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.uuid
    if v is not None and v is not UNSET:
        d["uuid"] = v
    elif v is None and (nl is None or "uuid" in nl):
        d["uuid"] = None
    v = o.workflow_id
    if v is not None and v is not UNSET:
        d["workflow_id"] = v
    elif v is None and nl is not None and "workflow_id" in nl:
        d["workflow_id"] = None
    v = o.workflow_label
    if v is not None and v is not UNSET:
        d["workflow_label"] = v
    elif v is None and nl is not None and "workflow_label" in nl:
        d["workflow_label"] = None
    v = o.workflow_type
    if v is not None and v is not UNSET:
        d["workflow_type"] = str(v)
    elif v is None and nl is not None and "workflow_type" in nl:
        d["workflow_type"] = None
    v = o.is_default
    if v is not None and v is not UNSET:
        d["is_default"] = v
    elif v is None and nl is not None and "is_default" in nl:
        d["is_default"] = None
    v = o.is_archived
    if v is not None and v is not UNSET:
        d["is_archived"] = v
    elif v is None and nl is not None and "is_archived" in nl:
        d["is_archived"] = None
    v = o.total_price
    if v is not None and v is not UNSET:
        d["total_price"] = v
    elif v is None and nl is not None and "total_price" in nl:
        d["total_price"] = None
    v = o.min_price
    if v is not None and v is not UNSET:
        d["min_price"] = v
    elif v is None and nl is not None and "min_price" in nl:
        d["min_price"] = None
    v = o.max_price
    if v is not None and v is not UNSET:
        d["max_price"] = v
    elif v is None and nl is not None and "max_price" in nl:
        d["max_price"] = None
    v = o.features
    if v is not None and v is not UNSET:
        d["features"] = [
            (unstructure_WorkflowFeature(x) if isinstance(x, WorkflowFeature) else x)
            if isinstance(x, WorkflowFeature)
            else x
            for x in v
        ]
    elif v is None and nl is not None and "features" in nl:
        d["features"] = None
    v = o.is_simple_workflow
    if v is not None and v is not UNSET:
        d["is_simple_workflow"] = v
    elif v is None and nl is not None and "is_simple_workflow" in nl:
        d["is_simple_workflow"] = None
    v = o.is_editable
    if v is not None and v is not UNSET:
        d["is_editable"] = v
    elif v is None and nl is not None and "is_editable" in nl:
        d["is_editable"] = None
    v = o.workflow_url
    if v is not None and v is not UNSET:
        d["workflow_url"] = v
    elif v is None and nl is not None and "workflow_url" in nl:
        d["workflow_url"] = None
    v = o.max_retry_attempts
    if v is not None and v is not UNSET:
        d["max_retry_attempts"] = v
    elif v is None and nl is not None and "max_retry_attempts" in nl:
        d["max_retry_attempts"] = None
    v = o.retry_window_days
    if v is not None and v is not UNSET:
        d["retry_window_days"] = v
    elif v is None and nl is not None and "retry_window_days" in nl:
        d["retry_window_days"] = None
    v = o.special_add_on_prices
    if v is not None and v is not UNSET:
        d["special_add_on_prices"] = dict(v)
    elif v is None and nl is not None and "special_add_on_prices" in nl:
        d["special_add_on_prices"] = None
    v = o.version
    if v is not None and v is not UNSET:
        d["version"] = v
    elif v is None and nl is not None and "version" in nl:
        d["version"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and nl is not None and "created_at" in nl:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_Workflow(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid Workflow."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "Workflow", "type", "must be an object")
    v: Any
    if "uuid" not in d:
        raise RequestValidationError(at + "uuid", "required", "is required")
    v = d.get("uuid")
    if v is None:
        if "uuid" in d:
            raise RequestValidationError(at + "uuid", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "uuid", "type", "must be a string")
    v = d.get("workflow_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "workflow_id", "type", "must be a string")
    v = d.get("workflow_label")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "workflow_label", "type", "must be a string")
    v = d.get("workflow_type")
    if v is not None:
        if v is not None:
            if v not in _E_WorkflowType:
                raise RequestValidationError(
                    at + "workflow_type",
                    "enum",
                    "must be one of: kyc, adaptive_age_verification, biometric_authentication, address_verification, questionnaire_verification, email_verification, phone_verification",
                )
    v = d.get("is_default")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(at + "is_default", "type", "must be true or false")
    v = d.get("is_archived")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(at + "is_archived", "type", "must be true or false")
    v = d.get("total_price")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "total_price", "type", "must be a number")
    v = d.get("min_price")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "min_price", "type", "must be a number")
    v = d.get("max_price")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(at + "max_price", "type", "must be a number")
    v = d.get("features")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "features", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "features", "type", "must not contain null")
                if not (isinstance(x0, str) or isinstance(x0, Mapping)):
                    raise RequestValidationError(
                        at + "features" + "[" + str(i0) + "]",
                        "type",
                        "must be one of: string, object",
                    )
                if isinstance(x0, str):
                    if not isinstance(x0, str):
                        raise RequestValidationError(
                            at + "features" + "[" + str(i0) + "]", "type", "must be a string"
                        )
                if isinstance(x0, Mapping):
                    validate_WorkflowFeature(x0, at + "features" + "[" + str(i0) + "]" + ".")
    v = d.get("is_simple_workflow")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "is_simple_workflow", "type", "must be true or false"
                )
    v = d.get("is_editable")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(at + "is_editable", "type", "must be true or false")
    v = d.get("workflow_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "workflow_url", "type", "must be a string")
    v = d.get("max_retry_attempts")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "max_retry_attempts", "type", "must be an integer"
                )
    v = d.get("retry_window_days")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "retry_window_days", "type", "must be an integer")
    v = d.get("special_add_on_prices")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(
                    at + "special_add_on_prices", "type", "must be an object"
                )
    v = d.get("version")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "version", "type", "must be an integer")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "created_at", "type", "must be a string")


def structure_QuestionnaireOption(d: Any) -> QuestionnaireOption:
    """Decode a JSON object into :class:`QuestionnaireOption`."""
    o = _new(QuestionnaireOption)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("label")
    if v is None and "label" in d:
        nl += ("label",)
    _set(o, "label", v)
    ex = d.keys() - _K_QuestionnaireOption
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_QuestionnaireOption(o: QuestionnaireOption) -> dict[str, Any]:
    """Encode :class:`QuestionnaireOption` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.label
    if v is not None and v is not UNSET:
        d["label"] = {k: x for k, x in v.items()}
    elif v is None and (nl is None or "label" in nl):
        d["label"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_QuestionnaireOption(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid QuestionnaireOption."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "QuestionnaireOption", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_QuestionnaireOption:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of QuestionnaireOption"
        )
    if "label" not in d:
        raise RequestValidationError(at + "label", "required", "is required")
    v = d.get("label")
    if v is None:
        if "label" in d:
            raise RequestValidationError(at + "label", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise RequestValidationError(at + "label", "type", "must be an object")
        for k0, x0 in v.items():
            if not isinstance(x0, str):
                raise RequestValidationError(
                    at + "label" + "." + str(k0), "type", "must be a string"
                )


def structure_QuestionnaireFormElement(d: Any) -> QuestionnaireFormElement:
    """Decode a JSON object into :class:`QuestionnaireFormElement`."""
    o = _new(QuestionnaireFormElement)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("element_type")
    if v is None and "element_type" in d:
        nl += ("element_type",)
    _set(o, "element_type", v)
    v = g("label")
    if v is None and "label" in d:
        nl += ("label",)
    _set(o, "label", v)
    v = g("is_required")
    if v is None and "is_required" in d:
        nl += ("is_required",)
    _set(o, "is_required", v)
    v = g("options")
    if v is not None:
        v = [structure_QuestionnaireOption(x) if x.__class__ is dict else x for x in v]
    elif "options" in d:
        nl += ("options",)
    _set(o, "options", v)
    ex = d.keys() - _K_QuestionnaireFormElement
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_QuestionnaireFormElement(o: QuestionnaireFormElement) -> dict[str, Any]:
    """Encode :class:`QuestionnaireFormElement` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.element_type
    if v is not None and v is not UNSET:
        d["element_type"] = v
    elif v is None and (nl is None or "element_type" in nl):
        d["element_type"] = None
    v = o.label
    if v is not None and v is not UNSET:
        d["label"] = {k: x for k, x in v.items()}
    elif v is None and (nl is None or "label" in nl):
        d["label"] = None
    v = o.is_required
    if v is not None and v is not UNSET:
        d["is_required"] = v
    elif v is None and nl is not None and "is_required" in nl:
        d["is_required"] = None
    v = o.options
    if v is not None and v is not UNSET:
        d["options"] = [
            unstructure_QuestionnaireOption(x) if isinstance(x, QuestionnaireOption) else x
            for x in v
        ]
    elif v is None and nl is not None and "options" in nl:
        d["options"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_QuestionnaireFormElement(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid QuestionnaireFormElement."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "QuestionnaireFormElement", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_QuestionnaireFormElement:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of QuestionnaireFormElement"
        )
    if "element_type" not in d:
        raise RequestValidationError(at + "element_type", "required", "is required")
    v = d.get("element_type")
    if v is None:
        if "element_type" in d:
            raise RequestValidationError(at + "element_type", "type", "must not be null")
    else:
        if v not in _E_inline6:
            raise RequestValidationError(
                at + "element_type",
                "enum",
                "must be one of: short_text, long_text, multiple_choice, checkbox, file_upload, date, number",
            )
    if "label" not in d:
        raise RequestValidationError(at + "label", "required", "is required")
    v = d.get("label")
    if v is None:
        if "label" in d:
            raise RequestValidationError(at + "label", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise RequestValidationError(at + "label", "type", "must be an object")
        for k0, x0 in v.items():
            if not isinstance(x0, str):
                raise RequestValidationError(
                    at + "label" + "." + str(k0), "type", "must be a string"
                )
    v = d.get("is_required")
    if v is None:
        if "is_required" in d:
            raise RequestValidationError(at + "is_required", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "is_required", "type", "must be true or false")
    v = d.get("options")
    if v is None:
        if "options" in d:
            raise RequestValidationError(at + "options", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(at + "options", "type", "must be a list")
        if len(v) < 1:
            raise RequestValidationError(at + "options", "min_items", "must have at least 1 items")
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(at + "options", "type", "must not contain null")
            validate_QuestionnaireOption(x0, at + "options" + "[" + str(i0) + "]" + ".")
    if "element_type" in d and d.get("element_type") == "multiple_choice" and "options" not in d:
        raise RequestValidationError(
            at + "options", "depends", 'is required when element_type is "multiple_choice"'
        )


def structure_QuestionnaireCreateRequest(d: Any) -> QuestionnaireCreateRequest:
    """Decode a JSON object into :class:`QuestionnaireCreateRequest`."""
    o = _new(QuestionnaireCreateRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("title")
    if v is None and "title" in d:
        nl += ("title",)
    _set(o, "title", v)
    v = g("description")
    if v is None and "description" in d:
        nl += ("description",)
    _set(o, "description", v)
    v = g("default_language")
    if v is None and "default_language" in d:
        nl += ("default_language",)
    _set(o, "default_language", v)
    v = g("languages")
    if v is None and "languages" in d:
        nl += ("languages",)
    _set(o, "languages", v)
    v = g("form_elements")
    if v is not None:
        v = [structure_QuestionnaireFormElement(x) if x.__class__ is dict else x for x in v]
    elif "form_elements" in d:
        nl += ("form_elements",)
    _set(o, "form_elements", v)
    ex = d.keys() - _K_QuestionnaireCreateRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_QuestionnaireCreateRequest(o: QuestionnaireCreateRequest) -> dict[str, Any]:
    """Encode :class:`QuestionnaireCreateRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.title
    if v is not None and v is not UNSET:
        d["title"] = v
    elif v is None and (nl is None or "title" in nl):
        d["title"] = None
    v = o.description
    if v is not None and v is not UNSET:
        d["description"] = v
    elif v is None and nl is not None and "description" in nl:
        d["description"] = None
    v = o.default_language
    if v is not None and v is not UNSET:
        d["default_language"] = v
    elif v is None and nl is not None and "default_language" in nl:
        d["default_language"] = None
    v = o.languages
    if v is not None and v is not UNSET:
        d["languages"] = [x for x in v]
    elif v is None and nl is not None and "languages" in nl:
        d["languages"] = None
    v = o.form_elements
    if v is not None and v is not UNSET:
        d["form_elements"] = [
            unstructure_QuestionnaireFormElement(x)
            if isinstance(x, QuestionnaireFormElement)
            else x
            for x in v
        ]
    elif v is None and (nl is None or "form_elements" in nl):
        d["form_elements"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_QuestionnaireCreateRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid QuestionnaireCreateRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "QuestionnaireCreateRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_QuestionnaireCreateRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of QuestionnaireCreateRequest"
        )
    if "title" not in d:
        raise RequestValidationError(at + "title", "required", "is required")
    v = d.get("title")
    if v is None:
        if "title" in d:
            raise RequestValidationError(at + "title", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "title", "type", "must be a string")
        if len(v) < 1:
            raise RequestValidationError(
                at + "title", "min_length", "must have at least 1 characters"
            )
    v = d.get("description")
    if v is None:
        if "description" in d:
            raise RequestValidationError(at + "description", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "description", "type", "must be a string")
    v = d.get("default_language")
    if v is None:
        if "default_language" in d:
            raise RequestValidationError(at + "default_language", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "default_language", "type", "must be a string")
    v = d.get("languages")
    if v is None:
        if "languages" in d:
            raise RequestValidationError(at + "languages", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(at + "languages", "type", "must be a list")
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(at + "languages", "type", "must not contain null")
            if not isinstance(x0, str):
                raise RequestValidationError(
                    at + "languages" + "[" + str(i0) + "]", "type", "must be a string"
                )
    if "form_elements" not in d:
        raise RequestValidationError(at + "form_elements", "required", "is required")
    v = d.get("form_elements")
    if v is None:
        if "form_elements" in d:
            raise RequestValidationError(at + "form_elements", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(at + "form_elements", "type", "must be a list")
        if len(v) < 1:
            raise RequestValidationError(
                at + "form_elements", "min_items", "must have at least 1 items"
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(at + "form_elements", "type", "must not contain null")
            validate_QuestionnaireFormElement(x0, at + "form_elements" + "[" + str(i0) + "]" + ".")


def structure_QuestionnaireUpdateRequest(d: Any) -> QuestionnaireUpdateRequest:
    """Decode a JSON object into :class:`QuestionnaireUpdateRequest`."""
    o = _new(QuestionnaireUpdateRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("title")
    if v is None and "title" in d:
        nl += ("title",)
    _set(o, "title", v)
    v = g("description")
    if v is None and "description" in d:
        nl += ("description",)
    _set(o, "description", v)
    v = g("default_language")
    if v is None and "default_language" in d:
        nl += ("default_language",)
    _set(o, "default_language", v)
    v = g("languages")
    if v is None and "languages" in d:
        nl += ("languages",)
    _set(o, "languages", v)
    v = g("form_elements")
    if v is not None:
        v = [structure_QuestionnaireFormElement(x) if x.__class__ is dict else x for x in v]
    elif "form_elements" in d:
        nl += ("form_elements",)
    _set(o, "form_elements", v)
    ex = d.keys() - _K_QuestionnaireUpdateRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_QuestionnaireUpdateRequest(o: QuestionnaireUpdateRequest) -> dict[str, Any]:
    """Encode :class:`QuestionnaireUpdateRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.title
    if v is not None and v is not UNSET:
        d["title"] = v
    elif v is None and nl is not None and "title" in nl:
        d["title"] = None
    v = o.description
    if v is not None and v is not UNSET:
        d["description"] = v
    elif v is None and nl is not None and "description" in nl:
        d["description"] = None
    v = o.default_language
    if v is not None and v is not UNSET:
        d["default_language"] = v
    elif v is None and nl is not None and "default_language" in nl:
        d["default_language"] = None
    v = o.languages
    if v is not None and v is not UNSET:
        d["languages"] = [x for x in v]
    elif v is None and nl is not None and "languages" in nl:
        d["languages"] = None
    v = o.form_elements
    if v is not None and v is not UNSET:
        d["form_elements"] = [
            unstructure_QuestionnaireFormElement(x)
            if isinstance(x, QuestionnaireFormElement)
            else x
            for x in v
        ]
    elif v is None and nl is not None and "form_elements" in nl:
        d["form_elements"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_QuestionnaireUpdateRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid QuestionnaireUpdateRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "QuestionnaireUpdateRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_QuestionnaireUpdateRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of QuestionnaireUpdateRequest"
        )
    v = d.get("title")
    if v is None:
        if "title" in d:
            raise RequestValidationError(at + "title", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "title", "type", "must be a string")
        if len(v) < 1:
            raise RequestValidationError(
                at + "title", "min_length", "must have at least 1 characters"
            )
    v = d.get("description")
    if v is None:
        if "description" in d:
            raise RequestValidationError(at + "description", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "description", "type", "must be a string")
    v = d.get("default_language")
    if v is None:
        if "default_language" in d:
            raise RequestValidationError(at + "default_language", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "default_language", "type", "must be a string")
    v = d.get("languages")
    if v is None:
        if "languages" in d:
            raise RequestValidationError(at + "languages", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(at + "languages", "type", "must be a list")
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(at + "languages", "type", "must not contain null")
            if not isinstance(x0, str):
                raise RequestValidationError(
                    at + "languages" + "[" + str(i0) + "]", "type", "must be a string"
                )
    v = d.get("form_elements")
    if v is None:
        if "form_elements" in d:
            raise RequestValidationError(at + "form_elements", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(at + "form_elements", "type", "must be a list")
        if len(v) < 1:
            raise RequestValidationError(
                at + "form_elements", "min_items", "must have at least 1 items"
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(at + "form_elements", "type", "must not contain null")
            validate_QuestionnaireFormElement(x0, at + "form_elements" + "[" + str(i0) + "]" + ".")


def structure_Questionnaire(d: Any) -> Questionnaire:
    """Decode a JSON object into :class:`Questionnaire`."""
    o = _new(Questionnaire)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("uuid")
    if v is None and "uuid" in d:
        nl += ("uuid",)
    _set(o, "uuid", v)
    v = g("title")
    if v is None and "title" in d:
        nl += ("title",)
    _set(o, "title", v)
    v = g("description")
    if v is None and "description" in d:
        nl += ("description",)
    _set(o, "description", v)
    v = g("default_language")
    if v is None and "default_language" in d:
        nl += ("default_language",)
    _set(o, "default_language", v)
    v = g("languages")
    if v is None and "languages" in d:
        nl += ("languages",)
    _set(o, "languages", v)
    v = g("form_elements")
    if v is None and "form_elements" in d:
        nl += ("form_elements",)
    _set(o, "form_elements", v)
    v = g("created_at")
    if v is None and "created_at" in d:
        nl += ("created_at",)
    _set(o, "created_at", v)
    v = g("updated_at")
    if v is None and "updated_at" in d:
        nl += ("updated_at",)
    _set(o, "updated_at", v)
    ex = d.keys() - _K_Questionnaire
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_Questionnaire(o: Questionnaire) -> dict[str, Any]:
    """Encode :class:`Questionnaire` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.uuid
    if v is not None and v is not UNSET:
        d["uuid"] = v
    elif v is None and (nl is None or "uuid" in nl):
        d["uuid"] = None
    v = o.title
    if v is not None and v is not UNSET:
        d["title"] = v
    elif v is None and nl is not None and "title" in nl:
        d["title"] = None
    v = o.description
    if v is not None and v is not UNSET:
        d["description"] = v
    elif v is None and nl is not None and "description" in nl:
        d["description"] = None
    v = o.default_language
    if v is not None and v is not UNSET:
        d["default_language"] = v
    elif v is None and nl is not None and "default_language" in nl:
        d["default_language"] = None
    v = o.languages
    if v is not None and v is not UNSET:
        d["languages"] = [x for x in v]
    elif v is None and nl is not None and "languages" in nl:
        d["languages"] = None
    v = o.form_elements
    if v is not None and v is not UNSET:
        d["form_elements"] = [dict(x) for x in v]
    elif v is None and nl is not None and "form_elements" in nl:
        d["form_elements"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and nl is not None and "created_at" in nl:
        d["created_at"] = None
    v = o.updated_at
    if v is not None and v is not UNSET:
        d["updated_at"] = v
    elif v is None and nl is not None and "updated_at" in nl:
        d["updated_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_Questionnaire(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid Questionnaire."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "Questionnaire", "type", "must be an object")
    v: Any
    if "uuid" not in d:
        raise RequestValidationError(at + "uuid", "required", "is required")
    v = d.get("uuid")
    if v is None:
        if "uuid" in d:
            raise RequestValidationError(at + "uuid", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "uuid", "type", "must be a string")
    v = d.get("title")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "title", "type", "must be a string")
    v = d.get("description")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "description", "type", "must be a string")
    v = d.get("default_language")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "default_language", "type", "must be a string")
    v = d.get("languages")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "languages", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "languages", "type", "must not contain null")
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "languages" + "[" + str(i0) + "]", "type", "must be a string"
                    )
    v = d.get("form_elements")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "form_elements", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "form_elements", "type", "must not contain null"
                    )
                if not isinstance(x0, Mapping):
                    raise RequestValidationError(
                        at + "form_elements" + "[" + str(i0) + "]", "type", "must be an object"
                    )
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "created_at", "type", "must be a string")
    v = d.get("updated_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "updated_at", "type", "must be a string")


def structure_User(d: Any) -> User:
    """Decode a JSON object into :class:`User`."""
    o = _new(User)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("vendor_data")
    if v is None and "vendor_data" in d:
        nl += ("vendor_data",)
    _set(o, "vendor_data", v)
    v = g("didit_internal_id")
    if v is None and "didit_internal_id" in d:
        nl += ("didit_internal_id",)
    _set(o, "didit_internal_id", v)
    v = g("display_name")
    if v is None and "display_name" in d:
        nl += ("display_name",)
    _set(o, "display_name", v)
    v = g("full_name")
    if v is None and "full_name" in d:
        nl += ("full_name",)
    _set(o, "full_name", v)
    v = g("date_of_birth")
    if v is None and "date_of_birth" in d:
        nl += ("date_of_birth",)
    _set(o, "date_of_birth", v)
    v = g("status")
    if v is not None:
        v = _M_UserStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("metadata")
    if v is None and "metadata" in d:
        nl += ("metadata",)
    _set(o, "metadata", v)
    v = g("portrait_image")
    if v is None and "portrait_image" in d:
        nl += ("portrait_image",)
    _set(o, "portrait_image", v)
    v = g("issuing_states")
    if v is None and "issuing_states" in d:
        nl += ("issuing_states",)
    _set(o, "issuing_states", v)
    v = g("approved_emails")
    if v is None and "approved_emails" in d:
        nl += ("approved_emails",)
    _set(o, "approved_emails", v)
    v = g("approved_phones")
    if v is None and "approved_phones" in d:
        nl += ("approved_phones",)
    _set(o, "approved_phones", v)
    v = g("features")
    if v is None and "features" in d:
        nl += ("features",)
    _set(o, "features", v)
    v = g("session_count")
    if v is None and "session_count" in d:
        nl += ("session_count",)
    _set(o, "session_count", v)
    v = g("approved_count")
    if v is None and "approved_count" in d:
        nl += ("approved_count",)
    _set(o, "approved_count", v)
    v = g("declined_count")
    if v is None and "declined_count" in d:
        nl += ("declined_count",)
    _set(o, "declined_count", v)
    v = g("in_review_count")
    if v is None and "in_review_count" in d:
        nl += ("in_review_count",)
    _set(o, "in_review_count", v)
    v = g("first_session_at")
    if v is None and "first_session_at" in d:
        nl += ("first_session_at",)
    _set(o, "first_session_at", v)
    v = g("last_session_at")
    if v is None and "last_session_at" in d:
        nl += ("last_session_at",)
    _set(o, "last_session_at", v)
    v = g("created_at")
    if v is None and "created_at" in d:
        nl += ("created_at",)
    _set(o, "created_at", v)
    v = g("updated_at")
    if v is None and "updated_at" in d:
        nl += ("updated_at",)
    _set(o, "updated_at", v)
    ex = d.keys() - _K_User
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_User(o: User) -> dict[str, Any]:
    """Encode :class:`User` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and (nl is None or "vendor_data" in nl):
        d["vendor_data"] = None
    v = o.didit_internal_id
    if v is not None and v is not UNSET:
        d["didit_internal_id"] = v
    elif v is None and nl is not None and "didit_internal_id" in nl:
        d["didit_internal_id"] = None
    v = o.display_name
    if v is not None and v is not UNSET:
        d["display_name"] = v
    elif v is None and nl is not None and "display_name" in nl:
        d["display_name"] = None
    v = o.full_name
    if v is not None and v is not UNSET:
        d["full_name"] = v
    elif v is None and nl is not None and "full_name" in nl:
        d["full_name"] = None
    v = o.date_of_birth
    if v is not None and v is not UNSET:
        d["date_of_birth"] = v
    elif v is None and nl is not None and "date_of_birth" in nl:
        d["date_of_birth"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.metadata
    if v is not None and v is not UNSET:
        d["metadata"] = dict(v)
    elif v is None and nl is not None and "metadata" in nl:
        d["metadata"] = None
    v = o.portrait_image
    if v is not None and v is not UNSET:
        d["portrait_image"] = v
    elif v is None and nl is not None and "portrait_image" in nl:
        d["portrait_image"] = None
    v = o.issuing_states
    if v is not None and v is not UNSET:
        d["issuing_states"] = [x for x in v]
    elif v is None and nl is not None and "issuing_states" in nl:
        d["issuing_states"] = None
    v = o.approved_emails
    if v is not None and v is not UNSET:
        d["approved_emails"] = [x for x in v]
    elif v is None and nl is not None and "approved_emails" in nl:
        d["approved_emails"] = None
    v = o.approved_phones
    if v is not None and v is not UNSET:
        d["approved_phones"] = [x for x in v]
    elif v is None and nl is not None and "approved_phones" in nl:
        d["approved_phones"] = None
    v = o.features
    if v is not None and v is not UNSET:
        d["features"] = [x for x in v]
    elif v is None and nl is not None and "features" in nl:
        d["features"] = None
    v = o.session_count
    if v is not None and v is not UNSET:
        d["session_count"] = v
    elif v is None and nl is not None and "session_count" in nl:
        d["session_count"] = None
    v = o.approved_count
    if v is not None and v is not UNSET:
        d["approved_count"] = v
    elif v is None and nl is not None and "approved_count" in nl:
        d["approved_count"] = None
    v = o.declined_count
    if v is not None and v is not UNSET:
        d["declined_count"] = v
    elif v is None and nl is not None and "declined_count" in nl:
        d["declined_count"] = None
    v = o.in_review_count
    if v is not None and v is not UNSET:
        d["in_review_count"] = v
    elif v is None and nl is not None and "in_review_count" in nl:
        d["in_review_count"] = None
    v = o.first_session_at
    if v is not None and v is not UNSET:
        d["first_session_at"] = v
    elif v is None and nl is not None and "first_session_at" in nl:
        d["first_session_at"] = None
    v = o.last_session_at
    if v is not None and v is not UNSET:
        d["last_session_at"] = v
    elif v is None and nl is not None and "last_session_at" in nl:
        d["last_session_at"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and nl is not None and "created_at" in nl:
        d["created_at"] = None
    v = o.updated_at
    if v is not None and v is not UNSET:
        d["updated_at"] = v
    elif v is None and nl is not None and "updated_at" in nl:
        d["updated_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_User(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid User."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "User", "type", "must be an object")
    v: Any
    if "vendor_data" not in d:
        raise RequestValidationError(at + "vendor_data", "required", "is required")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "vendor_data", "type", "must be a string")
    v = d.get("didit_internal_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "didit_internal_id", "type", "must be a string")
    v = d.get("display_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "display_name", "type", "must be a string")
    v = d.get("full_name")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "full_name", "type", "must be a string")
    v = d.get("date_of_birth")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "date_of_birth", "type", "must be a string")
    v = d.get("status")
    if v is not None:
        if v is not None:
            if v not in _E_UserStatus:
                raise RequestValidationError(
                    at + "status", "enum", "must be one of: ACTIVE, FLAGGED, BLOCKED"
                )
    v = d.get("metadata")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(at + "metadata", "type", "must be an object")
    v = d.get("portrait_image")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "portrait_image", "type", "must be a string")
    v = d.get("issuing_states")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "issuing_states", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "issuing_states", "type", "must not contain null"
                    )
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "issuing_states" + "[" + str(i0) + "]", "type", "must be a string"
                    )
    v = d.get("approved_emails")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "approved_emails", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "approved_emails", "type", "must not contain null"
                    )
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "approved_emails" + "[" + str(i0) + "]", "type", "must be a string"
                    )
    v = d.get("approved_phones")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "approved_phones", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "approved_phones", "type", "must not contain null"
                    )
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "approved_phones" + "[" + str(i0) + "]", "type", "must be a string"
                    )
    v = d.get("features")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "features", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(at + "features", "type", "must not contain null")
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "features" + "[" + str(i0) + "]", "type", "must be a string"
                    )
    v = d.get("session_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "session_count", "type", "must be an integer")
    v = d.get("approved_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "approved_count", "type", "must be an integer")
    v = d.get("declined_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "declined_count", "type", "must be an integer")
    v = d.get("in_review_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "in_review_count", "type", "must be an integer")
    v = d.get("first_session_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "first_session_at", "type", "must be a string")
    v = d.get("last_session_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "last_session_at", "type", "must be a string")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "created_at", "type", "must be a string")
    v = d.get("updated_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "updated_at", "type", "must be a string")


def structure_UserListPage(d: Any) -> UserListPage:
    """Decode a JSON object into :class:`UserListPage`."""
    o = _new(UserListPage)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("count")
    if v is None and "count" in d:
        nl += ("count",)
    _set(o, "count", v)
    v = g("next")
    if v is None and "next" in d:
        nl += ("next",)
    _set(o, "next", v)
    v = g("previous")
    if v is None and "previous" in d:
        nl += ("previous",)
    _set(o, "previous", v)
    v = g("results")
    if v is not None:
        v = [structure_User(x) if x.__class__ is dict else x for x in v]
    elif "results" in d:
        nl += ("results",)
    _set(o, "results", v)
    ex = d.keys() - _K_UserListPage
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_UserListPage(o: UserListPage) -> dict[str, Any]:
    """Encode :class:`UserListPage` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.count
    if v is not None and v is not UNSET:
        d["count"] = v
    elif v is None and nl is not None and "count" in nl:
        d["count"] = None
    v = o.next
    if v is not None and v is not UNSET:
        d["next"] = v
    elif v is None and nl is not None and "next" in nl:
        d["next"] = None
    v = o.previous
    if v is not None and v is not UNSET:
        d["previous"] = v
    elif v is None and nl is not None and "previous" in nl:
        d["previous"] = None
    v = o.results
    if v is not None and v is not UNSET:
        d["results"] = [unstructure_User(x) if isinstance(x, User) else x for x in v]
    elif v is None and (nl is None or "results" in nl):
        d["results"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UserListPage(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UserListPage."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "UserListPage", "type", "must be an object")
    v: Any
    v = d.get("count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "count", "type", "must be an integer")
    v = d.get("next")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "next", "type", "must be a string")
    v = d.get("previous")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "previous", "type", "must be a string")
    if "results" not in d:
        raise RequestValidationError(at + "results", "required", "is required")
    v = d.get("results")
    if v is None:
        if "results" in d:
            raise RequestValidationError(at + "results", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(at + "results", "type", "must be a list")
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(at + "results", "type", "must not contain null")
            validate_User(x0, at + "results" + "[" + str(i0) + "]" + ".")


def structure_UserCreateRequest(d: Any) -> UserCreateRequest:
    """Decode a JSON object into :class:`UserCreateRequest`."""
    o = _new(UserCreateRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("vendor_data")
    if v is None and "vendor_data" in d:
        nl += ("vendor_data",)
    _set(o, "vendor_data", v)
    v = g("display_name")
    if v is None and "display_name" in d:
        nl += ("display_name",)
    _set(o, "display_name", v)
    v = g("metadata")
    if v is None and "metadata" in d:
        nl += ("metadata",)
    _set(o, "metadata", v)
    v = g("status")
    if v is not None:
        v = _M_UserStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    ex = d.keys() - _K_UserCreateRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_UserCreateRequest(o: UserCreateRequest) -> dict[str, Any]:
    """Encode :class:`UserCreateRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and (nl is None or "vendor_data" in nl):
        d["vendor_data"] = None
    v = o.display_name
    if v is not None and v is not UNSET:
        d["display_name"] = v
    elif v is None and nl is not None and "display_name" in nl:
        d["display_name"] = None
    v = o.metadata
    if v is not None and v is not UNSET:
        d["metadata"] = dict(v)
    elif v is None and nl is not None and "metadata" in nl:
        d["metadata"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UserCreateRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UserCreateRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UserCreateRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_UserCreateRequest:
        raise RequestValidationError(at + str(k), "unknown", "is not a field of UserCreateRequest")
    if "vendor_data" not in d:
        raise RequestValidationError(at + "vendor_data", "required", "is required")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "vendor_data", "type", "must be a string")
        if len(v) < 1:
            raise RequestValidationError(
                at + "vendor_data", "min_length", "must have at least 1 characters"
            )
    v = d.get("display_name")
    if v is None:
        if "display_name" in d:
            raise RequestValidationError(at + "display_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "display_name", "type", "must be a string")
    v = d.get("metadata")
    if v is None:
        if "metadata" in d:
            raise RequestValidationError(at + "metadata", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise RequestValidationError(at + "metadata", "type", "must be an object")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_UserStatus:
            raise RequestValidationError(
                at + "status", "enum", "must be one of: ACTIVE, FLAGGED, BLOCKED"
            )


def structure_UserUpdateRequest(d: Any) -> UserUpdateRequest:
    """Decode a JSON object into :class:`UserUpdateRequest`."""
    o = _new(UserUpdateRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("display_name")
    if v is None and "display_name" in d:
        nl += ("display_name",)
    _set(o, "display_name", v)
    v = g("metadata")
    if v is None and "metadata" in d:
        nl += ("metadata",)
    _set(o, "metadata", v)
    ex = d.keys() - _K_UserUpdateRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_UserUpdateRequest(o: UserUpdateRequest) -> dict[str, Any]:
    """Encode :class:`UserUpdateRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.display_name
    if v is not None and v is not UNSET:
        d["display_name"] = v
    elif v is None and nl is not None and "display_name" in nl:
        d["display_name"] = None
    v = o.metadata
    if v is not None and v is not UNSET:
        d["metadata"] = dict(v)
    elif v is None and nl is not None and "metadata" in nl:
        d["metadata"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UserUpdateRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UserUpdateRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UserUpdateRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_UserUpdateRequest:
        raise RequestValidationError(at + str(k), "unknown", "is not a field of UserUpdateRequest")
    v = d.get("display_name")
    if v is None:
        if "display_name" in d:
            raise RequestValidationError(at + "display_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "display_name", "type", "must be a string")
    v = d.get("metadata")
    if v is None:
        if "metadata" in d:
            raise RequestValidationError(at + "metadata", "type", "must not be null")
    else:
        if not isinstance(v, Mapping):
            raise RequestValidationError(at + "metadata", "type", "must be an object")


def structure_UserUpdateStatusRequest(d: Any) -> UserUpdateStatusRequest:
    """Decode a JSON object into :class:`UserUpdateStatusRequest`."""
    o = _new(UserUpdateStatusRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("status")
    if v is not None:
        v = _M_UserStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("reason")
    if v is None and "reason" in d:
        nl += ("reason",)
    _set(o, "reason", v)
    ex = d.keys() - _K_UserUpdateStatusRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_UserUpdateStatusRequest(o: UserUpdateStatusRequest) -> dict[str, Any]:
    """Encode :class:`UserUpdateStatusRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and (nl is None or "status" in nl):
        d["status"] = None
    v = o.reason
    if v is not None and v is not UNSET:
        d["reason"] = v
    elif v is None and nl is not None and "reason" in nl:
        d["reason"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UserUpdateStatusRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UserUpdateStatusRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UserUpdateStatusRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_UserUpdateStatusRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of UserUpdateStatusRequest"
        )
    if "status" not in d:
        raise RequestValidationError(at + "status", "required", "is required")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_UserStatus:
            raise RequestValidationError(
                at + "status", "enum", "must be one of: ACTIVE, FLAGGED, BLOCKED"
            )
    v = d.get("reason")
    if v is None:
        if "reason" in d:
            raise RequestValidationError(at + "reason", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "reason", "type", "must be a string")


def structure_UserBatchDeleteRequest(d: Any) -> UserBatchDeleteRequest:
    """Decode a JSON object into :class:`UserBatchDeleteRequest`."""
    o = _new(UserBatchDeleteRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("vendor_data_list")
    if v is None and "vendor_data_list" in d:
        nl += ("vendor_data_list",)
    _set(o, "vendor_data_list", v)
    v = g("delete_all")
    if v is None and "delete_all" in d:
        nl += ("delete_all",)
    _set(o, "delete_all", v)
    ex = d.keys() - _K_UserBatchDeleteRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_UserBatchDeleteRequest(o: UserBatchDeleteRequest) -> dict[str, Any]:
    """Encode :class:`UserBatchDeleteRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.vendor_data_list
    if v is not None and v is not UNSET:
        d["vendor_data_list"] = [x for x in v]
    elif v is None and nl is not None and "vendor_data_list" in nl:
        d["vendor_data_list"] = None
    v = o.delete_all
    if v is not None and v is not UNSET:
        d["delete_all"] = v
    elif v is None and nl is not None and "delete_all" in nl:
        d["delete_all"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UserBatchDeleteRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UserBatchDeleteRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UserBatchDeleteRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_UserBatchDeleteRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of UserBatchDeleteRequest"
        )
    v = d.get("vendor_data_list")
    if v is None:
        if "vendor_data_list" in d:
            raise RequestValidationError(at + "vendor_data_list", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(at + "vendor_data_list", "type", "must be a list")
        if len(v) < 1:
            raise RequestValidationError(
                at + "vendor_data_list", "min_items", "must have at least 1 items"
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(
                    at + "vendor_data_list", "type", "must not contain null"
                )
            if not isinstance(x0, str):
                raise RequestValidationError(
                    at + "vendor_data_list" + "[" + str(i0) + "]", "type", "must be a string"
                )
            if len(x0) < 1:
                raise RequestValidationError(
                    at + "vendor_data_list" + "[" + str(i0) + "]",
                    "min_length",
                    "must have at least 1 characters",
                )
    v = d.get("delete_all")
    if v is None:
        if "delete_all" in d:
            raise RequestValidationError(at + "delete_all", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "delete_all", "type", "must be true or false")


def structure_UserBatchDeleteResponse(d: Any) -> UserBatchDeleteResponse:
    """Decode a JSON object into :class:`UserBatchDeleteResponse`."""
    o = _new(UserBatchDeleteResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("deleted_count")
    if v is None and "deleted_count" in d:
        nl += ("deleted_count",)
    _set(o, "deleted_count", v)
    v = g("message")
    if v is None and "message" in d:
        nl += ("message",)
    _set(o, "message", v)
    ex = d.keys() - _K_UserBatchDeleteResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_UserBatchDeleteResponse(o: UserBatchDeleteResponse) -> dict[str, Any]:
    """Encode :class:`UserBatchDeleteResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.deleted_count
    if v is not None and v is not UNSET:
        d["deleted_count"] = v
    elif v is None and nl is not None and "deleted_count" in nl:
        d["deleted_count"] = None
    v = o.message
    if v is not None and v is not UNSET:
        d["message"] = v
    elif v is None and nl is not None and "message" in nl:
        d["message"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_UserBatchDeleteResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid UserBatchDeleteResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "UserBatchDeleteResponse", "type", "must be an object"
        )
    v: Any
    v = d.get("deleted_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "deleted_count", "type", "must be an integer")
    v = d.get("message")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "message", "type", "must be a string")


def structure_BillingBalance(d: Any) -> BillingBalance:
    """Decode a JSON object into :class:`BillingBalance`."""
    o = _new(BillingBalance)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("balance")
    if v is None and "balance" in d:
        nl += ("balance",)
    _set(o, "balance", v)
    v = g("auto_refill_enabled")
    if v is None and "auto_refill_enabled" in d:
        nl += ("auto_refill_enabled",)
    _set(o, "auto_refill_enabled", v)
    v = g("auto_refill_amount")
    if v is None and "auto_refill_amount" in d:
        nl += ("auto_refill_amount",)
    _set(o, "auto_refill_amount", v)
    v = g("auto_refill_threshold")
    if v is None and "auto_refill_threshold" in d:
        nl += ("auto_refill_threshold",)
    _set(o, "auto_refill_threshold", v)
    ex = d.keys() - _K_BillingBalance
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_BillingBalance(o: BillingBalance) -> dict[str, Any]:
    """Encode :class:`BillingBalance` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.balance
    if v is not None and v is not UNSET:
        d["balance"] = v
    elif v is None and nl is not None and "balance" in nl:
        d["balance"] = None
    v = o.auto_refill_enabled
    if v is not None and v is not UNSET:
        d["auto_refill_enabled"] = v
    elif v is None and nl is not None and "auto_refill_enabled" in nl:
        d["auto_refill_enabled"] = None
    v = o.auto_refill_amount
    if v is not None and v is not UNSET:
        d["auto_refill_amount"] = v
    elif v is None and nl is not None and "auto_refill_amount" in nl:
        d["auto_refill_amount"] = None
    v = o.auto_refill_threshold
    if v is not None and v is not UNSET:
        d["auto_refill_threshold"] = v
    elif v is None and nl is not None and "auto_refill_threshold" in nl:
        d["auto_refill_threshold"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BillingBalance(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BillingBalance."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "BillingBalance", "type", "must be an object"
        )
    v: Any
    v = d.get("balance")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "balance", "type", "must be a string")
    v = d.get("auto_refill_enabled")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(
                    at + "auto_refill_enabled", "type", "must be true or false"
                )
    v = d.get("auto_refill_amount")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "auto_refill_amount", "type", "must be a string")
    v = d.get("auto_refill_threshold")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "auto_refill_threshold", "type", "must be a string"
                )


def structure_BillingTopUpRequest(d: Any) -> BillingTopUpRequest:
    """Decode a JSON object into :class:`BillingTopUpRequest`."""
    o = _new(BillingTopUpRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("amount_in_dollars")
    if v is None and "amount_in_dollars" in d:
        nl += ("amount_in_dollars",)
    _set(o, "amount_in_dollars", v)
    v = g("success_url")
    if v is None and "success_url" in d:
        nl += ("success_url",)
    _set(o, "success_url", v)
    v = g("cancel_url")
    if v is None and "cancel_url" in d:
        nl += ("cancel_url",)
    _set(o, "cancel_url", v)
    ex = d.keys() - _K_BillingTopUpRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_BillingTopUpRequest(o: BillingTopUpRequest) -> dict[str, Any]:
    """Encode :class:`BillingTopUpRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.amount_in_dollars
    if v is not None and v is not UNSET:
        d["amount_in_dollars"] = v
    elif v is None and (nl is None or "amount_in_dollars" in nl):
        d["amount_in_dollars"] = None
    v = o.success_url
    if v is not None and v is not UNSET:
        d["success_url"] = v
    elif v is None and nl is not None and "success_url" in nl:
        d["success_url"] = None
    v = o.cancel_url
    if v is not None and v is not UNSET:
        d["cancel_url"] = v
    elif v is None and nl is not None and "cancel_url" in nl:
        d["cancel_url"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BillingTopUpRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BillingTopUpRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "BillingTopUpRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_BillingTopUpRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of BillingTopUpRequest"
        )
    if "amount_in_dollars" not in d:
        raise RequestValidationError(at + "amount_in_dollars", "required", "is required")
    v = d.get("amount_in_dollars")
    if v is None:
        if "amount_in_dollars" in d:
            raise RequestValidationError(at + "amount_in_dollars", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise RequestValidationError(at + "amount_in_dollars", "type", "must be a number")
        if v < 50:
            raise RequestValidationError(at + "amount_in_dollars", "min", "must be at least 50")
    v = d.get("success_url")
    if v is None:
        if "success_url" in d:
            raise RequestValidationError(at + "success_url", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "success_url", "type", "must be a string")
        if not is_uri(v):
            raise RequestValidationError(at + "success_url", "format", "must be a valid uri")
    v = d.get("cancel_url")
    if v is None:
        if "cancel_url" in d:
            raise RequestValidationError(at + "cancel_url", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "cancel_url", "type", "must be a string")
        if not is_uri(v):
            raise RequestValidationError(at + "cancel_url", "format", "must be a valid uri")


def structure_BillingTopUpResponse(d: Any) -> BillingTopUpResponse:
    """Decode a JSON object into :class:`BillingTopUpResponse`."""
    o = _new(BillingTopUpResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("checkout_session_id")
    if v is None and "checkout_session_id" in d:
        nl += ("checkout_session_id",)
    _set(o, "checkout_session_id", v)
    v = g("checkout_session_url")
    if v is None and "checkout_session_url" in d:
        nl += ("checkout_session_url",)
    _set(o, "checkout_session_url", v)
    ex = d.keys() - _K_BillingTopUpResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_BillingTopUpResponse(o: BillingTopUpResponse) -> dict[str, Any]:
    """Encode :class:`BillingTopUpResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.checkout_session_id
    if v is not None and v is not UNSET:
        d["checkout_session_id"] = v
    elif v is None and nl is not None and "checkout_session_id" in nl:
        d["checkout_session_id"] = None
    v = o.checkout_session_url
    if v is not None and v is not UNSET:
        d["checkout_session_url"] = v
    elif v is None and nl is not None and "checkout_session_url" in nl:
        d["checkout_session_url"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_BillingTopUpResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid BillingTopUpResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "BillingTopUpResponse", "type", "must be an object"
        )
    v: Any
    v = d.get("checkout_session_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "checkout_session_id", "type", "must be a string")
    v = d.get("checkout_session_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "checkout_session_url", "type", "must be a string"
                )


def structure_WebhookDestinationMetrics(d: Any) -> WebhookDestinationMetrics:
    """Decode a JSON object into :class:`WebhookDestinationMetrics`."""
    o = _new(WebhookDestinationMetrics)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("metrics_window_days")
    if v is None and "metrics_window_days" in d:
        nl += ("metrics_window_days",)
    _set(o, "metrics_window_days", v)
    v = g("deliveries_count")
    if v is None and "deliveries_count" in d:
        nl += ("deliveries_count",)
    _set(o, "deliveries_count", v)
    v = g("failed_deliveries_count")
    if v is None and "failed_deliveries_count" in d:
        nl += ("failed_deliveries_count",)
    _set(o, "failed_deliveries_count", v)
    v = g("average_response_time_ms")
    if v is None and "average_response_time_ms" in d:
        nl += ("average_response_time_ms",)
    _set(o, "average_response_time_ms", v)
    v = g("error_rate_percentage")
    if v is None and "error_rate_percentage" in d:
        nl += ("error_rate_percentage",)
    _set(o, "error_rate_percentage", v)
    v = g("last_delivery_at")
    if v is None and "last_delivery_at" in d:
        nl += ("last_delivery_at",)
    _set(o, "last_delivery_at", v)
    v = g("health_status")
    if v is None and "health_status" in d:
        nl += ("health_status",)
    _set(o, "health_status", v)
    ex = d.keys() - _K_WebhookDestinationMetrics
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_WebhookDestinationMetrics(o: WebhookDestinationMetrics) -> dict[str, Any]:
    """Encode :class:`WebhookDestinationMetrics` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.metrics_window_days
    if v is not None and v is not UNSET:
        d["metrics_window_days"] = v
    elif v is None and nl is not None and "metrics_window_days" in nl:
        d["metrics_window_days"] = None
    v = o.deliveries_count
    if v is not None and v is not UNSET:
        d["deliveries_count"] = v
    elif v is None and nl is not None and "deliveries_count" in nl:
        d["deliveries_count"] = None
    v = o.failed_deliveries_count
    if v is not None and v is not UNSET:
        d["failed_deliveries_count"] = v
    elif v is None and nl is not None and "failed_deliveries_count" in nl:
        d["failed_deliveries_count"] = None
    v = o.average_response_time_ms
    if v is not None and v is not UNSET:
        d["average_response_time_ms"] = v
    elif v is None and nl is not None and "average_response_time_ms" in nl:
        d["average_response_time_ms"] = None
    v = o.error_rate_percentage
    if v is not None and v is not UNSET:
        d["error_rate_percentage"] = v
    elif v is None and nl is not None and "error_rate_percentage" in nl:
        d["error_rate_percentage"] = None
    v = o.last_delivery_at
    if v is not None and v is not UNSET:
        d["last_delivery_at"] = v
    elif v is None and nl is not None and "last_delivery_at" in nl:
        d["last_delivery_at"] = None
    v = o.health_status
    if v is not None and v is not UNSET:
        d["health_status"] = v
    elif v is None and nl is not None and "health_status" in nl:
        d["health_status"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WebhookDestinationMetrics(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WebhookDestinationMetrics."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WebhookDestinationMetrics", "type", "must be an object"
        )
    v: Any
    v = d.get("metrics_window_days")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "metrics_window_days", "type", "must be an integer"
                )
    v = d.get("deliveries_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "deliveries_count", "type", "must be an integer")
    v = d.get("failed_deliveries_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "failed_deliveries_count", "type", "must be an integer"
                )
    v = d.get("average_response_time_ms")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "average_response_time_ms", "type", "must be a number"
                )
    v = d.get("error_rate_percentage")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "error_rate_percentage", "type", "must be a number"
                )
    v = d.get("last_delivery_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "last_delivery_at", "type", "must be a string")
    v = d.get("health_status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "health_status", "type", "must be a string")


def structure_WebhookDestination(d: Any) -> WebhookDestination:
    """Decode a JSON object into :class:`WebhookDestination`."""
    o = _new(WebhookDestination)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("uuid")
    if v is None and "uuid" in d:
        nl += ("uuid",)
    _set(o, "uuid", v)
    v = g("label")
    if v is None and "label" in d:
        nl += ("label",)
    _set(o, "label", v)
    v = g("url")
    if v is None and "url" in d:
        nl += ("url",)
    _set(o, "url", v)
    v = g("enabled")
    if v is None and "enabled" in d:
        nl += ("enabled",)
    _set(o, "enabled", v)
    v = g("webhook_version")
    if v is not None:
        v = _M_WebhookVersion.get(v, v)
    elif "webhook_version" in d:
        nl += ("webhook_version",)
    _set(o, "webhook_version", v)
    v = g("subscribed_events")
    if v is not None:
        v = [_M_WebhookEventType.get(x, x) for x in v]
    elif "subscribed_events" in d:
        nl += ("subscribed_events",)
    _set(o, "subscribed_events", v)
    v = g("secret_shared_key")
    if v is None and "secret_shared_key" in d:
        nl += ("secret_shared_key",)
    _set(o, "secret_shared_key", v)
    v = g("secret_last4")
    if v is None and "secret_last4" in d:
        nl += ("secret_last4",)
    _set(o, "secret_last4", v)
    v = g("previous_secret_expires_at")
    if v is None and "previous_secret_expires_at" in d:
        nl += ("previous_secret_expires_at",)
    _set(o, "previous_secret_expires_at", v)
    v = g("created_at")
    if v is None and "created_at" in d:
        nl += ("created_at",)
    _set(o, "created_at", v)
    v = g("updated_at")
    if v is None and "updated_at" in d:
        nl += ("updated_at",)
    _set(o, "updated_at", v)
    v = g("metrics_window_days")
    if v is None and "metrics_window_days" in d:
        nl += ("metrics_window_days",)
    _set(o, "metrics_window_days", v)
    v = g("deliveries_count")
    if v is None and "deliveries_count" in d:
        nl += ("deliveries_count",)
    _set(o, "deliveries_count", v)
    v = g("failed_deliveries_count")
    if v is None and "failed_deliveries_count" in d:
        nl += ("failed_deliveries_count",)
    _set(o, "failed_deliveries_count", v)
    v = g("average_response_time_ms")
    if v is None and "average_response_time_ms" in d:
        nl += ("average_response_time_ms",)
    _set(o, "average_response_time_ms", v)
    v = g("error_rate_percentage")
    if v is None and "error_rate_percentage" in d:
        nl += ("error_rate_percentage",)
    _set(o, "error_rate_percentage", v)
    v = g("last_delivery_at")
    if v is None and "last_delivery_at" in d:
        nl += ("last_delivery_at",)
    _set(o, "last_delivery_at", v)
    v = g("health_status")
    if v is None and "health_status" in d:
        nl += ("health_status",)
    _set(o, "health_status", v)
    v = g("delivery_summary")
    if v is not None:
        v = structure_WebhookDestinationMetrics(v) if v.__class__ is dict else v
    elif "delivery_summary" in d:
        nl += ("delivery_summary",)
    _set(o, "delivery_summary", v)
    ex = d.keys() - _K_WebhookDestination
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_WebhookDestination(o: WebhookDestination) -> dict[str, Any]:
    """Encode :class:`WebhookDestination` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.uuid
    if v is not None and v is not UNSET:
        d["uuid"] = v
    elif v is None and (nl is None or "uuid" in nl):
        d["uuid"] = None
    v = o.label
    if v is not None and v is not UNSET:
        d["label"] = v
    elif v is None and nl is not None and "label" in nl:
        d["label"] = None
    v = o.url
    if v is not None and v is not UNSET:
        d["url"] = v
    elif v is None and nl is not None and "url" in nl:
        d["url"] = None
    v = o.enabled
    if v is not None and v is not UNSET:
        d["enabled"] = v
    elif v is None and nl is not None and "enabled" in nl:
        d["enabled"] = None
    v = o.webhook_version
    if v is not None and v is not UNSET:
        d["webhook_version"] = str(v)
    elif v is None and nl is not None and "webhook_version" in nl:
        d["webhook_version"] = None
    v = o.subscribed_events
    if v is not None and v is not UNSET:
        d["subscribed_events"] = [str(x) for x in v]
    elif v is None and nl is not None and "subscribed_events" in nl:
        d["subscribed_events"] = None
    v = o.secret_shared_key
    if v is not None and v is not UNSET:
        d["secret_shared_key"] = v
    elif v is None and nl is not None and "secret_shared_key" in nl:
        d["secret_shared_key"] = None
    v = o.secret_last4
    if v is not None and v is not UNSET:
        d["secret_last4"] = v
    elif v is None and nl is not None and "secret_last4" in nl:
        d["secret_last4"] = None
    v = o.previous_secret_expires_at
    if v is not None and v is not UNSET:
        d["previous_secret_expires_at"] = v
    elif v is None and nl is not None and "previous_secret_expires_at" in nl:
        d["previous_secret_expires_at"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and nl is not None and "created_at" in nl:
        d["created_at"] = None
    v = o.updated_at
    if v is not None and v is not UNSET:
        d["updated_at"] = v
    elif v is None and nl is not None and "updated_at" in nl:
        d["updated_at"] = None
    v = o.metrics_window_days
    if v is not None and v is not UNSET:
        d["metrics_window_days"] = v
    elif v is None and nl is not None and "metrics_window_days" in nl:
        d["metrics_window_days"] = None
    v = o.deliveries_count
    if v is not None and v is not UNSET:
        d["deliveries_count"] = v
    elif v is None and nl is not None and "deliveries_count" in nl:
        d["deliveries_count"] = None
    v = o.failed_deliveries_count
    if v is not None and v is not UNSET:
        d["failed_deliveries_count"] = v
    elif v is None and nl is not None and "failed_deliveries_count" in nl:
        d["failed_deliveries_count"] = None
    v = o.average_response_time_ms
    if v is not None and v is not UNSET:
        d["average_response_time_ms"] = v
    elif v is None and nl is not None and "average_response_time_ms" in nl:
        d["average_response_time_ms"] = None
    v = o.error_rate_percentage
    if v is not None and v is not UNSET:
        d["error_rate_percentage"] = v
    elif v is None and nl is not None and "error_rate_percentage" in nl:
        d["error_rate_percentage"] = None
    v = o.last_delivery_at
    if v is not None and v is not UNSET:
        d["last_delivery_at"] = v
    elif v is None and nl is not None and "last_delivery_at" in nl:
        d["last_delivery_at"] = None
    v = o.health_status
    if v is not None and v is not UNSET:
        d["health_status"] = v
    elif v is None and nl is not None and "health_status" in nl:
        d["health_status"] = None
    v = o.delivery_summary
    if v is not None and v is not UNSET:
        d["delivery_summary"] = (
            unstructure_WebhookDestinationMetrics(v)
            if isinstance(v, WebhookDestinationMetrics)
            else v
        )
    elif v is None and nl is not None and "delivery_summary" in nl:
        d["delivery_summary"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WebhookDestination(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WebhookDestination."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WebhookDestination", "type", "must be an object"
        )
    v: Any
    if "uuid" not in d:
        raise RequestValidationError(at + "uuid", "required", "is required")
    v = d.get("uuid")
    if v is None:
        if "uuid" in d:
            raise RequestValidationError(at + "uuid", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "uuid", "type", "must be a string")
    v = d.get("label")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "label", "type", "must be a string")
    v = d.get("url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "url", "type", "must be a string")
    v = d.get("enabled")
    if v is not None:
        if v is not None:
            if not isinstance(v, bool):
                raise RequestValidationError(at + "enabled", "type", "must be true or false")
    v = d.get("webhook_version")
    if v is not None:
        if v is not None:
            if v not in _E_WebhookVersion:
                raise RequestValidationError(
                    at + "webhook_version", "enum", "must be one of: v1, v2, v3"
                )
    v = d.get("subscribed_events")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "subscribed_events", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "subscribed_events", "type", "must not contain null"
                    )
                if x0 not in _E_WebhookEventType:
                    raise RequestValidationError(
                        at + "subscribed_events" + "[" + str(i0) + "]",
                        "enum",
                        "must be one of: status.updated, data.updated, user.status.updated, user.data.updated, business.status.updated, business.data.updated, activity.created, transaction.created, transaction.status.updated, travel_rule.status.updated",
                    )
    v = d.get("secret_shared_key")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "secret_shared_key", "type", "must be a string")
    v = d.get("secret_last4")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "secret_last4", "type", "must be a string")
    v = d.get("previous_secret_expires_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(
                    at + "previous_secret_expires_at", "type", "must be a string"
                )
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "created_at", "type", "must be a string")
    v = d.get("updated_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "updated_at", "type", "must be a string")
    v = d.get("metrics_window_days")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "metrics_window_days", "type", "must be an integer"
                )
    v = d.get("deliveries_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "deliveries_count", "type", "must be an integer")
    v = d.get("failed_deliveries_count")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "failed_deliveries_count", "type", "must be an integer"
                )
    v = d.get("average_response_time_ms")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "average_response_time_ms", "type", "must be a number"
                )
    v = d.get("error_rate_percentage")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise RequestValidationError(
                    at + "error_rate_percentage", "type", "must be a number"
                )
    v = d.get("last_delivery_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "last_delivery_at", "type", "must be a string")
    v = d.get("health_status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "health_status", "type", "must be a string")
    v = d.get("delivery_summary")
    if v is not None:
        if v is not None:
            validate_WebhookDestinationMetrics(v, at + "delivery_summary" + ".")


def structure_WebhookDestinationCreateRequest(d: Any) -> WebhookDestinationCreateRequest:
    """Decode a JSON object into :class:`WebhookDestinationCreateRequest`."""
    o = _new(WebhookDestinationCreateRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("label")
    if v is None and "label" in d:
        nl += ("label",)
    _set(o, "label", v)
    v = g("url")
    if v is None and "url" in d:
        nl += ("url",)
    _set(o, "url", v)
    v = g("enabled")
    if v is None and "enabled" in d:
        nl += ("enabled",)
    _set(o, "enabled", v)
    v = g("webhook_version")
    if v is not None:
        v = _M_WebhookVersion.get(v, v)
    elif "webhook_version" in d:
        nl += ("webhook_version",)
    _set(o, "webhook_version", v)
    v = g("subscribed_events")
    if v is not None:
        v = [_M_WebhookEventType.get(x, x) for x in v]
    elif "subscribed_events" in d:
        nl += ("subscribed_events",)
    _set(o, "subscribed_events", v)
    ex = d.keys() - _K_WebhookDestinationCreateRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_WebhookDestinationCreateRequest(
    o: WebhookDestinationCreateRequest,
) -> dict[str, Any]:
    """Encode :class:`WebhookDestinationCreateRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.label
    if v is not None and v is not UNSET:
        d["label"] = v
    elif v is None and (nl is None or "label" in nl):
        d["label"] = None
    v = o.url
    if v is not None and v is not UNSET:
        d["url"] = v
    elif v is None and (nl is None or "url" in nl):
        d["url"] = None
    v = o.enabled
    if v is not None and v is not UNSET:
        d["enabled"] = v
    elif v is None and nl is not None and "enabled" in nl:
        d["enabled"] = None
    v = o.webhook_version
    if v is not None and v is not UNSET:
        d["webhook_version"] = str(v)
    elif v is None and nl is not None and "webhook_version" in nl:
        d["webhook_version"] = None
    v = o.subscribed_events
    if v is not None and v is not UNSET:
        d["subscribed_events"] = [str(x) for x in v]
    elif v is None and (nl is None or "subscribed_events" in nl):
        d["subscribed_events"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WebhookDestinationCreateRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WebhookDestinationCreateRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WebhookDestinationCreateRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_WebhookDestinationCreateRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of WebhookDestinationCreateRequest"
        )
    if "label" not in d:
        raise RequestValidationError(at + "label", "required", "is required")
    v = d.get("label")
    if v is None:
        if "label" in d:
            raise RequestValidationError(at + "label", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "label", "type", "must be a string")
        if len(v) < 1:
            raise RequestValidationError(
                at + "label", "min_length", "must have at least 1 characters"
            )
    if "url" not in d:
        raise RequestValidationError(at + "url", "required", "is required")
    v = d.get("url")
    if v is None:
        if "url" in d:
            raise RequestValidationError(at + "url", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "url", "type", "must be a string")
        if not is_uri(v):
            raise RequestValidationError(at + "url", "format", "must be a valid uri")
        if _P4.search(v) is None:
            raise RequestValidationError(
                at + "url", "pattern", "does not have the expected format (^https://)"
            )
    v = d.get("enabled")
    if v is None:
        if "enabled" in d:
            raise RequestValidationError(at + "enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "enabled", "type", "must be true or false")
    v = d.get("webhook_version")
    if v is None:
        if "webhook_version" in d:
            raise RequestValidationError(at + "webhook_version", "type", "must not be null")
    else:
        if v not in _E_WebhookVersion:
            raise RequestValidationError(
                at + "webhook_version", "enum", "must be one of: v1, v2, v3"
            )
    if "subscribed_events" not in d:
        raise RequestValidationError(at + "subscribed_events", "required", "is required")
    v = d.get("subscribed_events")
    if v is None:
        if "subscribed_events" in d:
            raise RequestValidationError(at + "subscribed_events", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(at + "subscribed_events", "type", "must be a list")
        if len(v) < 1:
            raise RequestValidationError(
                at + "subscribed_events", "min_items", "must have at least 1 items"
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(
                    at + "subscribed_events", "type", "must not contain null"
                )
            if x0 not in _E_WebhookEventType:
                raise RequestValidationError(
                    at + "subscribed_events" + "[" + str(i0) + "]",
                    "enum",
                    "must be one of: status.updated, data.updated, user.status.updated, user.data.updated, business.status.updated, business.data.updated, activity.created, transaction.created, transaction.status.updated, travel_rule.status.updated",
                )


def structure_WebhookDestinationUpdateRequest(d: Any) -> WebhookDestinationUpdateRequest:
    """Decode a JSON object into :class:`WebhookDestinationUpdateRequest`."""
    o = _new(WebhookDestinationUpdateRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("label")
    if v is None and "label" in d:
        nl += ("label",)
    _set(o, "label", v)
    v = g("url")
    if v is None and "url" in d:
        nl += ("url",)
    _set(o, "url", v)
    v = g("enabled")
    if v is None and "enabled" in d:
        nl += ("enabled",)
    _set(o, "enabled", v)
    v = g("webhook_version")
    if v is not None:
        v = _M_WebhookVersion.get(v, v)
    elif "webhook_version" in d:
        nl += ("webhook_version",)
    _set(o, "webhook_version", v)
    v = g("subscribed_events")
    if v is not None:
        v = [_M_WebhookEventType.get(x, x) for x in v]
    elif "subscribed_events" in d:
        nl += ("subscribed_events",)
    _set(o, "subscribed_events", v)
    ex = d.keys() - _K_WebhookDestinationUpdateRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_WebhookDestinationUpdateRequest(
    o: WebhookDestinationUpdateRequest,
) -> dict[str, Any]:
    """Encode :class:`WebhookDestinationUpdateRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.label
    if v is not None and v is not UNSET:
        d["label"] = v
    elif v is None and nl is not None and "label" in nl:
        d["label"] = None
    v = o.url
    if v is not None and v is not UNSET:
        d["url"] = v
    elif v is None and nl is not None and "url" in nl:
        d["url"] = None
    v = o.enabled
    if v is not None and v is not UNSET:
        d["enabled"] = v
    elif v is None and nl is not None and "enabled" in nl:
        d["enabled"] = None
    v = o.webhook_version
    if v is not None and v is not UNSET:
        d["webhook_version"] = str(v)
    elif v is None and nl is not None and "webhook_version" in nl:
        d["webhook_version"] = None
    v = o.subscribed_events
    if v is not None and v is not UNSET:
        d["subscribed_events"] = [str(x) for x in v]
    elif v is None and nl is not None and "subscribed_events" in nl:
        d["subscribed_events"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WebhookDestinationUpdateRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WebhookDestinationUpdateRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WebhookDestinationUpdateRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_WebhookDestinationUpdateRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of WebhookDestinationUpdateRequest"
        )
    v = d.get("label")
    if v is None:
        if "label" in d:
            raise RequestValidationError(at + "label", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "label", "type", "must be a string")
        if len(v) < 1:
            raise RequestValidationError(
                at + "label", "min_length", "must have at least 1 characters"
            )
    v = d.get("url")
    if v is None:
        if "url" in d:
            raise RequestValidationError(at + "url", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "url", "type", "must be a string")
        if not is_uri(v):
            raise RequestValidationError(at + "url", "format", "must be a valid uri")
        if _P4.search(v) is None:
            raise RequestValidationError(
                at + "url", "pattern", "does not have the expected format (^https://)"
            )
    v = d.get("enabled")
    if v is None:
        if "enabled" in d:
            raise RequestValidationError(at + "enabled", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "enabled", "type", "must be true or false")
    v = d.get("webhook_version")
    if v is None:
        if "webhook_version" in d:
            raise RequestValidationError(at + "webhook_version", "type", "must not be null")
    else:
        if v not in _E_WebhookVersion:
            raise RequestValidationError(
                at + "webhook_version", "enum", "must be one of: v1, v2, v3"
            )
    v = d.get("subscribed_events")
    if v is None:
        if "subscribed_events" in d:
            raise RequestValidationError(at + "subscribed_events", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(at + "subscribed_events", "type", "must be a list")
        if len(v) < 1:
            raise RequestValidationError(
                at + "subscribed_events", "min_items", "must have at least 1 items"
            )
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(
                    at + "subscribed_events", "type", "must not contain null"
                )
            if x0 not in _E_WebhookEventType:
                raise RequestValidationError(
                    at + "subscribed_events" + "[" + str(i0) + "]",
                    "enum",
                    "must be one of: status.updated, data.updated, user.status.updated, user.data.updated, business.status.updated, business.data.updated, activity.created, transaction.created, transaction.status.updated, travel_rule.status.updated",
                )


def structure_WebhookConfig(d: Any) -> WebhookConfig:
    """Decode a JSON object into :class:`WebhookConfig`."""
    o = _new(WebhookConfig)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("webhook_url")
    if v is None and "webhook_url" in d:
        nl += ("webhook_url",)
    _set(o, "webhook_url", v)
    v = g("webhook_version")
    if v is None and "webhook_version" in d:
        nl += ("webhook_version",)
    _set(o, "webhook_version", v)
    v = g("secret_shared_key")
    if v is None and "secret_shared_key" in d:
        nl += ("secret_shared_key",)
    _set(o, "secret_shared_key", v)
    v = g("capture_method")
    if v is None and "capture_method" in d:
        nl += ("capture_method",)
    _set(o, "capture_method", v)
    v = g("data_retention_months")
    if v is None and "data_retention_months" in d:
        nl += ("data_retention_months",)
    _set(o, "data_retention_months", v)
    v = g("destinations")
    if v is not None:
        v = [structure_WebhookDestination(x) if x.__class__ is dict else x for x in v]
    elif "destinations" in d:
        nl += ("destinations",)
    _set(o, "destinations", v)
    v = g("subscribable_events")
    if v is None and "subscribable_events" in d:
        nl += ("subscribable_events",)
    _set(o, "subscribable_events", v)
    v = g("allowed_domains")
    if v is None and "allowed_domains" in d:
        nl += ("allowed_domains",)
    _set(o, "allowed_domains", v)
    v = g("biometric_template_retention_months")
    if v is None and "biometric_template_retention_months" in d:
        nl += ("biometric_template_retention_months",)
    _set(o, "biometric_template_retention_months", v)
    ex = d.keys() - _K_WebhookConfig
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_WebhookConfig(o: WebhookConfig) -> dict[str, Any]:
    """Encode :class:`WebhookConfig` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.webhook_url
    if v is not None and v is not UNSET:
        d["webhook_url"] = v
    elif v is None and nl is not None and "webhook_url" in nl:
        d["webhook_url"] = None
    v = o.webhook_version
    if v is not None and v is not UNSET:
        d["webhook_version"] = v
    elif v is None and nl is not None and "webhook_version" in nl:
        d["webhook_version"] = None
    v = o.secret_shared_key
    if v is not None and v is not UNSET:
        d["secret_shared_key"] = v
    elif v is None and nl is not None and "secret_shared_key" in nl:
        d["secret_shared_key"] = None
    v = o.capture_method
    if v is not None and v is not UNSET:
        d["capture_method"] = v
    elif v is None and nl is not None and "capture_method" in nl:
        d["capture_method"] = None
    v = o.data_retention_months
    if v is not None and v is not UNSET:
        d["data_retention_months"] = v
    elif v is None and nl is not None and "data_retention_months" in nl:
        d["data_retention_months"] = None
    v = o.destinations
    if v is not None and v is not UNSET:
        d["destinations"] = [
            unstructure_WebhookDestination(x) if isinstance(x, WebhookDestination) else x for x in v
        ]
    elif v is None and nl is not None and "destinations" in nl:
        d["destinations"] = None
    v = o.subscribable_events
    if v is not None and v is not UNSET:
        d["subscribable_events"] = [x for x in v]
    elif v is None and nl is not None and "subscribable_events" in nl:
        d["subscribable_events"] = None
    v = o.allowed_domains
    if v is not None and v is not UNSET:
        d["allowed_domains"] = [x for x in v]
    elif v is None and nl is not None and "allowed_domains" in nl:
        d["allowed_domains"] = None
    v = o.biometric_template_retention_months
    if v is not None and v is not UNSET:
        d["biometric_template_retention_months"] = v
    elif v is None and nl is not None and "biometric_template_retention_months" in nl:
        d["biometric_template_retention_months"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WebhookConfig(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WebhookConfig."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "WebhookConfig", "type", "must be an object")
    v: Any
    v = d.get("webhook_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "webhook_url", "type", "must be a string")
    v = d.get("webhook_version")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "webhook_version", "type", "must be a string")
    v = d.get("secret_shared_key")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "secret_shared_key", "type", "must be a string")
    v = d.get("capture_method")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "capture_method", "type", "must be a string")
    v = d.get("data_retention_months")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "data_retention_months", "type", "must be an integer"
                )
    v = d.get("destinations")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "destinations", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "destinations", "type", "must not contain null"
                    )
                validate_WebhookDestination(x0, at + "destinations" + "[" + str(i0) + "]" + ".")
    v = d.get("subscribable_events")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "subscribable_events", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "subscribable_events", "type", "must not contain null"
                    )
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "subscribable_events" + "[" + str(i0) + "]", "type", "must be a string"
                    )
    v = d.get("allowed_domains")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "allowed_domains", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "allowed_domains", "type", "must not contain null"
                    )
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "allowed_domains" + "[" + str(i0) + "]", "type", "must be a string"
                    )
    v = d.get("biometric_template_retention_months")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "biometric_template_retention_months", "type", "must be an integer"
                )


def structure_WebhookConfigUpdateRequest(d: Any) -> WebhookConfigUpdateRequest:
    """Decode a JSON object into :class:`WebhookConfigUpdateRequest`."""
    o = _new(WebhookConfigUpdateRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("webhook_url")
    if v is None and "webhook_url" in d:
        nl += ("webhook_url",)
    _set(o, "webhook_url", v)
    v = g("webhook_version")
    if v is not None:
        v = _M_WebhookVersion.get(v, v)
    elif "webhook_version" in d:
        nl += ("webhook_version",)
    _set(o, "webhook_version", v)
    v = g("rotate_secret_key")
    if v is None and "rotate_secret_key" in d:
        nl += ("rotate_secret_key",)
    _set(o, "rotate_secret_key", v)
    v = g("capture_method")
    if v is None and "capture_method" in d:
        nl += ("capture_method",)
    _set(o, "capture_method", v)
    v = g("data_retention_months")
    if v is None and "data_retention_months" in d:
        nl += ("data_retention_months",)
    _set(o, "data_retention_months", v)
    v = g("allowed_domains")
    if v is None and "allowed_domains" in d:
        nl += ("allowed_domains",)
    _set(o, "allowed_domains", v)
    ex = d.keys() - _K_WebhookConfigUpdateRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_WebhookConfigUpdateRequest(o: WebhookConfigUpdateRequest) -> dict[str, Any]:
    """Encode :class:`WebhookConfigUpdateRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.webhook_url
    if v is not None and v is not UNSET:
        d["webhook_url"] = v
    elif v is None and (nl is None or "webhook_url" in nl):
        d["webhook_url"] = None
    v = o.webhook_version
    if v is not None and v is not UNSET:
        d["webhook_version"] = str(v)
    elif v is None and nl is not None and "webhook_version" in nl:
        d["webhook_version"] = None
    v = o.rotate_secret_key
    if v is not None and v is not UNSET:
        d["rotate_secret_key"] = v
    elif v is None and nl is not None and "rotate_secret_key" in nl:
        d["rotate_secret_key"] = None
    v = o.capture_method
    if v is not None and v is not UNSET:
        d["capture_method"] = v
    elif v is None and nl is not None and "capture_method" in nl:
        d["capture_method"] = None
    v = o.data_retention_months
    if v is not None and v is not UNSET:
        d["data_retention_months"] = v
    elif v is None and (nl is None or "data_retention_months" in nl):
        d["data_retention_months"] = None
    v = o.allowed_domains
    if v is not None and v is not UNSET:
        d["allowed_domains"] = [x for x in v]
    elif v is None and nl is not None and "allowed_domains" in nl:
        d["allowed_domains"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WebhookConfigUpdateRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WebhookConfigUpdateRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WebhookConfigUpdateRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_WebhookConfigUpdateRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of WebhookConfigUpdateRequest"
        )
    v = d.get("webhook_url")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "webhook_url", "type", "must be a string")
            if not is_uri(v):
                raise RequestValidationError(at + "webhook_url", "format", "must be a valid uri")
    v = d.get("webhook_version")
    if v is None:
        if "webhook_version" in d:
            raise RequestValidationError(at + "webhook_version", "type", "must not be null")
    else:
        if v not in _E_WebhookVersion:
            raise RequestValidationError(
                at + "webhook_version", "enum", "must be one of: v1, v2, v3"
            )
    v = d.get("rotate_secret_key")
    if v is None:
        if "rotate_secret_key" in d:
            raise RequestValidationError(at + "rotate_secret_key", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "rotate_secret_key", "type", "must be true or false")
    v = d.get("capture_method")
    if v is None:
        if "capture_method" in d:
            raise RequestValidationError(at + "capture_method", "type", "must not be null")
    else:
        if v not in _E_inline7:
            raise RequestValidationError(
                at + "capture_method", "enum", "must be one of: mobile, desktop, both"
            )
    v = d.get("data_retention_months")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(
                    at + "data_retention_months", "type", "must be an integer"
                )
            if v < 1:
                raise RequestValidationError(
                    at + "data_retention_months", "min", "must be at least 1"
                )
            if v > 120:
                raise RequestValidationError(
                    at + "data_retention_months", "max", "must be at most 120"
                )
    v = d.get("allowed_domains")
    if v is None:
        if "allowed_domains" in d:
            raise RequestValidationError(at + "allowed_domains", "type", "must not be null")
    else:
        if not isinstance(v, (list, tuple)):
            raise RequestValidationError(at + "allowed_domains", "type", "must be a list")
        for i0, x0 in enumerate(v):
            if x0 is None:
                raise RequestValidationError(
                    at + "allowed_domains", "type", "must not contain null"
                )
            if not isinstance(x0, str):
                raise RequestValidationError(
                    at + "allowed_domains" + "[" + str(i0) + "]", "type", "must be a string"
                )


def structure_IdVerificationRequest(d: Any) -> IdVerificationRequest:
    """Decode a JSON object into :class:`IdVerificationRequest`."""
    o = _new(IdVerificationRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("front_image")
    if v is None and "front_image" in d:
        nl += ("front_image",)
    _set(o, "front_image", v)
    v = g("back_image")
    if v is None and "back_image" in d:
        nl += ("back_image",)
    _set(o, "back_image", v)
    v = g("perform_document_liveness")
    if v is None and "perform_document_liveness" in d:
        nl += ("perform_document_liveness",)
    _set(o, "perform_document_liveness", v)
    v = g("front_image_password")
    if v is None and "front_image_password" in d:
        nl += ("front_image_password",)
    _set(o, "front_image_password", v)
    v = g("save_api_request")
    if v is None and "save_api_request" in d:
        nl += ("save_api_request",)
    _set(o, "save_api_request", v)
    v = g("vendor_data")
    if v is None and "vendor_data" in d:
        nl += ("vendor_data",)
    _set(o, "vendor_data", v)
    v = g("metadata")
    if v is None and "metadata" in d:
        nl += ("metadata",)
    _set(o, "metadata", v)
    ex = d.keys() - _K_IdVerificationRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_IdVerificationRequest(o: IdVerificationRequest) -> dict[str, Any]:
    """Encode :class:`IdVerificationRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.front_image
    if v is not None and v is not UNSET:
        d["front_image"] = v
    elif v is None and (nl is None or "front_image" in nl):
        d["front_image"] = None
    v = o.back_image
    if v is not None and v is not UNSET:
        d["back_image"] = v
    elif v is None and nl is not None and "back_image" in nl:
        d["back_image"] = None
    v = o.perform_document_liveness
    if v is not None and v is not UNSET:
        d["perform_document_liveness"] = v
    elif v is None and nl is not None and "perform_document_liveness" in nl:
        d["perform_document_liveness"] = None
    v = o.front_image_password
    if v is not None and v is not UNSET:
        d["front_image_password"] = v
    elif v is None and nl is not None and "front_image_password" in nl:
        d["front_image_password"] = None
    v = o.save_api_request
    if v is not None and v is not UNSET:
        d["save_api_request"] = v
    elif v is None and nl is not None and "save_api_request" in nl:
        d["save_api_request"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and nl is not None and "vendor_data" in nl:
        d["vendor_data"] = None
    v = o.metadata
    if v is not None and v is not UNSET:
        d["metadata"] = v
    elif v is None and nl is not None and "metadata" in nl:
        d["metadata"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_IdVerificationRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid IdVerificationRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "IdVerificationRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_IdVerificationRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of IdVerificationRequest"
        )
    if "front_image" not in d:
        raise RequestValidationError(at + "front_image", "required", "is required")
    v = d.get("front_image")
    if v is None:
        if "front_image" in d:
            raise RequestValidationError(at + "front_image", "type", "must not be null")
    else:
        check_file(v, at + "front_image", 10485760)
    v = d.get("back_image")
    if v is None:
        if "back_image" in d:
            raise RequestValidationError(at + "back_image", "type", "must not be null")
    else:
        check_file(v, at + "back_image", 10485760)
    v = d.get("perform_document_liveness")
    if v is None:
        if "perform_document_liveness" in d:
            raise RequestValidationError(
                at + "perform_document_liveness", "type", "must not be null"
            )
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(
                at + "perform_document_liveness", "type", "must be true or false"
            )
    v = d.get("front_image_password")
    if v is None:
        if "front_image_password" in d:
            raise RequestValidationError(at + "front_image_password", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "front_image_password", "type", "must be a string")
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise RequestValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "save_api_request", "type", "must be true or false")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "vendor_data", "type", "must be a string")
    v = d.get("metadata")
    if v is None:
        if "metadata" in d:
            raise RequestValidationError(at + "metadata", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "metadata", "type", "must be a string")


def structure_PassiveLivenessRequest(d: Any) -> PassiveLivenessRequest:
    """Decode a JSON object into :class:`PassiveLivenessRequest`."""
    o = _new(PassiveLivenessRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("user_image")
    if v is None and "user_image" in d:
        nl += ("user_image",)
    _set(o, "user_image", v)
    v = g("face_liveness_score_decline_threshold")
    if v is None and "face_liveness_score_decline_threshold" in d:
        nl += ("face_liveness_score_decline_threshold",)
    _set(o, "face_liveness_score_decline_threshold", v)
    v = g("rotate_image")
    if v is None and "rotate_image" in d:
        nl += ("rotate_image",)
    _set(o, "rotate_image", v)
    v = g("save_api_request")
    if v is None and "save_api_request" in d:
        nl += ("save_api_request",)
    _set(o, "save_api_request", v)
    v = g("vendor_data")
    if v is None and "vendor_data" in d:
        nl += ("vendor_data",)
    _set(o, "vendor_data", v)
    ex = d.keys() - _K_PassiveLivenessRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_PassiveLivenessRequest(o: PassiveLivenessRequest) -> dict[str, Any]:
    """Encode :class:`PassiveLivenessRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.user_image
    if v is not None and v is not UNSET:
        d["user_image"] = v
    elif v is None and (nl is None or "user_image" in nl):
        d["user_image"] = None
    v = o.face_liveness_score_decline_threshold
    if v is not None and v is not UNSET:
        d["face_liveness_score_decline_threshold"] = v
    elif v is None and nl is not None and "face_liveness_score_decline_threshold" in nl:
        d["face_liveness_score_decline_threshold"] = None
    v = o.rotate_image
    if v is not None and v is not UNSET:
        d["rotate_image"] = v
    elif v is None and nl is not None and "rotate_image" in nl:
        d["rotate_image"] = None
    v = o.save_api_request
    if v is not None and v is not UNSET:
        d["save_api_request"] = v
    elif v is None and nl is not None and "save_api_request" in nl:
        d["save_api_request"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and nl is not None and "vendor_data" in nl:
        d["vendor_data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_PassiveLivenessRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid PassiveLivenessRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "PassiveLivenessRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_PassiveLivenessRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of PassiveLivenessRequest"
        )
    if "user_image" not in d:
        raise RequestValidationError(at + "user_image", "required", "is required")
    v = d.get("user_image")
    if v is None:
        if "user_image" in d:
            raise RequestValidationError(at + "user_image", "type", "must not be null")
    else:
        check_file(v, at + "user_image", 10485760)
    v = d.get("face_liveness_score_decline_threshold")
    if v is None:
        if "face_liveness_score_decline_threshold" in d:
            raise RequestValidationError(
                at + "face_liveness_score_decline_threshold", "type", "must not be null"
            )
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(
                at + "face_liveness_score_decline_threshold", "type", "must be an integer"
            )
        if v < 0:
            raise RequestValidationError(
                at + "face_liveness_score_decline_threshold", "min", "must be at least 0"
            )
        if v > 100:
            raise RequestValidationError(
                at + "face_liveness_score_decline_threshold", "max", "must be at most 100"
            )
    v = d.get("rotate_image")
    if v is None:
        if "rotate_image" in d:
            raise RequestValidationError(at + "rotate_image", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "rotate_image", "type", "must be true or false")
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise RequestValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "save_api_request", "type", "must be true or false")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "vendor_data", "type", "must be a string")


def structure_FaceMatchRequest(d: Any) -> FaceMatchRequest:
    """Decode a JSON object into :class:`FaceMatchRequest`."""
    o = _new(FaceMatchRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("user_image")
    if v is None and "user_image" in d:
        nl += ("user_image",)
    _set(o, "user_image", v)
    v = g("ref_image")
    if v is None and "ref_image" in d:
        nl += ("ref_image",)
    _set(o, "ref_image", v)
    v = g("face_match_score_decline_threshold")
    if v is None and "face_match_score_decline_threshold" in d:
        nl += ("face_match_score_decline_threshold",)
    _set(o, "face_match_score_decline_threshold", v)
    v = g("rotate_image")
    if v is None and "rotate_image" in d:
        nl += ("rotate_image",)
    _set(o, "rotate_image", v)
    v = g("save_api_request")
    if v is None and "save_api_request" in d:
        nl += ("save_api_request",)
    _set(o, "save_api_request", v)
    v = g("vendor_data")
    if v is None and "vendor_data" in d:
        nl += ("vendor_data",)
    _set(o, "vendor_data", v)
    ex = d.keys() - _K_FaceMatchRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_FaceMatchRequest(o: FaceMatchRequest) -> dict[str, Any]:
    """Encode :class:`FaceMatchRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.user_image
    if v is not None and v is not UNSET:
        d["user_image"] = v
    elif v is None and (nl is None or "user_image" in nl):
        d["user_image"] = None
    v = o.ref_image
    if v is not None and v is not UNSET:
        d["ref_image"] = v
    elif v is None and (nl is None or "ref_image" in nl):
        d["ref_image"] = None
    v = o.face_match_score_decline_threshold
    if v is not None and v is not UNSET:
        d["face_match_score_decline_threshold"] = v
    elif v is None and nl is not None and "face_match_score_decline_threshold" in nl:
        d["face_match_score_decline_threshold"] = None
    v = o.rotate_image
    if v is not None and v is not UNSET:
        d["rotate_image"] = v
    elif v is None and nl is not None and "rotate_image" in nl:
        d["rotate_image"] = None
    v = o.save_api_request
    if v is not None and v is not UNSET:
        d["save_api_request"] = v
    elif v is None and nl is not None and "save_api_request" in nl:
        d["save_api_request"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and nl is not None and "vendor_data" in nl:
        d["vendor_data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_FaceMatchRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid FaceMatchRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "FaceMatchRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_FaceMatchRequest:
        raise RequestValidationError(at + str(k), "unknown", "is not a field of FaceMatchRequest")
    if "user_image" not in d:
        raise RequestValidationError(at + "user_image", "required", "is required")
    v = d.get("user_image")
    if v is None:
        if "user_image" in d:
            raise RequestValidationError(at + "user_image", "type", "must not be null")
    else:
        check_file(v, at + "user_image", 10485760)
    if "ref_image" not in d:
        raise RequestValidationError(at + "ref_image", "required", "is required")
    v = d.get("ref_image")
    if v is None:
        if "ref_image" in d:
            raise RequestValidationError(at + "ref_image", "type", "must not be null")
    else:
        check_file(v, at + "ref_image", 10485760)
    v = d.get("face_match_score_decline_threshold")
    if v is None:
        if "face_match_score_decline_threshold" in d:
            raise RequestValidationError(
                at + "face_match_score_decline_threshold", "type", "must not be null"
            )
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(
                at + "face_match_score_decline_threshold", "type", "must be an integer"
            )
        if v < 0:
            raise RequestValidationError(
                at + "face_match_score_decline_threshold", "min", "must be at least 0"
            )
        if v > 100:
            raise RequestValidationError(
                at + "face_match_score_decline_threshold", "max", "must be at most 100"
            )
    v = d.get("rotate_image")
    if v is None:
        if "rotate_image" in d:
            raise RequestValidationError(at + "rotate_image", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "rotate_image", "type", "must be true or false")
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise RequestValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "save_api_request", "type", "must be true or false")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "vendor_data", "type", "must be a string")


def structure_FaceSearchRequest(d: Any) -> FaceSearchRequest:
    """Decode a JSON object into :class:`FaceSearchRequest`."""
    o = _new(FaceSearchRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("user_image")
    if v is None and "user_image" in d:
        nl += ("user_image",)
    _set(o, "user_image", v)
    v = g("rotate_image")
    if v is None and "rotate_image" in d:
        nl += ("rotate_image",)
    _set(o, "rotate_image", v)
    v = g("save_api_request")
    if v is None and "save_api_request" in d:
        nl += ("save_api_request",)
    _set(o, "save_api_request", v)
    v = g("vendor_data")
    if v is None and "vendor_data" in d:
        nl += ("vendor_data",)
    _set(o, "vendor_data", v)
    ex = d.keys() - _K_FaceSearchRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_FaceSearchRequest(o: FaceSearchRequest) -> dict[str, Any]:
    """Encode :class:`FaceSearchRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.user_image
    if v is not None and v is not UNSET:
        d["user_image"] = v
    elif v is None and (nl is None or "user_image" in nl):
        d["user_image"] = None
    v = o.rotate_image
    if v is not None and v is not UNSET:
        d["rotate_image"] = v
    elif v is None and nl is not None and "rotate_image" in nl:
        d["rotate_image"] = None
    v = o.save_api_request
    if v is not None and v is not UNSET:
        d["save_api_request"] = v
    elif v is None and nl is not None and "save_api_request" in nl:
        d["save_api_request"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and nl is not None and "vendor_data" in nl:
        d["vendor_data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_FaceSearchRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid FaceSearchRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "FaceSearchRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_FaceSearchRequest:
        raise RequestValidationError(at + str(k), "unknown", "is not a field of FaceSearchRequest")
    if "user_image" not in d:
        raise RequestValidationError(at + "user_image", "required", "is required")
    v = d.get("user_image")
    if v is None:
        if "user_image" in d:
            raise RequestValidationError(at + "user_image", "type", "must not be null")
    else:
        check_file(v, at + "user_image", 10485760)
    v = d.get("rotate_image")
    if v is None:
        if "rotate_image" in d:
            raise RequestValidationError(at + "rotate_image", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "rotate_image", "type", "must be true or false")
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise RequestValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "save_api_request", "type", "must be true or false")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "vendor_data", "type", "must be a string")


def structure_AgeEstimationRequest(d: Any) -> AgeEstimationRequest:
    """Decode a JSON object into :class:`AgeEstimationRequest`."""
    o = _new(AgeEstimationRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("user_image")
    if v is None and "user_image" in d:
        nl += ("user_image",)
    _set(o, "user_image", v)
    v = g("rotate_image")
    if v is None and "rotate_image" in d:
        nl += ("rotate_image",)
    _set(o, "rotate_image", v)
    v = g("save_api_request")
    if v is None and "save_api_request" in d:
        nl += ("save_api_request",)
    _set(o, "save_api_request", v)
    v = g("vendor_data")
    if v is None and "vendor_data" in d:
        nl += ("vendor_data",)
    _set(o, "vendor_data", v)
    ex = d.keys() - _K_AgeEstimationRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_AgeEstimationRequest(o: AgeEstimationRequest) -> dict[str, Any]:
    """Encode :class:`AgeEstimationRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.user_image
    if v is not None and v is not UNSET:
        d["user_image"] = v
    elif v is None and (nl is None or "user_image" in nl):
        d["user_image"] = None
    v = o.rotate_image
    if v is not None and v is not UNSET:
        d["rotate_image"] = v
    elif v is None and nl is not None and "rotate_image" in nl:
        d["rotate_image"] = None
    v = o.save_api_request
    if v is not None and v is not UNSET:
        d["save_api_request"] = v
    elif v is None and nl is not None and "save_api_request" in nl:
        d["save_api_request"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and nl is not None and "vendor_data" in nl:
        d["vendor_data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AgeEstimationRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AgeEstimationRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AgeEstimationRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_AgeEstimationRequest:
        raise RequestValidationError(
            at + str(k), "unknown", "is not a field of AgeEstimationRequest"
        )
    if "user_image" not in d:
        raise RequestValidationError(at + "user_image", "required", "is required")
    v = d.get("user_image")
    if v is None:
        if "user_image" in d:
            raise RequestValidationError(at + "user_image", "type", "must not be null")
    else:
        check_file(v, at + "user_image", 10485760)
    v = d.get("rotate_image")
    if v is None:
        if "rotate_image" in d:
            raise RequestValidationError(at + "rotate_image", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "rotate_image", "type", "must be true or false")
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise RequestValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "save_api_request", "type", "must be true or false")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "vendor_data", "type", "must be a string")


def structure_PoaRequest(d: Any) -> PoaRequest:
    """Decode a JSON object into :class:`PoaRequest`."""
    o = _new(PoaRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("document")
    if v is None and "document" in d:
        nl += ("document",)
    _set(o, "document", v)
    v = g("save_api_request")
    if v is None and "save_api_request" in d:
        nl += ("save_api_request",)
    _set(o, "save_api_request", v)
    v = g("vendor_data")
    if v is None and "vendor_data" in d:
        nl += ("vendor_data",)
    _set(o, "vendor_data", v)
    ex = d.keys() - _K_PoaRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_PoaRequest(o: PoaRequest) -> dict[str, Any]:
    """Encode :class:`PoaRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.document
    if v is not None and v is not UNSET:
        d["document"] = v
    elif v is None and (nl is None or "document" in nl):
        d["document"] = None
    v = o.save_api_request
    if v is not None and v is not UNSET:
        d["save_api_request"] = v
    elif v is None and nl is not None and "save_api_request" in nl:
        d["save_api_request"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and nl is not None and "vendor_data" in nl:
        d["vendor_data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_PoaRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid PoaRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "PoaRequest", "type", "must be an object")
    v: Any
    for k in d.keys() - _K_PoaRequest:
        raise RequestValidationError(at + str(k), "unknown", "is not a field of PoaRequest")
    if "document" not in d:
        raise RequestValidationError(at + "document", "required", "is required")
    v = d.get("document")
    if v is None:
        if "document" in d:
            raise RequestValidationError(at + "document", "type", "must not be null")
    else:
        check_file(v, at + "document", 15728640)
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise RequestValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "save_api_request", "type", "must be true or false")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "vendor_data", "type", "must be a string")


def structure_AmlRequest(d: Any) -> AmlRequest:
    """Decode a JSON object into :class:`AmlRequest`."""
    o = _new(AmlRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("full_name")
    if v is None and "full_name" in d:
        nl += ("full_name",)
    _set(o, "full_name", v)
    v = g("date_of_birth")
    if v is None and "date_of_birth" in d:
        nl += ("date_of_birth",)
    _set(o, "date_of_birth", v)
    v = g("nationality")
    if v is None and "nationality" in d:
        nl += ("nationality",)
    _set(o, "nationality", v)
    v = g("document_number")
    if v is None and "document_number" in d:
        nl += ("document_number",)
    _set(o, "document_number", v)
    v = g("entity_type")
    if v is None and "entity_type" in d:
        nl += ("entity_type",)
    _set(o, "entity_type", v)
    v = g("aml_name_weight")
    if v is None and "aml_name_weight" in d:
        nl += ("aml_name_weight",)
    _set(o, "aml_name_weight", v)
    v = g("aml_dob_weight")
    if v is None and "aml_dob_weight" in d:
        nl += ("aml_dob_weight",)
    _set(o, "aml_dob_weight", v)
    v = g("aml_country_weight")
    if v is None and "aml_country_weight" in d:
        nl += ("aml_country_weight",)
    _set(o, "aml_country_weight", v)
    v = g("aml_match_score_threshold")
    if v is None and "aml_match_score_threshold" in d:
        nl += ("aml_match_score_threshold",)
    _set(o, "aml_match_score_threshold", v)
    v = g("save_api_request")
    if v is None and "save_api_request" in d:
        nl += ("save_api_request",)
    _set(o, "save_api_request", v)
    v = g("vendor_data")
    if v is None and "vendor_data" in d:
        nl += ("vendor_data",)
    _set(o, "vendor_data", v)
    ex = d.keys() - _K_AmlRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_AmlRequest(o: AmlRequest) -> dict[str, Any]:
    """Encode :class:`AmlRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.full_name
    if v is not None and v is not UNSET:
        d["full_name"] = v
    elif v is None and (nl is None or "full_name" in nl):
        d["full_name"] = None
    v = o.date_of_birth
    if v is not None and v is not UNSET:
        d["date_of_birth"] = v
    elif v is None and nl is not None and "date_of_birth" in nl:
        d["date_of_birth"] = None
    v = o.nationality
    if v is not None and v is not UNSET:
        d["nationality"] = v
    elif v is None and nl is not None and "nationality" in nl:
        d["nationality"] = None
    v = o.document_number
    if v is not None and v is not UNSET:
        d["document_number"] = v
    elif v is None and nl is not None and "document_number" in nl:
        d["document_number"] = None
    v = o.entity_type
    if v is not None and v is not UNSET:
        d["entity_type"] = v
    elif v is None and nl is not None and "entity_type" in nl:
        d["entity_type"] = None
    v = o.aml_name_weight
    if v is not None and v is not UNSET:
        d["aml_name_weight"] = v
    elif v is None and nl is not None and "aml_name_weight" in nl:
        d["aml_name_weight"] = None
    v = o.aml_dob_weight
    if v is not None and v is not UNSET:
        d["aml_dob_weight"] = v
    elif v is None and nl is not None and "aml_dob_weight" in nl:
        d["aml_dob_weight"] = None
    v = o.aml_country_weight
    if v is not None and v is not UNSET:
        d["aml_country_weight"] = v
    elif v is None and nl is not None and "aml_country_weight" in nl:
        d["aml_country_weight"] = None
    v = o.aml_match_score_threshold
    if v is not None and v is not UNSET:
        d["aml_match_score_threshold"] = v
    elif v is None and nl is not None and "aml_match_score_threshold" in nl:
        d["aml_match_score_threshold"] = None
    v = o.save_api_request
    if v is not None and v is not UNSET:
        d["save_api_request"] = v
    elif v is None and nl is not None and "save_api_request" in nl:
        d["save_api_request"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and nl is not None and "vendor_data" in nl:
        d["vendor_data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AmlRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AmlRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "AmlRequest", "type", "must be an object")
    v: Any
    for k in d.keys() - _K_AmlRequest:
        raise RequestValidationError(at + str(k), "unknown", "is not a field of AmlRequest")
    if "full_name" not in d:
        raise RequestValidationError(at + "full_name", "required", "is required")
    v = d.get("full_name")
    if v is None:
        if "full_name" in d:
            raise RequestValidationError(at + "full_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "full_name", "type", "must be a string")
        if len(v) < 1:
            raise RequestValidationError(
                at + "full_name", "min_length", "must have at least 1 characters"
            )
    v = d.get("date_of_birth")
    if v is None:
        if "date_of_birth" in d:
            raise RequestValidationError(at + "date_of_birth", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "date_of_birth", "type", "must be a string")
        if not is_date(v):
            raise RequestValidationError(at + "date_of_birth", "format", "must be a valid date")
    v = d.get("nationality")
    if v is None:
        if "nationality" in d:
            raise RequestValidationError(at + "nationality", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "nationality", "type", "must be a string")
        if _P1.search(v) is None:
            raise RequestValidationError(
                at + "nationality", "pattern", "does not have the expected format (^[A-Z]{3}$)"
            )
    v = d.get("document_number")
    if v is None:
        if "document_number" in d:
            raise RequestValidationError(at + "document_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "document_number", "type", "must be a string")
    v = d.get("entity_type")
    if v is None:
        if "entity_type" in d:
            raise RequestValidationError(at + "entity_type", "type", "must not be null")
    else:
        if v not in _E_inline8:
            raise RequestValidationError(
                at + "entity_type", "enum", "must be one of: person, company"
            )
    v = d.get("aml_name_weight")
    if v is None:
        if "aml_name_weight" in d:
            raise RequestValidationError(at + "aml_name_weight", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(at + "aml_name_weight", "type", "must be an integer")
        if v < 0:
            raise RequestValidationError(at + "aml_name_weight", "min", "must be at least 0")
        if v > 100:
            raise RequestValidationError(at + "aml_name_weight", "max", "must be at most 100")
    v = d.get("aml_dob_weight")
    if v is None:
        if "aml_dob_weight" in d:
            raise RequestValidationError(at + "aml_dob_weight", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(at + "aml_dob_weight", "type", "must be an integer")
        if v < 0:
            raise RequestValidationError(at + "aml_dob_weight", "min", "must be at least 0")
        if v > 100:
            raise RequestValidationError(at + "aml_dob_weight", "max", "must be at most 100")
    v = d.get("aml_country_weight")
    if v is None:
        if "aml_country_weight" in d:
            raise RequestValidationError(at + "aml_country_weight", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(at + "aml_country_weight", "type", "must be an integer")
        if v < 0:
            raise RequestValidationError(at + "aml_country_weight", "min", "must be at least 0")
        if v > 100:
            raise RequestValidationError(at + "aml_country_weight", "max", "must be at most 100")
    v = d.get("aml_match_score_threshold")
    if v is None:
        if "aml_match_score_threshold" in d:
            raise RequestValidationError(
                at + "aml_match_score_threshold", "type", "must not be null"
            )
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(
                at + "aml_match_score_threshold", "type", "must be an integer"
            )
        if v < 0:
            raise RequestValidationError(
                at + "aml_match_score_threshold", "min", "must be at least 0"
            )
        if v > 100:
            raise RequestValidationError(
                at + "aml_match_score_threshold", "max", "must be at most 100"
            )
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise RequestValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "save_api_request", "type", "must be true or false")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "vendor_data", "type", "must be a string")


def structure_EmailSendOptions(d: Any) -> EmailSendOptions:
    """Decode a JSON object into :class:`EmailSendOptions`."""
    o = _new(EmailSendOptions)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("code_size")
    if v is None and "code_size" in d:
        nl += ("code_size",)
    _set(o, "code_size", v)
    v = g("alphanumeric_code")
    if v is None and "alphanumeric_code" in d:
        nl += ("alphanumeric_code",)
    _set(o, "alphanumeric_code", v)
    v = g("locale")
    if v is None and "locale" in d:
        nl += ("locale",)
    _set(o, "locale", v)
    ex = d.keys() - _K_EmailSendOptions
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_EmailSendOptions(o: EmailSendOptions) -> dict[str, Any]:
    """Encode :class:`EmailSendOptions` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.code_size
    if v is not None and v is not UNSET:
        d["code_size"] = v
    elif v is None and nl is not None and "code_size" in nl:
        d["code_size"] = None
    v = o.alphanumeric_code
    if v is not None and v is not UNSET:
        d["alphanumeric_code"] = v
    elif v is None and nl is not None and "alphanumeric_code" in nl:
        d["alphanumeric_code"] = None
    v = o.locale
    if v is not None and v is not UNSET:
        d["locale"] = v
    elif v is None and nl is not None and "locale" in nl:
        d["locale"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_EmailSendOptions(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid EmailSendOptions."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "EmailSendOptions", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_EmailSendOptions:
        raise RequestValidationError(at + str(k), "unknown", "is not a field of EmailSendOptions")
    v = d.get("code_size")
    if v is None:
        if "code_size" in d:
            raise RequestValidationError(at + "code_size", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(at + "code_size", "type", "must be an integer")
        if v < 4:
            raise RequestValidationError(at + "code_size", "min", "must be at least 4")
        if v > 8:
            raise RequestValidationError(at + "code_size", "max", "must be at most 8")
    v = d.get("alphanumeric_code")
    if v is None:
        if "alphanumeric_code" in d:
            raise RequestValidationError(at + "alphanumeric_code", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "alphanumeric_code", "type", "must be true or false")
    v = d.get("locale")
    if v is None:
        if "locale" in d:
            raise RequestValidationError(at + "locale", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "locale", "type", "must be a string")
        if len(v) > 5:
            raise RequestValidationError(
                at + "locale", "max_length", "must have at most 5 characters"
            )


def structure_RequestSignals(d: Any) -> RequestSignals:
    """Decode a JSON object into :class:`RequestSignals`."""
    o = _new(RequestSignals)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("ip")
    if v is None and "ip" in d:
        nl += ("ip",)
    _set(o, "ip", v)
    v = g("device_id")
    if v is None and "device_id" in d:
        nl += ("device_id",)
    _set(o, "device_id", v)
    v = g("user_agent")
    if v is None and "user_agent" in d:
        nl += ("user_agent",)
    _set(o, "user_agent", v)
    v = g("device_platform")
    if v is None and "device_platform" in d:
        nl += ("device_platform",)
    _set(o, "device_platform", v)
    v = g("device_model")
    if v is None and "device_model" in d:
        nl += ("device_model",)
    _set(o, "device_model", v)
    v = g("os_version")
    if v is None and "os_version" in d:
        nl += ("os_version",)
    _set(o, "os_version", v)
    v = g("app_version")
    if v is None and "app_version" in d:
        nl += ("app_version",)
    _set(o, "app_version", v)
    ex = d.keys() - _K_RequestSignals
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_RequestSignals(o: RequestSignals) -> dict[str, Any]:
    """Encode :class:`RequestSignals` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.ip
    if v is not None and v is not UNSET:
        d["ip"] = v
    elif v is None and nl is not None and "ip" in nl:
        d["ip"] = None
    v = o.device_id
    if v is not None and v is not UNSET:
        d["device_id"] = v
    elif v is None and nl is not None and "device_id" in nl:
        d["device_id"] = None
    v = o.user_agent
    if v is not None and v is not UNSET:
        d["user_agent"] = v
    elif v is None and nl is not None and "user_agent" in nl:
        d["user_agent"] = None
    v = o.device_platform
    if v is not None and v is not UNSET:
        d["device_platform"] = v
    elif v is None and nl is not None and "device_platform" in nl:
        d["device_platform"] = None
    v = o.device_model
    if v is not None and v is not UNSET:
        d["device_model"] = v
    elif v is None and nl is not None and "device_model" in nl:
        d["device_model"] = None
    v = o.os_version
    if v is not None and v is not UNSET:
        d["os_version"] = v
    elif v is None and nl is not None and "os_version" in nl:
        d["os_version"] = None
    v = o.app_version
    if v is not None and v is not UNSET:
        d["app_version"] = v
    elif v is None and nl is not None and "app_version" in nl:
        d["app_version"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_RequestSignals(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid RequestSignals."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "RequestSignals", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_RequestSignals:
        raise RequestValidationError(at + str(k), "unknown", "is not a field of RequestSignals")
    v = d.get("ip")
    if v is None:
        if "ip" in d:
            raise RequestValidationError(at + "ip", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "ip", "type", "must be a string")
    v = d.get("device_id")
    if v is None:
        if "device_id" in d:
            raise RequestValidationError(at + "device_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "device_id", "type", "must be a string")
        if len(v) > 255:
            raise RequestValidationError(
                at + "device_id", "max_length", "must have at most 255 characters"
            )
    v = d.get("user_agent")
    if v is None:
        if "user_agent" in d:
            raise RequestValidationError(at + "user_agent", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "user_agent", "type", "must be a string")
        if len(v) > 512:
            raise RequestValidationError(
                at + "user_agent", "max_length", "must have at most 512 characters"
            )
    v = d.get("device_platform")
    if v is None:
        if "device_platform" in d:
            raise RequestValidationError(at + "device_platform", "type", "must not be null")
    else:
        if v not in _E_inline9:
            raise RequestValidationError(
                at + "device_platform", "enum", "must be one of: android, ios, ipados, tvos, web"
            )
    v = d.get("device_model")
    if v is None:
        if "device_model" in d:
            raise RequestValidationError(at + "device_model", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "device_model", "type", "must be a string")
    v = d.get("os_version")
    if v is None:
        if "os_version" in d:
            raise RequestValidationError(at + "os_version", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "os_version", "type", "must be a string")
    v = d.get("app_version")
    if v is None:
        if "app_version" in d:
            raise RequestValidationError(at + "app_version", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "app_version", "type", "must be a string")


def structure_EmailSendRequest(d: Any) -> EmailSendRequest:
    """Decode a JSON object into :class:`EmailSendRequest`."""
    o = _new(EmailSendRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("email")
    if v is None and "email" in d:
        nl += ("email",)
    _set(o, "email", v)
    v = g("options")
    if v is not None:
        v = structure_EmailSendOptions(v) if v.__class__ is dict else v
    elif "options" in d:
        nl += ("options",)
    _set(o, "options", v)
    v = g("signals")
    if v is not None:
        v = structure_RequestSignals(v) if v.__class__ is dict else v
    elif "signals" in d:
        nl += ("signals",)
    _set(o, "signals", v)
    v = g("vendor_data")
    if v is None and "vendor_data" in d:
        nl += ("vendor_data",)
    _set(o, "vendor_data", v)
    ex = d.keys() - _K_EmailSendRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_EmailSendRequest(o: EmailSendRequest) -> dict[str, Any]:
    """Encode :class:`EmailSendRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = v
    elif v is None and (nl is None or "email" in nl):
        d["email"] = None
    v = o.options
    if v is not None and v is not UNSET:
        d["options"] = unstructure_EmailSendOptions(v) if isinstance(v, EmailSendOptions) else v
    elif v is None and nl is not None and "options" in nl:
        d["options"] = None
    v = o.signals
    if v is not None and v is not UNSET:
        d["signals"] = unstructure_RequestSignals(v) if isinstance(v, RequestSignals) else v
    elif v is None and nl is not None and "signals" in nl:
        d["signals"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and nl is not None and "vendor_data" in nl:
        d["vendor_data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_EmailSendRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid EmailSendRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "EmailSendRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_EmailSendRequest:
        raise RequestValidationError(at + str(k), "unknown", "is not a field of EmailSendRequest")
    if "email" not in d:
        raise RequestValidationError(at + "email", "required", "is required")
    v = d.get("email")
    if v is None:
        if "email" in d:
            raise RequestValidationError(at + "email", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "email", "type", "must be a string")
        if not is_email(v):
            raise RequestValidationError(at + "email", "format", "must be a valid email")
    v = d.get("options")
    if v is None:
        if "options" in d:
            raise RequestValidationError(at + "options", "type", "must not be null")
    else:
        validate_EmailSendOptions(v, at + "options" + ".")
    v = d.get("signals")
    if v is None:
        if "signals" in d:
            raise RequestValidationError(at + "signals", "type", "must not be null")
    else:
        validate_RequestSignals(v, at + "signals" + ".")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "vendor_data", "type", "must be a string")


def structure_EmailCheckRequest(d: Any) -> EmailCheckRequest:
    """Decode a JSON object into :class:`EmailCheckRequest`."""
    o = _new(EmailCheckRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("email")
    if v is None and "email" in d:
        nl += ("email",)
    _set(o, "email", v)
    v = g("code")
    if v is None and "code" in d:
        nl += ("code",)
    _set(o, "code", v)
    v = g("duplicated_email_action")
    if v is not None:
        v = _M_CheckAction.get(v, v)
    elif "duplicated_email_action" in d:
        nl += ("duplicated_email_action",)
    _set(o, "duplicated_email_action", v)
    v = g("breached_email_action")
    if v is not None:
        v = _M_CheckAction.get(v, v)
    elif "breached_email_action" in d:
        nl += ("breached_email_action",)
    _set(o, "breached_email_action", v)
    v = g("disposable_email_action")
    if v is not None:
        v = _M_CheckAction.get(v, v)
    elif "disposable_email_action" in d:
        nl += ("disposable_email_action",)
    _set(o, "disposable_email_action", v)
    v = g("undeliverable_email_action")
    if v is not None:
        v = _M_CheckAction.get(v, v)
    elif "undeliverable_email_action" in d:
        nl += ("undeliverable_email_action",)
    _set(o, "undeliverable_email_action", v)
    ex = d.keys() - _K_EmailCheckRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_EmailCheckRequest(o: EmailCheckRequest) -> dict[str, Any]:
    """Encode :class:`EmailCheckRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = v
    elif v is None and (nl is None or "email" in nl):
        d["email"] = None
    v = o.code
    if v is not None and v is not UNSET:
        d["code"] = v
    elif v is None and (nl is None or "code" in nl):
        d["code"] = None
    v = o.duplicated_email_action
    if v is not None and v is not UNSET:
        d["duplicated_email_action"] = str(v)
    elif v is None and nl is not None and "duplicated_email_action" in nl:
        d["duplicated_email_action"] = None
    v = o.breached_email_action
    if v is not None and v is not UNSET:
        d["breached_email_action"] = str(v)
    elif v is None and nl is not None and "breached_email_action" in nl:
        d["breached_email_action"] = None
    v = o.disposable_email_action
    if v is not None and v is not UNSET:
        d["disposable_email_action"] = str(v)
    elif v is None and nl is not None and "disposable_email_action" in nl:
        d["disposable_email_action"] = None
    v = o.undeliverable_email_action
    if v is not None and v is not UNSET:
        d["undeliverable_email_action"] = str(v)
    elif v is None and nl is not None and "undeliverable_email_action" in nl:
        d["undeliverable_email_action"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_EmailCheckRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid EmailCheckRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "EmailCheckRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_EmailCheckRequest:
        raise RequestValidationError(at + str(k), "unknown", "is not a field of EmailCheckRequest")
    if "email" not in d:
        raise RequestValidationError(at + "email", "required", "is required")
    v = d.get("email")
    if v is None:
        if "email" in d:
            raise RequestValidationError(at + "email", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "email", "type", "must be a string")
        if not is_email(v):
            raise RequestValidationError(at + "email", "format", "must be a valid email")
    if "code" not in d:
        raise RequestValidationError(at + "code", "required", "is required")
    v = d.get("code")
    if v is None:
        if "code" in d:
            raise RequestValidationError(at + "code", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "code", "type", "must be a string")
        if len(v) < 4:
            raise RequestValidationError(
                at + "code", "min_length", "must have at least 4 characters"
            )
        if len(v) > 8:
            raise RequestValidationError(
                at + "code", "max_length", "must have at most 8 characters"
            )
    v = d.get("duplicated_email_action")
    if v is None:
        if "duplicated_email_action" in d:
            raise RequestValidationError(at + "duplicated_email_action", "type", "must not be null")
    else:
        if v not in _E_CheckAction:
            raise RequestValidationError(
                at + "duplicated_email_action", "enum", "must be one of: NO_ACTION, DECLINE"
            )
    v = d.get("breached_email_action")
    if v is None:
        if "breached_email_action" in d:
            raise RequestValidationError(at + "breached_email_action", "type", "must not be null")
    else:
        if v not in _E_CheckAction:
            raise RequestValidationError(
                at + "breached_email_action", "enum", "must be one of: NO_ACTION, DECLINE"
            )
    v = d.get("disposable_email_action")
    if v is None:
        if "disposable_email_action" in d:
            raise RequestValidationError(at + "disposable_email_action", "type", "must not be null")
    else:
        if v not in _E_CheckAction:
            raise RequestValidationError(
                at + "disposable_email_action", "enum", "must be one of: NO_ACTION, DECLINE"
            )
    v = d.get("undeliverable_email_action")
    if v is None:
        if "undeliverable_email_action" in d:
            raise RequestValidationError(
                at + "undeliverable_email_action", "type", "must not be null"
            )
    else:
        if v not in _E_CheckAction:
            raise RequestValidationError(
                at + "undeliverable_email_action", "enum", "must be one of: NO_ACTION, DECLINE"
            )


def structure_PhoneSendOptions(d: Any) -> PhoneSendOptions:
    """Decode a JSON object into :class:`PhoneSendOptions`."""
    o = _new(PhoneSendOptions)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("code_size")
    if v is None and "code_size" in d:
        nl += ("code_size",)
    _set(o, "code_size", v)
    v = g("locale")
    if v is None and "locale" in d:
        nl += ("locale",)
    _set(o, "locale", v)
    v = g("preferred_channel")
    if v is None and "preferred_channel" in d:
        nl += ("preferred_channel",)
    _set(o, "preferred_channel", v)
    ex = d.keys() - _K_PhoneSendOptions
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_PhoneSendOptions(o: PhoneSendOptions) -> dict[str, Any]:
    """Encode :class:`PhoneSendOptions` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.code_size
    if v is not None and v is not UNSET:
        d["code_size"] = v
    elif v is None and nl is not None and "code_size" in nl:
        d["code_size"] = None
    v = o.locale
    if v is not None and v is not UNSET:
        d["locale"] = v
    elif v is None and nl is not None and "locale" in nl:
        d["locale"] = None
    v = o.preferred_channel
    if v is not None and v is not UNSET:
        d["preferred_channel"] = v
    elif v is None and nl is not None and "preferred_channel" in nl:
        d["preferred_channel"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_PhoneSendOptions(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid PhoneSendOptions."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "PhoneSendOptions", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_PhoneSendOptions:
        raise RequestValidationError(at + str(k), "unknown", "is not a field of PhoneSendOptions")
    v = d.get("code_size")
    if v is None:
        if "code_size" in d:
            raise RequestValidationError(at + "code_size", "type", "must not be null")
    else:
        if isinstance(v, bool) or not isinstance(v, int):
            raise RequestValidationError(at + "code_size", "type", "must be an integer")
        if v < 4:
            raise RequestValidationError(at + "code_size", "min", "must be at least 4")
        if v > 8:
            raise RequestValidationError(at + "code_size", "max", "must be at most 8")
    v = d.get("locale")
    if v is None:
        if "locale" in d:
            raise RequestValidationError(at + "locale", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "locale", "type", "must be a string")
        if len(v) > 5:
            raise RequestValidationError(
                at + "locale", "max_length", "must have at most 5 characters"
            )
    v = d.get("preferred_channel")
    if v is None:
        if "preferred_channel" in d:
            raise RequestValidationError(at + "preferred_channel", "type", "must not be null")
    else:
        if v not in _E_inline10:
            raise RequestValidationError(
                at + "preferred_channel", "enum", "must be one of: whatsapp, sms, telegram, voice"
            )


def structure_PhoneSendRequest(d: Any) -> PhoneSendRequest:
    """Decode a JSON object into :class:`PhoneSendRequest`."""
    o = _new(PhoneSendRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("phone_number")
    if v is None and "phone_number" in d:
        nl += ("phone_number",)
    _set(o, "phone_number", v)
    v = g("options")
    if v is not None:
        v = structure_PhoneSendOptions(v) if v.__class__ is dict else v
    elif "options" in d:
        nl += ("options",)
    _set(o, "options", v)
    v = g("signals")
    if v is not None:
        v = structure_RequestSignals(v) if v.__class__ is dict else v
    elif "signals" in d:
        nl += ("signals",)
    _set(o, "signals", v)
    v = g("vendor_data")
    if v is None and "vendor_data" in d:
        nl += ("vendor_data",)
    _set(o, "vendor_data", v)
    ex = d.keys() - _K_PhoneSendRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_PhoneSendRequest(o: PhoneSendRequest) -> dict[str, Any]:
    """Encode :class:`PhoneSendRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.phone_number
    if v is not None and v is not UNSET:
        d["phone_number"] = v
    elif v is None and (nl is None or "phone_number" in nl):
        d["phone_number"] = None
    v = o.options
    if v is not None and v is not UNSET:
        d["options"] = unstructure_PhoneSendOptions(v) if isinstance(v, PhoneSendOptions) else v
    elif v is None and nl is not None and "options" in nl:
        d["options"] = None
    v = o.signals
    if v is not None and v is not UNSET:
        d["signals"] = unstructure_RequestSignals(v) if isinstance(v, RequestSignals) else v
    elif v is None and nl is not None and "signals" in nl:
        d["signals"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and nl is not None and "vendor_data" in nl:
        d["vendor_data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_PhoneSendRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid PhoneSendRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "PhoneSendRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_PhoneSendRequest:
        raise RequestValidationError(at + str(k), "unknown", "is not a field of PhoneSendRequest")
    if "phone_number" not in d:
        raise RequestValidationError(at + "phone_number", "required", "is required")
    v = d.get("phone_number")
    if v is None:
        if "phone_number" in d:
            raise RequestValidationError(at + "phone_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "phone_number", "type", "must be a string")
        if _P0.search(v) is None:
            raise RequestValidationError(
                at + "phone_number",
                "pattern",
                "does not have the expected format (^\\+[1-9]\\d{1,14}$)",
            )
    v = d.get("options")
    if v is None:
        if "options" in d:
            raise RequestValidationError(at + "options", "type", "must not be null")
    else:
        validate_PhoneSendOptions(v, at + "options" + ".")
    v = d.get("signals")
    if v is None:
        if "signals" in d:
            raise RequestValidationError(at + "signals", "type", "must not be null")
    else:
        validate_RequestSignals(v, at + "signals" + ".")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "vendor_data", "type", "must be a string")


def structure_PhoneCheckRequest(d: Any) -> PhoneCheckRequest:
    """Decode a JSON object into :class:`PhoneCheckRequest`."""
    o = _new(PhoneCheckRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("phone_number")
    if v is None and "phone_number" in d:
        nl += ("phone_number",)
    _set(o, "phone_number", v)
    v = g("code")
    if v is None and "code" in d:
        nl += ("code",)
    _set(o, "code", v)
    v = g("duplicated_phone_number_action")
    if v is not None:
        v = _M_CheckAction.get(v, v)
    elif "duplicated_phone_number_action" in d:
        nl += ("duplicated_phone_number_action",)
    _set(o, "duplicated_phone_number_action", v)
    v = g("disposable_number_action")
    if v is not None:
        v = _M_CheckAction.get(v, v)
    elif "disposable_number_action" in d:
        nl += ("disposable_number_action",)
    _set(o, "disposable_number_action", v)
    v = g("voip_number_action")
    if v is not None:
        v = _M_CheckAction.get(v, v)
    elif "voip_number_action" in d:
        nl += ("voip_number_action",)
    _set(o, "voip_number_action", v)
    ex = d.keys() - _K_PhoneCheckRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_PhoneCheckRequest(o: PhoneCheckRequest) -> dict[str, Any]:
    """Encode :class:`PhoneCheckRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.phone_number
    if v is not None and v is not UNSET:
        d["phone_number"] = v
    elif v is None and (nl is None or "phone_number" in nl):
        d["phone_number"] = None
    v = o.code
    if v is not None and v is not UNSET:
        d["code"] = v
    elif v is None and (nl is None or "code" in nl):
        d["code"] = None
    v = o.duplicated_phone_number_action
    if v is not None and v is not UNSET:
        d["duplicated_phone_number_action"] = str(v)
    elif v is None and nl is not None and "duplicated_phone_number_action" in nl:
        d["duplicated_phone_number_action"] = None
    v = o.disposable_number_action
    if v is not None and v is not UNSET:
        d["disposable_number_action"] = str(v)
    elif v is None and nl is not None and "disposable_number_action" in nl:
        d["disposable_number_action"] = None
    v = o.voip_number_action
    if v is not None and v is not UNSET:
        d["voip_number_action"] = str(v)
    elif v is None and nl is not None and "voip_number_action" in nl:
        d["voip_number_action"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_PhoneCheckRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid PhoneCheckRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "PhoneCheckRequest", "type", "must be an object"
        )
    v: Any
    for k in d.keys() - _K_PhoneCheckRequest:
        raise RequestValidationError(at + str(k), "unknown", "is not a field of PhoneCheckRequest")
    if "phone_number" not in d:
        raise RequestValidationError(at + "phone_number", "required", "is required")
    v = d.get("phone_number")
    if v is None:
        if "phone_number" in d:
            raise RequestValidationError(at + "phone_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "phone_number", "type", "must be a string")
        if _P0.search(v) is None:
            raise RequestValidationError(
                at + "phone_number",
                "pattern",
                "does not have the expected format (^\\+[1-9]\\d{1,14}$)",
            )
    if "code" not in d:
        raise RequestValidationError(at + "code", "required", "is required")
    v = d.get("code")
    if v is None:
        if "code" in d:
            raise RequestValidationError(at + "code", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "code", "type", "must be a string")
        if len(v) < 4:
            raise RequestValidationError(
                at + "code", "min_length", "must have at least 4 characters"
            )
        if len(v) > 8:
            raise RequestValidationError(
                at + "code", "max_length", "must have at most 8 characters"
            )
    v = d.get("duplicated_phone_number_action")
    if v is None:
        if "duplicated_phone_number_action" in d:
            raise RequestValidationError(
                at + "duplicated_phone_number_action", "type", "must not be null"
            )
    else:
        if v not in _E_CheckAction:
            raise RequestValidationError(
                at + "duplicated_phone_number_action", "enum", "must be one of: NO_ACTION, DECLINE"
            )
    v = d.get("disposable_number_action")
    if v is None:
        if "disposable_number_action" in d:
            raise RequestValidationError(
                at + "disposable_number_action", "type", "must not be null"
            )
    else:
        if v not in _E_CheckAction:
            raise RequestValidationError(
                at + "disposable_number_action", "enum", "must be one of: NO_ACTION, DECLINE"
            )
    v = d.get("voip_number_action")
    if v is None:
        if "voip_number_action" in d:
            raise RequestValidationError(at + "voip_number_action", "type", "must not be null")
    else:
        if v not in _E_CheckAction:
            raise RequestValidationError(
                at + "voip_number_action", "enum", "must be one of: NO_ACTION, DECLINE"
            )


def structure_DatabaseValidationRequest(d: Any) -> DatabaseValidationRequest:
    """Decode a JSON object into :class:`DatabaseValidationRequest`."""
    o = _new(DatabaseValidationRequest)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("issuing_state")
    if v is None and "issuing_state" in d:
        nl += ("issuing_state",)
    _set(o, "issuing_state", v)
    v = g("validation_type")
    if v is None and "validation_type" in d:
        nl += ("validation_type",)
    _set(o, "validation_type", v)
    v = g("id_number")
    if v is None and "id_number" in d:
        nl += ("id_number",)
    _set(o, "id_number", v)
    v = g("personal_number")
    if v is None and "personal_number" in d:
        nl += ("personal_number",)
    _set(o, "personal_number", v)
    v = g("document_number")
    if v is None and "document_number" in d:
        nl += ("document_number",)
    _set(o, "document_number", v)
    v = g("first_name")
    if v is None and "first_name" in d:
        nl += ("first_name",)
    _set(o, "first_name", v)
    v = g("last_name")
    if v is None and "last_name" in d:
        nl += ("last_name",)
    _set(o, "last_name", v)
    v = g("date_of_birth")
    if v is None and "date_of_birth" in d:
        nl += ("date_of_birth",)
    _set(o, "date_of_birth", v)
    v = g("save_api_request")
    if v is None and "save_api_request" in d:
        nl += ("save_api_request",)
    _set(o, "save_api_request", v)
    v = g("vendor_data")
    if v is None and "vendor_data" in d:
        nl += ("vendor_data",)
    _set(o, "vendor_data", v)
    ex = d.keys() - _K_DatabaseValidationRequest
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_DatabaseValidationRequest(o: DatabaseValidationRequest) -> dict[str, Any]:
    """Encode :class:`DatabaseValidationRequest` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.issuing_state
    if v is not None and v is not UNSET:
        d["issuing_state"] = v
    elif v is None and nl is not None and "issuing_state" in nl:
        d["issuing_state"] = None
    v = o.validation_type
    if v is not None and v is not UNSET:
        d["validation_type"] = v
    elif v is None and nl is not None and "validation_type" in nl:
        d["validation_type"] = None
    v = o.id_number
    if v is not None and v is not UNSET:
        d["id_number"] = v
    elif v is None and nl is not None and "id_number" in nl:
        d["id_number"] = None
    v = o.personal_number
    if v is not None and v is not UNSET:
        d["personal_number"] = v
    elif v is None and nl is not None and "personal_number" in nl:
        d["personal_number"] = None
    v = o.document_number
    if v is not None and v is not UNSET:
        d["document_number"] = v
    elif v is None and nl is not None and "document_number" in nl:
        d["document_number"] = None
    v = o.first_name
    if v is not None and v is not UNSET:
        d["first_name"] = v
    elif v is None and nl is not None and "first_name" in nl:
        d["first_name"] = None
    v = o.last_name
    if v is not None and v is not UNSET:
        d["last_name"] = v
    elif v is None and nl is not None and "last_name" in nl:
        d["last_name"] = None
    v = o.date_of_birth
    if v is not None and v is not UNSET:
        d["date_of_birth"] = v
    elif v is None and nl is not None and "date_of_birth" in nl:
        d["date_of_birth"] = None
    v = o.save_api_request
    if v is not None and v is not UNSET:
        d["save_api_request"] = v
    elif v is None and nl is not None and "save_api_request" in nl:
        d["save_api_request"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and nl is not None and "vendor_data" in nl:
        d["vendor_data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_DatabaseValidationRequest(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid DatabaseValidationRequest."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "DatabaseValidationRequest", "type", "must be an object"
        )
    v: Any
    v = d.get("issuing_state")
    if v is None:
        if "issuing_state" in d:
            raise RequestValidationError(at + "issuing_state", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "issuing_state", "type", "must be a string")
        if _P1.search(v) is None:
            raise RequestValidationError(
                at + "issuing_state", "pattern", "does not have the expected format (^[A-Z]{3}$)"
            )
    v = d.get("validation_type")
    if v is None:
        if "validation_type" in d:
            raise RequestValidationError(at + "validation_type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "validation_type", "type", "must be a string")
    v = d.get("id_number")
    if v is None:
        if "id_number" in d:
            raise RequestValidationError(at + "id_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "id_number", "type", "must be a string")
    v = d.get("personal_number")
    if v is None:
        if "personal_number" in d:
            raise RequestValidationError(at + "personal_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "personal_number", "type", "must be a string")
    v = d.get("document_number")
    if v is None:
        if "document_number" in d:
            raise RequestValidationError(at + "document_number", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "document_number", "type", "must be a string")
    v = d.get("first_name")
    if v is None:
        if "first_name" in d:
            raise RequestValidationError(at + "first_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "first_name", "type", "must be a string")
    v = d.get("last_name")
    if v is None:
        if "last_name" in d:
            raise RequestValidationError(at + "last_name", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "last_name", "type", "must be a string")
    v = d.get("date_of_birth")
    if v is None:
        if "date_of_birth" in d:
            raise RequestValidationError(at + "date_of_birth", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "date_of_birth", "type", "must be a string")
        if not is_date(v):
            raise RequestValidationError(at + "date_of_birth", "format", "must be a valid date")
    v = d.get("save_api_request")
    if v is None:
        if "save_api_request" in d:
            raise RequestValidationError(at + "save_api_request", "type", "must not be null")
    else:
        if not isinstance(v, bool):
            raise RequestValidationError(at + "save_api_request", "type", "must be true or false")
    v = d.get("vendor_data")
    if v is None:
        if "vendor_data" in d:
            raise RequestValidationError(at + "vendor_data", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "vendor_data", "type", "must be a string")


def structure_IdVerificationResponse(d: Any) -> IdVerificationResponse:
    """Decode a JSON object into :class:`IdVerificationResponse`."""
    o = _new(IdVerificationResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("request_id")
    if v is None and "request_id" in d:
        nl += ("request_id",)
    _set(o, "request_id", v)
    v = g("id_verification")
    if v is not None:
        v = structure_IdVerificationReport(v) if v.__class__ is dict else v
    elif "id_verification" in d:
        nl += ("id_verification",)
    _set(o, "id_verification", v)
    v = g("created_at")
    if v is None and "created_at" in d:
        nl += ("created_at",)
    _set(o, "created_at", v)
    ex = d.keys() - _K_IdVerificationResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_IdVerificationResponse(o: IdVerificationResponse) -> dict[str, Any]:
    """Encode :class:`IdVerificationResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and nl is not None and "request_id" in nl:
        d["request_id"] = None
    v = o.id_verification
    if v is not None and v is not UNSET:
        d["id_verification"] = (
            unstructure_IdVerificationReport(v) if isinstance(v, IdVerificationReport) else v
        )
    elif v is None and nl is not None and "id_verification" in nl:
        d["id_verification"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and nl is not None and "created_at" in nl:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_IdVerificationResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid IdVerificationResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "IdVerificationResponse", "type", "must be an object"
        )
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "request_id", "type", "must be a string")
    v = d.get("id_verification")
    if v is not None:
        if v is not None:
            validate_IdVerificationReport(v, at + "id_verification" + ".")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "created_at", "type", "must be a string")


def structure_PassiveLivenessResponse(d: Any) -> PassiveLivenessResponse:
    """Decode a JSON object into :class:`PassiveLivenessResponse`."""
    o = _new(PassiveLivenessResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("request_id")
    if v is None and "request_id" in d:
        nl += ("request_id",)
    _set(o, "request_id", v)
    v = g("liveness")
    if v is not None:
        v = structure_LivenessReport(v) if v.__class__ is dict else v
    elif "liveness" in d:
        nl += ("liveness",)
    _set(o, "liveness", v)
    v = g("created_at")
    if v is None and "created_at" in d:
        nl += ("created_at",)
    _set(o, "created_at", v)
    ex = d.keys() - _K_PassiveLivenessResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_PassiveLivenessResponse(o: PassiveLivenessResponse) -> dict[str, Any]:
    """Encode :class:`PassiveLivenessResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and nl is not None and "request_id" in nl:
        d["request_id"] = None
    v = o.liveness
    if v is not None and v is not UNSET:
        d["liveness"] = unstructure_LivenessReport(v) if isinstance(v, LivenessReport) else v
    elif v is None and nl is not None and "liveness" in nl:
        d["liveness"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and nl is not None and "created_at" in nl:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_PassiveLivenessResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid PassiveLivenessResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "PassiveLivenessResponse", "type", "must be an object"
        )
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "request_id", "type", "must be a string")
    v = d.get("liveness")
    if v is not None:
        if v is not None:
            validate_LivenessReport(v, at + "liveness" + ".")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "created_at", "type", "must be a string")


def structure_FaceMatchResponse(d: Any) -> FaceMatchResponse:
    """Decode a JSON object into :class:`FaceMatchResponse`."""
    o = _new(FaceMatchResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("request_id")
    if v is None and "request_id" in d:
        nl += ("request_id",)
    _set(o, "request_id", v)
    v = g("face_match")
    if v is not None:
        v = structure_FaceMatchReport(v) if v.__class__ is dict else v
    elif "face_match" in d:
        nl += ("face_match",)
    _set(o, "face_match", v)
    v = g("created_at")
    if v is None and "created_at" in d:
        nl += ("created_at",)
    _set(o, "created_at", v)
    ex = d.keys() - _K_FaceMatchResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_FaceMatchResponse(o: FaceMatchResponse) -> dict[str, Any]:
    """Encode :class:`FaceMatchResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and nl is not None and "request_id" in nl:
        d["request_id"] = None
    v = o.face_match
    if v is not None and v is not UNSET:
        d["face_match"] = unstructure_FaceMatchReport(v) if isinstance(v, FaceMatchReport) else v
    elif v is None and nl is not None and "face_match" in nl:
        d["face_match"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and nl is not None and "created_at" in nl:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_FaceMatchResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid FaceMatchResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "FaceMatchResponse", "type", "must be an object"
        )
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "request_id", "type", "must be a string")
    v = d.get("face_match")
    if v is not None:
        if v is not None:
            validate_FaceMatchReport(v, at + "face_match" + ".")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "created_at", "type", "must be a string")


def structure_FaceSearchResponse(d: Any) -> FaceSearchResponse:
    """Decode a JSON object into :class:`FaceSearchResponse`."""
    o = _new(FaceSearchResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("request_id")
    if v is None and "request_id" in d:
        nl += ("request_id",)
    _set(o, "request_id", v)
    v = g("face_search")
    if v is not None:
        v = structure_FaceSearchReport(v) if v.__class__ is dict else v
    elif "face_search" in d:
        nl += ("face_search",)
    _set(o, "face_search", v)
    v = g("created_at")
    if v is None and "created_at" in d:
        nl += ("created_at",)
    _set(o, "created_at", v)
    ex = d.keys() - _K_FaceSearchResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_FaceSearchResponse(o: FaceSearchResponse) -> dict[str, Any]:
    """Encode :class:`FaceSearchResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and nl is not None and "request_id" in nl:
        d["request_id"] = None
    v = o.face_search
    if v is not None and v is not UNSET:
        d["face_search"] = unstructure_FaceSearchReport(v) if isinstance(v, FaceSearchReport) else v
    elif v is None and nl is not None and "face_search" in nl:
        d["face_search"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and nl is not None and "created_at" in nl:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_FaceSearchResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid FaceSearchResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "FaceSearchResponse", "type", "must be an object"
        )
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "request_id", "type", "must be a string")
    v = d.get("face_search")
    if v is not None:
        if v is not None:
            validate_FaceSearchReport(v, at + "face_search" + ".")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "created_at", "type", "must be a string")


def structure_AgeEstimationResponse(d: Any) -> AgeEstimationResponse:
    """Decode a JSON object into :class:`AgeEstimationResponse`."""
    o = _new(AgeEstimationResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("request_id")
    if v is None and "request_id" in d:
        nl += ("request_id",)
    _set(o, "request_id", v)
    v = g("liveness")
    if v is not None:
        v = structure_AgeEstimationReport(v) if v.__class__ is dict else v
    elif "liveness" in d:
        nl += ("liveness",)
    _set(o, "liveness", v)
    v = g("created_at")
    if v is None and "created_at" in d:
        nl += ("created_at",)
    _set(o, "created_at", v)
    ex = d.keys() - _K_AgeEstimationResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_AgeEstimationResponse(o: AgeEstimationResponse) -> dict[str, Any]:
    """Encode :class:`AgeEstimationResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and nl is not None and "request_id" in nl:
        d["request_id"] = None
    v = o.liveness
    if v is not None and v is not UNSET:
        d["liveness"] = (
            unstructure_AgeEstimationReport(v) if isinstance(v, AgeEstimationReport) else v
        )
    elif v is None and nl is not None and "liveness" in nl:
        d["liveness"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and nl is not None and "created_at" in nl:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AgeEstimationResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AgeEstimationResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "AgeEstimationResponse", "type", "must be an object"
        )
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "request_id", "type", "must be a string")
    v = d.get("liveness")
    if v is not None:
        if v is not None:
            validate_AgeEstimationReport(v, at + "liveness" + ".")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "created_at", "type", "must be a string")


def structure_AmlResponse(d: Any) -> AmlResponse:
    """Decode a JSON object into :class:`AmlResponse`."""
    o = _new(AmlResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("request_id")
    if v is None and "request_id" in d:
        nl += ("request_id",)
    _set(o, "request_id", v)
    v = g("aml")
    if v is not None:
        v = structure_AmlReport(v) if v.__class__ is dict else v
    elif "aml" in d:
        nl += ("aml",)
    _set(o, "aml", v)
    v = g("created_at")
    if v is None and "created_at" in d:
        nl += ("created_at",)
    _set(o, "created_at", v)
    ex = d.keys() - _K_AmlResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_AmlResponse(o: AmlResponse) -> dict[str, Any]:
    """Encode :class:`AmlResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and nl is not None and "request_id" in nl:
        d["request_id"] = None
    v = o.aml
    if v is not None and v is not UNSET:
        d["aml"] = unstructure_AmlReport(v) if isinstance(v, AmlReport) else v
    elif v is None and nl is not None and "aml" in nl:
        d["aml"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and nl is not None and "created_at" in nl:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_AmlResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid AmlResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "AmlResponse", "type", "must be an object")
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "request_id", "type", "must be a string")
    v = d.get("aml")
    if v is not None:
        if v is not None:
            validate_AmlReport(v, at + "aml" + ".")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "created_at", "type", "must be a string")


def structure_PoaResponse(d: Any) -> PoaResponse:
    """Decode a JSON object into :class:`PoaResponse`."""
    o = _new(PoaResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("request_id")
    if v is None and "request_id" in d:
        nl += ("request_id",)
    _set(o, "request_id", v)
    v = g("poa")
    if v is not None:
        v = structure_PoaReport(v) if v.__class__ is dict else v
    elif "poa" in d:
        nl += ("poa",)
    _set(o, "poa", v)
    v = g("created_at")
    if v is None and "created_at" in d:
        nl += ("created_at",)
    _set(o, "created_at", v)
    ex = d.keys() - _K_PoaResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_PoaResponse(o: PoaResponse) -> dict[str, Any]:
    """Encode :class:`PoaResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and nl is not None and "request_id" in nl:
        d["request_id"] = None
    v = o.poa
    if v is not None and v is not UNSET:
        d["poa"] = unstructure_PoaReport(v) if isinstance(v, PoaReport) else v
    elif v is None and nl is not None and "poa" in nl:
        d["poa"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and nl is not None and "created_at" in nl:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_PoaResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid PoaResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(at.rstrip(".") or "PoaResponse", "type", "must be an object")
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "request_id", "type", "must be a string")
    v = d.get("poa")
    if v is not None:
        if v is not None:
            validate_PoaReport(v, at + "poa" + ".")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "created_at", "type", "must be a string")


def structure_DatabaseValidationResponse(d: Any) -> DatabaseValidationResponse:
    """Decode a JSON object into :class:`DatabaseValidationResponse`."""
    o = _new(DatabaseValidationResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("request_id")
    if v is None and "request_id" in d:
        nl += ("request_id",)
    _set(o, "request_id", v)
    v = g("database_validation")
    if v is not None:
        v = structure_DatabaseValidationReport(v) if v.__class__ is dict else v
    elif "database_validation" in d:
        nl += ("database_validation",)
    _set(o, "database_validation", v)
    v = g("created_at")
    if v is None and "created_at" in d:
        nl += ("created_at",)
    _set(o, "created_at", v)
    ex = d.keys() - _K_DatabaseValidationResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_DatabaseValidationResponse(o: DatabaseValidationResponse) -> dict[str, Any]:
    """Encode :class:`DatabaseValidationResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and nl is not None and "request_id" in nl:
        d["request_id"] = None
    v = o.database_validation
    if v is not None and v is not UNSET:
        d["database_validation"] = (
            unstructure_DatabaseValidationReport(v)
            if isinstance(v, DatabaseValidationReport)
            else v
        )
    elif v is None and nl is not None and "database_validation" in nl:
        d["database_validation"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and nl is not None and "created_at" in nl:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_DatabaseValidationResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid DatabaseValidationResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "DatabaseValidationResponse", "type", "must be an object"
        )
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "request_id", "type", "must be a string")
    v = d.get("database_validation")
    if v is not None:
        if v is not None:
            validate_DatabaseValidationReport(v, at + "database_validation" + ".")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "created_at", "type", "must be a string")


def structure_EmailSendResponse(d: Any) -> EmailSendResponse:
    """Decode a JSON object into :class:`EmailSendResponse`."""
    o = _new(EmailSendResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("request_id")
    if v is None and "request_id" in d:
        nl += ("request_id",)
    _set(o, "request_id", v)
    v = g("status")
    if v is None and "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("reason")
    if v is None and "reason" in d:
        nl += ("reason",)
    _set(o, "reason", v)
    ex = d.keys() - _K_EmailSendResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_EmailSendResponse(o: EmailSendResponse) -> dict[str, Any]:
    """Encode :class:`EmailSendResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and nl is not None and "request_id" in nl:
        d["request_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.reason
    if v is not None and v is not UNSET:
        d["reason"] = v
    elif v is None and nl is not None and "reason" in nl:
        d["reason"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_EmailSendResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid EmailSendResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "EmailSendResponse", "type", "must be an object"
        )
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "request_id", "type", "must be a string")
    v = d.get("status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "status", "type", "must be a string")
    v = d.get("reason")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "reason", "type", "must be a string")


def structure_EmailCheckResponse(d: Any) -> EmailCheckResponse:
    """Decode a JSON object into :class:`EmailCheckResponse`."""
    o = _new(EmailCheckResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("request_id")
    if v is None and "request_id" in d:
        nl += ("request_id",)
    _set(o, "request_id", v)
    v = g("status")
    if v is None and "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("message")
    if v is None and "message" in d:
        nl += ("message",)
    _set(o, "message", v)
    v = g("email")
    if v is not None:
        v = structure_EmailReport(v) if v.__class__ is dict else v
    elif "email" in d:
        nl += ("email",)
    _set(o, "email", v)
    v = g("created_at")
    if v is None and "created_at" in d:
        nl += ("created_at",)
    _set(o, "created_at", v)
    ex = d.keys() - _K_EmailCheckResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_EmailCheckResponse(o: EmailCheckResponse) -> dict[str, Any]:
    """Encode :class:`EmailCheckResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and nl is not None and "request_id" in nl:
        d["request_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.message
    if v is not None and v is not UNSET:
        d["message"] = v
    elif v is None and nl is not None and "message" in nl:
        d["message"] = None
    v = o.email
    if v is not None and v is not UNSET:
        d["email"] = unstructure_EmailReport(v) if isinstance(v, EmailReport) else v
    elif v is None and nl is not None and "email" in nl:
        d["email"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and nl is not None and "created_at" in nl:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_EmailCheckResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid EmailCheckResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "EmailCheckResponse", "type", "must be an object"
        )
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "request_id", "type", "must be a string")
    v = d.get("status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "status", "type", "must be a string")
    v = d.get("message")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "message", "type", "must be a string")
    v = d.get("email")
    if v is not None:
        if v is not None:
            validate_EmailReport(v, at + "email" + ".")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "created_at", "type", "must be a string")


def structure_PhoneSendResponse(d: Any) -> PhoneSendResponse:
    """Decode a JSON object into :class:`PhoneSendResponse`."""
    o = _new(PhoneSendResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("request_id")
    if v is None and "request_id" in d:
        nl += ("request_id",)
    _set(o, "request_id", v)
    v = g("status")
    if v is None and "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("reason")
    if v is None and "reason" in d:
        nl += ("reason",)
    _set(o, "reason", v)
    ex = d.keys() - _K_PhoneSendResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_PhoneSendResponse(o: PhoneSendResponse) -> dict[str, Any]:
    """Encode :class:`PhoneSendResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and nl is not None and "request_id" in nl:
        d["request_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.reason
    if v is not None and v is not UNSET:
        d["reason"] = v
    elif v is None and nl is not None and "reason" in nl:
        d["reason"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_PhoneSendResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid PhoneSendResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "PhoneSendResponse", "type", "must be an object"
        )
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "request_id", "type", "must be a string")
    v = d.get("status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "status", "type", "must be a string")
    v = d.get("reason")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "reason", "type", "must be a string")


def structure_PhoneCheckResponse(d: Any) -> PhoneCheckResponse:
    """Decode a JSON object into :class:`PhoneCheckResponse`."""
    o = _new(PhoneCheckResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("request_id")
    if v is None and "request_id" in d:
        nl += ("request_id",)
    _set(o, "request_id", v)
    v = g("status")
    if v is None and "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("message")
    if v is None and "message" in d:
        nl += ("message",)
    _set(o, "message", v)
    v = g("phone")
    if v is not None:
        v = structure_PhoneReport(v) if v.__class__ is dict else v
    elif "phone" in d:
        nl += ("phone",)
    _set(o, "phone", v)
    v = g("created_at")
    if v is None and "created_at" in d:
        nl += ("created_at",)
    _set(o, "created_at", v)
    ex = d.keys() - _K_PhoneCheckResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_PhoneCheckResponse(o: PhoneCheckResponse) -> dict[str, Any]:
    """Encode :class:`PhoneCheckResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.request_id
    if v is not None and v is not UNSET:
        d["request_id"] = v
    elif v is None and nl is not None and "request_id" in nl:
        d["request_id"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.message
    if v is not None and v is not UNSET:
        d["message"] = v
    elif v is None and nl is not None and "message" in nl:
        d["message"] = None
    v = o.phone
    if v is not None and v is not UNSET:
        d["phone"] = unstructure_PhoneReport(v) if isinstance(v, PhoneReport) else v
    elif v is None and nl is not None and "phone" in nl:
        d["phone"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and nl is not None and "created_at" in nl:
        d["created_at"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_PhoneCheckResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid PhoneCheckResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "PhoneCheckResponse", "type", "must be an object"
        )
    v: Any
    v = d.get("request_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "request_id", "type", "must be a string")
    v = d.get("status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "status", "type", "must be a string")
    v = d.get("message")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "message", "type", "must be a string")
    v = d.get("phone")
    if v is not None:
        if v is not None:
            validate_PhoneReport(v, at + "phone" + ".")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "created_at", "type", "must be a string")


def structure_HealthcheckResponse(d: Any) -> HealthcheckResponse:
    """Decode a JSON object into :class:`HealthcheckResponse`."""
    o = _new(HealthcheckResponse)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("status")
    if v is None and "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("timestamp")
    if v is None and "timestamp" in d:
        nl += ("timestamp",)
    _set(o, "timestamp", v)
    ex = d.keys() - _K_HealthcheckResponse
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_HealthcheckResponse(o: HealthcheckResponse) -> dict[str, Any]:
    """Encode :class:`HealthcheckResponse` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v
    elif v is None and (nl is None or "status" in nl):
        d["status"] = None
    v = o.timestamp
    if v is not None and v is not UNSET:
        d["timestamp"] = v
    elif v is None and nl is not None and "timestamp" in nl:
        d["timestamp"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_HealthcheckResponse(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid HealthcheckResponse."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "HealthcheckResponse", "type", "must be an object"
        )
    v: Any
    if "status" not in d:
        raise RequestValidationError(at + "status", "required", "is required")
    v = d.get("status")
    if v is None:
        if "status" in d:
            raise RequestValidationError(at + "status", "type", "must not be null")
    else:
        if v not in _E_inline11:
            raise RequestValidationError(at + "status", "enum", "must be one of: ok")
    v = d.get("timestamp")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "timestamp", "type", "must be a string")


def structure_WebhookSessionPayload(d: Any) -> WebhookSessionPayload:
    """Decode a JSON object into :class:`WebhookSessionPayload`."""
    o = _new(WebhookSessionPayload)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("event_id")
    if v is None and "event_id" in d:
        nl += ("event_id",)
    _set(o, "event_id", v)
    v = g("webhook_type")
    if v is None and "webhook_type" in d:
        nl += ("webhook_type",)
    _set(o, "webhook_type", v)
    v = g("timestamp")
    if v is None and "timestamp" in d:
        nl += ("timestamp",)
    _set(o, "timestamp", v)
    v = g("created_at")
    if v is None and "created_at" in d:
        nl += ("created_at",)
    _set(o, "created_at", v)
    v = g("application_id")
    if v is None and "application_id" in d:
        nl += ("application_id",)
    _set(o, "application_id", v)
    v = g("environment")
    if v is not None:
        v = _M_Environment.get(v, v)
    elif "environment" in d:
        nl += ("environment",)
    _set(o, "environment", v)
    v = g("session_id")
    if v is None and "session_id" in d:
        nl += ("session_id",)
    _set(o, "session_id", v)
    v = g("business_session_id")
    if v is None and "business_session_id" in d:
        nl += ("business_session_id",)
    _set(o, "business_session_id", v)
    v = g("session_kind")
    if v is not None:
        v = _M_SessionKind.get(v, v)
    elif "session_kind" in d:
        nl += ("session_kind",)
    _set(o, "session_kind", v)
    v = g("status")
    if v is not None:
        v = _M_SessionStatus.get(v, v)
    elif "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("workflow_id")
    if v is None and "workflow_id" in d:
        nl += ("workflow_id",)
    _set(o, "workflow_id", v)
    v = g("workflow_version")
    if v is None and "workflow_version" in d:
        nl += ("workflow_version",)
    _set(o, "workflow_version", v)
    v = g("vendor_data")
    if v is None and "vendor_data" in d:
        nl += ("vendor_data",)
    _set(o, "vendor_data", v)
    v = g("metadata")
    if v is None and "metadata" in d:
        nl += ("metadata",)
    _set(o, "metadata", v)
    v = g("decision")
    if v is not None:
        v = structure_SessionDecision(v) if v.__class__ is dict else v
    elif "decision" in d:
        nl += ("decision",)
    _set(o, "decision", v)
    v = g("resubmit_info")
    if v is None and "resubmit_info" in d:
        nl += ("resubmit_info",)
    _set(o, "resubmit_info", v)
    ex = d.keys() - _K_WebhookSessionPayload
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_WebhookSessionPayload(o: WebhookSessionPayload) -> dict[str, Any]:
    """Encode :class:`WebhookSessionPayload` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.event_id
    if v is not None and v is not UNSET:
        d["event_id"] = v
    elif v is None and nl is not None and "event_id" in nl:
        d["event_id"] = None
    v = o.webhook_type
    if v is not None and v is not UNSET:
        d["webhook_type"] = v
    elif v is None and (nl is None or "webhook_type" in nl):
        d["webhook_type"] = None
    v = o.timestamp
    if v is not None and v is not UNSET:
        d["timestamp"] = v
    elif v is None and nl is not None and "timestamp" in nl:
        d["timestamp"] = None
    v = o.created_at
    if v is not None and v is not UNSET:
        d["created_at"] = v
    elif v is None and nl is not None and "created_at" in nl:
        d["created_at"] = None
    v = o.application_id
    if v is not None and v is not UNSET:
        d["application_id"] = v
    elif v is None and nl is not None and "application_id" in nl:
        d["application_id"] = None
    v = o.environment
    if v is not None and v is not UNSET:
        d["environment"] = str(v)
    elif v is None and nl is not None and "environment" in nl:
        d["environment"] = None
    v = o.session_id
    if v is not None and v is not UNSET:
        d["session_id"] = v
    elif v is None and (nl is None or "session_id" in nl):
        d["session_id"] = None
    v = o.business_session_id
    if v is not None and v is not UNSET:
        d["business_session_id"] = v
    elif v is None and nl is not None and "business_session_id" in nl:
        d["business_session_id"] = None
    v = o.session_kind
    if v is not None and v is not UNSET:
        d["session_kind"] = str(v)
    elif v is None and nl is not None and "session_kind" in nl:
        d["session_kind"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = str(v)
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.workflow_id
    if v is not None and v is not UNSET:
        d["workflow_id"] = v
    elif v is None and nl is not None and "workflow_id" in nl:
        d["workflow_id"] = None
    v = o.workflow_version
    if v is not None and v is not UNSET:
        d["workflow_version"] = v
    elif v is None and nl is not None and "workflow_version" in nl:
        d["workflow_version"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and nl is not None and "vendor_data" in nl:
        d["vendor_data"] = None
    v = o.metadata
    if v is not None and v is not UNSET:
        d["metadata"] = (dict(v)) if isinstance(v, dict) else v
    elif v is None and nl is not None and "metadata" in nl:
        d["metadata"] = None
    v = o.decision
    if v is not None and v is not UNSET:
        d["decision"] = unstructure_SessionDecision(v) if isinstance(v, SessionDecision) else v
    elif v is None and nl is not None and "decision" in nl:
        d["decision"] = None
    v = o.resubmit_info
    if v is not None and v is not UNSET:
        d["resubmit_info"] = dict(v)
    elif v is None and nl is not None and "resubmit_info" in nl:
        d["resubmit_info"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WebhookSessionPayload(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WebhookSessionPayload."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WebhookSessionPayload", "type", "must be an object"
        )
    v: Any
    v = d.get("event_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "event_id", "type", "must be a string")
    if "webhook_type" not in d:
        raise RequestValidationError(at + "webhook_type", "required", "is required")
    v = d.get("webhook_type")
    if v is None:
        if "webhook_type" in d:
            raise RequestValidationError(at + "webhook_type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "webhook_type", "type", "must be a string")
    v = d.get("timestamp")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "timestamp", "type", "must be an integer")
    v = d.get("created_at")
    if v is not None:
        if v is not None:
            if not ((isinstance(v, int) and not isinstance(v, bool)) or isinstance(v, str)):
                raise RequestValidationError(
                    at + "created_at", "type", "must be one of: integer, string"
                )
            if isinstance(v, int) and not isinstance(v, bool):
                if isinstance(v, bool) or not isinstance(v, int):
                    raise RequestValidationError(at + "created_at", "type", "must be an integer")
            if isinstance(v, str):
                if not isinstance(v, str):
                    raise RequestValidationError(at + "created_at", "type", "must be a string")
    v = d.get("application_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "application_id", "type", "must be a string")
    v = d.get("environment")
    if v is not None:
        if v is not None:
            if v not in _E_Environment:
                raise RequestValidationError(
                    at + "environment", "enum", "must be one of: live, sandbox"
                )
    if "session_id" not in d:
        raise RequestValidationError(at + "session_id", "required", "is required")
    v = d.get("session_id")
    if v is None:
        if "session_id" in d:
            raise RequestValidationError(at + "session_id", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "session_id", "type", "must be a string")
    v = d.get("business_session_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "business_session_id", "type", "must be a string")
    v = d.get("session_kind")
    if v is not None:
        if v is not None:
            if v not in _E_SessionKind:
                raise RequestValidationError(
                    at + "session_kind", "enum", "must be one of: user, business"
                )
    v = d.get("status")
    if v is not None:
        if v is not None:
            if v not in _E_SessionStatus:
                raise RequestValidationError(
                    at + "status",
                    "enum",
                    "must be one of: Not Started, In Progress, In Review, Awaiting User, Resubmitted, Approved, Declined, Expired, Abandoned, Kyc Expired",
                )
    v = d.get("workflow_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "workflow_id", "type", "must be a string")
    v = d.get("workflow_version")
    if v is not None:
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, int):
                raise RequestValidationError(at + "workflow_version", "type", "must be an integer")
    v = d.get("vendor_data")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "vendor_data", "type", "must be a string")
    v = d.get("metadata")
    if v is not None:
        if v is not None:
            if not (isinstance(v, Mapping) or isinstance(v, str)):
                raise RequestValidationError(
                    at + "metadata", "type", "must be one of: object, string"
                )
            if isinstance(v, Mapping):
                if not isinstance(v, Mapping):
                    raise RequestValidationError(at + "metadata", "type", "must be an object")
            if isinstance(v, str):
                if not isinstance(v, str):
                    raise RequestValidationError(at + "metadata", "type", "must be a string")
    v = d.get("decision")
    if v is not None:
        if v is not None:
            validate_SessionDecision(v, at + "decision" + ".")
    v = d.get("resubmit_info")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(at + "resubmit_info", "type", "must be an object")


def structure_WebhookFieldChange(d: Any) -> WebhookFieldChange:
    """Decode a JSON object into :class:`WebhookFieldChange`."""
    o = _new(WebhookFieldChange)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("previous")
    if v is None and "previous" in d:
        nl += ("previous",)
    _set(o, "previous", v)
    v = g("current")
    if v is None and "current" in d:
        nl += ("current",)
    _set(o, "current", v)
    ex = d.keys() - _K_WebhookFieldChange
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_WebhookFieldChange(o: WebhookFieldChange) -> dict[str, Any]:
    """Encode :class:`WebhookFieldChange` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.previous
    if v is not None and v is not UNSET:
        d["previous"] = v
    elif v is None and nl is not None and "previous" in nl:
        d["previous"] = None
    v = o.current
    if v is not None and v is not UNSET:
        d["current"] = v
    elif v is None and nl is not None and "current" in nl:
        d["current"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WebhookFieldChange(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WebhookFieldChange."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WebhookFieldChange", "type", "must be an object"
        )
    v: Any


def structure_WebhookEntityPayload(d: Any) -> WebhookEntityPayload:
    """Decode a JSON object into :class:`WebhookEntityPayload`."""
    o = _new(WebhookEntityPayload)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("event_id")
    if v is None and "event_id" in d:
        nl += ("event_id",)
    _set(o, "event_id", v)
    v = g("webhook_type")
    if v is None and "webhook_type" in d:
        nl += ("webhook_type",)
    _set(o, "webhook_type", v)
    v = g("timestamp")
    if v is None and "timestamp" in d:
        nl += ("timestamp",)
    _set(o, "timestamp", v)
    v = g("application_id")
    if v is None and "application_id" in d:
        nl += ("application_id",)
    _set(o, "application_id", v)
    v = g("environment")
    if v is not None:
        v = _M_Environment.get(v, v)
    elif "environment" in d:
        nl += ("environment",)
    _set(o, "environment", v)
    v = g("vendor_data")
    if v is None and "vendor_data" in d:
        nl += ("vendor_data",)
    _set(o, "vendor_data", v)
    v = g("uuid")
    if v is None and "uuid" in d:
        nl += ("uuid",)
    _set(o, "uuid", v)
    v = g("status")
    if v is None and "status" in d:
        nl += ("status",)
    _set(o, "status", v)
    v = g("previous_status")
    if v is None and "previous_status" in d:
        nl += ("previous_status",)
    _set(o, "previous_status", v)
    v = g("changed_fields")
    if v is None and "changed_fields" in d:
        nl += ("changed_fields",)
    _set(o, "changed_fields", v)
    v = g("changes")
    if v is not None:
        v = {k: structure_WebhookFieldChange(x) if x.__class__ is dict else x for k, x in v.items()}
    elif "changes" in d:
        nl += ("changes",)
    _set(o, "changes", v)
    v = g("event")
    if v is None and "event" in d:
        nl += ("event",)
    _set(o, "event", v)
    v = g("data")
    if v is None and "data" in d:
        nl += ("data",)
    _set(o, "data", v)
    ex = d.keys() - _K_WebhookEntityPayload
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_WebhookEntityPayload(o: WebhookEntityPayload) -> dict[str, Any]:
    """Encode :class:`WebhookEntityPayload` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.event_id
    if v is not None and v is not UNSET:
        d["event_id"] = v
    elif v is None and nl is not None and "event_id" in nl:
        d["event_id"] = None
    v = o.webhook_type
    if v is not None and v is not UNSET:
        d["webhook_type"] = v
    elif v is None and (nl is None or "webhook_type" in nl):
        d["webhook_type"] = None
    v = o.timestamp
    if v is not None and v is not UNSET:
        d["timestamp"] = v
    elif v is None and nl is not None and "timestamp" in nl:
        d["timestamp"] = None
    v = o.application_id
    if v is not None and v is not UNSET:
        d["application_id"] = v
    elif v is None and nl is not None and "application_id" in nl:
        d["application_id"] = None
    v = o.environment
    if v is not None and v is not UNSET:
        d["environment"] = str(v)
    elif v is None and nl is not None and "environment" in nl:
        d["environment"] = None
    v = o.vendor_data
    if v is not None and v is not UNSET:
        d["vendor_data"] = v
    elif v is None and nl is not None and "vendor_data" in nl:
        d["vendor_data"] = None
    v = o.uuid
    if v is not None and v is not UNSET:
        d["uuid"] = v
    elif v is None and nl is not None and "uuid" in nl:
        d["uuid"] = None
    v = o.status
    if v is not None and v is not UNSET:
        d["status"] = v
    elif v is None and nl is not None and "status" in nl:
        d["status"] = None
    v = o.previous_status
    if v is not None and v is not UNSET:
        d["previous_status"] = v
    elif v is None and nl is not None and "previous_status" in nl:
        d["previous_status"] = None
    v = o.changed_fields
    if v is not None and v is not UNSET:
        d["changed_fields"] = [x for x in v]
    elif v is None and nl is not None and "changed_fields" in nl:
        d["changed_fields"] = None
    v = o.changes
    if v is not None and v is not UNSET:
        d["changes"] = {
            k: unstructure_WebhookFieldChange(x) if isinstance(x, WebhookFieldChange) else x
            for k, x in v.items()
        }
    elif v is None and nl is not None and "changes" in nl:
        d["changes"] = None
    v = o.event
    if v is not None and v is not UNSET:
        d["event"] = v
    elif v is None and nl is not None and "event" in nl:
        d["event"] = None
    v = o.data
    if v is not None and v is not UNSET:
        d["data"] = dict(v)
    elif v is None and nl is not None and "data" in nl:
        d["data"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WebhookEntityPayload(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WebhookEntityPayload."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WebhookEntityPayload", "type", "must be an object"
        )
    v: Any
    v = d.get("event_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "event_id", "type", "must be a string")
    if "webhook_type" not in d:
        raise RequestValidationError(at + "webhook_type", "required", "is required")
    v = d.get("webhook_type")
    if v is None:
        if "webhook_type" in d:
            raise RequestValidationError(at + "webhook_type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "webhook_type", "type", "must be a string")
    v = d.get("timestamp")
    if v is not None:
        if v is not None:
            if not ((isinstance(v, int) and not isinstance(v, bool)) or isinstance(v, str)):
                raise RequestValidationError(
                    at + "timestamp", "type", "must be one of: integer, string"
                )
            if isinstance(v, int) and not isinstance(v, bool):
                if isinstance(v, bool) or not isinstance(v, int):
                    raise RequestValidationError(at + "timestamp", "type", "must be an integer")
            if isinstance(v, str):
                if not isinstance(v, str):
                    raise RequestValidationError(at + "timestamp", "type", "must be a string")
    v = d.get("application_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "application_id", "type", "must be a string")
    v = d.get("environment")
    if v is not None:
        if v is not None:
            if v not in _E_Environment:
                raise RequestValidationError(
                    at + "environment", "enum", "must be one of: live, sandbox"
                )
    v = d.get("vendor_data")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "vendor_data", "type", "must be a string")
    v = d.get("uuid")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "uuid", "type", "must be a string")
    v = d.get("status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "status", "type", "must be a string")
    v = d.get("previous_status")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "previous_status", "type", "must be a string")
    v = d.get("changed_fields")
    if v is not None:
        if v is not None:
            if not isinstance(v, (list, tuple)):
                raise RequestValidationError(at + "changed_fields", "type", "must be a list")
            for i0, x0 in enumerate(v):
                if x0 is None:
                    raise RequestValidationError(
                        at + "changed_fields", "type", "must not contain null"
                    )
                if not isinstance(x0, str):
                    raise RequestValidationError(
                        at + "changed_fields" + "[" + str(i0) + "]", "type", "must be a string"
                    )
    v = d.get("changes")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(at + "changes", "type", "must be an object")
            for k0, x0 in v.items():
                validate_WebhookFieldChange(x0, at + "changes" + "." + str(k0) + ".")
    v = d.get("event")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "event", "type", "must be a string")
    v = d.get("data")
    if v is not None:
        if v is not None:
            if not isinstance(v, Mapping):
                raise RequestValidationError(at + "data", "type", "must be an object")


def structure_WebhookGenericPayload(d: Any) -> WebhookGenericPayload:
    """Decode a JSON object into :class:`WebhookGenericPayload`."""
    o = _new(WebhookGenericPayload)
    g = d.get
    nl: tuple[str, ...] = ()
    v: Any
    v = g("event_id")
    if v is None and "event_id" in d:
        nl += ("event_id",)
    _set(o, "event_id", v)
    v = g("webhook_type")
    if v is None and "webhook_type" in d:
        nl += ("webhook_type",)
    _set(o, "webhook_type", v)
    v = g("timestamp")
    if v is None and "timestamp" in d:
        nl += ("timestamp",)
    _set(o, "timestamp", v)
    v = g("application_id")
    if v is None and "application_id" in d:
        nl += ("application_id",)
    _set(o, "application_id", v)
    v = g("environment")
    if v is not None:
        v = _M_Environment.get(v, v)
    elif "environment" in d:
        nl += ("environment",)
    _set(o, "environment", v)
    ex = d.keys() - _K_WebhookGenericPayload
    _set(o, "additional_properties", {k: d[k] for k in ex} if ex else {})
    _set(o, "_nulls", nl)
    return o


def unstructure_WebhookGenericPayload(o: WebhookGenericPayload) -> dict[str, Any]:
    """Encode :class:`WebhookGenericPayload` as a JSON object (absent fields stay absent)."""
    d: dict[str, Any] = {}
    nl = o._nulls
    v: Any
    v = o.event_id
    if v is not None and v is not UNSET:
        d["event_id"] = v
    elif v is None and nl is not None and "event_id" in nl:
        d["event_id"] = None
    v = o.webhook_type
    if v is not None and v is not UNSET:
        d["webhook_type"] = v
    elif v is None and (nl is None or "webhook_type" in nl):
        d["webhook_type"] = None
    v = o.timestamp
    if v is not None and v is not UNSET:
        d["timestamp"] = v
    elif v is None and nl is not None and "timestamp" in nl:
        d["timestamp"] = None
    v = o.application_id
    if v is not None and v is not UNSET:
        d["application_id"] = v
    elif v is None and nl is not None and "application_id" in nl:
        d["application_id"] = None
    v = o.environment
    if v is not None and v is not UNSET:
        d["environment"] = str(v)
    elif v is None and nl is not None and "environment" in nl:
        d["environment"] = None
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def validate_WebhookGenericPayload(d: Any, at: str = "") -> None:
    """Raise RequestValidationError unless ``d`` is a valid WebhookGenericPayload."""
    if not isinstance(d, Mapping):
        raise RequestValidationError(
            at.rstrip(".") or "WebhookGenericPayload", "type", "must be an object"
        )
    v: Any
    v = d.get("event_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "event_id", "type", "must be a string")
    if "webhook_type" not in d:
        raise RequestValidationError(at + "webhook_type", "required", "is required")
    v = d.get("webhook_type")
    if v is None:
        if "webhook_type" in d:
            raise RequestValidationError(at + "webhook_type", "type", "must not be null")
    else:
        if not isinstance(v, str):
            raise RequestValidationError(at + "webhook_type", "type", "must be a string")
    v = d.get("timestamp")
    if v is not None:
        if v is not None:
            if not ((isinstance(v, int) and not isinstance(v, bool)) or isinstance(v, str)):
                raise RequestValidationError(
                    at + "timestamp", "type", "must be one of: integer, string"
                )
            if isinstance(v, int) and not isinstance(v, bool):
                if isinstance(v, bool) or not isinstance(v, int):
                    raise RequestValidationError(at + "timestamp", "type", "must be an integer")
            if isinstance(v, str):
                if not isinstance(v, str):
                    raise RequestValidationError(at + "timestamp", "type", "must be a string")
    v = d.get("application_id")
    if v is not None:
        if v is not None:
            if not isinstance(v, str):
                raise RequestValidationError(at + "application_id", "type", "must be a string")
    v = d.get("environment")
    if v is not None:
        if v is not None:
            if v not in _E_Environment:
                raise RequestValidationError(
                    at + "environment", "enum", "must be one of: live, sandbox"
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
